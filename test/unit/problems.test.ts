import * as assert from 'node:assert/strict';
import type { Analysis, CitedWork, CslItem, Reference } from '../../src/core/model';
import { distinctReferenceLabels, referenceHeadline, workLabel } from '../../src/core/labels';
import { analyze } from '../../src/core/analyze';
import { findProblems } from '../../src/core/problems';
import type { Problem } from '../../src/core/problems';
import { handMadeAnalysis as build, type CitationSpec, type ReferenceEntry } from './support/handMadeAnalysis';

// Hand-made analyses: spans are found in the text, so every fixture reads like the essay it models.

const essay = [
  'Soft Balancing',
  '',
  'China opted for soft balancing (Paul, 2005). Russia is alarmed (Cohen et al, 2012).',
  'Two books share a year (Smith, 2010). A missing work (Doe & Roe, 1999; Paul, 2005, p. 50).',
  '',
  'References',
  'COHEN, Ariel (2012). The Future of Russia’s Involvement in Central Asia. Central Asia Policy Forum.',
  'PAUL, T.V. (2005), Soft Balancing in the Age of U.S. Primacy, International Security, 30:1, pp. 46-71.',
  'Smith, J. (2010a). Balancing Acts. Oxford.',
  'Smith, J. (2010b). Balancing Acts Revisited. Oxford.',
  'BROOKS, Stephen G., and WOHLFORTH (2005). Hard Times for Soft Balancing.',
].join('\n');

const refs: ReferenceEntry[] = [
  {
    text: 'COHEN, Ariel (2012). The Future of Russia’s Involvement in Central Asia. Central Asia Policy Forum.',
    csl: { author: [{ family: 'COHEN', given: 'Ariel' }], issued: { 'date-parts': [[2012]] }, title: 'The Future of Russia’s Involvement in Central Asia' },
  },
  {
    text: 'PAUL, T.V. (2005), Soft Balancing in the Age of U.S. Primacy, International Security, 30:1, pp. 46-71.',
    csl: { author: [{ family: 'Paul', given: 'T.V.' }], issued: { 'date-parts': [[2005]] }, title: 'Soft Balancing in the Age of U.S. Primacy' },
  },
  {
    text: 'Smith, J. (2010a). Balancing Acts. Oxford.',
    csl: { author: [{ family: 'Smith', given: 'J.' }], issued: { 'date-parts': [[2010]] }, 'year-suffix': 'a', title: 'Balancing Acts' },
  },
  {
    text: 'Smith, J. (2010b). Balancing Acts Revisited. Oxford.',
    csl: { author: [{ family: 'Smith', given: 'J.' }], issued: { 'date-parts': [[2010]] }, 'year-suffix': 'b', title: 'Balancing Acts Revisited' },
  },
  {
    text: 'BROOKS, Stephen G., and WOHLFORTH (2005). Hard Times for Soft Balancing.',
    csl: { author: [{ family: 'BROOKS', given: 'Stephen G.' }, { family: 'WOHLFORTH' }], issued: { 'date-parts': [[2005]] }, title: 'Hard Times for Soft Balancing' },
  },
];

const paul: CitationSpec = {
  text: '(Paul, 2005)',
  works: [{ text: 'Paul, 2005', authors: ['Paul'], year: '2005', status: 'linked', targets: ['r2'] }],
};
const cohenDoubtful: CitationSpec = {
  text: '(Cohen et al, 2012)',
  works: [
    {
      text: 'Cohen et al, 2012',
      authors: ['Cohen'],
      etAl: true,
      year: '2012',
      status: 'linked',
      targets: ['r1'],
      confidence: 0.8,
      reasons: ['the text says “et al” but the reference lists one author'],
    },
  ],
};
const smithAmbiguous: CitationSpec = {
  text: '(Smith, 2010)',
  works: [
    { text: 'Smith, 2010', authors: ['Smith'], year: '2010', status: 'ambiguous', targets: ['r3', 'r4'], confidence: 0.5, reasons: ['two entries by Smith in 2010'] },
  ],
};
const doeMissing: CitationSpec = {
  text: '(Doe & Roe, 1999; Paul, 2005, p. 50)',
  works: [
    { text: 'Doe & Roe, 1999', authors: ['Doe', 'Roe'], year: '1999', status: 'unresolved', reasons: ['no entry by Doe'] },
    { text: 'Paul, 2005, p. 50', authors: ['Paul'], year: '2005', status: 'linked', targets: ['r2'] },
  ],
};

/** The problem as a reader would check it: where (the text under it), what, and key phrases. */
interface Expected {
  readonly under: string;
  readonly code: string;
  readonly severity: Problem['severity'];
  readonly says: readonly string[];
  readonly related?: readonly string[];
  readonly work?: Problem['work'] | null;
  readonly referenceIds?: readonly string[];
}

