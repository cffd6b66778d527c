/** One essay's analysis made compact for the library and its cache. */
import { referenceLabel } from '../link';
import type { Analysis } from '../model';
import { snippetParts, snippetText } from '../sourcesModel';
import { SUMMARY_VERSION, type EssaySummary, type SummaryCitation } from './model';

/** The longest sentence kept with a citation (as the Sources view shows it). */
const SENTENCE_CHARS = 100;

/**
 * The summary of `analysis` for the library: title, references (id, label, entry text, CSL), the
 * linked citations of each (offsets into the reading text, with their sentence) and counts. Plain
 * JSON-serialisable data; `file` and `hash` are kept as given. Never throws on a well-formed analysis.
 */
export function summariseEssay(file: string, analysis: Analysis, hash: string): EssaySummary {
  const byReference = new Map<string, SummaryCitation[]>();
  let works = 0;
  let linked = 0;
  let ambiguous = 0;
  let unresolved = 0;
  for (const c of analysis.citations) {
    for (const w of c.works) {
      works++;
      if (w.status === 'linked') linked++;
      else if (w.status === 'ambiguous') ambiguous++;
      else unresolved++;
      if (w.status !== 'linked' || w.targets.length !== 1) continue;
      const list = byReference.get(w.targets[0]) ?? [];
      const { text: sentence, cutBefore, cutAfter } = snippetParts(analysis.text, c, SENTENCE_CHARS);
      list.push({ start: w.start, end: w.end, text: w.text, sentence, ...(cutBefore ? { cutBefore } : {}), ...(cutAfter ? { cutAfter } : {}) });
      byReference.set(w.targets[0], list);
    }
  }
  return {
    version: SUMMARY_VERSION,
    file,
    hash,
    ...(analysis.title ? { title: analysis.title } : {}),
    references: analysis.references.map((r) => ({
      id: r.id,
      label: referenceLabel(r),
      text: r.text,
      csl: { ...r.csl, id: '' },
      citations: byReference.get(r.id) ?? [],
    })),
    counts: { citations: analysis.citations.length, works, linked, ambiguous, unresolved, references: analysis.references.length, uncited: analysis.uncited.length },
  };
}

/** The sentence of a citation as a reader sees it: with "…" where words were left out. */
export function citationSentence(citation: Pick<SummaryCitation, 'sentence' | 'cutBefore' | 'cutAfter'>): string {
  return snippetText({ text: citation.sentence, cutBefore: citation.cutBefore, cutAfter: citation.cutAfter });
}
