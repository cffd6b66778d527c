import type { Analysis, Citation, CitedWork, Reference } from './model';
import { foldKey } from './text';
import { say } from './messages';

/**
 * The reader's remembered choices for one essay: which reference a cited work means when the
 * engine could not decide (or decided otherwise). Plain JSON so it can be stored as it is.
 *
 * Keys come from {@link choiceKey}; they name a cited work by what it says and where it falls among
 * the works that say the same, so a choice survives re-analysis and edits elsewhere in the essay.
 */
export type Choices = Readonly<Record<string, ChosenReference>>;

/** The reference the reader chose for one cited work. */
export interface ChosenReference {
  /** The reference's id when the choice was made ("r3"); used only to break ties between identical entries. */
  readonly referenceId: string;
  /** {@link referenceKey} of the chosen entry: ids follow list order and shift when the list changes, the text does not. */
  readonly referenceKey: string;
}

/** The reason added to a work linked by the reader's choice, in the reader's language ("chosen by the reader"). */
export function chosenReason(): string {
  return say('chosen by the reader');
}

/**
 * The comparison key of a reference entry: its folded text (see `foldKey`). Two entries share a key
 * only when their text is the same up to case, diacritics and punctuation.
 */
export function referenceKey(reference: Reference): string {
  return foldKey(reference.text);
}

/** What a cited work says, folded: authors, "et al" and the year, e.g. "smith 2010" or "cohen et al 2012". */
function workIdentity(work: CitedWork): string {
  const authors = work.authors.length > 0 ? work.authors.join(' ') : work.text;
  return foldKey(`${authors}${work.etAl ? ' et al' : ''} ${work.year}`);
}

/** One cited work of an analysis with its position and its choice key. */
export interface KeyedWork {
  readonly citationIndex: number;
  readonly workIndex: number;
  readonly citation: Citation;
  readonly work: CitedWork;
  /** See {@link choiceKey}. */
  readonly key: string;
}

/**
 * Every cited work of the analysis in text order, each with its choice key: the work's identity
 * (folded authors, "et al" and year) followed by `#n`, n being 1 for the first work in the text that
 * says the same, 2 for the second… So the second "(Smith, 2010)" of an essay has the key
 * "smith 2010#2" whatever else changes around it.
 */
export function keyedWorks(analysis: Analysis): KeyedWork[] {
  const seen = new Map<string, number>();
  const result: KeyedWork[] = [];
  analysis.citations.forEach((citation, citationIndex) => {
    citation.works.forEach((work, workIndex) => {
      const identity = workIdentity(work);
      const occurrence = (seen.get(identity) ?? 0) + 1;
      seen.set(identity, occurrence);
      result.push({ citationIndex, workIndex, citation, work, key: `${identity}#${occurrence}` });
    });
  });
  return result;
}

/**
 * The choice key of the `workIndex`-th work (0-based) of the citation starting at offset
 * `citationStart`, or undefined when no citation starts there or it has no such work.
 */
export function choiceKey(analysis: Analysis, citationStart: number, workIndex: number): string | undefined {
  return keyedWorks(analysis).find((k) => k.citation.start === citationStart && k.workIndex === workIndex)?.key;
}

/** The reference a choice names in this analysis: same text, and the same id when several entries share it. */
function resolveChoice(analysis: Analysis, chosen: ChosenReference): Reference | undefined {
  const matches = analysis.references.filter((r) => referenceKey(r) === chosen.referenceKey);
  return matches.find((r) => r.id === chosen.referenceId) ?? matches[0];
}

/** Ids of references no cited work targets (linked or ambiguous), in list order. */
function uncitedIds(analysis: Pick<Analysis, 'references' | 'citations'>): string[] {
  const cited = new Set<string>();
  for (const citation of analysis.citations) {
    for (const work of citation.works) {
      if (work.status !== 'unresolved') for (const id of work.targets) cited.add(id);
    }
  }
  return analysis.references.filter((r) => !cited.has(r.id)).map((r) => r.id);
}

/**
 * The analysis as the reader sees it once their choices apply: each work with a choice whose
 * reference still exists becomes `linked` to it with confidence 1 and the single reason
 * {@link chosenReason}; `uncited` is recomputed. Choices whose work or reference is gone are ignored.
 *
 * Pure and idempotent. Returns `analysis` itself when no choice changes anything, so callers can
 * compare by identity.
 */
export function applyChoices(analysis: Analysis, choices: Choices): Analysis {
  if (Object.keys(choices).length === 0) return analysis;
  const replaced = new Map<CitedWork, CitedWork>();
  for (const { work, key } of keyedWorks(analysis)) {
    const chosen = Object.prototype.hasOwnProperty.call(choices, key) ? choices[key] : undefined;
    if (!chosen) continue;
    const reference = resolveChoice(analysis, chosen);
    if (!reference) continue;
    const already =
      work.status === 'linked' &&
      work.targets.length === 1 &&
      work.targets[0] === reference.id &&
      work.confidence === 1 &&
      work.reasons.length === 1 &&
      work.reasons[0] === chosenReason();
    if (already) continue;
    replaced.set(work, { ...work, status: 'linked', targets: [reference.id], confidence: 1, reasons: [chosenReason()] });
  }
  if (replaced.size === 0) return analysis;
  const citations = analysis.citations.map((citation) =>
    citation.works.some((w) => replaced.has(w))
      ? { ...citation, works: citation.works.map((w) => replaced.get(w) ?? w) }
      : citation,
  );
  return { ...analysis, citations, uncited: uncitedIds({ references: analysis.references, citations }) };
}
