import { pageAt } from '../core/formats/model';
import type { Essay } from './essayService';

/** For an essay read from a PDF, the page (1-based) of an offset of its text; undefined for any other essay. */
export function essayPageAt(essay: Essay | undefined): ((offset: number) => number | undefined) | undefined {
  const document = essay?.document;
  if (document?.kind !== 'pdf') return undefined;
  return (offset) => pageAt(document.map, offset);
}
