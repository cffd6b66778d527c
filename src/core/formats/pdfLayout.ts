/**
 * The layout layer for PDF: from the positioned text items of each page (as pdf.js gives them) to
 * reading text. Pure: items in, text and map out, so it is tested on recorded items.
 *
 * Per page: items are grouped into lines by baseline, lines split where a gap is wider than a gutter,
 * and a gutter looked for near the middle of the page; fragments that cross it are full-width blocks
 * (titles, tables, figures) that cut the page into bands, each band read left column then right.
 * Lines that repeat at the top or foot of many pages (running heads, page numbers, download stamps)
 * are dropped; footnotes (smaller type at a column's foot) are kept as notes at the end. Spacing
 * accents are composed, line-end hyphens undone only when the joined word occurs elsewhere in the
 * document, and the reference section is split into entries by its hanging indent and line geometry.
 */
import type { MapSegment, SourcePlace } from './model';
import { ReadingTextBuilder, REFERENCES_HEADING } from './textBuilder';
import { isReferenceHeading } from '../references/list';
import { LINK_INTRO_START_RE } from '../lexicon';

/** A positioned piece of text: baseline origin (`x`, `y` from the page's bottom), advance `width`, font `size`. */
export interface PdfItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/** One page's items, in the order the PDF draws them. */
export interface PdfPage {
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfItem[];
}

interface Piece {
  text: string;
  readonly place: SourcePlace;
}

interface Line {
  readonly page: number;
  readonly x0: number;
  x1: number;
  readonly y: number;
  /** The type size of most of the line (a footnote mark or superscript does not set it). */
  size: number;
  /** Characters of the longest item so far: the item that sets `size`. */
  longest: number;
  /** The line opens with a note mark: a number or symbol in smaller type than the text after it. */
  marked?: boolean;
  readonly pieces: Piece[];
  /** Text of the line (pieces joined). */
  text: string;
}

