/** Where each citation's status is marked, the same in the editor's decorations and in the reading view. */
import type { Analysis, LinkStatus, Span } from './model';

/** One marked stretch of text: a whole citation, or one work of a citation of several. */
export interface CitationMark extends Span {
  readonly status: LinkStatus;
  /** Index of the citation in `analysis.citations`. */
  readonly citation: number;
  /** Index of the work in the citation, when the mark is one work of several. */
  readonly work?: number;
}

/**
 * The marks of an analysis, in text order, not overlapping: a single-work citation is marked as a
 * whole, the works of a multi-work citation one by one (so "(Smith 2004; Doe 1999)" can show one
 * linked and one unresolved). A work with an empty span is left out.
 */
export function citationMarks(analysis: Pick<Analysis, 'citations'>): CitationMark[] {
  const marks: CitationMark[] = [];
  analysis.citations.forEach((citation, c) => {
    if (citation.works.length === 1) marks.push({ start: citation.start, end: citation.end, status: citation.works[0].status, citation: c });
    else
      citation.works.forEach((work, w) => {
        if (work.end > work.start) marks.push({ start: work.start, end: work.end, status: work.status, citation: c, work: w });
      });
  });
  return marks;
}
