/**
 * The readers: a file's bytes to the essay's reading text with its map back to the source. This
 * module pulls in pdf.js, mammoth, htmlparser2 and markdown-it; it is bundled apart (dist/formats.js)
 * and loaded only when a file of such a kind is opened. Takes bytes, gives text: no file system, no
 * Node-only module, so the same readers serve the web.
 */
import { decodeEssay } from '../input';
import { readDocx } from './docx';
import { readHtml } from './html';
import { documentKind } from './kind';
import { readMarkdown } from './markdown';
import { defaultReadLimits, type ReadLimits, type ReadOutcome } from './model';
import { readPdf, type PdfProgress } from './pdf';
import { say } from '../messages';

export type { DocumentKind, MapSegment, ReadDocument, ReadLimits, ReadOutcome, SourcePlace } from './model';
export { boxesOf, pageAt, placeAt, type PageBoxes } from './model';
export { composeAccents, layoutPages, type PdfItem, type PdfPage } from './pdfLayout';
// A bundle of its own (dist/formats.js) has its own copy of the messages: its loader hands it the reader's language.
export { useMessages } from '../messages';

/** What a read may be told: limits, progress of a long PDF, and a way to cancel it. */
export interface ReadOptions {
  readonly limits?: Partial<ReadLimits>;
  readonly progress?: PdfProgress;
  readonly isCancelled?: () => boolean;
}

/**
 * Reads a document of any supported kind, chosen by `name`'s extension and the bytes' content. Plain
 * text goes through {@link decodeEssay}; Markdown and HTML are decoded the same way first. Resolves to
 * the document or to one line saying why it cannot be read; never rejects.
 */
export async function readDocument(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadOutcome> {
  const limits: ReadLimits = { ...defaultReadLimits, ...options.limits };
  try {
    const kind = documentKind(name, bytes);
    if ('error' in kind) return kind;
    switch (kind.kind) {
      case 'pdf':
        return await readPdf(bytes, limits, options.progress, options.isCancelled);
      case 'docx':
        return await readDocx(bytes, limits);
      default: {
        const decoded = decodeEssay(bytes);
        if ('error' in decoded) return decoded;
        if (kind.kind === 'text') return { kind: 'text', text: decoded.text, map: [{ start: 0, end: decoded.text.length, place: { offset: 0 } }], warnings: decoded.warnings };
        const read = kind.kind === 'html' ? readHtml(decoded.text, limits.maxTextChars) : readMarkdown(decoded.text, limits.maxTextChars);
        return 'error' in read ? read : { ...read, warnings: [...decoded.warnings, ...read.warnings] };
      }
    }
  } catch (error) {
    return { error: say('the file could not be read ({0})', (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 160)) };
  }
}
