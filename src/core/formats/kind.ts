/**
 * Which reader a file needs, from its name and its first bytes. Light: loaded at activation, while
 * the readers themselves load only when a file of their kind is opened.
 */
import type { DocumentKind } from './model';
import { say } from '../messages';

/** File extensions (lower case, with the dot) read as each kind; anything else is plain text. */
export const documentExtensions: Readonly<Record<Exclude<DocumentKind, 'text'>, readonly string[]>> = {
  pdf: ['.pdf'],
  docx: ['.docx'],
  html: ['.html', '.htm', '.xhtml'],
  markdown: ['.md', '.markdown', '.mdown', '.mkd', '.rmd', '.qmd'],
};

function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, magic: string, within = 0): boolean {
  const limit = Math.min(bytes.length - magic.length, within);
  for (let at = 0; at <= limit; at++) {
    let k = 0;
    while (k < magic.length && bytes[at + k] === magic.charCodeAt(k)) k++;
    if (k === magic.length) return true;
  }
  return false;
}

/**
 * The kind of a file, or one line saying why its name and content disagree (a text file named
 * `.pdf`). The content decides when it is unmistakable: a PDF header anywhere in the first KiB is a
 * PDF whatever the name; a zip named `.docx` is a Word file to try. Never throws.
 */
export function documentKind(name: string, bytes: Uint8Array): { kind: DocumentKind } | { error: string } {
  const ext = extensionOf(name);
  const isPdf = startsWith(bytes, '%PDF-', 1024);
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isPdf) return { kind: 'pdf' };
  if (documentExtensions.pdf.includes(ext)) {
    return { error: bytes.length === 0 ? say('the file is empty') : isZip ? say('named .pdf but it is a zip archive, not a PDF') : say('named .pdf but it is not a PDF (it has no PDF header)') };
  }
  if (documentExtensions.docx.includes(ext)) {
    if (isZip) return { kind: 'docx' };
    return { error: bytes.length === 0 ? say('the file is empty') : say('named .docx but it is not a Word document (not a zip archive)') };
  }
  if (isZip) return { error: say('a zip archive, not an essay (a Word file must be named .docx)') };
  if (documentExtensions.html.includes(ext)) return { kind: 'html' };
  if (documentExtensions.markdown.includes(ext)) return { kind: 'markdown' };
  return { kind: 'text' };
}

/** Whether a file of this name is read by a reader other than the plain-text one (a binary format or markup). */
export function isDocumentFile(name: string): boolean {
  const ext = extensionOf(name);
  return Object.values(documentExtensions).some((list) => list.includes(ext));
}
