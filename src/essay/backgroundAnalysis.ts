// The desktop's background analyser: src/essay/workerAnalyzer.ts with Node worker threads running the bundled
// worker entry (dist/analysisWorker.js).
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { AnalysisWorker, BackgroundAnalyzer, BackgroundAnalyzerOptions, WorkerReply } from './workerAnalyzer';
import { createWorkerAnalyzer } from './workerAnalyzer';
import { say } from '../core/messages';

export type { BackgroundAnalyzer, CancellationTokenLike, WorkerReply, WorkerRequest } from './workerAnalyzer';

export interface NodeAnalyzerOptions extends BackgroundAnalyzerOptions {
  /** Heap limit of each worker in MB: a pathological essay kills its worker, not the extension host. */
  readonly workerHeapMB?: number;
}

/**
 * Creates the analyser. `workerScript` is the bundled worker (`dist/analysisWorker.js`), given as a
 * path or as a file URI such as `vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js')`.
 * When the script is missing (e.g. running from sources), every text is analysed in-process.
 */
export function createBackgroundAnalyzer(workerScript: string | { readonly fsPath: string }, options: NodeAnalyzerOptions = {}): BackgroundAnalyzer {
  const script = typeof workerScript === 'string' ? workerScript : workerScript.fsPath;
  const start = (): AnalysisWorker => {
    const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: options.workerHeapMB ?? 4096 } });
    return {
      post: (request) => worker.postMessage(request),
      listen(onReply, onFailure) {
        worker.on('message', (reply: WorkerReply) => onReply(reply));
        worker.on('error', onFailure);
        worker.on('exit', (code) => onFailure(new Error(say('The analysis stopped unexpectedly (exit code {0}).', code))));
      },
      terminate: () => void worker.terminate(),
    };
  };
  return createWorkerAnalyzer(existsSync(script) ? start : undefined, options);
}
