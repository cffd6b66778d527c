// What the readers record of the source's shape beside the reading text: where it emphasises (italics, bold) and the
// items of its lists (ordered or not, nested, numbered), for Markdown, HTML and Word. Each row is a snippet of the
// kind essays carry (an italic title in an APA entry, a citation in italics, a pandoc or Word list) and what the
// reader records, read back as the text each span covers.
import * as assert from 'node:assert/strict';
import { readDocument, type ReadOutcome } from '../../src/core/formats';
import { decodeCachedDocument, encodeCachedDocument } from '../../src/core/documentCache';
import { docxNumbering, docxParagraph as para, docxRun as run, makeDocx } from '../support/makeDocx';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The emphasis of a read, as `kind:text` in order of start. */
function emphasisOf(read: ReadOutcome): string[] {
  if ('error' in read) assert.fail(read.error);
  return (read.emphasis ?? []).map((e) => `${e.kind}:${read.text.slice(e.start, e.end)}`);
}

/** The list items of a read, as `depth ul|ol[number] text` in order of start. */
function itemsOf(read: ReadOutcome): string[] {
  if ('error' in read) assert.fail(read.error);
  return (read.listItems ?? []).map((i) => `${i.depth} ${i.ordered ? `ol${i.number ?? ''}` : 'ul'} ${read.text.slice(i.start, i.end).replace(/\n+/g, ' / ')}`);
}

