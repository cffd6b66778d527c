// findReferenceList / readReferences: where the list is, how it splits into entries, and what is not
// part of it. Each row is a small essay; `entries` are the exact entry texts expected, in order.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findReferenceList, readReferences } from '../../src/core/references';
import { stripBom } from '../../src/core/text';

interface Row {
  readonly name: string;
  readonly text: string;
  /** Expected entry texts; undefined when no list must be found. */
  readonly entries?: readonly string[];
  /** Expected heading text, or null when the list has no heading. */
  readonly heading?: string | null;
}

const A = 'Smith, J. A. (2010). A title. Journal of Things, 12(3), 45–67.';
const B = 'Lee, K., & Park, M. (2012). Another title. Oxford University Press.';
const C = 'Wang, Haiyun (2007). Eluosi jueqi, in: Yanjiu, 1, pp. 1-7.';
const PROSE = 'This essay argues, with Smith (2010) and Lee and Park (2012), that the question remains open.';

const rows: Row[] = [
  { name: '"References" heading, blank lines between entries', text: `Title\n\n${PROSE}\n\nReferences\n\n${A}\n\n${B}\n`, entries: [A, B], heading: 'References' },
  { name: 'one entry a line, no blank lines', text: `Title\n\n${PROSE}\n\nReferences\n${A}\n${B}\n${C}`, entries: [A, B, C], heading: 'References' },
  { name: 'numbered heading with trailing colon and spaces', text: `${PROSE}\n\n7. References:   \n\n${A}\n\n${B}`, entries: [A, B], heading: '7. References:' },
  { name: 'markdown heading and "- " markers (excluded from the entries)', text: `# T\n\n${PROSE}\n\n## References\n\n- ${A}\n- ${B}\n`, entries: [A, B], heading: '## References' },
  { name: 'numbered list markers "1." and "[2]"', text: `${PROSE}\n\nBibliography\n\n1. ${A}\n[2] ${B}\n`, entries: [A, B] },
  { name: 'bold heading in another language', text: `${PROSE}\n\n**Referências Bibliográficas**\n\n${A}\n\n${B}`, entries: [A, B] },
  { name: 'heading in capitals with an accent', text: `${PROSE}\n\nREFERÊNCIAS\n\n${A}\n\n${B}`, entries: [A, B], heading: 'REFERÊNCIAS' },
  { name: 'German heading', text: `${PROSE}\n\nLiteraturverzeichnis\n\n${A}\n\n${B}`, entries: [A, B] },
  { name: 'Spanish heading with accent', text: `${PROSE}\n\nReferencias bibliográficas\n\n${A}\n\n${B}`, entries: [A, B] },
  { name: 'Works Cited', text: `${PROSE}\n\nWorks Cited\n\n${A}\n\n${B}`, entries: [A, B] },
  { name: 'non-breaking spaces after the heading', text: `${PROSE}\n\nReferences\u00a0 \u00a0\n\n${A}\n\n${B}`, entries: [A, B], heading: 'References' },
  {
    name: 'the last heading wins over one in a table of contents',
    text: `Contents\n1. Introduction\n2. References\n\n${PROSE}\n\nReferences\n\n${A}\n\n${B}`,
    entries: [A, B],
    heading: 'References',
  },
  {
    name: 'wrapped entries: continuation lines start lower-case or follow a comma',
    text: `${PROSE}\n\nReferences\n\nCONNELLY, Heather and ROHDE, Caroline (2015), The New Ice Curtain: Russia’s Strategic Reach\nto the Arctic, Washington: Center for Strategic Studies, pp. 1-90.\n\nZyskowski, Katarzyna (2011) “Military Aspects”, in: Kraska, J. (ed.),\nArctic Security in an Age of Climate Change, Cambridge University Press, pp. 85-106.\n`,
    entries: [
      'CONNELLY, Heather and ROHDE, Caroline (2015), The New Ice Curtain: Russia’s Strategic Reach\nto the Arctic, Washington: Center for Strategic Studies, pp. 1-90.',
      'Zyskowski, Katarzyna (2011) “Military Aspects”, in: Kraska, J. (ed.),\nArctic Security in an Age of Climate Change, Cambridge University Press, pp. 85-106.',
    ],
  },
  {
    name: 'hanging indent without blank lines',
    text: `${PROSE}\n\nReferences\nSmith, J. A. (2010). A very long title that wraps onto the next\n    line of the list. Journal of Things, 12(3), 45–67.\nLee, K. (2012). Another title. Oxford University Press.\n`,
    entries: ['Smith, J. A. (2010). A very long title that wraps onto the next\n    line of the list. Journal of Things, 12(3), 45–67.', 'Lee, K. (2012). Another title. Oxford University Press.'],
  },
  { name: 'CRLF line endings', text: `${PROSE}\r\n\r\nReferences\r\n\r\n${A}\r\n\r\n${B}\r\n`, entries: [A, B] },
  { name: 'lone CR line endings', text: `${PROSE}\r\rReferences\r\r${A}\r\r${B}\r`, entries: [A, B] },
  { name: 'tabs before entries', text: `${PROSE}\n\nReferences\n\n\t${A}\n\n\t${B}`, entries: [A, B] },
  {
    name: 'author bio and comment prompt after the list are not entries',
    text: `${PROSE}\n\nReferences\n\n${A}\n\n${B}\n\n\u00a0\n\nPaulo Afonso Duarte is a PhD student in International Relations at the University of Lisbon. He is a researcher at the Instituto do Oriente (duarte@example.org).\n\nSeja o primeiro a comentar`,
    entries: [A, B],
  },
  { name: 'separator then footer', text: `${PROSE}\n\nReferences\n\n${A}\n\n${B}\n\n---\n\n© 2016 Some Journal. All rights reserved.`, entries: [A, B] },
  { name: '"Share this:" and "Leave a comment" right after the list', text: `${PROSE}\n\nReferences\n${A}\n${B}\nShare this:\nLeave a comment`, entries: [A, B] },
  { name: 'notes after the list', text: `${PROSE}\n\nReferences\n\n${A}\n\n${B}\n\nNotes\n\n1. See Smith (2010) for the background.`, entries: [A, B] },
  { name: 'sub-headings inside the list are skipped', text: `${PROSE}\n\nReferences\n\nPrimary sources\n\n${A}\n\nSecondary sources\n\n${B}`, entries: [A, B] },
  {
    name: 'same author rule continues the list',
    text: `${PROSE}\n\nReferences\n\nMarsh, Theodora. 2004. "Miasma." Isis 95 (3): 392–415.\n\n———. 2012. Counting the Dead. Chicago: University of Chicago Press.`,
    entries: ['Marsh, Theodora. 2004. "Miasma." Isis 95 (3): 392–415.', '———. 2012. Counting the Dead. Chicago: University of Chicago Press.'],
  },
  {
    name: 'an entry without a year between two ordinary ones stays',
    text: `${PROSE}\n\nReferences\n\n${A}\n\nMorrison, Toni. Playing in the Dark. Harvard University Press.\n\n${B}`,
    entries: [A, 'Morrison, Toni. Playing in the Dark. Harvard University Press.', B],
  },
  { name: 'no heading: trailing block of entries', text: `Title\n\n${PROSE}\n\n${PROSE}\n\n${A}\n\n${B}\n\n${C}\n\nShare this:\nLeave a comment`, entries: [A, B, C], heading: null },
  { name: 'no heading: two entries are not enough', text: `Title\n\n${PROSE}\n\n${A}\n\n${B}`, entries: undefined },
  { name: 'prose only', text: `Title\n\n${PROSE}\n\n${PROSE}\n\nIn 2004 (Smith, 2004) the results were mixed.`, entries: undefined },
  { name: 'a heading with nothing after it', text: `${PROSE}\n\nReferences\n`, entries: undefined },
  { name: 'a heading followed by prose only', text: `${PROSE}\n\nSources\n\nThe data come from the national statistics office and were collected over ten years by several teams of researchers working in the field, who interviewed farmers, officials and traders in each of the regions. The interviews were recorded and transcribed. The transcripts were then coded by two readers. Disagreements were resolved by discussion.`, entries: undefined },
  { name: '"References" inside a sentence is not a heading', text: `References to the past are common in this literature.\n\n${PROSE}`, entries: undefined },
  { name: 'empty text', text: '', entries: undefined },
];

