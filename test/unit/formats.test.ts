// The document readers: Markdown, HTML, Word and PDF to reading text, the PDF layout layer on
// positioned items, and bad input that must end in seconds with one line.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import JSZip from 'jszip';
import { analyze } from '../../src/core/analyze';
import { composeAccents, layoutPages, placeAt, readDocument, type PdfItem, type ReadOutcome } from '../../src/core/formats';
import { documentKind } from '../../src/core/formats/kind';
import { makeDocx } from '../support/makeDocx';
import { makePdf } from '../support/makePdf';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function textOf(read: ReadOutcome): string {
  if ('error' in read) assert.fail(`unexpected error: ${read.error}`);
  return read.text;
}

/** A line of items at a baseline, as pdf.js would give them (one item per word run). */
function line(text: string, x: number, y: number, size = 10): PdfItem[] {
  return [{ str: text, x, y, width: text.length * size * 0.5, size }];
}

const docx = makeDocx;

const para = (s: string, style?: string): string => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${s}</w:t></w:r></w:p>`;

describe('document kinds', () => {
  const rows: { name: string; file: string; bytes: Uint8Array; expect: string }[] = [
    { name: 'a PDF by its header', file: 'paper.pdf', bytes: enc('%PDF-1.7\n'), expect: 'pdf' },
    { name: 'a PDF named .txt is still a PDF', file: 'paper.txt', bytes: enc('%PDF-1.4\n'), expect: 'pdf' },
    { name: 'text named .pdf', file: 'notes.pdf', bytes: enc('Just some text (Paul, 2005).'), expect: 'error:not a PDF' },
    { name: 'a zip named .pdf', file: 'x.pdf', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0]), expect: 'error:zip archive, not a PDF' },
    { name: 'text named .docx', file: 'x.docx', bytes: enc('hello'), expect: 'error:not a Word document' },
    { name: 'Markdown', file: 'essay.md', bytes: enc('# T'), expect: 'markdown' },
    { name: 'HTML', file: 'page.HTM', bytes: enc('<p>x'), expect: 'html' },
    { name: 'plain text', file: 'essay.txt', bytes: enc('x'), expect: 'text' },
  ];
  for (const r of rows) {
    it(r.name, () => {
      const k = documentKind(r.file, r.bytes);
      if (r.expect.startsWith('error:')) assert.ok('error' in k && k.error.includes(r.expect.slice(6)), JSON.stringify(k));
      else assert.deepEqual(k, { kind: r.expect });
    });
  }
});

describe('Markdown read as Markdown', () => {
  const source = [
    '# Soft balancing revisited',
    '',
    '## Why states balance softly',
    '',
    'The idea of *soft balancing* ([Brooks e Wohlforth, 2005](https://doi.org/10.1162/0162288054894607)) was',
    'contested by **Paul (2005)**[^1] and [@smith2010].',
    '',
    '| Country | Source |',
    '|---|---|',
    '| Brazil | (Paul, 2005) |',
    '',
    '```',
    '(Fake, 1999)',
    '```',
    '',
    '## References',
    '',
    '- Brooks, S. and Wohlforth, W. (2005). Hard times for soft balancing. *International Security*, 30(1), 72-108.',
    '- Paul, T. V. (2005). Soft balancing in the age of U.S. primacy. *International Security*, 30(1), 46-71.',
    '',
    '[^1]: Compare (Paul, 2005).',
    '',
  ].join('\n');

  it('drops the markup, keeps link text, and links every citation', async () => {
    const read = await readDocument('essay.md', enc(source));
    const text = textOf(read);
    assert.ok(!/[*#`]|\]\(|https:/.test(text), text);
    assert.ok(text.includes('soft balancing (Brooks e Wohlforth, 2005) was contested by Paul (2005)[1]'), text);
    assert.ok(!text.includes('Fake'), 'code is not prose');
    const a = analyze(text);
    const works = a.citations.flatMap((c) => c.works);
    assert.deepEqual(works.map((w) => `${w.text}:${w.status}`), ['Brooks e Wohlforth, 2005:linked', 'Paul (2005):linked', 'Paul, 2005:linked', 'Paul, 2005:linked']);
    assert.deepEqual(a.uncited, []);
    assert.deepEqual(
      a.sections.filter((s) => s.kind !== 'title').map((s) => s.title),
      ['Why states balance softly', 'References', 'Notes'],
    );
  });

  it('reports Pandoc keys as keys and maps text back to the source', async () => {
    const read = await readDocument('essay.md', enc(source));
    if ('error' in read) assert.fail(read.error);
    assert.ok(read.warnings.some((w) => w.includes('@smith2010')), read.warnings.join('\n'));
    const at = read.text.indexOf('Brooks e Wohlforth');
    const place = placeAt(read.map, at);
    assert.equal(source.slice(place?.offset ?? -1).startsWith('Brooks e Wohlforth'), true, JSON.stringify(place));
  });
});