const SPACING_ACCENTS: Record<string, string> = {
  '\u00b4': '\u0301', '\u02ca': '\u0301', '`': '\u0300', '\u02cb': '\u0300', '\u02c6': '\u0302', '^': '\u0302', '\u02dc': '\u0303', '~': '\u0303',
  '\u00a8': '\u0308', '\u02c7': '\u030c', '\u00b8': '\u0327', '\u02da': '\u030a', '\u02d8': '\u0306', '\u02d9': '\u0307', '\u02dd': '\u030b', '\u02db': '\u0328', '\u00af': '\u0304',
};
const ACCENT_CHARS = /[\u00b4\u02ca\u02cb\u02c6\u02dc\u00a8\u02c7\u00b8\u02da\u02d8\u02d9\u02dd\u02db\u00af`^~]/;

/**
 * Composes spacing accents with the letter they sit on ("Kry´sci´nski" → "Kryściński", "ı" with an
 * accent → "í"): an accent before a letter goes on that letter, one after a letter (and before none) on
 * the letter before, unless `keepLast` leaves an accent that ends the string for the line to place (an
 * item "Les in´" whose accent is drawn over the next item's "equations"). A tilde, caret or grave in a web
 * address ("~jos") is the character itself. Other characters are left alone.
 */
export function composeAccents(s: string, keepLast = false): string {
  if (!ACCENT_CHARS.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const mark = SPACING_ACCENTS[c];
    const ascii = c === '`' || c === '^' || c === '~';
    if (mark === undefined || (ascii && (!/\p{L}/u.test(s[i + 1] ?? '') || /[/=#?&.:_-]/.test(s[i - 1] ?? ''))) || (keepLast && i === s.length - 1)) {
      out += c;
      continue;
    }
    const next = s[i + 1] ?? '';
    const prev = out.slice(-1);
    if (/\p{L}/u.test(next)) {
      out += (next === '\u0131' ? 'i' : next === '\u0237' ? 'j' : next) + mark;
      i++;
    } else if (/\p{L}/u.test(prev)) {
      out = out.slice(0, -1) + (prev === '\u0131' ? 'i' : prev) + mark;
    } else out += c;
  }
  return out.normalize('NFC');
}

/** The outcome of {@link layoutPages}. */
export interface PdfLayout {
  readonly text: string;
  readonly map: MapSegment[];
  readonly warnings: string[];
}

/** Headings that end the reference list (appendices and the like). */
const AFTER_REFERENCES = /^(?:appendix|appendices|anhang|anexo|apêndice|annexe?)\b/i;

/** Lays out the pages' items as reading text. Never throws on well-formed items. */
export function layoutPages(pages: readonly PdfPage[], maxChars = Number.POSITIVE_INFINITY): PdfLayout {
  const warnings: string[] = [];
  const linesByPage = pages.map((p) => pageLines(p));
  const bodySize = commonSize(linesByPage.flat());
  const furniture = repeatedFurniture(linesByPage, pages, bodySize);
  const notes: Line[][] = [];
  const ordered: Line[] = [];
  for (let k = 0; k < pages.length; k++) {
    const kept = linesByPage[k].filter((l) => !furniture.has(l));
    const { body, foot } = splitFootnotes(orderColumns(kept, pages[k]), bodySize, pages[k].height);
    ordered.push(...body);
    if (foot.length > 0) notes.push(foot);
  }
  const words = wordSet([...ordered, ...notes.flat()]);
  const out = new ReadingTextBuilder(maxChars);
  writeParagraphs(ordered, out, words, bodySize);
  if (notes.length > 0) {
    out.paragraphBreak();
    out.inline('Notes', { page: notes[0][0].page });
    out.paragraphBreak();
    for (const block of notes) writeParagraphs(block, out, words, bodySize, true);
  }
  const { text, map } = out.finish();
  return { text, map, warnings };
}

/** Items grouped into line fragments: same baseline, no gap wider than a gutter. */
function pageLines(page: PdfPage): Line[] {
  const items = page.items
    .filter((i) => i.str !== '' && Number.isFinite(i.x) && Number.isFinite(i.y) && i.size > 0)
    .map((i) => ({ ...i, str: composeAccents(i.str, true) }));
  const numbering = lineNumbering(items);
  if (numbering.size > 0) items.splice(0, items.length, ...items.filter((i) => !numbering.has(i)));
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: (typeof items)[] = [];
  type Item = (typeof items)[number];
  const within = (o: Item, item: Item): boolean => Math.abs(o.y - item.y) <= Math.max(o.size, item.size) * 0.45;
  // Touching: the item starts where another ends, or ends where it starts (a lowered letter in a logo).
  const touches = (o: Item, item: Item): boolean => within(o, item) && (Math.abs(item.x - (o.x + o.width)) < item.size * 0.3 || Math.abs(o.x - (item.x + item.width)) < item.size * 0.3);
  for (const item of items) {
    // Same line: baselines within a third of the type size of the row's first item (superscripts sit higher but
    // overlap). A row a few rows back that the item touches takes it even so ("T" "E" "X" with the E set lower,
    // where a line of the other column lies between).
    let row: (typeof items) | undefined;
    for (let r = rows.length - 1; r >= Math.max(0, rows.length - 4); r--) {
      if (rows[r].some((o) => touches(o, item))) {
        row = rows[r];
        break;
      }
      if (r === rows.length - 1 && within(rows[r][0], item)) row = rows[r];
    }
    if (row) row.push(item);
    else rows.push([item]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let line: Line | undefined;
    let end = 0;
    let firstSize = 0;
    let lastSize = 0;
    for (const item of row) {
      const size = Math.max(item.size, 1);
      const gap = item.x - end;
      // Type of a clearly different size after a visible gap is another column's (body text beside a column of
      // references or notes set smaller), even when the gutter between them is narrow.
      const otherType = line !== undefined && item.str.trim() !== '' && Math.abs(item.size - lastSize) > Math.max(item.size, lastSize) * 0.15 && gap > Math.max(item.size, lastSize) * 0.5;
      if (item.str.trim() === '' && line) {
        // A space item drawn with no width where the next item starts ("et al" + " " + ".") is no space.
        const drawn = item.width > size * 0.05 || gap > size * 0.12;
        if (drawn && !/\s$/.test(line.pieces[line.pieces.length - 1]?.text ?? ' ')) line.pieces.push({ text: ' ', place: { page: page.number } });
        end = Math.max(end, item.x + item.width);
        continue;
      }
      if (!line || gap > Math.max(size * 1.4, 6) || otherType) {
        if (line) lines.push(finishLine(line, firstSize));
        if (item.str.trim() === '') continue;
        firstSize = item.size;
        line = { page: page.number, x0: item.x, x1: item.x + item.width, y: item.y, size: item.size, longest: 0, pieces: [], text: '' };
      } else if ((gap > size * 0.12 || raisedAfterDigit(item, line, lastSize)) && !/\s$/.test(line.pieces[line.pieces.length - 1]?.text ?? ' ')) {
        line.pieces.push({ text: ' ', place: { page: page.number } });
      }
      line.pieces.push({ text: item.str, place: { page: page.number, box: [round(item.x), round(item.y), round(item.width), round(item.size)] } });
      if (item.str.trim() !== '') lastSize = item.size;
      if (item.str.length > line.longest) {
        line.longest = item.str.length;
        line.size = item.size;
      }
      line.x1 = Math.max(line.x1, item.x + item.width);
      end = Math.max(end, item.x + item.width);
    }
    if (line) lines.push(finishLine(line, firstSize));
  }
  return lines;
}

/**
 * The numbers of a manuscript's line numbering (a review copy, a thesis draft: "5", "10", "15" down the margin or
 * the gutter): bare numbers that share a right edge, at least four on the page, in a strip that no piece of running
 * text crosses between the first number and the last, counting down the page by a constant step.
 */
function lineNumbering<T extends PdfItem>(items: readonly T[]): Set<T> {
  const numbers = items.filter((i) => /^\d{1,4}$/.test(i.str.trim()));
  if (numbers.length < 4) return new Set();
  const text = items.filter((i) => i.str.trim().length >= 15);
  const sizes = text.map((t) => t.size).sort((a, b) => a - b);
  const textSize = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const byEdge = new Map<number, T[]>();
  for (const n of numbers) {
    const edge = Math.round((n.x + n.width) / 2);
    byEdge.set(edge, [...(byEdge.get(edge) ?? []), n]);
  }
  const out = new Set<T>();
  for (const group of byEdge.values()) {
    if (group.length < 4 || new Set(group.map((n) => Math.round(n.y))).size < group.length) continue;
    const left = Math.min(...group.map((n) => n.x));
    const right = Math.max(...group.map((n) => n.x + n.width));
    const top = Math.max(...group.map((n) => n.y));
    const bottom = Math.min(...group.map((n) => n.y));
    if (text.some((t) => t.x < right && t.x + t.width > left && t.y <= top && t.y >= bottom)) continue;
    // Line numbers stand apart in a margin; the numbers of footnotes (one a line, stepping by one down the foot of
    // the page) touch the text they mark ("24" + "Siehe auch Meyer/Schulz 2018, S. 38 f.").
    if (group.filter((n) => marksText(n, items)).length * 2 >= group.length) continue;
    // Line numbers count down the page by a constant step; every fifth line's number ("5", "10", …), or in type smaller
    // than the text's, or on every line at the line pitch. The page numbers of a table of contents step unevenly, and
    // the numbers of a numbered reference list step by one at the uneven pitch of its entries.
    const sorted = [...group].sort((a, b) => b.y - a.y);
    const values = sorted.map((n) => Number(n.str.trim()));
    const step = values[1] - values[0];
    if (step <= 0 || values.some((v, k) => k > 0 && v - values[k - 1] !== step)) continue;
    const pitches = sorted.slice(1).map((n, k) => sorted[k].y - n.y);
    const pitch = Math.min(...pitches);
    const regular = pitches.filter((d) => d < pitch * 1.1).length >= pitches.length * 0.7;
    if (!(step % 5 === 0 || group.every((n) => n.size <= textSize * 0.85) || regular)) continue;
    for (const n of group) out.add(n);
  }
  return out;
}

/**
 * A note's mark set raised and smaller right after a number ("Weber 2012" + "¹"): kept apart from it by a space,
 * so that the year stays a year ("Weber 2012 1", not "Weber 20121").
 */
function raisedAfterDigit(item: PdfItem, line: Line, lastSize: number): boolean {
  return /^\d{1,3}$/.test(item.str) && item.size < lastSize * 0.85 && item.y > line.y + lastSize * 0.2 && /\d$/.test(line.pieces[line.pieces.length - 1]?.text ?? '');
}

/** Whether a bare number is followed on its baseline, with no more than a thin space between, by text it marks. */
function marksText(n: PdfItem, items: readonly PdfItem[]): boolean {
  const right = n.x + n.width;
  return items.some((i) => i !== n && i.str.trim() !== '' && !/^\d+$/.test(i.str.trim()) && Math.abs(i.y - n.y) < Math.max(i.size, n.size) * 0.5 && i.x >= right - 0.5 && i.x - right < Math.max(i.size, n.size) * 0.6);
}

function finishLine(line: Line, firstSize: number): Line {
  const first = line.pieces[0]?.text ?? '';
  line.marked = /^(?:\d{1,3}|[*∗†‡§¶])$/u.test(first.trim()) && firstSize < line.size * 0.85 && line.pieces.length > 1;
  // A spacing accent drawn as its own item goes onto the letter of the next item.
  for (let k = 0; k + 1 < line.pieces.length; k++) {
    const here = line.pieces[k];
    const next = line.pieces[k + 1].text === ' ' && k + 2 < line.pieces.length && here.text.length === 1 ? line.pieces[k + 2] : line.pieces[k + 1];
    // An accent that pdf.js gives after a space ("Krzy ˙" + "zanowski") is still the next letter's when the
    // next item is drawn over the end of this one.
    const over = here.place.box !== undefined && next.place.box !== undefined && next.place.box[0] < here.place.box[0] + here.place.box[2] - 0.5;
    const before = here.text.slice(-2, -1);
    // An accent at the end of an item that the next is drawn over sits on one of the two letters; the geometry of
    // items cannot tell which, so the vowel takes it ("pa´" + "gina" → "página", "in´" + "equations" → "inéquations"),
    // except a tilde or a caron, which a consonant after it takes ("espa˜" + "nol" → "español", "na˜" + "o" → "não").
    const vowel = (c: string): boolean => /[aeiouyAEIOUY\u0131]/.test(c);
    const toConsonant = /[~\u02dc\u02c7]$/.test(here.text);
    const first = next.text.charAt(0);
    const onNext = over && (toConsonant ? !vowel(first) : !(vowel(before) && !vowel(first)));
    if (ACCENT_CHARS.test(here.text.slice(-1)) && /^\p{L}/u.test(next.text) && (here.text.length === 1 || onNext || (!/\s/.test(before) && !/\p{L}/u.test(before)))) {
      const accent = here.text.slice(-1);
      here.text = over ? here.text.slice(0, -1).trimEnd() : here.text.slice(0, -1);
      next.text = composeAccents(accent + next.text, true);
      if (next !== line.pieces[k + 1]) line.pieces[k + 1].text = '';
    }
  }
  // An accent left at an item's end sits on the letter before it.
  for (const p of line.pieces) p.text = composeAccents(p.text);
  line.text = line.pieces.map((p) => p.text).join('').replace(/\s+/g, ' ').trim();
  return line;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The body's type size: the size that most characters have. */
function commonSize(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.size * 2) / 2, (counts.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  let best = 10;
  let most = -1;
  for (const [size, n] of counts) if (n > most) [best, most] = [size, n];
  return best;
}

/** A line's shape for spotting repeats: digits and spaces ignored, case folded. */
function shape(text: string): string {
  // A line of no letters keeps its digits: numbers alone ("55, 2017." ending an entry at a page's foot,
  // "11950, 2014." at the next page's head) repeat in shape by chance; a date in every foot repeats as it is.
  return /\p{L}/u.test(text) ? text.replace(/[\d\s]+/g, '#').toLowerCase() : text;
}

/**
 * Lines in the top or bottom band of their page that repeat on many pages, bare page numbers there, and
 * running heads in body type or smaller that print their page's number.
 */
function repeatedFurniture(linesByPage: readonly Line[][], pages: readonly PdfPage[], bodySize: number): Set<Line> {
  const edge = (lines: readonly Line[], page: PdfPage): Line[] => {
    if (lines.length === 0) return [];
    const top = Math.max(...lines.map((l) => l.y));
    const bottom = Math.min(...lines.map((l) => l.y));
    const band = page.height * 0.08;
    return lines.filter((l) => l.y >= top - band || l.y <= bottom + band);
  };
  const seen = new Map<string, Set<number>>();
  const edges = linesByPage.map((lines, k) => edge(lines, pages[k]));
  edges.forEach((lines, k) => {
    for (const l of lines) {
      const key = shape(l.text);
      if (!seen.has(key)) seen.set(key, new Set());
      seen.get(key)?.add(k);
    }
  });
  const needed = Math.max(2, Math.ceil(pages.length * 0.25));
  const out = new Set<Line>();
  const folio = folioOffset(edges, pages);
  edges.forEach((lines, k) => {
    for (const l of lines) {
      if (folio !== undefined && l.text.length < 120 && l.size <= bodySize + 0.5 && folioNumbers(l.text).includes(pages[k].number + folio)) {
        out.add(l);
        continue;
      }
      const bare = /^(?:[-–—]?\s*(?:page\s+|p\.\s*|seite\s+|página\s+)?\d{1,4}(?:\s*(?:of|\/|de|von)\s*\d{1,4})?\s*[-–—]?|[ivxlc]{1,6})$/i.test(l.text);
      if (bare || (pages.length >= 3 && (seen.get(shape(l.text))?.size ?? 0) >= needed && l.text.length < 200)) out.add(l);
    }
  });
  return out;
}

/** The numbers a running head may print as its page's number: a number at its start or end. */
function folioNumbers(text: string): number[] {
  return [/^(\d{1,4})\s/.exec(text), /\s(\d{1,4})$/.exec(text)].flatMap((m) => (m ? [Number(m[1])] : []));
}

/**
 * The difference between the number printed in the running heads and the page's place in the file, when
 * at least three pages agree on it: a head that prints its page's number ("1 Einleitung 1") is furniture
 * even when its words are on no other page.
 */
function folioOffset(edges: readonly Line[][], pages: readonly PdfPage[]): number | undefined {
  const votes = new Map<number, number>();
  edges.forEach((lines, k) => {
    const offsets = new Set(lines.flatMap((l) => folioNumbers(l.text).map((n) => n - pages[k].number)));
    for (const o of offsets) votes.set(o, (votes.get(o) ?? 0) + 1);
  });
  let best: number | undefined;
  let most = 2;
  for (const [o, n] of votes) if (n > most) [best, most] = [o, n];
  return best;
}

/**
 * Orders a page's lines for reading. A gutter is looked for between 30% and 70% of the page's
 * width: a position that few fragments cross while many lie wholly on each side. Fragments crossing
 * it are full-width and cut the page into bands; each band gives its left column, then its right.
 */
function orderColumns(lines: Line[], page: PdfPage): Line[] {
  const top = (a: Line, b: Line): number => b.y - a.y || a.x0 - b.x0;
  if (lines.length < 6) return [...lines].sort(top);
  const minX = Math.min(...lines.map((l) => l.x0));
  const maxX = Math.max(...lines.map((l) => l.x1));
  const span = maxX - minX;
  let best: { at: number; crossing: number } | undefined;
  for (let at = minX + span * 0.3; at <= minX + span * 0.7; at += 2) {
    let left = 0;
    let right = 0;
    let crossing = 0;
    for (const l of lines) {
      if (l.x1 <= at) left++;
      else if (l.x0 >= at) right++;
      else crossing++;
    }
    if (left >= 4 && right >= 4 && Math.min(left, right) >= lines.length * 0.15 && (!best || crossing < best.crossing)) best = { at, crossing };
  }
  if (!best || best.crossing > lines.length * 0.35) return listColumnsBelowHeading([...lines].sort(top), page);
  const gutter = best.at;
  const sorted = [...lines].sort(top);
  const out: Line[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = (): void => {
    out.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const l of sorted) {
    if (l.x1 <= gutter) left.push(l);
    else if (l.x0 >= gutter) right.push(l);
    else {
      flush();
      out.push(l);
    }
  }
  flush();
  void page;
  return out;
}

/**
 * A reference list set in two columns under its heading on a page of one-column text: the lines from the heading
 * down to the next line as wide as the text (or the page's end) are read column by column.
 */
function listColumnsBelowHeading(sorted: Line[], page: PdfPage): Line[] {
  let h = -1;
  for (let k = sorted.length - 1; k >= 0 && h < 0; k--) if (isReferenceHeading(sorted[k].text)) h = k;
  if (h < 0) return sorted;
  const x0 = Math.min(...sorted.map((l) => l.x0));
  const span = Math.max(...sorted.map((l) => l.x1)) - x0;
  let end = h + 1;
  while (end < sorted.length && sorted[end].x1 - sorted[end].x0 < span * 0.6) end++;
  const list = sorted.slice(h + 1, end);
  if (list.length < 6) return sorted;
  return [...sorted.slice(0, h + 1), ...orderColumns(list, page), ...sorted.slice(end)];
}

/**
 * Footnotes: the lines at the foot of each column in type clearly smaller than the body's, starting
 * with a mark, or anywhere in the page's lowest fifth (a copyright line, a licence) so that they never
 * split a sentence that runs on into the next column.
 */
function splitFootnotes(lines: Line[], bodySize: number, pageHeight: number): { body: Line[]; foot: Line[] } {
  const foot: Line[] = [];
  const body: Line[] = [];
  // Walk runs of the column order: a footnote block ends a column, so it is a run of small lines
  // followed by a line that is higher on the page (the next column's top) or the end of the page.
  let k = 0;
  while (k < lines.length) {
    let j = k;
    // A note is in smaller type, or opens with a mark (some classes set notes no smaller than the body);
    // the lines of a marked note go on in its size.
    const small = (m: number): boolean => lines[m].size < bodySize * 0.93;
    while (j < lines.length && (small(j) || lines[j].marked || (j > k && lines[k].marked && Math.abs(lines[j].size - lines[j - 1].size) < 0.3 && lines[j].y < lines[j - 1].y))) j++;
    const endsColumn = j === lines.length || lines[j].y > lines[j - 1 < k ? k : j - 1].y + bodySize;
    const marked = /^(?:\d{1,3}|[*∗†‡§¶a-z])\s?\S/u.test(lines[k].text) || lines[k].y < pageHeight * 0.2;
    // Notes follow the body's text, never a heading, and never open with a list's heading: small type right under a
    // heading is the section it opens (a reference list set smaller than the body, starting low on a page).
    const headed = k > 0 && (lines[k - 1].size > bodySize * 1.05 || isReferenceHeading(lines[k - 1].text) || isReferenceHeading(lines[k].text));
    if (j > k && endsColumn && k > 0 && marked && !headed && lines[k].y < lines[k - 1].y) {
      foot.push(...lines.slice(k, j));
      k = j;
      continue;
    }
    body.push(...lines.slice(k, Math.max(j, k + 1)));
    k = Math.max(j, k + 1);
  }
  return { body, foot };
}

/**
 * The words of the document, lower-cased, for undoing line-end hyphens. The first word of a line after a line
 * that ends with a hyphen is left out: it may be the rest of a broken word ("Math-" + "ematical").
 */
function wordSet(lines: readonly Line[]): Set<string> {
  const set = new Set<string>();
  lines.forEach((l, k) => {
    const words = l.text.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
    const broken = k > 0 && /\p{L}[-\u00ad\u2010]$/u.test(lines[k - 1].text) && /^\p{L}/u.test(l.text);
    words.forEach((w, j) => {
      if (!(broken && j === 0)) set.add(w.toLowerCase());
    });
  });
  return set;
}

/**
 * Writes lines as paragraphs (one paragraph a line of text, a blank line between). In the body a
 * paragraph breaks at a wider gap, at a first-line indent, or after a short line ending a sentence; in
 * the reference section an entry starts at the left margin when the list hangs its entries, else after
 * a short line or a wider gap.
 */
function writeParagraphs(lines: readonly Line[], out: ReadingTextBuilder, words: ReadonlySet<string>, bodySize: number, notes = false): void {
  let inReferences = false;
  let hanging = false;
  let spaced = false;
  // The start of the token that ends the paragraph so far, when lines were joined inside it with no space (an
  // address over three lines: "http://ctan.math." + "washington.edu/…/apa7/" + "apa7.pdf").
  let carried = '';
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    const prev = lines[k - 1];
    const listHeading = REFERENCES_HEADING.test(l.text) || (isReferenceHeading(l.text) && (opensList(lines[k + 1]) || (isSubheading(lines[k + 1]) && opensList(lines[k + 2]))));
    const heading = listHeading || (inReferences && AFTER_REFERENCES.test(l.text) && l.text.length < 60);
    // A list divided by kind of source ("Monographien", "Internetquellen", "Primary sources"): a short line of
    // words between the end of one entry (or the list's heading) and the start of the next heads a part of it.
    const part = inReferences && isSubheading(l) && opensList(lines[k + 1]) && (!prev || /[.)\]]$/.test(prev.text) || isReferenceHeading(prev.text));
    if (heading || part) {
      if (heading) inReferences = listHeading;
      if (inReferences) {
        hanging = hangs(lines, k + 1);
        spaced = !hanging && spacesEntries(lines, k + 1);
      }
      out.paragraphBreak();
      writeLine(l, out);
      out.paragraphBreak();
      carried = '';
      continue;
    }
    if (!prev || breaksBefore(prev, l, lines, k, inReferences, hanging, spaced, bodySize, notes)) {
      out.paragraphBreak();
      writeLine(l, out);
      carried = '';
      continue;
    }
    const joined = joinLines(out, prev, l, words, carried);
    carried = joined && !/\s/.test(l.text) ? joined : '';
  }
  out.paragraphBreak();
}

/**
 * Whether a line opens like a reference entry ("Surname, X.", "SURNAME, X.", an author and a year): it opens a
 * list under a heading that may also head a section of prose ("Sources", "Literature", "Obras citadas"), and an
 * entry within one.
 */
function opensList(l: Line | undefined): boolean {
  return l !== undefined && (startsLikeEntry(l.text) || NAME_YEAR_START.test(l.text));
}

/** A heading of a part of a list: a few words, capitalised, with no digit and no full stop ("Monographien", "Primary sources"). */
function isSubheading(l: Line | undefined): boolean {
  // Not an organisation's name and its initials' meaning, broken at the line's end ("INPE – INSTITUTO NACIONAL DE").
  return l !== undefined && l.text.length <= 40 && /^\p{Lu}[\p{L} /&–-]{2,}:?$/u.test(l.text) && !/[-–/&]$/.test(l.text) && !/\s[–-]\s/.test(l.text);
}

/** Whether the reference list's entries hang: some lines start clearly right of the list's left edge. */
function hangs(lines: readonly Line[], from: number): boolean {
  const sample = lines.slice(from, from + 60);
  if (sample.length < 3) return false;
  // Left edges per column: a line is indented when it starts 0.8–4 em right of the nearest lower left edge.
  const lefts = sample.map((l) => l.x0);
  const indented = sample.filter((l) => {
    const edge = Math.max(...lefts.filter((x) => x <= l.x0 - l.size * 0.8 && x >= l.x0 - l.size * 4), -1);
    return edge >= 0;
  }).length;
  // The list's first entry opens at the left edge; a list whose first line is indented indents first lines instead.
  const first = sample[0];
  const column = sample.filter((l) => l.page === first.page && Math.abs(l.x0 - first.x0) < first.size * 4);
  return indented >= sample.length * 0.2 && first.x0 <= Math.min(...column.map((l) => l.x0)) + first.size * 0.4;
}

/**
 * Whether a list that does not hang its entries sets them apart by a wider gap (abnTeX2's flush-left lists, Word's
 * space after each paragraph): of the gaps between the first sixty lines from `from`, on one page and in one type
 * size, three or more and one in eight are wider than the lines' pitch (see {@link typicalGap}) and have lines at
 * the pitch on both sides.
 */
function spacesEntries(lines: readonly Line[], from: number): boolean {
  const first = lines[from];
  if (!first) return false;
  const gaps: number[] = [];
  for (let j = from + 1; j < Math.min(lines.length, from + 60); j++) {
    const a = lines[j - 1];
    const b = lines[j];
    const g = a.y - b.y;
    if (a.page === b.page && Math.abs(a.size - first.size) <= 0.5 && Math.abs(b.size - first.size) <= 0.5 && g > first.size * 0.7 && g < first.size * 3) gaps.push(g);
  }
  if (gaps.length < 6) return false;
  const pitch = pitchOf(gaps);
  const isWide = (g: number | undefined): boolean => g !== undefined && g > pitch * 1.2 + 0.5;
  const isPitch = (g: number | undefined): boolean => g !== undefined && !isWide(g);
  // A wider gap between lines at the pitch on both sides (within two gaps): between entries, not where the list
  // gives way to text set wider.
  const between = gaps.filter((g, i) => isWide(g) && (isPitch(gaps[i - 1]) || isPitch(gaps[i - 2])) && (isPitch(gaps[i + 1]) || isPitch(gaps[i + 2]))).length;
  return between >= 3 && between * 8 >= gaps.length;
}

function breaksBefore(prev: Line, l: Line, lines: readonly Line[], k: number, inReferences: boolean, hanging: boolean, spaced: boolean, bodySize: number, notes: boolean): boolean {
  const size = Math.max(l.size, 1);
  const sameColumn = l.y < prev.y && Math.abs(l.x0 - prev.x0) < size * 6 && prev.page === l.page;
  const gap = prev.y - l.y;
  // A change of type size (a heading, a caption) is a paragraph of its own.
  if (Math.abs(l.size - prev.size) > Math.max(0.9, bodySize * 0.12)) return true;
  if (notes && /^(?:\d{1,3}|[*†‡§¶])\s?\p{L}/u.test(l.text) && l.size <= prev.size + 0.5 && (l.x0 <= prev.x0 + 0.5 || !sameColumn)) return true;
  // A centred heading (a title, APA's section headings) is a paragraph of its own, whatever its punctuation.
  if (!inReferences && !notes && (isCentred(l, lines, k) || isCentred(prev, lines, k - 1))) return true;
  if (!inReferences) {
    const toc = contentsBreak(prev, l, lines, k);
    if (toc !== undefined) return toc;
  }
  if (inReferences && hanging) {
    // A hanging list: an entry starts at the list's left edge, its other lines are indented, whatever the gaps
    // (an entry never ends with a hyphen: the word goes on).
    const margin = leftMargin(lines, k);
    if (margin !== undefined) return l.x0 <= margin + size * 0.4 && !/[-\u00ad\u2010]$/.test(prev.text);
  }
  if (!sameColumn) {
    // A new column or page: the text goes on unless the previous line ended a paragraph.
    if (!inReferences) return /[.!?:]["”’)]?$/.test(prev.text) && isShort(prev, lines, k - 1);
    // A short centred line at the top of a page or column is no entry's: the heading of what follows the list
    // ("PART 2").
    if ((l.page !== prev.page || l.y > prev.y) && l.text.length <= 60 && !/[.,;:]$/.test(l.text) && isCentred(l, lines, k)) return true;
    // Lower on the same page past a wider gap (a block set in beside a picture, an author's biography): not the same entry.
    if (l.page === prev.page && l.y < prev.y && prev.y - l.y > typicalGap(lines, k) * 1.45 + 0.5) return true;
    // (A hanging list's own edge was read above, when its lines there show one.) Where its lines there are too
    // few to show it (the list's last entry, alone at the top of a page), a line that the next line hangs from
    // opens an entry, whatever ended the one before (a web address without a full stop).
    const after = lines[k + 1];
    const hangsFrom = after !== undefined && after.page === l.page && after.y < l.y && Math.abs(after.size - l.size) < 0.5 && after.x0 > l.x0 + size * 0.8 && after.x0 < l.x0 + size * 4;
    if (hanging && hangsFrom && opensList(l) && !capitalsRunningOn(prev.text)) return true;
    return startsEntry(l, prev, hanging, true) || shortLineBeforeEntry(prev, l, lines, k, hanging);
  }
  const lineGap = typicalGap(lines, k);
  // In a list whose entries do not hang, a smaller widening is the space Word sets after each paragraph (28.7 pt
  // between entries against 20.7 pt between lines): the lines that go on past it are told apart below.
  if (gap > lineGap * (inReferences && !hanging ? 1.2 : 1.45) + 0.5) return !inReferences || hanging || !goesOnPastGap(prev, l, lines, k, spaced);
  if (inReferences) {
    // An entry never opens with an address: one set alone on its line goes on the entry above (a ragged list).
    if (!hanging && startsWithAddress(l.text)) return false;
    if (startsEntry(l, prev, hanging, false) || (isShort(prev, lines, k - 1) && /[.)]$/.test(prev.text))) return true;
    // A list that sets its entries apart by a wider gap (abnTeX2's flush-left lists, Word's space after each
    // paragraph): past a line that did not end an entry, a line at the pitch of the lines goes on with it, however it
    // opens ("… São" + "Paulo: Editora Cultura Cristã, 2010.", "… Facebook/" + "Cambridge Analytica. 2022.").
    if (spaced) return false;
    // A list without a hanging indent or a gap between entries (Word's flush-left lists): a line that stops short
    // of the column's edge ends an entry whatever its last character (an address, a DOI, a page range without a
    // full stop) when the next line opens like an entry ("Bartoń, K. (2018).", "Statistisches Bundesamt (2021):").
    return shortLineBeforeEntry(prev, l, lines, k, hanging);
  }
  if (/^(?:[•●▪◦‣-]|\d{1,2}\.|\(\d{1,2}\)|[a-z]\))\s/.test(l.text)) return true;
  // A numbered heading, or the line after one.
  const numbered = /^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+\p{Lu}/u;
  if (isShort(prev, lines, k - 1) && (numbered.test(l.text) || numbered.test(prev.text))) return true;
  // A first-line indent after a line that ended a sentence, or after a short line (a run-in heading: "Participants").
  if (l.x0 > prev.x0 + size * 0.8 && l.x0 < prev.x0 + size * 5 && (/[.!?:]["”’)]?$/.test(prev.text) || isShort(prev, lines, k - 1))) return true;
  return isShort(prev, lines, k - 1) && /[.!?:]["”’)]?$/.test(prev.text);
}

const PAGE_NUMBER = /^(?:\d{1,4}|[ivxlc]{1,6})$/i;

/**
 * A line of a table of contents that ends its entry: a dot leader, then the page number ("… . . . . 13",
 * "… . 21"), or a long leader alone.
 */
function endsWithLeader(text: string): boolean {
  const space = text.lastIndexOf(' ');
  const numbered = PAGE_NUMBER.test(text.slice(space + 1));
  const end = numbered ? space : text.length;
  let k = end - 1;
  let dots = 0;
  let spacedDot = false;
  for (; k >= 0 && (text[k] === '.' || text[k] === ' '); k--) {
    if (text[k] === '.') dots++;
    else if (text[k + 1] === '.') spacedDot = true;
  }
  return dots >= 4 || (numbered && spacedDot);
}

/** Whether `b` is a bare page number set on the baseline of `a`, to its right (a contents line without a leader). */
function pageNumberOf(a: Line | undefined, b: Line): boolean {
  return a !== undefined && a.page === b.page && Math.abs(a.y - b.y) < 1 && b.x0 > a.x1 && PAGE_NUMBER.test(b.text);
}

/**
 * Tables of contents, of figures and of tables: an entry ends at its page number (after a dot leader, or
 * alone at the right on the entry's baseline), and an entry that runs over two lines goes on in an indented
 * line that ends with the leader. Undefined when the lines are not a contents entry.
 */
function contentsBreak(prev: Line, l: Line, lines: readonly Line[], k: number): boolean | undefined {
  if (pageNumberOf(prev, l)) return false;
  if (endsWithLeader(prev.text) || pageNumberOf(lines[k - 2], prev)) return true;
  const endsEntry = (m: number): boolean => lines[m] !== undefined && (endsWithLeader(lines[m].text) || pageNumberOf(lines[m], lines[m + 1] ?? lines[m]));
  if (!(endsEntry(k) || endsEntry(k + 1))) return undefined;
  // An entry whose page number follows its title without a leader, before a numbered entry with one.
  const numbered = /^\d{1,2}(?:\.\d{1,2})*\.?\s/.test(l.text);
  if (numbered && /\s(?:\d{1,4}|[ivxlc]{1,6})$/i.test(prev.text)) return true;
  if (!numbered && l.page === prev.page && l.x0 > prev.x0 + l.size * 0.8) return false;
  return undefined;
}

/**
 * How a reference entry starts: "Surname, X.", "Surname, Given", "SURNAME X." or "X. Y. Surname,"; a surname in
 * capitals of one or more words before a comma and an initial, as ABNT sets it ("HATJE, V;", "VAN GENUCHTEN,
 * M.TH.", "ABREU E LIMA, Denise"); a surname after its lower-case particle ("de Finney, S.", "van Buuren, S."); a
 * dash standing for the authors of the entry above ("———. 2016.", "______. Título"); an organisation in capitals before
 * a dash and its name ("NBS – National Bureau of Statistics of China.") or before a full stop ("WORLD BANK. Global
 * economic prospects.", "BRASIL. Ministério …").
 */
const ENTRY_STARTS: readonly RegExp[] = [
  /^\p{Lu}[\p{L}'’-]+(?<=\p{L}),\s(?:\p{Lu}\.|\p{Lu}\p{Ll})/u,
  /^\p{Lu}[\p{L}'’-]+\s\p{Lu}\./u,
  /^(?:\p{Lu}\.\s?(?:-\p{Lu}\.\s?)?){1,3}\p{Lu}[\p{L}'’-]+,/u,
  /^\p{Lu}\p{Lu}[\p{Lu}'’-]*(?:\s\p{Lu}[\p{Lu}'’-]*){0,3},\s\p{Lu}/u,
  /^(?:de|da|do|dos|van|von|der|den|di|du|del|della|le|la)\s\p{Lu}[\p{L}'’-]+,\s\p{Lu}/u,
  /^[—–_-]{2,}\s?[.,]/u,
  /^\p{Lu}[\p{Lu}&'’-]+(?:\s\p{Lu}[\p{Lu}&'’-]+){0,4}(?:\s[–-]\s|\.\s)\p{Lu}/u,
];

/** Whether a line starts the way an entry does (see {@link ENTRY_STARTS}); the forms are apart, so each is simple to check. */
function startsLikeEntry(text: string): boolean {
  return ENTRY_STARTS.some((re) => re.test(text));
}

/**
 * How an author-year entry starts whatever its author: words with no digit (a person, an organisation, a title
 * standing for its author), then the year in the first hundred characters ("British National Formulary, 2019.",
 * "Google, 2020.", "World Health Organization. (2018).").
 */
const NAME_YEAR_START = /^\p{Lu}[^\d()]{0,100}?(?:,|\.)?\s(?:\(?(?:1[5-9]\d\d|20\d\d)[a-z]?\)?[.,:]|\((?:1[5-9]\d\d|20\d\d)[a-z]?\)\s[\p{Lu}‘“"'])/u;

function startsEntry(l: Line, prev: Line, hanging: boolean, newColumn: boolean): boolean {
  if (/^\[\d{1,3}\]/.test(l.text)) return true;
  // An entry does not end inside a parenthesis: a line that leaves one open ("… der Bildung. (J.") goes on in the
  // next, even when that starts like a name ("Muuß-Merholz, Übers.). Hamburg: …").
  if (!hanging && opensParenthesis(prev.text)) return false;
  // At the top of a new column or page the margin and the gap above cannot be compared: an entry starts after
  // one that ended, with a name ("Surname, …" or "SURNAME …") or an author of any kind and its year.
  if (newColumn) return /[.)\]]$/.test(prev.text) && opensList(l);
  if (hanging) return l.x0 < prev.x0 - l.size * 0.8;
  // No hanging indent: an entry starts after one that ended, with a name, or with its first line indented.
  if (/[.)]$/.test(prev.text) && l.x0 > prev.x0 + l.size * 0.8 && l.x0 < prev.x0 + l.size * 4) return true;
  return /[.)]$/.test(prev.text) && l.x0 <= prev.x0 + l.size * 0.5 && startsLikeEntry(l.text);
}

/**
 * A list without a hanging indent or a gap between entries (Word's flush-left lists): an entry ends whatever its
 * last character (an address, a DOI, a page range without a full stop) when the next line opens like an entry,
 * on the same page or at the top of the next: after a line that stops short of its column's edge
 * ("Bartoń, K. (2018).", "Statistisches Bundesamt (2021):", "HATJE, V; BARROS, F.C."), or, after a full line too,
 * when the next line opens with its authors (a name, then a comma or a bracket) and the year in brackets
 * ("Gotelli, N. J., Hart, E. M., & Ellison, A. M. (2015).", not a title's last words "Digital und Print. (2015,
 * September)."). A line that leaves a parenthesis open or ends with a hyphen, a comma, a semicolon, a colon, an
 * ampersand or "and" goes on (an author list broken before its last name).
 */
function shortLineBeforeEntry(prev: Line, l: Line, lines: readonly Line[], k: number, hanging: boolean): boolean {
  // A line in capitals that does not end goes on: an organisation's name broken over two lines ("INPE – INSTITUTO
  // NACIONAL DE PESQUISAS" + "ESPACIAIS. Banco de Dados …").
  if (hanging || opensParenthesis(prev.text) || CONTINUES_ENTRY.test(prev.text) || capitalsRunningOn(prev.text)) return false;
  const dated = DATED_ENTRY_START.test(l.text) && /^\p{Lu}[\p{L}'’-]+(?:,|\s\()/u.test(l.text);
  if (!dated && !opensList(l) && !CAPITALS_START.test(l.text)) return false;
  return dated || isShort(prev, lines, k - 1);
}

/**
 * In a list that does not hang its entries, a line past a wider gap that still goes on with the entry above: Word
 * sets every paragraph apart, and writers start one inside an entry, before its address ("Available at:" +
 * "https://…"), after a page range broken at its dash ("pp. 305–" + "360."), or in mid-title ("… panel data: Monte"
 * + "Carlo evidence …"). It goes on when it opens with an address or in lower case, when the line above leaves the
 * entry open (a hyphen, a comma, a colon, an open parenthesis), or, when it does not open like an entry (a name and
 * its year, a marker), unless the line above ended one: a full stop, a bracket or an address, short of the column's
 * edge (a line that fills the column was cut by the wrap, whatever its last character).
 */
function goesOnPastGap(prev: Line, l: Line, lines: readonly Line[], k: number, spaced: boolean): boolean {
  if (CONTINUES_ENTRY.test(prev.text) || /\u2013$/.test(prev.text) || opensParenthesis(prev.text)) return true;
  if (/^(?:\[\d{1,3}\]|\d{1,3}[.)]\s|[•●▪◦‣-]\s)/.test(l.text)) return false;
  if (startsWithAddress(l.text) || (/^\p{Ll}/u.test(l.text) && !startsLikeEntry(l.text))) return true;
  if (opensList(l) || DATED_ENTRY_START.test(l.text) || CAPITALS_START.test(l.text)) return false;
  // In a list that sets its entries apart (see spacesEntries), a line that ends a sentence before the gap ends the entry
  // when a capital follows, however full: "… Carta 96, p. 272." + "Serviço Federal de Processamento de Dados (SERPRO).".
  if (spaced && /[.)\]]$/.test(prev.text) && /^\p{Lu}/u.test(l.text)) return false;
  return !((/[.)\]]$/.test(prev.text) || endsWithAddress(prev.text)) && isShort(prev, lines, k - 1));
}

/** A line that opens with a web address or a DOI, or with the words announcing one ("Available at: https://…"). */
function startsWithAddress(text: string): boolean {
  return /^https?:\/\//i.test(text) || ADDRESS_START.test(text) || LINK_INTRO_START_RE.test(text);
}

/** A line that ends with a web address or a DOI: "…/main.pdf", "https://doi.org/10.1/x". */
function endsWithAddress(text: string): boolean {
  const last = text.slice(text.lastIndexOf(' ') + 1);
  return /^(?:https?:\/\/|www\.|doi:|10\.\d{4,9}\/)/i.test(last) || (last.includes('/') && /\.[a-z]{2,4}$/i.test(last));
}

/** An organisation in capitals as ABNT opens its entries: "BRASIL. Ministério …", "CPRM – Companhia …". */
const CAPITALS_START = /^\p{Lu}\p{Lu}[\p{Lu}\d-]*(?:\.\s|\s[–—-]\s)/u;

/** A line whose last two words are in capitals with no full stop: an organisation's name going on. */
function capitalsRunningOn(text: string): boolean {
  const words = text.slice(-80).split(/\s+/);
  return words.length >= 2 && words.slice(-2).every((w) => CAPITALS_WORD.test(w));
}
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}'’-]+$/u;