describe('findReferenceList', () => {
  for (const row of rows) {
    it(row.name, () => {
      const found = findReferenceList(row.text);
      if (row.entries === undefined) {
        assert.equal(found, undefined, `no list expected, got ${JSON.stringify(found?.entries.map((e) => row.text.slice(e.start, e.end)))}`);
        return;
      }
      assert.ok(found, 'a list was expected');
      assert.deepEqual(
        found.entries.map((e) => row.text.slice(e.start, e.end)),
        row.entries,
      );
      assert.equal(found.span.start, found.entries[0].start);
      assert.equal(found.span.end, found.entries[found.entries.length - 1].end);
      if (row.heading === null) assert.equal(found.heading, undefined);
      else if (row.heading !== undefined) {
        assert.ok(found.heading);
        assert.equal(row.text.slice(found.heading.start, found.heading.end), row.heading);
      }
    });
  }
});

describe('readReferences', () => {
  it('gives ids r1..rN in list order, text equal to the slice, csl.id equal to the id', () => {
    const text = `${PROSE}\n\nReferences\n\n${A}\n\n${B}\n\n${C}`;
    const { references, referenceList } = readReferences(text);
    assert.deepEqual(references.map((r) => r.id), ['r1', 'r2', 'r3']);
    assert.deepEqual(references.map((r) => r.index), [0, 1, 2]);
    for (const r of references) {
      assert.equal(r.text, text.slice(r.start, r.end));
      assert.equal(r.csl.id, r.id);
    }
    assert.ok(referenceList?.heading);
    assert.equal(text.slice(referenceList.heading.start, referenceList.heading.end), 'References');
  });

  it('copies the previous authors to an entry that starts with a rule', () => {
    const text = `References\n\nMarsh, Theodora. 2004. "Miasma." Isis 95 (3): 392–415.\n\n———. 2012. Counting the Dead. Chicago: University of Chicago Press.\n\n--. 2015. Later Work. Chicago: University of Chicago Press.`;
    const { references } = readReferences(text);
    assert.equal(references.length, 3);
    assert.deepEqual(references[1].csl.author, [{ family: 'Marsh', given: 'Theodora' }]);
    assert.deepEqual(references[2].csl.author, [{ family: 'Marsh', given: 'Theodora' }]);
    assert.deepEqual(references[2].csl.issued, { 'date-parts': [[2015]] });
    assert.ok(!references[1].uncertain.includes('author'));
  });

  it('says when the list was found without a heading', () => {
    const { notices } = readReferences(`${PROSE}\n\n${A}\n\n${B}\n\n${C}`);
    assert.ok(notices.some((n) => n.code === 'reference-list-without-heading'));
  });

  it('says which entries have no year', () => {
    const { notices } = readReferences(`References\n\n${A}\n\nMorrison, Toni. Playing in the Dark. Harvard University Press.\n\n${B}`);
    const n = notices.find((x) => x.code === 'reference-without-year');
    assert.ok(n?.span);
    assert.match(n.message, /Reference 2/);
  });

  it('returns nothing and no error for a text without a list', () => {
    assert.deepEqual(readReferences(PROSE), { references: [], notices: [] });
  });
});

