// The performance report of the engine: `npm run bench` (scripts/bench.mjs bundles this file with
// esbuild, as the extension is bundled, and runs it with plain Node).
//
// Each essay size is measured in its own child process (`--expose-gc`), so the memory figures of
// one size do not leak into the next. The parent prints one report with PASS/FAIL per target.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/core/analyze';
import { indexAnalysis } from '../src/core/lookup';
import { buildLibrary } from '../src/core/library/build';
import { LibraryCache } from '../src/core/library/cache';
import { defaultThreads, indexEssays } from '../src/library';
import { synthLibrary } from '../test/support/librarySynth';
import { seededRandom, synthEssay } from '../test/support/synth';
import { trainedLabeler } from '../src/core/references/entry/labeler';
import { parseDataset } from '../tools/train/data';
import { cacheEntryName, decodeCachedDocument, encodeCachedDocument } from '../src/core/documentCache';
import type * as Readers from '../src/core/formats';
import { readingViewReport } from './readingView';

const ROOT = process.env.CITEREAD_ROOT ?? process.cwd();
const MB = 1024 * 1024;

/** What one child process measures for one essay. */
interface Measurement {
  readonly label: string;
  readonly bytes: number;
  readonly chars: number;
  readonly runs: number;
  readonly citations: number;
  readonly references: number;
  /** Median analysis time, ms. */
  readonly analyzeMs: number;
  readonly analyzeMinMs: number;
  /** The first analysis of the essay in the process, ms: every entry parsed for the first time (later ones reuse the entries read before). */
  readonly firstMs: number;
  /** Median time of one plain regex pass (matchAll over parentheses) on the same text, ms. */
  readonly regexMs: number;
  readonly regexMatches: number;
  /** Peak resident memory above the baseline while analysing (process maxRSS), bytes. */
  readonly peakRssDelta: number;
  /** Heap in use right after the first analysis, before collection, above the baseline, bytes. */
  readonly heapAfterDelta: number;
  /** Heap still held by the analysis result after a full collection, bytes. */
  readonly retainedHeap: number;
  /** Time to build the lookup index, ms. */
  readonly indexMs: number;
  /** Mean time of one `workAt` lookup over 10,000 random positions, µs. */
  readonly lookupUs: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}

/** Child mode: measure one essay file. */
function measure(label: string, file: string, runs: number): Measurement {
  const text = readFileSync(file, 'utf8');
  // Warm up on the bundled essay as a running extension would be: compiled code and V8's young
  // generation then belong to the baseline, not to this essay's memory.
  const warmUp = readFileSync(join(ROOT, 'corpus', 'soft-balancing.txt'), 'utf8');
  for (let i = 0; i < 100; i++) analyze(warmUp);
  gc();
  const rssBase = process.memoryUsage().rss;
  const heapBase = process.memoryUsage().heapUsed;

  const first = firstRun(text, heapBase, rssBase);
  const times = [first.ms];
  let t0: number;
  for (let i = 1; i < runs; i++) {
    gc();
    t0 = performance.now();
    analyze(text);
    times.push(performance.now() - t0);
  }

  // The baseline: a single regex pass over the same text, as cheap as text scanning gets.
  const regexTimes: number[] = [];
  let regexMatches = 0;
  for (let i = 0; i < Math.max(runs, 5); i++) {
    t0 = performance.now();
    regexMatches = 0;
    for (const m of text.matchAll(/\(([^()]{1,200})\)/g)) if (m.index >= 0) regexMatches++;
    regexTimes.push(performance.now() - t0);
  }
  const bytes = Buffer.byteLength(text);
  const chars = text.length;
  return {
    label,
    bytes,
    chars,
    runs,
    citations: first.citations,
    references: first.references,
    analyzeMs: median(times),
    analyzeMinMs: Math.min(...times),
    firstMs: first.ms,
    regexMs: median(regexTimes),
    regexMatches,
    peakRssDelta: first.peakRssDelta,
    heapAfterDelta: first.heapAfterDelta,
    retainedHeap: first.retainedHeap,
    indexMs: first.indexMs,
    lookupUs: first.lookupUs,
  };
}

interface FirstRun {
  readonly ms: number;
  readonly heapAfterDelta: number;
  readonly peakRssDelta: number;
  readonly retainedHeap: number;
  readonly indexMs: number;
  readonly lookupUs: number;
  readonly found: number;
  readonly citations: number;
  readonly references: number;
}

