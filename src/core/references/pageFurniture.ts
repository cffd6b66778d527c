/**
 * The running heads and page numbers that text extracted from a PDF keeps between its lines:
 * "214   Urban Research Review 18(3)", "Keller and Osei   215", a lone "12", or a journal's
 * masthead "URBAN RESEARCH REVIEW 18(3) 211–229". They belong to no paragraph, heading or entry.
 */

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