describe('the annotated essays: every reference entry, exactly', () => {
  const essays = join(__dirname, '..', 'fixtures', 'essays');
  const cases: { name: string; text: string; gold: string }[] = [
    { name: 'soft-balancing (the seed essay)', text: join(__dirname, '..', '..', 'corpus', 'soft-balancing.txt'), gold: join(__dirname, '..', 'fixtures', 'soft-balancing.gold.json') },
    ...readdirSync(essays)
      .filter((f) => f.endsWith('.gold.json'))
      .map((f) => ({ name: f.replace('.gold.json', ''), text: join(essays, f.replace('.gold.json', '.txt')), gold: join(essays, f) })),
  ];
  const corpusCopy = '/work/shared/corpus/soft-balancing.txt';
  for (const c of cases) {
    it(c.name, function () {
      let path = c.text;
      try {
        readFileSync(path);
      } catch {
        path = corpusCopy;
      }
      let raw: string;
      try {
        raw = readFileSync(path, 'utf8');
      } catch {
        this.skip();
      }
      const text = stripBom(raw);
      const gold = JSON.parse(readFileSync(c.gold, 'utf8')) as { references: { id: string; text: string }[] };
      const { references } = readReferences(text);
      assert.deepEqual(
        references.map((r) => r.text),
        gold.references.map((r) => r.text),
      );
      assert.deepEqual(
        references.map((r) => r.id),
        gold.references.map((r) => r.id),
      );
      for (const r of references) {
        assert.ok(r.csl.author || r.csl.editor, `${r.id} has authors: ${r.text}`);
        assert.ok(r.csl.issued, `${r.id} has a year: ${r.text}`);
      }
    });
  }
});

