import { describe, expect, it } from 'vitest';
import { UZBEK_KEEP_LATIN, UZBEK_LOANWORDS, uzbekCyrillic } from '../../src/lib/uzbek-cyrillic';

describe('Uzbek Latin in the Cyrillic script', () => {
  it('writes each letter of the alphabet as its Cyrillic letter', () => {
    expect(uzbekCyrillic('abdfghijklmnopqrstuvxz')).toBe('абдфгҳижклмнопқрстувхз');
    expect(uzbekCyrillic('Odam savdosi qurboni boʻlgan migrant kim?')).toBe('Одам савдоси қурбони бўлган мигрант ким?');
  });
  it('writes oʻ, gʻ, sh and ch as one letter each, and ng as two', () => {
    expect(uzbekCyrillic('qoʻngʻiroq')).toBe('қўнғироқ');
    expect(uzbekCyrillic('shartnoma')).toBe('шартнома');
    expect(uzbekCyrillic('ishchilar')).toBe('ишчилар');
    expect(uzbekCyrillic('dengiz')).toBe('денгиз');
  });
  it('writes yo, yu, ya and ye as ё, ю, я and е, but y before oʻ as й', () => {
    expect(uzbekCyrillic('yordam yuboradi, yana')).toBe('ёрдам юборади, яна');
    expect(uzbekCyrillic('ayol dunyoda ishlayotgan')).toBe('аёл дунёда ишлаётган');
    expect(uzbekCyrillic('yer, Yetib, yeydi')).toBe('ер, Етиб, ейди');
    expect(uzbekCyrillic('yoʻl yoʻq')).toBe('йўл йўқ');
  });
  it('writes e as э at the start of a word and after a vowel, as е elsewhere', () => {
    expect(uzbekCyrillic('eshik erkak kerak')).toBe('эшик эркак керак');
    expect(uzbekCyrillic('element-element')).toBe('элемент-элемент');
    expect(uzbekCyrillic('aeroport')).toBe('аэропорт');
    expect(uzbekCyrillic('poeziya')).toBe('поэзия');
  });
  it('writes the tutuq belgisi ʼ as ъ, and drops it between s and h', () => {
    expect(uzbekCyrillic('maʼlumot')).toBe('маълумот');
    expect(uzbekCyrillic('sanʼat')).toBe('санъат');
    expect(uzbekCyrillic('eʼlon')).toBe('эълон');
    expect(uzbekCyrillic('Isʼhoq')).toBe('Исҳоқ');
  });
  it('keeps capitals, for a first letter and for a word in capitals', () => {
    expect(uzbekCyrillic('Oʻzbekiston')).toBe('Ўзбекистон');
    expect(uzbekCyrillic('SHAHAR')).toBe('ШАҲАР');
    expect(uzbekCyrillic('Shahar, Chegara, Yoki, Gʻarb')).toBe('Шаҳар, Чегара, Ёки, Ғарб');
    expect(uzbekCyrillic('SANʼAT')).toBe('САНЪАТ');
    expect(uzbekCyrillic('MIGRATSIYA SOHASIDAGI YETAKCHI JAHON TASHKILOTI')).toBe('МИГРАЦИЯ СОҲАСИДАГИ ЕТАКЧИ ЖАҲОН ТАШКИЛОТИ');
    expect(uzbekCyrillic('XMTning')).toBe('ХМТнинг');
  });
  it('writes ts as тс, but as ц in -tsiya', () => {
    expect(uzbekCyrillic('ruxsatsiz baxtsiz hujjatsiz aytsangiz etsangiz')).toBe('рухсатсиз бахтсиз ҳужжатсиз айтсангиз этсангиз');
    expect(uzbekCyrillic('administratsiya')).toBe('администрация');
  });
  it('leaves alone what is not a Latin letter, and look-alikes of ʻ and ʼ', () => {
    expect(uzbekCyrillic('2004-yil 8-iyul, 9:00 dan 18:00 gacha.')).toBe('2004-йил 8-июль, 9:00 дан 18:00 гача.');
    expect(uzbekCyrillic('«Сейчас» va — …')).toBe('«Сейчас» ва — …');
    expect(uzbekCyrillic("o'zbek o‘zbek")).toBe("о'збек о‘збек");
  });
});

