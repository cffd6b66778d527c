/**
 * PDF essays read through pdf.js (its legacy build, pure JavaScript: no native binary, nothing
 * downloaded) into positioned text items, then laid out by {@link layoutPages}. An encrypted PDF, one
 * with no text layer (scanned) and a damaged one each end with one line.
 */
import type { ReadLimits, ReadOutcome } from './model';
import { layoutPages, type PdfItem, type PdfPage } from './pdfLayout';

import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { say } from '../messages';

type PdfJs = typeof PdfJsModule;
let loaded: Promise<PdfJs> | undefined;

/** Loads pdf.js once, with its worker in this thread (no worker file to find, nothing fetched). */
function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    // pdf.js warns on the console when it loads without a canvas package; a text reader needs none.
    const log = console.log;
    console.log = () => undefined;
    try {
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.log = log;
    }
  })();
  return loaded;
}

/** The part of a pdf.js text item that the layout reads. */
interface RawItem {
  readonly str?: string;
  readonly transform?: unknown;
  readonly width?: number;
  readonly height?: number;
}

/**
 * A page's text items as the layout reads them (positions from the page's lower left corner); text turned on
 * its side (margin stamps, rotated table heads) is left out. Shared with the tool that records items for tests.
 */
export function pageItems(content: { readonly items: readonly object[] }, view: readonly number[]): PdfItem[] {
  const items: PdfItem[] = [];
  for (const entry of content.items) {
    const raw = entry as RawItem;
    if (typeof raw.str !== 'string' || raw.str === '') continue;
    const [a, b, c, d, e, f] = raw.transform as number[];
    if (Math.abs(b) > Math.abs(a) * 0.1 || Math.abs(c) > Math.abs(d) * 0.1) continue;
    items.push({ str: raw.str, x: e - view[0], y: f - view[1], width: raw.width ?? 0, size: Math.abs(d) || (raw.height ?? 0) });
  }
  return items;
}

/** Progress of a PDF's reading: pages read so far of all. */
export type PdfProgress = (pagesRead: number, pages: number) => void;

/** Reads a PDF's bytes into reading text. Never throws; `isCancelled` is asked between pages. */
export async function readPdf(bytes: Uint8Array, limits: ReadLimits, progress?: PdfProgress, isCancelled?: () => boolean): Promise<ReadOutcome> {
  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfJs();
  } catch (error) {
    return { error: say('the PDF reader could not be loaded ({0})', error instanceof Error ? error.message : String(error)) };
  }
  // pdf.js takes ownership of the buffer it is given: it gets a copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0, disableAutoFetch: true, disableStream: true });
  try {
    const doc = await task.promise;
    const warnings: string[] = [];
    const count = Math.min(doc.numPages, limits.maxPages);
    if (doc.numPages > limits.maxPages) warnings.push(`only the first ${limits.maxPages} of ${doc.numPages} pages were read (the page limit)`);
    const pages: PdfPage[] = [];
    let chars = 0;
    let pagesWithText = 0;
    for (let n = 1; n <= count; n++) {
      if (isCancelled?.()) return { error: say('cancelled') };
      const page = await doc.getPage(n);
      const view = page.view;
      const items = pageItems(await page.getTextContent(), view);
      for (const item of items) chars += item.str.length;
      if (items.length > 0) pagesWithText++;
      pages.push({ number: n, width: view[2] - view[0], height: view[3] - view[1], items });
      page.cleanup();
      progress?.(n, count);
      if (chars > limits.maxTextChars) {
        warnings.push(`only the first ${n} pages were read (the text limit)`);
        break;
      }
    }
    if (chars < 20) return { error: say('this PDF has no text layer (a scan?): run OCR on it first') };
    if (pagesWithText < pages.length / 2) warnings.push(`${pages.length - pagesWithText} of ${pages.length} pages have no text layer (scanned?): run OCR on them to read them`);
    const layout = layoutPages(pages, limits.maxTextChars);
    return { kind: 'pdf', text: layout.text, map: layout.map, pages: pages.length, warnings: [...warnings, ...layout.warnings] };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') return { error: say('this PDF needs a password to be opened; open it in a PDF viewer and save a copy without one') };
    if (name === 'InvalidPDFException') return { error: say('this PDF is damaged or truncated (pdf.js found no readable PDF structure)') };
    return { error: say('this PDF is damaged or cannot be read ({0})', (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 160)) };
  } finally {
    void task.destroy();
  }
}
