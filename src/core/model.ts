/**
 * The engine's plain data: what `analyze()` returns and every adapter reads.
 *
 * All offsets are 0-based UTF-16 code-unit offsets into the analysed text
 * (the file's text with a leading BOM removed), half-open: `text.slice(start, end)`.
 */

/** A half-open range of offsets into the analysed text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A CSL-JSON name (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html#name-fields). */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
}

/** A CSL-JSON date: `date-parts` of [year, month?, day?], or a literal such as "n.d.". */
export interface CslDate {
  'date-parts'?: (number | string)[][];
  literal?: string;
  season?: number | string;
}

/** A CSL-JSON item, the shape citation-js formats. Unknown fields are allowed. */
export interface CslItem {
  id: string;
  type: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: CslDate;
  title?: string;
  'container-title'?: string;
  'collection-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  publisher?: string;
  'publisher-place'?: string;
  event?: string;
  'event-place'?: string;
  genre?: string;
  medium?: string;
  URL?: string;
  DOI?: string;
  accessed?: CslDate;
  note?: string;
  [field: string]: unknown;
}

/** One entry of the essay's reference list. */
export interface Reference extends Span {
  /** Stable id within one analysis: "r1", "r2", … in list order. */
  readonly id: string;
  /** 0-based position in list order. */
  readonly index: number;
  /** Exactly `analysedText.slice(start, end)` (a wrapped entry keeps its line breaks). */
  readonly text: string;
  /** The parsed entry. Its `id` equals the reference's `id`. */
  readonly csl: CslItem;
  /** CSL field names whose value the parser is not sure of (e.g. "author", "title", "issued"). */
  readonly uncertain: readonly string[];
}

/** A locator inside a cited work: `p. 7`, `pp. 3-4`, `chap. 2`, `: 7`. CSL locator labels. */
export interface Locator {
  readonly label: 'page' | 'chapter' | 'section' | 'paragraph' | 'figure' | 'table' | 'note' | 'volume' | 'line' | string;
  /** The value as written, e.g. "7", "3-4", "12–14". */
  readonly value: string;
}

export type LinkStatus = 'linked' | 'ambiguous' | 'unresolved';

/**
 * One work cited inside an in-text citation. `(Smith 2004; Jones & Lee 2010a, p. 12)`
 * is one citation with two works; `Smith et al. (2004, 2006)` is one citation with two works
 * sharing the authors.
 */
export interface CitedWork extends Span {
  /** Exactly the slice of this work inside the citation, e.g. "Jones & Lee 2010a, p. 12". */
  readonly text: string;
  /** Author names as the citation writes them, in order (surnames or full names: "Wang", "Haiyun Wang"). */
  readonly authors: readonly string[];
  /** True when the citation says "et al" (with or without the dot) or an equivalent. */
  readonly etAl: boolean;
  /** The year as written, with its suffix: "2005", "2010a", "n.d.", "in press". */
  readonly year: string;
  /** The first edition's year written beside it, for a reprint or translation: "1905" in "Weber [1905] 1930". */
  readonly originalYear?: string;
  /** "see", "cf.", "e.g." … when present. */
  readonly prefix?: string;
  readonly locator?: Locator;
  readonly status: LinkStatus;
  /** Ids of the references this work points to: one when linked, two or more when ambiguous, none when unresolved. */
  readonly targets: readonly string[];
  /** 0..1: how sure the linker is of `targets`. */
  readonly confidence: number;
  /** Sentences a reader understands, e.g. "the text says “et al” but the reference lists one author". */
  readonly reasons: readonly string[];
  /**
   * True when no reference bears any of the names: the work is missing from the list, or (in a
   * narrative citation) the words before the year are not an author's at all ("Metropolis (1927)").
   */
  readonly unknownName?: boolean;
}

/** An in-text citation: a parenthetical `(Paul, 2005)` or a narrative `Haiyun Wang (2007: 7)`. */
export interface Citation extends Span {
  /** Exactly the slice of the citation. For a narrative citation it starts at the first author's name. */
  readonly text: string;
  readonly kind: 'parenthetical' | 'narrative';
  readonly works: readonly CitedWork[];
}

/** A heading of the essay, for the outline. */
export interface Section extends Span {
  readonly title: string;
  /** 0 for the essay's title, 1 for a top-level section, 2… below. */
  readonly level: number;
  readonly kind: 'title' | 'section' | 'references';
}

/** Something the reader should know about the analysis as a whole (not about one citation). */
export interface Notice {
  readonly severity: 'error' | 'warning' | 'info';
  /** A stable machine-readable code, e.g. "no-reference-list". */
  readonly code: string;
  /** One line a reader understands. */
  readonly message: string;
  readonly span?: Span;
}

/** Everything the engine knows about one essay. */
export interface Analysis {
  /** The analysed text (the input with a leading BOM removed); all offsets point into it. */
  readonly text: string;
  /** The essay's title, when one could be found (usually the first line). */
  readonly title?: string;
  /**
   * The reference list: its heading (when there is one) and the span of all its entries. A document with a list
   * after each of its parts or chapters has the last one here and the others, in text order, in `earlier`.
   */
  readonly referenceList?: { readonly heading?: Span; readonly span: Span; readonly earlier?: readonly { readonly heading: Span; readonly span: Span }[] };
  /** In list order. */
  readonly references: readonly Reference[];
  /** In text order, not overlapping. */
  readonly citations: readonly Citation[];
  /** Ids of references that no cited work targets (linked or ambiguous), in list order. */
  readonly uncited: readonly string[];
  /** Headings for the outline, in text order. */
  readonly sections: readonly Section[];
  readonly notices: readonly Notice[];
}
