// The Sources view's data: labels, snippets, grouping, sorting and filtering, in plain Node.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { indexAnalysis } from '../../src/core/lookup';
import type { CslItem, Reference } from '../../src/core/model';
import { buildSourcesTree, snippetAround, type SourcesOptions, type SourcesTree } from '../../src/core/sourcesModel';

function reference(csl: Partial<CslItem> & { type: string }, text = 'An entry as written.'): Reference {
  return { id: 'r1', index: 0, start: 0, end: text.length, text, csl: { id: 'r1', ...csl }, uncertain: [] };
}

/** The row of a reference no citation points to: what the Sources view shows for it. */
function uncitedRow(ref: Reference): { label: string; description: string } {
  const analysis = { text: ref.text, references: [ref], citations: [], uncited: [ref.id], sections: [], notices: [] };
  const group = buildSourcesTree(indexAnalysis(analysis)).roots[0];
  assert.ok(group?.kind === 'group' && group.children[0]?.kind === 'reference', 'the reference is not in the uncited group');
  const { label, description } = group.children[0];
  return { label, description };
}

describe('sourcesModel: a reference row (author-year label; title in the description)', () => {
  const year2005 = { 'date-parts': [[2005]] };
  const cases: { name: string; ref: Reference; label: string; description: string }[] = [
    { name: 'one author, year, title', ref: reference({ type: 'book', author: [{ family: 'Paul', given: 'T. V.' }], issued: year2005, title: 'Soft Balancing' }), label: 'Paul 2005', description: 'Soft Balancing' },
    {
      name: 'two authors joined with "&"',
      ref: reference({ type: 'book', author: [{ family: 'Brooks' }, { family: 'Wohlforth' }], issued: year2005, title: 'Hard Times' }),
      label: 'Brooks & Wohlforth 2005',
      description: 'Hard Times',
    },
    {
      name: 'three authors: the first, then et al.',
      ref: reference({ type: 'book', author: [{ family: 'Cohen' }, { family: 'Lee' }, { family: 'Moreau' }], issued: year2005, title: 'Asia' }),
      label: 'Cohen et al. 2005',
      description: 'Asia',
    },
    { name: 'a surname in capitals in proper case', ref: reference({ type: 'book', author: [{ family: 'DUARTE', given: 'Paulo' }], issued: year2005, title: 'China' }), label: 'Duarte 2005', description: 'China' },
    { name: 'a particle kept', ref: reference({ type: 'book', author: [{ family: 'Gaulle', 'non-dropping-particle': 'de' }], issued: year2005, title: 'Mémoires' }), label: 'de Gaulle 2005', description: 'Mémoires' },
    { name: 'a year suffix kept', ref: reference({ type: 'book', author: [{ family: 'Nye' }], issued: { 'date-parts': [[2004]] }, 'year-suffix': 'b', title: 'Soft Power' }), label: 'Nye 2004b', description: 'Soft Power' },
    { name: 'editors stand in for authors', ref: reference({ type: 'book', editor: [{ family: 'Ikenberry' }], issued: year2005, title: 'America Unrivaled' }), label: 'Ikenberry 2005', description: 'America Unrivaled' },
    {
      name: 'no title: the journal stands in',
      ref: reference({ type: 'article-journal', author: [{ family: 'Contessi' }], issued: { 'date-parts': [[2010]] }, 'container-title': 'China and Eurasia Forum Quarterly' }),
      label: 'Contessi 2010',
      description: 'China and Eurasia Forum Quarterly',
    },
    { name: 'no title nor journal', ref: reference({ type: 'book', author: [{ family: 'Fernandes' }], issued: { 'date-parts': [[2010]] } }), label: 'Fernandes 2010', description: '' },
    { name: 'a literal date', ref: reference({ type: 'book', author: [{ family: 'Smith' }], issued: { literal: 'in press' }, title: 'Soon' }), label: 'Smith in press', description: 'Soon' },
    { name: 'nothing parsed: the entry as written', ref: reference({ type: 'document' }, 'Some   unparseable\nentry'), label: 'Some unparseable entry', description: '' },
    {
      name: 'an uncertain parse asks, in plain words, to check the entry, before the title',
      ref: { ...reference({ type: 'book', author: [{ family: 'Wang' }], issued: { 'date-parts': [[2007]] }, title: 'Eluosi' }), uncertain: ['author'] },
      label: 'Wang 2007',
      description: 'check the entry · Eluosi',
    },
    {
      name: 'a long title cut with an ellipsis',
      ref: reference({ type: 'book', author: [{ family: 'Wang' }], issued: { 'date-parts': [[2007]] }, title: 'Eluosi chongxin jueqi di qianjing jiqi shijie yingxiang (Prospect for Russia’ Resurgence and Its Global Impact)' }),
      label: 'Wang 2007',
      description: 'Eluosi chongxin jueqi di qianjing jiqi shijie yingxiang (Prospect for Russia’ R…',
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(uncitedRow(c.ref), { label: c.label, description: c.description }));
});

describe('sourcesModel: snippets around a citation', () => {
  const cases: { name: string; text: string; cite: string; max?: number; expected: string }[] = [
    { name: 'the sentence in the middle of a paragraph', text: 'First one. States balance softly (Paul, 2005). Last one.', cite: '(Paul, 2005)', expected: 'States balance softly (Paul, 2005).' },
    { name: '"et al." does not end the sentence', text: 'Before. As Cohen et al. (2012) say, it grows. After.', cite: 'Cohen et al. (2012)', expected: 'As Cohen et al. (2012) say, it grows.' },
    { name: 'initials do not end the sentence', text: 'Before. For M. Silva Fernandes (2010) it is power. After.', cite: 'Silva Fernandes (2010)', expected: 'For M. Silva Fernandes (2010) it is power.' },
    { name: '"U.S." does not end the sentence', text: 'Before. The U.S. economy, per Paul (2005), leads. After.', cite: 'Paul (2005)', expected: 'The U.S. economy, per Paul (2005), leads.' },
    { name: 'a blank line ends a paragraph without a full stop', text: 'A Heading\n\nSoft balancing (Pape, 2004)\n\nNext paragraph.', cite: '(Pape, 2004)', expected: 'Soft balancing (Pape, 2004)' },
    { name: 'a sentence wrapped over lines is joined', text: 'Before. States\nbalance softly\n(Paul, 2005). After.', cite: '(Paul, 2005)', expected: 'States balance softly (Paul, 2005).' },
    { name: 'a closing quote after the full stop', text: '“It is over.” Then (Paul, 2005) came. Done.', cite: '(Paul, 2005)', expected: 'Then (Paul, 2005) came.' },
    {
      name: 'a long sentence is cut at words around the citation',
      text: 'Intro. In the long history of the many alliances that great powers made and unmade over centuries, soft balancing (Paul, 2005) is a newer strategy that weaker states use against a unipolar power without open war. End.',
      cite: '(Paul, 2005)',
      max: 60,
      // 60 − 12 for the citation − 2 spaces = 46 characters of room: a third (15) before, the rest after, cut at words.
      expected: '…soft balancing (Paul, 2005) is a newer strategy that…',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const start = c.text.indexOf(c.cite);
      assert.ok(start >= 0);
      const snippet = snippetAround(c.text, { start, end: start + c.cite.length }, c.max);
      assert.equal(snippet, c.expected);
      assert.ok(snippet.length <= (c.max ?? 100), `${snippet.length} characters`);
    });
  }
  it('a span outside the text gives nothing', () => {
    assert.equal(snippetAround('short', { start: 3, end: 99 }), '');
    assert.equal(snippetAround('short', { start: -1, end: 2 }), '');
  });
});

