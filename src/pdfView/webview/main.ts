// The PDF view's script (bundled with pdf.js into dist/pdfView.js): renders one page of the PDF the extension sends,
// highlights the boxes it names and scrolls them into view. pdf.js runs its worker in this thread (nothing is
// fetched: the CSP allows no network and no eval), and the view can go to the pages before and after.
import * as pdfjs from 'pdfjs-dist/build/pdf.mjs';
import * as worker from 'pdfjs-dist/build/pdf.worker.mjs';
import type { PdfBox, ShowPage, ViewMessage } from './protocol';

interface VsCodeApi {
  postMessage(message: ViewMessage): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
const vscode = acquireVsCodeApi();
const view = document.getElementById('page') as HTMLDivElement;
const label = document.getElementById('label') as HTMLSpanElement;
const previous = document.getElementById('previous') as HTMLButtonElement;
const next = document.getElementById('next') as HTMLButtonElement;

/** The view's words, in the reader's language (the extension writes them into the page). */
const words = { pageOf: document.body.dataset.pageOf ?? 'Page {0} of {1}', cannot: document.body.dataset.cannot ?? 'This PDF cannot be shown: {0}' };
const fill = (template: string, ...args: (string | number)[]): string => template.replace(/\{(\d+)\}/g, (m, k: string) => String(args[Number(k)] ?? m));

let doc: pdfjs.PDFDocumentProxy | undefined;
let current = 0;
let rendering: Promise<void> = Promise.resolve();

async function render(pageNumber: number, boxes: readonly PdfBox[]): Promise<number> {
  if (!doc) throw new Error('no PDF is open');
  const number = Math.min(Math.max(1, pageNumber), doc.numPages);
  const page = await doc.getPage(number);
  const base = page.getViewport({ scale: 1 });
  const scale = Math.max(0.5, Math.min(3, (document.body.clientWidth - 32) / base.width));
  const viewport = page.getViewport({ scale });
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = `${Math.floor(viewport.width)}px`;
  canvas.style.height = `${Math.floor(viewport.height)}px`;
  canvas.setAttribute('aria-label', fill(words.pageOf, number, doc.numPages));
  canvas.setAttribute('role', 'img');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('the view has no canvas to draw on');
  await page.render({ canvasContext: context, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;
  const sheet = document.createElement('div');
  sheet.className = 'sheet';
  sheet.style.width = canvas.style.width;
  sheet.style.height = canvas.style.height;
  sheet.append(canvas);
  // The boxes are relative to the page's view origin; the viewport works in the page's own space.
  const [ox, oy] = page.view;
  const marks: HTMLDivElement[] = [];
  for (const [x, y, width, size] of boxes) {
    // A box runs from a little under the baseline (descenders) to the top of the type.
    const [x1, y1, x2, y2] = viewport.convertToViewportRectangle([ox + x, oy + y - size * 0.25, ox + x + width, oy + y + size * 0.95]);
    const mark = document.createElement('div');
    mark.className = 'mark';
    mark.style.left = `${Math.min(x1, x2)}px`;
    mark.style.top = `${Math.min(y1, y2)}px`;
    mark.style.width = `${Math.abs(x2 - x1)}px`;
    mark.style.height = `${Math.abs(y2 - y1)}px`;
    sheet.append(mark);
    marks.push(mark);
  }
  view.replaceChildren(sheet);
  current = number;
  label.textContent = fill(words.pageOf, number, doc.numPages);
  previous.disabled = number <= 1;
  next.disabled = number >= doc.numPages;
  (marks[0] ?? sheet).scrollIntoView({ block: marks.length > 0 ? 'center' : 'start' });
  page.cleanup();
  return marks.length;
}

async function show(message: ShowPage): Promise<void> {
  if (message.data) {
    await doc?.destroy();
    doc = await pdfjs.getDocument({ data: message.data, isEvalSupported: false, useSystemFonts: true, disableAutoFetch: true, disableStream: true, verbosity: 0 }).promise;
  }
  const highlights = await render(message.page, message.boxes);
  vscode.postMessage({ type: 'shown', page: current, pages: doc?.numPages ?? 0, highlights });
}

function queue(task: () => Promise<void>): void {
  rendering = rendering.then(task).catch((error: unknown) => {
    const text = error instanceof Error ? error.message : String(error);
    label.textContent = fill(words.cannot, text);
    vscode.postMessage({ type: 'failed', message: text });
  });
}

window.addEventListener('message', (event: MessageEvent<ShowPage>) => {
  if (event.data?.type === 'show') queue(() => show(event.data));
});
previous.addEventListener('click', () => queue(() => render(current - 1, []).then(() => undefined)));
next.addEventListener('click', () => queue(() => render(current + 1, []).then(() => undefined)));
vscode.postMessage({ type: 'ready' });
