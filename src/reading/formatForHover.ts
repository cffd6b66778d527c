import type { Reference } from '../core/model';

/**
 * The reference formatted in the reader's citation style, for the hover; undefined when no
 * formatted entry is available (the hover then shows the entry's own text only).
 *
 * The seam between the hover and the formatter: the formatter (citation-js, loaded on first use,
 * never at activation) is wired in here. It must answer quickly once warm; the hover does not wait
 * longer than a moment for it.
 */
export async function formatForHover(_reference: Reference): Promise<string | undefined> {
  return undefined;
}
