// The library's worker-thread entry (bundled as dist/indexWorker.js): summarises one essay file at a
// time and posts the summary back as plain data. No `vscode` import.
import { parentPort, workerData } from 'node:worker_threads';
import { useMessages, type MessageBundle } from '../core/messages';
import { readersBeside } from './index';
import { memoDropper, summariseFile, type FileLimits } from './summariseFile';

/** What a worker is started with: the translations it says failures in (the extension's language). */
export interface IndexWorkerData {
  readonly messages?: MessageBundle;
}

useMessages((workerData as IndexWorkerData | undefined)?.messages);

// The readers' own bundle (dist/formats.js) beside this one, read on the first PDF, Word file, web page
// or Markdown essay: this bundle stays small and a folder of plain text never loads pdf.js.
const loadReaders = readersBeside(__dirname);

/** A message from the indexer to a worker. */
export interface IndexRequest {
  readonly id: number;
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly hash: string;
  readonly limits: FileLimits;
}

/**
 * A worker's answer to one request: the summary as JSON text (JSON.parse builds smaller objects than
 * the structured clone of a message, and a library keeps a thousand summaries), or the reason.
 */
export type IndexReply = { readonly id: number; readonly summary: string } | { readonly id: number; readonly reason: string };

// Each essay of a library is read once: the engine's memos are dropped every few dozen essays.
const summarised = memoDropper();

parentPort?.on('message', (request: IndexRequest) => {
  void summariseFile(request.file, request.bytes, request.hash, request.limits, loadReaders).then((outcome) => {
    parentPort?.postMessage(('summary' in outcome ? { id: request.id, summary: JSON.stringify(outcome.summary) } : { id: request.id, reason: outcome.reason }) satisfies IndexReply);
    summarised();
  });
});
