// The reading view's row of `npm run bench`: how fast a 1 MB essay reaches the page. The extension host's part
// (src/readingView/readingHtml.ts: blocks, then HTML in chunks, as the panel sends them) is timed in Node; the
// page's part (media/readingView.js inserting those chunks) in headless Chromium when one is installed, with the
// page's own script and stylesheet and the messages the panel posts, in the order it posts them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyze } from '../src/core/analyze';
import { indexAnalysis } from '../src/core/lookup';
import { htmlChunks, readingBlocks, readingContext, type SourceStructure } from '../src/readingView/readingHtml';
import { synthEssay } from '../test/support/synth';

/** The 1 MB essay of the UI test (test/ui/readingView.test.ts): 6,900 paragraphs of three citation marks each. */
export function denseEssay(): string {
  const body = Array.from(
    { length: 6900 },
    (_, i) => `Paragraph ${i + 1}. Balancing without force is old practice (Paul, 2005), and it is read in many ways (Pape, 2004; Paul, 2005) by those who study it.`,
  );
  return ['A Very Long Essay', '', ...body.flatMap((p) => [p, '']), 'References', '', 'Pape, R. A. (2004). Soft Balancing against the United States. International Security.', '', 'Paul, T. V. (2005). Soft Balancing in the Age of U.S. Primacy. International Security.', ''].join('\n');
}

/** What the host does for one render, timed. */
export interface HostFigures {
  readonly label: string;
  readonly chars: number;
  readonly citations: number;
  /** Blocks and context built, first chunk ready: what stands between "render" and the first message, ms (median). */
  readonly firstChunkMs: number;
  /** Every chunk built, ms (median). */
  readonly totalMs: number;
  readonly htmlChars: number;
  readonly chunks: number;
  /** The chunks of the last run, for the page. */
  readonly html: string[];
}

/** A full collection before each run, so that one run's garbage is not collected in the next one's time. */
function collect(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Times the host's HTML build for `text` (analysed once beforehand), `runs` times. */
export function measureHost(label: string, text: string, runs = 9, document?: SourceStructure): HostFigures {
  const analysis = analyze(text);
  const index = indexAnalysis(analysis);
  const firsts: number[] = [];
  const totals: number[] = [];
  let html: string[] = [];
  for (let r = 0; r < runs; r++) {
    collect();
    const t0 = performance.now();
    const context = readingContext(index, document);
    const chunks: string[] = [];
    for (const chunk of htmlChunks(context, readingBlocks(analysis))) {
      if (chunks.length === 0) firsts.push(performance.now() - t0);
      chunks.push(chunk);
    }
    totals.push(performance.now() - t0);
    html = chunks;
  }
  return {
    label,
    chars: text.length,
    citations: analysis.citations.length,
    firstChunkMs: median(firsts),
    totalMs: median(totals),
    htmlChars: html.reduce((n, c) => n + c.length, 0),
    chunks: html.length,
    html,
  };
}

/** What the page does with the chunks, timed in the page. */
export interface PageFigures {
  /** From the reset to the first block in the page and painted (a frame after it), ms. */
  readonly firstScreenMs: number;
  /** From the reset to the page saying it rendered everything (`body[data-rendered]`), ms. */
  readonly renderedMs: number;
  readonly blocks: number;
}

/** Posts the panel's messages to the page, then waits, frame by frame, for the first block and for the end. */
const PAGE_TIMING = `(async () => {
  const content = document.getElementById('content');
  const t0 = performance.now();
  postMessage({ type: 'style', fontFamily: 'serif', fontSize: 16, lineHeight: 1.6, measure: 70 }, '*');
  postMessage({ type: 'reset', generation: 1, essayUri: 'citeread:/bench', title: 'Bench' }, '*');
  for (const html of globalThis.benchChunks) postMessage({ type: 'chunk', generation: 1, html }, '*');
  postMessage({ type: 'done', generation: 1 }, '*');
  let first = -1;
  await new Promise((resolve) => {
    const frame = () => {
      if (first < 0 && content.childElementCount > 0) first = performance.now() - t0;
      if (document.body.hasAttribute('data-rendered')) resolve();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  return { firstScreenMs: first, renderedMs: performance.now() - t0, blocks: content.childElementCount };
})()`;

/** Renders `chunks` in headless Chromium with the reading view's own script and stylesheet; undefined without a browser. */
export async function measurePage(root: string, chunks: readonly string[]): Promise<PageFigures | string> {
  const executablePath = process.env.CITEREAD_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return `no Chromium at ${executablePath} (set CITEREAD_CHROMIUM)`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1000, height: 900 } })).newPage();
    const css = readFileSync(join(root, 'media', 'readingView.css'), 'utf8');
    const script = readFileSync(join(root, 'media', 'readingView.js'), 'utf8');
    await page.setContent(
      `<!DOCTYPE html><html><head><style>${css}</style></head><body><main id="content" aria-busy="true"></main><div id="card" hidden></div><div id="status"></div><script>acquireVsCodeApi = () => ({ postMessage() {}, getState() {}, setState() {} });</script><script>${script}</script></body></html>`,
    );
    // Handed over first, then timed by a script given as text: a function passed from here would carry the
    // bundler's helpers, which the page does not have.
    await page.evaluate((html) => Object.assign(globalThis, { benchChunks: html }), chunks);
    return (await page.evaluate(PAGE_TIMING)) as PageFigures;
  } finally {
    await browser.close();
  }
}

