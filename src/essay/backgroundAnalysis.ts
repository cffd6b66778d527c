// Runs the engine off the extension host's thread for large essays, so that the editor never
// freezes and a cancelled analysis stops at once (the worker thread is terminated).
// Small essays are analysed in-process: starting a thread costs more than analysing them.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { analyze, CancelledError } from '../core/analyze';
import { IN_PROCESS_LIMIT_CHARS } from '../core/limits';
import type { Analysis } from '../core/model';

/** The part of `vscode.CancellationToken` used here (a VS Code token fits it). */
export interface CancellationTokenLike {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => unknown): { dispose(): unknown };
}

/** A message from the host to the worker. */
export interface WorkerRequest {
  readonly id: number;
  readonly text: string;
}

/** The worker's answer: the analysis without its text (the host has it), or the error. */
export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly analysis: Omit<Analysis, 'text'>; readonly textOffset: number }
  | { readonly id: number; readonly ok: true; readonly analysis: Omit<Analysis, 'text'>; readonly text: string }
  | { readonly id: number; readonly ok: false; readonly message: string; readonly stack?: string };

export interface BackgroundAnalyzer {
  /**
   * Analyses `text`. Rejects with `CancelledError` when `token` is cancelled (the worker is
   * terminated), and with an `Error` when the engine fails.
   */
  analyzeText(text: string, token?: CancellationTokenLike): Promise<Analysis>;
  /** Terminates every running analysis; their promises reject with `CancelledError`. */
  dispose(): void;
}

export interface BackgroundAnalyzerOptions {
  /** Texts shorter than this many UTF-16 code units are analysed in-process. Default 200 KiB. */
  readonly inProcessLimit?: number;
  /** Heap limit of each worker in MB: a pathological essay kills its worker, not the extension host. */
  readonly workerHeapMB?: number;
}

/**
 * Creates the analyser. `workerScript` is the bundled worker (`dist/analysisWorker.js`), given as a
 * path or as a file URI such as `vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js')`.
 * When the script is missing (e.g. running from sources), every text is analysed in-process.
 */
export function createBackgroundAnalyzer(workerScript: string | { readonly fsPath: string }, options: BackgroundAnalyzerOptions = {}): BackgroundAnalyzer {
  const script = typeof workerScript === 'string' ? workerScript : workerScript.fsPath;
  const hasWorker = existsSync(script);
  const inProcessLimit = options.inProcessLimit ?? IN_PROCESS_LIMIT_CHARS;
  const running = new Set<() => void>();
  let nextId = 1;
  let disposed = false;

  const inProcess = async (text: string, token?: CancellationTokenLike): Promise<Analysis> => {
    // Let the caller's current task finish first (e.g. showing a progress notification).
    await new Promise((resolve) => setImmediate(resolve));
    if (disposed || token?.isCancellationRequested) throw new CancelledError();
    return analyze(text, { isCancelled: () => disposed || token?.isCancellationRequested === true });
  };

  const inWorker = (text: string, token?: CancellationTokenLike): Promise<Analysis> =>
    new Promise<Analysis>((resolve, reject) => {
      if (disposed || token?.isCancellationRequested) return reject(new CancelledError());
      const id = nextId++;
      const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: options.workerHeapMB ?? 4096 } });
      let settled = false;
      const finish = (outcome: () => void): void => {
        if (settled) return;
        settled = true;
        running.delete(cancel);
        subscription?.dispose();
        void worker.terminate();
        outcome();
      };
      const cancel = (): void => finish(() => reject(new CancelledError()));
      running.add(cancel);
      const subscription = token?.onCancellationRequested(cancel);
      worker.on('message', (reply: WorkerReply) => {
        if (reply.id !== id) return;
        if (!reply.ok) {
          const error = new Error(reply.message);
          if (reply.stack) error.stack = reply.stack;
          return finish(() => reject(error));
        }
        const analysedText = 'text' in reply ? reply.text : text.slice(reply.textOffset);
        finish(() => resolve({ ...reply.analysis, text: analysedText } as Analysis));
      });
      worker.on('error', (error) => finish(() => reject(error)));
      worker.on('exit', (code) => finish(() => reject(new Error(`The analysis stopped unexpectedly (exit code ${code}).`))));
      const request: WorkerRequest = { id, text };
      worker.postMessage(request);
    });

  return {
    analyzeText(text, token) {
      return hasWorker && text.length >= inProcessLimit ? inWorker(text, token) : inProcess(text, token);
    },
    dispose() {
      disposed = true;
      for (const cancel of [...running]) cancel();
    },
  };
}
