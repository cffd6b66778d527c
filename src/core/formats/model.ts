/**
 * One model for every format the essay can come in: a reader turns a file's bytes into the essay's
 * reading text plus a map from offsets of that text back to where each piece came from. The engine
 * only ever sees the reading text.
 */

/** The kinds of file an essay can be read from. */
export type DocumentKind = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

/**
 * Where a piece of the reading text came from. `page` (1-based) and `box` (PDF user space of that
 * page, `[x, y, width, height]` with y measured from the page's bottom) for PDF; `element` (a short
 * path such as `p`, `li`, `td`, `h2`) and `offset` (0-based UTF-16 offset into the source text) for
 * HTML, DOCX (its HTML) and Markdown.
 */
export interface SourcePlace {
  readonly page?: number;
  readonly box?: readonly [number, number, number, number];
  readonly element?: string;
  readonly offset?: number;
}

/** A run of the reading text (`start`..`end`, UTF-16 offsets, end exclusive) and its source place. */
export interface MapSegment {
  readonly start: number;
  readonly end: number;
  readonly place: SourcePlace;
}

/** How the source sets a stretch of text apart: emphasis (italics: `*…*`, `<em>`, `<i>`, a Word run in italics) or strong emphasis (bold). */
export type EmphasisKind = 'em' | 'strong';

/** A stretch of the reading text (`start`..`end`, UTF-16 offsets, end exclusive) that the source emphasises. */
export interface EmphasisSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: EmphasisKind;
}

/**
 * An item of a list in the source (`start`..`end`, UTF-16 offsets into the reading text, end exclusive, the
 * item's nested lists included). `ordered` for a numbered list (`1.`, `<ol>`, a Word numbered list), with the
 * item's number when the source gives one; `depth` is 1 for an item of a top-level list, 2 for an item of a list
 * inside it, and so on. The markers themselves are never in the reading text.
 */
export interface ListItemSpan {
  readonly start: number;
  readonly end: number;
  readonly ordered: boolean;
  readonly depth: number;
  readonly number?: number;
}

/** A document read: its reading text, the map back to the source (segments in text order), and what a reader should know. */
export interface ReadDocument {
  readonly kind: DocumentKind;
  readonly text: string;
  readonly map: readonly MapSegment[];
  /** For paged formats (PDF): the number of pages read. */
  readonly pages?: number;
  readonly warnings: readonly string[];
  /** Where the source emphasises its text, sorted by start (readers of Markdown, HTML and Word; none for PDF or plain text). */
  readonly emphasis?: readonly EmphasisSpan[];
  /** The items of the source's lists, in text order of their starts (readers of Markdown, HTML and Word). */
  readonly listItems?: readonly ListItemSpan[];
}

/** The outcome of reading a document: the document, or one line saying why it cannot be read. */
export type ReadOutcome = ReadDocument | { readonly error: string };

/** Limits that keep a hostile file from taking the reader's time or memory. */
export interface ReadLimits {
  /** Most pages of a PDF read (the rest are left out with a warning). */
  readonly maxPages: number;
  /** Most bytes a DOCX's parts may inflate to, all together. */
  readonly maxInflatedBytes: number;
  /** Most characters of reading text. */
  readonly maxTextChars: number;
}

/** The limits used when the caller gives none. */
export const defaultReadLimits: ReadLimits = { maxPages: 1000, maxInflatedBytes: 200 * 1024 * 1024, maxTextChars: 20 * 1024 * 1024 };

/**
 * The source place of the reading text's `offset` (0-based): the segment holding it, else the
 * nearest one before it (a blank line between paragraphs maps to the paragraph above). Undefined for
 * an empty map. `map` must be in text order, as readers give it.
 */
