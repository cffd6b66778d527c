// The cache of read documents: entry names by content, entries that survive the round trip or are refused when
// damaged, and eviction of the oldest beyond the bounds.
import * as assert from 'node:assert/strict';
import { cacheEntryName, cacheEvictions, decodeCachedDocument, encodeCachedDocument, isCacheEntryName } from '../../src/core/documentCache';
import { boxesOf, pageAt, pageMarkers, type MapSegment, type ReadDocument } from '../../src/core/formats/model';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('document cache', () => {
  it('names an entry by the content, the readers version and the page limit', async () => {
    const a = await cacheEntryName(enc('%PDF-1.7 one'), '0.2.0', 1000);
    assert.ok(isCacheEntryName(a), a);
    assert.equal(await cacheEntryName(enc('%PDF-1.7 one'), '0.2.0', 1000), a);
    assert.notEqual(await cacheEntryName(enc('%PDF-1.7 two'), '0.2.0', 1000), a);
    assert.notEqual(await cacheEntryName(enc('%PDF-1.7 one'), '0.2.1', 1000), a);
    assert.notEqual(await cacheEntryName(enc('%PDF-1.7 one'), '0.2.0', 10), a);
  });

  it('gives back the document it was given', () => {
    const document: ReadDocument = { kind: 'pdf', text: 'Text (Paul, 2005).', map: [{ start: 0, end: 18, place: { page: 2, box: [72, 700, 90, 10] } }], pages: 3, warnings: ['one page has no text layer'] };
    assert.deepEqual(decodeCachedDocument(encodeCachedDocument(document)), document);
  });

  const damaged: { name: string; content: string }[] = [
    { name: 'not JSON (a write cut short)', content: '{"kind":"pdf","text":"abc' },
    { name: 'an unknown kind', content: '{"kind":"odt","text":"a","map":[],"warnings":[]}' },
    { name: 'a map segment without offsets', content: '{"kind":"pdf","text":"a","map":[{"place":{}}],"warnings":[]}' },
    { name: 'no warnings list', content: '{"kind":"pdf","text":"a","map":[]}' },
    { name: 'a page count that is not a number', content: '{"kind":"pdf","text":"a","map":[],"warnings":[],"pages":"3"}' },
    { name: 'null', content: 'null' },
  ];
  for (const row of damaged) it(`refuses an entry with ${row.name}`, () => assert.equal(decodeCachedDocument(row.content), undefined));

  const h = (n: number): string => `${n.toString(16).padStart(64, '0')}-0000abcd.json`;
  const evictions: { name: string; entries: { name: string; mtime: number; size: number }[]; limits: { maxBytes: number; maxEntries: number }; expect: string[] }[] = [
    { name: 'nothing within the bounds', entries: [{ name: h(1), mtime: 1, size: 10 }], limits: { maxBytes: 100, maxEntries: 5 }, expect: [] },
    {
      name: 'the oldest first until the bytes fit',
      entries: [
        { name: h(1), mtime: 30, size: 60 },
        { name: h(2), mtime: 10, size: 50 },
        { name: h(3), mtime: 20, size: 40 },
      ],
      limits: { maxBytes: 90, maxEntries: 5 },
      expect: [h(2), h(3)],
    },
    {
      name: 'the oldest beyond the entry count',
      entries: [
        { name: h(1), mtime: 3, size: 1 },
        { name: h(2), mtime: 1, size: 1 },
        { name: h(3), mtime: 2, size: 1 },
      ],
      limits: { maxBytes: 100, maxEntries: 2 },
      expect: [h(2)],
    },
    {
      name: 'files that are not entries are never chosen',
      entries: [
        { name: 'notes.txt', mtime: 0, size: 1000 },
        { name: h(1), mtime: 5, size: 10 },
      ],
      limits: { maxBytes: 5, maxEntries: 5 },
      expect: [h(1)],
    },
  ];
  for (const row of evictions) it(`evicts ${row.name}`, () => assert.deepEqual(cacheEvictions(row.entries, row.limits), row.expect));
});

