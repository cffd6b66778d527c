/**
 * Records the positioned text items of some pages of a PDF, as the PDF reader gives them to the layout layer,
 * in the format of test/fixtures/pdf-items (one `[str, x, y, width, size]` row an item). A band of each page may
 * be kept (`--from-y`/`--to-y`, in points from the page's foot) so that a recording holds only the lines a test
 * needs.
 *
 *   npx tsx tools/eval/pdf-items.ts FILE.pdf PAGES [--from-y N] [--to-y N] [--source "what the PDF is"] > items.json
 *   (PAGES: "5" or "5-6")
 */
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pageItems } from '../../src/core/formats/pdf';

const [file, range, ...rest] = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const k = rest.indexOf(name);
  return k >= 0 ? rest[k + 1] : undefined;
};
const [first, last] = (range ?? '1').split('-').map(Number);
const fromY = Number(option('--from-y') ?? '-Infinity');
const toY = Number(option('--to-y') ?? 'Infinity');
const round = (n: number): number => Math.round(n * 10) / 10;

void (async () => {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = first; n <= (last ?? first); n++) {
    const page = await doc.getPage(n);
    const view = page.view;
    const items = pageItems(await page.getTextContent(), view).filter((i) => i.y >= fromY && i.y <= toY);
    const rows = items.map((i) => `      ${JSON.stringify([i.str, round(i.x), round(i.y), round(i.width), round(i.size)])}`);
    pages.push(`    {"number": ${n}, "width": ${round(view[2] - view[0])}, "height": ${round(view[3] - view[1])}, "items": [\n${rows.join(',\n')}\n    ]}`);
  }
  process.stdout.write(`{\n  "source": ${JSON.stringify(option('--source') ?? file)},\n  "pages": [\n${pages.join(',\n')}\n  ]\n}\n`);
})();