describe('Markdown from pandoc and R Markdown', () => {
  it('fenced divs, heading attributes and raw HTML entries: the references are read, the markup is not', async () => {
    const source = [
      'Foo (Author 1998) and (Ågren et al. 2014).',
      '',
      '# References {#references .unnumbered}',
      '',
      '::: {#refs .references .csl-bib-body .hanging-indent entry-spacing="0"}',
      '::: {#ref-item1 .csl-entry}',
      'Author, Al. 1998. "Foo Bar Baz: Bazbaz Foo."',
      ':::',
      ':::',
      '',
      '<div class="csl-entry">Ågren, J. A., Wang, W., &#38; Wright, S. I. (2014). Mating system shifts in <i>Capsella</i>. <i>BMC Genomics</i>, <i>15</i>, 602.</div>',
      '<script>alert("(Fake, 1999)")</script>',
      '',
    ].join('\n');
    const text = textOf(await readDocument('readme.md', enc(source)));
    assert.ok(!/:::|\{#|Fake|<\w/.test(text), text);
    const a = analyze(text);
    assert.deepEqual(a.citations.flatMap((c) => c.works).map((w) => w.status), ['linked', 'linked']);
    assert.equal(a.references.length, 2);
  });
});

describe('HTML through a parser', () => {
  it('a pandoc/citeproc article: blocks, #refs, csl-entry, footnotes; scripts and styles never read', async () => {
    const html = `<!DOCTYPE html><html><head><title>t</title><style>p::after{content:"(Fake, 1999)"}</style></head><body>
      <h1 class="title">Soft balancing</h1><script>document.write("(Fake, 2001)")</script>
      <p>The idea (<span class="citation" data-cites="brooks2005">Brooks and Wohlforth 2005</span>) was contested by Paul (2005)<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>.</p>
      <div id="refs" class="references csl-bib-body hanging-indent">
        <div id="ref-brooks2005" class="csl-entry">Brooks, S., and W. Wohlforth. 2005. <em>Hard Times for Soft Balancing</em>. International Security 30 (1).</div>
        <div id="ref-paul2005" class="csl-entry">Paul, T. V. 2005. Soft Balancing in the Age of U.S. Primacy. International Security 30 (1).</div>
      </div>
      <section class="footnotes" role="doc-endnotes"><hr/><ol><li id="fn1"><p>See also Paul (2005).<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>
      </body></html>`;
    const text = textOf(await readDocument('a.html', enc(html)));
    assert.ok(!text.includes('Fake'), text);
    assert.ok(text.includes('Paul (2005)[1].'), text);
    assert.ok(text.includes('\n\nReferences\n\nBrooks, S., and W. Wohlforth. 2005.'), text);
    assert.ok(text.includes('Notes\n\n[1] See also Paul (2005).\n'), text);
    const a = analyze(text);
    assert.deepEqual(a.citations.flatMap((c) => c.works).map((w) => w.status), ['linked', 'linked', 'linked']);
    assert.equal(a.references.length, 2);
  });

  const superscripts: { name: string; html: string; text: string }[] = [
    { name: 'an affiliation mark after a name stays apart from it', html: '<p>Frederik Aust<sup>1</sup></p>', text: 'Frederik Aust[1]' },
    { name: 'a note mark that is not a link, after a narrative citation', html: '<p>As Paul<sup>2,3</sup> (2005) argued.</p>', text: 'As Paul[2,3] (2005) argued.' },
    { name: 'a dagger after a full stop', html: '<p>Contested.<sup>†</sup></p>', text: 'Contested.[†]' },
    { name: 'an exponent after a digit is left alone', html: '<p>About 10<sup>6</sup> cases.</p>', text: 'About 106 cases.' },
    { name: 'a power of a capital letter is left alone', html: '<p>The R<sup>2</sup> was low.</p>', text: 'The R2 was low.' },
    { name: 'an ordinal is left alone', html: '<p>the 19<sup>th</sup> century</p>', text: 'the 19th century' },
    { name: 'an affiliation mark at a line start is left alone', html: '<p><sup>1</sup> University of Cologne</p>', text: '1 University of Cologne' },
  ];
  for (const row of superscripts) {
    it(`superscripts: ${row.name}`, async () => assert.equal(textOf(await readDocument('s.html', enc(row.html))).trim(), row.text));
  }
  it('superscripts: a narrative citation with an unlinked note mark is still found', () => {
    const text = 'As Paul[2] (2005) argued.\n\nReferences\n\nPaul, T. V. (2005). Soft balancing. International Security, 30(1).\n';
    assert.deepEqual(analyze(text).citations.map((c) => c.works.map((w) => w.status)), [['linked']]);
  });
});

describe('reading text: compatibility forms folded, ordinal indicators kept', () => {
  const rows: [string, string, string][] = [
    ['a ligature is two letters', '<p>The \ufb01rst e\ufb00ect (Paul, 2005).</p>', 'The first effect (Paul, 2005).'],
    ['"º" and "ª" stay (Portuguese and Spanish ordinals)', '<p>Anais do 4º Seminário, nº 17, 1ª ed. (Silva, 2010).</p>', 'Anais do 4º Seminário, nº 17, 1ª ed. (Silva, 2010).'],
    ['full-width digits and a soft hyphen in a word', '<p>Soft bal\u00adancing (Paul, \uff12\uff10\uff10\uff15).</p>', 'Soft balancing (Paul, 2005).'],
  ];
  for (const [name, html, expected] of rows) {
    it(name, async () => {
      const text = textOf(await readDocument('a.html', enc(`<!DOCTYPE html><html><body>${html}</body></html>`)));
      assert.ok(text.includes(expected), text);
    });
  }
});

describe('Word documents through mammoth', function () {
  this.timeout(30_000);
  it('headings and paragraphs become the essay', async () => {
    const bytes = await docx(para('Soft balancing', 'Title') + para('As Paul (2005) argued.') + para('References', 'Heading1') + para('Paul, T. V. (2005). Soft balancing. International Security, 30(1).'));
    const text = textOf(await readDocument('essay.docx', bytes));
    assert.ok(text.includes('As Paul (2005) argued.\n\nReferences\n\nPaul, T. V. (2005).'), text);
    assert.deepEqual(analyze(text).citations.flatMap((c) => c.works).map((w) => w.status), ['linked']);
  });

  it('footnotes survive as notes, their marks as [n]', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const body = `<w:p><w:r><w:t xml:space="preserve">As Paul (2005) argued.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>` + para('References', 'Heading1') + para('Paul, T. V. (2005). Soft balancing. International Security, 30(1).');
    const bytes = await docx(body, {
      'word/_rels/document.xml.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
      'word/footnotes.xml': `<?xml version="1.0"?><w:footnotes ${W}><w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">See also (Paul, 2005).</w:t></w:r></w:p></w:footnote></w:footnotes>`,
    });
    const text = textOf(await readDocument('notes.docx', bytes));
    assert.ok(text.includes('As Paul (2005) argued.[1]'), text);
    assert.ok(/Notes\n\n\[1\] See also \(Paul, 2005\)\.\n/.test(text), text);
    assert.deepEqual(analyze(text).citations.flatMap((c) => c.works).map((w) => w.status), ['linked', 'linked']);
  });
});

describe('PDF layout on positioned items', function () {
  this.timeout(30_000);
  it('composes spacing accents', () => {
    for (const [raw, want] of [
      ['Kry´sci´nski', 'Kryściński'],
      ['Rav`ı', 'Ravì'],
      ['M¨uller', 'Müller'],
      ['Jose´ (2001)', 'José (2001)'],
      ['plain text', 'plain text'],
    ]) {
      assert.equal(composeAccents(raw), want.normalize('NFC'));
    }
  });

  it('reads two columns under a full-width title, drops running heads and page numbers, keeps footnotes as notes', () => {
    const page = (n: number, left: string[], right: string[], foot?: string): { number: number; width: number; height: number; items: PdfItem[] } => ({
      number: n,
      width: 612,
      height: 792,
      items: [
        ...line('Journal of Tests 12 (2020)', 200, 760, 8),
        ...(n === 1 ? line('A Title That Spans Both Columns of the Page', 120, 720, 16) : []),
        ...left.flatMap((t, k) => line(t, 72, 680 - k * 12)),
        ...right.flatMap((t, k) => line(t, 320, 680 - k * 12)),
        ...(foot ? line(foot, 72, 100, 7) : []),
        ...line(String(n), 300, 40, 9),
      ],
    });
    const pages = [
      page(1, ['This column begins the essay and', 'goes on with a hyphen-', 'ated word in the middle.', 'The left column ends here at its', 'foot, where the argument continues'], ['into the right column (Paul, 2005)', 'and then ends with a full stop.', 'Hyphenated words are rare.', 'Nothing more is said on this', 'first page of the paper at all.'], '1 A footnote in smaller type.'),
      page(2, ['Second page text is here and it', 'continues on the next line without', 'a break in the sentence at all, as', 'prose does when it is long enough', 'to fill a column of the page.'], ['Right column of page two has its', 'own lines that follow the left', 'column in reading order, as the', 'reader of a two-column paper', 'expects them to do.']),
      page(3, ['Third page, left column, one line', 'after another line of the text', 'until the column is over and the', 'right column takes up the text', 'where the left one left off.'], ['Right column of the third page', 'ends the text of this small test', 'document with a last sentence', 'that closes the paragraph of', 'the page in the usual way.']),
    ];
    const { text } = layoutPages(pages);
    assert.ok(!text.includes('Journal of Tests'), 'running head dropped');
    assert.ok(!/^\d+$/m.test(text), 'page numbers dropped');
    assert.ok(text.startsWith('A Title That Spans Both Columns of the Page\n\nThis column begins'), text.slice(0, 120));
    assert.ok(text.includes('with a hyphenated word'), 'a hyphen undone when the word occurs elsewhere');
    assert.ok(text.includes('argument continues into the right column (Paul, 2005) and then ends'), 'columns in order, joined');
    assert.ok(/Notes\n\n1 A footnote in smaller type\.\n$/.test(text), text.slice(-80));
  });

  it('splits a hanging-indent reference list into entries and keeps real compounds', () => {
    const items: PdfItem[] = [
      ...line('The debate (Martin-Facklam, 2001; Brooks, 2005).', 72, 700),
      ...line('References', 72, 670, 12),
      ...line('Brooks, S. (2005). Hard times for soft balancing. Interna-', 72, 650),
      ...line('tional Security, 30(1), 72–108.', 90, 638),
      ...line('Martin-', 72, 626),
      ...line('Facklam, P. (2001). A study of balancing in the interna-', 72, 614),
      ...line('tional system. Some Press.', 90, 602),
    ];
    const { text } = layoutPages([{ number: 1, width: 612, height: 792, items }]);
    assert.ok(text.includes('References\n\nBrooks, S. (2005). Hard times for soft balancing. International Security, 30(1), 72–108.\n\nMartin-Facklam, P. (2001). A study of balancing in the international system. Some Press.\n'), text);
    const a = analyze(text);
    assert.deepEqual(a.citations.flatMap((c) => c.works).map((w) => w.status), ['linked', 'linked']);
  });

  // Positions recorded from pdf.js on bath-bst-v1.pdf (pages 27–28): a reference list without a hanging indent,
  // its entries set apart by a wider gap, where a page begins with a new entry or with the rest of the last one.
  const pageBreakRows: { name: string; before: string[]; after: string[]; want: string[] }[] = [
    {
      name: 'an entry by an organisation at the top of the next page starts an entry',
      before: ['BRE, 2007. Designing quality buildings: a BRE guide. (Report 497). Bracknell: BRE.', '', 'Bristol Region Building Record, 1965. Green Park House (since demolished), viewed from southwest', '[Photograph]. BRBR, D/877/1. Archives & Research Collections, University of Bath Library.'],
      after: ['British National Formulary, 2019. Aspirin [Online]. London: Pharmaceutical Press. Available from:', 'https://www.medicinescomplete.com/#/content/bnf/_456850132 [Accessed 26 November 2019].', '', 'Burrell, J.G., 1973. The importance of school tours in education. Thesis (M.A.). Belfast.'],
      want: ['BRE, 2007.', 'Bristol Region Building Record, 1965.', 'British National Formulary, 2019.', 'Burrell, J.G., 1973.'],
    },
    {
      name: 'a one-word author and its year at the top of the next page starts an entry',
      before: ['Ganju, V., 2021. A study of dream vectors. Sydney: University of Sydney. Available from:', 'http://www.anzctr.org.au/Trial/Registration/TrialReview.aspx?id=365258 [Accessed 29 April 2021].'],
      after: ['Google, 2020. Harbourside, Bristol [Online], Google Maps. Available from: https://www.google.co.uk/', 'maps/place/Harbourside,+Bristol/ [Accessed 30 April 2020].'],
      want: ['Ganju, V., 2021.', 'Google, 2020.'],
    },
    {
      name: 'the rest of an entry at the top of the next page, with a date in it, goes on the entry',
      before: ['Soper, D., 1972. Review of bracken control experiments with asulam.'],
      after: ['Proceedings of the 11th British Weed Control Conference, 15–17 November 1972, Brighton.', '', 'Steward, S., Connelly, D. and Robinson, J., 2020. Everything you should know. Pharm. J.'],
      want: ['Soper, D., 1972.', 'Steward, S., Connelly, D. and Robinson, J., 2020.'],
    },
  ];
  for (const row of pageBreakRows) {
    it(`a reference list across a page break: ${row.name}`, () => {
      /** Lines from the top of the text block down, a blank string standing for the gap between entries. */
      const lines = (texts: string[], top: number): PdfItem[] => {
        let y = top;
        return texts.flatMap((t) => {
          y -= t === '' ? 8 : 11.95;
          return t === '' ? [] : line(t, 85, y);
        });
      };
      const first = [...line('Further reading is listed below as the style sets it out.', 85, 300), ...line('References', 85, 270, 12.5), ...lines(row.before, 262)];
      const pages = [
        { number: 1, width: 595, height: 842, items: first },
        { number: 2, width: 595, height: 842, items: lines(row.after, 773) },
      ];
      const { text } = layoutPages(pages);
      const entries = text.slice(text.indexOf('References\n\n') + 12).trim().split('\n\n');
      assert.deepEqual(
        entries.map((e) => /^.*?\d{4}[a-z]?\./.exec(e)?.[0]),
        row.want,
        text,
      );
    });
  }

  it('a hanging reference list across a page break: a line at the list’s edge starts an entry even after one with no full stop', () => {
    // Recorded from cjeguide.pdf (pages 20–21, Canadian Journal of Economics): entries end without a full stop; the
    // list's edge is at x=107.9, its continuation lines at x=119.8.
    const at = (t: string, x: number, y: number): PdfItem[] => line(t, x, y, 9);
    const pages = [
      {
        number: 1,
        width: 612,
        height: 792,
        items: [
          ...line('As the guide says (Atkinson and Stiglitz 1980; Glomm and Ravikumar 1992).', 107.9, 480),
          ...line('References', 107.9, 450, 10),
          ...at('Aisa, R., and F. Pueyo (2004) “Endogenous longevity, health and economic growth: A slow', 107.9, 437.1),
          ...at('growth for a longer life?,” Economics Bulletin 9, 1–10', 119.8, 427.1),
          ...at('Atkinson, A., and J. Stiglitz (1980) Lectures on Public Economics, New York:', 107.9, 417.1),
          ...at('McGraw-Hill', 119.8, 407.1),
        ],
      },
      {
        number: 2,
        width: 612,
        height: 792,
        items: [
          ...at('Glomm, G., and B. Ravikumar (1992) “Public versus private investment in human', 107.9, 662.2),
          ...at('capital endogenous growth and income inequality,” Journal of Political', 119.8, 652.3),
          ...at('Economy 100, 813–34', 119.8, 642.3),
          ...at('Lucas, R. (1990) “Supply-side economics: An analytical review,” Oxford Economic', 107.9, 632.3),
          ...at('Papers 42, 293–316', 119.8, 622.3),
        ],
      },
    ];
    const { text } = layoutPages(pages);
    const entries = text.slice(text.indexOf('References\n\n') + 12).trim().split('\n\n');
    assert.deepEqual(entries.map((e) => e.slice(0, 12)), ['Aisa, R., an', 'Atkinson, A.', 'Glomm, G., a', 'Lucas, R. (1'], text);
    assert.ok(entries[1].endsWith('New York: McGraw-Hill'), entries[1]);
    const a = analyze(text);
    assert.deepEqual(a.citations.flatMap((c) => c.works).map((w) => w.status), ['linked', 'linked']);
  });

  it('a block lower on the page past a wider gap, set in beside a picture, does not run on the last reference entry', () => {
    // Recorded from oup-template.pdf (page 9): the list's last entry, then an author's biography beside its photo.
    const items: PdfItem[] = [
      ...line('As Zhang et al. (2018) show.', 306.7, 760, 8),
      ...line('References', 306.7, 740, 9),
      ...line('K. Zhang, N. Liu, X. Yuan, X. Guo, C. Gao, and Z. Zhao.', 306.7, 705.0, 7.5),
      ...line('Fine-grained age estimation in the wild with attention LSTM', 315.2, 694.6, 7.5),
      ...line('networks. arXiv preprint arXiv:1805.10445, 2018.', 315.2, 684.1, 7.5),
      ...line('Author Name. This is sample author', 391.4, 650.5, 8),
      ...line('biography text. The values provided in', 391.4, 641.0, 8),
    ];
    const { text } = layoutPages([{ number: 1, width: 612, height: 792, items }]);
    assert.ok(text.includes('arXiv:1805.10445, 2018.\n\nAuthor Name.'), text);
  });

  it('undoes a line-end hyphen in an acronym the document spells whole, and keeps one it does not', () => {
    // Recorded from bath-bst-v1.pdf (page 30): "Paris: UN-" / "ESCO." with "UNESCO, 1993." at the entry's start.
    const items: PdfItem[] = [
      ...line('UNESCO, 1993. General information programme and UNISIST. (PGI-93/WS/22). Paris: UN-', 85, 700),
      ...line('ESCO. A trial of the vector E-EDV-D682 with an enhancer called EDV-', 85, 688),
      ...line('GC in participants with advanced cancers.', 85, 676),
    ];
    const { text } = layoutPages([{ number: 1, width: 612, height: 792, items }]);
    assert.ok(text.includes('Paris: UNESCO. A trial'), text);
    assert.ok(text.includes('called EDV-GC in participants'), text);
  });

  it('a centred heading and a run-in heading are paragraphs of their own; a block quote indented on both sides is not a heading', () => {
    // The shape of the apa7 class's manuscript (test/fixtures/documents/apa7-longsample.pdf): a centred "Method", then
    // "Participants" flush left before an indented paragraph. Lines of 90 characters fill the column (x 72–522).
    const fill = (words: string, n: number): string => (words + ' ').repeat(Math.ceil(n / (words.length + 1))).slice(0, n).padEnd(n, 'x');
    const body = fill('the text of the body runs on', 90);
    const quote = fill('a quoted passage set in from both sides', 70);
    const items: PdfItem[] = [
      ...line(body, 72, 700),
      ...line(body, 72, 688),
      ...line('Keywords: APA style, demonstration', 72, 676),
      ...line('Method', 282, 664),
      ...line('Participants', 72, 652),
      ...line(body, 84, 640),
      ...line(`${body.slice(0, -1)}.`, 72, 628),
      ...line(quote, 120, 616),
      ...line(quote, 120, 604),
      ...line('and so the quote ends here.', 120, 592),
      ...line(body, 84, 580),
    ];
    const { text } = layoutPages([{ number: 1, width: 612, height: 792, items }]);
    const paragraphs = text.trim().split('\n\n').map((p) => (p.length > 40 ? `${p.slice(0, 20)}…${p.slice(-18)}` : p));
    assert.deepEqual(paragraphs, ['the text of the body…yle, demonstration', 'Method', 'Participants', 'the text of the body…e body runs on th.', 'a quoted passage set…e quote ends here.', 'the text of the body…e body runs on the']);
  });

  it('maps every citation of a real PDF to a page and a box', async () => {
    const pdf = makePdf([[{ text: 'A first page cites (Paul, 2005) here.', x: 72, y: 700 }], [{ text: 'References', x: 72, y: 700, size: 12 }, { text: 'Paul, T. V. (2005). Soft balancing. International Security.', x: 72, y: 680 }]]);
    const read = await readDocument('p.pdf', pdf);
    if ('error' in read) assert.fail(read.error);
    const a = analyze(read.text);
    assert.equal(a.citations.length, 1);
    const place = placeAt(read.map, a.citations[0].start);
    assert.equal(place?.page, 1);
    assert.equal(place?.box?.length, 4);
    assert.equal(placeAt(read.map, a.references[0].start)?.page, 2);
  });
});

describe('bad documents end in seconds with one line', function () {
  this.timeout(60_000);
  const tooDeep = '<div>'.repeat(100_000) + '(Smith, 2001)' + '</div>'.repeat(100_000);
  const rows: { name: string; file: string; bytes: () => Promise<Uint8Array> | Uint8Array; message: RegExp; limits?: { maxInflatedBytes: number } }[] = [
    { name: 'a PDF that needs a password', file: 'locked.pdf', bytes: () => makePdf([[{ text: 'Secret (Paul, 2005).', x: 72, y: 700 }]], { encrypted: true }), message: /needs a password/ },
    { name: 'a scanned PDF (no text layer)', file: 'scan.pdf', bytes: () => makePdf([[], []]), message: /no text layer.*OCR/ },
    { name: '3,000 empty pages', file: 'empty.pdf', bytes: () => makePdf(Array.from({ length: 3000 }, () => [])), message: /no text layer/ },
    { name: 'a truncated PDF', file: 'cut.pdf', bytes: () => makePdf([[{ text: 'Cut (Paul, 2005).', x: 72, y: 700 }]]).slice(0, 120), message: /damaged or truncated/ },
    { name: 'a text file named .pdf', file: 'notes.pdf', bytes: () => enc('Some notes (Paul, 2005).'), message: /not a PDF/ },
    { name: 'a zip that is not a Word document', file: 'x.docx', bytes: () => new JSZip().file('a.txt', 'hello').generateAsync({ type: 'uint8array' }), message: /not a Word document/ },
    { name: 'a Word document that inflates past the limit', file: 'bomb.docx', bytes: () => docx(para('x'.repeat(4_000_000))), message: /inflates past/, limits: { maxInflatedBytes: 1_000_000 } },
    { name: 'HTML nested 100,000 elements deep', file: 'deep.html', bytes: () => enc(tooDeep), message: /nested more than/ },
  ];
  for (const r of rows) {
    it(r.name, async () => {
      const started = Date.now();
      const read = await readDocument(r.file, await r.bytes(), r.limits ? { limits: r.limits } : {});
      assert.ok('error' in read, `no error: ${'text' in read ? read.text.slice(0, 80) : ''}`);
      assert.match(read.error, r.message);
      assert.ok(!read.error.includes('\n'), 'one line');
      assert.ok(Date.now() - started < 15_000, `took ${Date.now() - started} ms`);
    });
  }

  it('HTML whose script and style hold citation look-alikes: never read as text', async () => {
    const text = textOf(await readDocument('x.html', enc('<p>Real (Paul, 2005).</p><script>"(Fake, 1999)"</script><style>/* (Fake, 2000) */</style><noscript>(Fake, 2001)</noscript><p>Paul, T. V. (2005). Soft balancing.</p>')));
    assert.ok(!text.includes('Fake'), text);
  });
});

describe('readers on arbitrary input', function () {
  this.timeout(60_000);
  const markupish = fc.stringMatching(/^[<>/a-z"='#*_[\]()@^|`!\-: \n0-9,.;]{0,300}$/);
  const consistent = (read: ReadOutcome): void => {
    if ('error' in read) return;
    let last = 0;
    for (const seg of read.map) {
      assert.ok(seg.start >= last && seg.start < seg.end && seg.end <= read.text.length, JSON.stringify(seg));
      last = seg.end;
    }
    assert.ok(!/[\u200b\ufeff]/.test(read.text));
    for (const span of [...(read.emphasis ?? []), ...(read.listItems ?? [])]) assert.ok(span.start >= 0 && span.start < span.end && span.end <= read.text.length, JSON.stringify(span));
  };
  for (const file of ['x.md', 'x.html']) {
    it(`${file}: never throws, and its map, emphasis and list items stay inside the text`, async () => {
      await fc.assert(
        fc.asyncProperty(markupish, async (s) => consistent(await readDocument(file, enc(s)))),
        { seed: 20261207, numRuns: 300 },
      );
    });
  }
  it('PDF layout: any positioned items give text, never an exception', () => {
    const item = fc.record({ str: fc.string({ maxLength: 12 }), x: fc.double({ min: -50, max: 700, noNaN: true }), y: fc.double({ min: -50, max: 900, noNaN: true }), width: fc.double({ min: 0, max: 300, noNaN: true }), size: fc.double({ min: 0, max: 30, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(fc.array(item, { maxLength: 40 }), { maxLength: 4 }), (pages) => {
        const out = layoutPages(pages.map((items, k) => ({ number: k + 1, width: 612, height: 792, items })));
        assert.equal(typeof out.text, 'string');
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });
});
