import type { Analysis, Citation, Reference, Span } from './model';
import { chosenReason } from './choices';
import { distinctReferenceLabels, referenceHeadline, workLabel } from './labels';
import { snippetAround } from './sourcesModel';
import { workSeverity, type ProblemSeverity } from './severity';
import { isMessage, messageArgs, say } from './messages';

/** The codes of the problems about citations and references. Notices keep their own codes. */
export type ProblemCode = 'unresolved' | 'ambiguous' | 'uncited' | 'mismatch';

export { workSeverity, type ProblemSeverity };

/** Another place that explains a problem, e.g. a candidate reference of an ambiguous citation. */
export interface RelatedPlace {
  readonly span: Span;
  readonly message: string;
}

/** Something the reader may want to check, as plain data: offsets into the analysed text. */
export interface Problem {
  readonly span: Span;
  readonly severity: ProblemSeverity;
  /** A {@link ProblemCode}, or the code of an analysis notice (e.g. "no-reference-list"). */
  readonly code: string;
  /** One or more sentences a reader understands. */
  readonly message: string;
  readonly related: readonly RelatedPlace[];
  /** For a problem about a cited work: the start offset of its citation and its 0-based index in it. */
  readonly work?: { readonly citationStart: number; readonly workIndex: number };
  /** The references concerned: the candidates of an ambiguous work, the target of a mismatch, the uncited entry. */
  readonly referenceIds: readonly string[];
}

export interface ProblemOptions {
  /** Report references no citation points to (severity hint). */
  readonly uncitedReferences: boolean;
}

/** Upper-cases the first letter and ends the sentence with a full stop unless it already ends with punctuation. */
function sentence(s: string): string {
  const t = s.trim();
  if (t === '') return '';
  const first = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?…]["”’)]?$/u.test(first) ? first : `${first}.`;
}

function joinSentences(parts: readonly string[]): string {
  return parts.map(sentence).filter((s) => s !== '').join(' ');
}

const noticeSeverity = { error: 'error', warning: 'warning', info: 'information' } as const;

/** The reason of an ambiguous link that only restates which references match: the message already lists them. */

/**
 * A reason of an unresolved link without what the message's first sentence already says: "no
 * reference by “Doe” in the list" goes, "no reference matches “Wang 2008”; the closest is …" keeps
 * only "the closest is …".
 */
function unsaid(reason: string): string {
  if (isMessage(reason, 'no reference by “{0}” in the list')) return '';
  return messageArgs(reason, 'no reference matches “{0}”; {1}')?.[1] ?? reason;
}

/** Where a citation is, for a reader who sees no line numbers: its sentence, shortened. */
function inSentence(text: string, citation: Citation): string {
  const snippet = snippetAround(text, citation, 90);
  return snippet === '' ? '' : say('In “{0}”', snippet);
}

/** Where an entry is: "Reference list, entry 6". */
function inList(reference: Reference): string {
  return say('Reference list, entry {0}', reference.index + 1);
}

/**
 * The problems of an analysis, sorted by start offset:
 * - `unresolved` (warning) for a cited work no reference matches, with the engine's reasons; in a
 *   narrative citation whose names no reference bears, information only: "Metropolis (1927)" may be
 *   a title and its year rather than a citation of a missing work;
 * - `ambiguous` (information) for a cited work that matches several references, each candidate a related place;
 * - `mismatch` (information) for a linked work with confidence below 1 and reasons, e.g. the text
 *   says "et al" but the reference lists one author (the reader's own choices are not questioned);
 * - `uncited` (hint) for a reference no work targets, only when `options.uncitedReferences`;
 * - each notice of the analysis, with its own code (at offset 0 when it has no span).
 * Works or references missing from the analysis are skipped, never thrown on.
 */
export function findProblems(analysis: Analysis, options: ProblemOptions): Problem[] {
  const byId = new Map(analysis.references.map((r) => [r.id, r]));
  const problems: Problem[] = [];
  // Without a reference list no citation can be linked: the essay-level notice says so once,
  // instead of one warning per citation.
  const noList = analysis.references.length === 0 && analysis.notices.some((n) => n.code === 'no-reference-list');
  for (const citation of noList ? [] : analysis.citations) {
    const where = inSentence(analysis.text, citation);
    citation.works.forEach((work, workIndex) => {
      const span = { start: work.start, end: work.end };
      const at = { citationStart: citation.start, workIndex };
      const label = `“${workLabel(work)}”`;
      const severity = workSeverity(citation, work);
      if (severity === undefined) return;
      if (work.status === 'unresolved') {
        const maybeNotCitation = severity === 'information';
        problems.push({
          span,
          severity,
          code: 'unresolved',
          message: joinSentences([
            say('No reference in the list matches {0}', label),
            ...work.reasons.map(unsaid).filter((r) => r !== ''),
            ...(maybeNotCitation ? [say('It may be a work missing from the list, or a name and a year that cite nothing (a place, a title, an event)')] : []),
            where,
          ]),
          related: [],
          work: at,
          referenceIds: [],
        });
      } else if (work.status === 'ambiguous') {
        const candidates = work.targets.map((id) => byId.get(id)).filter((r): r is Reference => r !== undefined);
        const labels = distinctReferenceLabels(candidates);
        problems.push({
          span,
          severity,
          code: 'ambiguous',
          message: joinSentences([
            say('{0} matches {1} references: {2}', label, candidates.length, labels.join('; ')),
            ...work.reasons.filter((r) => !isMessage(r, '{0} match “{1}”: {2}')),
            // Quick fixes need a writable editor; the hover link, the context menu and Problems work in an essay.
            say('Choose the one it means with “Choose the reference” in the hover, in the editor’s context menu or in the Problems view'),
            where,
          ]),
          related: candidates.map((r, i) => ({ span: { start: r.start, end: r.end }, message: say('Candidate: {0}', labels[i]) })),
          work: at,
          referenceIds: candidates.map((r) => r.id),
        });
      } else {
        const target = byId.get(work.targets[0]);
        const reasons = work.reasons.filter((r) => r !== chosenReason());
        problems.push({
          span,
          severity,
          code: 'mismatch',
          message: joinSentences([target ? say('{0} is linked to {1}', label, referenceHeadline(target)) : say('{0} is linked', label), ...reasons, where]),
          related: target ? [{ span: { start: target.start, end: target.end }, message: say('Linked reference: {0}', referenceHeadline(target)) }] : [],
          work: at,
          referenceIds: target ? [target.id] : [],
        });
      }
    });
  }
  if (options.uncitedReferences) {
    for (const id of analysis.uncited) {
      const reference = byId.get(id);
      if (!reference) continue;
      problems.push({
        span: { start: reference.start, end: reference.end },
        severity: 'hint',
        code: 'uncited',
        message: joinSentences([say('No citation in the essay points to {0}', referenceHeadline(reference)), inList(reference)]),
        related: [],
        referenceIds: [id],
      });
    }
  }
  for (const notice of analysis.notices) {
    problems.push({
      span: notice.span ? { start: notice.span.start, end: notice.span.end } : { start: 0, end: 0 },
      severity: noticeSeverity[notice.severity] ?? 'information',
      code: notice.code,
      message: sentence(notice.message),
      related: [],
      referenceIds: [],
    });
  }
  return problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
