/**
 * Finding the reference list in an essay and splitting it into entries.
 *
 * The text is cut into lines once (any of "\n", "\r\n", "\r"); each line is looked at a bounded number
 * of times, and only its first few hundred characters are read, so the whole pass is linear in the
 * text's length.
 */
import type { Span } from '../model';
import { foldKey, trimEndChars } from '../text';
import { EDITION_WORD_START_RE, INSTITUTION_WORD_SET, STRONG_PARTICLE_WORDS, WEAK_PARTICLE_WORDS } from '../lexicon';
import { readNames, type NameList } from './names';
import { cleanText } from './parse';
import { readNoDate, UNDATED_ANYWHERE } from './dates';
import { findFurniture, isRunningHead } from './pageFurniture';
import { readLayout, startsEntryByLayout } from './list/layout';
import { splitLines, type LineTable } from './list/lines';

export { isSpaceCode, LineTable, splitLines, type Line } from './list/lines';

/** Headings of reference lists, folded (see foldKey), in the languages essays are written in. */
const HEADINGS: ReadonlySet<string> = new Set([
  'references', 'reference', 'reference list', 'list of references', 'references cited', 'cited references',
  'bibliography', 'select bibliography', 'selected bibliography', 'bibliographies', 'works cited', 'work cited',
  'works consulted', 'cited works', 'sources', 'sources cited', 'sources consulted', 'literature', 'literature cited',
  'cited literature', 'bibliographic references', 'notes and references', 'references and notes', 'bibliography and references',
  'referencias', 'referencias bibliograficas', 'referencias citadas', 'referencia bibliografica', 'bibliografia',
  'bibliografia consultada', 'bibliografia citada', 'literatura citada', 'literatura', 'obras citadas', 'obras consultadas',
  'fontes', 'fuentes', 'fontes e referencias', 'fuentes y bibliografia', 'fontes e bibliografia', 'literatur',
  'literaturverzeichnis', 'literaturangaben', 'literaturliste', 'quellen', 'quellenverzeichnis', 'quellen und literatur',
  'literatur und quellen', 'verwendete literatur', 'bibliographie', 'references bibliographiques', 'ouvrages cites',
  'riferimenti bibliografici', 'riferimenti', 'literatuur', 'literatuurlijst', 'bronnen', 'referenser', 'litteratur',
  'referencies', 'referencies bibliografiques', 'bibliografia basica', 'kaynakca', 'kaynaklar', 'bibliografie', 'irodalom', 'piśmiennictwo', 'literatura cytowana',
  'sources and references', 'references and sources', 'bibliography and sources', 'sources and bibliography', 'bibliographie selective',
  'references and further reading', 'bibliography and further reading', 'sources and further reading',
  'bibliographie sommaire', 'litterature citee', 'sources et bibliographie', 'bibliografia citata', 'opere citate', 'bibliografia essenziale',
  'fonti', 'fonti e bibliografia', 'zitierte literatur', 'quellen- und literaturverzeichnis', 'literatur- und quellenverzeichnis',
  'referenties', 'kallor', 'kallor och litteratur',
  'quellenangaben', 'literatur- und quellenangaben', 'verzeichnis der verwendeten literatur', 'verzeichnis der verwendeten quellen',
]);

/** Words of which any reference-list heading has one ("Fonti bibliografiche", "Bibliography / References"), folded. */
const HEADING_CORE_WORDS: ReadonlySet<string> = new Set([
  'references', 'reference', 'bibliography', 'bibliographies', 'bibliographie', 'bibliografia', 'bibliografie', 'literature',
  'literatur', 'literatura', 'literatuur', 'litteratur', 'sources', 'fontes', 'fuentes', 'fonti', 'quellen', 'referencias',
  'referencies', 'riferimenti', 'referenze', 'referenties', 'referenser', 'schrifttum', 'literaturhinweise', 'literaturverzeichnis',
  'quellenverzeichnis', 'kaynakca', 'kaynaklar', 'bronnen', 'irodalom', 'piśmiennictwo', 'literaturnachweise',
  'literaturnachweis', 'quellennachweise', 'quellennachweis', 'literaturangaben', 'quellenangaben',
]);

/** Words that may stand beside those in a heading: "cited", "consulted", "selected", "and", "of", "works", folded. */
const HEADING_OTHER_WORDS: ReadonlySet<string> = new Set([
  'cited', 'consulted', 'selected', 'select', 'further', 'reading', 'list', 'of', 'and', 'und', 'e', 'y', 'et', 'en', 'i', 'og',
  'works', 'work', 'bibliographic', 'bibliographical', 'bibliograficas', 'bibliograficos', 'bibliographiques',
  'bibliografiche', 'bibliograficzne', 'di', 'de', 'del', 'la', 'riferimento', 'citadas', 'consultadas', 'citada', 'consultada',
  'citados', 'consultados', 'citees', 'consultees', 'citata', 'citate', 'zitierte', 'verwendete', 'der', 'obras',
  'quoted', 'utilizadas', 'referenced', 'weiterfuhrende',
]);

/**
 * True for a heading made only of the words of reference-list headings, with one of the core words at least:
 * "Bibliographical references", "Fuentes consultadas", "Bibliography / References", "Works Cited and Consulted".
 */
function isHeadingOfWords(key: string): boolean {
  const words = key.split(' ').filter((w) => w !== '' && w !== '-');
  if (words.length === 0 || words.length > 6) return false;
  const core = words.some((w) => HEADING_CORE_WORDS.has(w)) || (words.includes('cited') && (words.includes('works') || words.includes('work')));
  return core && words.every((w) => HEADING_CORE_WORDS.has(w) || HEADING_OTHER_WORDS.has(w));
}

/**
 * True when the line's content is a reference-list heading: "References", "7. References",
 * "## Bibliography", "**Works Cited:**", "REFERÊNCIAS BIBLIOGRÁFICAS", "R E F E R E N C E S".
 */
export function isReferenceHeading(content: string): boolean {
  if (content.length > 80) return false;
  const stripped = content
    .replace(/^#{1,6}\s*/, '')
    .replace(/^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVXLC]{1,6}\.|[A-Z][.)])\s+/, '')
    .replace(/[*_]+/g, '')
    .trim();
  // Letters spaced out one by one ("R E F E R E N C E S") are the word.
  const bare = trimEndChars(stripped, ':. ').replace(/^(?:\p{Lu} ){3,}\p{Lu}$/u, (m) => m.replace(/ /g, ''));
  const key = foldKey(bare);
  return HEADINGS.has(key) || (isHeadingOfWords(key) && !LIST_AFTER.test(bare) && !endsList(bare));
}

