/**
 * Formatted references through citation-js: bibliographies and in-text citations in CSL styles
 * (APA, MLA, Chicago author-date, Harvard, Vancouver) and the BibTeX, RIS and CSL-JSON records.
 * Nothing here formats by hand: each style is a CSL style run by citeproc.
 *
 * citation-js is loaded on the first call (see ./citationJs). The functions are async so that a
 * caller never depends on it being loaded already.
 */
import { withReadableIds } from './keys';
import type { CslItem, Locator } from '../model';
import { trimEndChars } from '../text';
import { citationJs } from './citationJs';
import { styleInfo, type OutputStyle, type StyleInfo } from './styles';

export { readableKeys, withReadableIds } from './keys';
export { isOutputStyle, outputStyleIds, styleInfo, styleInfos } from './styles';
export { describeUncertain } from './uncertain';
// The reader's bibliography files are read by citation-js's input plugins: loaded with the formatter.
export { readBibliography } from '../library/bibliography';
export type { OutputStyle, StyleInfo, TemplateSource } from './styles';

/** The locale formatted citations use when the requested one is not bundled. */
export const defaultLocale = 'en-US';

/** The CSL locator labels citeproc knows; any other label is formatted as a page. */
const cslLocatorLabels = new Set([
  'act', 'appendix', 'article-locator', 'book', 'canon', 'chapter', 'column', 'elocation', 'equation', 'figure', 'folio',
  'issue', 'line', 'note', 'opus', 'page', 'paragraph', 'part', 'rule', 'scene', 'section', 'sub-verbo', 'supplement',
  'table', 'timestamp', 'title-locator', 'verse', 'version', 'volume',
]);

/** The locale used for `requested`: itself when citation-js bundles its terms, else {@link defaultLocale}. */
export interface ResolvedLocale {
  readonly locale: string;
  /** True when `requested` is not bundled and {@link defaultLocale} is used instead. */
  readonly fellBack: boolean;
}

/**
 * Which locale formatting in `requested` really uses. citation-js bundles en-US, de-DE, es-ES,
 * fr-FR and nl-NL; any other (or a malformed one) falls back to en-US. Loads citation-js.
 */
export function resolveLocale(requested: string | undefined): ResolvedLocale {
  const { locales } = citationJs().plugins.config.get('@csl');
  if (requested && locales.has(requested)) return { locale: requested, fellBack: false };
  return { locale: defaultLocale, fellBack: (requested ?? defaultLocale) !== defaultLocale };
}

const checkedTemplates = new Set<string>();

/**
 * The registered template name of a CSL style. Throws rather than let plugin-csl fall back to another
 * style: for an unknown id, a data format, a template that is not registered, or a registered
 * template of another edition than the one promised.
 */
function cslTemplate(style: string): { info: StyleInfo; template: string } {
  const info = styleInfo(style);
  if (!info) throw new Error(`Unknown citation style “${style}”.`);
  if (info.kind !== 'csl' || !info.template) throw new Error(`${info.label} is a data format, not a citation style.`);
  const template = info.template;
  if (!checkedTemplates.has(template)) {
    const { styles } = citationJs().plugins.config.get('@csl');
    if (!styles.has(template)) throw new Error(`The CSL style for ${info.label} (“${template}”) is not registered.`);
    const title = /<title>([^<]*)<\/title>/.exec(String(styles.get(template)))?.[1] ?? '';
    if (info.expectTitle && !info.expectTitle.test(title)) {
      throw new Error(`The CSL style registered for ${info.label} is “${title}”, not ${info.description}.`);
    }
    checkedTemplates.add(template);
  }
  return { info, template };
}

/**
 * A given name written as run-together initials ("T.V.", "J.-P.") with a space after each, the form
 * CSL-JSON expects ("T. V."): styles that print given names as written (Chicago) then follow their
 * rule of spaced initials, and BibTeX reads two initials instead of one. Other names are unchanged.
 */
export function spaceInitials(given: string): string {
  return /^(?:\p{Lu}\.-?)+$/u.test(given) ? given.replace(/\.(?=\p{Lu})/gu, '. ') : given;
}

/** Copies of the items, so that citeproc's bookkeeping never touches the analysis, with initials spaced. */
function cloneItems(items: readonly CslItem[]): CslItem[] {
  const copies = JSON.parse(JSON.stringify(items)) as CslItem[];
  for (const item of copies) {
    for (const role of ['author', 'editor'] as const) {
      for (const name of item[role] ?? []) if (typeof name.given === 'string') name.given = spaceInitials(name.given);
    }
  }
  return copies;
}

function output(name: string, items: readonly CslItem[], options: Record<string, unknown>): unknown {
  return citationJs().plugins.output.format(name, cloneItems(items), options);
}

/**
 * The bibliography of `items` in a CSL style, as plain text (no italics markup), one entry a line,
 * in the order the style sorts them (alphabetical for author-date styles, given order for numbered
 * ones). `locale` falls back as {@link resolveLocale} says. Throws for a style that is not a CSL style.
 */