/**
 * The first analysis of a fresh process: its memory (maxRSS is the process's peak, in KiB), then
 * hover lookups on it. A function of its own, so that its result is garbage once it returns.
 */
function firstRun(text: string, heapBase: number, rssBase: number): FirstRun {
  let t0 = performance.now();
  const analysis = analyze(text);
  const ms = performance.now() - t0;
  const heapAfterDelta = process.memoryUsage().heapUsed - heapBase;
  const peakRssDelta = Math.max(0, process.resourceUsage().maxRSS * 1024 - rssBase);
  gc();
  const retainedHeap = process.memoryUsage().heapUsed - heapBase;

  t0 = performance.now();
  const index = indexAnalysis(analysis);
  const indexMs = performance.now() - t0;
  const rnd = seededRandom(99);
  const positions = Array.from({ length: 10_000 }, () => Math.floor(rnd() * text.length));
  let found = 0;
  t0 = performance.now();
  for (const p of positions) if (index.workAt(p)) found++;
  const lookupUs = ((performance.now() - t0) * 1000) / positions.length;
  return { ms, heapAfterDelta, peakRssDelta, retainedHeap, indexMs, lookupUs, found, citations: analysis.citations.length, references: analysis.references.length };
}

// ---------------------------------------------------------------------------------------------
// Parent mode

const fmtMs = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0)) + ' ms';
const fmtMB = (b: number): string => (b / MB).toFixed(1) + ' MB';
const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');

function runChild(self: string, label: string, file: string, runs: number): Measurement {
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', self, 'measure', label, file, String(runs)], {
    encoding: 'utf8',
    maxBuffer: 16 * MB,
    env: { ...process.env, CITEREAD_ROOT: ROOT },
  });
  if (r.status !== 0) throw new Error(`measuring ${label} failed (exit ${r.status}):\n${r.stderr}`);
  const line = r.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as Measurement;
}

/** The figures the real VS Code suite measured last (test/integration/reading.test.ts writes them). */
const VSCODE_MEASURES = join('test-results', 'reading-measures.json');

function activationLine(): string {
  const file = join(ROOT, VSCODE_MEASURES);
  if (!existsSync(file)) return `run npm test to measure (${VSCODE_MEASURES} not found)`;
  try {
    const measures = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const when = statSync(file).mtime.toISOString().slice(0, 16).replace('T', ' ');
    const shown = Object.entries(measures).map(([k, v]) => `${k} ${typeof v === 'number' ? (/Bytes$/.test(k) ? v : v.toFixed(1) + ' ms') : JSON.stringify(v)}`);
    return `${shown.join(', ')} (${VSCODE_MEASURES}, ${when})`;
  } catch (e) {
    return `${VSCODE_MEASURES} unreadable: ${(e as Error).message}`;
  }
}

function bundleSizes(): string[] {
  const dist = join(ROOT, 'dist');
  if (!existsSync(dist)) return ['  (no dist/: run npm run build)'];
  return readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => `  dist/${f.padEnd(22)} ${(statSync(join(dist, f)).size / 1024).toFixed(1).padStart(8)} KiB`);
}

// ---------------------------------------------------------------------------------------------
// The library: a folder of essays indexed in worker threads, cold and from the cache

/** What two child processes measure for the first `count` essays of the folder: one indexes them cold, the other reopens them from the cache. */
interface LibraryMeasurement {
  readonly count: number;
  readonly threads: number;
  readonly bytes: number;
  /** Cold: every essay read, analysed in the pool and summarised, then the works merged; ms. */
  readonly coldMs: number;
  readonly buildMs: number;
  /** CPU time of the whole process (main thread and workers) while indexing cold, ms: what the figures cost on a quiet machine. */
  readonly coldCpuMs: number;
  readonly works: number;
  readonly sharedWorks: number;
  readonly references: number;
  readonly failures: number;
  /** The cold process's peak resident memory (main thread and workers) once the library is merged, bytes. */
  readonly coldPeakRss: number;
  /** From the cache as the extension reopens a folder, in a fresh process: the stored JSON parsed, every file read and hashed, the stored works taken; ms. */
  readonly cachedMs: number;
  readonly cachedFromCache: number;
  readonly cacheBytes: number;
  /** That process's peak resident memory, bytes. */
  readonly cachedPeakRss: number;
}

