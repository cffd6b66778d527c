import * as assert from 'node:assert/strict';
import { indexAnalysis } from '../../src/core/lookup';
import type { Span } from '../../src/core/model';
import { definitionAt, highlightsAt, referencesAt } from '../../src/reading/places';
import { analysis, essayText, spanOf } from './support/readingEssay';

const index = indexAnalysis(analysis);
const at = (needle: string, nth = 0): number => spanOf(needle, nth).start + 1;
const texts = (spans: readonly Span[]): string[] => spans.map((s) => essayText.slice(s.start, s.end));

describe('definition', () => {
  const cases: { name: string; at: string; origin?: string; references: string[] }[] = [
    { name: 'a linked work leads to its entry', at: '(Nye, 2004)', origin: 'Nye, 2004', references: ['r4'] },
    { name: 'each work of a two-work citation leads to its own entry', at: 'Keohane 1984', origin: 'Keohane 1984', references: ['r1'] },
    { name: 'the second work of the same citation', at: 'Nye 2004, p. 7', origin: 'Nye 2004, p. 7', references: ['r4'] },
    { name: 'a narrative author name leads to the entry, underlining the whole citation', at: 'Stephen Walt', origin: 'Stephen Walt (1987: 12)', references: ['r5'] },
    { name: 'an ambiguous work leads to every candidate', at: '(Lee 2019)', origin: 'Lee 2019', references: ['r2', 'r3'] },
    { name: 'an unresolved work leads nowhere', at: '(Smith 2001)', references: [] },
    { name: 'prose leads nowhere', at: 'rarely balance', references: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const definition = definitionAt(index, at(c.at));
      assert.deepEqual(definition?.references.map((r) => r.id) ?? [], c.references);
      if (c.origin) assert.equal(definition && essayText.slice(definition.origin.start, definition.origin.end), c.origin);
    });
  }
});

describe('references and highlights', () => {
  const nyeCitations = ['Nye, 2004', 'Nye 2004, p. 7', 'Nye 2004'];
  const nyeEntry = 'NYE, Joseph S. (2004). Soft Power: The Means to Success in World Politics.';
  const cases: { name: string; at: string; nth?: number; withDeclaration: string[]; without: string[] }[] = [
    { name: 'from an entry: every citation of it', at: 'NYE, Joseph', withDeclaration: [...nyeCitations, nyeEntry], without: nyeCitations },
    { name: 'from a citation: every citation of the same work', at: '(Nye 2004)', withDeclaration: [...nyeCitations, nyeEntry], without: nyeCitations },
    { name: 'from the second work of a two-work citation: the citations of that work, not of the first', at: 'Nye 2004, p. 7', withDeclaration: [...nyeCitations, nyeEntry], without: nyeCitations },
    {
      name: 'from an ambiguous work: the citations of every candidate',
      at: '(Lee 2019)',
      withDeclaration: ['Lee 2019', 'LEE, Min (2019). Alliances in Asia. Routledge.', 'LEE, Min (2019). Threats and Partners. Asian Survey 59(2), pp. 1-20.'],
      without: ['Lee 2019'],
    },
    { name: 'from an uncited entry: the entry alone', at: 'ZED, Ann', withDeclaration: [essayText.slice(spanOf('ZED, Ann').start)], without: [] },
    { name: 'from an unresolved work: nothing', at: '(Smith 2001)', withDeclaration: [], without: [] },
    { name: 'from prose: nothing', at: 'debate is old', withDeclaration: [], without: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const sortByPlace = (xs: string[]): string[] => [...xs].sort((a, b) => essayText.indexOf(a) - essayText.indexOf(b));
      assert.deepEqual(new Set(texts(referencesAt(index, at(c.at, c.nth), true))), new Set(c.withDeclaration));
      assert.deepEqual(texts(referencesAt(index, at(c.at, c.nth), false)), sortByPlace(c.without));
      const highlights = highlightsAt(index, at(c.at, c.nth));
      assert.deepEqual(new Set(texts(highlights.map((h) => h.span))), new Set(c.withDeclaration));
      for (const h of highlights) assert.equal(h.kind, analysis.references.some((r) => r.start === h.span.start) ? 'declaration' : 'use');
    });
  }

  it('places come in text order, each once', () => {
    const spans = referencesAt(index, at('NYE, Joseph'), true);
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].start < spans[i].start);
  });
});
