/**
 * The running heads and page numbers that text extracted from a PDF keeps between its lines:
 * "214   Urban Research Review 18(3)", "Keller and Osei   215", a lone "12", or a journal's
 * masthead "URBAN RESEARCH REVIEW 18(3) 211–229". They belong to no paragraph, heading or entry.
 */
import { ACCESSED_START_RE } from '../lexicon';

/** Longest line that can be a running head. */
const MAX_HEAD = 90;

/** True for a page number: one to four digits, not a year (a wrapped entry may end with a lone "2019"). */
function isPageNumber(s: string): boolean {
  return /^\d{1,4}$/.test(s) && !/^(?:1[5-9]\d\d|20\d\d)$/.test(s);
}

/**
 * The stamp a repository or a publisher prints on every page of a downloaded PDF: "Downloaded from
 * https://… by guest on 12 May 2020", "This content downloaded from 128.2.3.4 on Mon, 12 Jan 2015",
 * "All use subject to JSTOR Terms and Conditions", "Electronic copy available at: https://ssrn.com/…".
 */
const PAGE_STAMP = /^(?:(?:this content )?downloaded (?:from|by)\s|all use subject to\s|electronic copy available at:?\s)/i;

/** True for a page stamp of a downloaded PDF (see {@link PAGE_STAMP}); reads the first 60 characters. */
export function isPageStamp(content: string): boolean {
  return PAGE_STAMP.test(content.slice(0, 60));
}

/**
 * True when a line's trimmed content is a running head, a page number or a download stamp: a page number alone, or a
 * page number and a short text separated by a gap of two or more spaces or a tab (either way round).
 * Reads at most the first {@link MAX_HEAD} characters; linear.
 */
export function isRunningHead(content: string): boolean {
  if (isPageStamp(content)) return true;
  if (content.length === 0 || content.length > MAX_HEAD) return false;
  if (isPageNumber(content)) return true;
  // The first gap of two or more blanks (a tab counts as one gap).
  let gapStart = -1;
  let gapEnd = -1;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) continue;
    let j = i;
    while (j < content.length && (content.charCodeAt(j) === 0x20 || content.charCodeAt(j) === 0x09 || content.charCodeAt(j) === 0xa0)) j++;
    if (j - i >= 2 || c === 0x09) {
      gapStart = i;
      gapEnd = j;
      break;
    }
    i = j - 1;
  }
  // "Revista de Estudios Laborales · 47", "12 | Urban Studies": a journal's name and a page number
  // with a middle dot or a bar between.
  const dot = /^(.{3,70}?) [\u00b7|\u2022] (\d{1,4})$|^(\d{1,4}) [\u00b7|\u2022] (.{3,70})$/u.exec(content);
  if (dot) {
    const text = dot[1] ?? dot[4];
    if (/\p{L}/u.test(text) && !/[.!?]$/.test(text)) return true;
  }
  // "30 E. M. TAVISTOCK", "TAVISTOCK 31": a page number and the running head in capitals, one space
  // apart. Two digits at least: "1 INTRODUÇÃO" is a numbered section heading.
  const space = content.indexOf(' ');
  const lastSpace = content.lastIndexOf(' ');
  const pageOf = (s: string): boolean => s.length >= 2 && isPageNumber(s);
  if (space > 0 && gapStart < 0) {
    const numberFirst = pageOf(content.slice(0, space));
    const text = numberFirst ? content.slice(space + 1) : pageOf(content.slice(lastSpace + 1)) ? content.slice(0, lastSpace) : undefined;
    if (text !== undefined && /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text) && text.length <= 60) return true;
  }
  if (gapStart > 0) {
    const left = content.slice(0, gapStart);
    const right = content.slice(gapEnd);
    const text = isPageNumber(left) ? right : isPageNumber(right) ? left : undefined;
    // The text beside the number is a title or names, not a sentence: it has letters and does not
    // end with a full stop.
    if (text !== undefined && /\p{L}/u.test(text) && !/[.!?]$/.test(text) && text.length <= 70) return true;
  }
  return false;
}

/**
 * True for a journal's masthead on an article's first line: a short line without a year that ends in
 * the volume, issue and page range ("URBAN RESEARCH REVIEW 18(3) 211–229", "Journal 18(3): 211–229").
 * Only for the first line of a text: inside a reference list the same shape is a wrapped entry's
 * last line.
 */
export function isMasthead(content: string): boolean {
  if (content.length === 0 || content.length > MAX_HEAD || /(?:^|\D)(?:1[5-9]\d\d|20\d\d)(?:\D|$)/.test(content)) return false;
  return /\p{L}/u.test(content) && /\s\d{1,4}\s?\(\d{1,4}\):?\s{1,3}\d{1,5}\s?[-\u2013]\s?\d{1,5}$/.test(content);
}

/**
 * Removes the running heads and page numbers standing on lines of their own inside a wrapped entry
 * (a page break in the middle of the entry). Lines are cut at "\n"; the result keeps the other
 * lines as they were. Linear.
 */
export function dropRunningHeads(raw: string): string {
  if (raw.indexOf('\n') < 0) return raw;
  const lines = raw.split('\n');
  const kept = lines.filter((line, k) => k === 0 || !isRunningHead(line.trim()));
  return kept.length === lines.length ? raw : kept.join('\n');
}

