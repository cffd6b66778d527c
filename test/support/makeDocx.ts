// Word files made in the tests: a minimal package (content types, relationships, document.xml), and the parts a test
// adds (footnotes, numbering), zipped as Word zips them.
import JSZip from 'jszip';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx of `body` (WordprocessingML inside `<w:body>`), with `extra` parts by name. */
export async function makeDocx(body: string, extra: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  for (const [name, part] of Object.entries(extra)) zip.file(name, part);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A Word run: plain, italic (`i`), bold (`b`) or both (`bi`). */
export function docxRun(text: string, style = ''): string {
  const props = style ? `<w:rPr>${style.includes('b') ? '<w:b/>' : ''}${style.includes('i') ? '<w:i/>' : ''}</w:rPr>` : '';
  return `<w:r>${props}<w:t xml:space="preserve">${text}</w:t></w:r>`;
}

/** A Word paragraph of runs. */
export function docxParagraph(...runs: string[]): string {
  return `<w:p>${runs.join('')}</w:p>`;
}

/** The relationship and part of a numbering definition (`numbering.xml`'s content inside `<w:numbering>`), as `extra` parts. */
export function docxNumbering(numbering: string): Record<string, string> {
  return {
    'word/_rels/document.xml.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
    'word/numbering.xml': `<?xml version="1.0"?><w:numbering ${W}>${numbering}</w:numbering>`,
  };
}
