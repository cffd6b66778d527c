/** The library's cache: essay summaries by the hash of their file's content. */
import type { CslItem } from '../model';
import { SummaryCompactor } from './compact';
import { SUMMARY_VERSION, type EssaySummary, type SummaryCitation, type SummaryReference, type Work } from './model';

/** What {@link LibraryCache.toJSON} gives and {@link LibraryCache.fromJSON} reads. */
export interface LibraryCacheJson {
  readonly version: typeof SUMMARY_VERSION;
  /** Who wrote the cache (e.g. the extension's version); a cache of another stamp is not read. */
  readonly stamp: string;
  readonly summaries: readonly EssaySummary[];
  /** The works last merged, and the key of what they were merged from (see {@link LibraryCache.works}). */
  readonly works?: { readonly key: string; readonly works: readonly Work[] };
}

/**
 * Summaries by content hash, in memory. A file whose bytes hash to a known key is not read again;
 * a changed file hashes to another key and is. Two files of the same content share one entry (the
 * summary is handed back under the asking file's name). Persisting is the caller's: the extension
 * keeps {@link toJSON} in its own storage, the command line in an optional file.
 */
export class LibraryCache {
  private readonly byHash = new Map<string, EssaySummary>();
  private built?: { readonly key: string; readonly works: readonly Work[] };

  /** `stamp` names the engine that wrote the summaries; a cache read back with another stamp starts empty. */
  constructor(readonly stamp = '') {}

  /** Number of summaries held. */
  get size(): number {
    return this.byHash.size;
  }

  /** The summary of content `hash`, named `file` (as the caller names it), or undefined. */
  get(hash: string, file: string): EssaySummary | undefined {
    const summary = this.byHash.get(hash);
    if (!summary) return undefined;
    return summary.file === file ? summary : { ...summary, file };
  }

  /** Whether a summary of content `hash` is held. */
  has(hash: string): boolean {
    return this.byHash.has(hash);
  }

  /** Keeps `summary` under its hash (replacing any summary of the same hash). */
  set(summary: EssaySummary): void {
    this.byHash.set(summary.hash, summary);
  }

  /** Forgets content `hash`. */
  delete(hash: string): boolean {
    return this.byHash.delete(hash);
  }

  /** Forgets every summary whose hash is not in `hashes` (files deleted or changed since). Returns how many went. */
  retainOnly(hashes: Iterable<string>): number {
    const keep = new Set(hashes);
    let removed = 0;
    for (const hash of [...this.byHash.keys()]) {
      if (!keep.has(hash)) {
        this.byHash.delete(hash);
        removed++;
      }
    }
    return removed;
  }

  /**
   * The works last merged from the essays and bibliographies that `key` names (buildLibrary keeps
   * them here when given the cache), or undefined when they were merged from anything else.
   */
  works(key: string): readonly Work[] | undefined {
    return this.built?.key === key ? this.built.works : undefined;
  }

  /** Keeps the works merged from what `key` names, in place of any earlier ones. */
  setWorks(key: string, works: readonly Work[]): void {
    this.built = { key, works };
  }

  /** Every summary held. */
  values(): EssaySummary[] {
    return [...this.byHash.values()];
  }

  /** Plain data for storage (JSON.stringify calls it). */
  toJSON(): LibraryCacheJson {
    return { version: SUMMARY_VERSION, stamp: this.stamp, summaries: [...this.byHash.values()], ...(this.built ? { works: this.built } : {}) };
  }

  /**
   * The cache as JSON text for storage, in ASCII only (every other character escaped as `\uXXXX`):
   * read back, it makes a string of one byte per character instead of two, half the memory of
   * parsing a large library's cache. {@link fromJSON} reads it.
   */
  toText(): string {
    // Each entry and entry text once, in tables the summaries point into by number: a work read the same
    // way in ten essays is stored (and read back) once. One summary at a time: no copy of the whole text
    // in two bytes a character, no second pass over it.
    const entries = new Table();
    const texts = new Table();
    const summaries = [...this.byHash.values()]
      .map((summary) => asciiJson({ ...summary, references: summary.references.map((r) => ({ ...r, text: texts.index(r.text, r.text), csl: entries.index(JSON.stringify(r.csl), r.csl) })) }))
      .join(',');
    const head = asciiJson({ version: SUMMARY_VERSION, stamp: this.stamp, entries: entries.values, texts: texts.values });
    const works = this.built ? `,"works":${asciiJson(this.built)}` : '';
    return `${head.slice(0, -1)},"summaries":[${summaries}]${works}}`;
  }

