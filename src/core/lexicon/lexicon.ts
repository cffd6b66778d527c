/**
 * The sets and regular expressions built from the word lists of `data.ts`. Every regular expression
 * here is an alternation of escaped literal forms (a letter may be either case; a space may follow
 * a dot): no form is taken from an essay, and each runs in linear time (test/unit/redos.test.ts
 * checks the built ones too).
 */
import { ACCESSED, EDITION_WORD, KIND_WORDS, LINK_INTRO, CONNECTORS as CONNECTOR_LIST, EDITION_NOTE, ENTRY_WORD_CLASSES, ET_AL as ET_AL_LIST, IN_PREPARATION, INSTITUTION_WORDS, IN_PRESS as IN_PRESS_LIST, LOCATOR_LABELS as LOCATOR_LIST, NO_DATE as NO_DATE_LIST, NOT_LIST_CONNECTORS, ORGANISATION_SMALL_WORDS, PARTICLES, PENDING as PENDING_LIST, SAME_AUTHOR } from './data';
import type { WordList } from './data';
import { GIVEN_NAMES } from './givenNames';

/** Every form of a word list, in the order written. */
export function formsOf(list: WordList): string[] {
  return [...new Set(Object.values(list.forms).flat())];
}

/** Lower case, no accents: how the engine compares words ("ohne jahr", "u.a"). */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Words that join two authors in a citation: "and", "&", "e", "y", "und", "et", "en"… */
export const CONNECTOR_WORDS: ReadonlySet<string> = new Set(formsOf(CONNECTOR_LIST));
/** "ders.", "dies.", "id.", "idem": the authors of the work cited just before, in lower case. See {@link SAME_AUTHOR}. */
export const SAME_AUTHOR_WORDS: ReadonlySet<string> = new Set(formsOf(SAME_AUTHOR));
/** The connectors a reference list uses before its last author. */
export const LIST_CONNECTOR_WORDS: ReadonlySet<string> = new Set([...CONNECTOR_WORDS].filter((w) => !NOT_LIST_CONNECTORS.includes(w)));
/** See {@link PARTICLES}. */
export const STRONG_PARTICLE_WORDS: ReadonlySet<string> = new Set(PARTICLES.strong);
export const WEAK_PARTICLE_WORDS: ReadonlySet<string> = new Set(PARTICLES.weak);
export const LIST_PARTICLE_WORDS: ReadonlySet<string> = new Set(PARTICLES.list);
/** Folded function words an organisation's abbreviation may skip. */
export const ORGANISATION_SMALL_WORD_KEYS: ReadonlySet<string> = new Set(formsOf(ORGANISATION_SMALL_WORDS).map(fold));
/** Nouns of institutions and titles, as written (capitalised), never a person's name: see {@link INSTITUTION_WORDS}. */
export const INSTITUTION_WORD_SET: ReadonlySet<string> = new Set(formsOf(INSTITUTION_WORDS));
/** Locator labels (folded, no final dot) → CSL locator label. */
export const LOCATOR_LABEL_MAP: ReadonlyMap<string, string> = new Map(LOCATOR_LIST.labels);

/** Folded "no date" forms without spaces and final dot ("n.d", "s/f", "sindate"): what a year token's key starts with. */
export const NO_DATE_KEYS: readonly string[] = formsOf(NO_DATE_LIST).map(compactKey);

/** "et al." forms read as two words ([first, second] folded, no final dot) or as one word ("etal"). */
export const ET_AL_PAIRS: readonly (readonly [string, string])[] = formsOf(ET_AL_LIST)
  .filter((f) => f.includes(' '))
  .map((f) => {
    const [a, b] = f.split(' ');
    return [compactKey(a), compactKey(b)] as const;
  });
export const ET_AL_WORDS: ReadonlySet<string> = new Set(formsOf(ET_AL_LIST).filter((f) => !f.includes(' ')).map(compactKey));