describe('loanwords written otherwise in Cyrillic', () => {
  it('take their stem from the list, with the suffix letter by letter', () => {
    expect(uzbekCyrillic('politsiyaga')).toBe('полицияга');
    expect(uzbekCyrillic('Ekspluatatsiyaning')).toBe('Эксплуатациянинг');
    expect(uzbekCyrillic('kompyuterda')).toBe('компьютерда');
    expect(uzbekCyrillic('reyestrini')).toBe('реестрини');
    expect(uzbekCyrillic('konvensiyasi')).toBe('конвенцияси');
  });
  it('end the bare word with ь, but not a word with a suffix', () => {
    expect(uzbekCyrillic('sentabr')).toBe('сентябрь');
    expect(uzbekCyrillic('8-sentabrda')).toBe('8-сентябрда');
    expect(uzbekCyrillic('2000-yil dekabr')).toBe('2000-йил декабрь');
    expect(uzbekCyrillic('iyun, iyul, mart, may, avgust')).toBe('июнь, июль, март, май, август');
  });
  it('keep the capitals of the word', () => {
    expect(uzbekCyrillic('Politsiya')).toBe('Полиция');
    expect(uzbekCyrillic('SENTABR')).toBe('СЕНТЯБРЬ');
  });
  it('match at the start of a word only', () => {
    expect(uzbekCyrillic('sex')).toBe('цех');
    expect(uzbekCyrillic('sexda')).toBe('цехда');
    expect(uzbekCyrillic('seksiya')).toBe('секция');
    expect(uzbekCyrillic('ofitsiant')).toBe('официант');
    expect(uzbekCyrillic('ofitsiantkalar')).toBe('официанткалар');
  });
  it('prefer the longest stem', () => {
    const words = [
      { latin: 'kon', cyrillic: 'XX' },
      { latin: 'konsultatsiya', cyrillic: 'консультация' },
    ];
    expect(uzbekCyrillic('konsultatsiyasi', words)).toBe('консультацияси');
  });
  it('can be another list', () => {
    expect(uzbekCyrillic('baryerda')).toBe('барерда');
    expect(uzbekCyrillic('Baryerda sentabrda', [...UZBEK_LOANWORDS, { latin: 'baryer', cyrillic: 'барьер' }])).toBe('Барьерда сентябрда');
    expect(uzbekCyrillic('sentabr', [])).toBe('сентабр');
    expect(uzbekCyrillic('tsex va sex', [{ latin: 'tsex', cyrillic: 'цех' }])).toBe('цех ва сех');
  });
  it('are each in lower case, once', () => {
    const stems = UZBEK_LOANWORDS.map((word) => word.latin);
    expect(stems.filter((stem) => stem !== stem.toLowerCase())).toEqual([]);
    expect(new Set(stems).size).toBe(stems.length);
  });
});

describe('what stays in Latin', () => {
  it('keeps placeholders, text in backticks and addresses', () => {
    expect(uzbekCyrillic('{year}-yilda — {count}')).toBe('{year}-йилда — {count}');
    expect(uzbekCyrillic('Qarang: un.org/ru va iom.kg, {source}.')).toBe('Қаранг: un.org/ru ва iom.kg, {source}.');
    expect(uzbekCyrillic('Fayllarida `reviewed: false` deb yozilgan.')).toBe('Файлларида `reviewed: false` деб ёзилган.');
    expect(uzbekCyrillic('https://www.iom.int/uz sayti, www.ilo.org, 24.kg, index.html faylini')).toBe(
      'https://www.iom.int/uz сайти, www.ilo.org, 24.kg, index.html файлини',
    );
    expect(uzbekCyrillic('Yozing: info@iom.kg.')).toBe('Ёзинг: info@iom.kg.');
  });
  it('keeps the names of the list, with an Uzbek suffix in Cyrillic', () => {
    expect(UZBEK_KEEP_LATIN).toContain('Gulf News');
    expect(uzbekCyrillic('BAAning qonuni, Gulf News gazetasi bayonida')).toBe('БААнинг қонуни, Gulf News газетаси баёнида');
    expect(uzbekCyrillic('«STOP THE TRAFFIK» tashkiloti')).toBe('«STOP THE TRAFFIK» ташкилоти');
    expect(uzbekCyrillic('XMT taqdimoti «Who is the Trafficked Migrant?»')).toBe('ХМТ тақдимоти «Who is the Trafficked Migrant?»');
    expect(uzbekCyrillic('uni The Times of Central Asia hozir ham keltiradi')).toBe('уни The Times of Central Asia ҳозир ҳам келтиради');
    expect(uzbekCyrillic('USAIDning loyihasi')).toBe('USAIDнинг лойиҳаси');
    expect(uzbekCyrillic('SIM-karta, S tugmasi, Salom')).toBe('SIM-карта, S тугмаси, Салом');
  });
  it('keeps a word with c or w, or a letter outside the alphabet', () => {
    expect(uzbekCyrillic('Windows yoki macOS da, Wi-Fi orqali')).toBe('Windows ёки macOS да, Wi-Fi орқали');
    expect(uzbekCyrillic('cookie fayllari')).toBe('cookie файллари');
    expect(uzbekCyrillic('YİMER markazi')).toBe('YİMER маркази');
  });
  it('keeps Roman numerals, letters joined to digits and the letters of paragraphs', () => {
    expect(uzbekCyrillic('XVIII bob, XX-asr')).toBe('XVIII боб, XX-аср');
    expect(uzbekCyrillic('A4 sahifada, HTML5 ilovasi, SHA-256 yigʻindisi')).toBe('A4 саҳифада, HTML5 иловаси, SHA-256 йиғиндиси');
    expect(uzbekCyrillic('3(a)-modda, 3(c) va 3(d)-moddalar')).toBe('3(a)-модда, 3(c) ва 3(d)-моддалар');
  });
});