const essay = `Balancing Acts

States balance softly (Paul, 2005). Some disagree (Brooks and Wohlforth, 2008, p. 12). Others, e.g. Smith (1999), saw it first. As Paul (2005: 50) notes, it is new. Álvarez (2001) agrees.

References

Álvarez, Juan (2001). Equilibrio Suave. Madrid: Cátedra.

Brooks, Stephen G., and William C. Wohlforth (2008). World Out of Balance. Princeton: Princeton University Press.

Lee, Ann (2011). An Uncited Book. London: Verso.

Paul, T. V. (2005). Soft Balancing in the Age of U.S. Primacy. International Security, 30(1), pp. 46-71.
`;

function tree(options: SourcesOptions): SourcesTree {
  return buildSourcesTree(indexAnalysis(analyze(essay)), options);
}

/** The authors of a label, without the year: "Brooks & Wohlforth 2008" → "Brooks & Wohlforth", "Smith (1999)" → "Smith". */
const who = (label: string): string => label.replace(/ [(\d].*$/, '');

/** The tree as short lines: references by their authors and the count their description starts with, groups with their members. */
function outline(t: SourcesTree): string[] {
  return t.roots.map((r) => (r.kind === 'group' ? `${r.label}: ${r.children.map((c) => who(c.label)).join(', ')}` : `${who(r.label)} ${r.description.split(' · ')[0]}`));
}

describe('sourcesModel: the tree', () => {
  const cases: { name: string; options: SourcesOptions; expected: string[] }[] = [
    {
      name: 'list order, then the unresolved and uncited groups',
      options: {},
      expected: ['Álvarez 1×', 'Brooks & Wohlforth 1×', 'Paul 2×', 'Unresolved citations: Smith', 'Uncited references: Lee'],
    },
    {
      name: 'by times cited: most first, ties in list order',
      options: { sort: 'cited' },
      expected: ['Paul 2×', 'Álvarez 1×', 'Brooks & Wohlforth 1×', 'Unresolved citations: Smith', 'Uncited references: Lee'],
    },
    {
      name: 'by year: oldest first',
      options: { sort: 'year' },
      expected: ['Álvarez 1×', 'Paul 2×', 'Brooks & Wohlforth 1×', 'Unresolved citations: Smith', 'Uncited references: Lee'],
    },
    {
      name: 'by author: accents ignored in the order',
      options: { sort: 'author' },
      expected: ['Álvarez 1×', 'Brooks & Wohlforth 1×', 'Paul 2×', 'Unresolved citations: Smith', 'Uncited references: Lee'],
    },
    { name: 'filter by a title word', options: { filter: 'balance' }, expected: ['Brooks & Wohlforth 1×'] },
    { name: 'filter ignores case and accents', options: { filter: 'ALVAREZ' }, expected: ['Álvarez 1×'] },
    { name: 'filter with two words: both must be there', options: { filter: 'soft 2005' }, expected: ['Paul 2×'] },
    { name: 'filter finds an uncited reference', options: { filter: 'verso' }, expected: ['Uncited references: Lee'] },
    { name: 'filter finds an unresolved citation by its sentence', options: { filter: 'saw it first' }, expected: ['Unresolved citations: Smith'] },
    { name: 'filter that matches nothing', options: { filter: 'quantum' }, expected: [] },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(outline(tree(c.options)), c.expected));

  it('counts the references before and after filtering', () => {
    const t = tree({ filter: ' bal ' });
    assert.equal(t.referenceCount, 4);
    assert.equal(t.shownReferences, 2);
    assert.equal(t.filter, 'bal');
  });

  it('a reference lists its citations in text order, each with its sentence and span', () => {
    const analysis = analyze(essay);
    const paul = buildSourcesTree(indexAnalysis(analysis)).roots.find((r) => r.kind === 'reference' && r.label.startsWith('Paul'));
    assert.ok(paul && paul.kind === 'reference');
    assert.deepEqual(
      paul.citations.map((c) => [c.label, c.snippet, analysis.text.slice(c.span.start, c.span.end)]),
      [
        ['(Paul, 2005)', 'States balance softly (Paul, 2005).', '(Paul, 2005)'],
        ['Paul (2005: 50)', 'As Paul (2005: 50) notes, it is new.', 'Paul (2005: 50)'],
      ],
    );
    assert.deepEqual(paul.citations[1].work.locator, { label: 'page', value: '50' });
  });

  it('keys are unique across the tree', () => {
    const t = tree({});
    const keys = t.roots.flatMap((r) => [r.key, ...(r.kind === 'group' ? r.children : r.citations).map((c) => c.key)]);
    assert.equal(new Set(keys).size, keys.length);
  });

  it('an ambiguous citation is listed and counted once, not under each candidate; its candidates are not uncited', () => {
    const text = [
      'Balancing',
      '',
      'Two books share a year (Smith, 2010). One is named (Paul, 2005).',
      '',
      'References',
      '',
      'Paul, T. V. (2005). Soft Balancing. International Security.',
      'Smith, J. (2010). Balancing Acts. Oxford.',
      'Smith, J. (2010). Balancing Acts Revisited. Oxford.',
    ].join('\n');
    const t = buildSourcesTree(indexAnalysis(analyze(text)));
    assert.deepEqual(outline(t), ['Paul 1×', 'Smith 1 ambiguous', 'Smith 1 ambiguous', 'Ambiguous citations: (Smith,']);
    const citations = t.roots.flatMap((r) => (r.kind === 'group' ? r.children : r.citations)).filter((c) => c.kind === 'citation');
    assert.equal(citations.length, 2, 'two citations in the essay, two rows');
    const group = t.roots[3];
    assert.ok(group.kind === 'group' && group.children[0].kind === 'citation');
    assert.equal(group.children[0].severity, 'information');
  });

  it('rows say in words what their signs say: no “5×” or “·” for a screen reader', () => {
    const t = tree({});
    const paul = t.roots.find((r) => r.kind === 'reference' && r.label.startsWith('Paul'));
    assert.ok(paul && paul.kind === 'reference');
    assert.equal(paul.spoken, 'Paul 2005, cited 2 times, Soft Balancing in the Age of U.S. Primacy');
    const unresolved = t.roots.find((r) => r.kind === 'group' && r.key === 'unresolved');
    assert.ok(unresolved && unresolved.kind === 'group' && unresolved.children[0].kind === 'citation');
    assert.equal(unresolved.children[0].spoken, 'Smith (1999), not in the reference list, in: Others, e.g. Smith (1999), saw it first.');
    assert.equal(unresolved.children[0].severity, 'information', 'a narrative citation whose name no reference bears is information, as in Problems');
    for (const r of t.roots) if (r.kind === 'reference') assert.doesNotMatch(r.spoken, /×|·/);
  });

  it('an essay without a reference list gives an empty tree', () => {
    const t = buildSourcesTree(indexAnalysis(analyze('Just a note with no citations at all.')));
    assert.deepEqual(t.roots, []);
    assert.equal(t.referenceCount, 0);
  });
});
