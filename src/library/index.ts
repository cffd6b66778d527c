// The library's indexer on Node: the command line, the benchmark and the extension's desktop side
// hand it files (it enumerates nothing itself); it reads each, looks its content up in the cache and
// summarises the rest in a bounded pool of worker threads. No `vscode` import.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { SummaryCompactor } from '../core/library/compact';
import { summaryKey } from '../core/library/hash';
import type { LibraryCache } from '../core/library/cache';
import type { EssaySummary } from '../core/library/model';
import type { IndexReply, IndexRequest, IndexWorkerData } from './indexWorker';
import { defaultFileLimits, memoDropper, refuseBySize, summariseFile, type FileLimits, type FileOutcome, type LoadReaders } from './summariseFile';
import { currentMessages, say, useMessages, type MessageBundle } from '../core/messages';

export { defaultFileLimits, summariseFile } from './summariseFile';
export type { FileLimits, FileOutcome, LoadReaders } from './summariseFile';

/** One file to index: its name (as the library shows it) and how to read it. */
export interface IndexFile {
  readonly file: string;
  read(): Promise<Uint8Array>;
  /** Its size in bytes when known: a file over the limits is then refused without being read. */
  readonly size?: number;
}

export interface IndexOptions {
  /** Summaries by content: an unchanged file is taken from it, a new or changed one is read and added to it. */
  readonly cache?: LibraryCache;
  /** Worker threads at most; default min(2, cores). 0 summarises in this thread (tests, tiny folders). */
  readonly threads?: number;
  /** Called after each file with how many are done, of how many. */
  onProgress?(done: number, total: number): void;
  /** Polled between files: when it answers true the indexing stops and resolves with what is done. */
  isCancelled?(): boolean;
  /** Size limits; default {@link defaultFileLimits}. */
  readonly limits?: Partial<FileLimits>;
  /** The worker bundle; default `indexWorker.js` beside this bundle. When it does not exist the files are summarised in this thread. */
  readonly workerFile?: string;
  /**
   * The document readers for files summarised in this thread; default the readers' bundle `formats.js`
   * beside this bundle when there is one (workers load the one beside theirs).
   */
  readonly loadReaders?: LoadReaders;
  /**
   * The translations to say failures in (see `useMessages`): this indexer is a bundle of its own, with its
   * own copy of the messages, so the extension hands it the reader's language; its workers and readers
   * get it from here. Omitted, the messages stay as they are (English unless set).
   */
  readonly messages?: MessageBundle;
}

/** A file that is not part of the library, and why (one line). */
export interface IndexFailure {
  readonly file: string;
  readonly reason: string;
}

export interface IndexResult {
  /** In the order of the files given. */
  readonly summaries: EssaySummary[];
  readonly failures: IndexFailure[];
  /** How many summaries came from the cache. */
  readonly fromCache: number;
  /** True when `isCancelled` stopped the indexing before the end. */
  readonly cancelled: boolean;
}

/** The default number of worker threads: two at most, one on a single core. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

/**
 * Indexes `files`: reads each (a few at a time), hashes its bytes ({@link summaryKey}), takes its
 * summary from the cache when the content is known, and otherwise summarises it in one of `threads` worker threads (the
 * same readers as the command line for every format, then the engine). Unreadable files — missing
 * or deleted while read, binary, empty, too large, damaged — are failures with a reason; the rest
 * goes on. Never rejects for a file's sake.
 */