/** A paragraph of Word list `numId` at level `ilvl`. */
const listPara = (numId: number, ilvl: number, ...runs: string[]): string => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${runs.join('')}</w:p>`;
/** Numbering definitions: list 1 bulleted (a numbered level inside it), list 2 numbered. */
const numbering =
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>' +
  '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';

interface Row {
  readonly name: string;
  readonly file: string;
  readonly bytes: () => Promise<Uint8Array> | Uint8Array;
  readonly emphasis?: readonly string[];
  readonly items?: readonly string[];
}

const rows: Row[] = [
  // Markdown
  {
    name: 'Markdown: an italic title in an APA entry',
    file: 'essay.md',
    bytes: () => enc('Paul, T. V. (2005). Soft balancing in the age of U.S. primacy. *International Security*, *30*(1), 46–71.\n'),
    emphasis: ['em:International Security', 'em:30'],
  },
  {
    name: 'Markdown: a citation inside italics, bold around italics, underscores',
    file: 'essay.md',
    bytes: () => enc('As *Paul (2005) argued*, **soft _balancing_ is old** and __plain__ (Pape, 2004).\n'),
    emphasis: ['em:Paul (2005) argued', 'strong:soft balancing is old', 'em:balancing', 'strong:plain'],
  },
  {
    name: 'Markdown: a bulleted list with a nested numbered one and a second paragraph',
    file: 'essay.md',
    bytes: () => enc('Three readings:\n\n- hard balancing (Waltz, 1979)\n- soft balancing\n\n  with a second paragraph\n  1. institutional\n  2. economic\n- bandwagoning\n'),
    items: ['1 ul hard balancing (Waltz, 1979)', '1 ul soft balancing / with a second paragraph / institutional / economic', '2 ol1 institutional', '2 ol2 economic', '1 ul bandwagoning'],
  },
  {
    name: 'Markdown: a numbered list that starts at 3 keeps its numbers',
    file: 'essay.md',
    bytes: () => enc('3. Pape (2005)\n4. Paul (2005)\n'),
    items: ['1 ol3 Pape (2005)', '1 ol4 Paul (2005)'],
  },
  {
    name: 'Markdown: footnotes are notes, not a list; code is no emphasis',
    file: 'essay.md',
    bytes: () => enc('As Paul argued.[^1] `*not emphasis*`\n\n[^1]: See *Paul (2005)*.\n'),
    emphasis: ['em:Paul (2005)'],
    items: [],
  },
  // HTML
  {
    name: 'HTML: pandoc/citeproc entry with an italic journal and volume',
    file: 'paper.html',
    bytes: () => enc('<div id="refs" class="references csl-bib-body hanging-indent"><div id="ref-paul2005" class="csl-entry">Paul, T. V. 2005. <span>“Soft Balancing in the Age of U.S. Primacy.”</span> <em>International Security</em> 30 (1): 46–71.</div></div>'),
    emphasis: ['em:International Security'],
  },
  {
    name: 'HTML: <i>, <b>, <cite> and nesting; text after a closing tag is plain',
    file: 'paper.html',
    bytes: () => enc('<p>As <i>Paul (2005)</i> argued, <b>soft <em>balancing</em></b> is old; see <cite>Soft Power</cite> (Nye, 2004).</p>'),
    emphasis: ['em:Paul (2005)', 'strong:soft balancing', 'em:balancing', 'em:Soft Power'],
  },
  {
    name: 'HTML: nested lists, an ordered list that starts at 2, a value attribute',
    file: 'paper.html',
    bytes: () => enc('<ul><li>realism<ul><li>defensive</li><li>offensive</li></ul></li><li>liberalism</li></ul><ol start="2"><li>second</li><li value="7">seventh</li></ol>'),
    items: ['1 ul realism / defensive / offensive', '2 ul defensive', '2 ul offensive', '1 ul liberalism', '1 ol2 second', '1 ol7 seventh'],
  },
  {
    name: 'HTML: pandoc footnotes are notes, not a list of the essay',
    file: 'paper.html',
    bytes: () => enc('<p>As Paul argued.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a></p><section class="footnotes" role="doc-endnotes"><ol><li id="fn1"><p>See <em>Soft Balancing</em>.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>'),
    emphasis: ['em:Soft Balancing'],
    items: [],
  },
  // Word
  {
    name: 'Word: italic and bold runs (a journal in italics, a bold phrase)',
    file: 'essay.docx',
    bytes: () => makeDocx(para(run('As '), run('Paul (2005)', 'i'), run(' argued, '), run('soft balancing', 'b'), run(' is '), run('both', 'bi'), run('.')) + para(run('Paul, T. V. (2005). Soft balancing. '), run('International Security', 'i'), run(', 30(1).'))),
    emphasis: ['em:Paul (2005)', 'strong:soft balancing', 'em:both', 'strong:both', 'em:International Security'],
  },
  {
    name: 'Word: a bulleted list with a numbered level inside, then a numbered list',
    file: 'essay.docx',
    bytes: () => makeDocx(para(run('Readings:')) + listPara(1, 0, run('realism')) + listPara(1, 1, run('defensive')) + listPara(1, 1, run('offensive')) + listPara(1, 0, run('liberalism')) + para(run('Steps:')) + listPara(2, 0, run('read')) + listPara(2, 0, run('cite')), docxNumbering(numbering)),
    items: ['1 ul realism / defensive / offensive', '2 ol1 defensive', '2 ol2 offensive', '1 ul liberalism', '1 ol1 read', '1 ol2 cite'],
  },
  // PDF and plain text record none
  {
    name: 'plain text: no emphasis, no list items (the reading view finds lists in the text itself)',
    file: 'essay.txt',
    bytes: () => enc('As *Paul (2005)* argued:\n\n- one\n- two\n'),
    emphasis: [],
    items: [],
  },
];

describe('readers: emphasis and lists of the source', function () {
  this.timeout(30_000);
  for (const row of rows) {
    it(row.name, async () => {
      const read = await readDocument(row.file, await row.bytes());
      if (row.emphasis) assert.deepEqual(emphasisOf(read), row.emphasis);
      if (row.items) assert.deepEqual(itemsOf(read), row.items);
    });
  }

  it('HTML: the map goes back to the element around an emphasis once it closes', async () => {
    const read = await readDocument('paper.html', enc('<p>As <em>Paul (2005)</em> argued.</p>'));
    if ('error' in read) assert.fail(read.error);
    const after = read.text.indexOf('argued');
    const segment = read.map.find((s) => s.start <= after && after < s.end);
    assert.equal(segment?.place.element, 'p');
  });

  it('the cache keeps them, and an entry without them (written before) is still read', async () => {
    const read = await readDocument('essay.md', enc('- *one*\n- two\n'));
    if ('error' in read) assert.fail(read.error);
    assert.deepEqual(decodeCachedDocument(encodeCachedDocument(read)), read);
    const older = { kind: 'docx', text: 'one\n', map: [], warnings: [] };
    assert.deepEqual(decodeCachedDocument(JSON.stringify(older)), older);
    assert.equal(decodeCachedDocument(JSON.stringify({ ...older, emphasis: [{ start: 0, end: 3, kind: 'blink' }] })), undefined);
  });
});