/** The reading view's rows of the report. */
export async function readingViewReport(root: string, log: (s?: string) => void): Promise<void> {
  const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0)) + ' ms';
  log('reading view: src/readingView/readingHtml.ts in Node (median of 9, collected before each), media/readingView.js in headless Chromium (the panel\'s messages, posted at once)');
  log('essay                     size  citations  first chunk  all HTML built   HTML     chunks  page: first screen  page: all rendered');
  const essays = [
    { label: 'UI test 1 MB (dense)', text: denseEssay() },
    { label: 'synthetic 1 MB', text: synthEssay({ size: 1024 * 1024, seed: 1 }).text },
  ];
  const rows: { host: HostFigures; page: PageFigures | string }[] = [];
  for (const essay of essays) {
    const host = measureHost(essay.label, essay.text);
    const page = await measurePage(root, host.html);
    rows.push({ host, page });
    log(
      [
        host.label.padEnd(22),
        `${(host.chars / 1024 / 1024).toFixed(1)} MB`.padStart(7),
        String(host.citations).padStart(10),
        fmt(host.firstChunkMs).padStart(12),
        fmt(host.totalMs).padStart(15),
        `${(host.htmlChars / 1024 / 1024).toFixed(1)} MB`.padStart(8),
        String(host.chunks).padStart(7),
        (typeof page === 'string' ? '–' : fmt(page.firstScreenMs)).padStart(19),
        (typeof page === 'string' ? page : fmt(page.renderedMs)).padStart(19),
      ].join(' '),
    );
  }
  const worstFirst = Math.max(...rows.map((r) => r.host.firstChunkMs));
  log(`  ${worstFirst < 100 ? 'PASS' : 'FAIL'}  first chunk of a 1 MB essay ready in ${fmt(worstFirst)} on the host (target < 100 ms)`);
  const pages = rows.map((r) => r.page).filter((p): p is PageFigures => typeof p !== 'string');
  if (pages.length > 0) {
    const worstScreen = Math.max(...pages.map((p) => p.firstScreenMs));
    const worstAll = Math.max(...pages.map((p) => p.renderedMs));
    log(`  ${worstScreen < 500 ? 'PASS' : 'FAIL'}  first screen of a 1 MB essay in the page in ${fmt(worstScreen)} (target < 500 ms)`);
    log(`  ${worstAll < 3000 ? 'PASS' : 'FAIL'}  a 1 MB essay wholly rendered in the page in ${fmt(worstAll)} (target < 3 s)`);
  }
}
