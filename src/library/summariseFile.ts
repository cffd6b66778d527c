// One file of a library, from its bytes to its summary: the same readers the command line uses for
// every format, then the engine. Shared by the indexer's worker threads and its in-process fallback;
// it needs no Node module, so a web worker could run it as well.
import { analyze } from '../core/analyze';
import { dropEngineMemos } from '../core/memos';
import { documentKind } from '../core/formats/kind';
import { decodeEssay } from '../core/input';
import { summariseEssay } from '../core/library/summary';
import type { EssaySummary } from '../core/library/model';
import { checkEssayInput, formatSize } from '../core/limits';
import type * as Readers from '../core/formats';
import { say } from '../core/messages';

/**
 * Loads the document readers (PDF, Word, HTML, Markdown). The caller chooses how, so that pdf.js and
 * the rest come in only where they are wanted: their own bundle (dist/formats.js), or a dynamic import.
 */
export type LoadReaders = () => Promise<Pick<typeof Readers, 'readDocument'>>;

/** The size limits of a library's files, in bytes. */
export interface FileLimits {
  /** Text, Markdown and HTML files above this are not read. */
  readonly maxTextBytes: number;
  /** PDF and Word files above this are not read (their size is mostly pictures). */
  readonly maxDocumentBytes: number;
}

/** The limits used when the caller gives none: the extension's default essay size (8 MB) for text, 64 MB for PDF and Word. */
export const defaultFileLimits: FileLimits = { maxTextBytes: 8 * 1024 * 1024, maxDocumentBytes: 64 * 1024 * 1024 };

/** A summary, or one line saying why the file is not part of the library. */
export type FileOutcome = { readonly summary: EssaySummary } | { readonly reason: string };

/** Why a file of `size` bytes named `file` is refused before it is read, or undefined. */
export function refuseBySize(file: string, size: number, limits: FileLimits): string | undefined {
  const document = /\.(pdf|docx)$/i.test(file);
  const limit = document ? limits.maxDocumentBytes : limits.maxTextBytes;
  return size > limit ? say('too large ({0}, more than the {1} a library reads)', formatSize(size), formatSize(limit)) : undefined;
}

/**
 * Reads `bytes` as the essay `file` (any format the command line reads; PDF, Word, HTML and Markdown
 * through `loadReaders`), analyses it and summarises it under `hash`. Resolves to the reason when the file is empty, binary, too large, of a kind that
 * disagrees with its name or unreadable; never rejects.
 */
export async function summariseFile(file: string, bytes: Uint8Array, hash: string, limits: FileLimits = defaultFileLimits, loadReaders?: LoadReaders): Promise<FileOutcome> {
  try {
    const tooLarge = refuseBySize(file, bytes.length, limits);
    if (tooLarge) return { reason: tooLarge };
    const kind = documentKind(file, bytes);
    if ('error' in kind) return { reason: kind.error };
    let text: string;
    if (kind.kind === 'pdf' || kind.kind === 'docx' || kind.kind === 'html' || kind.kind === 'markdown') {
      if (kind.kind !== 'pdf' && kind.kind !== 'docx') {
        const check = checkEssayInput(bytes, 0);
        if (check.kind === 'empty') return { reason: say('the file is empty') };
        if (check.kind === 'binary') return { reason: say('not a text file ({0})', check.reason) };
      }
      // The readers (pdf.js, mammoth, htmlparser2, markdown-it) load with the first such file.
      if (!loadReaders) return { reason: say('the document readers (PDF, Word, HTML, Markdown) are not available here') };
      const { readDocument } = await loadReaders();
      const read = await readDocument(file, bytes);
      if ('error' in read) return { reason: read.error };
      text = read.text;
    } else {
      const decoded = decodeEssay(bytes);
      if ('error' in decoded) return { reason: decoded.error };
      text = decoded.text;
    }
    return { summary: summariseEssay(file, analyze(text), hash) };
  } catch (error) {
    return { reason: say('the essay could not be analysed ({0})', (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 160)) };
  }
}

/**
 * Essays a thread of the library summarises between two drops of the engine's memos. Dropping them after
 * every essay keeps a worker's heap smallest but reads again the entries that several essays list
 * alike; after fifty essays the memos stay a few megabytes and that cost is lost in the noise.
 */
const ESSAYS_BETWEEN_DROPS = 50;

/**
 * What a thread that summarises many essays of a library calls after each one: every
 * {@link ESSAYS_BETWEEN_DROPS}th call drops the engine's memos ({@link dropEngineMemos}), which would
 * otherwise grow to their bounds and keep that room in the thread's heap. Not for the thread that
 * analyses the essay open in the editor, whose memos are kept.
 */
export function memoDropper(): () => void {
  let summarised = 0;
  return () => {
    if (++summarised % ESSAYS_BETWEEN_DROPS === 0) dropEngineMemos();
  };
}