  /**
   * A cache from what {@link toJSON} or {@link toText} gave (or its JSON text). Anything else — another
   * version or stamp, a damaged value — gives an empty cache: the essays are then read again. Never throws.
   */
  static fromJSON(json: unknown, stamp = ''): LibraryCache {
    const cache = new LibraryCache(stamp);
    let value = json;
    if (typeof value === 'string') {
      try {
        value = JSON.parse(value) as unknown;
      } catch {
        return cache;
      }
    }
    if (!value || typeof value !== 'object') return cache;
    const data = value as Partial<LibraryCacheJson> & { entries?: unknown; texts?: unknown };
    if (data.version !== SUMMARY_VERSION || (data.stamp ?? '') !== stamp || !Array.isArray(data.summaries)) return cache;
    const entries = Array.isArray(data.entries) ? (data.entries as unknown[]) : [];
    const texts = Array.isArray(data.texts) ? (data.texts as unknown[]) : [];
    // The parsed data is this cache's own: references take their entry and text from the tables in place,
    // and the names, labels and citations that the JSON text repeats are one string each.
    const compactor = new SummaryCompactor();
    const share = (text: string): string => compactor.string(text);
    try {
      for (const s of data.summaries) {
        if (!isSummary(s)) continue;
        // New reference objects rather than numbers replaced by objects in place (V8 would widen and migrate every one).
        const references = s.references.map((r): SummaryReference => {
          const csl = typeof r.csl === 'number' ? entries[r.csl] : r.csl;
          const text = typeof r.text === 'number' ? texts[r.text] : r.text;
          if (!csl || typeof csl !== 'object' || typeof text !== 'string' || typeof r.label !== 'string' || !Array.isArray(r.citations)) throw new Error('damaged reference');
          for (const c of r.citations as Mutable<SummaryCitation>[]) c.text = share(c.text);
          return { id: r.id, label: share(r.label), text, csl: csl as CslItem, citations: r.citations };
        });
        cache.set({ ...s, file: share(s.file), references });
      }
      const works = data.works;
      if (works && typeof works.key === 'string' && Array.isArray(works.works)) cache.setWorks(works.key, shareStrings(works.works, share));
    } catch {
      // A damaged summary or work deep inside: the essays are read again.
      return new LibraryCache(stamp);
    }
    return cache;
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Values numbered in the order first met, each once (by a key of its own). */
class Table {
  readonly values: unknown[] = [];
  private readonly byKey = new Map<string, number>();

  index(key: string, value: unknown): number {
    let n = this.byKey.get(key);
    if (n === undefined) {
      n = this.values.push(value) - 1;
      this.byKey.set(key, n);
    }
    return n;
  }
}

/**
 * The works read back with the file names of `summaries` and one copy of each message template,
 * instead of the thousands of copies of each that the JSON text gives (changed in place: they are the
 * cache's own).
 */
function shareStrings(works: readonly Work[], share: (text: string) => string): readonly Work[] {
  for (const w of works) {
    for (const m of w.members as Mutable<Work['members'][number]>[]) m.file = share(m.file);
    for (const e of w.essays as Mutable<Work['essays'][number]>[]) e.file = share(e.file);
    for (const m of w.merges as Mutable<Work['merges'][number]>[]) {
      m.file = share(m.file);
      for (const reason of m.reasons) (reason as unknown as string[])[0] = share(reason[0]);
    }
    for (const reason of w.bibliography?.reasons ?? []) (reason as unknown as string[])[0] = share(reason[0]);
  }
  return works;
}

// Every UTF-16 code unit past ASCII (DEL included).
const NOT_ASCII = /[\u007f-\uffff]/g;

function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(NOT_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function isSummary(s: unknown): s is EssaySummary {
  if (!s || typeof s !== 'object') return false;
  const x = s as Partial<EssaySummary>;
  return x.version === SUMMARY_VERSION && typeof x.file === 'string' && typeof x.hash === 'string' && Array.isArray(x.references) && typeof x.counts === 'object' && x.counts !== null;
}
