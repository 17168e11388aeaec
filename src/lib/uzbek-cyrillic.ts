/**
 * Uzbek in the Latin script (the 1995 alphabet: ʻ U+02BB in oʻ and gʻ, the tutuq belgisi ʼ U+02BC)
 * written in the Uzbek Cyrillic script, for a Cyrillic edition made from the Latin text.
 *
 * Written here, not taken from npm: the one package that does this (lotin-kirill, last released
 * from its repository in 2023) also reads ASCII and typographic apostrophes as ʻ and ʼ, which the
 * project forbids, writes e after a vowel as е («аеропорт»), and knows neither stems that take
 * suffixes («сентябрда») nor placeholders, web addresses and names kept in Latin.
 *
 * Letters are converted one by one, or two by two for oʻ gʻ sh ch yo yu ya ye, so «ts» stays тс
 * (ruxsatsiz → рухсатсиз) except in «-tsiya» and «-tsion» (migratsiya → миграция), where it is
 * always ц. A word whose Cyrillic spelling cannot be read from the Latin (ц, ь, ъ, э, ё that the
 * Latin does not show) takes its stem from a list of loanwords.
 */

/** A stem written otherwise in Cyrillic: `{ latin: 'sentabr', cyrillic: 'сентябр', final: 'ь' }`; `final` only ends the bare word («сентябрь», but «сентябрда»). */
export interface LoanWord {
  latin: string;
  cyrillic: string;
  final?: string;
}

/** Loanwords of the kit's texts and of texts like them, from tr/uz/NOTES.md («Loanwords for Cyrillic») and common ones besides. */
export const UZBEK_LOANWORDS: readonly LoanWord[] = [
  // NOTES.md
  { latin: 'ekspluatatsiya', cyrillic: 'эксплуатация' },
  { latin: 'migratsiya', cyrillic: 'миграция' },
  { latin: 'immigratsiya', cyrillic: 'иммиграция' },
  { latin: 'ratifikatsiya', cyrillic: 'ратификация' },
  { latin: 'emiratizatsiya', cyrillic: 'эмиратизация' },
  { latin: 'politsiya', cyrillic: 'полиция' },
  { latin: 'litsenziya', cyrillic: 'лицензия' },
  { latin: 'ofitsiant', cyrillic: 'официант' },
  { latin: 'konvensiya', cyrillic: 'конвенция' },
  { latin: 'kompyuter', cyrillic: 'компьютер' },
  { latin: 'kuryer', cyrillic: 'курьер' },
  { latin: 'aeroport', cyrillic: 'аэропорт' },
  { latin: 'reyestr', cyrillic: 'реестр' },
  { latin: 'kompaniya', cyrillic: 'компания' },
  // The months that end in ь (mart, may and avgust come out letter by letter).
  { latin: 'yanvar', cyrillic: 'январ', final: 'ь' },
  { latin: 'fevral', cyrillic: 'феврал', final: 'ь' },
  { latin: 'aprel', cyrillic: 'апрел', final: 'ь' },
  { latin: 'iyun', cyrillic: 'июн', final: 'ь' },
  { latin: 'iyul', cyrillic: 'июл', final: 'ь' },
  { latin: 'sentabr', cyrillic: 'сентябр', final: 'ь' },
  { latin: 'sentyabr', cyrillic: 'сентябр', final: 'ь' },
  { latin: 'oktabr', cyrillic: 'октябр', final: 'ь' },
  { latin: 'oktyabr', cyrillic: 'октябр', final: 'ь' },
  { latin: 'noyabr', cyrillic: 'ноябр', final: 'ь' },
  { latin: 'dekabr', cyrillic: 'декабр', final: 'ь' },
  // ц written s, or ts before a letter other than «iya»/«ion».
  { latin: 'aksiya', cyrillic: 'акция' },
  { latin: 'stansiya', cyrillic: 'станция' },
  { latin: 'seksiya', cyrillic: 'секция' },
  { latin: 'funksiya', cyrillic: 'функция' },
  { latin: 'inspeksiya', cyrillic: 'инспекция' },
  { latin: 'konferensiya', cyrillic: 'конференция' },
  { latin: 'kvitansiya', cyrillic: 'квитанция' },
  { latin: 'provinsiya', cyrillic: 'провинция' },
  { latin: 'sotsial', cyrillic: 'социал' },
  { latin: 'konsert', cyrillic: 'концерт' },
  { latin: 'protsent', cyrillic: 'процент' },
  { latin: 'protsess', cyrillic: 'процесс' },
  { latin: 'prinsip', cyrillic: 'принцип' },
  { latin: 'potensial', cyrillic: 'потенциал' },
  { latin: 'vaksina', cyrillic: 'вакцина' },
  { latin: 'sement', cyrillic: 'цемент' },
  { latin: 'tsentr', cyrillic: 'центр' },
  { latin: 'tsex', cyrillic: 'цех' },
  // The workshop: no other Uzbek word begins with «sex».
  { latin: 'sex', cyrillic: 'цех' },
  // ь or ъ that the Latin drops.
  { latin: 'konsultatsiya', cyrillic: 'консультация' },
  { latin: 'intervyu', cyrillic: 'интервью' },
  { latin: 'pochtalyon', cyrillic: 'почтальон' },
  { latin: 'batalyon', cyrillic: 'батальон' },
  { latin: 'premyer', cyrillic: 'премьер' },
  { latin: 'pyesa', cyrillic: 'пьеса' },
  { latin: 'obyekt', cyrillic: 'объект' },
  { latin: 'subyekt', cyrillic: 'субъект' },
  { latin: 'podyezd', cyrillic: 'подъезд' },
  { latin: 'film', cyrillic: 'фильм' },
  { latin: 'avtomobil', cyrillic: 'автомобил', final: 'ь' },
  { latin: 'mebel', cyrillic: 'мебел', final: 'ь' },
  { latin: 'model', cyrillic: 'модел', final: 'ь' },
  { latin: 'portfel', cyrillic: 'портфел', final: 'ь' },
  { latin: 'festival', cyrillic: 'фестивал', final: 'ь' },
  { latin: 'parol', cyrillic: 'парол', final: 'ь' },
];

