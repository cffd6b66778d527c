// The worker-thread entry (bundled as dist/analysisWorker.js): analyses one essay text and posts
// the result back as plain data. It has no `vscode` import; the extension host stays responsive
// while a large essay is analysed here, and cancelling terminates the thread.
import { parentPort } from 'node:worker_threads';
import { answer, type WorkerRequest } from './workerAnalyzer';

parentPort?.on('message', (request: WorkerRequest) => parentPort?.postMessage(answer(request)));
