// The reading view's HTML, from the analysis alone: blocks, citation marks, back-links, chunks and the citation card.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { indexAnalysis } from '../../src/core/lookup';
import { citationMarks } from '../../src/core/marks';
import { pageStarts, type MapSegment } from '../../src/core/formats/model';
import type { Reference } from '../../src/core/model';
import { referenceFields, referenceFieldsLine } from '../../src/core/referenceFields';
import { backLinksShown, blockHtml, citationCardHtml, moreBackLinksHtml, escapeHtml, htmlChunks, readingBlocks, readingContext, readingHtml, type CardOptions } from '../../src/readingView/readingHtml';
import { readDocument } from '../../src/core/formats';
import { docxParagraph, docxRun, makeDocx } from '../support/makeDocx';
import { analysis } from './support/readingEssay';

const index = indexAnalysis(analysis);
const context = readingContext(index);
const blocks = readingBlocks(analysis);
const html = [...readingHtml(context, blocks)].join('');
const options: CardOptions = { styleLabel: 'APA', styleIsData: false, formatted: new Map(), showInPdf: false };

/** The blocks of `text` analysed, as "kind: text" lines (headings with their level). */
function blocksOf(text: string): string[] {
  const a = analyze(text);
  return readingBlocks(a).map((b) => (b.kind === 'heading' ? `h${b.level}: ${b.text}` : `${b.kind}: ${a.text.slice(b.start, b.end)}`));
}