/** Text after a list that is not part of it: comment prompts, sharing, bios, notes, appendices, footers. */
const END_MARKER =
  /^(?:leave a (?:comment|reply)|share this|share on|about the authors?|notes|endnotes|footnotes|appendix|appendices|annex|anexos?|ap[eê]ndices?|copyright|©|\(c\) \d|all rights reserved|posted (?:in|by|on)|tags?:|related (?:posts|articles)|comments?\b|\d+ comments?|seja o primeiro|deixe (?:um|o seu) coment|coment[aá]rios|acknowledg|agradecimentos|agradecimientos|danksagung|anhang|anmerkungen|notas\b|annexe|table of contents|print this|subscribe|newsletter|follow us|you may also like|read more|cite this|how to cite|biografia|bio:|about me)/i;

/** Names inverted with a comma, a full stop and more text: the opening of an entry. */
const ENTRY_OPENING_RE = /^\p{Lu}[^.,]{1,40}, [^.]{1,60}\. \p{L}/u;

/** A journal's end matter and the heading of another list after the reference list: "Further reading", "Editorial responsibility: …". */
const LIST_AFTER = /^(?:editorial responsibility|corresponding author|handling editor|academic editor|further reading|recommended reading|suggested reading|additional reading|additional resources|see also\b|weiterf[uü]hrende literatur|lecturas? recomendadas?|leituras? recomendadas?|pour aller plus loin)/i;

/** A publication history: "Received: 3 March 2022", "Submitted March 2, 2022; Accepted …". */
const HISTORY = /^(?:received|submitted|accepted|revised)(?: for publication)?:? (?:on )?(?:\d{1,2}(?:st|nd|rd|th)? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** A Markdown footnote's definition, "[^1]: O tutorial pode ser acessado em: …": the notes after a list, never an entry. */
const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]{1,20}\]:/;

/** True for text that ends a list: comment prompts, sharing, bios, notes, appendices, footers, another list, a publication history, footnotes. */
function endsList(content: string): boolean {
  return END_MARKER.test(content) || LIST_AFTER.test(content) || HISTORY.test(content) || FOOTNOTE_DEFINITION.test(content);
}