interface Row {
  readonly name: string;
  readonly analysis: Analysis;
  readonly uncitedReferences?: boolean;
  readonly expected: readonly Expected[];
}

const all = build(essay, refs, [paul, cohenDoubtful, smithAmbiguous, doeMissing]);

const rows: Row[] = [
  {
    name: 'a citation linked with full confidence is no problem',
    analysis: build(essay, refs, [paul]),
    expected: [],
  },
  {
    name: 'a cited work no reference matches warns and gives the reasons',
    analysis: build(essay, refs, [doeMissing]),
    expected: [
      {
        under: 'Doe & Roe, 1999',
        code: 'unresolved',
        severity: 'warning',
        says: ['No reference in the list matches “Doe & Roe 1999”.', 'No entry by Doe.'],
        work: { citationStart: essay.indexOf('(Doe & Roe'), workIndex: 0 },
        referenceIds: [],
      },
    ],
  },
  {
    name: 'an ambiguous work lists its candidates, each a related place',
    analysis: build(essay, refs, [smithAmbiguous]),
    expected: [
      {
        under: 'Smith, 2010',
        code: 'ambiguous',
        severity: 'information',
        says: ['“Smith 2010” matches 2 references', 'Smith 2010a — Balancing Acts', 'Smith 2010b — Balancing Acts Revisited', 'Two entries by Smith in 2010.'],
        related: ['Smith, J. (2010a). Balancing Acts. Oxford.', 'Smith, J. (2010b). Balancing Acts Revisited. Oxford.'],
        work: { citationStart: essay.indexOf('(Smith, 2010)'), workIndex: 0 },
        referenceIds: ['r3', 'r4'],
      },
    ],
  },
  {
    name: 'a linked work the engine doubts (“et al” against one author) is a mismatch',
    analysis: build(essay, refs, [cohenDoubtful]),
    expected: [
      {
        under: 'Cohen et al, 2012',
        code: 'mismatch',
        severity: 'information',
        says: ['“Cohen et al. 2012” is linked to Cohen 2012', 'The text says “et al” but the reference lists one author.'],
        related: [refs[0].text],
        referenceIds: ['r1'],
      },
    ],
  },
  {
    name: 'a linked work below full confidence but without reasons is not reported',
    analysis: build(essay, refs, [{ ...paul, works: [{ ...paul.works[0], confidence: 0.7 }] }]),
    expected: [],
  },
  {
    name: 'a work the reader chose is not questioned',
    analysis: build(essay, refs, [{ ...paul, works: [{ ...paul.works[0], confidence: 0.9, reasons: ['chosen by the reader'] }] }]),
    expected: [],
  },
  {
    name: 'references nobody cites are hints when the setting asks for them',
    analysis: build(essay, refs, [paul]),
    uncitedReferences: true,
    expected: [
      { under: refs[0].text, code: 'uncited', severity: 'hint', says: ['No citation in the essay points to Cohen 2012'], referenceIds: ['r1'], work: null },
      { under: refs[2].text, code: 'uncited', severity: 'hint', says: ['Smith 2010a'], referenceIds: ['r3'] },
      { under: refs[3].text, code: 'uncited', severity: 'hint', says: ['Smith 2010b'], referenceIds: ['r4'] },
      { under: refs[4].text, code: 'uncited', severity: 'hint', says: ['Brooks & Wohlforth 2005 — Hard Times for Soft Balancing'], referenceIds: ['r5'] },
    ],
  },
  {
    name: 'an ambiguous work’s candidates are not uncited',
    analysis: build(essay, refs, [paul, cohenDoubtful, smithAmbiguous]),
    uncitedReferences: true,
    expected: [
      { under: 'Cohen et al, 2012', code: 'mismatch', severity: 'information', says: [] },
      { under: 'Smith, 2010', code: 'ambiguous', severity: 'information', says: [] },
      { under: refs[4].text, code: 'uncited', severity: 'hint', says: [] },
    ],
  },
  {
    name: 'every kind at once comes sorted by position, the second work of a citation with its index',
    analysis: all,
    expected: [
      { under: 'Cohen et al, 2012', code: 'mismatch', severity: 'information', says: [] },
      { under: 'Smith, 2010', code: 'ambiguous', severity: 'information', says: [] },
      { under: 'Doe & Roe, 1999', code: 'unresolved', severity: 'warning', says: [], work: { citationStart: essay.indexOf('(Doe'), workIndex: 0 } },
    ],
  },
  {
    name: 'a notice without a span sits at the start, with its own code and severity',
    analysis: build(essay, refs, [paul], [{ severity: 'warning', code: 'no-reference-list', message: 'no reference list was found' }]),
    expected: [{ under: '', code: 'no-reference-list', severity: 'warning', says: ['No reference list was found.'] }],
  },
  {
    name: 'every problem of a citation says where it is by its sentence, an uncited entry by its place in the list',
    analysis: build(essay, refs, [doeMissing, smithAmbiguous]),
    uncitedReferences: true,
    expected: [
      { under: 'Smith, 2010', code: 'ambiguous', severity: 'information', says: ['In “Two books share a year (Smith, 2010).”'] },
      { under: 'Doe & Roe, 1999', code: 'unresolved', severity: 'warning', says: ['In “A missing work (Doe & Roe, 1999; Paul, 2005, p. 50).”'] },
      { under: refs[0].text, code: 'uncited', severity: 'hint', says: ['Reference list, entry 1.'] },
      { under: refs[4].text, code: 'uncited', severity: 'hint', says: ['Reference list, entry 5.'] },
    ],
  },
  {
    name: 'an ambiguous work names no route that does not exist in a read-only essay',
    analysis: build(essay, refs, [smithAmbiguous]),
    expected: [{ under: 'Smith, 2010', code: 'ambiguous', severity: 'information', says: ['“Choose the reference” in the hover, in the editor’s context menu or in the Problems view'] }],
  },
  {
    name: 'an essay without a reference list gets one essay-level message, not one per citation',
    analysis: build(essay, [], [paul, doeMissing], [{ severity: 'warning', code: 'no-reference-list', message: 'no reference list was found, so the 2 citations cannot be linked' }]),
    expected: [{ under: '', code: 'no-reference-list', severity: 'warning', says: ['No reference list was found, so the 2 citations cannot be linked.'] }],
  },
  {
    name: 'a candidate id missing from the list is skipped, not thrown on',
    analysis: build(essay, refs, [{ ...smithAmbiguous, works: [{ ...smithAmbiguous.works[0], targets: ['r3', 'r99'] }] }]),
    expected: [{ under: 'Smith, 2010', code: 'ambiguous', severity: 'information', says: ['matches 1 references'], referenceIds: ['r3'] }],
  },
];