/** How a line that goes on in the next one ends: a hyphen, a comma, a semicolon, a colon, "&" or "and". */
const CONTINUES_ENTRY = /(?:[-\u00ad\u2010,;:&]|\s(?:and|und|et|e|y|en|In|in|Dans|En))$/u;

/**
 * Authors, then the year in brackets in the first 160 characters, as author-date lists print it: "Fox, J., &
 * Weisberg, S. (2011).", "Adé, D. et Piot, T. (dir.) (2018).", "Satsan (Herb George). (2019, July)."; a short
 * bracket without digits may come before the year ("(Hrsg.)", "(dir.)", "(Thomas, R. A.)").
 */
const DATED_ENTRY_START = /^\p{Lu}(?:[^()\d]|\([^()\d]{1,20}\)){1,160}?\((?:1[5-9]\d\d|20\d\d)[a-z]?(?:,[^()]{1,20})?\)/u;

/** Whether a line opens more parentheses than it closes. */
function opensParenthesis(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * The left edge of the hanging list around line `k`: the leftmost start of the lines near it on its page
 * and in its column, when those lines start at two edges (entries and their indented lines); undefined
 * when the neighbourhood cannot tell (a lone line, or lines that all start at one edge).
 */
function leftMargin(lines: readonly Line[], k: number): number | undefined {
  const l = lines[k];
  const near = lines.slice(Math.max(0, k - 12), k + 13).filter((m) => m.page === l.page && Math.abs(m.x0 - l.x0) < l.size * 4 && Math.abs(m.size - l.size) < 1);
  if (near.length < 3) return undefined;
  const margin = Math.min(...near.map((m) => m.x0));
  return near.some((m) => m.x0 > margin + m.size * 0.6) ? margin : undefined;
}

/**
 * The usual distance between baselines around line `k`, read from the block the line belongs to (up to six lines
 * either way, not past a change of page or of type size or a gap of three lines, so that a list set tighter below a
 * heading is not the text's pitch): the middle of the narrowest run of gaps within a tenth of each other that holds a
 * quarter of them. Where paragraphs are spaced apart as often as lines follow each other (Word's lists with space after
 * each paragraph, an address set as a paragraph of its own), the line pitch is still the lines' own.
 */
function typicalGap(lines: readonly Line[], k: number): number {
  const l = lines[k];
  const joins = (j: number): boolean => {
    const a = lines[j - 1];
    const b = lines[j];
    const g = a.y - b.y;
    return a.page === l.page && b.page === l.page && Math.abs(a.size - l.size) <= 1 && Math.abs(b.size - l.size) <= 1 && g > 0 && g < l.size * 3;
  };
  const gaps: number[] = [];
  for (let j = k; j >= 1 && j > k - 6 && joins(j); j--) gaps.push(lines[j - 1].y - lines[j].y);
  for (let j = k + 1; j < lines.length && j <= k + 6 && joins(j); j++) gaps.push(lines[j - 1].y - lines[j].y);
  const usable = gaps.filter((g) => g > l.size * 0.7);
  // Too few lines of its own around it (a line led by a word in smaller type, set in code): the gaps of its window.
  if (usable.length < 2) return medianGap(lines, k);
  return pitchOf(usable);
}

/** The middle of the narrowest run of gaps within a tenth of each other that holds a quarter of them (two at least). */
function pitchOf(gaps: readonly number[]): number {
  const sorted = [...gaps].sort((a, b) => a - b);
  const enough = Math.max(2, sorted.length / 4);
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (j < sorted.length && sorted[j] <= sorted[i] * 1.1) j++;
    if (j - i >= enough) return sorted[i + Math.floor((j - i) / 2)];
  }
  return sorted[Math.floor(sorted.length / 2)];
}

