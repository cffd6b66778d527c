import * as assert from 'node:assert/strict';
import type { Analysis } from '../../src/core/model';
import type { OutlineNode } from '../../src/reading/outline';
import { outline } from '../../src/reading/outline';
import { analysis, essayText, listSpan, spanOf } from './support/readingEssay';

/** The tree as indented "kind name" lines, to compare shapes at a glance. */
function shape(nodes: readonly OutlineNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.kind} ${n.name}`, ...shape(n.children, depth + 1)]);
}

function assertNested(nodes: readonly OutlineNode[], parent?: OutlineNode): void {
  for (const n of nodes) {
    assert.ok(n.span.start <= n.selection.start && n.selection.end <= n.span.end, `${n.name}: selection outside its span`);
    if (parent) assert.ok(parent.span.start <= n.span.start && n.span.end <= parent.span.end, `${n.name} lies outside ${parent.name}`);
    assertNested(n.children, n);
  }
}

const fullTree = [
  'title Power Without Force',
  '  section Introduction',
  '  section Method',
  '  references References',
  '    reference Keohane 1984',
  '    reference Lee 2019',
  '    reference Lee 2019',
  '    reference Nye 2004',
  '    reference Walt 1987',
  '    reference Zed 2010',
];

describe('outline', () => {
  const cases: { name: string; analysis: Analysis; tree: string[] }[] = [
    { name: 'title, sections and the reference list with one entry per reference', analysis, tree: fullTree },
    {
      name: 'a reference list whose heading is not among the sections still gets its node',
      analysis: { ...analysis, sections: analysis.sections.filter((s) => s.kind !== 'references') },
      tree: fullTree,
    },
    {
      name: 'a subsection nests under its section',
      analysis: { ...analysis, sections: analysis.sections.map((s) => (s.title === 'Method' ? { ...s, level: 2 } : s)) },
      tree: ['title Power Without Force', '  section Introduction', '    section Method', '  references References', ...fullTree.slice(4)],
    },
    {
      name: 'no title: the sections are at the top',
      analysis: { ...analysis, sections: analysis.sections.filter((s) => s.kind !== 'title') },
      tree: ['section Introduction', 'section Method', 'references References', ...fullTree.slice(4).map((l) => l.slice(2))],
    },
    {
      name: 'no reference list: headings only',
      analysis: { ...analysis, referenceList: undefined, references: [], sections: analysis.sections.filter((s) => s.kind !== 'references') },
      tree: ['title Power Without Force', '  section Introduction', '  section Method'],
    },
    { name: 'nothing found: an empty outline', analysis: { ...analysis, referenceList: undefined, references: [], sections: [] }, tree: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const nodes = outline(c.analysis);
      assert.deepEqual(shape(nodes), c.tree);
      assertNested(nodes);
    });
  }

  it('a section ends where the next one starts; the reference list covers its entries', () => {
    const [title] = outline(analysis);
    const [intro, method, list] = title.children;
    assert.equal(intro.span.end, spanOf('Method').start);
    assert.equal(method.span.end, spanOf('References').start);
    assert.ok(list.span.start <= listSpan.start && list.span.end >= listSpan.end);
    assert.equal(title.span.end, essayText.length);
    assert.equal(list.detail, '6 entries');
    assert.equal(list.children[3].detail, 'Soft Power: The Means to Success in World Politics');
  });
});
