// Real PDFs, Word files and web pages read and analysed end to end, scored against hand-checked gold
// (test/fixtures/documents, see SOURCE.md there): link F1 per document and the reading speed.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { placeAt, readDocument } from '../../src/core/formats';
import { pageAt, pageMarkers } from '../../src/core/formats/model';
import { scoreAgainstGold, type GoldFile } from '../support/gold';

const DIR = join(__dirname, '..', 'fixtures', 'documents');

/** The floor of each document's link F1 (0.90 unless named): below today's score by a margin, so a regression fails. */
const floors: Readonly<Record<string, number>> = {
  'papaja-example.docx': 0.95,
  'rjtools-paper-with-errors.html': 0.95,
};

describe('real documents (PDF, Word, HTML)', function () {
  this.timeout(60_000);
  const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => /\.(?:pdf|docx|html?)$/.test(f) && existsSync(join(DIR, f.replace(/\.\w+$/, '.gold.json')))) : [];
  const table: string[] = [];
  it('has documents of every kind to score', () => {
    for (const ext of ['.pdf', '.docx', '.html']) assert.ok(files.some((f) => f.endsWith(ext)), `no ${ext} in ${files.join(', ')}`);
  });
  for (const file of files) {
    const floor = floors[file] ?? 0.9;
    it(`${file}: link F1 >= ${floor.toFixed(2)}`, async () => {
      const started = performance.now();
      const read = await readDocument(file, new Uint8Array(readFileSync(join(DIR, file))));
      const ms = performance.now() - started;
      if ('error' in read) assert.fail(read.error);
      const gold = JSON.parse(readFileSync(join(DIR, file.replace(/\.\w+$/, '.gold.json')), 'utf8')) as GoldFile;
      const analysis = analyze(read.text);
      const s = scoreAgainstGold(read.text, gold, analysis);
      for (const c of analysis.citations) {
        const place = placeAt(read.map, c.start);
        // A PDF's citation maps to a page and a box on it; a Word file's or a web page's to the element it came from.
        if (read.kind === 'pdf') assert.ok(place?.page !== undefined && place.page >= 1 && place.page <= (read.pages ?? 0) && place.box?.length === 4, `${c.text}: ${JSON.stringify(place)}`);
        else assert.ok(place?.element !== undefined && place.page === undefined, `${c.text}: ${JSON.stringify(place)}`);
      }
      table.push(`${file.padEnd(28)} ${String(read.pages ?? '-').padStart(3)} pages ${ms.toFixed(0).padStart(5)} ms  F1 ${s.f1.toFixed(3)}  P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}  citations R ${s.citationRecall.toFixed(2)}`);
      assert.ok(s.f1 >= floor, `F1 ${s.f1.toFixed(3)}: ${[...s.misses, ...s.falseLinks, ...s.missedCitations].join('; ')}`);
      assert.ok(s.citationRecall >= 0.95, `citations found ${s.citationRecall.toFixed(2)}: ${s.missedCitations.join('; ')}`);
    });
  }
  after(() => {
    if (table.length > 0) console.log(`\n    per-document scores (the first read includes loading pdf.js)\n${table.map((l) => `    ${l}`).join('\n')}\n`);
  });
});

describe('page markers of real PDFs', function () {
  this.timeout(60_000);
  for (const file of ['apa7-longsample.pdf', 'oup-template.pdf']) {
    it(`${file}: every page with text is marked once, in order, at words read from that page`, async () => {
      const read = await readDocument(file, new Uint8Array(readFileSync(join(DIR, file))));
      if ('error' in read) assert.fail(read.error);
      const markers = pageMarkers(read.text, read.map);
      // The pages whose text is in the reading text (a page of figures alone, or of furniture alone, has none).
      const withText = new Set(read.map.filter((s) => s.place.page !== undefined && read.text.slice(s.start, s.end).trim() !== '').map((s) => s.place.page));
      assert.deepEqual(markers.map((m) => m.page), [...withText].sort((a, b) => (a ?? 0) - (b ?? 0)));
      for (const [i, m] of markers.entries()) {
        assert.equal(pageAt(read.map, m.offset), m.page, `p. ${m.page} at ${m.offset}`);
        assert.match(read.text[m.offset], /\S/);
        if (i > 0) assert.ok(m.offset > markers[i - 1].offset);
      }
    });
  }
});