describe('findProblems', () => {
  for (const row of rows) {
    it(row.name, () => {
      const problems = findProblems(row.analysis, { uncitedReferences: row.uncitedReferences ?? false });
      assert.deepEqual(
        problems.map((p) => [row.analysis.text.slice(p.span.start, p.span.end), p.code, p.severity]),
        row.expected.map((e) => [e.under, e.code, e.severity]),
      );
      problems.forEach((p, i) => {
        const e = row.expected[i];
        for (const phrase of e.says) assert.ok(p.message.includes(phrase), `“${p.message}” should say “${phrase}”`);
        if (e.related) assert.deepEqual(p.related.map((r) => row.analysis.text.slice(r.span.start, r.span.end)), e.related);
        if (e.work !== undefined) assert.deepEqual(p.work, e.work ?? undefined);
        if (e.referenceIds) assert.deepEqual(p.referenceIds, e.referenceIds);
      });
    });
  }

  it('a narrative citation whose names no reference bears is information, a parenthetical one a warning', () => {
    const text = [
      'Berlin in Film',
      '',
      'The city films of the 1920s, from Metropolis (1927) to the work of Ruttmann (1927), were praised (Kracauer, 1947).',
      '',
      'References',
      '',
      'Ruttmann, W. (1927). Berlin: Die Sinfonie der Großstadt. Fox Europa.',
    ].join('\n');
    const problems = findProblems(analyze(text), { uncitedReferences: false });
    assert.deepEqual(
      problems.map((p) => [text.slice(p.span.start, p.span.end), p.code, p.severity]),
      [
        ['Metropolis (1927)', 'unresolved', 'information'],
        ['Kracauer, 1947', 'unresolved', 'warning'],
      ],
    );
    assert.ok(problems[0].message.includes('a name and a year that cite nothing'), problems[0].message);
  });

  it('an ambiguous citation is said once: its candidates are not listed twice, and no internal id shows', () => {
    const text = ['Balancing', '', 'Two books share a year (Smith, 2010).', '', 'References', '', 'Smith, J. (2010). Balancing Acts. Oxford.', 'Smith, J. (2010). Balancing Acts Revisited. Oxford.'].join('\n');
    const [problem] = findProblems(analyze(text), { uncitedReferences: false });
    assert.equal(problem.code, 'ambiguous');
    assert.equal(problem.message.split('Smith 2010 — Balancing Acts Revisited').length, 2, problem.message);
    assert.doesNotMatch(problem.message, /\br\d+\b/, problem.message);
  });

  it('an unresolved citation is said once: the reasons do not repeat that nothing matches', () => {
    const text = ['Wang', '', 'First (Wang 2018). Then (Doe, 1999).', '', 'References', '', 'Wang, Haiyun (2007). Eluosi. Beijing.'].join('\n');
    const problems = findProblems(analyze(text), { uncitedReferences: false });
    assert.deepEqual(
      problems.map((p) => p.message.replace(/ In “.*$/u, '')),
      [
        'No reference in the list matches “Wang 2018”. The closest is “Wang 2007” (entry 1), but the year differs: text 2018, reference 2007.',
        'No reference in the list matches “Doe 1999”.',
      ],
    );
  });

  it('leaves uncited references out when the setting is off', () => {
    assert.equal(findProblems(build(essay, refs, [paul]), { uncitedReferences: false }).length, 0);
  });
});

