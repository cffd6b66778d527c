// Runs the engine off the extension host's thread for large essays, so that the editor never freezes and a
// cancelled analysis stops at once (its worker is terminated). Small essays are analysed in-process: starting a
// worker costs more than analysing them. Which worker (a Node worker thread on the desktop, a Web Worker in VS Code
// for the Web) is the caller's: src/platform gives the starter; nothing here needs Node or a browser.
import { analyze, CancelledError } from '../core/analyze';
import { IN_PROCESS_LIMIT_CHARS } from '../core/limits';
import { currentMessages, useMessages, type MessageBundle } from '../core/messages';
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
  /** The translations of the engine's messages the host reads (src/core/messages); none for English. */
  readonly messages?: MessageBundle;
}

/** The worker's answer: the analysis without its text (the host has it), or the error. */
export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly analysis: Omit<Analysis, 'text'>; readonly textOffset: number }
  | { readonly id: number; readonly ok: true; readonly analysis: Omit<Analysis, 'text'>; readonly text: string }
  | { readonly id: number; readonly ok: false; readonly message: string; readonly stack?: string };

/** One running worker, whatever the runtime's kind: what the analyser needs of it. */
export interface AnalysisWorker {
  post(request: WorkerRequest): void;
  /** `onReply` gets each reply; `onFailure` an error or an exit before the reply. */
  listen(onReply: (reply: WorkerReply) => void, onFailure: (error: Error) => void): void;
  terminate(): void;
}

/** Starts a worker running the analysis entry (src/essay/analysisWorker*.ts). */
export type StartWorker = () => AnalysisWorker | Promise<AnalysisWorker>;

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
}

/** The worker's side: the reply to one request (the analysis entries of both runtimes call it). */
export function answer(request: WorkerRequest): WorkerReply {
  try {
    useMessages(request.messages);
    const analysis = analyze(request.text);
    // The text is the largest part of the result and the host already has it: send back only
    // where the analysed text starts in the input (after a BOM) when it is a suffix of it.
    const offset = request.text.length - analysis.text.length;
    const { text, ...rest } = analysis;
    return offset >= 0 && request.text.endsWith(text)
      ? { id: request.id, ok: true, analysis: rest, textOffset: offset }
      : { id: request.id, ok: true, analysis: rest, text };
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined };
  }
}

/**
 * Creates the analyser. `start` starts a worker for one analysis; without it (no worker bundle),
 * every text is analysed in-process.
 */
export function createWorkerAnalyzer(start: StartWorker | undefined, options: BackgroundAnalyzerOptions = {}): BackgroundAnalyzer {
  const inProcessLimit = options.inProcessLimit ?? IN_PROCESS_LIMIT_CHARS;
  const running = new Set<() => void>();
  let nextId = 1;
  let disposed = false;

  const inProcess = async (text: string, token?: CancellationTokenLike): Promise<Analysis> => {
    // Let the caller's current task finish first (e.g. showing a progress notification).
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (disposed || token?.isCancellationRequested) throw new CancelledError();
    return analyze(text, { isCancelled: () => disposed || token?.isCancellationRequested === true });
  };

  const inWorker = (startWorker: StartWorker, text: string, token?: CancellationTokenLike): Promise<Analysis> =>
    new Promise<Analysis>((resolve, reject) => {
      if (disposed || token?.isCancellationRequested) return reject(new CancelledError());
      const id = nextId++;
      let worker: AnalysisWorker | undefined;
      let settled = false;
      const finish = (outcome: () => void): void => {
        if (settled) return;
        settled = true;
        running.delete(cancel);
        subscription?.dispose();
        worker?.terminate();
        outcome();
      };
      const cancel = (): void => finish(() => reject(new CancelledError()));
      running.add(cancel);
      const subscription = token?.onCancellationRequested(cancel);
      Promise.resolve()
        .then(startWorker)
        .then((started) => {
          worker = started;
          if (settled) return started.terminate();
          started.listen(
            (reply) => {
              if (reply.id !== id) return;
              if (!reply.ok) {
                const error = new Error(reply.message);
                if (reply.stack) error.stack = reply.stack;
                return finish(() => reject(error));
              }
              const analysedText = 'text' in reply ? reply.text : text.slice(reply.textOffset);
              finish(() => resolve({ ...reply.analysis, text: analysedText } as Analysis));
            },
            (error) => finish(() => reject(error)),
          );
          started.post({ id, text, messages: currentMessages() });
        })
        .catch((error: unknown) => finish(() => reject(error instanceof Error ? error : new Error(String(error)))));
    });

  return {
    analyzeText(text, token) {
      return start && text.length >= inProcessLimit ? inWorker(start, text, token) : inProcess(text, token);
    },
    dispose() {
      disposed = true;
      for (const cancel of [...running]) cancel();
    },
  };
}
