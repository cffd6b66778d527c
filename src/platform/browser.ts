// The web side of the seam (./types.ts), put in place of ./index.ts by the browser build (scripts/build.mjs). The
// web worker extension host can load no file but its bundle, so the formatter and the document readers are part of it. Large essays are
// analysed in a Web Worker started from the worker bundle (dist/web/analysisWorker.js), read through
// vscode.workspace.fs (the extension may live on any kind of URI) and started from a blob: URL.
import * as vscode from 'vscode';
import * as Format from '../core/format';
import * as Readers from '../core/formats';
import { analyzeInBackground } from '../essay/analyzeInBackground';
import type { AnalysisWorker, StartWorker, WorkerReply } from '../essay/workerAnalyzer';
import { createWorkerAnalyzer } from '../essay/workerAnalyzer';
import { indexInSlices } from '../workspaceLibrary/indexInSlices';
import type { Platform } from './types';

/** The parts of the browser's Worker used here (the project compiles without the DOM's types). */
interface BrowserWorker {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: WorkerReply }) => void) | null;
  onerror: ((event: { message?: string; preventDefault(): void }) => void) | null;
  terminate(): void;
}
type WorkerConstructor = new (url: string, options?: { name?: string }) => BrowserWorker;

function webWorkers(context: vscode.ExtensionContext): StartWorker | undefined {
  const Worker = (globalThis as { Worker?: WorkerConstructor }).Worker;
  if (!Worker) return undefined;
  let script: Promise<string> | undefined;
  return async (): Promise<AnalysisWorker> => {
    script ??= Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'analysisWorker.js'))).then((bytes) =>
      URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })),
    );
    const worker = new Worker(await script, { name: 'Citeread analysis' });
    return {
      post: (request) => worker.postMessage(request),
      listen(onReply, onFailure) {
        worker.onmessage = (event) => onReply(event.data);
        worker.onerror = (event) => {
          event.preventDefault();
          onFailure(new Error(event.message || 'The analysis stopped unexpectedly.'));
        };
      },
      terminate: () => worker.terminate(),
    };
  };
}

export const platform: Platform = {
  kind: 'web',
  analyzer: (context) => analyzeInBackground(context, createWorkerAnalyzer(webWorkers(context))),
  loadFormatter: () => Format,
  loadReaders: () => Readers,
  indexEssays: (files, options) => indexInSlices(files, { ...options, loadReaders: async () => Readers }),
};
