// The library's indexer where no worker thread can be started (VS Code for the Web): the same steps as
// src/library's pool (read, hash, take the summary from the cache or summarise the file), one file at a
// time on this thread, yielding between files so that the editor stays responsive and a cancellation
// is seen at once. No `vscode` and no Node module: the web bundle holds it.
import { contentHash } from '../core/library/hash';
import { say } from '../core/messages';
import type { EssaySummary } from '../core/library/model';
import type { IndexFailure, IndexFile, IndexOptions, IndexResult } from '../library';
import { defaultFileLimits, refuseBySize, summariseFile } from '../library/summariseFile';

const yieldToEditor = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Indexes `files` in this thread, in slices of one file; same contract as src/library's `indexEssays`. */
export async function indexInSlices(files: readonly IndexFile[], options: IndexOptions = {}): Promise<IndexResult> {
  const limits = { ...defaultFileLimits, ...options.limits };
  const summaries: EssaySummary[] = [];
  const failures: IndexFailure[] = [];
  let fromCache = 0;
  let done = 0;
  for (const entry of files) {
    if (options.isCancelled?.()) return { summaries, failures, fromCache, cancelled: true };
    const refused = entry.size !== undefined ? refuseBySize(entry.file, entry.size, limits) : undefined;
    if (refused) failures.push({ file: entry.file, reason: refused });
    else {
      let bytes: Uint8Array | undefined;
      try {
        bytes = await entry.read();
      } catch (error) {
        failures.push({ file: entry.file, reason: say('the file could not be read ({0})', error instanceof Error ? error.message.split('\n')[0] : String(error)) });
      }
      if (bytes) {
        const hash = contentHash(bytes);
        const cached = options.cache?.get(hash, entry.file);
        if (cached) {
          fromCache++;
          summaries.push(cached);
        } else {
          const outcome = await summariseFile(entry.file, bytes, hash, limits, options.loadReaders);
          if ('summary' in outcome) {
            options.cache?.set(outcome.summary);
            summaries.push(outcome.summary);
          } else failures.push({ file: entry.file, reason: outcome.reason });
        }
      }
    }
    options.onProgress?.(++done, files.length);
    await yieldToEditor();
  }
  return { summaries, failures, fromCache, cancelled: false };
}
