import type { Analysis, Citation, CitedWork, Reference } from './model';

/** One cited work together with the citation that holds it. */
export interface CitingPlace {
  readonly citation: Citation;
  readonly work: CitedWork;
}

/** Fast questions about one analysis: built once, O(log n) per position lookup. */
export interface AnalysisIndex {
  readonly analysis: Analysis;
  /** The citation whose span contains `offset` (start inclusive, end inclusive so a cursor just after `)` still counts), or undefined. */
  citationAt(offset: number): Citation | undefined;
  /** The cited work inside a citation that contains `offset`, or the citation's first work when the offset is on shared text (e.g. a narrative author name). */
  workAt(offset: number): CitingPlace | undefined;
  /** The reference whose entry contains `offset`, or undefined. */
  referenceAt(offset: number): Reference | undefined;
  referenceById(id: string): Reference | undefined;
  /** The references a cited work points to (its one target, or every candidate when ambiguous), in target order; ids not in the list are skipped. */
  referencesOf(work: CitedWork): Reference[];
  /** Every place that cites the reference `id` (linked or ambiguous), in text order; empty for an unknown id. */
  citationsOf(id: string): readonly CitingPlace[];
  /** The first citation starting after `offset`, or undefined. */
  nextCitation(offset: number): Citation | undefined;
  /** The last citation starting before `offset`, or undefined. */
  previousCitation(offset: number): Citation | undefined;
}

/** Index of the last span whose start is <= offset, or -1. Spans must be sorted by start. */
function lastStartingAtOrBefore(spans: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * Builds the lookup index of an analysis. Citations and references must be in text order
 * and not overlap (as `analyze()` returns them). O(citations + references).
 */
export function indexAnalysis(analysis: Analysis): AnalysisIndex {
  const { citations, references } = analysis;
  const byId = new Map<string, Reference>(references.map((r) => [r.id, r]));
  const citing = new Map<string, CitingPlace[]>();
  for (const citation of citations) {
    for (const work of citation.works) {
      if (work.status === 'unresolved') continue;
      for (const target of work.targets) {
        let list = citing.get(target);
        if (!list) citing.set(target, (list = []));
        list.push({ citation, work });
      }
    }
  }

  const citationAt = (offset: number): Citation | undefined => {
    const i = lastStartingAtOrBefore(citations, offset);
    return i >= 0 && offset <= citations[i].end ? citations[i] : undefined;
  };

  return {
    analysis,
    citationAt,
    workAt(offset) {
      const citation = citationAt(offset);
      if (!citation || citation.works.length === 0) return undefined;
      const work = citation.works.find((w) => w.start <= offset && offset <= w.end) ?? citation.works[0];
      return { citation, work };
    },
    referenceAt(offset) {
      const i = lastStartingAtOrBefore(references, offset);
      return i >= 0 && offset <= references[i].end ? references[i] : undefined;
    },
    referenceById: (id) => byId.get(id),
    referencesOf: (work) => work.targets.map((id) => byId.get(id)).filter((r): r is Reference => r !== undefined),
    citationsOf: (id) => citing.get(id) ?? [],
    nextCitation(offset) {
      const i = lastStartingAtOrBefore(citations, offset);
      return citations[i + 1];
    },
    previousCitation(offset) {
      let i = lastStartingAtOrBefore(citations, offset);
      if (i >= 0 && citations[i].start >= offset) i--;
      // A cursor inside a citation goes to the one before it.
      if (i >= 0 && citations[i].start < offset && offset <= citations[i].end) i--;
      return i >= 0 ? citations[i] : undefined;
    },
  };
}