describe('workLabel', () => {
  const cases: [string, Partial<CitedWork>, string][] = [
    ['one author', { authors: ['Paul'], year: '2005' }, 'Paul 2005'],
    ['two authors', { authors: ['Jones', 'Lee'], year: '2010a' }, 'Jones & Lee 2010a'],
    ['“et al” keeps the first author', { authors: ['Cohen'], etAl: true, year: '2012' }, 'Cohen et al. 2012'],
    ['three authors shorten to et al.', { authors: ['Keohane', 'Nye', 'Hoffmann'], year: '1993' }, 'Keohane et al. 1993'],
    ['a full name stays as written', { authors: ['Haiyun Wang'], year: '2007' }, 'Haiyun Wang 2007'],
    ['no author falls back to the text', { authors: [], year: '2001', text: ' Anonymous 2001 ' }, 'Anonymous 2001'],
  ];
  for (const [name, work, expected] of cases) {
    it(name, () => {
      assert.equal(workLabel({ text: '', etAl: false, status: 'unresolved', targets: [], confidence: 0, reasons: [], start: 0, end: 0, authors: [], year: '', ...work }), expected);
    });
  }
});

describe('referenceHeadline', () => {
  const reference = (text: string, csl: Omit<CslItem, 'id' | 'type'>, index = 0): Reference => ({
    id: `r${index + 1}`,
    index,
    start: 0,
    end: text.length,
    text,
    csl: { id: `r${index + 1}`, type: 'book', ...csl },
    uncertain: [],
  });
  const cases: [string, Reference, string][] = [
    ['capitals become proper case', reference(refs[0].text, refs[0].csl!), 'Cohen 2012 — The Future of Russia’s Involvement in Central Asia'],
    ['two authors joined by &', reference(refs[4].text, refs[4].csl!), 'Brooks & Wohlforth 2005 — Hard Times for Soft Balancing'],
    ['year suffix kept', reference(refs[2].text, refs[2].csl!), 'Smith 2010a — Balancing Acts'],
    ['a literal date', reference('Doe (n.d.). Notes.', { author: [{ family: 'Doe' }], issued: { literal: 'n.d.' }, title: 'Notes' }), 'Doe n.d. — Notes'],
    ['an institution as literal name', reference('World Bank (2019). Report.', { author: [{ literal: 'World Bank' }], issued: { 'date-parts': [[2019]] } }), 'World Bank 2019'],
    ['editors when there is no author', reference('Ed (2001). Book.', { editor: [{ family: 'Ikenberry' }], issued: { 'date-parts': [[2001]] } }), 'Ikenberry 2001'],
    [
      'a long title is shortened',
      reference('X', { title: 'Eluosi chongxin jueqi di qianjing jiqi shijie yingxiang: Prospect for Russia’s Resurgence and Its Global Impact' }),
      'Eluosi chongxin jueqi di qianjing jiqi shijie yingxiang: Pr…',
    ],
    ['nothing parsed falls back to the text', reference('CONTESSI, Nicola, China and Eurasia Forum Quarterly', {}), 'CONTESSI, Nicola, China and Eurasia Forum Quarterly'],
  ];
  for (const [name, ref, expected] of cases) it(name, () => assert.equal(referenceHeadline(ref), expected));

  it('tells identical labels apart by entry number', () => {
    const a = reference('Smith, J. (2010). Book.', { author: [{ family: 'Smith' }], issued: { 'date-parts': [[2010]] } }, 2);
    const b = reference('Smith, J. (2010). Book, 2nd ed.', { author: [{ family: 'Smith' }], issued: { 'date-parts': [[2010]] } }, 5);
    const c = reference(refs[1].text, refs[1].csl!, 6);
    assert.deepEqual(distinctReferenceLabels([a, b, c]), ['Smith 2010 (entry 3)', 'Smith 2010 (entry 6)', 'Paul 2005 — Soft Balancing in the Age of U.S. Primacy']);
  });
});
