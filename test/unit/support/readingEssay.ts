// A small essay and its analysis written out by hand (every span found in the text, never typed
// as numbers), for the tests of what the reading features show. It has the cases the features
// must tell apart: a linked work, a citation of two works, a locator, a narrative citation, an
// ambiguous work with two candidates, an unresolved work, a reference nobody cites, and an entry
// whose text tries to inject Markdown.
import type { Analysis, Citation, CitedWork, CslItem, Reference, Section, Span } from '../../../src/core/model';

export const essayText = [
  'Power Without Force',
  '',
  'Introduction',
  '',
  'States rarely balance openly (Nye, 2004). The debate is old (Keohane 1984; Nye 2004, p. 7).',
  '',
  'Method',
  '',
  'As Stephen Walt (1987: 12) argues, alliances follow threats (Lee 2019). Others disagree (Smith 2001).',
  'Later work returns to the point (Nye 2004).',
  '',
  'References',
  '',
  'KEOHANE, Robert O. (1984). After Hegemony. Princeton University Press.',
  'LEE, Min (2019). Alliances in Asia. Routledge.',
  'LEE, Min (2019). Threats and Partners. Asian Survey 59(2), pp. 1-20.',
  'NYE, Joseph S. (2004). Soft Power: The Means to Success in World Politics.',
  'WALT, Stephen M. (1987). The Origins of Alliances. Cornell University Press.',
  'ZED, Ann (2010). A [trap](command:workbench.action.quit) <img src=x onerror=alert(1)> **bold**.',
].join('\n');

/** The span of the `nth` (0-based) occurrence of `needle` in the essay text. */
export function spanOf(needle: string, nth = 0, inside?: Span): Span {
  let from = inside?.start ?? 0;
  for (let i = 0; ; i++) {
    const start = essayText.indexOf(needle, from);
    if (start < 0 || (inside && start + needle.length > inside.end)) throw new Error(`“${needle}” #${nth} is not in the essay`);
    if (i === nth) return { start, end: start + needle.length };
    from = start + 1;
  }
}

function reference(index: number, firstWords: string, csl: Partial<CslItem> & { type: string }): Reference {
  const start = essayText.indexOf(firstWords);
  const end = essayText.indexOf('\n', start) < 0 ? essayText.length : essayText.indexOf('\n', start);
  const id = `r${index + 1}`;
  return { id, index, start, end, text: essayText.slice(start, end), csl: { ...csl, id }, uncertain: [] };
}

export const references: Reference[] = [
  reference(0, 'KEOHANE, Robert', { type: 'book', author: [{ family: 'KEOHANE', given: 'Robert O.' }], issued: { 'date-parts': [[1984]] }, title: 'After Hegemony' }),
  reference(1, 'LEE, Min (2019). Alliances', { type: 'book', author: [{ family: 'LEE', given: 'Min' }], issued: { 'date-parts': [[2019]] }, title: 'Alliances in Asia' }),
  reference(2, 'LEE, Min (2019). Threats', { type: 'article-journal', author: [{ family: 'LEE', given: 'Min' }], issued: { 'date-parts': [[2019]] }, title: 'Threats and Partners' }),
  reference(3, 'NYE, Joseph', { type: 'book', author: [{ family: 'NYE', given: 'Joseph S.' }], issued: { 'date-parts': [[2004]] }, title: 'Soft Power: The Means to Success in World Politics' }),
  reference(4, 'WALT, Stephen', { type: 'book', author: [{ family: 'WALT', given: 'Stephen M.' }], issued: { 'date-parts': [[1987]] }, title: 'The Origins of Alliances' }),
  reference(5, 'ZED, Ann', { type: 'book', author: [{ family: 'ZED', given: 'Ann' }], issued: { 'date-parts': [[2010]] }, title: 'A trap' }),
];

function work(within: Span, written: string, fields: Partial<CitedWork> & Pick<CitedWork, 'authors' | 'year' | 'status' | 'targets'>): CitedWork {
  const span = spanOf(written, 0, within);
  return { ...span, text: written, etAl: false, confidence: fields.status === 'linked' ? 1 : 0.5, reasons: [], ...fields };
}

function citation(written: string, nth: number, kind: Citation['kind'], works: (within: Span) => CitedWork[]): Citation {
  const span = spanOf(written, nth);
  return { ...span, text: written, kind, works: works(span) };
}

export const citations: Citation[] = [
  citation('(Nye, 2004)', 0, 'parenthetical', (s) => [work(s, 'Nye, 2004', { authors: ['Nye'], year: '2004', status: 'linked', targets: ['r4'] })]),
  citation('(Keohane 1984; Nye 2004, p. 7)', 0, 'parenthetical', (s) => [
    work(s, 'Keohane 1984', { authors: ['Keohane'], year: '1984', status: 'linked', targets: ['r1'] }),
    work(s, 'Nye 2004, p. 7', { authors: ['Nye'], year: '2004', status: 'linked', targets: ['r4'], locator: { label: 'page', value: '7' } }),
  ]),
  citation('Stephen Walt (1987: 12)', 0, 'narrative', (s) => [
    work(s, '1987: 12', { authors: ['Stephen Walt'], year: '1987', status: 'linked', targets: ['r5'], locator: { label: 'page', value: '12' } }),
  ]),
  citation('(Lee 2019)', 0, 'parenthetical', (s) => [
    work(s, 'Lee 2019', { authors: ['Lee'], year: '2019', status: 'ambiguous', targets: ['r2', 'r3'], reasons: ['two references by Lee in 2019 have no letter after the year'] }),
  ]),
  citation('(Smith 2001)', 0, 'parenthetical', (s) => [
    work(s, 'Smith 2001', { authors: ['Smith'], year: '2001', status: 'unresolved', targets: [], reasons: ['no reference lists Smith as an author'] }),
  ]),
  citation('(Nye 2004)', 0, 'parenthetical', (s) => [work(s, 'Nye 2004', { authors: ['Nye'], year: '2004', status: 'linked', targets: ['r4'] })]),
];

function section(title: string, kind: Section['kind'], level: number): Section {
  return { ...spanOf(title), title, kind, level };
}

export const listSpan: Span = { start: references[0].start, end: references[references.length - 1].end };

export const analysis: Analysis = {
  text: essayText,
  title: 'Power Without Force',
  referenceList: { heading: spanOf('References'), span: listSpan },
  references,
  citations,
  uncited: ['r6'],
  sections: [section('Power Without Force', 'title', 0), section('Introduction', 'section', 1), section('Method', 'section', 1), section('References', 'references', 1)],
  notices: [],
};
