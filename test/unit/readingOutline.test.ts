import * as assert from 'node:assert/strict';
import type { Analysis } from '../../src/core/model';
import type { OutlineNode } from '../../src/reading/outline';
import { outline } from '../../src/reading/outline';
import { analyze } from '../../src/core/analyze';
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

  it('a list after each part: each list heading holds its own entries', () => {
    const a = analyze(
      'Part One\n\nThe first part reads a claim (Paul, 2005) against the record of the decade that followed it, and finds it wanting in two respects that the second part takes up.\n\n' +
        'References\n\nPaul, T. V. (2005). Soft balancing in the age of U.S. primacy. International Security, 30(1), 46–71.\n\nPape, R. A. (2005). Soft balancing against the United States. International Security, 30(1), 7–45.\n\nWalt, S. M. (1987). The Origins of Alliances. Cornell University Press.\n\n' +
        'Part Two\n\nThe second part turns to the alliances themselves, as Walt (1987) defined them. It asks whether the term still serves. Nye (2004) suggests that it might, if power is read as attraction rather than force. The evidence of the decade is mixed, and the part ends with the cases that neither reading explains, which a later study will have to take up with better sources than these.\n\n' +
        'References\n\nNye, J. S. (2004). Soft Power: The Means to Success in World Politics. PublicAffairs.\n\nWalt, S. M. (1987). The Origins of Alliances. Cornell University Press.\n',
    );
    const nodes = outline(a);
    assert.deepEqual(shape(nodes), ['title Part One', '  references References', '    reference Paul 2005', '    reference Pape 2005', '    reference Walt 1987', '  section Part Two', '  references References', '    reference Nye 2004', '    reference Walt 1987']);
    assertNested(nodes);
    assert.deepEqual(
      nodes[0].children.filter((n) => n.kind === 'references').map((n) => n.detail),
      ['3 entries', '2 entries'],
    );
  });

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