describe('reading view: blocks', () => {
  it('the hand-made essay: title, sections, paragraphs, then one block per entry', () => {
    assert.deepEqual(
      blocks.map((b) => (b.kind === 'heading' ? `h${b.level} ${b.text}` : b.kind)),
      ['h1 Power Without Force', 'h2 Introduction', 'paragraph', 'h2 Method', 'paragraph', 'paragraph', 'h2 References', ...Array(6).fill('reference')],
    );
  });

  const cases: { name: string; text: string; expected: string[] }[] = [
    {
      name: 'lines wrapped to a width are one paragraph',
      text: 'A Title\n\nThe first line of a paragraph that was wrapped\nby its author at a width (Paul, 2005) and goes\non here.\n\nReferences\n\nPaul, T. V. (2005). Soft Balancing. International Security.\n',
      expected: ['h1: A Title', 'paragraph: The first line of a paragraph that was wrapped\nby its author at a width (Paul, 2005) and goes\non here.', 'h2: References', 'reference: Paul, T. V. (2005). Soft Balancing. International Security.'],
    },
    {
      name: 'long lines without blank lines between are a paragraph each',
      text:
        'A Title\n\n' +
        'This paragraph is one long line of prose that goes on well past any width a text would be wrapped at (Paul, 2005).\n' +
        'And this is the next paragraph, also one long line of prose that runs on and on past the width of a wrapped line.\n',
      expected: [
        'h1: A Title',
        'paragraph: This paragraph is one long line of prose that goes on well past any width a text would be wrapped at (Paul, 2005).',
        'paragraph: And this is the next paragraph, also one long line of prose that runs on and on past the width of a wrapped line.',
      ],
    },
    {
      name: 'a list item starts a paragraph of its own',
      text: 'A Title\n\nThree points follow:\n- the first point\n- the second point\n',
      expected: ['h1: A Title', 'paragraph: Three points follow:', 'paragraph: - the first point', 'paragraph: - the second point'],
    },
    {
      name: 'a list after each part: a block per entry at each, the part between them body',
      text:
        'Part One\n\nThe first part reads a claim (Paul, 2005) against the record of the decade that followed it, and finds it wanting in two respects that the second part takes up.\n\n' +
        'References\n\nPaul, T. V. (2005). Soft balancing in the age of U.S. primacy. International Security, 30(1), 46–71.\n\nPape, R. A. (2005). Soft balancing against the United States. International Security, 30(1), 7–45.\n\nWalt, S. M. (1987). The Origins of Alliances. Cornell University Press.\n\n' +
        'Part Two\n\nThe second part turns to the alliances themselves, as Walt (1987) defined them. It asks whether the term still serves. Nye (2004) suggests that it might, if power is read as attraction rather than force. The evidence of the decade is mixed, and the part ends with the cases that neither reading explains, which a later study will have to take up with better sources than these.\n\n' +
        'References\n\nNye, J. S. (2004). Soft Power: The Means to Success in World Politics. PublicAffairs.\n\nWalt, S. M. (1987). The Origins of Alliances. Cornell University Press.\n',
      expected: [
        'h1: Part One',
        'paragraph: The first part reads a claim (Paul, 2005) against the record of the decade that followed it, and finds it wanting in two respects that the second part takes up.',
        'h2: References',
        'reference: Paul, T. V. (2005). Soft balancing in the age of U.S. primacy. International Security, 30(1), 46–71.',
        'reference: Pape, R. A. (2005). Soft balancing against the United States. International Security, 30(1), 7–45.',
        'reference: Walt, S. M. (1987). The Origins of Alliances. Cornell University Press.',
        'h2: Part Two',
        'paragraph: The second part turns to the alliances themselves, as Walt (1987) defined them. It asks whether the term still serves. Nye (2004) suggests that it might, if power is read as attraction rather than force. The evidence of the decade is mixed, and the part ends with the cases that neither reading explains, which a later study will have to take up with better sources than these.',
        'h2: References',
        'reference: Nye, J. S. (2004). Soft Power: The Means to Success in World Politics. PublicAffairs.',
        'reference: Walt, S. M. (1987). The Origins of Alliances. Cornell University Press.',
      ],
    },
    {
      name: 'an essay without a reference list is all body',
      text: 'A Title\n\nOne claim (Paul, 2005).\n\nAnother claim.\n',
      expected: ['h1: A Title', 'paragraph: One claim (Paul, 2005).', 'paragraph: Another claim.'],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(blocksOf(c.text), c.expected));
});

describe('reading view: page markers', () => {
  const text =
    'A Title\n\nThe first paragraph, on the first page of the PDF (Paul, 2005).\n\n' +
    'The second paragraph begins on page one and runs\nover to the second page here.\n\n' +
    'The third paragraph is on page three.\n\nReferences\n\nPaul, T. V. (2005). Soft Balancing. International Security.\n';
  const at = (s: string): number => text.indexOf(s);
  /** Lines of the text as a PDF reader maps them: each line a segment on its page. */
  const map: MapSegment[] = [
    { start: 0, end: at('\n\nThe first'), place: { page: 1 } },
    { start: at('The first'), end: at('\n\nThe second'), place: { page: 1 } },
    { start: at('The second'), end: at('\nover'), place: { page: 1 } },
    { start: at('over'), end: at('\n\nThe third'), place: { page: 2 } },
    { start: at('The third'), end: at('\n\nReferences'), place: { page: 3 } },
    { start: at('References'), end: text.length, place: { page: 3 } },
  ];
  const a = analyze(text);
  const ctx = readingContext(indexAnalysis(a));
  /** Each block with a marker, as "its first words: its pages". */
  const marked = (pages = pageStarts(map)): string[] =>
    readingBlocks(a, pages)
      .filter((b) => b.pages)
      .map((b) => `${a.text.slice(b.start, b.start + 14)}: ${b.pages!.join(' ')}`);

  it('a page begins at the first segment on a later page', () => {
    assert.deepEqual(pageStarts(map), [
      { offset: at('over'), page: 2 },
      { offset: at('The third'), page: 3 },
    ]);
  });

  it('a two-page map gives one marker, at the block where the second page begins', () => {
    const two = map.slice(0, 4).concat({ start: at('The third'), end: text.length, place: { page: 2 } });
    assert.deepEqual(marked(pageStarts(two)), ['The second par: 2']);
    const out = readingBlocks(a, pageStarts(two))
      .map((b) => blockHtml(ctx, b))
      .join('');
    assert.equal(out.match(/class="page"/g)?.length, 1, out);
    assert.ok(out.includes('<p class="blk" data-s="' + at('The second') + '" data-e="' + at('\n\nThe third') + '"><span class="page" role="note" aria-label="Page 2">p. 2</span>The second'), out);
  });

  it('a page beginning mid-paragraph or between paragraphs is marked at the block it begins', () => {
    assert.deepEqual(marked(), ['The second par: 2', 'The third para: 3']);
    const gap = [map[0], map[1], { start: at('\n\nThe second'), end: text.length, place: { page: 2 } }];
    assert.deepEqual(marked(pageStarts(gap)), ['The second par: 2']);
  });

  it('no map, or a map without pages (Word, HTML), gives no markers', () => {
    assert.deepEqual(marked([]), []);
    assert.deepEqual(pageStarts(map.map((s) => ({ ...s, place: { element: 'p', offset: s.start } }))), []);
    const out = readingBlocks(a)
      .map((b) => blockHtml(ctx, b))
      .join('');
    assert.ok(!out.includes('class="page"'), out);
  });

  it('a page that goes back (a map out of order) starts nothing', () => {
    assert.deepEqual(pageStarts([{ start: 0, end: 5, place: { page: 2 } }, { start: 5, end: 9, place: { page: 1 } }, { start: 9, end: 12, place: { page: 3 } }]), [{ offset: 9, page: 3 }]);
  });
});

describe('reading view: lists', () => {
  const ref = '\n\nReferences\n\nPaul, T. V. (2005). Soft Balancing. International Security.\n';
  /** The body's HTML with attributes dropped and each citation as [its text]; the reference list left out. */
  function shape(text: string): string {
    const a = analyze(text);
    const out = [...readingHtml(readingContext(indexAnalysis(a)), readingBlocks(a).filter((b) => b.kind !== 'reference'))].join('');
    return out
      .replace(/<span class="cite[^>]*>(.*?)<\/span>/g, '[$1]')
      .replace(/<(\w+)[^>]*>/g, '<$1>')
      .replace(/<h1>A Title<\/h1>|<h2>References<\/h2>/g, '');
  }
  const cases: { name: string; text: string; expected: string }[] = [
    {
      name: 'lines after a dash are a bulleted list, the dash left to the list, a citation still marked',
      text: 'A Title\n\nThree reasons follow:\n- the first reason, soft balancing (Paul, 2005)\n- the second reason\n\nAfter the list.' + ref,
      expected: '<p>Three reasons follow:</p><ul><li>the first reason, soft balancing [(Paul, 2005)]</li><li>the second reason</li></ul><p>After the list.</p>',
    },
    {
      name: 'bullets of a PDF, an item wrapped over two lines is one item',
      text: 'A Title\n\n• Soft balancing, as Paul (2005) calls it, which\nstops short of force\n• Hard balancing by arms and alliances' + ref,
      expected: '<ul><li>Soft balancing, as [Paul (2005)] calls it, which\nstops short of force</li><li>Hard balancing by arms and alliances</li></ul>',
    },
    {
      name: 'numbered items are an ordered list that keeps its numbers as written',
      text: 'A Title\n\nThe study took its steps in this order, one essay at a time:\n\n1. read the essays\n\n2. link the citations (Paul, 2005)' + ref,
      expected: '<p>The study took its steps in this order, one essay at a time:</p><ol><li>1. read the essays</li><li>2. link the citations [(Paul, 2005)]</li></ol>',
    },
    {
      name: 'lettered items, then bullets: two lists',
      text: 'A Title\n\na) the state\nb) the market\n* an aside\n* another aside' + ref,
      expected: '<ol><li>a) the state</li><li>b) the market</li></ol><ul><li>an aside</li><li>another aside</li></ul>',
    },
    {
      name: 'markup in a list item stays text',
      text: 'A Title\n\n- <script>alert(1)</script> & more\n- <b>bold</b>' + ref,
      expected: '<ul><li>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</li><li>&lt;b&gt;bold&lt;/b&gt;</li></ul>',
    },
    {
      name: 'prose that merely mentions a year is no list',
      text: 'A Title\n\nIn 2005. the argument changed, as Paul (2005) shows.\n\nAnd then it changed again.' + ref,
      expected: '<p>In 2005. the argument changed, as [Paul (2005)] shows.</p><p>And then it changed again.</p>',
    },
  ];
  for (const c of cases) it(c.name, () => assert.equal(shape(c.text), c.expected));

  it('a list is one top-level element with the range of its items, never split between chunks', () => {
    const a = analyze('A Title\n\n- one item here\n- two items here\n- three items here' + ref);
    const ctx = readingContext(indexAnalysis(a));
    const chunks = [...htmlChunks(ctx, readingBlocks(a), 10)];
    const list = chunks.find((c) => c.startsWith('<ul'));
    assert.ok(list, chunks.join('\n'));
    assert.ok(list.startsWith(`<ul class="blk list" data-s="${a.text.indexOf('- one')}" data-e="${a.text.indexOf('\n\nReferences')}">`), list);
    assert.equal(list.match(/<li /g)?.length, 3, list);
  });

  it('a page marker lands inside the list item where the page begins', () => {
    const text = 'A Title\n\n- one item here\n- two items here' + ref;
    const a = analyze(text);
    const two = text.indexOf('- two');
    const out = [...readingHtml(readingContext(indexAnalysis(a)), readingBlocks(a, [{ offset: two, page: 2 }]))].join('');
    assert.ok(out.includes(`<li data-s="${two}" data-e="${two + '- two items here'.length}"><span class="page" role="note" aria-label="Page 2">p. 2</span>two items here</li>`), out);
  });
});

describe('reading view: the source\'s emphasis and lists', function () {
  this.timeout(30_000);
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  const refs = '\n\n## References\n\nPape, R. A. (2004). *Soft Balancing against the United States*. International Security.\n\nPaul, T. V. (2005). Soft Balancing. *International Security*.\n';
  /** The reading view's HTML of a file, attributes dropped and each citation mark as [its inner HTML]. */
  async function shape(file: string, bytes: Uint8Array, withReferences = false): Promise<string> {
    const read = await readDocument(file, bytes);
    if ('error' in read) assert.fail(read.error);
    const a = analyze(read.text);
    const blocks = readingBlocks(a).filter((b) => withReferences || b.kind !== 'reference');
    return [...readingHtml(readingContext(indexAnalysis(a), read), blocks)]
      .join('')
      .replace(/<span class="backlinks".*?<\/span><\/p>/g, '</p>')
      .replace(/<span class="cite[^>]*>(.*?)<\/span>/g, '[$1]')
      .replace(/<(\w+)(?: value="(\d+)")?[^>]*>/g, (_, tag: string, value?: string) => (value ? `<${tag} ${value}>` : `<${tag}>`))
      .replace(/<h\d>[^<]*<\/h\d>/g, '');
  }
  const cases: { name: string; file: string; bytes: () => Promise<Uint8Array> | Uint8Array; expected: string; references?: boolean }[] = [
    {
      name: 'Markdown: a citation inside italics is marked, in italics',
      file: 'essay.md',
      bytes: () => enc(`# A Title\n\nThe idea is *old (Pape, 2004)* and new.${refs}`),
      expected: '<p>The idea is <em>old </em>[<em>(Pape, 2004)</em>] and new.</p>',
    },
    {
      name: 'Markdown: italics crossing a citation are split at its edges, the mark whole',
      file: 'essay.md',
      bytes: () => enc(`# A Title\n\nAs *Paul (2005) argued*, it **is (Pape, 2004; Paul, 2005) old**.${refs}`),
      expected: '<p>As [<em>Paul (2005)</em>]<em> argued</em>, it <strong>is (</strong>[<strong>Pape, 2004</strong>]<strong>; </strong>[<strong>Paul, 2005</strong>]<strong>) old</strong>.</p>',
    },
    {
      name: 'Markdown: bold and italic on one word',
      file: 'essay.md',
      bytes: () => enc(`# A Title\n\nIt is ***very*** old (Pape, 2004).${refs}`),
      expected: '<p>It is <strong><em>very</em></strong> old [(Pape, 2004)].</p>',
    },
    {
      name: 'Markdown: the reference list keeps its italic titles',
      file: 'essay.md',
      bytes: () => enc(`# A Title\n\nAs Paul (2005) and Pape (2004) argue.${refs}`),
      references: true,
      expected: '<p>As [Paul (2005)] and [Pape (2004)] argue.</p><p>Pape, R. A. (2004). <em>Soft Balancing against the United States</em>. International Security. </p><p>Paul, T. V. (2005). Soft Balancing. <em>International Security</em>. </p>',
    },
    {
      name: 'Markdown: a bulleted list with a nested numbered list and a second paragraph',
      file: 'essay.md',
      bytes: () => enc(`# A Title\n\nThe essay reads balancing in three ways, as the list shows.\n\n- hard balancing (Pape, 2004)\n- soft balancing\n\n  more on it\n  1. institutional\n  2. economic\n- *bandwagoning*\n\nAfter.${refs}`),
      expected: '<p>The essay reads balancing in three ways, as the list shows.</p><ul><li>hard balancing [(Pape, 2004)]</li><li>soft balancing<p>more on it</p><ol><li 1>institutional</li><li 2>economic</li></ol></li><li><em>bandwagoning</em></li></ul><p>After.</p>',
    },
    {
      name: 'Markdown: a numbered list that starts at 3, then a bulleted one: two lists',
      file: 'essay.md',
      bytes: () => enc(`# A Title\n\n3. read (Paul, 2005)\n4. cite\n\n- one\n- two${refs}`),
      expected: '<ol><li 3>read [(Paul, 2005)]</li><li 4>cite</li></ol><ul><li>one</li><li>two</li></ul>',
    },
    {
      name: 'HTML: <i> around a citation, <b>, a nested list',
      file: 'paper.html',
      bytes: () => enc('<h1>A Title</h1><p>As <i>Paul (2005)</i> argued, <b>soft</b> balancing.</p><ul><li>realism<ul><li>defensive</li></ul></li></ul><h2>References</h2><p>Paul, T. V. (2005). Soft Balancing. <i>International Security</i>.</p>'),
      expected: '<p>As [<em>Paul (2005)</em>] argued, <strong>soft</strong> balancing.</p><ul><li>realism<ul><li>defensive</li></ul></li></ul>',
    },
    {
      name: 'Word: an italic run holding a citation',
      file: 'essay.docx',
      bytes: () => makeDocx([docxParagraph(docxRun('A Title')), docxParagraph(docxRun('As '), docxRun('Paul (2005) argued', 'i'), docxRun(', soft balancing.')), docxParagraph(docxRun('References')), docxParagraph(docxRun('Paul, T. V. (2005). Soft Balancing. '), docxRun('International Security', 'i'), docxRun('.'))].join('')),
      expected: '<p>As [<em>Paul (2005)</em>]<em> argued</em>, soft balancing.</p>',
    },
    {
      name: 'markup written as text in the source stays text inside emphasis',
      file: 'essay.md',
      bytes: () => enc(`# A Title\n\nSee *&lt;b&gt; and "quotes" & more* (Pape, 2004).${refs}`),
      expected: '<p>See <em>&lt;b&gt; and &quot;quotes&quot; &amp; more</em> [(Pape, 2004)].</p>',
    },
  ];
  for (const c of cases) it(c.name, async () => assert.equal(await shape(c.file, await c.bytes(), c.references), c.expected));

  it('the source\'s list is one top-level element with its range, never split between chunks', async () => {
    const read = await readDocument('essay.md', enc(`# A Title\n\n- one item here\n- two items here\n  - nested here\n- three items here${refs}`));
    if ('error' in read) assert.fail(read.error);
    const a = analyze(read.text);
    const chunks = [...htmlChunks(readingContext(indexAnalysis(a), read), readingBlocks(a), 10)];
    const list = chunks.find((c) => c.startsWith('<ul'));
    assert.ok(list, chunks.join('\n'));
    assert.ok(list.startsWith(`<ul class="blk list src" data-s="${a.text.indexOf('one item')}" data-e="${a.text.indexOf('three items here') + 'three items here'.length}">`), list);
    assert.equal(list.match(/<li /g)?.length, 4, list);
  });

  it('spans outside the text or empty are ignored', () => {
    const a = analyze('A Title\n\nAs Paul (2005) argued.\n\nReferences\n\nPaul, T. V. (2005). Soft Balancing. International Security.\n');
    const ctx = readingContext(indexAnalysis(a), { emphasis: [{ start: 5, end: 5, kind: 'em' }, { start: 10, end: 10_000, kind: 'em' }], listItems: [{ start: -1, end: 4, ordered: false, depth: 1 }] });
    const out = [...readingHtml(ctx, readingBlocks(a))].join('');
    assert.ok(!/<em>|<ul/.test(out), out);
  });
});

describe('reading view: HTML', () => {
  const cases: { name: string; text: string; contains: string[]; lacks: string[] }[] = [
    {
      name: 'markup in the essay comes out as text',
      text: 'A Title\n\nA claim <script>alert(1)</script> and <img src=x onerror=alert(2)> "quoted" & more (Paul, 2005).\n\nReferences\n\nPaul, T. V. (2005). <b>Soft</b> Balancing. International Security.\n',
      contains: ['&lt;script&gt;alert(1)&lt;/script&gt;', '&lt;img src=x onerror=alert(2)&gt;', '&quot;quoted&quot; &amp; more', '&lt;b&gt;Soft&lt;/b&gt;'],
      lacks: ['<script', '<img', '<b>'],
    },
    {
      name: 'a citation is a focusable button named by its text and status',
      text: 'A Title\n\nA claim (Paul, 2005).\n\nReferences\n\nPaul, T. V. (2005). Soft Balancing. International Security.\n',
      contains: ['<span class="cite cite-linked" id="cite-0" tabindex="0" role="button" aria-haspopup="dialog" aria-label="Citation (Paul, 2005): linked" data-c="0"'],
      lacks: ['cite-unresolved'],
    },
    {
      name: 'a citation missing from the list is marked unresolved',
      text: 'A Title\n\nA claim (Paul, 2005) and another (Doe, 1999).\n\nReferences\n\nPaul, T. V. (2005). Soft Balancing. International Security.\n',
      contains: ['cite cite-unresolved', 'aria-label="Citation (Doe, 1999): not found in the reference list"'],
      lacks: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const a = analyze(c.text);
      const ctx = readingContext(indexAnalysis(a));
      const out = readingBlocks(a)
        .map((b) => blockHtml(ctx, b))
        .join('');
      for (const s of c.contains) assert.ok(out.includes(s), `missing ${s} in ${out}`);
      for (const s of c.lacks) assert.ok(!out.includes(s), `has ${s} in ${out}`);
    });
  }

  it('an entry cited more than twelve times shows twelve back-links and a button for the rest, which come on demand', () => {
    const body = Array.from({ length: 15 }, (_, i) => `Claim ${i + 1} holds (Paul, 2005).`).join(' ');
    const a = analyze(`A Title\n\n${body}\n\nReferences\n\nPaul, T. V. (2005). Soft Balancing. International Security.\n`);
    const ctx = readingContext(indexAnalysis(a));
    const entry = blockHtml(ctx, readingBlocks(a).find((b) => b.kind === 'reference')!);
    assert.equal(entry.match(/<a class="back"/g)?.length, backLinksShown, entry);
    assert.ok(entry.includes('<button type="button" class="more-back" data-ref="0" aria-label="Show the other 3 citations of this reference">+3 more</button>'), entry);
    const rest = moreBackLinksHtml(ctx, 0);
    assert.deepEqual([...rest.matchAll(/href="#(cite-\d+)"[^>]*aria-label="Back to citation (\d+) of 15/g)].map((m) => `${m[1]} ${m[2]}`), ['cite-12 13', 'cite-13 14', 'cite-14 15']);
    assert.equal(moreBackLinksHtml(ctx, 1), '');
  });

  it('the works of a citation of several are marked one by one', () => {
    assert.ok(html.includes('id="cite-1-0"') && html.includes('id="cite-1-1"'), html);
    assert.ok(html.includes('aria-label="Citation (Keohane 1984; Nye 2004, p. 7), work Nye 2004, p. 7: linked"'), html);
  });

  it('an ambiguous citation says how many references match', () => {
    assert.ok(html.includes('class="cite cite-ambiguous" id="cite-3"'), html);
    assert.ok(html.includes('Citation (Lee 2019): ambiguous: 2 references match'), html);
  });

  it('each entry links back to every citation of it, and an uncited one says so', () => {
    const nye = blockHtml(context, blocks.find((b) => b.kind === 'reference' && b.reference === 3)!);
    assert.deepEqual([...nye.matchAll(/data-target="([^"]+)"/g)].map((m) => m[1]), ['cite-0', 'cite-1-1', 'cite-5']);
    assert.ok(nye.includes('aria-label="Back to citation 2 of 3: (Keohane 1984; Nye 2004, p. 7)"'), nye);
    const zed = blockHtml(context, blocks.find((b) => b.kind === 'reference' && b.reference === 5)!);
    assert.ok(zed.includes('(not cited in the essay)') && zed.includes('&lt;img src=x onerror=alert(1)&gt;'), zed);
    assert.ok(!zed.includes('<img'), zed);
  });

  it('the marks are the decorations’ marks: whole citations, or works of a citation of several', () => {
    assert.deepEqual(
      citationMarks(analysis).map((m) => `${m.citation}${m.work === undefined ? '' : `.${m.work}`} ${m.status} ${analysis.text.slice(m.start, m.end)}`),
      ['0 linked (Nye, 2004)', '1.0 linked Keohane 1984', '1.1 linked Nye 2004, p. 7', '2 linked Stephen Walt (1987: 12)', '3 ambiguous (Lee 2019)', '4 unresolved (Smith 2001)', '5 linked (Nye 2004)'],
    );
  });

  it('chunks hold every block once, in order, each but the last at least the chunk size', () => {
    const chunks = [...htmlChunks(context, blocks, 300)];
    assert.ok(chunks.length > 2, `${chunks.length} chunks`);
    assert.equal(chunks.join(''), html);
    for (const chunk of chunks.slice(0, -1)) assert.ok(chunk.length >= 300, `${chunk.length}`);
  });

  it('the first chunk is the first screen: smaller than the others, which follow whole', () => {
    const chunks = [...htmlChunks(context, blocks, 1000, 100)];
    assert.equal(chunks.join(''), html);
    assert.ok(chunks.length > 2, `${chunks.length} chunks`);
    assert.ok(chunks[0].length >= 100 && chunks[0].length < 1000, `${chunks[0].length}`);
    for (const chunk of chunks.slice(1, -1)) assert.ok(chunk.length >= 1000, `${chunk.length}`);
  });

  it('escapes the five characters HTML gives a meaning', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
});

describe('reading view: the citation card', () => {
  const formatted = new Map([
    ['r4', 'Nye, J. S. (2004). <i>Soft power</i>.'],
    ['r2', 'Lee, M. (2019). Alliances in Asia.'],
  ]);
  const cases: { name: string; c: number; w?: number; options?: Partial<CardOptions>; contains: string[]; lacks?: string[] }[] = [
    {
      name: 'a linked citation: the entry, the entry in the chosen style, the fields, go to and copy',
      c: 0,
      contains: [
        'class="status status-linked">linked<',
        'NYE, Joseph S. (2004). Soft Power: The Means',
        '<span class="style">APA</span> Nye, J. S. (2004). &lt;i&gt;Soft power&lt;/i&gt;.',
        '<dt>Authors</dt><dd>NYE, Joseph S.</dd>',
        'data-action="goTo" data-ref="3"',
        'data-action="copy" data-ref="3"',
        '>Copy (APA)<',
      ],
      lacks: ['data-action="choose"', 'data-action="pdf"', '<i>'],
    },
    {
      name: 'an ambiguous citation: its reasons, every candidate, and the choice',
      c: 3,
      contains: ['ambiguous: 2 references match', 'two references by Lee in 2019', 'Alliances in Asia', 'Threats and Partners', 'data-ref="1"', 'data-ref="2"', 'data-action="choose" data-c="3" data-w="0"'],
    },
    {
      name: 'an unresolved citation: why, and no reference',
      c: 4,
      contains: ['status-unresolved">not found in the reference list', 'no reference lists Smith as an author'],
      lacks: ['data-action="goTo"'],
    },
    {
      name: 'a citation of several works: the work asked for first, then the others',
      c: 1,
      w: 1,
      contains: ['<h2 id="card-work-1">Nye 2004, p. 7 <span class="locator">p. 7</span></h2>'],
    },
    {
      name: 'a data format is shown as its record',
      c: 0,
      options: { styleLabel: 'BibTeX', styleIsData: true, formatted: new Map([['r4', '@book{Nye2004, title={Soft <Power>}}']]) },
      contains: ['<pre class="formatted" aria-label="BibTeX">@book{Nye2004, title={Soft &lt;Power&gt;}}</pre>', '>Copy (BibTeX)<'],
    },
    {
      name: 'Show in PDF when it is offered',
      c: 2,
      options: { showInPdf: true },
      contains: ['data-action="pdf" data-c="2"', 'Show in PDF'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const card = citationCardHtml(index, c.c, c.w, { ...options, formatted, ...c.options });
      for (const s of c.contains) assert.ok(card.includes(s), `missing ${s} in ${card}`);
      for (const s of c.lacks ?? []) assert.ok(!card.includes(s), `has ${s} in ${card}`);
      assert.ok(card.includes('data-action="close"'), 'no close button');
    });
  }

  it('the order of works puts the one asked for first', () => {
    const card = citationCardHtml(index, 1, 1, { ...options, formatted });
    assert.ok(card.indexOf('card-work-1') < card.indexOf('card-work-0'), card);
  });

  it('is empty for a citation that does not exist', () => assert.equal(citationCardHtml(index, 99, undefined, options), ''));
});

describe('reference fields', () => {
  const ref = (csl: Partial<Reference['csl']>, uncertain: string[] = []): Reference => ({
    id: 'r1',
    index: 0,
    start: 0,
    end: 1,
    text: 'x',
    csl: { id: 'r1', type: 'book', ...csl },
    uncertain,
  });
  const cases: { name: string; reference: Reference; line: string }[] = [
    {
      name: 'a journal article with every field',
      reference: ref({ type: 'article-journal', author: [{ family: 'Paul', given: 'T. V.' }], issued: { 'date-parts': [[2005]] }, title: 'Soft Balancing', 'container-title': 'International Security' }),
      line: 'Authors: Paul, T. V. · Year: 2005 · Title: Soft Balancing · In: International Security · Type: journal article',
    },
    {
      name: 'uncertain fields are marked',
      reference: ref({ author: [{ family: 'Wang', given: 'Haiyun' }], issued: { 'date-parts': [[2007]] }, title: 'China' }, ['title', 'issued']),
      line: 'Authors: Wang, Haiyun · Year: 2007 (uncertain) · Title: China (uncertain) · Type: book',
    },
    {
      name: 'more than three authors are counted; particles and literal names kept',
      reference: ref({
        author: [{ family: 'Berg', 'non-dropping-particle': 'van den', given: 'A.' }, { literal: 'World Bank' }, { family: 'Lee', given: 'M.' }, { family: 'Doe', given: 'J.' }, { family: 'Roe', given: 'R.' }],
        issued: { 'date-parts': [[2010]] },
        'year-suffix': 'a',
      }),
      line: 'Authors: van den Berg, A.; World Bank; Lee, M. and 2 more · Year: 2010a · Type: book',
    },
    {
      name: 'editors stand in for missing authors; a literal date',
      reference: ref({ editor: [{ family: 'Smith', given: 'J.' }], issued: { literal: 'n.d.' }, type: 'chapter' }),
      line: 'Editors: Smith, J. · Year: n.d. · Type: book chapter',
    },
  ];
  for (const c of cases) it(c.name, () => assert.equal(referenceFieldsLine(referenceFields(c.reference)), c.line));
});