/** True for a line that ends a list (see {@link endsList}) behind a list marker or Markdown emphasis: "**Notes**", "- Appendix". */
function lineEndsList(content: string): boolean {
  return endsList(content.slice(listMarkerLength(content)).replace(/^[#*_\s]+/, ''));
}

/** A line that only separates: "---", "***", "* * *", "___", "===", "⁂". */
function isSeparator(content: string): boolean {
  return /^[-_*=~\u2013\u2014\u2022\u00b7\u2042#\s]{3,80}$/.test(content) && !/^[-\u2013\u2014_]{2,}\s?[.,:]/.test(content);
}

/** A leading list marker's length: "- ", "* ", "• ", "1. ", "1) ", "[1] ", "(1) "; 0 when none. */
export function listMarkerLength(content: string): number {
  const m = /^(?:[-*+\u2022\u2023\u25e6\u2043\u2219]|\d{1,3}[.)]|\[\d{1,4}\]|\(\d{1,3}\))[ \t\u00a0]{1,8}(?=\S)/.exec(content.slice(0, 20));
  // An edition's number at the start of a wrapped line is no marker: "1. ed. São Paulo: Cultura Cristã, 2012.",
  // "2. Aufl. Berlin".
  if (m && EDITION_WORD_START_RE.test(content.slice(m[0].length, m[0].length + 12))) return 0;
  return m ? m[0].length : 0;
}

/** How much a piece of text looks like the start of a reference entry. */
export interface EntryShape {
  readonly names?: NameList;
  /** Names are followed right away by a year, "n.d." or "in press". */
  readonly yearAfterNames: boolean;
  /** A year (or n.d.) appears somewhere in the first 2,000 characters. */
  readonly hasYear: boolean;
  readonly hasLink: boolean;
  /**
   * The names are an organisation or a lone word followed by a colon: "London: Routledge." is the
   * place and publisher of a wrapped entry, not an author.
   */
  readonly placeColon?: boolean;
}

const YEAR_ANYWHERE = /(?:^|[^\d])(?:1[5-9]\d\d|20\d\d)[a-z]?(?![\d])/;

/** Reads the start of an entry candidate (its text is cleaned first). */
export function entryShape(raw: string): EntryShape {
  const text = cleanText(raw.length > 2000 ? raw.slice(0, 2000) : raw);
  const names = readNames(text);
  let yearAfterNames = false;
  if (names) {
    let i = names.end;
    while (i < text.length && i < names.end + 6 && /[\s.,:;]/.test(text[i])) i++;
    const rest = text.slice(i, i + 40);
    yearAfterNames =
      /^\(?(?:[\p{L}]{3,9}\.?\s)?(?:1[5-9]\d\d|20\d\d)[a-z]?(?![\d])/u.test(rest) || readNoDate(rest.replace(/^\(/, '')) !== undefined;
  }
  const hasYear = YEAR_ANYWHERE.test(text) || UNDATED_ANYWHERE.test(text);
  const hasLink = /https?:\/\/|www\.|\bdoi:?\s?10\.|\b10\.\d{4,9}\//i.test(text);
  if (!names) return { yearAfterNames, hasYear, hasLink };
  // "Cambridge, MA: MIT Press." reads like a surname and initials, but the colon and the state make it a place.
  const placeColon = !yearAfterNames && ((!names.person && /^\s?:/.test(text.slice(names.end, names.end + 2))) || /^\p{Lu}[\p{L}.' -]{1,40}, \p{Lu}{2}\s?:/u.test(text.slice(0, 50)));
  return { names, yearAfterNames, hasYear, hasLink, placeColon };
}

/** Whether a line opens with a rule standing for the authors of the entry above, then its year: "– (2022b).", "———. 2014.". */
function sameAuthorsAndYear(content: string): boolean {
  if (!/^[-\u2010-\u2015_]/.test(content)) return false;
  const shape = entryShape(content);
  return shape.names?.sameAsPrevious === true && shape.yearAfterNames;
}

/** A group of lines that may be one entry. */
interface Unit {
  readonly first: number;
  last: number;
  /** Offset of the entry's first character (after any list marker). */
  readonly start: number;
  end: number;
}

type Verdict = 'reference' | 'odd-entry' | 'heading' | 'stop' | 'other';

/** The list of one part of a document: its heading, the span of its entries, and the entries. */
export interface PartList {
  heading: Span;
  span: Span;
  entries: Span[];
}

/** Where the list is and what its entries are, as {@link findReferenceList} returns it. */
export interface FoundList {
  heading?: Span;
  span: Span;
  entries: Span[];
  /** The lists of a document's earlier parts or chapters, each under a heading of its own, in text order. */
  earlier?: PartList[];
  /** True when no heading was found and the list was recognised by its entries. */
  inferred?: boolean;
}

/**
 * Locates the reference list and splits it into entries; undefined when the text has none.
 *
 * With a heading (the last one followed by at least one reference-like entry), the entries are the
 * paragraphs or lines after it, wrapped lines joined, up to the first thing that is not a reference
 * (a separator, an author bio, a comment prompt, a footer). Without a heading, the trailing block of
 * at least three reference-like paragraphs is taken. Entry spans exclude list markers and surrounding
 * white space. Never throws; linear in the text's length.
 */
export function findReferenceList(text: string): FoundList | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  const lines = splitLines(text);
  // Lines a PDF printed on every page (a running citation of the article at each page's foot): they
  // neither start nor end an entry, wherever they fall.
  const furniture = findFurniture(text).lines;
  const headings: number[] = [];
  for (let k = 0; k < lines.count; k++) {
    const length = lines.contentLength(k);
    if (length > 0 && length <= 80) {
      const l = lines.get(k);
      if (isReferenceHeading(text.slice(l.textStart, l.textEnd)) && !continuesLine(text, lines, k)) headings.push(k);
    }
  }
  const headingText = (h: number): string => {
    const l = lines.get(headings[h]);
    return text.slice(l.textStart, l.textEnd);
  };
  // The last heading that has entries after it wins ("References" in a table of contents has none).
  for (let h = headings.length - 1, tries = 0; h >= 0 && tries < 6; h--, tries++) {
    const k = headings[h];
    const end = h + 1 < headings.length ? headings[h + 1] : lines.count;
    const last = entriesAfter(text, lines, k + 1, end, furniture);
    if (last.length > 0) {
      const pages: Span[][] = [last];
      // The heading repeated at the top of each page of the list (a PDF's running head "REFERENCES"), or the
      // list in parts under headings of their own ("Sources", then "Bibliography"): the parts before belong to
      // the same list when their entries run right up to the next heading.
      let first = h;
      while (first > 0) {
        const before = entriesAfter(text, lines, headings[first - 1] + 1, headings[first], furniture);
        // Another heading ("Fontes" before "Referências") needs two entries at least: one line under a heading in a
        // table of contents is no part of a list.
        const least = headingText(first - 1) === headingText(first) ? 1 : 2;
        if (before.length < least || !onlyFurnitureBetween(text, before[before.length - 1].end, lines.get(headings[first]).start)) break;
        pages.push(before);
        first--;
      }
      const entries = pages.reverse().flat();
      const l = lines.get(headings[first]);
      const earlier = earlierLists(text, lines, headings.slice(0, first), headings[first], furniture);
      return {
        heading: { start: l.textStart, end: l.textEnd },
        span: { start: entries[0].start, end: entries[entries.length - 1].end },
        entries,
        ...(earlier.length > 0 ? { earlier } : {}),
      };
    }
  }
  const trailing = trailingBlock(text, lines, furniture);
  if (!trailing) return undefined;
  return { span: { start: trailing[0].start, end: trailing[trailing.length - 1].end }, entries: trailing, inferred: true };
}

/** Most lists a document may have before its last one (one after each part or chapter). */
const MAX_EARLIER_LISTS = 40;

/**
 * The lists before a document's last one, each under a heading of its own with text between them (a list after each
 * part or chapter, "REFERENCES" after Part 1 and again after Part 2): three entries at least, so that a heading in a
 * table of contents or a "Sources" line over one entry is no list.
 */
function earlierLists(text: string, lines: LineTable, headings: readonly number[], next: number, furniture: ReadonlySet<string>): PartList[] {
  const out: PartList[] = [];
  for (let h = Math.max(0, headings.length - MAX_EARLIER_LISTS); h < headings.length; h++) {
    const entries = entriesAfter(text, lines, headings[h] + 1, h + 1 < headings.length ? headings[h + 1] : next, furniture);
    if (entries.length < 3) continue;
    const l = lines.get(headings[h]);
    out.push({ heading: { start: l.textStart, end: l.textEnd }, span: { start: entries[0].start, end: entries[entries.length - 1].end }, entries });
  }
  return out;
}

/**
 * True when line `k` goes on from the line right above it, which stops in mid-phrase ("São Paulo: Martins⏎Fontes."):
 * the end of a wrapped entry, never a heading, whatever its words. The line ends as a sentence does, or the line
 * above is an entry's (it has a year): a heading under a line of prose cut short ("Conflict of interest: none") stays one.
 */
function continuesLine(text: string, lines: LineTable, k: number): boolean {
  if (k === 0 || lines.isBlank(k - 1)) return false;
  const above = lineTail(text, lines, k - 1).trimEnd();
  if (!/[\p{Ll},;:&]$/u.test(above) || endsEntry(above)) return false;
  const own = lines.get(k);
  return /\.$/.test(text.slice(own.textStart, own.textEnd).trimEnd()) || YEAR_ANYWHERE.test(above);
}

/** True when the text between two offsets holds only blank lines, page numbers and running heads (at most 2,000 characters). */
function onlyFurnitureBetween(text: string, from: number, to: number): boolean {
  if (to - from > 2000) return false;
  return text
    .slice(from, to)
    .split(/\r\n|\r|\n/)
    .every((line) => line.trim() === '' || isRunningHead(line.trim()));
}

/** The list marker of a first note: "[1] ", "1. ", "(1) ". */
const FIRST_NOTE_MARKER = /^(?:\[1\]|1[.)]|\(1\))\s/;

/**
 * The entries from line `from` on (up to line `to`). The list runs until a heading that has no entries
 * after it, the end of the text, or text that is plainly not entries (a separator, the furniture after
 * a list, running prose, an author's bio). An entry without authors or a year, a title-first entry, a
 * bare address, a short entry keep it going; a sub-heading followed by entries ("Primary sources",
 * "Books") is skipped.
 */
function entriesAfter(text: string, lines: LineTable, from: number, to: number, furniture: ReadonlySet<string>): Span[] {
  const entries: Span[] = [];
  const units = groupUnits(text, lines, from, to, furniture);
  const verdicts = units.map((u) => judge(text, lines, u));
  const entryAhead = (i: number): boolean => {
    // A sub-heading may stand above another ("Primary sources" then "Archives"): look two units on.
    // An undated entry may come first ("Richter (Eds.), Topics in Case-Based Reasoning … pp. 167-181."):
    // look on past it, but never past running prose or the end of the list.
    for (let j = i + 1; j < Math.min(units.length, i + 4); j++) {
      if (verdicts[j] === 'reference' || verdicts[j] === 'odd-entry') return true;
      if (verdicts[j] === 'stop') return false;
      if (verdicts[j] === 'other') {
        if (datedEntry(text, units[j])) return true;
        if (notEntry(text, units[j])) return false;
      }
    }
    return false;
  };
  const opensWithPerson = (u: Unit): boolean => entryShape(text.slice(u.start, Math.min(u.end, u.start + 2000))).names?.person === true;
  let markedEntries = 0;
  for (let i = 0; i < units.length; i++) {
    const v = verdicts[i];
    if (v === 'stop') break;
    const u = units[i];
    const marker = text.slice(lines.get(u.first).textStart, u.start);
    // Notes numbered from 1 after entries that carry no numbers: the notes, not the list, go on.
    if (entries.length >= 3 && markedEntries === 0 && FIRST_NOTE_MARKER.test(marker)) break;
    if (marker !== '') markedEntries++;
    if (v === 'heading') {
      if (entryAhead(i)) continue;
      break;
    }
    if (v === 'reference' || v === 'odd-entry') {
      entries.push({ start: u.start, end: u.end });
      continue;
    }
    // v === 'other': a title-first entry, an entry without names, or the text after the list.
    if (notEntry(text, u)) {
      // A long entry that reads like prose (a manuscript described at length) between entries: it opens with a
      // person's names, as they do.
      if (entries.length > 0 && opensWithPerson(u) && (entryAhead(i) || (i + 1 < units.length && opensWithPerson(units[i + 1]) && entryAhead(i + 1)))) {
        entries.push({ start: u.start, end: u.end });
        continue;
      }
      // The rest of an entry whose names stand alone above it (a page break or a stray paragraph mark between):
      // dated, short, with entries after it, after an entry with no year of its own.
      const prev = entries[entries.length - 1];
      if (prev && u.end - u.start < 600 && entryShape(text.slice(u.start, u.end)).hasYear && !entryShape(text.slice(prev.start, prev.end)).hasYear && entryAhead(i)) {
        entries[entries.length - 1] = { start: prev.start, end: u.end };
        continue;
      }
      break;
    }
    if (entries.length === 0) {
      // Before the first entry: an introductory line ("Works cited in this essay:") has no year and
      // no address; the first entry, even when its names cannot be read, has one.
      const shape = entryShape(text.slice(u.start, Math.min(u.end, u.start + 2000)));
      if (!shape.hasYear && !shape.hasLink) {
        if (entryAhead(i)) continue;
        break;
      }
    }
    entries.push({ start: u.start, end: u.end });
  }
  return entries;
}

/** Without a heading: the last block of reference-like paragraphs, after skipping a few trailing non-entries. */
function trailingBlock(text: string, lines: LineTable, furniture: ReadonlySet<string>): Span[] | undefined {
  // Only the tail of the text is grouped: a list without a heading is at the end.
  let from = lines.count;
  let chars = 0;
  let nonBlank = 0;
  while (from > 0 && nonBlank < 20_000 && chars < 4_000_000) {
    from--;
    if (!lines.isBlank(from)) nonBlank++;
    chars += lines.length(from) + 1;
  }
  const first = lastBlock(text, lines, from, furniture) ?? fromLastParagraphs(text, lines, from, furniture);
  if (!first) return undefined;
  // The block's own lines are grouped again, from the start of the paragraph it starts in: the prose
  // before a list says nothing of how the list is set (its long lines hide the width a PDF's list was
  // wrapped at), and entries split wrongly by that layout may have ended the block too early.
  let para = first.units[first.picked[0]].first;
  while (para > from && !lines.isBlank(para - 1)) para--;
  const again = lastBlock(text, lines, para, furniture);
  const best = again && again.picked.length >= first.picked.length * 0.8 ? again : first;
  return best.picked.map((k) => ({ start: best.units[k].start, end: best.units[k].end }));
}

/** Paragraphs of several lines at the end of the text tried as the start of a list without a heading. */
const LAST_PARAGRAPHS = 6;

/**
 * The last block of entries read from the start of one of the last paragraphs of several lines: read
 * with the prose before it, a list set one entry a line looks like one more paragraph (the layout of
 * the prose is not the list's). Bounded: the last few paragraphs, within the last 200,000 characters.
 */
function fromLastParagraphs(text: string, lines: LineTable, from: number, furniture: ReadonlySet<string>): { units: Unit[]; picked: number[] } | undefined {
  let tried = 0;
  let k = lines.count - 1;
  while (k > from && tried < LAST_PARAGRAPHS && text.length - lines.get(k).start < 200_000) {
    while (k > from && lines.isBlank(k)) k--;
    let start = k;
    while (start > from && !lines.isBlank(start - 1)) start--;
    if (k - start >= 2) {
      tried++;
      const block = lastBlock(text, lines, start, furniture);
      if (block) return block;
    }
    k = start - 1;
  }
  return undefined;
}

/** The units of lines `from`..the end, and which of them (in order) make the last block of entries; undefined when none does. */
function lastBlock(text: string, lines: LineTable, from: number, furniture: ReadonlySet<string>): { units: Unit[]; picked: number[] } | undefined {
  const units = groupUnits(text, lines, from, lines.count, furniture);
  const verdicts = units.map((u) => judge(text, lines, u));
  let i = units.length - 1;
  let skipped = 0;
  while (i >= 0 && verdicts[i] !== 'reference' && skipped < 10) {
    i--;
    skipped++;
  }
  const near = i >= 0 && verdicts[i] === 'reference' ? blockEndingAt(text, units, verdicts, i) : undefined;
  if (near) return { units, picked: near };
  // More text after the list (notes, an appendix, an author's bio): the list is the last run of entries
  // long enough not to be a few dated paragraphs of prose.
  const run = lastRunEnd(verdicts, LONG_RUN);
  const far = run >= 0 ? blockEndingAt(text, units, verdicts, run) : undefined;
  return far ? { units, picked: far } : undefined;
}

/** The units of the block of entries that ends with unit `i`, in order; undefined when they are too few or too weak to be a list. */
function blockEndingAt(text: string, units: readonly Unit[], verdicts: readonly Verdict[], i: number): number[] | undefined {
  const picked: number[] = [];
  let strong = 0;
  while (i >= 0) {
    const v = verdicts[i];
    if (v === 'reference') {
      picked.push(i);
      if (isStrong(text, units[i])) strong++;
      i--;
      continue;
    }
    // An entry earlier in the block: the unit at `i` is between entries.
    const between = (i > 0 && verdicts[i - 1] === 'reference') || (i > 1 && verdicts[i - 2] === 'reference' && verdicts[i - 1] !== 'stop');
    if (v === 'odd-entry' && between) {
      picked.push(i);
      i--;
      continue;
    }
    // A sub-heading between groups of entries ("Books", "Web sites").
    if (v === 'heading' && picked.length > 0 && i > 0 && (verdicts[i - 1] === 'reference' || verdicts[i - 1] === 'odd-entry' || (verdicts[i - 1] === 'other' && datedEntry(text, units[i - 1]))) && !notEntry(text, units[i - 1])) {
      i--;
      continue;
    }
    // A title-first entry between two entries: short, dated, not prose.
    if (v === 'other' && between && !notEntry(text, units[i]) && units[i].end - units[i].start < 600) {
      const body = text.slice(units[i].start, units[i].end);
      const shape = entryShape(body);
      // Undated, it must still read as an entry does: short, ending as entries end, not mostly lower-case words.
      if (shape.hasYear || shape.hasLink || (body.length < 400 && endsEntry(body) && lowerShare(body) < 0.67)) {
        picked.push(i);
        i--;
        continue;
      }
    }
    break;
  }
  // Half of them with a person's names and a year at least; a third in a longer block (organisations, ABNT's titles first).
  if (picked.length < 3 || (strong * 2 < picked.length && (picked.length < 6 || strong * 3 < picked.length))) return undefined;
  return picked.reverse();
}

/** Entries in a row that make a list without a heading even with text after them. */
const LONG_RUN = 5;

/** The index of the last unit of the last run of at least `run` units judged entries in a row; -1 when there is none. */
function lastRunEnd(verdicts: readonly Verdict[], run: number): number {
  let count = 0;
  for (let i = verdicts.length - 1; i >= 0; i--) {
    count = verdicts[i] === 'reference' ? count + 1 : 0;
    if (count >= run) {
      let end = i;
      while (end + 1 < verdicts.length && verdicts[end + 1] === 'reference') end++;
      return end;
    }
  }
  return -1;
}

/** An entry whose names could not be read: not prose, with a year or an address ("Hansard, House of Commons Debates, vol. 421 (1946)."). */
function datedEntry(text: string, u: Unit): boolean {
  if (u.end - u.start > 1500 || notEntry(text, u)) return false;
  const shape = entryShape(text.slice(u.start, u.end));
  return shape.hasYear || shape.hasLink;
}

/** Names and a year: the mark of an entry when a list has no heading to say where it is. */
function isStrong(text: string, u: Unit): boolean {
  const shape = entryShape(text.slice(u.start, Math.min(u.end, u.start + 600)));
  return shape.names !== undefined && (shape.yearAfterNames || (shape.hasYear && shape.names.person));
}

/** "Maria Lopes is a researcher at …", "She teaches …", "Marisa Eberle, M.A., hat …": the note on an author after a list. */
const BIO_RE =
  /^(?:(?:\p{Lu}[\p{L}.'\u2019-]*,?\s){1,5}|(?:she|he|they|sie|er|elle|il|ela|ele|ella|él)\s)(?:is|was|has been|holds|teaches|works|worked|received|lives|writes|studied|currently|ist|war|hat|arbeitet|studierte|lehrt|leitet|promovierte|forscht|est|a été|travaille|enseigne|es|fue|trabaja|enseña|é|foi|trabalha|leciona)\s/iu;

/**
 * True for text that is plainly not an entry: running prose (long, several sentences, mostly
 * lower-case words), or an author's bio. Reads the unit's first 2,000 characters.
 */
function notEntry(text: string, u: Unit): boolean {
  const body = text.slice(u.start, Math.min(u.end, u.start + 2000));
  const shape = entryShape(body);
  if (shape.names?.person && shape.yearAfterNames) return false;
  if (BIO_RE.test(body) && !shape.yearAfterNames) return true;
  return isProse(body) || proseLike(body);
}

/** Mostly lower-case words in sentences, without the year near the start that entries have: "The results confirm earlier findings (Brooks, 2005): …". */
function proseLike(body: string): boolean {
  if (body.split(/\s+/, 25).length < 25 || lowerShare(body) < 0.6) return false;
  if (!/\p{Ll}{2}[.!?]["\u201d\u2019)]?\s+\p{Lu}\p{Ll}/u.test(body)) return false;
  return !/^.{0,60}(?:1[5-9]\d\d|20\d\d)/su.test(body);
}

/** Classifies a unit: a reference, an entry without a year, a sub-heading, the end of the list, or other text. */
function judge(text: string, lines: LineTable, u: Unit): Verdict {
  const first = lines.get(u.first);
  const content = text.slice(first.textStart, Math.min(first.textEnd, first.textStart + 300));
  if (isSeparator(content) && u.first === u.last) return 'stop';
  if (lineEndsList(content)) return 'stop';
  const body = text.slice(u.start, Math.min(u.end, u.start + 2000));
  const shape = entryShape(body);
  if (shape.names?.sameAsPrevious) return 'reference';
  // An author's bio after the list ends it, however it opens with names.
  if (BIO_RE.test(body) && !shape.hasYear && shape.names?.person === true) return 'stop';
  // A student's or a web page's list may hold a bare address as an entry.
  if (BARE_LINK_RE.test(body.trim())) return 'odd-entry';
  if (isProse(body) && !(shape.names?.person && shape.yearAfterNames)) return 'other';
  if (shape.names && (shape.yearAfterNames || ((shape.hasYear || shape.hasLink) && (shape.names.person || u.end - u.start < 1500)))) {
    return 'reference';
  }
  const length = u.end - u.start;
  const oneLine = u.first === u.last;
  // A short line with a date written in numbers ("El Cronista, 24/5/17") is an entry, however bare: headings carry no dates.
  if (oneLine && length <= 80 && !/[.!?]$/.test(content) && !shape.hasYear) return NUMERIC_DATE_RE.test(content) ? 'odd-entry' : 'heading';
  if (shape.names && shape.names.person && length < 1500) return 'odd-entry';
  return 'other';
}

/** A day, a month and a year in numbers: "24/5/17", "18/10/2018", "3.9.2017". */
const NUMERIC_DATE_RE = /(?:^|[\s,(])[0-3]?\d([/.])[01]?\d\1(?:\d{2}|\d{4})(?![\d/]|\.\d)/;

const BARE_LINK_RE = /^(?:https?:\/\/|www\.)[^\s]{4,500}$/;

/**
 * A paragraph of running prose: long, with several sentences that end after a word (not an initial)
 * and start with a capitalised word, and mostly lower-case words. An entry's initials ("M. Britschgi,
 * C. Herbert") and its title-case titles are not sentences.
 */
function isProse(body: string): boolean {
  if (body.length < 350) return false;
  let sentences = 0;
  const re = /\p{Ll}{2}[.!?]["\u201d\u2019)]?\s\p{Lu}\p{Ll}/gu;
  for (let m = re.exec(body); m !== null && sentences < 3; m = re.exec(body)) sentences++;
  return sentences >= 3 && lowerShare(body) >= 0.5;
}

/** The share of words (in the first 1,200 characters) that start with a lower-case letter. */
function lowerShare(body: string): number {
  const words = body.slice(0, 1200).split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return 0;
  let lower = 0;
  for (const w of words) if (/^\p{Ll}/u.test(w)) lower++;
  return lower / words.length;
}

/** True when a line's content ends the way an entry ends: a full stop, a bracket, a quote, a digit, a link. */
function endsEntry(content: string): boolean {
  // A count of pages ends an entry: "368 pp.", "250 S.".
  if (/\d\s?(?:pp|S|p)\.$/.test(content.slice(-8))) return true;
  // An initial or an abbreviation that always has more after it: "in D.", "pp.", "Vol.", "eds.".
  if (/(?:^|[\s.(])(?:\p{Lu}|[Pp]p|[Vv]ols?|[Nn]os?|[Ee]ds|[Tt]rans|[Tt]ransl|[Hh]rsg|[Hh]g|[Nn]r|[Cc]f|vs|al|[Cc]omp|[Rr]epr|[Ss]er|[Ss]uppl)\.$/u.test(content.slice(-12))) return false;
  const last = content.charAt(content.length - 1);
  if (/[.!?)\]"\u201d\u2019'\u00bb\d]/.test(last)) return true;
  const tail = content.slice(-80);
  const space = tail.lastIndexOf(' ');
  // A link, or the rest of one broken after its "https:" ("//elifesciences.org/labs/5ed408f4/neuromatch-…") or
  // at a space a PDF put in it ("https://rmarkdown. rstudio.com", "https://CRAN. R-project.org/package=psych").
  const word = tail.slice(space + 1);
  return /^(?:https?:\/\/|www\.|doi:|\/\/[\w-]+(?:\.[\w-]+)+\/)/i.test(word) || DOMAIN_END_RE.test(word) || (word.includes('=') && ADDRESS_CHARS_RE.test(word));
}

/** The end of an address: a domain ending in a common top-level name ("rstudio.com", "R-project.org/"). */
const DOMAIN_END_RE = /^(?:[\w-]+\.)+(?:com|org|net|edu|gov|int|info|io)(?:\/[\w.~%/-]*)?$/i;

/** Only the characters of an address's path and query ("R-project.org/package=psych"). */
const ADDRESS_CHARS_RE = /^[\w.~%/?&=-]+$/;

/** Words without punctuation, one space, a page number of two to four digits: "Urban Infrastructure 171". */
const PAGE_AFTER_TITLE_RE = /^\p{Lu}[\p{L}' -]{2,70} \d{2,4}$/u;

/** The last 120 characters of line `k`: enough to tell how it ends. */
function lineTail(text: string, lines: LineTable, k: number): string {
  const l = lines.get(k);
  return text.slice(Math.max(l.textStart, l.textEnd - 120), l.textEnd);
}

/** Whether line `k` is one word (an address too long to break), its indent aside. */
function oneWordLine(text: string, lines: LineTable, k: number): boolean {
  const l = lines.get(k);
  return l.textEnd - l.textStart <= 2000 && !/\s/.test(text.slice(l.textStart, l.textEnd).trim());
}

/** A month before a year ("March 2010 (20km resolution)."): a date going on, not names. */
const MONTH_START = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|févr|avr|mai|juin|juil|août|ene|abr|ago|dic|fev|out|dez|mär|okt)\p{L}{0,10}\.?,?\s/iu;

/** A line holding only a publisher and a year ("Oxford UP, 2013.", "Polity, 2019"): the end of a wrapped entry, never an entry. */
const PUBLISHER_AND_YEAR = /^(?:\p{Lu}\.\s?){0,3}\p{Lu}[\p{L}&' -]{0,50},\s?(?:1[5-9]\d\d|20\d\d)[a-z]?\.?$/u;

/**
 * True when a line that starts in lower case or with an apostrophe still opens an entry: a particle
 * before a capitalised surname and a comma or initials ("de Boer, J., & Zuidema, C. (2015)", "’t Hart, H. (2009)",
 * "van Dijk JK, Brouwer E (2019)",
 * "van Dijck, José. The Culture of …") or an author who writes in lower case ("boyd, danah. It's
 * Complicated … 2014."). After a line that ended an entry, a particle and surname suffice, and a
 * lower-case name needs a year somewhere on the line; inside an unfinished entry the names must be
 * followed right away by a year.
 */
function startsLowerEntry(content: string, prevEnds: boolean): boolean {
  // The surname is followed by a comma or, in journal styles, by its initials ("van der Meulen A, Kuipers R").
  const particle = /^(?:\p{Ll}{1,5}[ \u2019'-]|[\u2019']t )(?:\p{Ll}{1,5} )?\p{Lu}[\p{L}\u2019'-]{0,40}(?:, | \p{Lu}{1,3}[ ,(])/u.test(content);
  if (!particle && !/^\p{Ll}{2,20}, /u.test(content)) return false;
  const shape = entryShape(content);
  if (!shape.names || !shape.names.person) return false;
  if (shape.yearAfterNames) return true;
  return prevEnds && (particle || shape.hasYear);
}

/**
 * Short lines that stand between the lines of a list more than once, the same each time, and read
 * as no entry does (no year, no full stop at the end, no list marker): a running head without its
 * page number ("URBAN STUDIES REVIEW", "Keller and Osei"). A sub-heading per kind of source is printed
 * once per group. Reads each line once; linear.
 */
function repeatedHeads(text: string, lines: LineTable, from: number, to: number): Set<string> {
  const seen = new Map<string, number>();
  // The line after each copy: a running head stands between different lines on each page, while an
  // entry the list prints twice repeats its next line too ("SILVA, T.; MELO, J. … contribuição do⏎engajamento …").
  const after = new Map<string, string>();
  const twin = new Set<string>();
  const out = new Set<string>();
  for (let k = from; k < to; k++) {
    const length = lines.contentLength(k);
    if (length < 3 || length > 80) continue;
    const l = lines.get(k);
    const content = text.slice(l.textStart, l.textEnd);
    if (/[.!?:;,]$/.test(content) || YEAR_ANYWHERE.test(content) || listMarkerLength(content) > 0) continue;
    // What ends a list ("Notes", "Share this") ends it however often it is printed.
    if (endsList(content) || isReferenceHeading(content)) continue;
    // An entry's first line, a person's names and then more after their full stop ("FERREIRA, José Henriques. História
    // do descobrimento …"), printed twice by two entries of the same author, is no running head.
    if (ENTRY_OPENING_RE.test(content) && entryShape(content).names?.person === true) continue;
    const next = k + 1 < to && !lines.isBlank(k + 1) ? text.slice(lines.get(k + 1).textStart, lines.get(k + 1).textEnd) : '';
    const n = (seen.get(content) ?? 0) + 1;
    seen.set(content, n);
    if (n >= 2 && next !== '' && after.get(content) === next) twin.add(content);
    after.set(content, next);
    if (n >= 2) out.add(content);
  }
  for (const content of twin) {
    out.delete(content);
    // The repeated passage's following lines are the same entry's, not heads either.
    for (let line = after.get(content); line !== undefined && out.delete(line); line = after.get(line));
  }
  return out;
}

/**
 * An entry without authors as APA writes it, its title first and then its year in brackets: "Sentinel-1 RTC product
 * guide. (2023). Alaska Satellite Facility …". A capitalised start, a full stop, the bracketed year and a full stop.
 */
const TITLE_THEN_YEAR_RE = /^\p{Lu}[^()\n]{2,150}?[.?!] \((?:1[5-9]\d\d|20\d\d)[a-z]?(?:, [\p{L}\d ]{1,20})?\)\./u;

/** A journal's volume, issue and pages after its name: ", 15(6), 695–707", ", 80(3): 816-826". */
const JOURNAL_NUMBERS_RE = /^[^\d(]{3,120}?,\s\d{1,4}\s?\(\d{1,4}(?:[-–]\d{1,4})?\)[,:]\s?(?:pp?\.\s?)?[\de]\d{0,6}(?:\s?[-–]\s?\d{1,6})?\b/;

/** A given name or an initial: "Sergey", "Jean-Luc", "C.". */
const GIVEN_WORD_RE = /^(?:\p{Lu}\p{Ll}{1,20}(?:-\p{Lu}\p{Ll}{1,20})?|\p{Lu}\.)$/u;
/** A family name written last: "Szegedy", "O’Neil", "Fulton-Bennett". */
const FAMILY_WORD_RE = /^\p{Lu}[\p{Ll}'\u2019]{1,20}(?:-\p{Lu}\p{Ll}{1,20})?$/u;
/** The joins between persons: ", ", ", and ", " and ", " & ". */
const PERSONS_JOIN_RE = /, (?:and |& )?| (?:and|&) /;

/**
 * Two persons or more written given name first ("Sergey Ioffe", "Michael C. Mackey", "R. B. Kieburtz",
 * "Jan van der Berg"), joined by "and" or commas, then a full stop or a comma and the title: "Sergey
 * Ioffe and Christian Szegedy. Batch normalization …", "Leon Glass and Michael C. Mackey, From Clocks
 * to Chaos": the authors of a new entry (as ACL and many computing styles print them). A name made of
 * an institution's or a subject's words ("Computer Science and Artificial Intelligence.") is no person.
 */
function givenFirstPersons(content: string): boolean {
  const head = content.slice(0, 240);
  const join = / (?:and|&) /.exec(head);
  if (!join) return false;
  // The last person ends at the first full stop or comma after the join that does not close an initial.
  let end = -1;
  for (let k = join.index + join[0].length; k < head.length - 1; k++) {
    const c = head.charAt(k);
    if ((c !== '.' && c !== ',') || head.charAt(k + 1) !== ' ') continue;
    if (c === '.' && /(?:^| )\p{Lu}$/u.test(head.slice(Math.max(0, k - 2), k))) continue;
    end = k;
    break;
  }
  if (end < 0) return false;
  // A number after the names is a journal's volume ("Social Cognitive and Affective Neuroscience, 15(6)"):
  // persons are followed by a title or a year.
  if (/^, \d{1,4} ?[(,:]/.test(head.slice(end, end + 10)) && !/^, (?:1[5-9]|20)\d\d\b/.test(head.slice(end, end + 8))) return false;
  const persons = head.slice(0, end).split(PERSONS_JOIN_RE);
  if (persons.length < 2 || persons.length > 8) return false;
  return persons.every((person) => {
    const ws = person.split(' ');
    if (ws.length < 2 || ws.length > 5) return false;
    const family = ws[ws.length - 1];
    if (!FAMILY_WORD_RE.test(family) || INSTITUTION_WORD_SET.has(family)) return false;
    return ws.slice(0, -1).every((w) => (GIVEN_WORD_RE.test(w) && !INSTITUTION_WORD_SET.has(w)) || STRONG_PARTICLE_WORDS.has(w) || WEAK_PARTICLE_WORDS.has(w));
  });
}

/**
 * Where the lines that tell a list's layout end: at the first text after a blank line that ends lists
 * ("Notes", an appendix, an author's bio), whose lines are set otherwise than the entries. Reads at most 20,000 lines.
 */
function layoutEnd(text: string, lines: LineTable, from: number, to: number): number {
  for (let k = from + 1; k < to && k < from + 20_000; k++) {
    if (lines.isBlank(k) || !lines.isBlank(k - 1)) continue;
    const l = lines.get(k);
    const content = text.slice(l.textStart, Math.min(l.textEnd, l.textStart + 80));
    if (lineEndsList(content) || (BIO_RE.test(content) && !YEAR_ANYWHERE.test(content))) return k;
  }
  return to;
}

/**
 * Groups lines `from`..`to` into units: paragraphs split at blank lines, and inside a paragraph one unit
 * per entry (a line starts a new unit when it has a list marker, or when the previous line ended an
 * entry and this one starts like one; indented, lower-case and punctuation-led lines continue). The
 * page furniture (`furniture`: lines the document repeats page after page) is passed over.
 */
function groupUnits(text: string, lines: LineTable, from: number, to: number, furniture: ReadonlySet<string> = new Set()): Unit[] {
  const units: Unit[] = [];
  let cur: Unit | undefined;
  let curIndent = 0;
  let blankBefore = true;
  // Leading blank lines tell nothing of the layout: start the reading passes at the first line of text.
  while (from < to && lines.isBlank(from)) from++;
  if (from >= to) return units;
  const repeated = repeatedHeads(text, lines, from, to);
  for (const line of furniture) if (!endsList(line) && !isReferenceHeading(line)) repeated.add(line);
  const furnitureAt = (k: number): boolean => {
    const l = lines.get(k);
    const content = text.slice(l.textStart, Math.min(l.textEnd, l.textStart + 300));
    return isRunningHead(content) || repeated.has(content);
  };
  const layout = readLayout(
    lines,
    from,
    layoutEnd(text, lines, from, to),
    furnitureAt,
    (k) => listMarkerLength(text.slice(lines.get(k).textStart, Math.min(lines.get(k).textEnd, lines.get(k).textStart + 20))),
    (k) => !endsEntry(lineTail(text, lines, k)),
    (k) => /^\S*/.exec(text.slice(lines.get(k).textStart, Math.min(lines.get(k).textEnd, lines.get(k).textStart + 200)))?.[0].length ?? 0,
  );
  for (let k = from; k < to; k++) {
    if (lines.isBlank(k)) {
      blankBefore = true;
      continue;
    }
    const l = lines.get(k);
    const content = text.slice(l.textStart, Math.min(l.textEnd, l.textStart + 300));
    // A page's running head or number (text from a PDF) neither starts nor ends an entry.
    if (isRunningHead(content) || repeated.has(content)) continue;
    // "Kleingärten als soziale Infrastruktur 171" after a finished entry: a running head with its
    // page number one space away, neither the entry's continuation nor an entry.
    if (cur && !blankBefore && PAGE_AFTER_TITLE_RE.test(content) && listMarkerLength(content) === 0) {
      if (endsEntry(lineTail(text, lines, cur.last)) && !entryShape(content).names) continue;
    }
    let marker = listMarkerLength(content);
    // "269. Quoted in …": a number that a wrapped line happens to start with, in a list without markers,
    // on a hanging line or after a line that ends inside its entry, is not a list marker.
    // "- 1982. Paris: …": a range broken at the line's end, in a list without markers, is no bullet either.
    if (marker > 0 && cur && !blankBefore && !layout.marked && /^[-\u2013\u2014]\s+\d/.test(content)) marker = 0;
    if (marker > 0 && cur && !blankBefore && !layout.marked && /^\d/.test(content)) {
      const hangs = layout.hangingBase !== undefined && l.indent >= layout.hangingBase + 2;
      if (hangs || !endsEntry(lineTail(text, lines, cur.last))) marker = 0;
    }
    let startsNew: boolean;
    if (!cur) startsNew = true;
    else if (marker > 0 || isSeparator(content) || FOOTNOTE_DEFINITION.test(content)) startsNew = true;
    else {
      const prevContent = lineTail(text, lines, cur.last);
      const prevEnds = endsEntry(prevContent);
      const firstChar = content.charAt(0);
      const lowerOrPunct = /^[\p{Ll}\d([,;:&)\u2013\u2019']/u.test(firstChar) && !/^[-\u2010-\u2015_]{2,}/.test(content);
      // After a blank line a lower-case start continues an unfinished entry, but not a sub-heading ("Web sites").
      // A rule for the authors above and the year ("– (2022b).") opens an entry even when the one above seems to go
      // on (it ends with "for R.", read as an initial).
      if (blankBefore) startsNew = !(lowerOrPunct && !prevEnds) || (cur.first === cur.last && cur.end - cur.start < 60) || sameAuthorsAndYear(content);
      else if (/(?:^|\s)(?:and|&|und|et|e|y|en)$|,$/.test(prevContent)) startsNew = false; // the names go on: "Lees L, Slater T and⏎Wyly E (2008)"
      else if (PUBLISHER_AND_YEAR.test(content)) startsNew = false; // a wrapped entry's last line: "Norton, 2010."
      else if (lowerOrPunct) startsNew = startsLowerEntry(content, prevEnds);
      else if (l.indent > curIndent + 1) startsNew = false; // hanging indent
      else if (curIndent > 1 && l.indent + 1 < curIndent) startsNew = false; // first-line indent
      else {
        const shape = entryShape(content);
        const strong = shape.names !== undefined && (shape.yearAfterNames || shape.names.sameAsPrevious === true);
        // After a finished entry, a line that does not start like one is a wrapped continuation,
        // unless it is the furniture that follows lists ("Share this:") or a short heading.
        // A journal line ending in its numbers ("Mol Ecol 20:3391–3402") is the end of a wrapped entry.
        const furniture = endsList(content) || (content.length < 60 && !/[.,;]$/.test(content) && !/\d[)\]]?$/.test(content));
        // An organisation-like start without a year or a link on its line is the book or journal of a
        // wrapped entry ("Handbook of Gentrification Studies. Cheltenham: Edward Elgar, pp. 281–293."); so is
        // one followed by a volume, an issue and pages, even with the entry's DOI after them ("Social
        // Cognitive and Affective Neuroscience, 15(6), 695–707. https://doi.org/…").
        const bareTitle = shape.names !== undefined && !shape.names.person && !shape.hasYear && (!shape.hasLink || JOURNAL_NUMBERS_RE.test(content.slice(0, 200)));
        // A title-first entry (a standard, an anonymous report) after a finished one: a capitalised start
        // and a year or an address later on the line, in a list whose lines are not wrapped (a wrapped
        // line that starts with a place, "New York: Dover, 1985.", is not one).
        const titleFirst =
          layout.wrapWidth === undefined &&
          layout.hangingBase === undefined &&
          /^\p{Lu}/u.test(content) &&
          (shape.hasYear || shape.hasLink) &&
          !shape.placeColon &&
          !/^\p{Lu}[\p{L}.' -]{1,40}:\s/u.test(content);
        startsNew = prevEnds ? (shape.names !== undefined && !shape.placeColon && !bareTitle) || furniture || titleFirst || TITLE_THEN_YEAR_RE.test(content) || givenFirstPersons(content) : strong;
      }
      if (!blankBefore) {
        const prevOpen = /(?:^|\s)(?:and|&|und|et|e|y|en)$|,$/.test(prevContent);
        const furniture = endsList(content) || isRunningHead(content);
        const lineShape = entryShape(content);
        const opening = lineShape.names;
        const namesFirst = ((opening?.person === true || opening?.sameAsPrevious === true) && (!lowerOrPunct || startsLowerEntry(content, prevEnds))) || givenFirstPersons(content);
        startsNew = startsEntryByLayout(layout, startsNew, { content, indent: l.indent, prevLength: lines.length(cur.last), prevEnds, prevOpen, lowerOrPunct, furniture, namesFirst, dated: lineShape.hasYear || lineShape.hasLink, yearAfterNames: (lineShape.yearAfterNames && !MONTH_START.test(content.slice(0, 20))) || TITLE_THEN_YEAR_RE.test(content), prevAnd: /(?:^|\s)(?:and|&|und|et|e|y|en)$/.test(prevContent), sameAuthors: opening?.sameAsPrevious === true, prevOneWord: oneWordLine(text, lines, cur.last) });
      }
    }
    if (startsNew) {
      if (cur) units.push(cur);
      cur = { first: k, last: k, start: l.textStart + marker, end: l.textEnd };
      curIndent = l.indent;
    } else if (cur) {
      cur.last = k;
      cur.end = l.textEnd;
    }
    blankBefore = false;
    if (units.length > 200_000) break;
  }
  if (cur) units.push(cur);
  return units;
}
