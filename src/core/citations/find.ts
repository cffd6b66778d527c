/**
 * Finds author-year in-text citations in an essay's body, without linking them.
 *
 * One pass over the text finds bracket groups `( … )` / `[ … ]` that hold a year (or "n.d.",
 * "in press"). A group whose first thing is a year, right after a name, is a narrative citation
 * (`Haiyun Wang (2007: 7)`); otherwise each year inside the group is read with the names just
 * before it (`(see Smith 2004; Jones & Lee 2010a, p. 12)`). Every regular expression runs on a
 * bounded slice, so the whole search is linear in the text.
 */
import type { CitedWork, Locator, Span } from '../model';
import { editDistance, foldKey, isAllCaps, joinLineEndHyphens, lettersOf } from '../text';
import { CONNECTORS, DATES, LOCATOR_LABELS, NOT_NAME_WORDS, STRONG_PARTICLES, WEAK_PARTICLES } from './words';
import { ET_AL_PAIRS, ET_AL_WORDS, NO_DATE_KEYS, SAME_AUTHOR_WORDS, TEXT_YEAR_RE } from '../lexicon';
import { findFurniture } from '../references/pageFurniture';

/** One work found inside a citation, before linking: a cited work without its link. */
export type FoundWork = Omit<CitedWork, 'status' | 'targets' | 'confidence' | 'reasons'>;

/** One citation found in the text, before linking. */
export interface FoundCitation extends Span {
  readonly text: string;
  readonly kind: 'parenthetical' | 'narrative';
  readonly works: readonly FoundWork[];
  /** Offsets of the words of the first author's name as written (for narrative citations). */
  readonly leadWords: readonly Span[];
  /**
   * The names may be those of a thing (a treaty, a law, an event: "the Kyoto Protocol (1997)") rather
   * than an author: a citation only if a reference matches them.
   */
  readonly doubtful?: boolean;
}

/**
 * What the reference list says about names: every folded word of every author name, and every
 * "particle surname" pair ("de souza"). Used to keep "De Souza" and drop "In" at a sentence start.
 */
export interface NameEvidence {
  readonly words: ReadonlySet<string>;
  readonly particlePairs: ReadonlySet<string>;
  /** Family names the list itself writes in lower case ("boyd", "hooks"): names even when the text does too. */
  readonly lowerNames?: ReadonlySet<string>;
  /** Last words in lower case of the organisations the list names ("WebGL Public Wiki contributors"). */
  readonly lowerTails?: ReadonlySet<string>;
  /**
   * The organisations the list names whose names join words with "and", "und", "e", "y" …, each as its folded words
   * ("arbeitsgemeinschaft schulbibliotheken in berlin und brandenburg"): one author, not two.
   */
  readonly joinedOrganisations?: readonly (readonly string[])[];
  /**
   * The titles the list gives its works, by their last folded word: "Der Mut zum Sein (1953)" dates the work the
   * title names. Each with the title's folded letters and digits and the family names of its authors.
   */
  readonly titles?: ReadonlyMap<string, readonly ListedTitle[]>;
  /** The years of the works of each folded name word of the list ("kirschenbaum" → 2010): whom a year alone may cite. */
  readonly years?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A title of the list, as {@link NameEvidence.titles} keeps it. */
export interface ListedTitle {
  /** Letters and digits of the title, folded: "dermutzumsein". */
  readonly letters: string;
  /** The family names (or the literal names) of its authors, as the list writes them. */
  readonly authors: readonly string[];
}

/** Options of {@link findCitations}. */
export interface FindOptions {
  /** Spans to skip (the reference list). */
  readonly exclude?: readonly Span[];
  readonly evidence?: NameEvidence;
  /** Called every few thousand groups; may throw to stop the search. */
  readonly isCancelled?: () => void;
}

const NO_EVIDENCE: NameEvidence = { words: new Set(), particlePairs: new Set() };

/** Longest bracket group read as a citation: longer ones are prose asides. */
const MAX_GROUP = 600;
/** How far before a `(` the names of a narrative citation may start. */
const MAX_NAMES_BEFORE = 160;
/** Most tokens in one run of names (several authors with given names). */
const MAX_NAME_TOKENS = 24;

/**
 * Finds the in-text citations of `text`, in text order, not overlapping. Offsets are into `text`.
 * The page furniture of a text copied from a PDF (the lines it repeats at each page's head or foot,
 * see {@link findFurniture}) is read as if it were not there: "Johnston et al., (2019). A graduate …"
 * at the foot of every page is no citation, and a citation that a page foot cuts in two ("(Lockwood &
 * Klein-Flügge, 2020; Zhang et" … foot … "al., 2020)") is read whole. Never throws on odd input except
 * through `options.isCancelled`.
 */
export function findCitations(text: string, options: FindOptions = {}): FoundCitation[] {
  const furniture = findFurniture(text).spans;
  if (furniture.length === 0) return findInText(text, options);
  const page = withoutLines(text, furniture);
  const exclude = (options.exclude ?? []).map((s) => ({ start: page.toCompact(s.start), end: page.toCompact(s.end) }));
  return findInText(page.text, { ...options, exclude }).map((c) => mapCitation(c, text, page.toSource));
}

/** A text with some lines taken out, and the maps between its offsets and the source's. */
interface CompactText {
  readonly text: string;
  /** The source offset of a compact offset (an end offset maps to just after the character before it). */
  readonly toSource: (offset: number, isEnd?: boolean) => number;
  /** The compact offset of a source offset (inside a removed line: where the line was). */
  readonly toCompact: (offset: number) => number;
}

/** `text` without the lines holding `spans` (each taken out whole, with its indentation and line break). */
function withoutLines(text: string, spans: readonly Span[]): CompactText {
  const kept: { source: number; compact: number; length: number }[] = [];
  let from = 0;
  let compact = 0;
  const pieces: string[] = [];
  for (const span of spans) {
    let lineStart = span.start;
    while (lineStart > 0 && !isLineBreak(text.charCodeAt(lineStart - 1))) lineStart--;
    let next = span.end;
    while (next < text.length && !isLineBreak(text.charCodeAt(next))) next++;
    if (text.charCodeAt(next) === 0x0d && text.charCodeAt(next + 1) === 0x0a) next += 2;
    else if (next < text.length) next++;
    if (lineStart < from) continue;
    pieces.push(text.slice(from, lineStart));
    kept.push({ source: from, compact, length: lineStart - from });
    compact += lineStart - from;
    from = next;
  }
  pieces.push(text.slice(from));
  kept.push({ source: from, compact, length: text.length - from });
  const pieceAt = (key: 'source' | 'compact', offset: number): (typeof kept)[number] => {
    let lo = 0;
    let hi = kept.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (kept[mid][key] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return kept[lo];
  };
  return {
    text: pieces.join(''),
    toSource: (offset, isEnd = false) => {
      if (isEnd && offset > 0) {
        const p = pieceAt('compact', offset - 1);
        return p.source + (offset - 1 - p.compact) + 1;
      }
      const p = pieceAt('compact', offset);
      return p.source + (offset - p.compact);
    },
    toCompact: (offset) => {
      const p = pieceAt('source', offset);
      return p.compact + Math.min(offset - p.source, p.length);
    },
  };
}

/** A citation found in a compact text, with its offsets and texts those of the source. */
function mapCitation(c: FoundCitation, source: string, toSource: (offset: number, isEnd?: boolean) => number): FoundCitation {
  const span = <T extends Span>(s: T): T => ({ ...s, start: toSource(s.start), end: toSource(s.end, true) });
  const start = toSource(c.start);
  const end = toSource(c.end, true);
  return {
    ...c,
    start,
    end,
    text: source.slice(start, end),
    works: c.works.map((w) => {
      const mapped = span(w);
      return { ...mapped, text: source.slice(mapped.start, mapped.end) };
    }),
    leadWords: c.leadWords.map(span),
  };
}

function findInText(text: string, options: FindOptions): FoundCitation[] {
  const evidence = options.evidence ?? NO_EVIDENCE;
  const exclude = [...(options.exclude ?? [])].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: FoundCitation[] = [];
  let open = -1;
  let boundary = 0; // names of a narrative citation never start before this offset
  let lines = 0;
  let excludeIndex = 0;
  let groups = 0;

  // Only brackets and line breaks matter to the scan; a native search jumps between them. A line
  // break is matched with all the white space after it, blank lines included, so a run of empty
  // lines is one step. `test` rather than `exec`: it builds no match object.
  const scan = /[()[\]]|[\n\r][\n\r \t\f\v\u00a0]*/g;
  let lastLineEnd = -1;
  while (scan.test(text)) {
    const end = scan.lastIndex;
    const c = text.charCodeAt(end - 1);
    const bracket = c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d;
    // Where the match starts: the bracket, or the first line break of the run.
    const i = bracket ? end - 1 : firstBreakOfRun(text, end);
    while (excludeIndex < exclude.length && exclude[excludeIndex].end <= i) excludeIndex++;
    if (excludeIndex < exclude.length && exclude[excludeIndex].start <= i) {
      scan.lastIndex = exclude[excludeIndex].end;
      open = -1;
      boundary = exclude[excludeIndex].end;
      lastLineEnd = boundary - 1;
      continue;
    }
    if (c === 0x28 /* ( */ || c === 0x5b /* [ */) {
      // Square brackets inside round ones hold an abbreviation or an insertion: "(… [WHO], 2021)".
      if (!(c === 0x5b && open >= 0 && text.charCodeAt(open) === 0x28)) open = i;
    } else if (c === 0x29 /* ) */ || c === 0x5d /* ] */) {
      if (c === 0x5d && open >= 0 && text.charCodeAt(open) === 0x28) continue;
      if (open >= 0 && i - open <= MAX_GROUP && (text.charCodeAt(open) === 0x28) === (c === 0x29)) {
        if (++groups % 512 === 0) options.isCancelled?.();
        const citation = readGroup(text, open, i, boundary, evidence);
        if (citation) {
          out.push(citation);
          boundary = citation.end;
        }
      }
      open = -1;
    } else {
      // Line breaks ("\n", "\r\n" or a lone "\r") from i to the last one, `last`. A blank line ends
      // a paragraph: no group or run of names crosses it. The run holds one when it has two breaks.
      let last = end - 1;
      while (!isLineBreak(text.charCodeAt(last))) last--;
      const firstWidth = text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      if (last >= i + firstWidth || isBlank(text, lastLineEnd + 1, i)) {
        open = -1;
        boundary = last;
      }
      lastLineEnd = last;
      if (++lines % 8192 === 0) options.isCancelled?.();
    }
  }
  const found = evidence.words.size > 0 ? withBareCitations(text, out, exclude, evidence) : out;
  return found.filter((c) => !isEntryDate(text, c));
}

/**
 * The head of a reference entry outside the list (a reading list in the body, a list the reader did not find):
 * a paragraph that opens with "Surname, X." (more authors, "(Hrsg.)" or "(Eds.)" after) and then the year in
 * brackets, a full stop and a capital ("Weigend, M. (2005). Extreme Programming …"). The year is the entry's
 * date, not a citation. Prose never writes a name with its initials after a comma before a year.
 */
const ENTRY_HEAD_RE = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s\p{Lu}\.[^()\n]{0,300}?(?:\s\((?:Hrsg|Hg|Eds?|Coords?|Orgs?)\.\)\.?)?\s$/u;
const MAX_ENTRY_HEAD = 400;

function isEntryDate(text: string, c: FoundCitation): boolean {
  if (c.kind !== 'parenthetical' || c.works.length !== 1 || !/^\((?:1[5-9]\d\d|20\d\d)[a-z]?\)$/.test(c.text)) return false;
  if (!/^\.\s{1,3}\p{Lu}/u.test(text.slice(c.end, c.end + 5))) return false;
  const lo = Math.max(0, c.start - MAX_ENTRY_HEAD);
  const before = text.slice(lo, c.start);
  const para = before.search(/(?:^|\n)[ \t]*\n[ \t]*(?=\S)[^\n]*$/);
  const start = para < 0 ? (lo === 0 ? 0 : -1) : lo + para + before.slice(para).search(/\S/);
  return start >= 0 && ENTRY_HEAD_RE.test(text.slice(start, c.start));
}

/** A year written after a name with no bracket: "Long 1979", "Cowie, Mackin 1975", "Lee et al. 2018ab", "Damerow and Renn n.d.". */
const BARE_YEAR_RE = /(?<=[\p{L}.] |al\., )(1[5-9]\d\d|20\d\d|n\.d\.)([a-z]{1,2})?(?![\p{L}\p{N}\-–—/])/gu;

/**
 * Adds the citations written without brackets, as running lists of sources write them ("see Cowie,
 * Mackin 1975, Long 1979, and Courteney 1983") and notes after "see" or "cf.": a year right after
 * names the reference list knows. Each is kept only when the linker finds the work; years inside
 * the citations already found, or inside the reference list, are not read.
 */
function withBareCitations(text: string, found: FoundCitation[], exclude: readonly Span[], evidence: NameEvidence): FoundCitation[] {
  const bare: FoundCitation[] = [];
  let f = 0;
  let x = 0;
  let floor = 0;
  BARE_YEAR_RE.lastIndex = 0;
  for (let m = BARE_YEAR_RE.exec(text); m; m = BARE_YEAR_RE.exec(text)) {
    const at = m.index;
    while (f < found.length && found[f].end <= at) floor = Math.max(floor, found[f++].end);
    while (x < exclude.length && exclude[x].end <= at) floor = Math.max(floor, exclude[x++].end);
    if ((f < found.length && found[f].start <= at) || (x < exclude.length && exclude[x].start <= at)) continue;
    const suffix = m[2] ?? '';
    if (suffix === 's' || (suffix.length === 2 && suffix.charCodeAt(1) !== suffix.charCodeAt(0) + 1)) continue;
    const lo = Math.max(floor, at - MAX_NAMES_BEFORE);
    const paragraph = text.lastIndexOf('\n\n', at);
    const run = collectNames(text, Math.max(lo, paragraph), at - 1, 'parenthetical', evidence);
    // The names end right before the year, or their "et al." does ("Lee et al. 2018", "Kaiser u. a. 2017").
    const etAlBetween = run !== undefined && run.etAl && at - 1 - run.end <= 12 && /^[\s,]*\p{L}[\p{L}.\s]*,?$/u.test(text.slice(run.end, at - 1));
    if (!run || (run.end !== at - 1 && !etAlBetween) || !isKnownAuthor(text, run.authors[0], evidence)) continue;
    const authors = run.authors.map((a) => text.slice(a.start, a.end));
    const end = at + m[0].length;
    const works =
      suffix.length === 2
        ? [makeWork(text, run.start, end - 1, authors, run.etAl, m[1] + suffix[0], undefined, undefined), makeWork(text, end - 1, end, authors, run.etAl, m[1] + suffix[1], undefined, undefined)]
        : [makeWork(text, run.start, end, authors, run.etAl, m[1] + suffix, undefined, undefined)];
    bare.push({ start: run.start, end, text: text.slice(run.start, end), kind: 'narrative', works, leadWords: run.leadWords, doubtful: true });
    floor = end;
  }
  if (bare.length === 0) return found;
  const merged: FoundCitation[] = [];
  let b = 0;
  for (const c of found) {
    while (b < bare.length && bare[b].start < c.start) merged.push(bare[b++]);
    merged.push(c);
  }
  while (b < bare.length) merged.push(bare[b++]);
  return merged;
}

/** Whether the reference list has the last word of this author's name. */
function isKnownAuthor(text: string, author: Span, evidence: NameEvidence): boolean {
  const words = foldKey(text.slice(author.start, author.end)).split(' ');
  return evidence.words.has(words[words.length - 1]);
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}

/** The white space of a run matched by the scan: line breaks, spaces, tabs, no-break spaces. */
function isRunSpace(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x20 || c === 0x09 || c === 0x0c || c === 0x0b || c === 0xa0;
}

/**
 * The offset of the first line break of the run of white space that ends at `end` (exclusive):
 * the scan matches from a line break, and the white space before it belongs to its line.
 */
function firstBreakOfRun(text: string, end: number): number {
  let a = end - 1;
  while (a > 0 && isRunSpace(text.charCodeAt(a - 1))) a--;
  while (!isLineBreak(text.charCodeAt(a))) a++;
  return a;
}

/** True when text[lo, hi) holds only spaces, tabs, carriage returns and no-break spaces. */
function isBlank(text: string, lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0xa0 && c !== 0x0c && c !== 0x0b) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Years

interface YearToken extends Span {
  /** "2005", "n.d.", "in press". */
  readonly base: string;
  readonly suffix: string;
  /** The first edition's year written with it: "[1905] 1930", "1930 [1905]". */
  readonly original?: string;
  /** A number where a year belongs that is no year ("2919", "214"): a citation only if the linker repairs it. */
  readonly slip?: boolean;
}

// A four-digit year 1500–2099 with an optional one-letter suffix, or a written "no date" / "in press"
// in the languages essays are written in (n.d., s.d., s.f., o.J., z.j.; in corso di stampa, no prelo…).
const YEAR_RE = TEXT_YEAR_RE;
const RANGE_AFTER_RE = /^\s?[-–—/]\s?\d/;
const BRACKETED_RANGE_RE = /^[-–—/]\d{2,4}$/;
const REPRINT_AFTER_RE = /^\/(1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}])/u;

