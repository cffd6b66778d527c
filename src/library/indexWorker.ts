// The library's worker-thread entry (bundled as dist/indexWorker.js): summarises one essay file at a
// time and posts the summary back as plain data. No `vscode` import.
import { parentPort } from 'node:worker_threads';
import { summariseFile, type FileLimits, type FileOutcome } from './summariseFile';

/** A message from the indexer to a worker. */
export interface IndexRequest {
  readonly id: number;
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly hash: string;
  readonly limits: FileLimits;
}

/** A worker's answer to one request. */
export type IndexReply = { readonly id: number } & FileOutcome;

parentPort?.on('message', (request: IndexRequest) => {
  void summariseFile(request.file, request.bytes, request.hash, request.limits).then((outcome) => parentPort?.postMessage({ id: request.id, ...outcome } satisfies IndexReply));
});