type ColdFigures = Pick<LibraryMeasurement, 'count' | 'threads' | 'bytes' | 'coldMs' | 'buildMs' | 'coldCpuMs' | 'works' | 'sharedWorks' | 'references' | 'failures' | 'coldPeakRss' | 'cacheBytes'>;
type CachedFigures = Pick<LibraryMeasurement, 'cachedMs' | 'cachedFromCache' | 'cachedPeakRss'>;

function libraryFiles(folder: string, count: number): { file: string; read(): Promise<Uint8Array> }[] {
  return readdirSync(folder)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .slice(0, count)
    .map((file) => ({ file, read: () => readFile(join(folder, file)) }));
}

function indexWorkerFile(): string {
  const workerFile = join(ROOT, 'dist', 'indexWorker.js');
  if (!existsSync(workerFile)) throw new Error('dist/indexWorker.js is missing: npm run build');
  return workerFile;
}

/** Child mode: index the first `count` essays cold, merge them, then store the cache in `cacheFile`. */
async function measureLibraryCold(folder: string, count: number, cacheFile: string): Promise<ColdFigures> {
  const files = libraryFiles(folder, count);
  const bytes = files.reduce((n, f) => n + statSync(join(folder, f.file)).size, 0);
  const threads = defaultThreads();
  const cache = new LibraryCache('bench');
  const cpuStart = process.cpuUsage();
  const coldStart = performance.now();
  const cold = await indexEssays(files, { cache, threads, workerFile: indexWorkerFile() });
  const t1 = performance.now();
  const library = buildLibrary(cold.summaries, [], { cache });
  const coldEnd = performance.now();
  const cpu = process.cpuUsage(cpuStart);
  const coldPeakRss = process.resourceUsage().maxRSS * 1024;
  const stored = cache.toText();
  writeFileSync(cacheFile, stored);
  return {
    count,
    threads,
    bytes,
    coldMs: coldEnd - coldStart,
    buildMs: coldEnd - t1,
    coldCpuMs: (cpu.user + cpu.system) / 1000,
    works: library.works.length,
    sharedWorks: library.works.filter((w) => w.essays.length > 1).length,
    references: cold.summaries.reduce((n, s) => n + s.references.length, 0),
    failures: cold.failures.length,
    coldPeakRss,
    cacheBytes: Buffer.byteLength(stored),
  };
}

/** Child mode: reopen the library of the first `count` essays from `cacheFile`, as the extension does on a folder it has seen. */
async function measureLibraryCached(folder: string, count: number, cacheFile: string): Promise<CachedFigures> {
  const files = libraryFiles(folder, count);
  const t0 = performance.now();
  const reopened = LibraryCache.fromJSON(readFileSync(cacheFile, 'utf8'), 'bench');
  const warm = await indexEssays(files, { cache: reopened, workerFile: indexWorkerFile() });
  const shown = buildLibrary(warm.summaries, [], { cache: reopened });
  const cachedMs = performance.now() - t0;
  if (shown.works.length === 0) throw new Error('the library from the cache is empty');
  return { cachedMs, cachedFromCache: warm.fromCache, cachedPeakRss: process.resourceUsage().maxRSS * 1024 };
}

