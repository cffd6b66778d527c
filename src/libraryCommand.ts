// `citeread library DIR [--bib FILE]... [--json] [--cache FILE]`: the essays under a folder read
// together, their works merged, and the reader's bibliographies matched. The command line's side of
// the library: it walks the folder (the indexer enumerates nothing itself) and prints the report.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { buildLibrary } from './core/library/build';
import { LibraryCache } from './core/library/cache';
import { readBibliography } from './core/library/bibliography';
import type { Bibliography, Library, Work } from './core/library/model';
import { counted, ellipsize } from './core/text';
import { indexEssays, type IndexFailure, type IndexFile } from './library';

/** File extensions a library reads by default: every format the command line reads. */
export const LIBRARY_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf'];

/** Folders a library never enters: dependencies, version control, build output. Hidden folders are skipped too. */
export const LIBRARY_SKIPPED_FOLDERS: readonly string[] = ['node_modules', '.git', 'dist', 'out', 'build'];

export interface LibraryCommandOptions {
  readonly dir: string;
  readonly bibs: readonly string[];
  readonly json: boolean;
  readonly cacheFile?: string;
  /** Version stamp of the cache file (a cache written by another version is not read). */
  readonly stamp: string;
}

/** Thrown for a mistake of the caller (missing folder, missing --bib file): one line, exit 2. */
export class LibraryUsageError extends Error {}

/** Every essay file under `dir`, as paths relative to it with `/` separators, sorted. */
export function essayFilesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return; // a folder that cannot be listed is left out
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !LIBRARY_SKIPPED_FOLDERS.includes(entry.name)) walk(path);
      } else if (entry.isFile()) {
        const lower = entry.name.toLowerCase();
        if (LIBRARY_EXTENSIONS.some((ext) => lower.endsWith(ext))) found.push(relative(dir, path).split(sep).join('/'));
      }
    }
  };
  walk(dir);
  return found.sort();
}

/** Runs the library command; resolves to the exit status (2 when no essay could be read). */
export async function libraryCommand(options: LibraryCommandOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const { dir } = options;
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    throw new LibraryUsageError(`${dir}: no such folder`);
  }
  if (!stat.isDirectory()) throw new LibraryUsageError(`${dir}: not a folder (library needs a folder of essays)`);

  const bibliographies: Bibliography[] = [];
  for (const bib of options.bibs) {
    let text: string;
    try {
      text = readFileSync(bib, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new LibraryUsageError(`${bib}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`}`);
    }
    const read = readBibliography(bib, text);
    for (const problem of read.problems) err(`citeread: warning: ${bib}: ${problem}\n`);
    bibliographies.push(read);
  }

  const cache = options.cacheFile && existsSync(options.cacheFile) ? LibraryCache.fromJSON(readFileSync(options.cacheFile, 'utf8'), options.stamp) : new LibraryCache(options.stamp);
  const names = essayFilesUnder(dir);
  const files: IndexFile[] = names.map((file) => {
    const path = join(dir, ...file.split('/'));
    let size: number | undefined;
    try {
      size = statSync(path).size;
    } catch {
      size = undefined;
    }
    return { file, size, read: () => readFile(path) };
  });
  // The readers, for files summarised in this thread; the worker threads load dist/formats.js.
  const indexed = await indexEssays(files, { cache, loadReaders: () => import('./core/formats') });
  for (const failure of indexed.failures) err(`citeread: warning: ${failure.file}: ${failure.reason}\n`);
  const library = buildLibrary(indexed.summaries, bibliographies, { cache });
  if (options.cacheFile) {
    cache.retainOnly(indexed.summaries.map((s) => s.hash));
    writeFileSync(options.cacheFile, cache.toText());
  }
  out(options.json ? libraryJson(library, indexed.failures) : libraryReport(dir, library, indexed.failures, bibliographies));
  return names.length > 0 && indexed.summaries.length === 0 ? 2 : 0;
}

/** The `--json` shape: essays, works (most essays first) with the essays citing them and their bibliography entry, and unreadable files. */
export function libraryJson(library: Library, failures: readonly IndexFailure[]): string {
  const json = {
    essays: library.essays.map((e) => ({ file: e.file, citations: e.counts.citations, references: e.counts.references })),
    works: library.works.map((w) => ({
      id: w.id,
      csl: w.csl,
      essays: w.essays.map((e) => ({ file: e.file, citations: e.citations })),
      bibliography: w.bibliography ? { file: w.bibliography.file, key: w.bibliography.key } : null,
    })),
    unreadable: failures.map((f) => ({ file: f.file, reason: f.reason })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function citationsOf(w: Work): number {
  return w.essays.reduce((n, e) => n + e.citations, 0);
}

/** The readable report: totals, then the works cited by the most essays first, the essays, and the unreadable files. */
export function libraryReport(dir: string, library: Library, failures: readonly IndexFailure[], bibliographies: readonly Bibliography[]): string {
  const lines: string[] = [];
  const shared = library.works.filter((w) => w.essays.length > 1).length;
  lines.push(`Library of ${dir}: ${counted(library.essays.length, 'essay')}, ${counted(library.works.length, 'work')} (${shared} listed by more than one essay)` + (failures.length > 0 ? `; ${failures.length} unreadable` : ''));
  if (bibliographies.length > 0) {
    const inBib = library.works.filter((w) => w.bibliography).length;
    const entries = bibliographies.reduce((n, b) => n + b.entries.length, 0);
    lines.push(`Your bibliography (${bibliographies.map((b) => b.file).join(', ')}, ${counted(entries, 'entry', 'entries')}): ${inBib} of the works are in it, ${library.works.length - inBib} are new`);
  }
  lines.push('', 'Works, cited by the most essays first');
  if (library.works.length === 0) lines.push('  (none)');
  for (const w of library.works) {
    const title = typeof w.csl.title === 'string' && w.csl.title ? ` — ${ellipsize(w.csl.title, 70)}` : '';
    const mark = bibliographies.length === 0 ? '' : w.bibliography ? `  [in your bibliography: ${w.bibliography.key}]` : '  [new]';
    lines.push(`  ${counted(w.essays.length, 'essay').padEnd(10)} ${counted(citationsOf(w), 'citation').padEnd(13)} ${w.label}${title}${mark}`);
    lines.push(`  ${''.padEnd(24)} ${w.essays.map((e) => `${e.file} (${e.citations})`).join(', ')}`);
  }
  lines.push('', `Essays (${library.essays.length})`);
  if (library.essays.length === 0) lines.push('  (none)');
  for (const e of library.essays) {
    lines.push(`  ${e.file}${e.title ? ` — ${ellipsize(e.title, 60)}` : ''}: ${counted(e.counts.citations, 'citation')}, ${counted(e.counts.references, 'reference')}`);
  }
  if (failures.length > 0) {
    lines.push('', `Unreadable (${failures.length})`);
    for (const f of failures) lines.push(`  ${f.file}: ${f.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
