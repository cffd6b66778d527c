// The Web Worker entry of VS Code for the Web (bundled as dist/web/analysisWorker.js): the same as
// ./analysisWorker.ts, with the browser's messaging.
import { answer, type WorkerRequest } from './workerAnalyzer';

const scope = globalThis as unknown as {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: unknown): void;
};
scope.onmessage = (event) => scope.postMessage(answer(event.data));
