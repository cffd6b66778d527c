// Prints the text a reader gets by selecting all of a PDF in a viewer built on pdf.js and copying it: each page's
// text items in the order of the content stream, a line break where pdf.js marks the end of a line, pages one
// after the other. Running heads, page numbers, sidebars and hyphenated line ends stay as they are: this is the
// raw material of a "copied from a PDF" development essay, not the engine's own PDF reader.
//
//   node tools/eval/pdf-copy.mjs paper.pdf > essay.txt
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
const pages = [];
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  let text = '';
  for (const item of content.items) {
    if (!('str' in item)) continue;
    text += item.str + (item.hasEOL ? '\n' : '');
  }
  pages.push(text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trimEnd());
}
process.stdout.write(pages.join('\n') + '\n');
