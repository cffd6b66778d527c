// How serious a cited work's problem is: one answer for every surface (Problems, the Sources view,
// decorations), so that a reader never sees a warning in one place and information in another.
import { chosenReason } from './choices';
import type { Citation, CitedWork } from './model';

export type ProblemSeverity = 'error' | 'warning' | 'information' | 'hint';

/** True for a linked work the engine still has doubts about: confidence below 1 and reasons given, not the reader's own choice. */
export function isMismatch(work: CitedWork): boolean {
  return (
    work.status === 'linked' &&
    work.confidence < 1 &&
    work.reasons.some((r) => r.trim() !== '' && r !== chosenReason())
  );
}

/**
 * The severity of a cited work's problem, the same on every surface (Problems, the Sources view's
 * icons, decorations): `undefined` for a work linked without doubt; `warning` for a work missing
 * from the list, except `information` for a narrative citation whose names no reference bears
 * ("Metropolis (1927)" may be a title); `information` for an ambiguous work or a doubtful link.
 */
export function workSeverity(citation: Citation, work: CitedWork): ProblemSeverity | undefined {
  if (work.status === 'unresolved') return citation.kind === 'narrative' && work.unknownName === true ? 'information' : 'warning';
  if (work.status === 'ambiguous' || isMismatch(work)) return 'information';
  return undefined;
}

