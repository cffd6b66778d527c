// findStructure: the essay's title and the headings of its outline. Each row is a small essay and the
// exact outline expected: [kind, level, title] in text order.
import * as assert from 'node:assert/strict';
import { readReferences } from '../../src/core/references';
import { findStructure } from '../../src/core/structure';

type Entry = [kind: 'title' | 'section' | 'references', level: number, title: string];

interface Row {
  readonly name: string;
  readonly text: string;
  readonly title: string | undefined;
  readonly outline: readonly Entry[];
}

const PARA = 'China has, in the interim, opted for a strategy of soft balancing (Paul, 2005). Indeed, its hard power does not allow it to act alone.';
const REFS = 'References\n\nPAUL, T.V. (2005), Soft Balancing in the Age of U.S. Primacy, International Security, 30:1, pp. 46-71.\n\nPape, R. A. (2004). Soft balancing. Annual Meeting of the APSA.';

const rows: Row[] = [
  {
    name: 'plain essay: title line, Title Case headings, reference heading',
    text: `The ‘Soft Balancing’ in China’s Foreign Policy\n\nIntroduction\n\n${PARA}\n\nStrategic Partnerships and Their Limits\n\n${PARA}\n\n${REFS}`,
    title: 'The ‘Soft Balancing’ in China’s Foreign Policy',
    outline: [
      ['title', 0, 'The ‘Soft Balancing’ in China’s Foreign Policy'],
      ['section', 1, 'Introduction'],
      ['section', 1, 'Strategic Partnerships and Their Limits'],
      ['references', 1, 'References'],
    ],
  },
  {
    name: 'numbered headings with levels',
    text: `Rekommunalisierung in Deutschland\n\n1. Einleitung\n\n${PARA}\n\n2.1 Von der Privatisierung zur Rekommunalisierung\n\n${PARA}\n\n${REFS}`,
    title: 'Rekommunalisierung in Deutschland',
    outline: [
      ['title', 0, 'Rekommunalisierung in Deutschland'],
      ['section', 1, '1. Einleitung'],
      ['section', 2, '2.1 Von der Privatisierung zur Rekommunalisierung'],
      ['references', 1, 'References'],
    ],
  },
  {
    name: 'ABNT: capitals with numbers without dots',
    text: `AGRICULTURA FAMILIAR NO SEMIÁRIDO\n\n1 INTRODUÇÃO\n\n${PARA}\n\n2 A NOÇÃO DE CONVIVÊNCIA\n\n${PARA}`,
    title: 'AGRICULTURA FAMILIAR NO SEMIÁRIDO',
    outline: [
      ['title', 0, 'AGRICULTURA FAMILIAR NO SEMIÁRIDO'],
      ['section', 1, '1 INTRODUÇÃO'],
      ['section', 1, '2 A NOÇÃO DE CONVIVÊNCIA'],
    ],
  },
  {
    name: 'Markdown: "#" title, "##" sections one level down, other short lines ignored',
    text: `# Why Results Are Hard to Reproduce\n\n*A short essay for the reading group*\n\n## 1. The problem\n\n${PARA}\n\nShort Line Here\n\n### Details\n\n${PARA}\n\n## References\n\n- Brandt, K. (2014). *Version control*. No Starch Press.\n- Chen, L. (2021). Dependency rot. PLOS Computational Biology, 17(3), e1008812.`,
    title: 'Why Results Are Hard to Reproduce',
    outline: [
      ['title', 0, 'Why Results Are Hard to Reproduce'],
      ['section', 1, '1. The problem'],
      ['section', 2, 'Details'],
      ['references', 1, 'References'],
    ],
  },
  {
    name: 'Spanish sentence-case headings',
    text: `La despoblación rural en España\n\nIntroducción\n\n${PARA}\n\nLas causas del éxodo\n\n${PARA}\n\nServicios, accesibilidad y cabeceras comarcales\n\n${PARA}`,
    title: 'La despoblación rural en España',
    outline: [
      ['title', 0, 'La despoblación rural en España'],
      ['section', 1, 'Introducción'],
      ['section', 1, 'Las causas del éxodo'],
      ['section', 1, 'Servicios, accesibilidad y cabeceras comarcales'],
    ],
  },
  {
    name: 'web page: byline, date line, sharing and comments are not headings',
    text: `Melting Ice, Hardening Lines\r\nby Tomás Ferreira\r\nPosted on 14\u00a0March\u00a02016 | Geopolitics | 3 min read\r\n\r\n${PARA}\r\n\r\n${PARA}\r\n\r\nShare this:\r\nLeave a comment\r\n`,
    title: 'Melting Ice, Hardening Lines',
    outline: [['title', 0, 'Melting Ice, Hardening Lines']],
  },
  {
    name: 'a first line that is a paragraph is not a title',
    text: `${PARA} ${PARA}\n\nConclusion\n\n${PARA}`,
    title: undefined,
    outline: [['section', 1, 'Conclusion']],
  },
  {
    name: 'paragraphs, list items and sentences are not headings',
    text: `Title\n\n${PARA}\n\nThe results were mixed.\n\n- First point of a list\n\nIn 2004 (Smith, 2004) nothing changed\n\nFigure 1. Trade flows\n\nTable 3 Results by Region`,
    title: 'Title',
    outline: [['title', 0, 'Title']],
  },
  { name: 'empty text', text: '', title: undefined, outline: [] },
  { name: 'only white space', text: ' \n\u00a0\r\n\t', title: undefined, outline: [] },
  {
    name: 'PDF text: a masthead above the title, a wrapped title, running heads and page numbers between paragraphs',
    text: `URBAN RESEARCH REVIEW 18(3) 211–229\n\nPlatform rentals and the new rent gap: Short-term letting\nin three mid-sized European cities\n\n1. Introduction\n\n${PARA}\n\n212   Urban Research Review 18(3)\n\n2. The rent gap\n\n${PARA}\n\nKeller and Osei   213\n\n${PARA}\n\n${REFS}`,
    title: 'Platform rentals and the new rent gap: Short-term letting in three mid-sized European cities',
    outline: [
      ['title', 0, 'Platform rentals and the new rent gap: Short-term letting in three mid-sized European cities'],
      ['section', 1, '1. Introduction'],
      ['section', 1, '2. The rent gap'],
      ['references', 1, 'References'],
    ],
  },
  {
    name: 'negative: a second title line in capitals, or one followed by text, is not joined to the title',
    text: `Counting the Hours\nClock Time and Work\n\n${PARA}\n\n${REFS}`,
    title: 'Counting the Hours',
    outline: [
      ['title', 0, 'Counting the Hours'],
      ['references', 1, 'References'],
    ],
  },
  {
    name: 'Chicago: "Notes" before the "Bibliography" is a section, and its notes are not references',
    text: `Counting the Hours\n\nI\n\n${PARA}\n\nNotes\n\n1. The essay first appeared in 1960 and was reprinted in Le Goff (1980), 29–42.\n\n2. Thompson (1967), 73–76, on the bell and the sermon.\n\nBibliography\n\nLe Goff, Jacques. 1980. Time, Work, and Culture in the Middle Ages. Chicago: University of Chicago Press.\n\nThompson, E. P. 1967. “Time, Work-Discipline, and Industrial Capitalism.” Past & Present 38: 56–97.`,
    title: 'Counting the Hours',
    outline: [
      ['title', 0, 'Counting the Hours'],
      ['section', 1, 'I'],
      ['section', 1, 'Notes'],
      ['references', 1, 'Bibliography'],
    ],
  },
];