/**
 * Names and words kept in Latin in the Cyrillic text too, each written as here (capitals count):
 * titles in English, organisations' own spellings, programs, keys and file formats. A name stands
 * as a word of its own or takes an Uzbek suffix (USAIDning → USAIDнинг); one of one letter, a key
 * (S, T), only as a word of its own.
 */
export const UZBEK_KEEP_LATIN: readonly string[] = [
  // English titles and names of the sources
  'Who is the Trafficked Migrant',
  'Status of Treaties',
  'The Times of Central Asia',
  'Times of Central Asia',
  'Gulf News',
  'Khaleej Times',
  'Asia-Plus',
  'STOP THE TRAFFIK',
  'Sana Sezim',
  'UN.GIFT',
  'XVIII-12-b',
  // Organisations by their own abbreviations (the Uzbek ones, XMT, BMT, BAA, are converted)
  'IOM',
  'ILO',
  'UNODC',
  'USAID',
  'YİMER',
  // Programs, keys and file formats
  'Kiwix',
  'Kolibri',
  'Moodle',
  'Internet-in-a-Box',
  'PowerPoint',
  'Windows',
  'Linux',
  'macOS',
  'Android',
  'Wi-Fi',
  'Enter',
  'Shift',
  'S',
  'T',
  'sha256sum -c SHA256SUMS',
  'shasum -a 256 -c SHA256SUMS',
  'certutil -hashfile',
  'release/',
  'SHA',
  'SIM',
  'PDF',
  'HTML',
  'SCORM',
  'ZIM',
  'zip',
];

// One letter each (c and w are not Uzbek: a word with them is kept, see below).
const LETTERS: Record<string, string> = {
  a: 'а',
  b: 'б',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'ҳ',
  i: 'и',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  x: 'х',
  y: 'й',
  z: 'з',
};

// Two letters for one: yo, yu, ya, ye are ё, ю, я, е anywhere in a word (ye → е: yer → ер).
const PAIRS: Record<string, string> = { oʻ: 'ў', gʻ: 'ғ', sh: 'ш', ch: 'ч', yo: 'ё', yu: 'ю', ya: 'я', ye: 'е' };

const MODIFIER_TURNED_COMMA = '\u02bb';
const MODIFIER_APOSTROPHE = '\u02bc';
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'oʻ', 'yo', 'yu', 'ya', 'ye']);