export async function indexEssays(files: readonly IndexFile[], options: IndexOptions = {}): Promise<IndexResult> {
  if ('messages' in options) useMessages(options.messages);
  const limits: FileLimits = { ...defaultFileLimits, ...options.limits };
  const threads = options.threads ?? defaultThreads();
  const workerFile = options.workerFile ?? join(__dirname, 'indexWorker.js');
  const pool = threads > 0 && existsSync(workerFile) ? new WorkerPool(workerFile, threads, currentMessages()) : undefined;
  const loadReaders = options.loadReaders ?? readersBeside(__dirname);
  // Equal names, titles and entries of the essays read in this run are one string, one object each.
  const compactor = new SummaryCompactor();
  // Files summarised in this thread (no worker) drop the engine's memos as a worker does: this bundle's
  // engine is not the one that analyses the essay open in the editor.
  const summarisedHere = memoDropper();
  const results = new Array<EssaySummary | undefined>(files.length);
  const failures: (IndexFailure | undefined)[] = new Array<IndexFailure | undefined>(files.length);
  let fromCache = 0;
  let done = 0;
  let cancelled = false;
  let next = 0;
  const isCancelled = (): boolean => {
    if (!cancelled && options.isCancelled?.()) cancelled = true;
    return cancelled;
  };

  const one = async (index: number): Promise<void> => {
    const { file } = files[index];
    const refused = files[index].size !== undefined ? refuseBySize(file, files[index].size ?? 0, limits) : undefined;
    let outcome: FileOutcome;
    if (refused) outcome = { reason: refused };
    else {
      let bytes: Uint8Array | undefined;
      try {
        bytes = await files[index].read();
      } catch (error) {
        outcome = { reason: readError(error) };
      }
      // A file over the limits whose size was not known before it was read is refused now, before it is hashed or handed to a worker.
      const refusedRead = bytes ? refuseBySize(file, bytes.length, limits) : undefined;
      if (refusedRead) outcome = { reason: refusedRead };
      else if (bytes) {
        const hash = summaryKey(file, bytes);
        const cached = options.cache?.get(hash, file);
        if (cached) {
          fromCache++;
          outcome = { summary: cached };
        } else {
          if (pool) outcome = await pool.run(file, bytes, hash, limits);
          else {
            outcome = await summariseFile(file, bytes, hash, limits, loadReaders);
            summarisedHere();
          }
          if ('summary' in outcome) {
            outcome = { summary: compactor.summary(outcome.summary) };
            options.cache?.set(outcome.summary);
          }
        }
      } else outcome ??= { reason: say('the file could not be read') };
    }
    if ('summary' in outcome) results[index] = outcome.summary;
    else failures[index] = { file, reason: outcome.reason };
    done++;
    options.onProgress?.(done, files.length);
  };

  // Reading runs a little ahead of the workers, so that they never wait for the disk.
  const lanes = Math.max(1, (pool ? threads : 1) * 2);
  const lane = async (): Promise<void> => {
    while (next < files.length && !isCancelled()) {
      const index = next++;
      await one(index);
      // Let the caller's progress and cancellation through between files summarised in this thread.
      if (!pool) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(lanes, Math.max(1, files.length)) }, lane));
  } finally {
    await pool?.close();
  }
  return {
    summaries: results.filter((s): s is EssaySummary => s !== undefined),
    failures: failures.filter((f): f is IndexFailure => f !== undefined),
    fromCache,
    cancelled,
  };
}

/** The readers' own bundle (formats.js) in `dir`, loaded on first use, or undefined when there is none. */
export function readersBeside(dir: string): LoadReaders | undefined {
  const file = join(dir, 'formats.js');
  if (!existsSync(file)) return undefined;
  return () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a path built at run time: the bundler leaves it alone
    const readers = require(file) as Awaited<ReturnType<LoadReaders>> & { useMessages?: typeof useMessages };
    // Its own copy of the messages says its problems in the language this thread speaks.
    readers.useMessages?.(currentMessages());
    return Promise.resolve(readers);
  };
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return say('the file is gone (deleted or moved while the library was read)');
  if (code === 'EACCES' || code === 'EPERM') return say('permission denied');
  if (code === 'EISDIR') return say('is a directory');
  return say('the file could not be read ({0})', code ?? (error instanceof Error ? error.message.split('\n')[0] : String(error)));
}

/**
 * Each worker's heap: a small young generation (V8's default lets a thread grow tens of megabytes of
 * garbage before collecting, and a library runs several), and an old generation large enough for an
 * essay at the size limit; a worker that runs out is replaced and its file reported.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 512 };

/** A fixed number of worker threads, each summarising one file at a time; a crashed worker is replaced. */
class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private readonly waiting: ((w: Worker) => void)[] = [];
  private nextId = 1;

  constructor(
    private readonly file: string,
    private readonly size: number,
    /** The translations each worker says its failures in. */
    private readonly messages: MessageBundle | undefined,
  ) {}

  private start(): Worker {
    const worker = new Worker(this.file, { resourceLimits: WORKER_LIMITS, workerData: { messages: this.messages } satisfies IndexWorkerData });
    worker.unref();
    this.all.add(worker);
    return worker;
  }

  private acquire(): Promise<Worker> {
    const ready = this.idle.pop();
    if (ready) return Promise.resolve(ready);
    if (this.all.size < this.size) return Promise.resolve(this.start());
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(worker: Worker): void {
    const waiter = this.waiting.shift();
    if (waiter) waiter(worker);
    else this.idle.push(worker);
  }

  private discard(worker: Worker): void {
    this.all.delete(worker);
    void worker.terminate();
    // Someone waiting gets a fresh worker instead.
    const waiter = this.waiting.shift();
    if (waiter) waiter(this.start());
  }

  async run(file: string, bytes: Uint8Array, hash: string, limits: FileLimits): Promise<FileOutcome> {
    const worker = await this.acquire();
    const id = this.nextId++;
    return new Promise<FileOutcome>((resolve) => {
      const cleanup = (): void => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (reply: IndexReply): void => {
        if (reply.id !== id) return;
        cleanup();
        this.release(worker);
        resolve('summary' in reply ? { summary: JSON.parse(reply.summary) as EssaySummary } : { reason: reply.reason });
      };
      const onError = (error: Error): void => {
        cleanup();
        this.discard(worker);
        resolve({ reason: say('the essay could not be analysed ({0})', error.message.split('\n')[0]) });
      };
      const onExit = (code: number): void => {
        cleanup();
        this.discard(worker);
        resolve({ reason: say('the essay could not be analysed (its worker stopped with code {0})', code) });
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      const request: IndexRequest = { id, file, bytes, hash, limits };
      worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    const workers = [...this.all];
    this.all.clear();
    this.idle.length = 0;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