function runLibraryChild<T>(self: string, args: string[]): T {
  const r = spawnSync(process.execPath, [self, ...args], { encoding: 'utf8', maxBuffer: 16 * MB, env: { ...process.env, CITEREAD_ROOT: ROOT } });
  if (r.status !== 0) throw new Error(`measuring the library (${args.join(' ')}) failed (exit ${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as T;
}

/** The library rows: 100 and 1,000 synthetic essays drawing on one pool of works. */
function libraryReport(self: string, dir: string, log: (s?: string) => void): void {
  const folder = join(dir, 'library');
  mkdirSync(folder, { recursive: true });
  const essays = synthLibrary({ essays: 1000 });
  for (const e of essays) writeFileSync(join(folder, e.name), e.text);
  const meanKb = essays.reduce((n, e) => n + e.text.length, 0) / essays.length / 1024;
  log(`library: test/support/librarySynth.ts, 1,000 essays of ${meanKb.toFixed(0)} KB on average (15–45 references each) drawing on one pool of 3,000 works; src/library indexEssays with dist/indexWorker.js`);
  log('essays   size      threads  cold (read, analyse, merge)  essays/s  CPU/essay  merge    works (shared)  peak RSS   cached (reopen)  cache file  peak RSS');
  const rows = [100, 1000].map((count): LibraryMeasurement => {
    const cacheFile = join(dir, `library-cache-${count}.json`);
    const cold = runLibraryChild<ColdFigures>(self, ['measure-library-cold', folder, String(count), cacheFile]);
    return { ...cold, ...runLibraryChild<CachedFigures>(self, ['measure-library-cached', folder, String(count), cacheFile]) };
  });
  for (const m of rows) {
    log(
      [
        String(m.count).padEnd(8),
        fmtMB(m.bytes).padStart(8),
        String(m.threads).padStart(9),
        fmtMs(m.coldMs).padStart(28),
        (m.count / (m.coldMs / 1000)).toFixed(0).padStart(9),
        fmtMs(m.coldCpuMs / m.count).padStart(10),
        fmtMs(m.buildMs).padStart(8),
        `${m.works} (${m.sharedWorks})`.padStart(15),
        fmtMB(m.coldPeakRss).padStart(9),
        fmtMs(m.cachedMs).padStart(17),
        fmtMB(m.cacheBytes).padStart(11),
        fmtMB(m.cachedPeakRss).padStart(9),
      ].join(' '),
    );
  }
  const [small, large] = rows;
  const growth = large.coldMs / small.coldMs;
  log('targets (library)');
  log(`  ${verdict(growth <= 12.5)}  linear growth: 1,000 essays took ${growth.toFixed(1)}x the time of 100 (target ≤ 12.5x for 10x the essays)`);
  log(`  ${verdict(large.count / (large.coldMs / 1000) >= 100)}  cold: ${(large.count / (large.coldMs / 1000)).toFixed(0)} essays/s on ${large.threads} threads (target ≥ 100)`);
  log(`  info  CPU: ${fmtMs(large.coldCpuMs / large.count)} per essay cold (all threads), i.e. at most ${((large.threads * 1000 * large.count) / large.coldCpuMs).toFixed(0)} essays/s on ${large.threads} idle cores`);
  log(`  ${verdict(large.cachedMs < 1000)}  from the cache: ${fmtMs(large.cachedMs)} for 1,000 essays, ${large.cachedFromCache} from the cache (target < 1 s)`);
  log(`  ${verdict(Math.max(large.coldPeakRss, large.cachedPeakRss) < 200 * MB)}  peak memory for 1,000 essays: ${fmtMB(large.coldPeakRss)} indexing cold, ${fmtMB(large.cachedPeakRss)} reopened from the cache (process peak RSS, workers included; target < 200 MB)`);
}

// ---------------------------------------------------------------------------------------------
// Documents: real PDFs, a Word file and a web page read as the extension reads them (dist/formats.js, loaded on the
// first document), analysed, kept in the cache, then reopened from the cache in a fresh process

/** The real documents measured (test/fixtures/documents, see SOURCE.md there); the first is the 30-page paper of the targets. */
const DOCUMENTS = ['bath-bst-v1.pdf', 'apa7-longsample.pdf', 'oup-template.pdf', 'cascadilla-example.pdf', 'papaja-example.docx', 'rjtools-paper-with-errors.html'];

/** What two fresh processes measure for one document: one opens it cold (nothing loaded, no cache), the other reopens it from the cache. */
interface DocumentMeasurement {
  readonly file: string;
  readonly bytes: number;
  readonly pages: number;
  readonly chars: number;
  readonly citations: number;
  readonly references: number;
  /** Loading the readers' bundle (dist/formats.js), ms. */
  readonly loadMs: number;
  /** Cold: from the file's bytes to its analysis, the readers' bundle and pdf.js loaded on the way and the cache entry written, as a first open does; ms. */
  readonly openMs: number;
  /** Of the cold open: reading the document (pdf.js's text of every page, then the layout), ms. */
  readonly readMs: number;
  readonly analyzeMs: number;
  /** CPU time of the cold open (this process, all threads), ms: what it costs on an idle core, whatever else the machine runs. */
  readonly openCpuMs: number;
  /** The same document read again in that process (pdf.js loaded and warm): pdf.js's text of every page, then the layout alone; ms. */
  readonly warmExtractMs: number;
  readonly warmLayoutMs: number;
  /** The cold process's peak resident memory, bytes. */
  readonly openPeakRss: number;
  readonly cacheBytes: number;
  /** From the cache, in a running extension (the engine has analysed the bundled essay before): the file read and hashed, the entry read and decoded (ms), then analysed (reopenMs in all). */
  readonly fromCacheMs: number;
  readonly reopenMs: number;
  readonly reopenPeakRss: number;
  /** CPU time of the reopen in a running extension, ms. */
  readonly reopenCpuMs: number;
  /** The same as the first thing a fresh process does (a window just reloaded: the engine's code not yet compiled), ms. */
  readonly reopenFirstMs: number;
}

type OpenFigures = Omit<DocumentMeasurement, 'fromCacheMs' | 'reopenMs' | 'reopenPeakRss' | 'reopenFirstMs' | 'reopenCpuMs'>;
type ReopenFigures = Pick<DocumentMeasurement, 'fromCacheMs' | 'reopenMs' | 'reopenPeakRss' | 'reopenCpuMs'>;

const readerVersion = (): string => (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const maxPages = 1000;

/** Reads `bytes` with the readers; the time of the last page pdf.js gave splits a PDF's reading into its text and its layout. */
async function readTimed(readers: typeof Readers, name: string, bytes: Uint8Array): Promise<{ read: Readers.ReadDocument; ms: number; extractMs: number }> {
  const t0 = performance.now();
  let lastPage = t0;
  const read = await readers.readDocument(name, bytes, { limits: { maxPages }, progress: () => (lastPage = performance.now()) });
  const ms = performance.now() - t0;
  if ('error' in read) throw new Error(`${name}: ${read.error}`);
  return { read, ms, extractMs: lastPage > t0 ? lastPage - t0 : ms };
}

/** Child mode: open one document cold as the extension does on its first PDF, then store its cache entry in `cacheFile`. */
async function measureDocumentOpen(file: string, cacheFile: string): Promise<OpenFigures> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const bytes = new Uint8Array(await readFile(join(ROOT, 'test', 'fixtures', 'documents', file)));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, as the extension loads it
  const readers = require(join(ROOT, 'dist', 'formats.js')) as typeof Readers;
  const loadMs = performance.now() - t0;
  const key = await cacheEntryName(bytes, readerVersion(), maxPages);
  const first = await readTimed(readers, file, bytes);
  const stored = encodeCachedDocument(first.read);
  writeFileSync(cacheFile, stored);
  const t1 = performance.now();
  const analysis = analyze(first.read.text);
  const analyzeMs = performance.now() - t1;
  const openMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const openPeakRss = process.resourceUsage().maxRSS * 1024;
  if (!key) throw new Error('no cache key');
  const warm = await readTimed(readers, file, bytes);
  return {
    file,
    bytes: bytes.length,
    pages: first.read.pages ?? 0,
    chars: first.read.text.length,
    citations: analysis.citations.length,
    references: analysis.references.length,
    loadMs,
    openMs,
    readMs: first.ms,
    analyzeMs,
    openCpuMs: (cpu.user + cpu.system) / 1000,
    warmExtractMs: warm.extractMs,
    warmLayoutMs: warm.ms - warm.extractMs,
    openPeakRss,
    cacheBytes: Buffer.byteLength(stored),
  };
}

/**
 * Child mode: reopen one document from its cache entry, as the extension does with a PDF it has read before: in a
 * running extension (`warm`: the engine has analysed the bundled essay, as the main rows warm up) or as the first
 * thing of a fresh process.
 */
async function measureDocumentReopen(file: string, cacheFile: string, warm: boolean): Promise<ReopenFigures> {
  if (warm) analyze(readFileSync(join(ROOT, 'corpus', 'soft-balancing.txt'), 'utf8'));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const bytes = new Uint8Array(await readFile(join(ROOT, 'test', 'fixtures', 'documents', file)));
  await cacheEntryName(bytes, readerVersion(), maxPages);
  const read = decodeCachedDocument(new TextDecoder().decode(await readFile(cacheFile)));
  if (!read) throw new Error(`${file}: the cache entry did not decode`);
  const fromCacheMs = performance.now() - t0;
  const analysis = analyze(read.text);
  const reopenMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  if (analysis.text.length !== read.text.length) throw new Error('the analysis is not of the text read');
  return { fromCacheMs, reopenMs, reopenCpuMs: (cpu.user + cpu.system) / 1000, reopenPeakRss: process.resourceUsage().maxRSS * 1024 };
}

/** The documents rows: each document opened cold, then reopened from the cache, each in a fresh process. */
function documentsReport(self: string, dir: string, log: (s?: string) => void): void {
  if (!existsSync(join(ROOT, 'dist', 'formats.js'))) {
    log('documents: dist/formats.js is missing (npm run build)');
    return;
  }
  log('documents: test/fixtures/documents (SOURCE.md), read with dist/formats.js as the extension reads them; each open and each reopen in a fresh process');
  log('document                          pages  chars   cit/refs  open (load, read, analyse)         extract pp/s  layout pp/s  peak RSS   from cache  reopen (fresh process)  peak RSS');
  const rows = DOCUMENTS.map((file): DocumentMeasurement => {
    const cacheFile = join(dir, `${file}.json`);
    const open = runLibraryChild<OpenFigures>(self, ['measure-document-open', file, cacheFile]);
    const first = runLibraryChild<ReopenFigures>(self, ['measure-document-reopen', file, cacheFile, 'cold']);
    return { ...open, ...runLibraryChild<ReopenFigures>(self, ['measure-document-reopen', file, cacheFile, 'warm']), reopenFirstMs: first.reopenMs };
  });
  const perSecond = (pages: number, ms: number): string => (pages > 0 && ms > 0 ? ((pages * 1000) / ms).toFixed(0) : '—');
  for (const m of rows) {
    log(
      [
        m.file.padEnd(32),
        String(m.pages || '—').padStart(6),
        String(m.chars).padStart(7),
        `${m.citations}/${m.references}`.padStart(10),
        `${fmtMs(m.openMs)} (${fmtMs(m.loadMs)}, ${fmtMs(m.readMs)}, ${fmtMs(m.analyzeMs)})`.padStart(34),
        perSecond(m.pages, m.warmExtractMs).padStart(13),
        perSecond(m.pages, m.warmLayoutMs).padStart(12),
        fmtMB(m.openPeakRss).padStart(9),
        fmtMs(m.fromCacheMs).padStart(12),
        `${fmtMs(m.reopenMs)} (${fmtMs(m.reopenFirstMs)})`.padStart(23),
        fmtMB(m.reopenPeakRss).padStart(9),
      ].join(' '),
    );
  }
  const paper = rows[0];
  const pdfs = rows.filter((m) => m.pages > 0);
  const pages = pdfs.reduce((n, m) => n + m.pages, 0);
  const extractMs = pdfs.reduce((n, m) => n + m.warmExtractMs, 0);
  const layoutMs = pdfs.reduce((n, m) => n + m.warmLayoutMs, 0);
  let load = '';
  try {
    load = `; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`;
  } catch {
    // not Linux: the load is only informative
  }
  log(`targets (documents; ${paper.file}, ${paper.pages} pages, is the 30-page paper${load})`);
  log(`  info  PDF pages per second, pdf.js loaded: text extraction ${perSecond(pages, extractMs)}, layout ${perSecond(pages, layoutMs)}, both ${perSecond(pages, extractMs + layoutMs)} (${pdfs.length} PDFs, ${pages} pages)`);
  log(`  ${verdict(paper.openMs < 3000)}  a ${paper.pages}-page paper opened and analysed: ${fmtMs(paper.openMs)} from nothing loaded (readers' bundle ${fmtMs(paper.loadMs)}, reading ${fmtMs(paper.readMs)} with pdf.js's first load, analysis ${fmtMs(paper.analyzeMs)}; CPU time ${fmtMs(paper.openCpuMs)}) (target < 3 s)`);
  log(`  ${verdict(paper.reopenMs < 300)}  reopened from the cache in a running extension: ${fmtMs(paper.reopenMs)} (hash and entry ${fmtMs(paper.fromCacheMs)}, then the analysis; CPU time ${fmtMs(paper.reopenCpuMs)}) (target < 300 ms)`);
  log(`  info  reopened from the cache as the first thing of a fresh process (a reloaded window, the engine's code not yet compiled): ${fmtMs(paper.reopenFirstMs)}`);
  log(`  info  peak memory: ${fmtMB(Math.max(...rows.map((m) => m.openPeakRss)))} opening cold, ${fmtMB(Math.max(...rows.map((m) => m.reopenPeakRss)))} reopening (process peak RSS, worst document)`);
}

/**
 * Child mode: the entry labeller alone (tokens, features, Viterbi and marginals) on one core, over the
 * 1,514 entries of its training set, for about three seconds after a warm-up. Entries per second.
 */
function measureLabeller(): { entries: number; perSecond: number; meanChars: number; firstMs: number } {
  const texts = parseDataset(readFileSync(join(ROOT, 'tools', 'train', 'data', 'anystyle', 'core.xml'), 'utf8'), 'core.xml').map((e) => e.text);
  let t0 = performance.now();
  trainedLabeler.label(texts[0]);
  const firstMs = performance.now() - t0;
  for (const t of texts) trainedLabeler.label(t);
  let count = 0;
  t0 = performance.now();
  let elapsed = 0;
  while (elapsed < 3000) {
    for (const t of texts) trainedLabeler.label(t);
    count += texts.length;
    elapsed = performance.now() - t0;
  }
  return { entries: texts.length, perSecond: (count / elapsed) * 1000, meanChars: texts.reduce((s, t) => s + t.length, 0) / texts.length, firstMs };
}

async function main(): Promise<void> {
  const self = process.argv[1];
  if (process.argv[2] === 'measure') {
    const [, , , label, file, runs] = process.argv;
    console.log(JSON.stringify(measure(label, file, Number(runs))));
    return;
  }
  if (process.argv[2] === 'measure-library-cold' || process.argv[2] === 'measure-library-cached') {
    const [, , mode, folder, count, cacheFile] = process.argv;
    const measured = mode === 'measure-library-cold' ? measureLibraryCold(folder, Number(count), cacheFile) : measureLibraryCached(folder, Number(count), cacheFile);
    void measured.then((m) => console.log(JSON.stringify(m)));
    return;
  }
  if (process.argv[2] === 'measure-document-open' || process.argv[2] === 'measure-document-reopen') {
    const [, , mode, file, cacheFile, warm] = process.argv;
    const measured = mode === 'measure-document-open' ? measureDocumentOpen(file, cacheFile) : measureDocumentReopen(file, cacheFile, warm === 'warm');
    void measured.then((m) => console.log(JSON.stringify(m)));
    return;
  }
  // One part of the report alone, in a scratch folder of its own.
  for (const [flag, report] of [
    ['--documents', documentsReport],
    ['--library', libraryReport],
  ] as const) {
    if (!process.argv.includes(flag)) continue;
    const dir = mkdtempSync(join(tmpdir(), 'citeread-bench-'));
    try {
      report(self, dir, (s = '') => console.log(s));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  if (process.argv.includes('--reading-view')) {
    await readingViewReport(ROOT, (s = '') => console.log(s));
    return;
  }
  if (process.argv[2] === 'labeller') {
    console.log(JSON.stringify(measureLabeller()));
    return;
  }

  const dir = mkdtempSync(join(tmpdir(), 'citeread-bench-'));
  const out: string[] = [];
  const log = (s = ''): void => {
    out.push(s);
    console.log(s);
  };
  try {
    const seedFile = join(ROOT, 'corpus', 'soft-balancing.txt');
    const sizes: { label: string; file: string; runs: number }[] = [{ label: 'seed essay', file: seedFile, runs: 51 }];
    for (const [mb, runs] of [
      [1, 9],
      [4, 5],
      [16, 3],
    ] as const) {
      const file = join(dir, `synthetic-${mb}mb.txt`);
      writeFileSync(file, synthEssay({ size: mb * MB, seed: 1 }).text);
      sizes.push({ label: `synthetic ${mb} MB`, file, runs });
    }

    let cpu = 'unknown CPU';
    try {
      cpu = execFileSync('sh', ['-c', "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], { encoding: 'utf8' }).trim() || cpu;
    } catch {
      // not Linux: the CPU name is only informative
    }
    log('Citeread benchmark');
    log(`command: npm run bench   (node ${process.version}, ${cpu}, esbuild bundle of bench/bench.ts, each size in its own process)`);
    log('essays: corpus/soft-balancing.txt and test/support/synth.ts (seed 1)');
    log();
    log('essay               size  runs  citations  refs   analyse (median)   MB/s   regex pass  ×regex   peak RSS Δ  ×size  heap kept  lookup');
    const results: Measurement[] = [];
    for (const s of sizes) {
      const m = runChild(self, s.label, s.file, s.runs);
      results.push(m);
      log(
        [
          m.label.padEnd(16),
          fmtMB(m.bytes).padStart(8),
          String(m.runs).padStart(5),
          String(m.citations).padStart(10),
          String(m.references).padStart(5),
          fmtMs(m.analyzeMs).padStart(18),
          (m.bytes / MB / (m.analyzeMs / 1000)).toFixed(1).padStart(6),
          fmtMs(m.regexMs).padStart(12),
          (m.analyzeMs / m.regexMs).toFixed(1).padStart(7),
          fmtMB(m.peakRssDelta).padStart(11),
          (m.peakRssDelta / m.bytes).toFixed(1).padStart(6),
          fmtMB(m.retainedHeap).padStart(10),
          `${m.lookupUs.toFixed(2)} µs`.padStart(9),
        ].join(' '),
      );
    }
    const lab = spawnSync(process.execPath, [self, 'labeller'], { encoding: 'utf8', env: { ...process.env, CITEREAD_ROOT: ROOT } });
    const labeller = lab.status === 0 ? (JSON.parse(lab.stdout) as ReturnType<typeof measureLabeller>) : undefined;
    log();
    const [, one, , sixteen] = results;
    const growth = sixteen.analyzeMs / one.analyzeMs;
    const sizeGrowth = sixteen.bytes / one.bytes;
    const worstMemory = Math.max(...results.slice(1).map((m) => m.peakRssDelta / m.bytes));
    const worstRegex = Math.max(...results.slice(1).map((m) => m.analyzeMs / m.regexMs));
    const worstLookup = Math.max(...results.map((m) => m.lookupUs));
    log('targets');
    log(`  ${verdict(growth <= 20)}  linear growth: 16 MB took ${growth.toFixed(1)}x the time of 1 MB for ${sizeGrowth.toFixed(1)}x the text (target ≤ 20x)`);
    log(`  ${verdict(worstRegex <= 10)}  within 10x a single regex pass: worst ${worstRegex.toFixed(1)}x (1 MB and up)`);
    log(`  ${verdict(worstMemory < 10)}  peak memory under 10x the essay size: worst ${worstMemory.toFixed(1)}x (1 MB and up)`);
    log(`  ${verdict(worstLookup < 50)}  hover lookup (indexAnalysis().workAt, 10,000 random positions): worst ${worstLookup.toFixed(2)} µs per lookup (target < 50 µs)`);
    if (labeller) log(`  ${verdict(labeller.perSecond >= 5000)}  entry labeller: ${Math.round(labeller.perSecond).toLocaleString('en')} entries/s on one core (${labeller.entries} training entries, mean ${labeller.meanChars.toFixed(0)} characters; first labelling, which parses the model, ${fmtMs(labeller.firstMs)}) (target ≥ 5,000)`);
    else log(`  FAIL  entry labeller: the measurement failed (exit ${lab.status}): ${lab.stderr.slice(0, 300)}`);
    log(`  info  16 MB: first analysis (every entry read for the first time) ${fmtMs(sixteen.firstMs)}, ${(sixteen.bytes / MB / (sixteen.firstMs / 1000)).toFixed(1)} MB/s; later analyses of the same text reuse the entries read before`);
    log(`  info  16 MB: analysis ${fmtMs(sixteen.analyzeMs)} (fastest ${fmtMs(sixteen.analyzeMinMs)}), index built in ${fmtMs(sixteen.indexMs)}, heap right after analysis +${fmtMB(sixteen.heapAfterDelta)}`);
    log();
    documentsReport(self, dir, log);
    await readingViewReport(ROOT, log);
    log();
    log('bundles (npm run build)');
    for (const l of bundleSizes()) log(l);
    log();
    log(`in the real VS Code: ${activationLine()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
