/**
 * The interface strings of the English site. Every locale has a dictionary with exactly these
 * keys (the type `UiStrings` is taken from this one); `{name}` marks a value filled in by
 * `formatMessage` in ../lib/i18n.ts.
 */
export const en = {
  languageName: 'English',
  /** The locale `Intl` formats dates and numbers with: day-month-year, as UN documents write them. */
  intlLocale: 'en-GB',
  siteName: 'Who is the Trafficked Migrant?',
  skipToContent: 'Skip to content',
  otherLanguages: 'Other languages',
  translationAwaitsReview:
    'This translation has not yet been checked by a native speaker. If something is unclear, the English page says the same.',
  allPages: 'All pages',
  home: 'Home',
  about: 'About this kit',
  trainers: 'For trainers',
  'trainers.decks': 'The decks',
  'trainers.awaitingReview': 'Translations awaiting review',
  'trainers.awaitingReviewIntro':
    'No native speaker has checked these translated entries yet. Their files say `reviewed: false`; a reviewer changes it to `reviewed: true`.',
  'trainers.noneAwaitingReview': 'Every translated entry in this language has been reviewed.',
  chooseLanguage: 'Choose your language',
  footerAttribution:
    'Based on the IOM presentation “{title}” (c. 2004). This kit is not an IOM publication.',
  /** The presentation's own title, in English: it is quoted as such in every language. */
  presentationTitle: 'Who is the Trafficked Migrant?',

  'topic.definition.title': 'What is trafficking?',
  'topic.definition.summary': 'IOM’s working definition, and how it matches the definition in international law.',
  'topic.where-found.title': 'Where trafficked migrants are found',
  'topic.where-found.summary': 'The places and kinds of work where trafficked migrants are often found.',
  'topic.escape-barriers.title': 'What stops people from escaping',
  'topic.escape-barriers.summary': 'How traffickers keep people trapped, and why trafficked migrants need protection.',
  'topic.attracts-traffickers.title': 'What attracts traffickers',
  'topic.attracts-traffickers.summary': 'Why trafficking pays for traffickers, and what makes it harder.',
  'topic.iom-contributions.title': 'What IOM does, and with whom',
  'topic.iom-contributions.summary': 'IOM’s work against trafficking, and the countries and groups it works with.',
  nextTopic: 'Next topic',

  fromSeedSlide: 'From IOM’s presentation, slide {slide} (c. 2004).',
  inPlainWords: 'In plain words',
  figureNote:
    '“{value}” is an estimate given in IOM’s presentation (slide {slide}). It describes {describes}, when the presentation was made; it is not a current figure.',

  'instruments.title': 'Treaties and people assisted, 2003–2004',
  'instruments.summary':
    'Which Central Asian countries had signed and ratified three UN instruments, and how many people IOM assisted, as IOM presented it around 2004.',
  'instruments.snapshot':
    'These tables are a snapshot: they show the situation as IOM presented it around 2004, and the status of some countries has changed since. The current status of every country is kept by the UN Treaty Collection (treaties.un.org, “Status of Treaties”, chapter XVIII).',
  // The official names of the seed's three instruments (../shared/facts/sources.md §1–2), by seed slide.
  'instrument.13': 'UN Convention against Transnational Organized Crime',
  'instrument.14': 'Protocol to Prevent, Suppress and Punish Trafficking in Persons',
  'instrument.15': 'Protocol against the Smuggling of Migrants',
  'instruments.heading': 'International instruments',
  'instruments.caption': 'Status in 2004, as presented by IOM (slide {slide})',
  'instruments.seedName': 'The presentation calls it “{name}”.',
  'instruments.entryIntoForce': 'Entered into force:',
  'instruments.source': 'Source: {source}.',
  country: 'Country',
  signature: 'Signature',
  ratification: 'Ratification',
  'act.no': 'No',
  'act.noSignatureAcceded': 'None (acceded instead)',
  'act.accession': 'acceded',
  'victims.heading': 'People assisted by IOM',
  'victims.caption': 'People assisted by IOM, by country, {years}, as presented by IOM (slide {slide})',
  'victims.notVictimCount':
    'These are the people IOM assisted, not the number of victims.',
  'victims.noData': 'no data',
  'victims.noDataNote': '“no data”: the presentation leaves this cell empty. It does not mean 0.',

  'country.Kazakhstan': 'Kazakhstan',
  'country.Kyrgyzstan': 'Kyrgyzstan',
  'country.Tajikistan': 'Tajikistan',
  'country.Turkmenistan': 'Turkmenistan',
  'country.Uzbekistan': 'Uzbekistan',

  'deck.presentTopic': 'Present this topic',
  'deck.presentAll': 'Present the whole presentation (16 slides)',
  'deck.titleSuffix': 'slides',
  'deck.readOnPage': 'Read this on the page',
  'deck.keySpeakerView': 'Speaker view: notes, next slide and timer',
  'deck.keyNotesHere': 'Show or hide the notes in this window',
  'deck.topicTitleNotes':
    'Introduce the topic “{topic}”: say what the group will look at in the next slides. Ask the room what they already know about it.',
  'notes.ask': 'Ask the room:',
  'notes.inPlainWords': 'In plain words:',
  'matrix.combined.ratified': 'Ratified',
  'matrix.combined.acceded': 'Acceded',
  'matrix.combined.signed': 'Signed only',
  'matrix.combined.none': 'Not signed',
  'matrix.signature.signed': 'Signed',
  'matrix.signature.none': 'Not signed',
  'matrix.ratification.ratified': 'Ratified',
  'matrix.ratification.acceded': 'Acceded (joined without signing)',
  'matrix.ratification.none': 'Not ratified',
  'matrix.dated.signed': 'Signed {date}',
  'matrix.dated.ratified': 'Ratified {date}',
  'matrix.dated.acceded': 'Acceded {date}',
  'matrix.legend': 'Key',
  'matrix.title': 'Treaty status of five Central Asian countries in 2004, as presented by IOM',
  'matrix.slideTitle': '{name}: status in 2004, as presented by IOM',
  'matrix.caption':
    'Status in 2004, as presented by IOM (slides {slides}). Each mark has its own shape and word, so the matrix reads without colour and in black and white.',
  'matrix.entriesIntoForce': 'Entry into force of each instrument:',
  'matrix.todayStatus':
    'Today’s status of every country is kept by the UN Treaty Collection (treaties.un.org, “Status of Treaties”, chapter XVIII).',
  'chart.title': 'People assisted by IOM in five Central Asian countries, {years}',
  'chart.caption':
    'People assisted by IOM, {years}, as presented by IOM (slide {slide}). These are the people IOM assisted, not the number of victims. “no data”: the presentation gives no value; it is not 0.',
  'chart.inYear': '{count} in {year}',
  'chart.noDataFor': 'no data for {year}',
  'chart.scrollHint': 'On a small screen, scroll the matrix sideways.',
  dataTable: 'The same data as a table',
  'quickExit.label': 'Quick exit',
  'quickExit.hint': 'Leaves this page at once for a neutral one. You can also press the Shift key three times.',
  help: 'Get help',
  browseSafely: 'Browse safely',
  'help.intro':
    'These numbers were published by the sources named beside them. Nobody has been able to call or check them for this kit: a number may have changed or may no longer answer.',
  'help.published': 'Published by {source} in {date}.',
  'help.notConfirmed': 'Not confirmed since: it may have changed.',
  'help.confirmed': 'Confirmed working on {date}.',
  'help.staleConfirmation': 'Last confirmed on {date}, more than a year ago: it may have changed.',
  'help.none': 'No contact has been found in public sources.',
  'help.deploying':
    'Organisations that hand out this kit put in the numbers they have checked, with the date they checked them.',
  'contact.kind.national-anti-trafficking-hotline': 'National anti-trafficking hotline',
  'contact.kind.anti-trafficking-hotline': 'Anti-trafficking hotline',
  'contact.kind.iom-usaid-hotline': 'IOM/USAID hotline',
  'contact.kind.iom-hotline': 'IOM hotline',
  'contact.place.dushanbe': 'Dushanbe',
  kitVersion: 'Kit version {version}',
  'downloads.heading': 'The kit as files',
  'downloads.intro':
    'To hand the kit out, or to take it where there is no network. Each of these files opens by double-click in a web browser, with no internet connection.',
  'downloads.zip': 'The whole site as one zip file',
  'downloads.zipNote': 'Extract (unzip) the folder first, then open index.html inside it.',
  'downloads.deck': 'The whole presentation as one file, with its speaker notes',
  'downloads.reader': 'All the pages for reading as one file, to send through a chat app',
  'downloads.checksums':
    'To check that a copy is complete and unchanged, compare its SHA-256 checksum with the SHA256SUMS file published beside the kit: on Linux or macOS run “sha256sum -c SHA256SUMS” (or “shasum -a 256 -c SHA256SUMS”) in the folder of the files; on Windows run “certutil -hashfile FILE SHA256” and compare the result with the line for that file.',
  'downloads.pdfs':
    'Slides and handouts as PDF files are made with “npm run pdf” by whoever builds the kit; they are then in the folder release/pdf/.',
  'reader.title': 'Who is the Trafficked Migrant? All pages in one file',
  'reader.contents': 'Contents',
  kitReadme:
    'Who is the Trafficked Migrant? An awareness-training kit, version {version}.\nTo read it: first extract (unzip) the whole folder, then open the file index.html inside it in a web browser.\nNo internet connection is needed.',
  coverAttribution: 'The title slide of IOM’s presentation, c. 2004.',
  topicsHeading: 'Topics',
} as const;

export type UiStrings = { readonly [K in keyof typeof en]: string };
