/**
 * The output styles and formats, with where each comes from. Every citation style is a CSL style
 * run by citeproc through citation-js; none is written by hand here.
 */

/** The styles and formats a reference can be copied or exported in. Same ids as the `citeread.citationStyle` setting. */
export const outputStyleIds = ['apa', 'mla', 'chicago', 'harvard', 'vancouver', 'bibtex', 'ris', 'csl-json'] as const;
export type OutputStyle = (typeof outputStyleIds)[number];

/** Where the CSL XML of a citation style comes from. */
export type TemplateSource =
  /** Bundled with @citation-js/plugin-csl under this name. */
  | { readonly from: 'plugin-csl' }
  /** Pinned CSL XML from the rehype-citation package (its `dist/node/styles/<file>.js`). */
  | { readonly from: 'rehype-citation'; readonly file: 'mla' | 'chicago' };

/** One output style as the reader picks it. */
export interface StyleInfo {
  readonly id: OutputStyle;
  /** The name in pickers, e.g. "APA". */
  readonly label: string;
  /** Which style and edition, e.g. "APA Style, 7th edition". */
  readonly description: string;
  /** `csl`: a citation style formatted by citeproc; `data`: a machine-readable record. */
  readonly kind: 'csl' | 'data';
  /** For `csl` styles: the template name registered with plugin-csl, and its source. */
  readonly template?: string;
  readonly source?: TemplateSource;
  /**
   * For `csl` styles: a word the `<title>` of the registered CSL style must contain, so that a
   * different edition slipped in by a package update is noticed rather than used.
   */
  readonly expectTitle?: RegExp;
  /** For `csl` styles: whether the style numbers its entries (citation-number), as Vancouver does. */
  readonly numeric?: boolean;
  /** The file extension of an exported bibliography, without the dot. */
  readonly extension: string;
  /** The VS Code language id of an exported bibliography shown in an editor. */
  readonly languageId: string;
}

/** Every output style, in picker order. */
export const styleInfos: readonly StyleInfo[] = [
  {
    id: 'apa',
    label: 'APA',
    description: 'APA Style, 7th edition',
    kind: 'csl',
    template: 'apa',
    source: { from: 'plugin-csl' },
    expectTitle: /^APA Style 7th edition$/,
    extension: 'txt',
    languageId: 'plaintext',
  },
  {
    id: 'mla',
    label: 'MLA',
    description: 'MLA Handbook, 9th edition',
    kind: 'csl',
    template: 'citeread-modern-language-association',
    source: { from: 'rehype-citation', file: 'mla' },
    expectTitle: /^Modern Language Association 9th edition$/,
    extension: 'txt',
    languageId: 'plaintext',
  },
  {
    id: 'chicago',
    label: 'Chicago',
    description: 'Chicago Manual of Style, 17th edition, author-date',
    kind: 'csl',
    template: 'citeread-chicago-author-date',
    source: { from: 'rehype-citation', file: 'chicago' },
    expectTitle: /^Chicago Manual of Style 17th edition \(author-date\)$/,
    extension: 'txt',
    languageId: 'plaintext',
  },
  {
    id: 'harvard',
    label: 'Harvard',
    description: 'Harvard, Cite Them Right 12th edition',
    kind: 'csl',
    template: 'harvard1',
    source: { from: 'plugin-csl' },
    expectTitle: /^Cite Them Right 12th edition \(author-date\/Harvard\)$/,
    extension: 'txt',
    languageId: 'plaintext',
  },
  {
    id: 'vancouver',
    label: 'Vancouver',
    description: 'Vancouver, NLM Citing Medicine 2nd edition',
    kind: 'csl',
    template: 'vancouver',
    source: { from: 'plugin-csl' },
    expectTitle: /^NLM\/Vancouver: Citing Medicine 2nd edition \(citation-sequence\)$/,
    numeric: true,
    extension: 'txt',
    languageId: 'plaintext',
  },
  { id: 'bibtex', label: 'BibTeX', description: 'BibTeX entries', kind: 'data', extension: 'bib', languageId: 'bibtex' },
  { id: 'ris', label: 'RIS', description: 'RIS records', kind: 'data', extension: 'ris', languageId: 'plaintext' },
  { id: 'csl-json', label: 'CSL-JSON', description: 'CSL-JSON items', kind: 'data', extension: 'json', languageId: 'json' },
];

/** The description of a style id, or undefined when the id is not one of {@link outputStyleIds}. */
export function styleInfo(id: string): StyleInfo | undefined {
  return styleInfos.find((s) => s.id === id);
}

/** True when `id` names an output style. */
export function isOutputStyle(id: unknown): id is OutputStyle {
  return typeof id === 'string' && (outputStyleIds as readonly string[]).includes(id);
}