function findYears(text: string, lo: number, hi: number): YearToken[] {
  const slice = text.slice(lo, hi);
  const years: YearToken[] = [];
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(slice); m; m = YEAR_RE.exec(slice)) {
    const start = lo + m.index;
    const end = start + m[0].length;
    if (m[1]) {
      // "2004–2010" and "2004/05" are ranges, "1990s" a decade: not citations of a work; but APA
      // writes a reprint as "1900/1953", the first edition's year, a slash and the edition read.
      if (RANGE_AFTER_RE.test(text.slice(end, Math.min(end + 4, hi)))) {
        // "(Hume [1739–40] 2000)": a first edition that came out over two years, before the edition read.
        const close = text.indexOf(']', end);
        if (text[start - 1] === '[' && close > end && close - end <= 7 && close < hi && BRACKETED_RANGE_RE.test(text.slice(end, close))) {
          years.push({ start, end: close, base: m[1], suffix: '' });
          YEAR_RE.lastIndex = close - lo;
          continue;
        }
        const reprint = REPRINT_AFTER_RE.exec(text.slice(end, Math.min(end + 6, hi)));
        if (reprint && !m[2] && Number(reprint[1]) > Number(m[1]) + 1) {
          years.push({ start, end: end + 5, base: reprint[1], suffix: '', original: m[1] });
          YEAR_RE.lastIndex = end + 5 - lo;
        }
        continue;
      }
      if (m[2] === 's' && m[1].endsWith('0')) continue;
      // "2018ab" cites 2018a and 2018b; other pairs of letters are words.
      if (m[2] && m[2].length === 2 && m[2].charCodeAt(1) !== m[2].charCodeAt(0) + 1) continue;
      years.push({ start, end, base: m[1], suffix: m[2] ?? '' });
    } else {
      const raw = m[3];
      const key = raw.toLowerCase().replace(/\s/g, '');
      const base = NO_DATE_KEYS.some((k) => key.startsWith(k)) ? 'n.d.' : 'in press';
      years.push({ start, end, base, suffix: '' });
    }
  }
  const real = years.length;
  findSlippedYears(slice, lo, years);
  if (years.length > real && real > 0) years.sort((a, b) => a.start - b.start);
  return years.length > 1 ? withOriginalYears(text, years) : years;
}

/**
 * A number of three to five digits where the year belongs that is no year: after a name and its
 * comma ("(Shorish y Chan, 2919)", "(Dombrowski, 214: 331)"), or of four or five digits after a
 * capitalised name or at the start of the bracket ("Shorish (2919)"). A citation of such years
 * only is kept only when the linker finds the year one slip from a listed work of that name.
 */
function findSlippedYears(slice: string, lo: number, years: YearToken[]): void {
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(slice); m; m = NUMBER_RE.exec(slice)) {
    const number = m[1];
    if (PLAUSIBLE_YEAR_RE.test(number)) continue;
    const before = slice.slice(Math.max(0, m.index - 40), m.index);
    // Three digits only after a comma ("(Dombrowski, 214)") or before a page ("(Pellegrini 201: 12)"):
    // "(Marx 214)" and "Marx (214)" give a page.
    const afterComma = NAME_COMMA_BEFORE_RE.test(before);
    const afterName = (number.length >= 4 || m[3] === ':') && (m.index <= 1 ? before.trim() === '' : NAME_BEFORE_RE.test(before));
    if (!afterComma && !afterName) continue;
    const start = lo + m.index;
    years.push({ start, end: start + number.length + (m[2] ?? '').length, base: number, suffix: m[2] ?? '', slip: true });
  }
}
const NUMBER_RE = /(?<![\p{L}\p{N}.,/-])(\d{3,5})([a-z])?(?= ?([:;,)])|$)/gu;
const PLAUSIBLE_YEAR_RE = /^(?:1[5-9]|20)\d\d$/;
const NAME_COMMA_BEFORE_RE = /[\p{L}\]]\.?, ?$/u;
const NAME_BEFORE_RE = /\p{Lu}\p{Ll}{1,30} $/u;

/**
 * Joins a reprint's year with the first edition's year in square brackets beside it, as Chicago
 * writes it: "[1905] 1930" and "1930 [1905]" are one year token, 1930, whose original is 1905.
 */
