// The worker-thread entry (bundled as dist/analysisWorker.js): analyses one essay text and posts
// the result back as plain data. It has no `vscode` import; the extension host stays responsive
// while a large essay is analysed here, and cancelling terminates the thread.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import type { WorkerReply, WorkerRequest } from './backgroundAnalysis';

parentPort?.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const analysis = analyze(request.text);
    // The text is the largest part of the result and the host already has it: send back only
    // where the analysed text starts in the input (after a BOM) when it is a suffix of it.
    const offset = request.text.length - analysis.text.length;
    const { text, ...rest } = analysis;
    reply =
      offset >= 0 && request.text.endsWith(text)
        ? { id: request.id, ok: true, analysis: rest, textOffset: offset }
        : { id: request.id, ok: true, analysis: rest, text };
  } catch (error) {
    reply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined };
  }
  parentPort?.postMessage(reply);
});
