import * as assert from 'node:assert/strict';
import { applyChoices, choiceKey, chosenReason, keyedWorks, referenceKey } from '../../src/core/choices';
import type { Choices } from '../../src/core/choices';
import type { Analysis, LinkStatus, Reference } from '../../src/core/model';
import { handMadeAnalysis as build, type WorkSpec } from './support/handMadeAnalysis';

// Hand-made analyses of a short essay with two 2010 books by Smith, cited as "(Smith, 2010)".

const smithA = 'Smith, J. (2010a). Balancing Acts. Oxford.';
const smithB = 'Smith, J. (2010b). Balancing Acts Revisited. Oxford.';
const paulRef = 'Paul, T.V. (2005). Soft Balancing in the Age of U.S. Primacy.';
const text = [
  'Balancing (Smith, 2010) is soft (Paul, 2005). As Smith (2010) argues, it is cheap (Smith, 2010; Paul, 2005).',
  '',
  'References',
  smithA,
  smithB,
  paulRef,
].join('\n');

const smith = (status: LinkStatus = 'ambiguous', targets = ['r1', 'r2']): WorkSpec => ({ text: 'Smith, 2010', authors: ['Smith'], year: '2010', status, targets });
const paul: WorkSpec = { text: 'Paul, 2005', authors: ['Paul'], year: '2005', status: 'linked', targets: ['r3'], confidence: 1 };
const cites = [
  { text: '(Smith, 2010)', works: [smith()] },
  { text: '(Paul, 2005)', works: [paul] },
  { text: 'Smith (2010)', works: [{ text: '2010', authors: ['Smith'], year: '2010', status: 'ambiguous' as const, targets: ['r1', 'r2'] }] },
  { text: '(Smith, 2010; Paul, 2005)', works: [smith(), paul] },
];
const analysis = build(text, [smithA, smithB, paulRef], cites);

const chose = (key: string, referenceText: string, referenceId: string): Choices => ({
  [key]: { referenceId, referenceKey: referenceKey({ text: referenceText } as Reference) },
});

describe('keyedWorks', () => {
  it('numbers works that say the same thing in text order, narrative and parenthetical alike', () => {
    assert.deepEqual(
      keyedWorks(analysis).map((k) => [k.citation.text, k.workIndex, k.key]),
      [
        ['(Smith, 2010)', 0, 'smith 2010#1'],
        ['(Paul, 2005)', 0, 'paul 2005#1'],
        ['Smith (2010)', 0, 'smith 2010#2'],
        ['(Smith, 2010; Paul, 2005)', 0, 'smith 2010#3'],
        ['(Smith, 2010; Paul, 2005)', 1, 'paul 2005#2'],
      ],
    );
  });

  it('tells “et al” apart from the single author', () => {
    const t = 'Alarm (Cohen et al, 2012) and (Cohen, 2012).';
    const a = build(t, [], [
      { text: '(Cohen et al, 2012)', works: [{ text: 'Cohen et al, 2012', authors: ['Cohen'], etAl: true, year: '2012', status: 'unresolved' }] },
      { text: '(Cohen, 2012)', works: [{ text: 'Cohen, 2012', authors: ['Cohen'], year: '2012', status: 'unresolved' }] },
    ]);
    assert.deepEqual(keyedWorks(a).map((k) => k.key), ['cohen et al 2012#1', 'cohen 2012#1']);
  });

  it('folds diacritics and case so a respelt name keeps its key', () => {
    const t = 'As (Moisés Fernandes, 2010) and (MOISES FERNANDES, 2010).';
    const a = build(t, [], [
      { text: '(Moisés Fernandes, 2010)', works: [{ text: 'Moisés Fernandes, 2010', authors: ['Moisés Fernandes'], year: '2010', status: 'unresolved' }] },
      { text: '(MOISES FERNANDES, 2010)', works: [{ text: 'MOISES FERNANDES, 2010', authors: ['MOISES FERNANDES'], year: '2010', status: 'unresolved' }] },
    ]);
    assert.deepEqual(keyedWorks(a).map((k) => k.key), ['moises fernandes 2010#1', 'moises fernandes 2010#2']);
  });
});

describe('choiceKey', () => {
  const cases: [string, number, number, string | undefined][] = [
    ['the first Smith', text.indexOf('(Smith, 2010)'), 0, 'smith 2010#1'],
    ['the second work of the last citation', text.indexOf('(Smith, 2010; Paul'), 1, 'paul 2005#2'],
    ['an offset where no citation starts', text.indexOf('(Smith, 2010)') + 1, 0, undefined],
    ['a work index past the citation’s works', text.indexOf('(Paul, 2005)'), 1, undefined],
  ];
  for (const [name, start, index, expected] of cases) it(name, () => assert.equal(choiceKey(analysis, start, index), expected));
});

/** A list that repeats one entry word for word: two places with the same text and ids r1, r2. */
const duplicateEntries: Analysis = (() => {
  const t = `(Smith, 2010)\n\nReferences\n${smithA}\n${smithA}`;
  const a = build(t, [smithA], [{ text: '(Smith, 2010)', works: [smith()] }]);
  const second = t.lastIndexOf(smithA);
  return { ...a, references: [...a.references, { ...a.references[0], id: 'r2', index: 1, start: second, end: second + smithA.length }], uncited: [] };
})();

