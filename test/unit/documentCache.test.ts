// The cache of read documents: entry names by content, entries that survive the round trip or are refused when
// damaged, and eviction of the oldest beyond the bounds.
import * as assert from 'node:assert/strict';
import { cacheEntryName, cacheEvictions, decodeCachedDocument, encodeCachedDocument, isCacheEntryName } from '../../src/core/documentCache';
import { boxesOf, pageAt, type MapSegment, type ReadDocument } from '../../src/core/formats/model';

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
  it('a map without pages (HTML) gives none', () => {
    const html: MapSegment[] = [{ start: 0, end: 10, place: { element: 'p', offset: 0 } }];
    assert.equal(pageAt(html, 3), undefined);
    assert.equal(boxesOf(html, 3, 5), undefined);
  });
});