const isUpper = (char: string) => char !== char.toLowerCase();
const withCaseOf = (cyrillic: string, latin: string) => (isUpper(latin) ? cyrillic.toUpperCase() : cyrillic);

/**
 * Uzbek letters in Cyrillic. `atStart` and `afterVowel` say what stands before them:
 * e is э at the start of a word and after a vowel (eshik → эшик, aeroport → аэропорт).
 */
function convertLetters(word: string, atStart: boolean, afterVowel: boolean): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const char = word[i]!;
    const lower = char.toLowerCase();
    const pair = word.slice(i, i + 2).toLowerCase();
    const first = i === 0 && atStart;
    // s, ʼ, h: the tutuq belgisi only keeps s and h apart (Isʼhoq → Исҳоқ); Cyrillic needs no sign.
    if (lower === 's' && word[i + 1] === MODIFIER_APOSTROPHE && word[i + 2]?.toLowerCase() === 'h') {
      out += withCaseOf('с', char) + withCaseOf('ҳ', word[i + 2]!);
      afterVowel = false;
      i += 3;
      continue;
    }
    // «ts» before «iya» or «ion» is ц (migratsiya, revolyutsion); elsewhere т and с (baxtsiz).
    if (pair === 'ts' && /^i(ya|on)/i.test(word.slice(i + 2))) {
      out += withCaseOf('ц', char);
      afterVowel = false;
      i += 2;
      continue;
    }
    // yo before ʻ is y and oʻ: yoʻl → йўл, not ёʻл.
    const isPair = pair in PAIRS && !(pair === 'yo' && word[i + 2] === MODIFIER_TURNED_COMMA);
    if (isPair) {
      out += withCaseOf(PAIRS[pair]!, char);
      afterVowel = VOWELS.has(pair);
      i += 2;
      continue;
    }
    if (lower === 'e') {
      out += withCaseOf(first || afterVowel ? 'э' : 'е', char);
      afterVowel = true;
    } else if (char === MODIFIER_APOSTROPHE) {
      // ъ, a capital one between capitals (SANʼAT → САНЪАТ).
      const capitals = i > 0 && isUpper(word[i - 1]!) && (i + 1 >= word.length || isUpper(word[i + 1]!));
      out += capitals ? 'Ъ' : 'ъ';
      afterVowel = false;
    } else if (lower in LETTERS) {
      out += withCaseOf(LETTERS[lower]!, char);
      afterVowel = VOWELS.has(lower);
    } else {
      // A stray ʻ, or anything else, as it is.
      out += char;
      afterVowel = false;
    }
    i += 1;
  }
  return out;
}

// Loanword lists sorted longest stem first, once per list.
const sortedLists = new WeakMap<readonly LoanWord[], LoanWord[]>();

function longestFirst(loanwords: readonly LoanWord[]): LoanWord[] {
  let sorted = sortedLists.get(loanwords);
  if (!sorted) {
    sorted = [...loanwords].sort((a, b) => b.latin.length - a.latin.length);
    sortedLists.set(loanwords, sorted);
  }
  return sorted;
}

