// The web side of the seam (./types.ts), put in place of ./index.ts by the browser build (scripts/build.mjs). The
// web worker extension host loads no module but the extension's bundle at activation; the formatter (the desktop's own
// dist/format.js, built for both runtimes) and the document readers (dist/web/formats.js: pdf.js, mammoth, most of the
// weight) are read through vscode.workspace.fs on first use and evaluated as CommonJS modules, as the web worker host
// evaluates extensions. Large essays are
// analysed in a Web Worker started from the worker bundle (dist/web/analysisWorker.js), read through
// vscode.workspace.fs (the extension may live on any kind of URI) and started from a blob: URL.
import * as vscode from 'vscode';
import type * as Format from '../core/format';
import type * as Readers from '../core/formats';
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
    const worker = new Worker(await script, { name: vscode.l10n.t('Citeread analysis') });
    return {
      post: (request) => worker.postMessage(request),
      listen(onReply, onFailure) {
        worker.onmessage = (event) => onReply(event.data);
        worker.onerror = (event) => {
          event.preventDefault();
          onFailure(new Error(event.message || vscode.l10n.t('The analysis stopped unexpectedly.')));
        };
      },
      terminate: () => worker.terminate(),
    };
  };
}

/** The extension's id (package.json's publisher.name): where its files are found without an ExtensionContext. */
const extensionId = 'citeread.citeread';

/** A self-contained CommonJS bundle of the extension (`path` under its folder), read and evaluated. */
async function loadBundle<T>(path: readonly string[], name: string): Promise<T> {
  const extension = vscode.extensions.getExtension(extensionId);
  if (!extension) throw new Error(vscode.l10n.t('The extension {0} is not installed.', extensionId));
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, ...path));
  const module = { exports: {} as T };
  // The bundle is self-contained (no require), as the build checks; `new Function` is how the host runs extensions.
  new Function('module', 'exports', `${new TextDecoder().decode(bytes)}\n//# sourceURL=${name}`)(module, module.exports);
  return module.exports;
}

/** Loads once; a failed load is not remembered, so the next use tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
}

export const platform: Platform = {
  kind: 'web',
  analyzer: (context) => analyzeInBackground(context, createWorkerAnalyzer(webWorkers(context))),
  loadFormatter: once(() => loadBundle<typeof Format>(['dist', 'format.js'], 'citeread-format.js')),
  loadReaders: once(() => loadBundle<typeof Readers>(['dist', 'web', 'formats.js'], 'citeread-formats.js')),
  indexEssays: (files, options) => indexInSlices(files, { ...options, loadReaders: () => platform.loadReaders() }),
};
