// The web side of the seam (./types.ts), put in place of ./index.ts by the browser build (scripts/build.mjs). The
// web worker extension host loads no module but the extension's bundle, so the document readers are part of it; the
// formatter is the desktop's own bundle (dist/format.js, built for both runtimes), read through vscode.workspace.fs
// on the first copy and evaluated as a CommonJS module, as the web worker host evaluates extensions. Large essays are
// analysed in a Web Worker started from the worker bundle (dist/web/analysisWorker.js), read through
// vscode.workspace.fs (the extension may live on any kind of URI) and started from a blob: URL.
import * as vscode from 'vscode';
import type * as Format from '../core/format';
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

async function loadFormatterBundle(): Promise<typeof Format> {
  const extension = vscode.extensions.getExtension(extensionId);
  if (!extension) throw new Error(vscode.l10n.t('The extension {0} is not installed.', extensionId));
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'dist', 'format.js'));
  const module = { exports: {} as typeof Format };
  // The bundle is self-contained (no require), as the build checks; `new Function` is how the host runs extensions.
  new Function('module', 'exports', `${new TextDecoder().decode(bytes)}\n//# sourceURL=citeread-format.js`)(module, module.exports);
  return module.exports;
}

let formatter: Promise<typeof Format> | undefined;

export const platform: Platform = {
  kind: 'web',
  analyzer: (context) => analyzeInBackground(context, createWorkerAnalyzer(webWorkers(context))),
  loadFormatter() {
    // A failed read is not remembered: the next copy tries again.
    formatter ??= loadFormatterBundle().catch((error: unknown) => {
      formatter = undefined;
      throw error;
    });
    return formatter;
  },
  loadReaders: () => Readers,
  indexEssays: (files, options) => indexInSlices(files, { ...options, loadReaders: async () => Readers }),
};