describe('pages of the reading text', () => {
  const map: MapSegment[] = [
    { start: 0, end: 5, place: { page: 1, box: [10, 700, 20, 10] } },
    { start: 5, end: 6, place: { page: 1 } },
    { start: 6, end: 12, place: { page: 1, box: [35, 700, 30, 10] } },
    { start: 14, end: 20, place: { page: 2, box: [10, 650, 30, 10] } },
    { start: 20, end: 26, place: { page: 2, box: [45, 650, 30, 10] } },
  ];
  const rows: { name: string; start: number; end: number; page: number | undefined; boxes: number }[] = [
    { name: 'a span in one piece', start: 1, end: 3, page: 1, boxes: 1 },
    { name: 'a span over two pieces and the space between', start: 2, end: 9, page: 1, boxes: 2 },
    { name: 'the blank line between pages belongs to the page above', start: 12, end: 13, page: 1, boxes: 0 },
    { name: 'a span that runs onto the next page keeps to its first page', start: 8, end: 22, page: 1, boxes: 1 },
    { name: 'a span on the second page', start: 15, end: 25, page: 2, boxes: 2 },
  ];
  for (const row of rows) {
    it(row.name, () => {
      assert.equal(pageAt(map, row.start), row.page);
      const got = boxesOf(map, row.start, row.end);
      assert.equal(got?.page, row.page);
      assert.equal(got?.boxes.length, row.boxes);
    });
  }
  it('a box is cut to the part of its piece the span covers', () => {
    // "Alpha" (0..5) is 20 units wide from x=10: its middle three letters are 12 units from x=14.
    assert.deepEqual(boxesOf(map, 1, 4)?.boxes, [[14, 700, 12, 10]]);
    // From the last letter of "Alpha" to the third of the next piece: a fifth of the first box, half of the second.
    assert.deepEqual(boxesOf(map, 4, 9)?.boxes, [[26, 700, 4, 10], [35, 700, 15, 10]]);
    // A whole piece keeps its box as it is.
    assert.deepEqual(boxesOf(map, 14, 20)?.boxes, [[10, 650, 30, 10]]);
  });
  it('a map without pages (HTML) gives none', () => {
    const html: MapSegment[] = [{ start: 0, end: 10, place: { element: 'p', offset: 0 } }];
    assert.equal(pageAt(html, 3), undefined);
    assert.equal(boxesOf(html, 3, 5), undefined);
  });
});

describe('page markers of the reading text', () => {
  /** A map of `text` from pieces given as [first words, page]: each piece runs to the next piece's start. */
  function mapOf(text: string, pieces: readonly (readonly [string, number | undefined])[]): MapSegment[] {
    const starts = pieces.map(([words]) => text.indexOf(words));
    return pieces.map(([, page], i) => ({ start: starts[i], end: starts[i + 1] ?? text.length, place: page === undefined ? { element: 'p' } : { page } }));
  }
  /** The markers as "page@first words|line" ("line" when the marker opens a line, "word" within one). */
  const shown = (text: string, map: MapSegment[]): string[] => pageMarkers(text, map).map((m) => `${m.page}@${text.slice(m.offset, m.offset + 8)}|${m.lineStart ? 'line' : 'word'}`);
  const rows: { name: string; text: string; pieces: (readonly [string, number | undefined])[]; want: string[] }[] = [
    {
      name: 'each page is marked at its first words, the first page too',
      text: 'Title\n\nOne para.\n\nTwo para.',
      pieces: [['Title', 1], ['One', 1], ['Two', 2]],
      want: ['1@Title\n\nO|line', '2@Two para|line'],
    },
    {
      name: 'a page that begins mid-paragraph is marked between two words',
      text: 'A sentence that runs over the page break.',
      pieces: [['A sentence', 1], [' over', 2]],
      want: ['1@A senten|line', '2@over the|word'],
    },
    {
      name: 'a page that begins in the blank lines between paragraphs is marked at the next paragraph, not at the end of the line before',
      text: 'First page ends.\n\n  Second page.',
      pieces: [['First', 1], ['\n\n  Second', 2]],
      want: ['1@First pa|line', '2@Second p|line'],
    },
    {
      name: 'a blank page gives way to the page after it at the same place',
      text: 'Before.\n\nAfter.',
      pieces: [['Before', 3], ['\n', 4], ['\nAfter', 5]],
      want: ['3@Before.\n|line', '5@After.|line'],
    },
    {
      name: 'a page beginning in trailing blank space is left out',
      text: 'Only text.\n\n',
      pieces: [['Only', 1], ['\n\n', 2]],
      want: ['1@Only tex|line'],
    },
    {
      name: 'notes gathered at the end from earlier pages start no page',
      text: 'Body one. Body two.\n\nNotes\n\n1 A note.',
      pieces: [['Body one', 1], ['Body two', 2], ['Notes', undefined], ['1 A note', 1]],
      want: ['1@Body one|line', '2@Body two|word'],
    },
    {
      name: 'a map without pages (HTML, Word) gives no markers',
      text: 'Para one.\n\nPara two.',
      pieces: [['Para one', undefined], ['Para two', undefined]],
      want: [],
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const map = mapOf(row.text, row.pieces);
      assert.deepEqual(shown(row.text, map), row.want);
      // A marker stands where the map says its page is.
      for (const marker of pageMarkers(row.text, map)) assert.equal(pageAt(map, marker.offset), marker.page);
    });
  }
});