/** The lines a PDF repeats on its pages, found by repetition: see {@link findFurniture}. */
export interface Furniture {
  /** The trimmed contents of the repeated lines. */
  readonly lines: ReadonlySet<string>;
  /** Every line that is furniture (a repeated line, or a page number or running head beside one), in text order, without its line break. */
  readonly spans: readonly { readonly start: number; readonly end: number }[];
}

/** Fewest characters of a line that {@link findFurniture} reads as repeated furniture. */
const MIN_REPEATED = 12;
/** Longest line it reads (a running citation of the article itself may fill a line and a half). */
const MAX_REPEATED = 300;
/** How many lines away from a page number a line printed on two pages only must stand. */
const NEAR_PAGE_NUMBER = 2;
/** Fewest lines between two copies of a repeated line: one comes back with each page, not with each entry. */
const MIN_PAGE_LINES = 10;
/**
 * Longest median line of a text whose lines are a page's lines (wrapped at a measure, as a PDF copy is): a text
 * written a paragraph a line has no page furniture between its lines, only paragraphs that may say the same thing twice.
 */
const MAX_WRAPPED_MEDIAN = 150;

/** The median of the line lengths counted in `histogram` (index = length, capped at its last slot). */
function medianOf(histogram: Uint32Array, count: number): number {
  let seen = 0;
  for (let n = 0; n < histogram.length; n++) {
    seen += histogram[n];
    if (seen * 2 >= count) return n;
  }
  return 0;
}

/** The last text read and its furniture: the list finder and the citation finder ask for the same text in turn. */
let lastRead: { readonly text: string; readonly furniture: Furniture } | undefined;

/**
 * The running heads and feet that a PDF prints on every page and that a copied text keeps between its
 * lines: "Johnston et al., (2019). A graduate student-led … course in R: Experiences on initiating,
 * developing," then "and teaching. Journal of Open Source Education, 2(16), 49. https://doi.org/…" and
 * the page number, at the foot of each of six pages. Such a line may hold a year and a name and read
 * like an entry or a citation; what gives it away is that the very same line comes back: three times
 * or more, or twice with a page number within {@link NEAR_PAGE_NUMBER} lines each time, and never
 * closer than {@link MIN_PAGE_LINES} lines (a line that a wrapped list repeats from one entry to the
 * next, "Journal of Statistical Software.", is no page's furniture). Lines of
 * {@link MIN_REPEATED} to {@link MAX_REPEATED} characters with a letter are counted; a page number or
 * running head ({@link isRunningHead}) beside a repeated line is furniture too. Only a text whose lines are wrapped
 * (a median line of at most {@link MAX_WRAPPED_MEDIAN} characters) has such lines. Linear; the last text's answer
 * is kept, so the list finder and the citation finder read an essay's lines once.
 */
export function findFurniture(text: string): Furniture {
  if (lastRead?.text !== text) lastRead = { text, furniture: readFurniture(text) };
  return lastRead.furniture;
}

function readFurniture(text: string): Furniture {
  const starts: number[] = [];
  const ends: number[] = [];
  const contents: string[] = [];
  // The lengths of the lines that hold a letter, up to 1,000 characters, for their median.
  const lengths = new Uint32Array(1001);
  let lettered = 0;
  const lineBreak = /\r\n|\r|\n/g;
  let at = 0;
  for (;;) {
    const m = lineBreak.exec(text);
    const end = m ? m.index : text.length;
    let s = at;
    let e = end;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    starts.push(s);
    ends.push(e);
    const line = text.slice(s, e);
    const letter = /\p{L}/u.test(line);
    if (letter) {
      lengths[Math.min(e - s, 1000)]++;
      lettered++;
    }
    // The date a page was read on ends many entries alike ("Acesso em: 05 fev. 2019."): never furniture.
    contents.push(letter && e - s >= MIN_REPEATED && e - s <= MAX_REPEATED && !ACCESSED_START_RE.test(line) ? line : '');
    if (!m) break;
    at = m.index + m[0].length;
  }
  if (medianOf(lengths, lettered) > MAX_WRAPPED_MEDIAN) return { lines: new Set(), spans: [] };
  const counts = new Map<string, number[]>();
  contents.forEach((c, k) => {
    if (c === '') return;
    const seen = counts.get(c);
    if (seen) seen.push(k);
    else counts.set(c, [k]);
  });
  const pageNumberLine = (k: number): boolean => k >= 0 && k < starts.length && isPageNumber(text.slice(starts[k], ends[k]));
  const nearPageNumber = (k: number): boolean => {
    for (let d = 1; d <= NEAR_PAGE_NUMBER; d++) if (pageNumberLine(k - d) || pageNumberLine(k + d)) return true;
    return false;
  };
  const lines = new Set<string>();
  const furniture = new Set<number>();
  for (const [content, at] of counts) {
    if (at.length < 2 || (at.length === 2 && !at.every(nearPageNumber))) continue;
    if (at.some((k, i) => i > 0 && k - at[i - 1] < MIN_PAGE_LINES)) continue;
    lines.add(content);
    for (const k of at) furniture.add(k);
  }
  if (furniture.size === 0) return { lines, spans: [] };
  // A page number or running head right before or after a repeated line belongs to the same page foot.
  for (const k of [...furniture]) {
    for (const j of [k - 1, k + 1]) {
      if (j < 0 || j >= starts.length || furniture.has(j) || ends[j] === starts[j]) continue;
      if (isRunningHead(text.slice(starts[j], ends[j]))) furniture.add(j);
    }
  }
  const spans = [...furniture].sort((a, b) => a - b).map((k) => ({ start: starts[k], end: ends[k] }));
  return { lines, spans };
}
