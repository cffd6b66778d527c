// The Library view's model: works sorted by how many essays cite them (and by author, year, title), filtered by
// words and by the reader's bibliography; the other essays citing a reference; where to open a citation; and the
// exclude patterns the watcher applies. Each row is a case a reader meets.
import * as assert from 'node:assert/strict';
import { buildLibraryTree, LibraryLookup, placeOf, type LibraryTreeOptions, type LibraryCitationPlace, type LibraryWorkView } from '../../src/core/libraryTree';
import type { CslItem } from '../../src/core/model';
import { excludedBy } from '../../src/workspaceLibrary/excludes';

const A = 'file:///essays/a-soft-balancing.txt';
const B = 'file:///essays/b-unipolarity.md';
const C = 'file:///essays/c-brazil.txt';

function csl(id: string, family: string[], year: number, title: string, container?: string): CslItem {
  return { id, type: 'article-journal', author: family.map((f) => ({ family: f, given: 'X.' })), issued: { 'date-parts': [[year]] }, title, ...(container ? { 'container-title': container } : {}) };
}

function place(start: number, text: string): LibraryCitationPlace {
  return { start, end: start + text.length, text, sentence: text, cutBefore: true, cutAfter: true };
}

const titles: Record<string, string> = { [A]: 'Soft Balancing Revisited', [B]: 'Unipolarity and Its Critics', [C]: 'Brazil and the Liberal Order' };

function work(id: string, item: CslItem, essays: [string, number][], key?: string): LibraryWorkView {
  return {
    id,
    csl: item,
    text: `${item.author?.[0]?.family ?? ''} (${String(item.issued?.['date-parts']?.[0]?.[0])}). ${item.title}.`,
    members: essays.map(([file]) => ({ file, referenceId: `${id}-ref` })),
    essays: essays.map(([file, n]) => ({ file, title: titles[file], citations: n, places: Array.from({ length: n }, (_, k) => place(100 * (k + 1), `${item.author?.[0]?.family}, ${String(item.issued?.['date-parts']?.[0]?.[0])}`)) })),
    reasons: essays.length > 1 ? ['same authors, year and title'] : [],
    ...(key ? { bibliography: { file: 'file:///me/library.bib', key, reasons: ['same DOI'] } } : {}),
  };
}

const works: LibraryWorkView[] = [
  work('pape2005soft', csl('pape', ['Pape'], 2005, 'Soft Balancing against the United States', 'International Security'), [[A, 2]]),
  work('paul2005soft', csl('paul', ['Paul'], 2005, 'Soft Balancing in the Age of U.S. Primacy', 'International Security'), [[A, 3], [B, 1], [C, 2]], 'paul2005soft'),
  work('brooks2005hard', csl('brooks', ['Brooks', 'Wohlforth'], 2005, 'Hard Times for Soft Balancing', 'International Security'), [[A, 1], [B, 4]]),
  work('waltz1979theory', csl('waltz', ['Waltz'], 1979, 'Theory of International Politics'), [[B, 1], [C, 1]], 'waltz1979'),
  work('hurrell2006hegemony', csl('hurrell', ['Hurrell'], 2006, 'Hegemony, Liberalism and Global Order: What Space for Would-Be Great Powers?', 'International Affairs'), [[C, 5]]),
  work('ikenberry2011', csl('ike', ['Ikenberry'], 2011, ''), [[C, 1]]),
];

