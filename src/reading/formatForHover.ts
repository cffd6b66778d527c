// The seam between the hover and the formatter (citation-js). The formatter's first use loads it and
// compiles the style, which would hold up the hover that asked; so until the one warm-up (see
// ../sources/formatter) is done, a hover only schedules it and shows the entry's own text, and every
// hover after that shows the formatted entry too. Nothing here loads citation-js at activation.
import { styleInfo } from '../core/format/styles';
import type { Reference } from '../core/model';
import { readSettings } from '../settings';
import { isFormatterReady, loadFormatter, scheduleFormatterWarmUp } from '../sources/formatter';

/** Formatted entries by reference, per style and locale ("" when the formatter could not format it). */
const cache = new WeakMap<Reference, Map<string, string>>();
/** Loading holds the extension host for a moment: not while the hover that asked is on its way back. */
const warmUpDelayMs = 750;

/**
 * The reference formatted in the reader's citation style and locale, for the hover; undefined when
 * no formatted entry is at hand (the formatter is still loading, is missing, cannot format this
 * entry, or the style is unknown). The hover then shows the entry's own text only.
 */
export async function formatForHover(reference: Reference): Promise<string | undefined> {
  const { citationStyle: style, locale } = readSettings();
  // A data format (BibTeX, RIS, CSL-JSON) is shown as its record, in a code block.
  if (styleInfo(style) === undefined) return undefined;
  const key = `${style}|${locale}`;
  const known = cache.get(reference)?.get(key);
  if (known !== undefined) return known || undefined;
  if (!isFormatterReady()) {
    scheduleFormatterWarmUp(warmUpDelayMs);
    return undefined;
  }
  let text = '';
  try {
    text = (await (await loadFormatter()).formatEntry(reference.csl, style, locale)).trim();
  } catch {
    // An entry citation-js cannot format keeps its own text.
  }
  let byStyle = cache.get(reference);
  if (!byStyle) cache.set(reference, (byStyle = new Map()));
  byStyle.set(key, text);
  return text || undefined;
}