describe('the seed essay: the entries the issue names', () => {
  let text = '';
  before(function () {
    for (const p of [join(__dirname, '..', '..', 'corpus', 'soft-balancing.txt'), '/work/shared/corpus/soft-balancing.txt']) {
      try {
        text = stripBom(readFileSync(p, 'utf8'));
        return;
      } catch {
        // try the next place
      }
    }
    this.skip();
  });
  const byFamily = (family: string) => readReferences(text).references.find((r) => r.csl.author?.[0]?.family === family);
  it('has ten references', () => assert.equal(readReferences(text).references.length, 10));
  it('Brooks and Wohlforth are two authors', () => assert.deepEqual(byFamily('Brooks')?.csl.author, [{ family: 'Brooks', given: 'Stephen G.' }, { family: 'Wohlforth' }]));
  it('Contessi has no title, a journal and the late year', () => {
    const r = byFamily('Contessi');
    assert.equal(r?.csl.title, undefined);
    assert.equal(r?.csl['container-title'], 'China and Eurasia Forum Quarterly');
    assert.deepEqual(r?.csl.issued, { 'date-parts': [[2010]] });
  });
  it('Mingjiang is the family name, Li the given name', () => assert.deepEqual(byFamily('Mingjiang')?.csl.author, [{ family: 'Mingjiang', given: 'Li' }]));
  it('Wang, Haiyun', () => assert.deepEqual(byFamily('Wang')?.csl.author, [{ family: 'Wang', given: 'Haiyun' }]));
  it('every entry has a year', () => {
    for (const r of readReferences(text).references) assert.ok(r.csl.issued?.['date-parts'], r.text);
  });
});

describe('robustness', () => {
  const inputs: [string, string][] = [
    ['binary-looking', '\u0000\u0001References\u0000\n\u0002Smith, J. (2010). X.\ufffd\ud800'],
    ['zero-width characters everywhere', `R\u200beferences\n\n\u200b${A}\u200d\n\n${B}\u2060`],
    ['only blank lines and NBSP', '\n\u00a0\n \n\t\n'.repeat(1000)],
    ['a heading repeated many times', 'References\n'.repeat(5000)],
    ['a 1 MB line', `References\n\n${'Smith, J. (2010). '.repeat(60_000)}`],
    ['mixed line endings', `${PROSE}\r\nReferences\r${A}\n${B}\r\n`],
  ];
  for (const [name, text] of inputs) {
    it(`never throws: ${name}`, () => {
      const { references } = readReferences(text);
      for (const r of references) assert.equal(r.text, text.slice(r.start, r.end));
    });
  }

  it('reads a 16 MB text with 5,000 entries in a few seconds', function () {
    this.timeout(30_000);
    const styles = [
      (k: number) => `Author${k}, J. A., & Other${k}, K. (${1950 + (k % 70)}). A title number ${k}. Journal of Things, ${k % 90}(${k % 4}), ${k}–${k + 20}.`,
      (k: number) => `AUTHOR${k}, John (${1950 + (k % 70)}). Title ${k}, International Security ${k % 40}, no. ${k % 5}, pp. ${k}-${k + 9}.`,
      (k: number) => `Author${k}, Maria. ${1950 + (k % 70)}. "Title ${k}." Review ${k % 30} (2): 1–22.`,
    ];
    const entries = Array.from({ length: 5000 }, (_, k) => styles[k % 3](k).replace(/\d+/g, (d) => d)).map((e) => e.replace(/(Author|AUTHOR|Other)(\d+)/g, (_m, w: string, d: string) => w + String.fromCharCode(97 + (Number(d) % 26)).repeat(1 + (Number(d) % 3))));
    const paragraph = `${PROSE} ${'Further prose follows here without any citation at all. '.repeat(40)}\n\n`;
    const body = paragraph.repeat(Math.ceil((16 * 1024 * 1024) / paragraph.length));
    const text = `A Title\n\n${body}References\n\n${entries.join('\n\n')}\n`;
    const t0 = Date.now();
    const { references } = readReferences(text);
    const ms = Date.now() - t0;
    assert.equal(references.length, 5000);
    assert.ok(ms < 8000, `took ${ms} ms`);
  });
});