export function placeAt(map: readonly MapSegment[], offset: number): SourcePlace | undefined {
  let lo = 0;
  let hi = map.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (map[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found >= 0) return map[found].place;
  return map.length > 0 ? map[0].place : undefined;
}

/** The 1-based page of the reading text's `offset` (0-based), when the document is paged (PDF); else undefined. */
export function pageAt(map: readonly MapSegment[], offset: number): number | undefined {
  return placeAt(map, offset)?.page;
}

/** A page of a paged document (PDF) and the offset of the reading text where it starts. */
export interface PageStart {
  /** 0-based UTF-16 offset into the reading text. */
  readonly offset: number;
  /** 1-based page number. */
  readonly page: number;
}

/**
 * Where each page after the first begins in the reading text, in text order: the first segment of `map`
 * on a page later than every page before it. Empty for a map without pages (a document that is not a PDF).
 * One pass over the map.
 */
export function pageStarts(map: readonly MapSegment[]): PageStart[] {
  const starts: PageStart[] = [];
  let last: number | undefined;
  for (const segment of map) {
    const page = segment.place.page;
    if (page === undefined) continue;
    if (last !== undefined && page > last) starts.push({ offset: segment.start, page });
    if (last === undefined || page > last) last = page;
  }
  return starts;
}

/** A page marker of the reading text's editor: the page that begins at `offset` and whether the marker opens a line. */
export interface PageMarker extends PageStart {
  /** True when only blank space stands between the line's start and `offset` (the marker opens the line), false within a line (between words). */
  readonly lineStart: boolean;
}

/**
 * Where the editor marks each page of a paged document (PDF): the first page's first text and every page start of
 * {@link pageStarts}, each moved past the blank space it may begin with (a page that begins between paragraphs is
 * marked at the next paragraph's first word, never at the end of the line before). A page whose text is blank gives
 * way to the page after it at the same place; a page start in trailing blank space is left out. Offsets are those
 * of `text`, which the markers never change (the editor shows them beside the text, not in it). Empty for a map
 * without pages.
 */
export function pageMarkers(text: string, map: readonly MapSegment[]): PageMarker[] {
  const first = map.find((segment) => segment.place.page !== undefined);
  if (first?.place.page === undefined) return [];
  const markers: PageMarker[] = [];
  for (const start of [{ offset: first.start, page: first.place.page }, ...pageStarts(map)]) {
    let offset = start.offset;
    while (offset < text.length && /\s/.test(text[offset])) offset++;
    if (offset >= text.length) continue;
    const marker = { offset, page: start.page, lineStart: text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset).trim() === '' };
    if (markers.length > 0 && markers[markers.length - 1].offset === offset) markers[markers.length - 1] = marker;
    else markers.push(marker);
  }
  return markers;
}

/** Where a span of the reading text lies in a PDF: its first page and the boxes (PDF user space) of its pieces on that page. */
export interface PageBoxes {
  /** 1-based page number. */
  readonly page: number;
  /** `[x, y, width, height]`, y from the page's bottom; empty when the map gives no box for the span. */
  readonly boxes: readonly (readonly [number, number, number, number])[];
}

/**
 * The page of the span `start`..`end` (0-based UTF-16 offsets, end exclusive) and the boxes of the
 * map's segments that overlap it on that page, in text order, each cut to the part of the segment the span
 * covers (by its share of the segment's characters: a citation inside a line's text item gets the width of its
 * own words, not the line's). Undefined when the map has no page there (a document that is not a PDF).
 */
export function boxesOf(map: readonly MapSegment[], start: number, end: number): PageBoxes | undefined {
  const page = pageAt(map, start);
  if (page === undefined) return undefined;
  const stop = Math.max(end, start + 1);
  const boxes: (readonly [number, number, number, number])[] = [];
  for (const segment of map) {
    if (segment.start >= stop) break;
    const box = segment.place.box;
    if (segment.end <= start || segment.place.page !== page || !box) continue;
    const length = segment.end - segment.start;
    const from = Math.max(start, segment.start) - segment.start;
    const to = Math.min(stop, segment.end) - segment.start;
    const [x, y, width, height] = box;
    boxes.push(from === 0 && to === length ? box : [x + (width * from) / length, y, (width * (to - from)) / length, height]);
  }
  return { page, boxes };
}
