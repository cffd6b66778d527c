/**
 * The linker: decides which reference each cited work points to.
 *
 * Names are compared by folded keys (no diacritics, case, spaces, hyphens or apostrophes), so
 * "O’Neil" meets "ONEIL" and "Smith-Jones" meets "SMITH JONES". A name written given-name-first
 * in the text ("Haiyun Wang", "Mingjiang Li") meets a list that writes the surname first, in
 * either order. The year must agree (with its letter, when both have one); a near miss is left
 * unresolved with the closest candidate named, never linked silently.
 */
import type { Citation, CitedWork, CslName, Reference } from './model';
import { namesOf } from './citations';
import type { FoundCitation, FoundWork } from './citations';
import { DATES, STRONG_PARTICLES, WEAK_PARTICLES } from './citations/words';
import { ellipsize, foldKey, properCase } from './text';

/** Options of {@link linkCitations}. */
export interface LinkOptions {
  /** False when the essay has no reference list: every work is unresolved with that reason. Default true. */
  readonly hasReferenceList?: boolean;
  /** Called every few thousand works; may throw to stop. */
  readonly isCancelled?: () => void;
}

/** A comparison key for names: folded, then without spaces, hyphens and apostrophes. */
export function nameKey(s: string): string {
  return PLAIN_KEY_RE.test(s) ? s.toLowerCase() : foldKey(s).replace(/[\s'-]/g, '');
}

const PLAIN_KEY_RE = /^[A-Za-z]{1,40}$/;

// ---------------------------------------------------------------------------------------------
// What each reference offers to match against

interface NameProfile {
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
}

interface YearKey {
  /** "2005", "n.d.", "in press", or "" when the reference shows no year. */
  readonly base: string;
  readonly suffix: string;
  /**
   * The other year a reprint or translation is known by: "Weber, Max. (1905) 1930." may be cited
   * as 1905 or as 1930 ("Weber [1905] 1930", "Weber 1930"). Empty for most works.
   */
  readonly other?: string;
}

interface Profile {
  readonly reference: Reference;
  readonly names: readonly NameProfile[];
  readonly year: YearKey;
  /** Keys of the words at the start of the entry, before its year: a fallback when no names were read. */
  readonly head: ReadonlySet<string>;
  /** Every key of every word of every name, for trimming words that are not part of a name. */
  readonly nameWords: ReadonlySet<string>;
  readonly label: string;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** Function words an organisation's abbreviation may skip: "World Health Organization" is "WHO", "Ministério da Saúde" "MS". */
const SMALL_WORDS = new Set([
  'of', 'the', 'for', 'and', 'on', 'in', 'at', 'to', 'a', 'an',
  'de', 'des', 'du', 'la', 'le', 'les', 'et', 'pour', 'y', 'e', 'del', 'da', 'do', 'dos', 'das', 'di', 'della', 'per', 'para',
  'und', 'fur', 'der', 'die', 'zur', 'zum', 'van', 'voor', 'en', 'het', 'och', 'og', 'for',
]);

const PLAIN_NAME_RE = /^[A-Za-z]{1,40}$/;

function words(s: string): string[] {
  // Fast path for the common one-word ASCII surname.
  if (PLAIN_NAME_RE.test(s)) return [s.toLowerCase()];
  return foldKey(s.replace(/\./g, '. ')).split(' ').filter((w) => w.length > 0);
}

/** The comparison keys of each word of a written name. */
function writtenKeys(written: string): string[] {
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

const DATE_YEAR_RE = /^(\d{4})([a-z]?)$/;
const ANY_YEAR_RE = /(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)/;
const NO_DATE_RE = /^(?:n\.?\s?d\.?|s\.?\s?d\.?|s\.?\s?f\.?|o\.?\s?j\.?|z\.?\s?j\.?|u\.?\s?å\.?|no date|undated|sin fecha|sem data|sans date|ohne jahr|zonder jaar)$/i;
const IN_PRESS_RE = /press|forthcoming|prelo|prensa|druck|presse|stampa|druk|para[iî]tre|tryck|druku|verschijnen|perse|erscheinen|pubblicazione/i;
/** "in press" and "no date" as an entry writes them in brackets after its authors, when the parser read no date. */
const ENTRY_IN_PRESS_RE = /[([](?:in press|forthcoming|in corso di stampa|in stampa|no prelo|en prensa|im druck|sous presse|in druk|[aà] para[iî]tre|i tryck|w druku|te verschijnen|ter perse|im erscheinen|in corso di pubblicazione|di prossima pubblicazione)[)\]]/i;
const ENTRY_NO_DATE_RE = /[([](?:n\.\s?d|s\.\s?d|s\.\s?f|o\.\s?j|z\.\s?j|u\.\s?å)\.?[)\]]/i;
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

function headWords(reference: Reference): Set<string> {
  const text = reference.text.slice(0, 160);
  const year = ANY_YEAR_RE.exec(text);
  const before = year ? text.slice(0, year.index) : text.slice(0, 80);
  const out = new Set<string>();
  for (const w of words(before).slice(0, 12)) {
    const key = nameKey(w);
    if (key.length > 1 && !SMALL_WORDS.has(key)) out.add(key);
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

function buildProfile(reference: Reference): Profile {
  const names = namesOf(reference)
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
  let head: ReadonlySet<string> | undefined;
  let label: string | undefined;
  return {
    reference,
    names,
    year: referenceYear(reference),
    get head() {
      return (head ??= names.length === 0 || reference.uncertain.includes('author') ? headWords(reference) : NO_WORDS);
    },
    nameWords,
    get label() {
      return (label ??= referenceLabel(reference));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Comparing one written author with one listed name

interface NameMatch {
  readonly score: number;
  readonly reason?: string;
}

const NO_MATCH: NameMatch = { score: 0 };

function givenCompatible(keys: readonly string[], name: NameProfile): boolean {
  return keys.every((k) => name.given.includes(k) || name.particles.includes(k) || (k.length === 1 && name.given.some((g) => g.charAt(0) === k)));
}

function matchName(written: string, name: NameProfile, keys: readonly string[] = writtenKeys(written)): NameMatch {
  if (keys.length === 0) return NO_MATCH;
  const m = matchKeys(written, keys, name);
  if (m.score > 0 || !keys[keys.length - 1].endsWith('s') || keys[keys.length - 1].length < 4) return m;
  // A genitive without apostrophe, as German and Dutch write it: "Von Hippels (2014) Befunde".
  const stem = [...keys.slice(0, -1), keys[keys.length - 1].slice(0, -1)];
  const g = matchKeys(written, stem, name);
  return g.score > 0 ? { score: g.score * 0.9, reason: `“${written}” is read as the possessive of the name` } : m;
}

function matchKeys(written: string, keys: readonly string[], name: NameProfile): NameMatch {
  const full = keys.join('');
  if (full === name.family || full === name.familyBare) return { score: 1 };
  if (name.literal && full === name.literal) return { score: 1 };
  if (name.acronyms.includes(full)) return { score: 0.9, reason: `“${written}” is read as the initials of the organisation` };
  // Surname last, given names or initials first: "Moisés Silva Fernandes", "M. Silva Fernandes".
  for (let k = 1; k < keys.length; k++) {
    const tail = keys.slice(k).join('');
    if (tail === name.family || tail === name.familyBare) {
      return givenCompatible(keys.slice(0, k), name) ? { score: 0.97 } : { score: 0.75, reason: `“${keys.slice(0, k).join(' ')}” before the surname is not among the reference’s given names` };
    }
  }
  // Surname first, given names after, as Chinese names are often written: "Li Mingjiang" / list "MINGJIANG, Li".
  for (let k = keys.length - 1; k >= 1; k--) {
    const head = keys.slice(0, k).join('');
    if ((head === name.family || head === name.familyBare) && givenCompatible(keys.slice(k), name)) {
      return { score: 0.9, reason: 'the text writes the name in the other order than the reference list' };
    }
  }
  // A compound surname cited by one of its parts: "Fernandes" for "Silva Fernandes", "García" for "García Márquez".
  if (keys.length === 1 && name.familyWords.length >= 2) {
    const bareWords = name.familyWords.filter((w) => !name.particles.includes(w));
    if (bareWords[bareWords.length - 1] === full || bareWords[0] === full) {
      return { score: 0.85, reason: `the text cites “${written}”, a part of the compound surname in the reference` };
    }
  }
  return NO_MATCH;
}

// ---------------------------------------------------------------------------------------------
// One work against the list

interface Candidate {
  readonly profile: Profile;
  readonly confidence: number;
  readonly reasons: string[];
  readonly yearOk: boolean;
}

interface Linked {
  readonly status: CitedWork['status'];
  readonly targets: readonly string[];
  readonly confidence: number;
  readonly reasons: readonly string[];
  readonly unknownName?: boolean;
}

function parseYear(year: string): YearKey {
  const m = DATE_YEAR_RE.exec(year);
  if (m) return { base: m[1], suffix: m[2] };
  return { base: year, suffix: '' };
}

function plural(n: number, one: string): string {
  const numbers = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];
  return `${numbers[n] ?? n} ${one}${n === 1 ? '' : 's'}`;
}

class Linker {
  private readonly profiles: Profile[];
  /** Name key → the references (indexes into `profiles`) that have it, whatever their year. */
  private readonly byKey = new Map<string, number[]>();
  /**
   * Name key and year → references: a lookup touches only the works that can be accepted, so an
   * essay with hundreds of entries sharing a surname ("Wang", "Smith") links in linear time.
   */
  private readonly byKeyYear = new Map<string, number[]>();
  private readonly cache = new Map<string, Map<string, Linked>>();
  private readonly byId = new Map<string, Profile>();

  constructor(
    references: readonly Reference[],
    private readonly hasList: boolean,
  ) {
    this.profiles = references.map(buildProfile);
    this.profiles.forEach((p, i) => {
      this.byId.set(p.reference.id, p);
      const keys = new Set<string>();
      for (const n of p.names) {
        keys.add(n.family);
        keys.add(n.familyBare);
        for (const w of n.familyWords) if (!n.particles.includes(w)) keys.add(w);
        if (n.literal) keys.add(n.literal);
        for (const a of n.acronyms) keys.add(a);
      }
      // Every match needs the family name among the written words, so given names are not keys;
      // the entry's first words are, when its authors could not be read.
      if (p.names.length === 0 || p.reference.uncertain.includes('author')) for (const h of p.head) keys.add(h);
      // A reference is found under its year with its letter ("E2005b"), its year with any letter
      // ("A2005"; "A" alone when it shows no year) and its reprint's other year ("O1905").
      const years = [`E${p.year.base}${p.year.suffix}`, `A${p.year.base}`];
      if (p.year.other !== undefined) years.push(`O${p.year.other}`);
      for (const k of keys) {
        if (!k) continue;
        push(this.byKey, k, i);
        for (const y of years) push(this.byKeyYear, yearKey(k, y), i);
      }
    });
  }

  profileOf(id: string): Profile | undefined {
    return this.byId.get(id);
  }

  link(work: FoundWork): Linked {
    // Two levels of keys, the authors as written, then the year: no string is built for the
    // common one-author work, and the same citation repeated is linked once.
    const who = work.authors.length === 1 ? work.authors[0] : work.authors.join('\u0000');
    let byYear = this.cache.get(who);
    if (!byYear) this.cache.set(who, (byYear = new Map()));
    const when = work.etAl || work.originalYear ? `${work.year}\u0000${work.etAl}\u0000${work.originalYear ?? ''}` : work.year;
    const cached = byYear.get(when);
    if (cached) return cached;
    const result = this.compute(work);
    byYear.set(when, result);
    return result;
  }

  /**
   * The references a work written with these name keys may point to, in list order. With `years`
   * (keys of `byKeyYear`), only those filed under one of them; without, every year, for naming the
   * closest miss.
   */
  private candidates(written: readonly string[], years?: readonly string[]): Profile[] {
    const seen = new Set<number>();
    const add = (k: string): void => {
      if (years) {
        for (const y of years) {
          const list = this.byKeyYear.get(yearKey(k, y));
          if (list) for (const i of list) seen.add(i);
        }
        return;
      }
      const list = this.byKey.get(k);
      if (list) for (const i of list) seen.add(i);
    };
    for (const k of written) add(k);
    if (written.length > 1) add(written.join(''));
    // A genitive without apostrophe ("Von Hippels (2014) Befunde"): the name without its final s.
    const last = written[written.length - 1];
    if (last && last.length >= 4 && last.endsWith('s')) {
      const stem = last.slice(0, -1);
      add(stem);
      if (written.length > 1) add(written.slice(0, -1).join('') + stem);
    }
    if (seen.size === 0) return [];
    return [...seen].sort((a, b) => a - b).map((i) => this.profiles[i]);
  }

  private compute(work: FoundWork): Linked {
    const shown = `${work.authors.join(' & ')}${work.etAl ? ' et al.' : ''} ${work.year}`;
    if (!this.hasList) return { status: 'unresolved', targets: [], confidence: 0, reasons: ['the essay has no reference list'] };
    if (this.profiles.length === 0) return { status: 'unresolved', targets: [], confidence: 0, reasons: ['the reference list has no entries'] };
    const first = work.authors[0] ?? '';
    const year = parseYear(work.year);
    const authorKeys = work.authors.map(writtenKeys);
    const evaluate = (profiles: readonly Profile[]): Candidate[] => {
      const out: Candidate[] = [];
      for (const profile of profiles) {
        const c = this.evaluate(work, first, authorKeys, year, profile);
        if (c) out.push(c);
      }
      return out;
    };
    // Only references of a year the work can accept are weighed (see `evaluate`): its year with the
    // same letter or none ("2005b" takes "2005b" and "2005"; "2005" takes any letter), entries without
    // a year, reprints known by that year, and the original year the text gives. The others are read
    // only when none is accepted, to name the closest miss.
    const years = year.suffix ? [`E${year.base}${year.suffix}`, `E${year.base}`] : [`A${year.base}`];
    years.push('A', `O${year.base}`);
    const original = work.originalYear?.slice(0, 4);
    if (original && original !== year.base) years.push(`A${original}`, `O${original}`);
    let evaluated = evaluate(this.candidates(authorKeys[0] ?? [], years));
    const accepted = evaluated.filter((c) => c.yearOk).sort((a, b) => b.confidence - a.confidence);
    if (accepted.length === 0) {
      evaluated = evaluate(this.candidates(authorKeys[0] ?? []));
      const near = evaluated.sort((a, b) => yearDistance(year, a.profile.year) - yearDistance(year, b.profile.year) || b.confidence - a.confidence)[0];
      if (near) {
        const theirs = near.profile.year.base ? `${near.profile.year.base}${near.profile.year.suffix}` : 'no year';
        return {
          status: 'unresolved',
          targets: [],
          confidence: 0,
          reasons: [`no reference matches “${shown}”; the closest is “${near.profile.label}” (entry ${near.profile.reference.index + 1}), but the year differs: text ${work.year}, reference ${theirs}`],
        };
      }
      return { status: 'unresolved', targets: [], confidence: 0, reasons: [`no reference by “${first}” in the list`], unknownName: true };
    }
    const top = accepted[0];
    const rivals = accepted.filter((c) => c !== top && c.confidence >= top.confidence - 0.1);
    if (rivals.length === 0) {
      return { status: 'linked', targets: [top.profile.reference.id], confidence: round(top.confidence), reasons: top.reasons };
    }
    const all = [top, ...rivals].sort((a, b) => a.profile.reference.index - b.profile.reference.index);
    const reasons = [`${plural(all.length, 'reference')} match “${shown}”: ${all.map((c) => `“${c.profile.label}” (entry ${c.profile.reference.index + 1})`).join(', ')}`];
    if (!year.suffix && all.some((c) => c.profile.year.suffix)) reasons.push('the text gives no letter after the year to tell them apart');
    return { status: 'ambiguous', targets: all.map((c) => c.profile.reference.id), confidence: round(top.confidence / all.length), reasons };
  }

  private evaluate(work: FoundWork, first: string, authorKeys: readonly string[][], year: YearKey, profile: Profile): Candidate | undefined {
    const reasons: string[] = [];
    let confidence: number;
    // The first author of the text against the first name of the list entry.
    const firstName = profile.names[0];
    const keys = authorKeys[0] ?? [];
    const m = firstName ? matchName(first, firstName, keys) : NO_MATCH;
    if (m.score > 0) {
      confidence = m.score;
      if (m.reason) reasons.push(m.reason);
    } else {
      const other = profile.names.slice(1).find((n) => matchName(first, n, keys).score > 0);
      if (other) {
        confidence = 0.5;
        reasons.push(`“${first}” is not the first author of the reference`);
      } else if (profile.names.length === 0 || profile.reference.uncertain.includes('author')) {
        if (!keys.some((k) => profile.head.has(k))) return undefined;
        confidence = 0.7;
        reasons.push('matched by the words at the start of the entry, whose authors could not be read');
      } else {
        return undefined;
      }
    }

    // Year.
    let yearOk = true;
    const ry = profile.year;
    if (!ry.base) {
      confidence *= 0.6;
      reasons.push('the reference shows no year');
    } else if (ry.base !== year.base) {
      // A reprint cited by its other year: "Weber 1930" or "Weber [1905] 1930" for "Weber (1905) 1930".
      const original = work.originalYear?.slice(0, 4);
      yearOk = (ry.other !== undefined && ry.other === year.base) || (original !== undefined && (original === ry.base || original === ry.other));
    } else if (year.suffix && ry.suffix && year.suffix !== ry.suffix) {
      yearOk = false;
    } else if (year.suffix && !ry.suffix) {
      confidence *= 0.9;
      reasons.push(`the text writes “${work.year}” but the reference has no letter after the year`);
    } else if (!year.suffix && ry.suffix) {
      confidence *= 0.95;
    }

    // How many authors.
    const listed = profile.names.length;
    const written = work.authors.length;
    if (listed > 0) {
      if (work.etAl) {
        if (listed === 1) {
          confidence *= 0.85;
          reasons.push('the text says “et al” but the reference lists one author');
        } else if (listed === 2) {
          confidence *= 0.95;
          reasons.push('the text says “et al” but the reference lists two authors');
        }
      } else if (written !== listed) {
        confidence *= written > listed ? 0.75 : written === 1 && listed >= 3 ? 0.9 : 0.85;
        reasons.push(`the text names ${plural(written, 'author')}; the reference lists ${listed}`);
      }
      for (let a = 1; a < work.authors.length; a++) {
        const other = work.authors[a];
        if (!profile.names.some((n) => matchName(other, n, authorKeys[a]).score > 0)) {
          confidence *= 0.7;
          reasons.push(`“${other}” is not among the reference’s authors`);
        }
      }
    }
    return { profile, confidence, reasons, yearOk };
  }
}

function yearKey(name: string, year: string): string {
  return `${name}\u0000${year}`;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function yearDistance(a: YearKey, b: YearKey): number {
  const x = Number(a.base);
  const y = Number(b.base);
  if (Number.isFinite(x) && Number.isFinite(y) && a.base && b.base) return Math.abs(x - y);
  return 1000;
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

// ---------------------------------------------------------------------------------------------

/**
 * Links found citations to references. Returns the citations in the same order with each work's
 * status, targets (reference ids), confidence and reasons. A narrative citation whose first words
 * turn out not to belong to the linked author's name ("Professor Smith") starts at the name.
 */
export function linkCitations(found: readonly FoundCitation[], references: readonly Reference[], options: LinkOptions = {}): Citation[] {
  const linker = new Linker(references, options.hasReferenceList !== false);
  const aliases = citedAliases(found);
  const link = (w: FoundWork): Linked => {
    const linked = linker.link(w);
    if (linked.status !== 'unresolved') return linked;
    if (w.authors.length === 2) {
      // "(House of Lords Communications and Digital Committee, 2022)": one organisation whose name has an "and".
      const joined = linker.link({ ...w, authors: [`${w.authors[0]} and ${w.authors[1]}`] });
      if (joined.status === 'linked') return joined;
    }
    const full = w.authors.length === 1 ? aliases.get(w.authors[0]) : undefined;
    if (!full) return linked;
    const byName = linker.link({ ...w, authors: [full] });
    if (byName.status === 'unresolved') return linked;
    return { ...byName, reasons: [`the essay writes “${w.authors[0]}” for “${full}”`, ...byName.reasons] };
  };
  const out: Citation[] = [];
  let count = 0;
  for (const citation of found) {
    if (++count % 512 === 0) options.isCancelled?.();
    let works: CitedWork[] = citation.works.map((w) => withLink(w, link(w)));
    // Names that may be a thing's ("the Kyoto Protocol (1997)") are a citation only when they match.
    if (citation.doubtful && works.every((w) => w.status === 'unresolved')) continue;
    let start = citation.start;
    if (citation.kind === 'narrative' && citation.leadWords.length > 1 && works[0]?.status === 'linked') {
      const profile = linker.profileOf(works[0].targets[0]);
      if (profile) {
        const wordAt = (i: number): string => spanText(citation.text, citation.start, citation.leadWords[i]);
        let k = 0;
        while (k < citation.leadWords.length - 1 && !profile.nameWords.has(nameKey(wordAt(k)))) k++;
        // Given names written before the surname belong to the citation: "Jane Smith (2004)".
        while (k > 0 && isGivenNameOf(wordAt(k - 1), profile)) k--;
        if (k > 0) {
          const oldStart = start;
          start = citation.leadWords[k].start;
          const lead = citation.text.slice(start - oldStart, citation.leadWords[citation.leadWords.length - 1].end - oldStart);
          works = works.map((w) => {
            const moved = w.start === oldStart ? { start, text: citation.text.slice(start - oldStart, w.end - oldStart) } : {};
            return { ...w, ...moved, authors: [lead, ...w.authors.slice(1)] };
          });
        }
      }
    }
    out.push({ start, end: citation.end, text: citation.text.slice(start - citation.start), kind: citation.kind, works });
  }
  return out;
}

/** An abbreviation in brackets right after a cited organisation's name: "World Health Organization [WHO], 2019". */
const CITED_ALIAS_RE = /^\s?[[(](\p{Lu}[\p{Lu}\d&-]{1,11})[\])]/u;

/**
 * The abbreviations the essay itself defines in its citations, by abbreviation: after
 * "(Instituto Nacional de Estadística y Geografía [INEGI], 2020)", "(INEGI, 2020)" names the same body.
 */
function citedAliases(found: readonly FoundCitation[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const citation of found) {
    for (const w of citation.works) {
      if (w.authors.length !== 1) continue;
      const at = w.text.indexOf(w.authors[0]);
      if (at < 0) continue;
      const after = at + w.authors[0].length;
      const m = CITED_ALIAS_RE.exec(w.text.slice(after, after + 16));
      if (m && m[1] !== w.authors[0] && !out.has(m[1])) out.set(m[1], w.authors[0]);
    }
  }
  return out;
}

/** A found work with its link: one object literal of a fixed shape (spreading two objects is slow on large essays). */
function withLink(w: FoundWork, l: Linked): CitedWork {
  const out: { -readonly [K in keyof CitedWork]: CitedWork[K] } = {
    start: w.start,
    end: w.end,
    text: w.text,
    authors: w.authors,
    etAl: w.etAl,
    year: w.year,
    status: l.status,
    targets: l.targets,
    confidence: l.confidence,
    reasons: l.reasons,
  };
  if (w.originalYear !== undefined) out.originalYear = w.originalYear;
  if (w.prefix !== undefined) out.prefix = w.prefix;
  if (w.locator !== undefined) out.locator = w.locator;
  if (l.unknownName) out.unknownName = true;
  return out;
}

/** A capitalised name word ("Jane", "Jean-Luc", "O’Brien") or an initial ("J."). */
const GIVEN_NAME_RE = /^(?:\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}\.(?:-?\p{Lu}\.)*)$/u;

/**
 * Whether a word written before the linked reference's surname is one of its author's given names,
 * though not spelled as the list spells them: an initial of the list's given names ("Jane" for
 * "Smith, J."), or, when the list gives none, any capitalised name word. A month ("In March Smith")
 * or the name of an organisation is never one; titles and sentence words never reach here (the
 * finder stops at them).
 */
function isGivenNameOf(word: string, profile: Profile): boolean {
  const name = profile.names[0];
  if (!name || name.literal || !GIVEN_NAME_RE.test(word)) return false;
  const key = nameKey(word.endsWith('.') ? word.slice(0, -1) : word);
  if (key.length === 0) return false;
  // A month's name ("Jan", "May") is a given name only when the reference's initial agrees.
  if (name.given.length === 0) return !DATES.has(key);
  return name.given.some((g) => g.charAt(0) === key.charAt(0));
}

function spanText(text: string, offset: number, span: { start: number; end: number }): string {
  return text.slice(span.start - offset, span.end - offset);
}

/** Ids of the references no work targets (linked or ambiguous), in list order. */
export function uncitedReferences(citations: readonly Citation[], references: readonly Reference[]): string[] {
  const cited = new Set<string>();
  for (const c of citations) for (const w of c.works) if (w.status !== 'unresolved') for (const t of w.targets) cited.add(t);
  return references.filter((r) => !cited.has(r.id)).map((r) => r.id);
}