describe('the Library tree', () => {
  const orders: { name: string; options: LibraryTreeOptions; labels: string[] }[] = [
    {
      name: 'by default the works cited by the most essays first, then by citations',
      options: {},
      labels: ['Paul 2005', 'Brooks & Wohlforth 2005', 'Waltz 1979', 'Hurrell 2006', 'Pape 2005', 'Ikenberry 2011'],
    },
    { name: 'by author: surname, then year', options: { sort: 'author' }, labels: ['Brooks & Wohlforth 2005', 'Hurrell 2006', 'Ikenberry 2011', 'Pape 2005', 'Paul 2005', 'Waltz 1979'] },
    { name: 'by year: oldest first, then author', options: { sort: 'year' }, labels: ['Waltz 1979', 'Brooks & Wohlforth 2005', 'Pape 2005', 'Paul 2005', 'Hurrell 2006', 'Ikenberry 2011'] },
    {
      name: 'by title: alphabetically, a work without a title last',
      options: { sort: 'title' },
      labels: ['Brooks & Wohlforth 2005', 'Hurrell 2006', 'Pape 2005', 'Paul 2005', 'Waltz 1979', 'Ikenberry 2011'],
    },
    { name: 'a filter keeps the works holding every word, accents and case ignored', options: { filter: 'SOFT balancing 2005' }, labels: ['Paul 2005', 'Brooks & Wohlforth 2005', 'Pape 2005'] },
    { name: 'a filter finds a work by the title of an essay citing it', options: { filter: 'brazil' }, labels: ['Paul 2005', 'Waltz 1979', 'Hurrell 2006', 'Ikenberry 2011'] },
    { name: 'a filter finds a work by its bibliography key', options: { filter: 'waltz1979' }, labels: ['Waltz 1979'] },
    { name: 'a filter finds a work by a co-author', options: { filter: 'wohlforth' }, labels: ['Brooks & Wohlforth 2005'] },
    { name: 'a filter matching nothing shows nothing', options: { filter: 'mearsheimer' }, labels: [] },
    { name: 'in my bibliography', options: { scope: 'in', hasBibliography: true }, labels: ['Paul 2005', 'Waltz 1979'] },
    { name: 'not in my bibliography', options: { scope: 'out', hasBibliography: true }, labels: ['Brooks & Wohlforth 2005', 'Hurrell 2006', 'Pape 2005', 'Ikenberry 2011'] },
    { name: 'a scope and a filter together', options: { scope: 'out', filter: 'international security' }, labels: ['Brooks & Wohlforth 2005', 'Pape 2005'] },
  ];
  for (const row of orders) {
    it(row.name, () => {
      const tree = buildLibraryTree(works, row.options);
      assert.deepEqual(
        tree.roots.map((n) => n.label),
        row.labels,
      );
      assert.equal(tree.workCount, works.length);
      assert.equal(tree.shownWorks, row.labels.length);
    });
  }

  const rows: { name: string; id: string; hasBibliography: boolean; description: string }[] = [
    { name: 'a work in the bibliography says so with its key', id: 'paul2005soft', hasBibliography: true, description: '3 essays · in your bibliography: paul2005soft · Soft Balancing in the Age of U.S. Primacy' },
    { name: 'a work not in it is new when there is a bibliography', id: 'pape2005soft', hasBibliography: true, description: '1 essay · new · Soft Balancing against the United States' },
    { name: 'without a bibliography nothing is called new', id: 'pape2005soft', hasBibliography: false, description: '1 essay · Soft Balancing against the United States' },
    { name: 'a work without a title has only its count', id: 'ikenberry2011', hasBibliography: false, description: '1 essay' },
  ];
  for (const row of rows) {
    it(`the row: ${row.name}`, () => {
      const node = buildLibraryTree(works, { hasBibliography: row.hasBibliography }).roots.find((n) => n.work.id === row.id);
      assert.equal(node?.description, row.description);
    });
  }

  it('a work opens onto its essays, those citing it most first, each onto its citations', () => {
    const brooks = buildLibraryTree(works).roots.find((n) => n.work.id === 'brooks2005hard');
    assert.deepEqual(
      brooks?.children.map((e) => [e.label, e.description, e.children.map((c) => c.place.start)]),
      [
        ['Unipolarity and Its Critics', 'cites it 4×', [100, 200, 300, 400]],
        ['Soft Balancing Revisited', 'cites it 1×', [100]],
      ],
    );
    assert.equal(brooks?.citationCount, 5);
    assert.equal(brooks?.spoken, 'Brooks & Wohlforth 2005, cited in 2 essays, 5 citations, Hard Times for Soft Balancing');
  });

  it('keys are unique across the tree', () => {
    const keys = buildLibraryTree(works).roots.flatMap((w) => [w.key, ...w.children.flatMap((e) => [e.key, ...e.children.map((c) => c.key)])]);
    assert.equal(new Set(keys).size, keys.length);
  });
});