function compactKey(form: string): string {
  return form
    .toLowerCase().replace(/\s+/g, '').replace(/\.$/, '');
}

/** A form as a regex source: escaped, each letter of an abbreviation either case, a space allowed after a dot, the final dot optional. */
function formSource(form: string): string {
  const abbreviation = form.includes('.') || form.includes('/');
  let out = '';
  for (let i = 0; i < form.length; i++) {
    const ch = form[i];
    const last = i === form.length - 1;
    if (ch === '.') out += last ? '\\.?' : '\\.\\s?';
    else if (ch === ' ') out += ' ';
    else if (/\p{L}/u.test(ch) && (abbreviation || i === 0) && ch.toLowerCase() !== ch.toUpperCase()) out += `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
    else out += ch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
  }
  return out;
}

function alternation(list: WordList): string {
  // Longest first, so that "in corso di stampa" is tried before "in stampa".
  return formsOf(list)
    .sort((a, b) => b.length - a.length)
    .map(formSource)
    .join('|');
}

/** "No date" written in place of a year, in any of its forms. */
export const NO_DATE_SOURCE = alternation(NO_DATE_LIST);
/** "In press" written in place of a year. */
export const IN_PRESS_SOURCE = alternation(IN_PRESS_LIST);
/** "In preparation" in the languages where it is read anywhere in an entry. */
export const IN_PREPARATION_SOURCE = alternation(IN_PREPARATION);
/** "Submitted", "in preparation": a date only in the brackets after a list's names. */
export const PENDING_SOURCE = alternation(PENDING_LIST);

/** The whole string is a "no date" form (a CSL literal date). */
export const NO_DATE_EXACT_RE = new RegExp(`^(?:${NO_DATE_SOURCE})$`, 'i');
/** The string holds an "in press" form. */
export const IN_PRESS_ANY_RE = new RegExp(`(?:${IN_PRESS_SOURCE})`, 'i');
/** An entry that writes "(in press)" / "(n.d.)" in brackets. */
export const ENTRY_IN_PRESS_RE = new RegExp(`[([](?:${IN_PRESS_SOURCE})[)\\]]`, 'i');
export const ENTRY_NO_DATE_RE = new RegExp(`[([](?:${NO_DATE_SOURCE})[)\\]]`, 'i');
/** At the start of a string: "no date" / "in press" or pending forms, as the list's date reader wants them. */
export const NO_DATE_START_RE = new RegExp(`^(?:${NO_DATE_SOURCE})`, 'i');
export const PENDING_START_RE = new RegExp(`^(?:${IN_PRESS_SOURCE}|${IN_PREPARATION_SOURCE}|${PENDING_SOURCE})`, 'i');
/** A "no date" or "in press" phrase anywhere in a text, as group 1. */
export const UNDATED_ANYWHERE_RE = new RegExp(`(?:^|[\\s([,.])(${NO_DATE_SOURCE}|${IN_PRESS_SOURCE}|${IN_PREPARATION_SOURCE})(?!\\p{L})`, 'iu');

/**
 * A year in the text: four digits from 1500 to 2099 with one letter or two in sequence ("2018ab"),
 * or "no date" / "in press" in any of their forms. Group 1 the year, 2 its letters, 3 the words.
 * Not after a letter, digit, dash, slash or dot ("12.03.2019" is a date), except right after "et al."
 * when the space was left out ("(Renear et al.1993)").
 */
export const TEXT_YEAR_RE = new RegExp(`(?:(?<![\\p{L}\\p{N}\\-–/.])|(?<=(?<![\\p{L}\\p{N}])al\\.))(?:(1[5-9]\\d\\d|20\\d\\d)([a-z]{1,2})?(?![\\p{L}\\p{N}])|(${NO_DATE_SOURCE}|${IN_PRESS_SOURCE})(?![\\p{L}\\p{N}]))`, 'gu');

/** The words before the date a page was read on, as a regex source: "Accessed", "Acesso em", "Last access". */
export const ACCESSED_SOURCE = alternation(ACCESSED);
/** A line or a piece of an entry that starts with the date a page was read on: "Acesso em: 05 fev. 2019.", "[Accessed 3 May 2020]". */
export const ACCESSED_START_RE = new RegExp(`^[[(]?(?:${ACCESSED_SOURCE})(?!\\p{L})`, 'iu');
/** The date a page was read on, anywhere in an entry: "Acesso em: 05 fev. 2019", "accessed 3 May 2020". */
export const ACCESSED_PHRASE_RE = new RegExp(`(?:${ACCESSED_SOURCE})(?!\\p{L})[^;\\]]{0,40}`, 'giu');
/** The words that announce an entry's address, as a regex source: "Available at", "Disponível em". */
const LINK_INTRO_SOURCE = alternation(LINK_INTRO);
/** A line or a piece of an entry that opens with the words announcing its address: "Available at: https://…". */
export const LINK_INTRO_START_RE = new RegExp(`^(?:${LINK_INTRO_SOURCE})(?!\\p{L})`, 'iu');
/** The words announcing an address, with "URL", "online" or "DOI" alone, and a colon after them: removed from an entry's rest once its address is read. */
export const LINK_INTRO_PHRASE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${LINK_INTRO_SOURCE}|url|online|doi)\\s?:?\\s?(?=[\\s.,;\\]]|$)`, 'giu');
/** A word that gives another edition or a translation: "Trad.", "translated", "Auflage". */
export const EDITION_NOTE_RE = new RegExp(`(?<!\\p{L})(?:${alternation(EDITION_NOTE)})(?!\\p{L})`, 'iu');
/** A line's start that is the word after an edition's number, its number cut off: "ed. São Paulo", "Aufl. Berlin". */
export const EDITION_WORD_START_RE = new RegExp(`^(?:${alternation(EDITION_WORD)})[\\s,]`, 'u');
/** Whole words or phrases of a list, case aside; the space of a phrase may be any white space. */
function wholeWords(list: WordList): string {
  return `\\b(?:${alternation(list).replace(/ /g, '\\s')})\\b`;
}
const REPORT_KIND_SOURCE = `(?:${alternation(KIND_WORDS.reportQualifier)})\\s(?:${alternation(KIND_WORDS.reportNoun)})`;
/** A report named anywhere in a text: "Working Paper", "technical reports", "relatório", "Arbeitspapier". */
export const REPORT_RE = new RegExp(`\\b${REPORT_KIND_SOURCE}s?\\b|${wholeWords(KIND_WORDS.report)}`, 'i');
/** A field that is only the name of a report series: "Working Paper.", "techreport". */
export const REPORT_ALONE_RE = new RegExp(`^(?:${REPORT_KIND_SOURCE}|techreport)\\.?$`, 'i');
/** A conference, a paper given there or its proceedings: "presented at", "Proc.", "Anais", "Tagung". */
export const CONFERENCE_RE = new RegExp(wholeWords(KIND_WORDS.conference), 'i');
/** A thesis or dissertation, or its degree: "PhD thesis", "Dissertação (Mestrado)", "mémoire". */
export const THESIS_RE = new RegExp(wholeWords(KIND_WORDS.thesis), 'i');
/** An interview or a personal communication. */
export const INTERVIEW_RE = new RegExp(wholeWords(KIND_WORDS.interview), 'i');
/** A word of a journal's or a newspaper's name: "Journal", "Revista", "Times". */
export const JOURNAL_WORD_RE = new RegExp(wholeWords(KIND_WORDS.journal), 'i');
/** A word of a publisher's or an institution's name: "Press", "Verlag", "University", "Springer". */
export const PUBLISHER_WORD_RE = new RegExp(wholeWords(KIND_WORDS.publisher), 'i');
/**
 * The words before an access date in an entry, wherever they stand: the list's forms, and "Acesso 10 mar. 2017",
 * "Acesso Maio de 2017" with a date right after (a day, or a month and a year), never "acesso aberto" (open access).
 */
export const ACCESSED_IN_ENTRY_RE = new RegExp(
  `(?<!\\p{L})(?:${ACCESSED_SOURCE}|acess(?:o|ado)(?=:?\\s?(?:\\d|(?:jan|fev|feb|mar|abr|apr|mai|may|jun|jul|ago|aug|set|sep|out|oct|nov|dez|dec)[a-zç]{0,6}\\.?\\s(?:de\\s)?\\d))|viewed|visited)(?!\\p{L})`,
  'iu',
);
/** Every regular expression built here, for the linear-time check. */
export const BUILT_REGEXES: readonly RegExp[] = [LINK_INTRO_START_RE, LINK_INTRO_PHRASE_RE, ACCESSED_START_RE, ACCESSED_PHRASE_RE, ACCESSED_IN_ENTRY_RE, EDITION_NOTE_RE, EDITION_WORD_START_RE, REPORT_RE, REPORT_ALONE_RE, CONFERENCE_RE, THESIS_RE, INTERVIEW_RE, JOURNAL_WORD_RE, PUBLISHER_WORD_RE, TEXT_YEAR_RE, NO_DATE_EXACT_RE, IN_PRESS_ANY_RE, ENTRY_IN_PRESS_RE, ENTRY_NO_DATE_RE, NO_DATE_START_RE, PENDING_START_RE, UNDATED_ANYWHERE_RE];

/**
 * The entry labeller's word classes: {@link ENTRY_WORD_CLASSES} and, from the lists above, "particle"
 * (surname particles), "and" (connectors), "etal" (the words of "et al.") and "pages" and "volume"
 * (locator labels, with the forms that only a reference list writes in ENTRY_WORD_CLASSES). Keys are lower-case words without surrounding punctuation.
 */
const WORD_CLASS_TABLE: ReadonlyMap<string, readonly string[]> = (() => {
  const table = new Map<string, string[]>();
  const add = (name: string, word: string): void => {
    if (word === '') return;
    const list = table.get(word);
    if (!list) table.set(word, [name]);
    else if (!list.includes(name)) list.push(name);
  };
  for (const [name, list] of Object.entries(ENTRY_WORD_CLASSES)) for (const form of formsOf(list)) for (const word of form.toLowerCase().split(' ')) add(name, word);
  for (const word of PARTICLES.list) add('particle', word);
  for (const word of formsOf(CONNECTOR_LIST)) add('and', word.toLowerCase());
  for (const form of formsOf(ET_AL_LIST)) for (const word of form.toLowerCase().replace(/\./g, ' ').split(' ')) if (word.length > 1) add('etal', word);
  for (const [label, kind] of LOCATOR_LIST.labels) if (kind === 'page' || kind === 'volume') add(kind === 'page' ? 'pages' : 'volume', label);
  return table;
})();

const NO_CLASSES: readonly string[] = [];

/** The given names of ./givenNames.ts and the lexicon's own ("given" in {@link ENTRY_WORD_CLASSES}), lower case. */
let givenNameSet: ReadonlySet<string> | undefined;

/**
 * A lower-cased word that is a given name in many languages ("lutz", "robin", "priya"): it tells a person
 * written given name first ("Lutz Bornmann, K. Brad Wray, and Robin Haunschild. 2019."). Not one of the
 * labeller's word classes: the labeller reads given names from their place (a larger list did not read entries
 * better, cross-validated). The set is built on first use.
 */
export function isGivenName(lower: string): boolean {
  givenNameSet ??= new Set([...GIVEN_NAMES.split(' '), ...formsOf(ENTRY_WORD_CLASSES.given)]);
  return givenNameSet.has(lower);
}

/** The entry labeller's word classes of a lower-cased word without surrounding punctuation ("eds", "pp", "press"); none when it is in no list. */
export function wordClasses(lower: string): readonly string[] {
  return WORD_CLASS_TABLE.get(lower) ?? NO_CLASSES;
}