/** A word: its stem from the loanwords when it begins with one (any case), the rest letter by letter. */
function convertWord(word: string, loanwords: readonly LoanWord[]): string {
  const lower = word.toLowerCase();
  const loan = longestFirst(loanwords).find((candidate) => lower.startsWith(candidate.latin.toLowerCase()));
  if (!loan) return convertLetters(word, true, false);
  const stem = word.slice(0, loan.latin.length);
  const rest = word.slice(stem.length);
  const capitals = stem.length > 1 && stem === stem.toUpperCase();
  let cyrillic = capitals ? loan.cyrillic.toUpperCase() : isUpper(stem[0]!) ? loan.cyrillic[0]!.toUpperCase() + loan.cyrillic.slice(1) : loan.cyrillic;
  if (rest === '' && loan.final) cyrillic += capitals ? loan.final.toUpperCase() : loan.final;
  return cyrillic + convertLetters(rest, false, VOWELS.has(loan.latin.slice(-1).toLowerCase()));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Longest name first; a space in a name is any space (a line may break there). A name of two
// letters or more may take an Uzbek suffix in lower case; a name of one letter stands alone.
const keepLatin = [...UZBEK_KEEP_LATIN]
  .sort((a, b) => b.length - a.length)
  .map((name) => escapeRegExp(name).replace(/ /g, String.raw`\s+`) + (name.length > 1 ? String.raw`(?![\p{Lu}\p{N}ʻʼ])` : String.raw`(?![\p{L}\p{N}ʻʼ])`))
  .join('|');

/**
 * What is left as written, tried in this order at each place in the text, or else a word to convert.
 * A web address is a token with `://`, or names joined by dots that end in two letters or more
 * (iom.kg, un.org/ru, 24.kg, index.html); a word is Latin letters, with ʻ and ʼ, joined by hyphens.
 */
const TOKEN = new RegExp(
  [
    String.raw`\{[^{}]*\}`,
    '`[^`]*`',
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    String.raw`[A-Za-z][A-Za-z\d+.-]*:\/\/[^\s«»"“”„<>()]*[^\s«»"“”„<>().,;:!?]`,
    String.raw`(?<![\p{L}\p{N}ʻʼ.-])[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)*\.[A-Za-z]{2,}(?![\p{L}\p{N}ʻʼ])(?:\/(?:[^\s«»"“”„<>()]*[^\s«»"“”„<>().,;:!?])?)?`,
    String.raw`(?<![\p{L}\p{N}ʻʼ])(?:${keepLatin})`,
    String.raw`(?<word>\p{Script=Latin}[\p{Script=Latin}ʻʼ]*(?:-\p{Script=Latin}[\p{Script=Latin}ʻʼ]*)*)`,
  ].join('|'),
  'gu',
);

// Letters of the Uzbek alphabet (c only in ch): a word with any other (w, c, İ, é) is not Uzbek.
const NOT_UZBEK = /[^A-Za-zʻʼ-]|[Cc](?![Hh])|[Ww]/;
// Two letters or more, in capitals (XVIII, XX): a lone I, V or X may be a letter.
const ROMAN_NUMERAL = /^(?=[MDCLXVI]{2})M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/**
 * True when Latin letters are kept as written: not Uzbek, a Roman numeral, joined to digits (A4,
 * HTML5, SHA-256, SHA256SUMS), or the letter of a treaty's paragraph (3(c): Cyrillic has no c).
 */
function keptAsWritten(word: string, text: string, index: number): boolean {
  if (NOT_UZBEK.test(word) || ROMAN_NUMERAL.test(word)) return true;
  const before = text.slice(Math.max(0, index - 2), index);
  const after = text.slice(index + word.length, index + word.length + 2);
  if (/\d\($/.test(before) && after.startsWith(')')) return true;
  return /^-?\d/.test(after) || (/\d$/.test(before) && word === word.toUpperCase());
}

/**
 * Uzbek Latin text in the Cyrillic script («Oʻzbekiston» → «Ўзбекистон»). Left as written:
 * everything that is not a Latin letter (digits, punctuation, Cyrillic), `{placeholders}`, text in
 * backticks, web and e-mail addresses, the names of `UZBEK_KEEP_LATIN`, Roman numerals, and words
 * that are not Uzbek: with c (other than in ch), w or a letter outside the alphabet («Windows»,
 * «YİMER»), the whole hyphenated word. Only ʻ U+02BB and ʼ U+02BC are Uzbek signs: look-alikes
 * (ASCII ', ‘ ’ `) are left as they are. `exceptions` are the loanwords, `UZBEK_LOANWORDS` unless
 * given; to add to them, pass `[...UZBEK_LOANWORDS, ...more]`.
 */
export function uzbekCyrillic(latin: string, exceptions: readonly LoanWord[] = UZBEK_LOANWORDS): string {
  let out = '';
  let from = 0;
  for (const match of latin.matchAll(TOKEN)) {
    const word = match.groups?.['word'];
    out += latin.slice(from, match.index);
    from = match.index + match[0].length;
    if (word === undefined || keptAsWritten(word, latin, match.index)) {
      out += match[0];
      continue;
    }
    // Each part of a hyphenated word is a word of its own (element-element → элемент-элемент, XX-asr → XX-аср).
    out += word
      .split('-')
      .map((part) => (ROMAN_NUMERAL.test(part) ? part : convertWord(part, exceptions)))
      .join('-');
  }
  return out + latin.slice(from);
}