function withOriginalYears(text: string, years: YearToken[]): YearToken[] {
  const out: YearToken[] = [];
  for (let k = 0; k < years.length; k++) {
    const a = years[k];
    const b = years[k + 1];
    if (b && /\d/.test(a.base) && /\d/.test(b.base)) {
      if (text[a.start - 1] === '[' && text[a.end] === ']' && isBlank(text, a.end + 1, b.start)) {
        out.push({ start: a.start - 1, end: b.end, base: b.base, suffix: b.suffix, original: a.base + a.suffix });
        k++;
        continue;
      }
      if (text[b.start - 1] === '[' && text[b.end] === ']' && isBlank(text, a.end, b.start - 1)) {
        out.push({ start: a.start, end: b.end + 1, base: a.base, suffix: a.suffix, original: b.base + b.suffix });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Names

/**
 * One word or one other character of the text. Its raw text and key are read only when asked for:
 * most tokens of a window are never looked at.
 */
class Token implements Span {
  private rawText: string | undefined;
  private keyText: string | undefined;
  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
    /** A word hyphenated at a line end ("Haara-⏎nen"): its raw text is the word joined again. */
    private readonly joined = false,
  ) {}
  /** Exactly text.slice(start, end) (a word hyphenated at a line end joined again). */
  get raw(): string {
    return (this.rawText ??= this.joined ? joinLineEndHyphens(this.text.slice(this.start, this.end)) : this.text.slice(this.start, this.end));
  }
  /** foldKey of the token without a final dot. */
  get key(): string {
    if (this.keyText === undefined) {
      const raw = this.raw;
      this.keyText = wordKey(raw.endsWith('.') ? raw.slice(0, -1) : raw);
    }
    return this.keyText;
  }
}

const INITIAL_RE = /^\p{Lu}\.(?:-?\p{Lu}\.){0,3}$|^\p{Lu}$/u;
const UPPER_START_RE = /^\p{Lu}/u;
/** An organisation's abbreviation: "IBGE", "OECD", "SERPRO", "BMWK". */
const ABBREVIATION_RE = /^\p{Lu}[\p{Lu}\d&-]{1,11}$/u;
const ELIDED_NAME_RE = /^[dDlL]['’]\p{Lu}/u;

const ASCII_WORD_RE = /^[A-Za-z]{1,60}$/;

/** foldKey, with a fast path for the common plain-ASCII word. */
function wordKey(raw: string): string {
  return ASCII_WORD_RE.test(raw) ? raw.toLowerCase() : foldKey(raw);
}

// Character classes of the tokenizer, by UTF-16 code unit (astral characters are looked up whole).
const SPACE = 1;
const LETTER = 2; // a letter or a combining mark: starts and continues a word
const DIGIT = 3; // continues a word
const INNER = 4; // ' ’ - . : continue a word
const OTHER = 5;
/** Classes of the code units met so far: 0 = not yet looked up. */
const CLASS_OF = new Uint8Array(0x10000);
const LETTER_RE = /^[\p{L}\p{M}]$/u;
const DIGIT_RE = /^\p{N}$/u;
const SPACE_RE = /^\s$/;

function classify(ch: string): number {
  if (LETTER_RE.test(ch)) return LETTER;
  if (DIGIT_RE.test(ch)) return DIGIT;
  if (ch === "'" || ch === '’' || ch === '-' || ch === '.') return INNER;
  return SPACE_RE.test(ch) ? SPACE : OTHER;
}

/** The class of the character at `i`; an astral character (a surrogate pair) is classed whole. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classify(text.slice(i, i + 2));
  }
  let k = CLASS_OF[c];
  if (k === 0) k = CLASS_OF[c] = classify(String.fromCharCode(c));
  return k;
}

/** 2 for a surrogate pair at `i`, else 1. */
function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Longest word: a letter and up to this many more word characters. */
const MAX_WORD = 60;

/**
 * Splits text[lo, hi) into words (a letter or mark, then letters, marks, digits, apostrophes,
 * hyphens and dots), the elided Dutch article of a surname ("’t Hart", "'s Jacob"), and single
 * other characters; white space separates. A word never ends in a hyphen or apostrophe ("Jones’"
 * is a possessive: the apostrophe is dropped). A hand-written scanner: the hot path of the finder.
 */
function tokenize(text: string, lo: number, hi: number): Token[] {
  const tokens: Token[] = [];
  let i = lo;
  while (i < hi) {
    const k = classAt(text, i);
    if (k === SPACE) {
      i++;
      continue;
    }
    if (k === LETTER) {
      let j = i + unitsAt(text, i);
      let n = 0;
      while (j < hi && n < MAX_WORD) {
        const kj = classAt(text, j);
        if (kj !== LETTER && kj !== DIGIT && kj !== INNER) break;
        j += unitsAt(text, j);
        n++;
      }
      let end = j;
      while (end - i > 1 && isWordTrail(text.charCodeAt(end - 1))) end--;
      // An ellipsis after a word ("LA DAIA...", ABNT's title cut short) is no part of it.
      if (end - i > 3 && text.charCodeAt(end - 1) === 0x2e && text.charCodeAt(end - 2) === 0x2e) while (end - i > 1 && text.charCodeAt(end - 1) === 0x2e) end--;
      tokens.push(new Token(text, i, end));
      i = j;
      continue;
    }
    const c = text.charCodeAt(i);
    if ((c === 0x27 || c === 0x2019) && i + 1 < hi) {
      const t = text.charCodeAt(i + 1);
      if ((t === 0x74 || t === 0x73) && (i === lo || !isWordClass(classAt(text, i - 1))) && (i + 2 >= hi || !isElisionStop(text, i + 2))) {
        tokens.push(new Token(text, i, i + 2));
        i += 2;
        continue;
      }
    }
    const units = unitsAt(text, i);
    tokens.push(new Token(text, i, i + units));
    i += units;
  }
  return tokens;
}

function isWordTrail(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d;
}

function isWordClass(k: number): boolean {
  return k === LETTER || k === DIGIT;
}

/** What may not follow an elided "’t" / "'s": a letter, mark or digit, or another apostrophe. */
function isElisionStop(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x27 || c === 0x2019 || isWordClass(classAt(text, i));
}

type TokenKind = 'name' | 'initial' | 'particle' | 'connector' | 'comma' | 'org' | 'other';

function isNameLike(kind: TokenKind): boolean {
  return kind === 'name' || kind === 'initial';
}

/** Lower-case words that occur inside the names of organisations, between capitalised words. */
const ORG_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'the', 'fur', 'pour', 'para', 'per', 'voor']);

function kindOf(t: Token, evidence: NameEvidence): TokenKind {
  const raw = t.raw;
  if (raw === ',') return 'comma';
  // "(Felder / Vogel 2016)", "(Winko/Köppe 2013, 328)": German writes a slash between co-authors.
  if (raw === '&' || raw === '/' || (CONNECTORS.has(t.key) && !raw.endsWith('.') && !UPPER_START_RE.test(raw))) return 'connector';
  if (INITIAL_RE.test(raw)) return 'initial';
  if (UPPER_START_RE.test(raw) || ELIDED_NAME_RE.test(raw)) {
    // An acronym is an organisation's name ("WHO", "OECD"), not a sentence-initial word.
    if (raw.length >= 2 && raw !== t.key && raw.toUpperCase() === raw && isAllCaps(raw) && !raw.endsWith('.')) return 'name';
    // "policy. Smith": a capitalised word with a final dot ends a sentence (initials were handled above).
    if (raw.endsWith('.') && raw.length > 2 && !evidence.words.has(t.key)) return 'other';
    if (NOT_NAME_WORDS.has(t.key) && !evidence.words.has(t.key)) return 'other';
    return 'name';
  }
  if (STRONG_PARTICLES.has(t.key) || WEAK_PARTICLES.has(t.key)) return 'particle';
  // "(boyd 2014)": a surname its bearer writes in lower case, as the reference list shows.
  if (evidence.lowerNames?.has(t.key)) return 'name';
  if (ORG_WORDS.has(t.key)) return 'org';
  return 'other';
}

/** A run of author names found just before a year or a bracket. */
interface NameRun extends Span {
  readonly authors: readonly Span[];
  readonly etAl: boolean;
  /** The tokens of the first author. */
  readonly leadWords: readonly Span[];
  /** See {@link FoundCitation.doubtful}. */
  readonly doubtful?: boolean;
}

const LOWER_WORD_RE = /^\p{Ll}{2,15}$/u;

/** True when `t` is a possessive name: "Gogh’s", "Weber's", "Jones’". */
function isPossessive(text: string, t: Token, hi: number): boolean {
  const raw = t.raw;
  if (raw.length > 3 && (raw.endsWith('’s') || raw.endsWith("'s"))) return true;
  const after = t.end < hi ? text[t.end] : '';
  return (after === '’' || after === "'") && raw.endsWith('s') && !/^\p{L}/u.test(text[t.end + 1] ?? '');
}

/** A capitalised word that may stand alone as an author in "(Word, 1996)": not a month or season, not a sentence's end. */
function isLoneNameBeforeYear(t: Token): boolean {
  return UPPER_START_RE.test(t.raw) && t.raw.length >= 2 && !t.raw.endsWith('.') && !DATES.has(t.key) && !/\d/.test(t.raw);
}

/** "Smith’s" → "Smith", "Jones’" → "Jones"; undefined when the word is not possessive. */
function withoutPossessive(text: string, t: Token, hi: number): Token | undefined {
  const after = t.end < hi ? text[t.end] : '';
  let raw: string | undefined;
  if (after === '’' || after === "'") raw = t.raw.endsWith('s') ? t.raw : undefined;
  else if (t.raw.length > 3 && (t.raw.endsWith('’s') || t.raw.endsWith("'s"))) raw = t.raw.slice(0, -2);
  if (!raw) return undefined;
  return new Token(text, t.start, t.start + raw.length);
}

/**
 * How many tokens ending at `i` say "and others": "et al.", "et al", "& al.", "u.a.", "u. a.", "e.a.",
 * "y col.", "e cols.", "et coll.", "and colleagues", "e colleghi", "und Kollegen"; 0 when they do not.
 */
function etAlLength(tokens: TokensBefore, r: number): number {
  // Markup left around it: "\emph{et al.}", "*et al.*", "_et al._".
  const close = tokens.at(r)?.raw;
  if (close !== '}' && close !== '*' && close !== '_') return plainEtAlLength(tokens, r);
  const inner = plainEtAlLength(tokens, r + 1);
  if (inner === 0) return 0;
  let k = r + 1 + inner;
  const open = tokens.at(k)?.raw;
  if (close === '}' && open === '{') {
    k++;
    if (MARKUP_COMMANDS.has(tokens.at(k)?.key ?? '') && tokens.at(k + 1)?.raw === '\\') k += 2;
  } else if (open === close) k++;
  else return 0;
  return k - r;
}

/** LaTeX commands that set "et al." apart: "\emph{et al.}". */
const MARKUP_COMMANDS: ReadonlySet<string> = new Set(['emph', 'textit', 'it', 'em', 'textsl']);

function plainEtAlLength(tokens: TokensBefore, r: number): number {
  const last = tokens.at(r);
  if (!last) return 0;
  const before = tokens.at(r + 1);
  const prev = before?.key;
  const raw = last.raw;
  // "et al.", "et alii", and the slips of the pen "el at.", "etal." (lexicon/data.ts).
  if (prev !== undefined && ET_AL_PAIRS.some(([a, b]) => a === prev && b === last.key)) return 2;
  if (ET_AL_WORDS.has(last.key)) return 1;
  // Typed twice or with a comma inside: "(Li et al. al., 2012)", "(ASHLEY et., al 2020)".
  const third = tokens.at(r + 2)?.key;
  if (last.key === 'al' && third === 'et' && (prev === 'al' || before?.raw === ',')) return 3;
  // "& al.": the ampersand standing for "et" as it does between two names (French usage, and Word's APA
  // style when a source's author list ends in "al."): "(Pedregosa & al., 2011)".
  if (last.key === 'al' && last.raw.endsWith('.') && before?.raw === '&') return 2;
  if (raw === 'u.a.' || raw === 'e.a.' || raw === 'u.a' || raw === 'e.a' || raw === 'm.fl.' || raw === 'm.fl' || raw === 'mfl.') return 1;
  // Swedish, Danish and Norwegian "m. fl." (med flera) written with a space.
  if ((raw === 'fl.' || raw === 'fl') && prev === 'm' && before !== undefined && before.raw.endsWith('.')) return 2;
  if (raw === 'a.' && (prev === 'u' || prev === 'e') && before !== undefined && before.raw.endsWith('.')) return 2;
  if (prev !== undefined && COLLEAGUES.has(last.key) && AND_WORDS.has(prev)) return 2;
  return 0;
}

/** "and colleagues" in the languages essays are written in: the word after the "and". */
const COLLEAGUES = new Set([
  'col', 'cols', 'coll', 'colaboradores', 'collaborateurs', 'colleagues', 'others', 'coauthors', 'co-authors', 'coworkers', 'co-workers',
  'colleghi', 'collaboratori', 'colegas', 'collegues', 'kollegen', 'kolleginnen', "collega's", 'collegas', 'medewerkers',
  'otros', 'outros', 'altri', 'autres', 'andere',
]);
const AND_WORDS = new Set(['and', 'y', 'e', 'et', 'und', 'en']);

/**
 * Reads author names backwards from `hi` (exclusive) down to `lo`. In a narrative citation the
 * last word may be possessive ("Smith’s") and commas join authors only in a list that ends with
 * "and" ("Smith, Jones and Lee"); in a parenthetical one a comma may stand before the year.
 */
/**
 * The tokens of text[lo, hi), read backwards from `hi` only as far as they are asked for: a run of
 * names is read from the year back, and usually ends after a few words. `at(0)` is the last token.
 * Tokens are those of {@link tokenize} over the whole range (no token spans white space).
 */
class TokensBefore {
  private readonly reversed: Token[] = [];
  private p: number;
  constructor(
    private readonly text: string,
    private readonly lo: number,
    hi: number,
  ) {
    this.p = hi;
  }

  /** The r-th token counting back from the end (0 = the last one), or undefined before the range. */
  at(r: number): Token | undefined {
    while (this.reversed.length <= r && this.p > this.lo) this.readChunk();
    return this.reversed[r];
  }

  /** Replaces the r-th token from the end (already read). */
  set(r: number, token: Token): void {
    this.reversed[r] = token;
  }

  /** Reads the next stretch of non-space text before `p`, tokenized forwards. */
  private readChunk(): void {
    const { text, lo } = this;
    let p = this.p;
    while (p > lo && classAt(text, p - 1) === SPACE) p--;
    let q = p;
    while (q > lo && classAt(text, q - 1) !== SPACE) q--;
    if (q < p) {
      const chunk = tokenize(text, q, p);
      // "(Haara-⏎nen, 2017)": a capitalised word hyphenated at a line end, read as the one word it is.
      const from = chunk.length > 0 && chunk[0].start === q ? hyphenatedStart(text, lo, q) : -1;
      if (from >= 0) {
        chunk[0] = new Token(text, from, chunk[0].end, true);
        q = from;
      }
      for (let k = chunk.length - 1; k >= 0; k--) this.reversed.push(chunk[k]);
    }
    this.p = q;
  }
}

/**
 * Where a word hyphenated at a line end starts, when the word at `q` (in lower case) is its second half:
 * "Haara-⏎nen" → the offset of "H". The first half is capitalised letters only; -1 when there is none.
 */
function hyphenatedStart(text: string, lo: number, q: number): number {
  if (!/\p{Ll}/u.test(text.charAt(q))) return -1;
  let i = q;
  let breaks = 0;
  while (i > lo && /\s/.test(text.charAt(i - 1)) && i > q - 8) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x0a || c === 0x0d) breaks++;
    i--;
  }
  if (breaks === 0 || breaks > 2 || i <= lo || text.charAt(i - 1) !== '-') return -1;
  let j = i - 1;
  while (j > lo && /\p{L}/u.test(text.charAt(j - 1)) && i - j < 30) j--;
  if (j === i - 1 || !/\p{Lu}/u.test(text.charAt(j)) || (j > lo && !/[\s([;,]/.test(text.charAt(j - 1)))) return -1;
  return j;
}

type Picked = { token: Token; kind: TokenKind };

function collectNames(text: string, lo: number, hi: number, mode: 'narrative' | 'parenthetical', evidence: NameEvidence): NameRun | undefined {
  const tokens = new TokensBefore(text, Math.max(lo, hi - MAX_NAMES_BEFORE), hi);
  // r counts tokens back from the end: r = 0 is the word right before the year or bracket.
  let r = 0;
  let etAl = false;
  if (mode === 'parenthetical' && tokens.at(r)?.raw === ',') r++;
  // "(Lem: 1981)": a colon between a name the reference list knows and the year ("(Stand: 2019)" is no citation).
  else if (mode === 'parenthetical' && tokens.at(r)?.raw === ':' && evidence.words.has(tokens.at(r + 1)?.key ?? '')) r++;
  // "Depover et al., (2011)", "Arbizu et al.; (2005)": stray punctuation after "et al.".
  else if ((tokens.at(r)?.raw === ',' || tokens.at(r)?.raw === ';') && etAlLength(tokens, r + 1) > 0) r++;
  // A day and a month before the year, as the press is cited: "(Folha de S. Paulo, 12 mar. 2019)", "(The Guardian,
  // May 3, 2017)", "(Le Monde, 12 mars 2016)", "(O Globo, 5 de abril de 2019)".
  if (mode === 'parenthetical') {
    let q = r;
    let month = false;
    for (let guard = 0; guard < 8; guard++) {
      const t = tokens.at(q);
      if (!t) break;
      if (DATES.has(t.key)) month = true;
      else if (!/^\d+$/.test(t.raw) && t.raw !== '.' && t.raw !== ',' && t.key !== 'de' && t.key !== 'del') break;
      if (t.raw === ',' && month) break;
      q++;
    }
    if (month && tokens.at(q)?.raw === ',') r = q + 1;
  }
  // A classical work's book and chapter between its author, whom the list knows, and the year of the edition:
  // "(DIÓGENES LAERCIO, VI 77, 2010, p. 230)", "(DIÓGENES LAERCIO VI, 40, 2010)".
  if (mode === 'parenthetical' && r === 1) {
    let q = 1;
    // The chapter's number, a token a digit.
    while (q < 5 && /^\d+$/.test(tokens.at(q)?.raw ?? '')) q++;
    if (tokens.at(q)?.raw === ',') q++;
    if (q > 1 && ROMAN_BOOK_RE.test(tokens.at(q)?.raw ?? '')) {
      q++;
      if (tokens.at(q)?.raw === ',') q++;
      if (evidence.words.has(tokens.at(q)?.key ?? '')) r = q;
    }
  }
  // ABNT's title cut short by an ellipsis before the comma: "(ANUÁRIO…, 1987)".
  if (mode === 'parenthetical' && r === 1 && tokens.at(1)?.raw === '\u2026' && tokens.at(2)?.end === tokens.at(1)?.start) r++;
  // A name with its own punctuation, as the reference list writes it: "(Which?, 2023)".
  const mark = tokens.at(r);
  const named = tokens.at(r + 1);
  if (mark && named && (mark.raw === '?' || mark.raw === '!') && named.end === mark.start && evidence.words.has(named.key)) r++;
  // "Peterson’s blog (2016b)", "Ranta's book (2011)": one lower-case noun after a possessive name.
  let nounAfterPossessive = false;
  const noun = tokens.at(r);
  const owner = tokens.at(r + 1);
  if (mode === 'narrative' && noun && owner && LOWER_WORD_RE.test(noun.raw) && UPPER_START_RE.test(owner.raw) && isPossessive(text, owner, hi)) {
    nounAfterPossessive = true;
    r++;
  }
  if (mode === 'narrative' && tokens.at(r)) {
    const possessive = withoutPossessive(text, tokens.at(r) as Token, hi);
    if (possessive) tokens.set(r, possessive);
  }
  const etAlTokens = etAlLength(tokens, r);
  // "Wickham, Vaughan, et al. (2023)": APA names the authors up to the one that tells two works apart, commas
  // between them and before "et al.", which ends the list as "and" would.
  let listBeforeEtAl = false;
  if (etAlTokens > 0) {
    etAl = true;
    r += etAlTokens;
    if (tokens.at(r)?.raw === ',') {
      r++;
      listBeforeEtAl = true;
    }
  }
  const picked: { token: Token; kind: TokenKind }[] = [];
  let sawConnector = false;
  let sawSlash = false;
  // "van Gogh’s Night Café (1888)": capitalised words after a possessive name a thing its bearer made or owns.
  let afterPossessive = false;
  const last = r;
  if (mode === 'parenthetical' && r === 1 && tokens.at(2) === undefined && tokens.at(1) !== undefined && isLoneNameBeforeYear(tokens.at(1) as Token)) {
    // "(Ley, 1996)": one capitalised word, a comma and a year fill the parenthesis: a name even if
    // the word is also a common noun or a preposition in some language.
    return oneAuthorRun(tokens, 1, 1, etAl);
  }
  // "(Arbeitsgemeinschaft Schulbibliotheken in Berlin und Brandenburg 2013)": an organisation of the list whose name
  // joins words with "und" is one author.
  const joined = joinedOrganisationAt(tokens, r, evidence);
  if (joined) return joined;
  if (mode === 'parenthetical' && r === 1) {
    // "(Friskolornas riksförbund, u.å.)": an organisation written in sentence case fills the
    // parenthesis before the comma, every word of it a word of a reference's author.
    const known = knownNameBeforeComma(tokens, evidence, etAl);
    if (known) return known;
  }
  // "(WebGL Public Wiki contributors 2018)": an organisation's name that ends in a word in lower case, as the list
  // writes it, after a capitalised word.
  const tail = tokens.at(r);
  const beforeTail = tokens.at(r + 1);
  if (tail && beforeTail && evidence.lowerTails?.has(tail.key) && kindOf(beforeTail, evidence) === 'name' && UPPER_START_RE.test(beforeTail.raw)) {
    picked.push({ token: tail, kind: 'name' });
    r++;
  }
  for (let token = tokens.at(r); token && picked.length < MAX_NAME_TOKENS; token = tokens.at(r)) {
    let kind = kindOf(token, evidence);
    // "Jan Gehl (2010)", "April Smith (2004)": a month's name right before a surname is a given name
    // (the linker keeps it in the span only when the reference's given name agrees).
    if (kind === 'other' && picked.length > 0 && GIVEN_NAME_MONTHS.has(token.key) && UPPER_START_RE.test(token.raw) && !token.raw.endsWith('.')) kind = 'name';
    if (mode === 'narrative' && r > last && kind === 'name' && isPossessive(text, token, hi)) {
      afterPossessive = true;
      break;
    }
    if (kind === 'name' || kind === 'initial' || kind === 'particle') {
      picked.push({ token, kind });
      r++;
      continue;
    }
    const left = tokens.at(r + 1);
    if (kind === 'connector' && picked.length > 0 && left?.raw === ',' && tokens.at(r + 2) && isNameLike(kindOf(tokens.at(r + 2) as Token, evidence))) {
      // The serial comma: "Fairbank, Okoye, and Tate".
      sawConnector = true;
      picked.push({ token, kind }, { token: left, kind: 'comma' });
      r += 2;
      continue;
    }
    if (kind === 'org' && picked.length > 0 && picked[picked.length - 1].kind === 'name' && left && kindOf(left, evidence) === 'name') {
      // A small word inside an organisation's name: "Department for International Development".
      picked.push({ token, kind });
      r++;
      continue;
    }
    if (token.raw === ')' && picked.length === 0 && mode === 'narrative' && tokens.at(r + 2)?.raw === '(' && ABBREVIATION_RE.test(tokens.at(r + 1)?.raw ?? '')) {
      // The same in round brackets before the year's: "Instituto Brasileiro de Geografia e Estatística (IBGE) (2025)",
      // "Organisation for Economic Cooperation and Development (OECD) (2023)".
      return orgNameBefore(tokens, r + 3, etAl);
    }
    if (token.raw === ']' && picked.length === 0) {
      // An abbreviation in brackets after the name: "World Health Organization [WHO], 2021",
      // "Information Commissioner’s Office [ICO] (2020)".
      let j = r + 1;
      while (tokens.at(j) && j - r <= 4 && tokens.at(j)?.raw !== '[') j++;
      if (tokens.at(j)?.raw === '[') return mode === 'parenthetical' ? orgBeforeAbbreviation(tokens, j + 1, etAl) : orgNameBefore(tokens, j + 1, etAl);
      break;
    }
    if ((kind === 'connector' || kind === 'comma') && picked.length > 0 && left) {
      if (!isNameLike(kindOf(left, evidence))) break;
      if (kind === 'comma' && mode === 'narrative' && !sawConnector && !listBeforeEtAl) break;
      // Authors joined by slashes are not joined by commas too: "(im Anschluss an das Canonical Text Services-Schema,
      // Blackwell/Smith 2014)" cites Blackwell and Smith.
      if (kind === 'comma' && sawSlash) break;
      if (kind === 'connector') sawConnector = true;
      if (token.raw === '/') sawSlash = true;
      picked.push({ token, kind });
      r++;
      continue;
    }
    break;
  }
  picked.reverse();
  // Trim what cannot start a name: joiners, and particles that are more likely prepositions.
  while (picked.length > 0) {
    const first = picked[0];
    if (first.kind === 'connector' || first.kind === 'comma' || first.kind === 'org') {
      picked.shift();
      continue;
    }
    // "O INE (2022)", "A OCDE (2019)": a one-letter article without a dot, not an initial.
    if (first.kind === 'initial' && picked.length > 1 && (first.token.raw === 'O' || first.token.raw === 'A')) {
      picked.shift();
      continue;
    }
    // "het werk van De Boer (2010)": a lower-case particle before a name that starts with a capitalised
    // particle is a preposition (Dutch and Flemish names capitalise their particle without a given name).
    const next = picked[1];
    if (first.kind === 'particle' && next && UPPER_START_RE.test(next.token.raw) && (STRONG_PARTICLES.has(next.token.key) || WEAK_PARTICLES.has(next.token.key))) {
      picked.shift();
      continue;
    }
    if (first.kind === 'particle') {
      // "van der Berg", "de Souza": keep the particles when one is unmistakable or the list has the pair.
      let k = 0;
      while (k < picked.length && picked[k].kind === 'particle') k++;
      const name = picked[k];
      const keep =
        name !== undefined &&
        name.kind === 'name' &&
        (picked.slice(0, k).some((p) => STRONG_PARTICLES.has(p.token.key)) ||
          evidence.particlePairs.has(`${picked[k - 1].token.key} ${name.token.key}`));
      if (!keep) {
        picked.splice(0, k);
        continue;
      }
    }
    break;
  }
  // Split into authors at joiners; an author needs a name word, not only initials or particles.
  const groups: Picked[][] = [];
  /** The joiner written before each group: "," or a connector ("and", "&", "en"…); "" for the first. */
  const joiners: string[] = [];
  let current: Picked[] = [];
  let joiner = '';
  for (const p of picked) {
    if (p.kind === 'connector' || p.kind === 'comma') {
      if (current.length) {
        groups.push(current);
        joiners.push(joiner);
        joiner = '';
      }
      current = [];
      joiner = p.kind === 'comma' ? joiner || ',' : 'and';
    } else current.push(p);
  }
  if (current.length) {
    groups.push(current);
    joiners.push(joiner);
  }
  // A surname's initials after a comma, as reference managers print ABNT in the text: "(Mokkink, L. B. et al., 2010a)".
  if (mode === 'parenthetical' && groups.length >= 2 && joiners[joiners.length - 1] === ',' && groups[groups.length - 1].every((p) => p.kind === 'initial') && groups[groups.length - 2].some((p) => p.kind === 'name')) {
    groups.pop();
    joiners.pop();
  }
  let authors = groups.filter((g) => g.some((p) => p.kind === 'name'));
  if (authors.length === 0) return undefined;
  // The last author must end where the names end: "Smith J." is not two authors.
  if (authors[authors.length - 1] !== groups[groups.length - 1]) return undefined;
  const known = (g: Picked[]): boolean => g.some((p) => evidence.words.has(p.token.key));
  // Leading names nobody in the reference list bears ("In China, Smith and Lee") are dropped
  // when a later author is known.
  if (authors.length > 1 && evidence.words.size > 0) {
    const firstKnown = authors.findIndex(known);
    if (firstKnown > 0) authors = authors.slice(firstKnown);
  }
  // "… for the United States, Barron, Kung and Proserpio (2021)": in a narrative list of single
  // surnames, a leading comma-separated group of several capitalised words is the end of the
  // sentence's prose (a place, an institution), not an author.
  if (mode === 'narrative' && authors.length > 1 && authors[0] === groups[0] && joiners[1] === ',' && !known(authors[0])) {
    const surnames = (g: Picked[]): number => g.filter((p) => p.kind === 'name').length;
    if (surnames(authors[0]) >= 2 && authors.slice(1).every((g) => surnames(g) === 1)) authors = authors.slice(1);
  }
  if (afterPossessive && !authors.some(known)) return undefined;
  const spans = authors.map((g) => ({ start: g[0].token.start, end: g[g.length - 1].token.end }));
  const run: NameRun = {
    start: spans[0].start,
    end: spans[spans.length - 1].end,
    authors: spans,
    etAl,
    leadWords: authors[0].map((p) => ({ start: p.token.start, end: p.token.end })),
  };
  return mode === 'narrative' && (nounAfterPossessive || namesAThing(text, lo, authors)) ? { ...run, doubtful: true } : run;
}

/**
 * Whether capitalised words before a year that no reference bears may name a thing rather than an
 * author: after an article ("the Kyoto Protocol (1997)", "la Ley … (2018)", "het Klimaatakkoord
 * (2019)") or ending in an acronym ("MERCOSUR (2016)"). Authors are not written with an article,
 * and an organisation cited by its acronym is in the reference list (the linker checks that).
 */
function namesAThing(text: string, lo: number, authors: readonly (readonly Picked[])[]): boolean {
  const first = authors[0][0].token;
  const lastGroup = authors[authors.length - 1];
  const last = lastGroup[lastGroup.length - 1].token.raw;
  if (ACRONYM_RE.test(last)) return true;
  if (SENTENCE_ARTICLES.has(first.key) || GERMAN_DETERMINERS.has(first.key)) return true;
  let i = first.start;
  while (i > lo && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  // A court case, "Reno v. American Civil Liberties Union (1997)": the second party, not an author.
  if (i < first.start && VERSUS_RE.test(text.slice(Math.max(lo, i - 5), i))) return true;
  const before = wordBefore(text, lo, first.start);
  if (!before) return false;
  const word = before.word;
  const key = word.toLowerCase();
  // "la Ley Agraria (1992)", "the Clean Air Act (1970)", "the collection Pop Internationalism (1996)".
  if (LEGAL_HEADS.has(key) || WORK_HEADS.has(key)) return true;
  // "Manns Roman Der Untertan (1918)": a title whose article is capitalised, after the kind of work.
  const second = wordBefore(text, lo, before.start);
  if (second && WORK_HEADS.has(second.word.toLowerCase()) && (ARTICLES.has(key) || GERMAN_ARTICLES.has(key))) return true;
  // German: an article before one capitalised word is a noun phrase ("das Bundeskleingartengesetz
  // (1983)"); before several, the author may come after a noun ("die Studie von Fiedler (2012)").
  // German: one capitalised word after an adjective that follows an article or is a determiner of its own is a noun
  // phrase too: "einer aktuellen Umfrage (2021)", "eigene Darstellung (2020)" (a figure's source line).
  if (authors.length === 1 && authors[0].length === 1 && word === key && GERMAN_ADJECTIVE_RE.test(key)) {
    if (GERMAN_DETERMINERS.has(key) || (second !== undefined && GERMAN_ARTICLES.has(second.word.toLowerCase()))) return true;
  }
  const german = GERMAN_ARTICLES.has(key) && word === key && authors.length === 1 && authors[0].length === 1;
  if (!ARTICLES.has(key) && !german) return false;
  if (!WEAK_PARTICLES.has(key) && !STRONG_PARTICLES.has(key)) return true;
  // "la", "le", "el" are particles too: an article only in lower case and not after another
  // particle ("Le Goff", "de la Fuente" are names).
  if (word !== key) return false;
  const particle = second?.word.toLowerCase();
  return particle === undefined || (!WEAK_PARTICLES.has(particle) && !STRONG_PARTICLES.has(particle));
}

/** The word right before `at` (spaces between, no punctuation), within `lo`; at most 20 letters. */
function wordBefore(text: string, lo: number, at: number): { word: string; start: number } | undefined {
  let i = at;
  while (i > lo && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  if (i === at) return undefined;
  let j = i;
  while (j > lo && i - j < 20 && /\p{L}/u.test(text[j - 1])) j--;
  if (j === i || (j > lo && /[\p{L}\p{N}]/u.test(text[j - 1]))) return undefined;
  return { word: text.slice(j, i), start: j };
}
const ACRONYM_RE = /^\p{Lu}{3,}\d{0,4}$/u;
const VERSUS_RE = /(?:^|[\s(])(?:v|vs)\.?$/;
/**
 * Articles and article-prepositions, lower case, as they stand before a name in prose: never a
 * particle. Not German ones: German capitalises every noun, so "die Studie von Fiedler (2012)" has
 * an article before a capitalised noun and an author after it.
 */
const ARTICLES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'het', 'een', 'las', 'los', 'el', 'un', 'una', 'une', 'il', 'lo', 'gli',
  'o', 'os', 'um', 'uma', 'au', 'aux', 'nel', 'nella', 'la', 'le', 'les',
]);
/** Kinds of work that stand before a work's title: "the novel Beloved (1987)", "Manns Roman Der Untertan (1918)". */
const WORK_HEADS: ReadonlySet<string> = new Set([
  'novel', 'novela', 'roman', 'romance', 'romanzo', 'book', 'libro', 'livro', 'buch', 'livre', 'film', 'filme', 'película', 'movie',
  'poem', 'poema', 'gedicht', 'poème', 'play', 'opera', 'ópera', 'painting', 'essay', 'ensayo', 'ensaio', 'collection', 'album', 'documentary',
  'journal', 'revue', 'revista', 'rivista', 'zeitschrift', 'magazine', 'newspaper', 'pièce', 'ouvrage', 'recueil', 'série', 'series', 'spectacle',
]);
/** Words that head the names of laws and treaties, before the words of the name. */
const LEGAL_HEADS: ReadonlySet<string> = new Set([
  'law', 'act', 'ley', 'lei', 'loi', 'legge', 'gesetz', 'wet', 'decree', 'decreto', 'decret', 'treaty', 'tratado', 'traité', 'trattato',
  'convention', 'convenio', 'convenção', 'convenzione', 'protocol', 'protocolo', 'constitution', 'constitución', 'constituição',
  'directive', 'directiva', 'regulation', 'reglamento', 'regulamento', 'statute', 'estatuto', 'código', 'code',
]);
const GERMAN_ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einer', 'eines', 'im', 'am', 'zum', 'zur', 'beim', 'vom']);
/** A book's number in Roman numerals, as classical works are cited: "VI", "XII". */
const ROMAN_BOOK_RE = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;

/** A German adjective in lower case, inflected: "aktuellen", "neue", "eigenes". */
const GERMAN_ADJECTIVE_RE = /^\p{Ll}{3,}(?:e|en|er|es|em)$/u;
/** German words that stand for an article before a noun: "eigene Darstellung", "unsere Umfrage", "diese Studie". */
const GERMAN_DETERMINERS: ReadonlySet<string> = new Set(['eigene', 'eigenen', 'eigener', 'eigenes', 'unsere', 'unserer', 'unseren', 'unseres', 'diese', 'dieser', 'diesen', 'dieses', 'jene', 'jener', 'jenen', 'welche', 'welcher', 'jede', 'jeder', 'jeden', 'jedes', 'keine', 'keiner']);
/** Articles written capitalised at a sentence's start, which no surname particle is spelled like. */
const SENTENCE_ARTICLES: ReadonlySet<string> = new Set(['the', 'this', 'these', 'those', 'het', 'een', 'il', 'gli', 'lo', 'uma', 'um', 'os']);

/**
 * The name of an organisation written before its abbreviation in brackets, which may hold
 * lower-case words: "(Office québécois de la langue française [OQLF], 2019)". It runs back to
 * the start of the segment, from its first capitalised word.
 */
function orgBeforeAbbreviation(tokens: TokensBefore, r: number, etAl: boolean): NameRun | undefined {
  // r is the token right before the "[", counting back from the end.
  let j = r;
  while (tokens.at(j) && j - r < MAX_NAME_TOKENS && /^[\p{L}\p{M}]/u.test((tokens.at(j) as Token).raw)) j++;
  let first = j - 1;
  while (first >= r && !UPPER_START_RE.test((tokens.at(first) as Token).raw)) first--;
  return first < r ? undefined : oneAuthorRun(tokens, first, r, etAl);
}

/**
 * In prose, an organisation's name before its bracketed abbreviation: capitalised words and the
 * small words between them, back from the bracket ("… según el Instituto Nacional de Asociativismo y
 * Economía Social [INAES] (s.f.)" gives "Instituto Nacional de Asociativismo y Economía Social").
 */
function orgNameBefore(tokens: TokensBefore, r: number, etAl: boolean): NameRun | undefined {
  let j = r;
  let first = -1;
  while (tokens.at(j) && j - r < MAX_NAME_TOKENS) {
    const t = tokens.at(j) as Token;
    if (UPPER_START_RE.test(t.raw)) first = j;
    else if (!ORG_SMALL_WORDS.has(t.key)) break;
    j++;
  }
  // A sentence's first word before the name is an article: "El Instituto …", "The Office …".
  while (first > r && ORG_LEADING_ARTICLES.has((tokens.at(first) as Token).key)) first--;
  return first < r ? undefined : oneAuthorRun(tokens, first, r, etAl);
}
/**
 * The words between the bracket and the comma (tokens 1 and up, counted back from the end) as one
 * author, when there are two to six, the first is capitalised and every one is a word of a
 * reference's author.
 */
function knownNameBeforeComma(tokens: TokensBefore, evidence: NameEvidence, etAl: boolean): NameRun | undefined {
  let k = 1;
  while (tokens.at(k) && k <= 7) {
    const t = tokens.at(k) as Token;
    if (!/^[\p{L}]/u.test(t.raw) || !evidence.words.has(t.key)) return undefined;
    k++;
  }
  if (tokens.at(k) || k < 3 || k > 7) return undefined;
  const first = k - 1;
  return UPPER_START_RE.test((tokens.at(first) as Token).raw) ? oneAuthorRun(tokens, first, 1, etAl) : undefined;
}

/** The organisation of the list whose name joins words with a connector, written in full and ending at token `r`; undefined when none is. */
function joinedOrganisationAt(tokens: TokensBefore, r: number, evidence: NameEvidence): NameRun | undefined {
  for (const words of evidence.joinedOrganisations ?? []) {
    let k = 0;
    while (k < words.length && tokens.at(r + k)?.key === words[words.length - 1 - k]) k++;
    if (k === words.length && UPPER_START_RE.test((tokens.at(r + k - 1) as Token).raw)) return oneAuthorRun(tokens, r + k - 1, r, false);
  }
  return undefined;
}

/** The tokens `first` down to `r` (counted back from the end) as one author's name. */
function oneAuthorRun(tokens: TokensBefore, first: number, r: number, etAl: boolean): NameRun {
  const words: Span[] = [];
  for (let k = first; k >= r; k--) {
    const t = tokens.at(k) as Token;
    words.push({ start: t.start, end: t.end });
  }
  const span = { start: words[0].start, end: words[words.length - 1].end };
  return { ...span, authors: [span], etAl, leadWords: words };
}

const GIVEN_NAME_MONTHS: ReadonlySet<string> = new Set(['jan', 'april', 'may', 'june', 'august', 'augusto']);

const ORG_SMALL_WORDS: ReadonlySet<string> = new Set([
  'of', 'for', 'and', 'the', 'on', 'de', 'la', 'del', 'y', 'e', 'des', 'du', 'et', 'do', 'da', 'dos', 'das', 'para', 'pour', 'per', 'di', 'della',
  'fur', 'und', 'van', 'voor', 'en', 'het', '&',
]);
const ORG_LEADING_ARTICLES: ReadonlySet<string> = new Set(['the', 'el', 'la', 'le', 'les', 'los', 'las', 'il', 'lo', 'o', 'a', 'os', 'as', 'der', 'die', 'das', 'het', 'de']);

// ---------------------------------------------------------------------------------------------
// Locators

const LABEL_RE = /§§?|¶|\p{L}{1,10}\.?/uy;
const VALUE_RE = /(?:\d{1,6}(?:\.\d{1,4}){0,4}|[ivxlcdm]{1,8}|[IVXLCDM]{1,8})(?:\s?[-–—]\s?(?:\d{1,6}|[ivxlcdm]{1,8}))?(?:\s?ff?\.?)?(?![\p{L}\p{N}])/uy;
const YEARLIKE_RE = /^(?:1[5-9]|20)\d\d$/;

/** Reads a locator starting at `p` (", p. 12", ": 7", " S. 45"), or undefined. */
function readLocator(text: string, p: number, hi: number): { locator: Locator; end: number } | undefined {
  let q = skipSpaces(text, p, hi);
  let separator = '';
  const c = text[q];
  if (c === ',' || c === ':') {
    separator = c;
    q = skipSpaces(text, q + 1, hi);
  }
  let label: string | undefined;
  LABEL_RE.lastIndex = q;
  const lm = LABEL_RE.exec(text);
  if (lm && q + lm[0].length <= hi) {
    const key = wordKey(lm[0].endsWith('.') ? lm[0].slice(0, -1) : lm[0]) || lm[0];
    const known = LOCATOR_LABELS.get(key);
    if (known) {
      label = known;
      q = skipSpaces(text, q + lm[0].length, hi);
    }
  }
  VALUE_RE.lastIndex = q;
  const vm = VALUE_RE.exec(text);
  if (!vm || q + vm[0].length > hi) return undefined;
  const value = vm[0];
  const numeric = /^\d/.test(value);
  if (!label) {
    // Without a label only ": 7" or ", 45" with a plain number is a page; ", 2006" is another year.
    if (!separator || !numeric || YEARLIKE_RE.test(value)) return undefined;
  }
  // "2.3.2.6": book, part, section and paragraph of a classic, not a page.
  return { locator: { label: label ?? (/^\d+\.\d/.test(value) ? 'section' : 'page'), value }, end: q + value.length };
}

function skipSpaces(text: string, p: number, hi: number): number {
  while (p < hi && /\s/.test(text[p])) p++;
  return p;
}

// ---------------------------------------------------------------------------------------------
// Groups

const SUFFIX_ONLY_RE = /\s{0,2},\s{0,2}([a-z])(?![\p{L}\p{N}.])/uy;
/** A prefix of more words than this, before an unknown name, is prose rather than "see also". */
const MAX_PREFIX_WORDS = 7;

/** True when text[lo, hi) holds only punctuation and white space, or one connector ("and", "&"). */
function isJoinerOnly(text: string, lo: number, hi: number): boolean {
  // Fast path: separators and plain ASCII letters, the usual ", " and " and ".
  let letters = 0;
  let plain = true;
  let other = 0;
  for (let i = lo; i < hi; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) letters++;
    else if (c !== 0x20 && c !== 0x2c && c !== 0x3b && c !== 0x0a && c !== 0x0d && c !== 0x09) {
      plain = false;
      other++;
    }
    // The longest connector has three letters ("and", "och", "und").
    if (letters + other > 3) return false;
  }
  if (plain && letters === 0) return true;
  const k = plain ? text.slice(lo, hi).replace(/[\s,;]+/g, ' ').trim().toLowerCase() : foldKey(text.slice(lo, hi));
  return k === '' || CONNECTORS.has(k);
}

/**
 * Where a word that repeats the authors of the work before ("ders.", "dies.", "id.", "idem") starts, when it is all
 * that stands between the separators and the year in text[lo, hi); -1 otherwise.
 */
function sameAuthorWord(text: string, lo: number, hi: number): number {
  if (hi - lo > 16) return -1;
  let a = lo;
  while (a < hi && isTrimmable(text[a])) a++;
  let b = hi;
  while (b > a && isTrimmable(text[b - 1])) b--;
  return a < b && SAME_AUTHOR_WORDS.has(text.slice(a, b).toLowerCase()) ? a : -1;
}

function isTrimmable(ch: string): boolean {
  return ch === ',' || ch === ';' || ch === ':' || /\s/.test(ch);
}

function cleanPrefix(s: string): string | undefined {
  let a = 0;
  let b = s.length;
  while (a < b && isTrimmable(s[a])) a++;
  while (b > a && isTrimmable(s[b - 1])) b--;
  const t = s.slice(a, b);
  return t.length > 0 && t.length <= 80 ? t : undefined;
}

interface SegmentState {
  current: NameRun | undefined;
  /** ABNT's authors before a semicolon, "(SILVA; SOUZA, 2012)": the first authors of the next work. */
  carried?: NameRun;
}

function readGroup(text: string, open: number, close: number, boundary: number, evidence: NameEvidence): FoundCitation | undefined {
  const years = findYears(text, open + 1, close);
  if (years.length === 0) return undefined;
  const round = text.charCodeAt(open) === 0x28;

  // Narrative: the group opens with a year and a name stands right before it.
  let narrative: NameRun | undefined;
  const first = skipSpaces(text, open + 1, close);
  // natbib's square brackets ("Kogut and Metiu [2001]", abbrvnat) name a work the same way, when the list knows the name.
  if (!round && years[0].start === first && years.length === 1) {
    const run = namesBefore(text, open, boundary, evidence, false);
    if (run && runIsKnown(text, run, evidence)) narrative = { ...run, doubtful: true };
  }
  if (round && years[0].start === first) {
    const titled = years.length === 1 ? yearAfterListedTitle(text, open, close, boundary, years[0], evidence) : undefined;
    if (titled) return titled;
    narrative = namesBefore(text, open, boundary, evidence, true);
    // "Geneva (2019 workshop)", "Philadelphia (2017 levy)": a year with words after it describes a
    // place or an event; only a name from the reference list makes it a citation still.
    if (narrative && wordsFollowYear(text, years[0], close) && !runIsKnown(text, narrative, evidence)) narrative = undefined;
    // No name before the year, or the name of a thing ("pour la revue Jeu (2014)"): the year may date a
    // work of the author named earlier in the sentence.
    const thing = narrative !== undefined && narrative.doubtful === true && !runIsKnown(text, narrative, evidence);
    if ((!narrative || thing) && years.length === 1) {
      // A title after the kind of its work ("la revue Jeu", "the collection Pop Internationalism"): the year is the work's.
      const head = thing && narrative ? wordBefore(text, boundary, narrative.start) : undefined;
      const titled = head !== undefined && WORK_HEADS.has(head.word.toLowerCase());
      const alone = yearAfterNamedAuthor(text, open, close, years[0], evidence, titled);
      if (alone) return alone;
    }
  }

  const works: FoundWork[] = [];
  const state: SegmentState = { current: narrative };
  let segStart = open + 1;
  let y = 0;
  for (let s = open + 1; s <= close; s++) {
    if (s === close || (text.charCodeAt(s) === 0x3b /* ; */ && !isStraySemicolon(text, segStart, s, close))) {
      const segYears: YearToken[] = [];
      while (y < years.length && years[y].start < s) segYears.push(years[y++]);
      if (segYears.length === 0 && s < close) state.carried = capitalsOnly(text, segStart, s, evidence, state.carried);
      else {
        readSegment(text, segStart, s, segYears, state, evidence, works);
        state.carried = undefined;
      }
      segStart = s + 1;
    }
  }
  if (works.length === 0) return undefined;
  const start = narrative ? narrative.start : open;
  const end = close + 1;
  if (narrative && works.length === 1) {
    // One work: the whole citation is its text, names included.
    const w = works[0];
    works[0] = makeWork(text, start, end, w.authors as string[], w.etAl, w.year, w.prefix, w.locator, w.originalYear);
  }
  const lead = narrative ?? undefined;
  // Titles in quotation marks alone may be quotations or names of things: a citation only if a reference opens with them.
  const titlesOnly = !narrative && works.every((w) => QUOTE_START_RE.test(w.text));
  // Authors are not written with a number after a hyphen: "(COVID-19, 2020)", "(GPT-3, 2020)" name things, unless the
  // list has them (an interview's code, "(Person4, 2021, Pos. 28)", is cited as an author is).
  const numbered = works.every((w) => w.authors.some((a) => /\p{L}-\d/u.test(a)));
  const doubtful = narrative?.doubtful === true || titlesOnly || numbered || years.every((y) => y.slip === true);
  return {
    start,
    end,
    text: text.slice(start, end),
    kind: narrative ? 'narrative' : 'parenthetical',
    works,
    leadWords: lead ? lead.leadWords : [],
    ...(doubtful ? { doubtful: true } : {}),
  };
}

/**
 * The names of a narrative citation before the bracket at `open`, white space between; with `gluedEtAl`, also right
 * against it after "et al.", a slip of the keyboard ("Alkhayyat et al.(2022)").
 */
function namesBefore(text: string, open: number, boundary: number, evidence: NameEvidence, gluedEtAl: boolean): NameRun | undefined {
  let hi = open;
  while (hi > boundary && /\s/.test(text[hi - 1])) hi--;
  const glued = gluedEtAl && hi === open && /al\.$/.test(text.slice(Math.max(boundary, open - 3), open));
  return (hi < open || glued) && hi > boundary ? collectNames(text, Math.max(boundary, open - MAX_NAMES_BEFORE), hi, 'narrative', evidence) : undefined;
}

/** "(Charlier et al.; 1999)": a semicolon between "et al." and its year separates nothing. */
function isStraySemicolon(text: string, lo: number, at: number, close: number): boolean {
  const p = skipSpaces(text, at + 1, close);
  if (p >= close || !/\d/.test(text[p])) return false;
  return ET_AL_BEFORE_RE.test(text.slice(Math.max(lo, at - 12), at));
}
const ET_AL_BEFORE_RE = /(?:et\.?\s?al|etal|el\s?at)\.?\s?$/i;

/** How far back the author of a year-only parenthesis may have been named. */
const MAX_NAMED_BEFORE = 800;
const SENTENCE_END_RE = /[.!?]["”’)]?\s{1,8}(?=\p{Lu})/gu;
/** A capitalised name, a capital inside it too ("McElreath", "DeLuca"), and its hyphenated second part. */
const CAPITALISED_RE = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:-\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?)?/gu;

/**
 * "As Kirschenbaum shows, … (2010: 60)": a parenthesis holding only a year and a page cites the
 * author last named in the same or the previous sentence (before a block quotation, too), when the
 * reference list knows the name. A year without a page cites the author named in the same sentence:
 * "Corbeil … poursuivra avec Tu iras la chercher (2014b)", "selon Serge Tisseron, … de la vie
 * intérieure (2001)"; a year alone after a name from the sentence before dates a thing ("the iPhone 7
 * (2016)"), unless its letter ("2014b") makes it a list's year. After the title of a work named by its kind
 * (`afterTitle`: "Saint-Pierre pour la revue Jeu (2014)"), the year is that work's.
 * The citation is the parenthesis; it is kept only when that author has a work of that year.
 */
function yearAfterNamedAuthor(text: string, open: number, close: number, year: YearToken, evidence: NameEvidence, afterTitle = false): FoundCitation | undefined {
  if (evidence.words.size === 0 || year.slip) return undefined;
  // With a page, as a quotation's source is given: "(2010: 60)"; a year alone ("the iPhone 7 (2016)")
  // dates the thing just named.
  const loc = readLocator(text, year.end, close);
  const end = loc ? loc.end : year.end;
  if (skipSpaces(text, end, close) !== close) return undefined;
  // Across a paragraph break too: a block quotation ends with the year of the work it quotes.
  const lo = Math.max(0, open - MAX_NAMED_BEFORE);
  const before = text.slice(lo, open);
  // From the start of the previous sentence.
  let from = 0;
  let last = 0;
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(before); m; m = SENTENCE_END_RE.exec(before)) {
    from = last;
    last = m.index + m[0].length;
  }
  // A year alone: the author must be named in this very sentence, and the year must not stand right
  // after a name or a number, whose date it gives ("the iPhone 7 (2016)", "the Kyoto Protocol (1997)").
  if (!loc && !year.suffix) {
    from = last;
    if (!afterTitle && endsWithNameOrNumber(before)) return undefined;
  }
  let named: { start: number; end: number } | undefined;
  CAPITALISED_RE.lastIndex = from;
  for (let m = CAPITALISED_RE.exec(before); m; m = CAPITALISED_RE.exec(before)) {
    const key = foldKey(m[0]);
    // The last name before the year whose bearer has a work of that year ("Kirschenbaum (2010) … Digital humanities,
    // … (2010: 60)": not "Digital", a word of another entry's name), or, with a page, a name of that year one letter
    // off ("Volviendo a Kirscenbaum, …" for Kirschenbaum: the linker repairs it, saying so).
    const known = evidence.words.has(key);
    const ofYear = known ? !NOT_NAME_WORDS.has(key) && (evidence.years?.get(key)?.has(year.base) ?? true) : loc !== undefined && key.length >= MIN_SLIPPED_NAME && slippedName(key, year.base, evidence);
    if (ofYear) named = { start: lo + m.index, end: lo + m.index + m[0].length };
  }
  if (!named) return undefined;
  const run = collectNames(text, lo, named.end, 'narrative', evidence);
  if (!run || run.end !== named.end) return undefined;
  const authors = run.authors.map((a) => text.slice(a.start, a.end));
  const work = makeWork(text, year.start, end, authors, run.etAl, year.base + year.suffix, undefined, loc?.locator, year.original);
  return { start: open, end: close + 1, text: text.slice(open, close + 1), kind: 'parenthetical', works: [work], leadWords: [], doubtful: true };
}

/** How far before a year-only parenthesis the title it dates may start. */
const MAX_TITLE_BEFORE = 300;
/** Closing quotes and emphasis marks between a title and its year: "„Der Mut zum Sein“ (1953)", "*Beloved* (1987)". */
const TITLE_CLOSE_RE = /[\s"”“’'»«*_]/u;

/**
 * "Der Mut zum Sein (1953) de Paul Tillich", "Hirschkop … em Mikhaïl Bakhtin: an Aesthetic for Democracy (1999)": a
 * parenthesis holding only a year (and a page) right after the whole title of a work of the list, or its main title,
 * cites that work's authors for that year. The title must end where the parenthesis opens and start at a word; several
 * works with that title must share their first author. Kept only when the linker finds the work of that year.
 */
function yearAfterListedTitle(text: string, open: number, close: number, boundary: number, year: YearToken, evidence: NameEvidence): FoundCitation | undefined {
  if (!evidence.titles || evidence.titles.size === 0 || year.slip) return undefined;
  const loc = readLocator(text, year.end, close);
  const end = loc ? loc.end : year.end;
  if (skipSpaces(text, end, close) !== close) return undefined;
  const lo = Math.max(boundary, open - MAX_TITLE_BEFORE);
  const before = text.slice(lo, open);
  let titleEnd = before.length;
  while (titleEnd > 0 && TITLE_CLOSE_RE.test(before.charAt(titleEnd - 1))) titleEnd--;
  const words = foldKey(before.slice(0, titleEnd))
    .split(' ')
    .map(lettersOf)
    .filter(Boolean);
  const listed = words.length > 0 ? evidence.titles.get(words[words.length - 1]) : undefined;
  if (!listed) return undefined;
  let authors: readonly string[] | undefined;
  for (const title of listed) {
    let tail = '';
    for (let k = words.length - 1; k >= 0 && tail.length < title.letters.length; k--) tail = words[k] + tail;
    if (tail !== title.letters) continue;
    if (authors && foldKey(authors[0]) !== foldKey(title.authors[0])) return undefined;
    authors ??= title.authors;
  }
  if (!authors) return undefined;
  const work = makeWork(text, year.start, end, [...authors], false, year.base + year.suffix, undefined, loc?.locator, year.original);
  return { start: open, end: close + 1, text: text.slice(open, close + 1), kind: 'parenthetical', works: [work], leadWords: [], doubtful: true };
}

/** Shortest name that a year-only parenthesis may find one letter off: shorter ones are too alike. */
const MIN_SLIPPED_NAME = 7;

/** Whether `key` is one letter from a name of the list that has a work of `year` (see {@link NameEvidence.years}). */
function slippedName(key: string, year: string, evidence: NameEvidence): boolean {
  for (const name of namesOfYear(evidence).get(year) ?? []) if (editDistance(key, name, 1) === 1) return true;
  return false;
}

/** The names of seven letters or more of each year of the list, built once for an evidence. */
function namesOfYear(evidence: NameEvidence): ReadonlyMap<string, readonly string[]> {
  let byYear = NAMES_OF_YEAR.get(evidence);
  if (byYear) return byYear;
  const built = new Map<string, string[]>();
  for (const [name, years] of evidence.years ?? []) {
    if (name.length < MIN_SLIPPED_NAME) continue;
    for (const y of years) {
      const list = built.get(y);
      if (list) list.push(name);
      else built.set(y, [name]);
    }
  }
  byYear = built;
  NAMES_OF_YEAR.set(evidence, byYear);
  return byYear;
}
const NAMES_OF_YEAR = new WeakMap<NameEvidence, ReadonlyMap<string, readonly string[]>>();

/** True when the last word of `s` (white space after it aside) is capitalised or ends in a digit: "the iPhone 7", "the Kyoto Protocol". */
function endsWithNameOrNumber(s: string): boolean {
  let end = s.length;
  while (end > 0 && /\s/.test(s.charAt(end - 1))) end--;
  if (end === 0) return false;
  if (/\d/.test(s.charAt(end - 1))) return true;
  let start = end;
  while (start > 0 && end - start < 40 && /[\p{L}\p{M}'’-]/u.test(s.charAt(start - 1))) start--;
  return start < end && /\p{Lu}/u.test(s.charAt(start));
}

function readSegment(
  text: string,
  lo: number,
  hi: number,
  years: readonly YearToken[],
  state: SegmentState,
  evidence: NameEvidence,
  works: FoundWork[],
): void {
  let cursor = lo;
  for (const year of years) {
    if (year.start < cursor) continue;
    let workStart: number;
    let prefix: string | undefined;
    const same = state.current ? sameAuthorWord(text, cursor, year.start) : -1;
    if (state.current && isJoinerOnly(text, cursor, year.start)) {
      workStart = year.start; // another year of the same authors: "(Smith 2004, 2006)"
    } else if (same >= 0) {
      workStart = same; // "(Bell & Ommer 2015; dies. 2016)": the same authors, named by a pronoun
    } else {
      const titled = quotedTitleBefore(text, cursor, year.start);
      const run = titled ?? collectNames(text, cursor, year.start, 'parenthetical', evidence);
      if (!run) {
        state.current = undefined;
        continue;
      }
      prefix = cleanPrefix(text.slice(cursor, run.start));
      if (prefix && prefix.split(/\s+/).length > MAX_PREFIX_WORDS && !runIsKnown(text, run, evidence)) {
        state.current = undefined;
        continue;
      }
      state.current = state.carried ? joinRuns(state.carried, run) : run;
      state.carried = undefined;
      workStart = state.current.start;
    }
    const run = state.current;
    if (!run) continue;
    const authors = run.authors.map((a) => text.slice(a.start, a.end));
    let end = year.end;
    const loc = readLocator(text, end, hi);
    if (loc) end = loc.end;
    // "(… Social Decision-Making, 2019 Computational Psychiatry Summer Course)": a year that a name of
    // capitalised words follows (to a comma or the end of the segment) dates an event, not a work.
    if (!loc && NAME_AFTER_YEAR_RE.test(text.slice(year.end, hi))) {
      state.current = undefined;
      cursor = hi;
      continue;
    }
    if (year.suffix.length === 2) {
      // "2018ab": the first letter's work, then the second's on its letter.
      works.push(makeWork(text, workStart, year.end - 1, authors, run.etAl, year.base + year.suffix[0], prefix, undefined, year.original));
      works.push(makeWork(text, year.end - 1, end, authors, run.etAl, year.base + year.suffix[1], undefined, loc?.locator, year.original));
      cursor = end;
      continue;
    }
    const yearText = year.base + year.suffix;
    works.push(makeWork(text, workStart, end, authors, run.etAl, yearText, prefix, loc?.locator, year.original));
    // "(Smith 2004a, b)": further suffixes of the same year.
    let p = end;
    if (year.suffix) {
      for (;;) {
        SUFFIX_ONLY_RE.lastIndex = p;
        const m = SUFFIX_ONLY_RE.exec(text);
        if (!m || p + m[0].length > hi) break;
        const letterStart = p + m[0].length - 1;
        let wEnd = letterStart + 1;
        const more = readLocator(text, wEnd, hi);
        if (more) wEnd = more.end;
        works.push(makeWork(text, letterStart, wEnd, authors, run.etAl, year.base + m[1], undefined, more?.locator));
        p = wEnd;
      }
    }
    cursor = p;
  }
}

/**
 * A title in quotation marks that stands for a work's author, the year after it (APA's citation of a work with
 * no author: `("Study Finds Link," 2010)`, `(„Rahmenlehrplan Mediengestalter_in D&P“, 2015)`): the title is the
 * work's one "author", to be matched against the words that open its entry. Undefined when the words before the
 * year are not one quoted title (after an optional prefix such as "vgl.").
 */
function quotedTitleBefore(text: string, lo: number, hi: number): NameRun | undefined {
  if (hi - lo > 200) return undefined;
  const m = QUOTED_TITLE_RE.exec(text.slice(lo, hi));
  if (!m) return undefined;
  const open = lo + m.index + m[1].length;
  const titleStart = open + 1;
  const titleEnd = titleStart + m[2].length;
  const title = { start: titleStart, end: titleEnd };
  return { start: open, end: titleEnd + 1, authors: [title], etAl: false, leadWords: [title] };
}
const QUOTE_START_RE = /^["“„«‘]/u;
const QUOTED_TITLE_RE = /^(\s*(?:(?:see|siehe|véase|ver|voir)\s|(?:\p{Ll}{1,4}\.\s?){1,2},?\s)?)["“„«‘]([\p{Lu}\d][^"“”„«»‘’()]{1,150}?)[,.]?["”“»’][,.]?\s*$/u;

/** Two capitalised words or more after a year, to a comma or the end of its segment: "2019 Computational Psychiatry Summer Course". */
const NAME_AFTER_YEAR_RE = /^\s{1,3}\p{Lu}[\p{L}'-]+(?:\s{1,3}(?:\p{Lu}[\p{L}'-]+|of|and|for|on|in|de|des|la|le|du|y|e|und|für))*\s{1,3}\p{Lu}[\p{L}'-]+\s*(?:,|$)/u;

/** True when a plain word, neither a locator nor an "and", follows the year in its bracket: "(2019 workshop)". */
function wordsFollowYear(text: string, year: YearToken, close: number): boolean {
  if (readLocator(text, year.end, close)) return false;
  const m = WORD_AFTER_YEAR_RE.exec(text.slice(year.end, Math.min(close, year.end + 40)));
  return m !== null && !CONNECTORS.has(m[1].toLowerCase());
}
const WORD_AFTER_YEAR_RE = /^ {0,3}(\p{Ll}[\p{L}'-]{0,30})/u;

/**
 * A segment that holds only surnames in capitals, as ABNT separates a work's authors with
 * semicolons: "(SILVA; SOUZA, 2012)", or in mixed case as reference managers print ABNT, when the list
 * has every one of them ("(Gökşen; Kocaman; Yıldırım, 2023)"). Joined to the authors carried from before it, if any.
 */
function capitalsOnly(text: string, lo: number, hi: number, evidence: NameEvidence, before: NameRun | undefined): NameRun | undefined {
  const run = collectNames(text, lo, hi, 'parenthetical', evidence);
  if (!run || text.slice(lo, run.start).trim() !== '' || text.slice(run.end, hi).trim() !== '') return undefined;
  if (/\p{Ll}/u.test(text.slice(run.start, run.end)) && !run.authors.every((a) => isKnownAuthor(text, a, evidence))) return undefined;
  return before ? joinRuns(before, run) : run;
}

/** The authors of `before` followed by those of `run`, as one run. */
function joinRuns(before: NameRun, run: NameRun): NameRun {
  return { ...run, start: before.start, authors: [...before.authors, ...run.authors], leadWords: before.leadWords };
}

function runIsKnown(text: string, run: NameRun, evidence: NameEvidence): boolean {
  return run.authors.some((a) => foldKey(text.slice(a.start, a.end)).split(' ').some((w) => evidence.words.has(w)));
}

function makeWork(
  text: string,
  start: number,
  end: number,
  authors: string[],
  etAl: boolean,
  year: string,
  prefix: string | undefined,
  locator: Locator | undefined,
  originalYear?: string,
): FoundWork {
  // Every work has the same fields in the same order, absent ones undefined: one object shape
  // keeps the linker's reads of them fast.
  return { start, end, text: text.slice(start, end), authors, etAl, year, originalYear: originalYear || undefined, prefix: prefix || undefined, locator };
}
