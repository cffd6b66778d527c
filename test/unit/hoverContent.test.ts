import * as assert from 'node:assert/strict';
import { indexAnalysis } from '../../src/core/lookup';
import { hoverMarkdown, hoverReferences, hoverTarget } from '../../src/reading/hoverContent';
import { analysis, references, spanOf } from './support/readingEssay';

const index = indexAnalysis(analysis);
const essayUri = 'citeread:/Power%20Without%20Force.essay?source%3Dfile%253A%252F%252F%252Ftmp%252Fp.txt';
const options = { essayUri, style: 'apa' };

/** The hover at the middle of the `nth` occurrence of `needle`. */
function hoverAt(needle: string, nth = 0, formatted?: Map<string, string>): { markdown: string; ids: string[]; span: { start: number; end: number } } | undefined {
  const s = spanOf(needle, nth);
  const target = hoverTarget(index, Math.floor((s.start + s.end) / 2));
  if (!target) return undefined;
  return { markdown: hoverMarkdown(target, index, { ...options, formatted }), ids: hoverReferences(target, index).map((r) => r.id), span: { start: target.span.start, end: target.span.end } };
}

function link(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

describe('hover content', () => {
  const cases: { name: string; at: string; nth?: number; ids: string[]; span: string; contains: string[]; lacks?: string[] }[] = [
    {
      name: 'a linked parenthetical citation shows its reference, a Go to link and a Copy link',
      at: '(Nye, 2004)',
      ids: ['r4'],
      span: '(Nye, 2004)',
      contains: ['**Nye, 2004**', 'NYE, Joseph S\\. \\(2004\\)\\. Soft Power\\: The Means', link('citeread.goToReference', [essayUri, 3]), link('citeread.copyReference', [essayUri, 3, 'apa'])],
      lacks: ['ambiguous', 'not found'],
    },
    {
      name: 'a citation of two works shows both references, one block each',
      at: '(Keohane 1984; Nye 2004, p. 7)',
      // The middle of the citation is on the second work, which the hover shows first.
      ids: ['r4', 'r1'],
      span: '(Keohane 1984; Nye 2004, p. 7)',
      contains: ['KEOHANE, Robert O\\.', 'NYE, Joseph S\\.', '\n\n---\n\n', link('citeread.goToReference', [essayUri, 0])],
    },
    {
      name: 'a locator is shown as the reader writes it',
      at: 'Nye 2004, p. 7',
      ids: ['r4', 'r1'],
      span: '(Keohane 1984; Nye 2004, p. 7)',
      contains: ['**Nye 2004, p\\. 7** · p\\. 7'],
    },
    {
      name: 'a narrative citation hovered on the author name shows its reference',
      at: 'Stephen Walt',
      ids: ['r5'],
      span: 'Stephen Walt (1987: 12)',
      contains: ['WALT, Stephen M\\.', '· p\\. 12'],
    },
    {
      name: 'an ambiguous work lists every candidate with its reasons and its own links',
      at: '(Lee 2019)',
      ids: ['r2', 'r3'],
      span: '(Lee 2019)',
      contains: ['ambiguous: 2 references match', 'two references by Lee in 2019', 'Alliances in Asia', 'Threats and Partners', link('citeread.goToReference', [essayUri, 1]), link('citeread.goToReference', [essayUri, 2])],
    },
    {
      name: 'an unresolved work says so and why, with no links',
      at: '(Smith 2001)',
      ids: [],
      span: '(Smith 2001)',
      contains: ['not found in the reference list', 'no reference lists Smith as an author'],
      lacks: ['command:'],
    },
    {
      name: 'a reference entry cited three times says so',
      at: 'NYE, Joseph',
      ids: ['r4'],
      span: 'NYE, Joseph S. (2004). Soft Power: The Means to Success in World Politics.',
      contains: ['**Reference 4 of 6** · cited 3 times', link('citeread.copyReference', [essayUri, 3, 'apa'])],
    },
    {
      name: 'a reference entry cited once says so',
      at: 'KEOHANE, Robert',
      ids: ['r1'],
      span: 'KEOHANE, Robert O. (1984). After Hegemony. Princeton University Press.',
      contains: ['cited once'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const hover = hoverAt(c.at, c.nth);
      assert.ok(hover, 'no hover');
      assert.deepEqual(hover.ids, c.ids);
      assert.deepEqual(hover.span, spanOf(c.span));
      for (const piece of c.contains) assert.ok(hover.markdown.includes(piece), `missing ${piece} in\n${hover.markdown}`);
      for (const piece of c.lacks ?? []) assert.ok(!hover.markdown.includes(piece), `unexpected ${piece} in\n${hover.markdown}`);
    });
  }

  it('an uncited entry says it is not cited', () => {
    assert.ok(hoverAt('ZED, Ann')?.markdown.includes('not cited in the essay'));
  });

  it('no hover on plain prose or on a heading', () => {
    assert.equal(hoverAt('rarely balance'), undefined);
    assert.equal(hoverAt('Introduction'), undefined);
  });

  it('essay text cannot inject links, HTML or emphasis', () => {
    const target = hoverTarget(index, spanOf('ZED, Ann').start);
    assert.ok(target);
    const markdown = hoverMarkdown(target, index, { ...options, formatted: new Map([['r6', 'Zed, A. [x](command:workbench.action.quit)']]) });
    assert.ok(!/[^\\]\]\(command:workbench/.test(markdown), markdown);
    assert.ok(!/[^\\]<img/.test(markdown), markdown);
    const entry = hoverMarkdown({ kind: 'citation', citation: { ...analysis.citations[0], works: [{ ...analysis.citations[0].works[0], targets: ['r6'] }] }, span: analysis.citations[0] }, index, options);
    assert.ok(entry.includes('\\[trap\\]\\(command\\:workbench\\.action\\.quit\\)'), entry);
    assert.ok(entry.includes('\\<img src\\=x onerror\\=alert\\(1\\)\\>'), entry);
    assert.ok(entry.includes('\\*\\*bold\\*\\*'), entry);
  });

  it('shows the formatted entry when the formatter has one', () => {
    const hover = hoverAt('(Nye, 2004)', 0, new Map([['r4', 'Nye, J. S. (2004). Soft power.']]));
    assert.ok(hover?.markdown.includes('*APA:* Nye, J\\. S\\. \\(2004\\)\\. Soft power\\.'), hover?.markdown);
  });

  it('an ambiguous work links to the choice of its reference, the route that works in a read-only essay', () => {
    const hover = hoverAt('(Lee 2019)');
    const start = spanOf('(Lee 2019)').start;
    assert.ok(hover?.markdown.includes(link('citeread.chooseReference', [essayUri, start, 0])), hover?.markdown);
    assert.ok(hover?.markdown.includes('Choose the reference…'), hover?.markdown);
  });

  it('a linked work without doubt offers no choice', () => {
    assert.ok(!hoverAt('(Nye, 2004)')?.markdown.includes('citeread.chooseReference'));
  });

  it('a citation of several works shows the work under the pointer first', () => {
    const first = hoverAt('Keohane 1984')?.markdown ?? '';
    const second = hoverAt('Nye 2004, p. 7')?.markdown ?? '';
    assert.ok(first.indexOf('KEOHANE') < first.indexOf('NYE'), first);
    assert.ok(second.indexOf('NYE') < second.indexOf('KEOHANE'), second);
    const s = spanOf('Nye 2004, p. 7');
    const target = hoverTarget(index, s.start + 1);
    assert.deepEqual(target && hoverReferences(target, index).map((r) => r.id), ['r4', 'r1']);
  });

  it('a data format shows its record in a code block, under the style’s name', () => {
    const record = '@book{Nye2004,\n  title = {Soft Power}\n}';
    const target = hoverTarget(index, spanOf('(Nye, 2004)').start + 1);
    assert.ok(target);
    const markdown = hoverMarkdown(target, index, { ...options, style: 'bibtex', formatted: new Map([['r4', record]]) });
    assert.ok(markdown.includes('*BibTeX:*\n\n```bibtex\n@book{Nye2004,\n  title = {Soft Power}\n}\n```'), markdown);
  });

  it('the entry is followed by its fields as read, on one line, with the unsure ones marked', () => {
    assert.ok(hoverAt('(Nye, 2004)')?.markdown.includes('*Read as:* Authors\\: NYE, Joseph S\\. · Year\\: 2004 · Title\\: Soft Power\\: The Means to Success in World Politics · Type\\: book'));
    const unsure = { ...analysis, references: analysis.references.map((r) => (r.id === 'r4' ? { ...r, uncertain: ['title'] } : r)) };
    const unsureIndex = indexAnalysis(unsure);
    const target = hoverTarget(unsureIndex, spanOf('(Nye, 2004)').start + 1);
    assert.ok(target);
    assert.ok(hoverMarkdown(target, unsureIndex, options).includes('World Politics \\(uncertain\\) · Type\\: book'));
  });

  describe('what the library knows', () => {
    const other = 'file:///essays/b.txt';
    const library = new Map([
      ['r4', { bibliographyKey: 'nye2004soft', elsewhere: [{ file: other, title: 'Essay [B]', citations: 2, first: { start: 40, end: 50, text: 'Nye, 2004', sentence: '' } }] }],
      ['r5', { elsewhere: [] }],
    ]);
    const rows: { name: string; at: string; contains: string[]; lacks?: string[] }[] = [
      {
        name: 'a work cited elsewhere links to the other essays at their citation, with its count, and names the bibliography entry',
        at: '(Nye, 2004)',
        contains: ['*In your bibliography:* `nye2004soft`', link('citeread.copyReference', [essayUri, 3, 'apa', 'own']), `*Also cited in:* [Essay \\[B\\]](${link('citeread.library.openCitation', [other, 40, 50, 'Nye, 2004'])}`, '(2×)'],
      },
      { name: 'a work only this essay cites says nothing more', at: 'Stephen Walt', contains: ['WALT'], lacks: ['Also cited in', 'In your bibliography'] },
    ];
    for (const row of rows) {
      it(row.name, () => {
        const s = spanOf(row.at);
        const target = hoverTarget(index, Math.floor((s.start + s.end) / 2));
        assert.ok(target);
        const markdown = hoverMarkdown(target, index, { ...options, library });
        for (const c of row.contains) assert.ok(markdown.includes(c), `missing ${c} in\n${markdown}`);
        for (const l of row.lacks ?? []) assert.ok(!markdown.includes(l), `unexpected ${l} in\n${markdown}`);
      });
    }
  });

  it('every reference the hover shows exists in the analysis', () => {
    for (const citation of analysis.citations) {
      const target = hoverTarget(index, citation.start);
      assert.ok(target);
      for (const reference of hoverReferences(target, index)) assert.ok(references.includes(reference));
    }
  });
});

describe('hover content of an essay read from a PDF', () => {
  // The essay's text is on page 3, its reference list on page 4.
  const listStart = spanOf('NYE, Joseph S').start;
  const pageAt = (offset: number): number => (offset < listStart ? 3 : 4);
  const rows: { name: string; at: string; page: string; lacks?: string }[] = [
    { name: 'a citation says its page and links to Show in PDF at its start', at: '(Nye, 2004)', page: 'p. 3 of the PDF' },
    { name: 'a reference entry says its page beside how often it is cited', at: 'NYE, Joseph S', page: '· p. 4' },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const s = spanOf(row.at);
      const target = hoverTarget(index, Math.floor((s.start + s.end) / 2));
      assert.ok(target, row.at);
      const markdown = hoverMarkdown(target, index, { ...options, pageAt });
      assert.ok(markdown.includes(row.page), markdown);
      assert.ok(markdown.includes(link('citeread.showInPdf', [essayUri, target.span.start])), markdown);
    });
  }
  it('an essay not read from a PDF has neither a page nor the link', () => {
    const s = spanOf('(Nye, 2004)');
    const target = hoverTarget(index, s.start + 1);
    assert.ok(target);
    const markdown = hoverMarkdown(target, index, options);
    assert.ok(!markdown.includes('showInPdf') && !/\bp\. \d/.test(markdown.replace(/\*\*[^*]*\*\*/g, '')), markdown);
  });
});