describe('findStructure', () => {
  for (const row of rows) {
    it(row.name, () => {
      const { referenceList } = readReferences(row.text);
      const { title, sections } = findStructure(row.text, referenceList);
      assert.equal(title, row.title);
      assert.deepEqual(
        sections.map((s) => [s.kind, s.level, s.title]),
        row.outline,
      );
      for (const s of sections) {
        assert.ok(row.text.slice(s.start, s.end).includes(s.title.replace(/^#+ /, '').slice(0, 5)), `span of ${s.title}`);
      }
    });
  }

  it('reads the notes before the bibliography as body text: the list starts at the bibliography', () => {
    const row = rows.find((r) => r.name.startsWith('Chicago: "Notes"'));
    assert.ok(row);
    const { references, referenceList } = readReferences(row.text);
    assert.deepEqual(references.map((r) => r.csl.author?.[0]?.family), ['Goff', 'Thompson']);
    assert.ok(referenceList?.heading && row.text.slice(referenceList.heading.start, referenceList.heading.end) === 'Bibliography');
  });

  it('does not make reference entries into headings', () => {
    const text = `Essay\n\n${PARA}\n\nReferences\n\nWORLD BANK (2018)\n\nSmith, J. (2010). Short Title. Routledge.\n\nLee, K. (2012). Another. Routledge.`;
    const { referenceList } = readReferences(text);
    const { sections } = findStructure(text, referenceList);
    assert.deepEqual(
      sections.map((s) => s.kind),
      ['title', 'references'],
    );
  });

  it('is linear: 100,000 blank lines and short lines', function () {
    this.timeout(20_000);
    const text = 'Heading Line\n\n'.repeat(100_000);
    const t0 = Date.now();
    const { sections } = findStructure(text);
    assert.ok(Date.now() - t0 < 3000);
    assert.equal(sections.length, 100_000);
  });

  it('never throws', () => {
    for (const text of ['\u0000\ud800', '#'.repeat(100_000), '\r'.repeat(10_000), undefined as unknown as string]) {
      assert.doesNotThrow(() => findStructure(text));
    }
  });
});
