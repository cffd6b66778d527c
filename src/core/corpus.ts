/**
 * The essays that ship with the extension: `corpus/manifest.json` lists them.
 */

/** One bundled essay. */
export interface CorpusEntry {
  /** Stable id, used as the argument of `citeread.openEssay`, e.g. "soft-balancing". */
  readonly id: string;
  readonly title: string;
  readonly author: string;
  /** The essay's file name inside `corpus/` (a plain name, never a path). */
  readonly file: string;
}

/** The manifest's usable entries and a sentence for each entry that was skipped. */
export interface CorpusManifest {
  readonly entries: readonly CorpusEntry[];
  readonly problems: readonly string[];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Parses the manifest: a JSON array of `{ id, title, author, file }`. Never throws: malformed JSON
 * gives no entries and one problem; an entry without an id, title or file, with a file that is a
 * path (`/`, `\` or `..`), or with an id already seen is skipped with a problem. A missing author
 * becomes "".
 */
export function parseCorpusManifest(json: string): CorpusManifest {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { entries: [], problems: [`The manifest is not valid JSON (${error instanceof Error ? error.message : String(error)}).`] };
  }
  if (!Array.isArray(data)) return { entries: [], problems: ['The manifest is not a list of essays.'] };
  const entries: CorpusEntry[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  data.forEach((item: unknown, i) => {
    const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const id = text(record.id);
    const title = text(record.title);
    const file = text(record.file);
    if (!id || !title || !file) return void problems.push(`Entry ${i + 1} lacks an id, a title or a file.`);
    if (/[/\\]/.test(file) || file === '..' || file === '.') return void problems.push(`Entry “${id}” names a path, not a file: ${file}.`);
    if (seen.has(id)) return void problems.push(`Entry ${i + 1} repeats the id “${id}”.`);
    seen.add(id);
    entries.push({ id, title, author: text(record.author) ?? '', file });
  });
  return { entries, problems };
}