describe('where else a reference is cited', () => {
  const lookup = new LibraryLookup(works);
  const rows: { name: string; file: string; referenceId: string; elsewhere: [string, number][] }[] = [
    { name: 'Paul 2005 from essay B: the other essays, most citations first', file: B, referenceId: 'paul2005soft-ref', elsewhere: [[titles[A], 3], [titles[C], 2]] },
    { name: 'Brooks & Wohlforth 2005 from essay B: not the essay asking', file: B, referenceId: 'brooks2005hard-ref', elsewhere: [[titles[A], 1]] },
    { name: 'a work only the asking essay cites', file: A, referenceId: 'pape2005soft-ref', elsewhere: [] },
    { name: 'a reference the library does not hold', file: B, referenceId: 'r9', elsewhere: [] },
  ];
  for (const row of rows) {
    it(row.name, () => {
      assert.deepEqual(
        lookup.elsewhere(row.file, row.referenceId).map((e) => [e.title, e.citations]),
        row.elsewhere,
      );
    });
  }
  it('each other essay comes with its first citation of the work, to open it there', () => {
    const [first] = lookup.elsewhere(B, 'paul2005soft-ref');
    assert.deepEqual(first.first, { start: 100, end: 110, text: 'Paul, 2005', sentence: 'Paul, 2005', cutBefore: true, cutAfter: true });
    assert.equal(first.file, A);
  });
});

describe('opening a citation of the library', () => {
  const cited = [
    { start: 10, end: 20, text: 'Paul, 2005' },
    { start: 300, end: 310, text: 'Paul, 2005' },
    { start: 500, end: 510, text: 'Pape, 2005' },
  ];
  const rows: { name: string; at: [number, number]; text?: string; expected: [number, number] }[] = [
    { name: 'the citation where the library saw it', at: [300, 310], text: 'Paul, 2005', expected: [300, 310] },
    { name: 'the essay changed since: the nearest citation written the same way', at: [290, 300], text: 'Paul, 2005', expected: [300, 310] },
    { name: 'no citation written so: the place itself', at: [40, 50], text: 'Waltz, 1979', expected: [40, 50] },
    { name: 'a place past the end of a shortened essay is clamped to it', at: [900, 910], text: 'Waltz, 1979', expected: [600, 600] },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const span = placeOf(cited, { start: row.at[0], end: row.at[1] }, row.text, 600);
      assert.deepEqual([span.start, span.end], row.expected);
    });
  }
});

describe('the exclude patterns the watcher applies', () => {
  const rows: [string, string, boolean][] = [
    ['**/node_modules/**', '/node_modules/pkg/readme.md', true],
    ['**/node_modules/**', '/papers/node_modules/pkg/readme.md', true],
    ['**/node_modules/**', '/papers/modules/a.txt', false],
    ['**/.git/**', '/.git/COMMIT_EDITMSG', true],
    ['**/*.{log,tmp}', '/a/b/run.log', true],
    ['**/*.{log,tmp}', '/a/b/essay.txt', false],
    ['drafts/*.md', '/drafts/one.md', true],
    ['drafts/*.md', '/drafts/old/one.md', false],
    ['**/out/**', '/outline.md', false],
  ];
  for (const [pattern, path, expected] of rows) {
    it(`${pattern} ${expected ? 'excludes' : 'keeps'} ${path}`, () => assert.equal(excludedBy(pattern, path), expected));
  }
});
