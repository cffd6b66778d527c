/**
 * What each reference offers the linker: its names as comparison keys (family name with and
 * without particles, given names, an organisation's abbreviations), its year with letter and a
 * reprint's other year, and a short label. Built from the parsed CSL; the entry's text is read
 * only where the CSL has no field for what it says (an abbreviation in brackets, a reprint's two
 * years at the head, "(in press)" when the parser read no date).
 */
import type { CslName, Reference } from '../model';
import { namesOf } from '../citations';
import { ENTRY_IN_PRESS_RE, ENTRY_NO_DATE_RE, IN_PRESS_ANY_RE, INSTITUTION_WORD_SET, NO_DATE_EXACT_RE, ORGANISATION_SMALL_WORD_KEYS, STRONG_PARTICLE_WORDS as STRONG_PARTICLES, WEAK_PARTICLE_WORDS as WEAK_PARTICLES } from '../lexicon';
import { ellipsize, foldKey, joinLineEndHyphens, lettersOf, properCase } from '../text';

/** A comparison key for names: folded, then without spaces, hyphens and apostrophes. */
export function nameKey(s: string): string {
  return PLAIN_KEY_RE.test(s) ? s.toLowerCase() : foldKey(s).replace(/[\s'-]/g, '');
}

const PLAIN_KEY_RE = /^[A-Za-z]{1,40}$/;

// ---------------------------------------------------------------------------------------------
// What each reference offers to match against

/** One listed name as comparison keys. */
export interface NameProfile {
  /** Family name with its particles ("vanderberg"), and without them ("berg"). */
  readonly family: string;
  readonly familyBare: string;
  /** Keys of each word of the family name. */
  readonly familyWords: readonly string[];
  /** Keys of each word of the given names, initials as single letters. */
  readonly given: readonly string[];
  /** Keys of the particle words. */
  readonly particles: readonly string[];
  /** An organisation: the whole name, and the abbreviations it may be cited by ("who" for World Health Organization). */
  readonly literal?: string;
  readonly acronyms: readonly string[];
  /** The family name (or organisation) as the list writes it, for reasons: "Corsín Jiménez". */
  readonly written: string;
}

/** A year as the linker compares it. */
export interface YearKey {
  /** "2005", "n.d.", "in press", or "" when the reference shows no year. */
  readonly base: string;
  readonly suffix: string;
  /**
   * The other year a reprint or translation is known by: "Weber, Max. (1905) 1930." may be cited
   * as 1905 or as 1930 ("Weber [1905] 1930", "Weber 1930"). Empty for most works.
   */
  readonly other?: string;
}

/** What one reference offers the linker. */
export interface Profile {
  readonly reference: Reference;
  readonly names: readonly NameProfile[];
  readonly year: YearKey;
  /** Keys of the words at the start of the entry, before its year: a fallback when no names were read. */
  readonly head: ReadonlySet<string>;
  /**
   * Keys of the words the entry writes before its year, where its authors stand: co-authors the
   * parsed names miss (a list cut short with "et al.", names written given name first) are still found here.
   */
  readonly authorWords: ReadonlySet<string>;
  /** The entry's authors end with "et al." (or "and others"): it lists fewer names than the work has. */
  readonly listsEtAl: boolean;
  /** Every key of every word of every name, for trimming words that are not part of a name. */
  readonly nameWords: ReadonlySet<string>;
  readonly label: string;
  /** The title's letters and digits, folded ("tuteursenlignequelsroles…"): tells a work listed twice. */
  readonly titleKey: string;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** Function words an organisation's abbreviation may skip: "World Health Organization" is "WHO" (see lexicon/data.ts). */
const SMALL_WORDS = ORGANISATION_SMALL_WORD_KEYS;

const PLAIN_NAME_RE = /^[A-Za-z]{1,40}$/;

function words(s: string): string[] {
  // Fast path for the common one-word ASCII surname.
  if (PLAIN_NAME_RE.test(s)) return [s.toLowerCase()];
  // A name hyphenated at a line end in a PDF copy, "Haara-⏎nen", is one word.
  return foldKey(joinLineEndHyphens(s).replace(/\./g, '. ')).split(' ').filter((w) => w.length > 0);
}

/** The comparison keys of each word of a written name. */
export function writtenKeys(written: string): string[] {
  return words(written)
    .map(nameKey)
    .filter((k) => k.length > 0);
}

function profileName(name: CslName): NameProfile | undefined {
  const familyRaw = typeof name.family === 'string' ? name.family : '';
  const literalRaw = typeof name.literal === 'string' ? name.literal : '';
  const particleRaw = [name['non-dropping-particle'], name['dropping-particle']].filter((p): p is string => typeof p === 'string').join(' ');
  const givenRaw = typeof name.given === 'string' ? name.given : '';
  if (!familyRaw && !literalRaw) return undefined;
  const famWords = words(familyRaw || literalRaw);
  const particleWords = words(particleRaw);
  // Particles written inside the family name ("van der Berg") count as particles too.
  let k = 0;
  while (k < famWords.length - 1 && (STRONG_PARTICLES.has(famWords[k]) || WEAK_PARTICLES.has(famWords[k]))) k++;
  const bare = famWords.slice(k);
  const allParticles = [...particleWords, ...famWords.slice(0, k)];
  const profile: { -readonly [K in keyof NameProfile]: NameProfile[K] } = {
    family: nameKey([...particleWords, ...famWords].join(' ')),
    familyBare: nameKey(bare.join(' ')),
    familyWords: [...allParticles, ...bare].map(nameKey),
    given: words(givenRaw).map(nameKey),
    particles: allParticles.map(nameKey),
    acronyms: [],
    written: familyRaw || literalRaw,
  };
  const orgSource = literalRaw || (famWords.length >= 2 && !givenRaw ? familyRaw : '');
  if (orgSource) {
    profile.literal = nameKey(orgSource);
    profile.acronyms = acronymsOf(orgSource);
  }
  return profile;
}

/**
 * The abbreviations an organisation's name may be cited by: the initials of its words, with and
 * without the small words ("Department for International Development" → "did", "dfid").
 */
function acronymsOf(name: string): string[] {
  const ws = name.split(/[\s,]+/).filter((w) => w.length > 0 && /^[\p{L}\p{N}]/u.test(w));
  if (ws.length < 2 || ws.length > 12) return [];
  let variants = [''];
  for (const w of ws) {
    const key = foldKey(w);
    const letter = key.charAt(0);
    // A hyphenated word gives its first letter ("Co-operation" in OECD), or one letter a part when
    // every part is capitalised ("Max-Planck-Gesellschaft", MPG).
    const parts = w.split('-').filter((x) => x.length > 0);
    const options = parts.length > 1 && parts.every((x) => /^\p{Lu}/u.test(x)) ? [letter, parts.map((x) => foldKey(x).charAt(0)).join('')] : [letter];
    if (SMALL_WORDS.has(key)) options.unshift('');
    variants = variants.flatMap((v) => options.map((o) => v + o));
    if (variants.length > 16) variants = variants.slice(0, 16);
  }
  return [...new Set(variants)].filter((v) => v.length >= 2);
}

/** Words of an entry written in capitals ("NICE" in "London: NICE") and the names of its web sites ("cdc" in "www.cdc.gov"). */
const ENTRY_ABBREVIATION_RE = /(?<![\p{L}\p{N}])\p{Lu}{2,10}(?![\p{L}\p{N}])|(?<=[/.])([a-z][a-z0-9]{1,9})\.(?:org|gov|int|edu|ac|go|gob|gouv|govt|europa|[a-z]{2})\b/gu;

/**
 * Abbreviations of an organisation that drop more than its function words, as names change and
 * abbreviations stay ("NICE" for "National Institute for Health and Care Excellence", "CDC" for
 * "Centers for Disease Control and Prevention"): accepted only when the entry itself writes the
 * abbreviation (in capitals, or as its web site's name) and its letters are initials of the
 * name's words in order, from the first word's.
 */
function writtenAbbreviations(name: string, entry: string): string[] {
  const initials = name
    .split(/[\s,-]+/)
    .map(foldKey)
    .filter((w) => w.length > 0 && /^[\p{L}\p{N}]/u.test(w))
    .map((w) => w.charAt(0))
    .join('');
  if (initials.length < 2) return [];
  const out = new Set<string>();
  ENTRY_ABBREVIATION_RE.lastIndex = 0;
  for (let m = ENTRY_ABBREVIATION_RE.exec(entry); m; m = ENTRY_ABBREVIATION_RE.exec(entry)) {
    const abbreviation = (m[1] ?? m[0]).toLowerCase();
    if (abbreviation.charAt(0) === initials.charAt(0) && isSubsequence(abbreviation, initials)) out.add(abbreviation);
  }
  return [...out];
}

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long.charAt(i) === short.charAt(j)) j++;
  return j === short.length;
}

/** Abbreviations a reference gives in brackets near its start: "INSTITUTO … (IBGE)." */
const BRACKETED_ABBREVIATION_RE = /[([]([\p{Lu}][\p{Lu}\p{N}&-]{1,11})[)\]]/gu;

/** A year of four digits with an optional letter: "2005", "2005b". */
export const DATE_YEAR_RE = /^(\d{4})([a-z]?)$/;
const ANY_YEAR_RE = /(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)/;
const NO_DATE_RE = NO_DATE_EXACT_RE;
const IN_PRESS_RE = IN_PRESS_ANY_RE;
/** "in press" and "no date" as an entry writes them in brackets after its authors, when the parser read no date. */
/** A reprint's two years at the head of an entry: "(1905) 1930", "[1905] 1930", "1930 [1905]". */
const TWO_YEARS_RE = /[([](1[5-9]\d\d|20\d\d)[)\]]\.?\s{0,3}(1[5-9]\d\d|20\d\d)(?!\d)|(?<!\d)(1[5-9]\d\d|20\d\d)\.?\s{0,3}\[(1[5-9]\d\d|20\d\d)\]/;
/** APA's note on a reprint: "(Original work published 1905)". */
const ORIGINAL_NOTE_RE = /original(?:ly)? (?:work )?published(?: in)? (1[5-9]\d\d|20\d\d)/i;

function referenceYear(reference: Reference): YearKey {
  const csl = reference.csl;
  const suffixField = typeof csl['year-suffix'] === 'string' ? (csl['year-suffix'] as string).toLowerCase() : '';
  const issued = csl.issued;
  const first = issued?.['date-parts']?.[0]?.[0];
  if (first !== undefined && first !== null && String(first).trim() !== '') {
    const m = DATE_YEAR_RE.exec(String(first).trim());
    if (m) return withOtherYear(reference, { base: m[1], suffix: suffixField || m[2] });
  }
  const literal = typeof issued?.literal === 'string' ? issued.literal.trim() : '';
  if (literal) {
    if (NO_DATE_RE.test(literal)) return { base: 'n.d.', suffix: suffixField };
    if (IN_PRESS_RE.test(literal)) return { base: 'in press', suffix: suffixField };
    const m = ANY_YEAR_RE.exec(literal);
    if (m) return withOtherYear(reference, { base: m[1], suffix: suffixField });
  }
  if (!issued) {
    const head = reference.text.slice(0, 200);
    if (ENTRY_IN_PRESS_RE.test(head)) return { base: 'in press', suffix: suffixField };
    if (ENTRY_NO_DATE_RE.test(head)) return { base: 'n.d.', suffix: suffixField };
  }
  return { base: '', suffix: suffixField };
}

/** Adds the other year of a reprint: from `original-date`, from the entry's head, or from an APA note. */
function withOtherYear(reference: Reference, year: YearKey): YearKey {
  const original = reference.csl['original-date'] as { 'date-parts'?: unknown[][] } | undefined;
  const fromField = original?.['date-parts']?.[0]?.[0];
  if (fromField !== undefined && String(fromField) !== year.base && DATE_YEAR_RE.test(String(fromField))) return { ...year, other: String(fromField).slice(0, 4) };
  const head = reference.text.slice(0, 200);
  const two = TWO_YEARS_RE.exec(head);
  if (two) {
    const [a, b] = two[1] ? [two[1], two[2]] : [two[3], two[4]];
    if (a === year.base && b !== a) return { ...year, other: b };
    if (b === year.base && a !== b) return { ...year, other: a };
  }
  const note = ORIGINAL_NOTE_RE.exec(reference.text);
  if (note && note[1] !== year.base) return { ...year, other: note[1] };
  return year;
}

/** The entry's text before its year (in its first `length` characters; the first `fallback` when it shows no year). */
function beforeYear(reference: Reference, length: number, fallback: number): string {
  const text = reference.text.slice(0, length);
  const year = ANY_YEAR_RE.exec(text);
  return year ? text.slice(0, year.index) : text.slice(0, fallback);
}

/** Keys of the first `max` words of `before`, small words left out. */
function wordKeys(before: string, max: number): Set<string> {
  const out = new Set<string>();
  for (const w of words(before).slice(0, max)) {
    const key = nameKey(w);
    if (key.length > 1 && !SMALL_WORDS.has(key)) out.add(key);
  }
  return out;
}

/** "et al.", "and others", "u. a.", "e outros" at the end of an entry's authors. */
const LISTS_ET_AL_RE = /\bet\.? al\b|\band others\b|\be outros\b|\by otros\b|\bu\. ?a\./i;

const POSSESSIVE_RE = /^(\p{L}{2,})['’]s$/u;

function headWords(reference: Reference): Set<string> {
  const before = beforeYear(reference, 160, 80);
  const out = wordKeys(before, 12);
  // A name in the possessive is cited without it: "(Moody 1988)" for "Moody’s municipal & government manual (1988)".
  for (const w of words(before).slice(0, 12)) {
    const stem = POSSESSIVE_RE.exec(w)?.[1];
    if (stem) out.add(nameKey(stem));
  }
  // An organisation whose name the parser could not read is still cited by its initials:
  // "(UNESCO, 2015)" for "United Nations Educational, Scientific and Cultural Organization (2015)".
  let cut = before.length;
  while (cut > 0 && ' \t\n\r.:(['.includes(before.charAt(cut - 1))) cut--;
  const name = before.slice(0, cut);
  if (/^\p{Lu}/u.test(name)) for (const a of acronymsOf(name)) if (a.length >= 3) out.add(a);
  return out;
}

/**
 * A short label for a reference, for lists and reports: "Brooks & Wohlforth 2005",
 * "Cohen et al. 2012", "World Bank 2019"; the entry's first words when no author was read.
 */
export function referenceLabel(reference: Reference): string {
  const names = namesOf(reference);
  const year = referenceYear(reference);
  const yearText = year.base ? `${year.base}${year.suffix}` : 'no year';
  const show = (n: CslName): string =>
    properCase([n['non-dropping-particle'], n.family ?? n.literal ?? n.given ?? ''].filter((p) => typeof p === 'string' && p).join(' '));
  if (names.length === 0) {
    return ellipsize(reference.text, 40);
  }
  const who = names.length === 1 ? show(names[0]) : names.length === 2 ? `${show(names[0])} & ${show(names[1])}` : `${show(names[0])} et al.`;
  return `${who} ${yearText}`;
}

/** Joins between persons in a name the parser kept whole: ", ", ", and ", " and ", " & ", " e ", " y ", " und ". */
const PERSON_JOIN_RE = /, (?:and |& )?| (?:and|&|e|y|und) /;

/**
 * Persons written given name first that the parser kept as one name ("John Smith and Ann Jones", or
 * "Yuxiao Dong" as a family name): each part two to four capitalised words, none an institution's.
 * Undefined for any other name, an organisation's above all ("Ministry of Health and Welfare").
 */
function personsInName(name: CslName): CslName[] | undefined {
  const whole = typeof name.literal === 'string' ? name.literal : typeof name.family === 'string' && !name.given ? name.family : undefined;
  if (!whole || whole.length > 200) return undefined;
  const parts = whole.replace(/\s+/g, ' ').split(PERSON_JOIN_RE).filter((p) => p.length > 0);
  if (parts.length < 2) return undefined;
  const persons: CslName[] = [];
  for (const part of parts) {
    const ws = part.trim().split(' ');
    if (ws.length < 2 || ws.length > 4 || !ws.every((w) => /^\p{Lu}/u.test(w)) || ws.some((w) => INSTITUTION_WORD_SET.has(w.replace(/[.,]$/, '')))) return undefined;
    persons.push({ family: ws[ws.length - 1], given: ws.slice(0, -1).join(' ') });
  }
  return persons;
}

/** A rule for the authors of the entry above ("———.", "--.", "– (2016).") at an entry's start. */
const SAME_AUTHORS_RE = /^\s*(?:[-‐‒–—―_]\s?){1,8}[.,]?\s/u;

/**
 * The entry whose text writes the authors of each reference: itself, or for an entry that opens with a rule for
 * the authors above ("– (2022b).", "———."), the nearest entry above that writes them.
 */
export function authorSources(references: readonly Reference[]): Reference[] {
  let writer: Reference | undefined;
  return references.map((r) => {
    if (!SAME_AUTHORS_RE.test(r.text)) writer = r;
    return writer ?? r;
  });
}

/**
 * The profile of one reference, from its CSL (and, where the CSL has no field for it, its entry's text). The
 * authors as written (their words, a closing "et al.") are read from `writer`, the entry that writes them.
 */
export function buildProfile(reference: Reference, writer: Reference = reference): Profile {
  const names = namesOf(reference)
    .flatMap((n) => personsInName(n) ?? [n])
    .map(profileName)
    .filter((p): p is NameProfile => p !== undefined);
  if (names.length > 0) {
    const extra: string[] = [];
    const head = reference.text.slice(0, 200);
    BRACKETED_ABBREVIATION_RE.lastIndex = 0;
    for (let m = BRACKETED_ABBREVIATION_RE.exec(head); m; m = BRACKETED_ABBREVIATION_RE.exec(head)) extra.push(nameKey(m[1]));
    const written = namesOf(reference)[0];
    const organisation = names[0].literal ? (written?.literal ?? written?.family) : undefined;
    if (typeof organisation === 'string') extra.push(...writtenAbbreviations(organisation, reference.text));
    if (extra.length > 0) names[0] = { ...names[0], acronyms: [...names[0].acronyms, ...extra] };
  }
  const nameWords = new Set<string>();
  for (const n of names) {
    for (const w of [...n.familyWords, ...n.given, ...n.particles]) nameWords.add(w);
    for (const g of n.given) nameWords.add(g.charAt(0));
  }
  // The entry's first words and its label are needed only now and then: read them when asked.
  const title = typeof reference.csl.title === 'string' ? reference.csl.title : '';
  let head: ReadonlySet<string> | undefined;
  let authorZone: string | undefined;
  let authorWords: ReadonlySet<string> | undefined;
  let label: string | undefined;
  return {
    reference,
    names,
    year: referenceYear(reference),
    get head() {
      return (head ??= names.length === 0 || reference.uncertain.includes('author') ? headWords(reference) : NO_WORDS);
    },
    get authorWords() {
      return (authorWords ??= wordKeys((authorZone ??= beforeYear(writer, 400, 200)), 60));
    },
    get listsEtAl() {
      return LISTS_ET_AL_RE.test((authorZone ??= beforeYear(writer, 400, 200)));
    },
    nameWords,
    titleKey: lettersOf(foldKey(title)),
    get label() {
      return (label ??= referenceLabel(reference));
    },
  };
}