/** The median gap between the baselines of the lines up to six either side of `k`. */
function medianGap(lines: readonly Line[], k: number): number {
  const gaps: number[] = [];
  for (let j = Math.max(1, k - 6); j < Math.min(lines.length, k + 6); j++) {
    const g = lines[j - 1].y - lines[j].y;
    if (g > 0 && g < lines[j].size * 3) gaps.push(g);
  }
  if (gaps.length === 0) return lines[k].size * 1.2;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)];
}

/**
 * A line set centred in its column: both its ends well inside the edges of the lines around it on its page that
 * it overlaps, its middle at theirs, and narrower than them. A block quote (indented on both sides too) is told
 * apart by its lines sharing both ends with the line before or after.
 */
function isCentred(l: Line, lines: readonly Line[], k: number): boolean {
  const size = Math.max(l.size, 1);
  let left = l.x0;
  let right = l.x1;
  let around = 0;
  for (let j = Math.max(0, k - 8); j < Math.min(lines.length, k + 9); j++) {
    const o = lines[j];
    if (j === k || o.page !== l.page || o.x1 <= l.x0 || o.x0 >= l.x1) continue;
    left = Math.min(left, o.x0);
    right = Math.max(right, o.x1);
    around++;
  }
  if (around < 3 || l.x0 < left + size * 2 || l.x1 > right - size * 2) return false;
  if (Math.abs((l.x0 + l.x1) / 2 - (left + right) / 2) > size * 1.5 || l.x1 - l.x0 > (right - left) * 0.8) return false;
  const twin = (o: Line | undefined): boolean => o !== undefined && o.page === l.page && Math.abs(o.x0 - l.x0) < size * 0.3 && Math.abs(o.x1 - l.x1) < size * 0.3;
  // The last line of an indented block quotation starts where the wider line above it starts, at the line pitch,
  // in its type size: "… os outros membros (Igrejas" + "Reformadas da Alemanha, 1563).".
  const above = lines[k - 1];
  const lastOfBlock = above !== undefined && above.page === l.page && Math.abs(above.size - l.size) < 0.5 && Math.abs(above.x0 - l.x0) < size * 0.3 && above.x1 > l.x1 + size * 2 && above.y - l.y < size * 1.6;
  return !twin(above) && !twin(lines[k + 1]) && !lastOfBlock;
}