export async function formatBibliography(items: readonly CslItem[], style: OutputStyle, locale: string = defaultLocale): Promise<string> {
  const { template } = cslTemplate(style);
  if (items.length === 0) return '';
  const render = (list: readonly CslItem[]): [string, string][] =>
    output('bibliography', list, { template, lang: resolveLocale(locale).locale, format: 'text', asEntryArray: true }) as [string, string][];
  let entries = render(items);
  // A style may leave a kind of work out of the list altogether (APA cites an interview or a personal
  // communication in the text only): such an entry is written as a plain document rather than lost. The
  // entries' ids cannot tell which one went missing, so each item is then tried alone.
  if (entries.filter(([, text]) => text.trim() !== '').length < items.length) {
    const left = new Set(items.filter((item) => render([item]).every(([, text]) => text.trim() === '')));
    entries = render(items.map((item) => (left.has(item) ? { ...item, type: 'document' } : item)));
  }
  return entries.map(([, text]) => text.trim()).filter((text) => text !== '').join('\n');
}

/**
 * One reference as a single entry, ready to paste: a CSL style's bibliography entry (without the
 * list number of a numbered style such as Vancouver, which only means something inside a list), or
 * the item's BibTeX, RIS or CSL-JSON record.
 */
export async function formatEntry(item: CslItem, style: OutputStyle, locale: string = defaultLocale): Promise<string> {
  const info = styleInfo(style);
  if (info?.kind === 'data') return formatData([item], style);
  const text = await formatBibliography([item], style, locale);
  return info?.numeric ? text.replace(/^\[?\d+\]?\.?\s+/, '') : text;
}

/**
 * The whole bibliography in a style or data format: {@link formatBibliography} for CSL styles,
 * {@link toBibtex}, {@link toRis} or {@link toCslJson} for the data formats.
 */
export async function formatAll(items: readonly CslItem[], style: OutputStyle, locale: string = defaultLocale): Promise<string> {
  return styleInfo(style)?.kind === 'data' ? formatData(items, style) : formatBibliography(items, style, locale);
}

function formatData(items: readonly CslItem[], style: OutputStyle): Promise<string> {
  switch (style) {
    case 'bibtex':
      return toBibtex(items);
    case 'ris':
      return toRis(items);
    case 'csl-json':
      return toCslJson(items);
    default:
      throw new Error(`${style} is not a data format.`);
  }
}

/**
 * An in-text citation of `item` in a CSL style, e.g. "(Paul, 2005, p. 7)" in APA or "(Paul 2005, 7)"
 * in Chicago author-date, with the locator when one is given. A locator label that CSL does not know
 * is treated as a page. Throws for a style that is not a CSL style.
 */
export async function formatInText(item: CslItem, style: OutputStyle, locator?: Locator, locale: string = defaultLocale): Promise<string> {
  const { template } = cslTemplate(style);
  const citeItem: Record<string, string> = { id: item.id };
  if (locator && locator.value.trim() !== '') {
    citeItem.locator = locator.value.trim();
    citeItem.label = cslLocatorLabels.has(locator.label) ? locator.label : 'page';
  }
  const text = output('citation', [item], { template, lang: resolveLocale(locale).locale, format: 'text', entry: [citeItem] });
  return String(text).trim();
}

/** The text with its trailing line breaks replaced by one (a RIS record's last line ends in a space). */
function oneFinalNewline(text: unknown): string {
  const s = String(text);
  let start = 0;
  while (s[start] === '\n' || s[start] === '\r') start++;
  return trimEndChars(s.slice(start), '\r\n') + '\n';
}

/** BibTeX entries for the items, keys made by citation-js from author, year and title (e.g. `Paul2005Soft`). */
export async function toBibtex(items: readonly CslItem[]): Promise<string> {
  return oneFinalNewline(output('bibtex', withReadableIds(items), { format: 'text' }));
}

/** RIS records for the items, each ending in `ER  -`, each `ID` a readable key (see {@link readableKeys}). */
export async function toRis(items: readonly CslItem[]): Promise<string> {
  return oneFinalNewline(output('ris', withReadableIds(items), { format: 'text' }));
}

/** The items as a CSL-JSON array, indented, each `id` a readable key (see {@link readableKeys}). */
export async function toCslJson(items: readonly CslItem[]): Promise<string> {
  return oneFinalNewline(output('data', withReadableIds(items), { format: 'text' }));
}

/**
 * Loads citation-js and builds the citeproc engine of `style` (a second or so for a large style such
 * as APA), so that the next formatting in that style and locale answers in milliseconds. A data
 * format only loads citation-js.
 */
export async function warmUp(style: OutputStyle, locale: string = defaultLocale): Promise<void> {
  const sample: CslItem = { id: 'warm-up', type: 'article-journal', title: 'Warm-up', author: [{ family: 'Sample', given: 'A.' }], issued: { 'date-parts': [[2000]] } };
  if (styleInfo(style)?.kind === 'csl') await formatBibliography([sample], style, locale);
  else citationJs();
}