describe('applyChoices', () => {
  /** Status and targets of every work, in text order, for comparing whole analyses at a glance. */
  const links = (a: Analysis): string[] => a.citations.flatMap((c) => c.works.map((w) => `${w.status}:${w.targets.join(',')}`));

  const rows: { name: string; analysis: Analysis; choices: Choices; links: string[]; uncited: string[]; same?: boolean }[] = [
    {
      name: 'no choices leave the analysis as it is',
      analysis,
      choices: {},
      links: ['ambiguous:r1,r2', 'linked:r3', 'ambiguous:r1,r2', 'ambiguous:r1,r2', 'linked:r3'],
      uncited: [],
      same: true,
    },
    {
      name: 'choosing 2010b for the first Smith links that one only',
      analysis,
      choices: chose('smith 2010#1', smithB, 'r2'),
      links: ['linked:r2', 'linked:r3', 'ambiguous:r1,r2', 'ambiguous:r1,r2', 'linked:r3'],
      uncited: [],
    },
    {
      name: 'choosing for every Smith makes the other book uncited',
      analysis,
      choices: { ...chose('smith 2010#1', smithA, 'r1'), ...chose('smith 2010#2', smithA, 'r1'), ...chose('smith 2010#3', smithA, 'r1') },
      links: ['linked:r1', 'linked:r3', 'linked:r1', 'linked:r1', 'linked:r3'],
      uncited: ['r2'],
    },
    {
      name: 'a choice survives a new entry that shifts the ids: it follows the text',
      analysis: build(
        text.replace('References\n', 'References\nAdams, B. (1999). First in the list.\n'),
        ['Adams, B. (1999). First in the list.', smithA, smithB, paulRef],
        cites.map((c) => ({ ...c, works: c.works.map((w) => ({ ...w, targets: w.targets?.map((id) => `r${Number(id.slice(1)) + 1}`) })) })),
      ),
      choices: chose('smith 2010#1', smithB, 'r2'),
      links: ['linked:r3', 'linked:r4', 'ambiguous:r2,r3', 'ambiguous:r2,r3', 'linked:r4'],
      uncited: ['r1'],
    },
    {
      name: 'a choice of an entry that is gone is ignored',
      analysis,
      choices: chose('smith 2010#1', 'Smith, J. (2010c). A third book.', 'r2'),
      links: ['ambiguous:r1,r2', 'linked:r3', 'ambiguous:r1,r2', 'ambiguous:r1,r2', 'linked:r3'],
      uncited: [],
      same: true,
    },
    {
      name: 'a choice for a work that is gone is ignored',
      analysis,
      choices: chose('smith 2010#4', smithA, 'r1'),
      links: ['ambiguous:r1,r2', 'linked:r3', 'ambiguous:r1,r2', 'ambiguous:r1,r2', 'linked:r3'],
      uncited: [],
      same: true,
    },
    {
      name: 'two identical entries: the id breaks the tie',
      analysis: duplicateEntries,
      choices: chose('smith 2010#1', smithA, 'r2'),
      links: ['linked:r2'],
      uncited: ['r1'],
    },
    {
      name: 'the reader may relink a work the engine linked elsewhere',
      analysis: build(text, [smithA, smithB, paulRef], [{ text: '(Smith, 2010)', works: [smith('linked', ['r1'])] }]),
      choices: chose('smith 2010#1', smithB, 'r2'),
      links: ['linked:r2'],
      uncited: ['r1', 'r3'],
    },
  ];

  for (const row of rows) {
    it(row.name, () => {
      const result = applyChoices(row.analysis, row.choices);
      assert.deepEqual(links(result), row.links);
      assert.deepEqual(result.uncited, row.uncited);
      if (row.same) assert.equal(result, row.analysis, 'expected the very same analysis back');
      else assert.notEqual(result, row.analysis);
    });
  }

  it('a chosen work is linked with confidence 1 and says it was chosen; other fields stay', () => {
    const result = applyChoices(analysis, chose('smith 2010#2', smithA, 'r1'));
    const before = analysis.citations[2].works[0];
    const after = result.citations[2].works[0];
    assert.deepEqual(after, { ...before, status: 'linked', targets: ['r1'], confidence: 1, reasons: [chosenReason()] });
    assert.equal(result.citations[0], analysis.citations[0], 'untouched citations are shared, not copied');
    assert.equal(result.references, analysis.references);
  });

  it('is idempotent: applying the same choices again returns the same analysis', () => {
    const choices = { ...chose('smith 2010#1', smithA, 'r1'), ...chose('smith 2010#3', smithB, 'r2') };
    const once = applyChoices(analysis, choices);
    assert.equal(applyChoices(once, choices), once);
  });

  it('does not mutate its input', () => {
    const snapshot = JSON.stringify(analysis);
    applyChoices(analysis, chose('smith 2010#1', smithA, 'r1'));
    assert.equal(JSON.stringify(analysis), snapshot);
  });
});