/** A line that stops well short of its column's right edge. */
function isShort(l: Line, lines: readonly Line[], k: number): boolean {
  let right = l.x1;
  for (let j = Math.max(0, k - 8); j < Math.min(lines.length, k + 8); j++) {
    if (lines[j].page === l.page && Math.abs(lines[j].x0 - l.x0) < l.size * 4) right = Math.max(right, lines[j].x1);
  }
  return l.x1 < right - l.size * 2.5;
}

function writeLine(l: Line, out: ReadingTextBuilder): void {
  for (const p of l.pieces) out.inline(p.text, p.place);
}

/** The start of a web address or a DOI without "://": "www.…", "doi:10.…", "doi.org/…", "10.1145/…". */
const ADDRESS_START = /^[(<[]?(?:www\.|doi:10\.|(?:dx\.)?doi\.org\/|10\.\d{4,9}\/)/i;

/**
 * Whether the next line goes on with the token that ends this line, with no space between: a web address
 * or a DOI broken where it may break ("https://ecpr.eu/Events/" + "PaperDetails.aspx?…", "10.1145/3025453." +
 * "3026041.", "https://testthat.r-" + "lib.org/"), or a range of numbers broken at its dash ("1840-" + "1914").
 * The next line's first token must look like the rest of an address (a digit, a slash, a dot, a query), not
 * a word of prose ("for", "url:") or a parenthesis.
 */
function continuesToken(tail: string, next: string): boolean {
  const head = next.slice(0, next.search(/\s|$/));
  if (/\d[-\u2010\u2013]$/.test(tail) && /^\d/.test(head)) return true;
  // A scheme left at the line's end ("http:" + "//math.tntech.edu/…").
  if (/^[(<[]?https?:$/i.test(tail) && head.startsWith('//')) return true;
  if (!(tail.includes('://') || ADDRESS_START.test(tail)) || !/^[\p{L}\d]/u.test(head) || /:$/.test(head)) return false;
  // A line that starts an address of its own is not the rest of the one before (a list of addresses, one a line).
  if (/^(?:[a-z][a-z+.-]*:\/\/|www\.)/i.test(head)) return false;
  // An address broken anywhere, inside a name ("https://github.com/c" + "rsh/papaja", "https://ggplot2.tidy" +
  // "verse.org"): the rest is lower case and is itself address-like (a slash or a dot between letters), not a
  // word of prose.
  if (/[\p{L}\d]$/u.test(tail)) return /^[\p{Ll}\d]/u.test(head) && /[\p{L}\d][/.][\p{L}\d]/u.test(head) && !/[,;)]$/.test(head);
  if (!/[/.\-_?=&#%~]$/.test(tail)) return false;
  return /-$/.test(tail) || /[/._?=&#%~\d-]/.test(head);
}

/**
 * Joins `l` onto the paragraph that `prev` ended: a space, or a line-end hyphen. The hyphen is undone
 * ("transla-" + "tion") when the joined word occurs elsewhere in the document, or when the part before
 * it is no word of the document and the hyphenated form occurs nowhere else, or in capitals ("UN-" + "ESCO")
 * when the document has the whole word elsewhere; it stays, with no space, otherwise ("Martin-" + "Facklam",
 * "self-" + "interest", "EDV-" + "GC"). `carried` is the start of the token `prev` ends, from lines joined before
 * with no space; the token so far is returned when `l` goes on with it, else "".
 */
function joinLines(out: ReadingTextBuilder, prev: Line, l: Line, words: ReadonlySet<string>, carried = ''): string {
  const tail = carried + prev.text.slice(prev.text.lastIndexOf(' ') + 1);
  if (continuesToken(tail, l.text)) {
    writeLine(l, out);
    return tail + l.text;
  }
  const hyphen = /^\P{L}*(\p{L}+)[-\u00ad\u2010]$/u.exec(tail.length < 80 ? tail : '');
  const next = /^(\p{L}+)/u.exec(l.text.slice(0, 80));
  // A compound that goes on over the line's end keeps its hyphen ("girder-floorbeam-" + "stringer").
  if (!hyphen && next && /^\P{L}*\p{L}+(?:-\p{L}+)+-$/u.test(tail)) {
    writeLine(l, out);
    return '';
  }
  if (hyphen && next) {
    const head = hyphen[1].toLowerCase();
    const rest = next[1].toLowerCase();
    const lower = /^\p{Ll}/u.test(next[1]);
    // An acronym broken at the line's end ("UN-" + "ESCO") is joined when the document spells it whole elsewhere.
    const capitals = /^\p{Lu}+$/u.test(hyphen[1]) && /^\p{Lu}+$/u.test(next[1]) && words.has(head + rest);
    // A lower-case rest that is no word of the document ("Math-" + "ematical", "West-" + "ern") is the end of a broken
    // word; a rest that is a word stays joined by its hyphen when the part before it is a word too ("self-" + "interest").
    const undo = capitals || (lower && (words.has(head + rest) || (!words.has(`${head}-${rest}`) && (!words.has(head) || !words.has(rest)))));
    if (undo) out.dropLast('-\u00ad\u2010');
    writeLine(l, out);
    return '';
  }
  out.space();
  writeLine(l, out);
  return '';
}
