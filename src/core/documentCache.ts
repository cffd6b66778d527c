/**
 * The cache of documents already read (a PDF's reading text and map): how an entry is named, written,
 * read back and evicted. Pure; the extension keeps the entries in its own storage, never beside the
 * reader's file.
 */
import type { DocumentKind, EmphasisSpan, ListItemSpan, MapSegment, ReadDocument } from './formats/model';

/** Bounds on the cache: the most bytes and the most entries it keeps. */
export interface CacheLimits {
  readonly maxBytes: number;
  readonly maxEntries: number;
}

/** The default bounds: 128 MiB in at most 200 entries. */
export const defaultCacheLimits: CacheLimits = { maxBytes: 128 * 1024 * 1024, maxEntries: 200 };

/** One entry as the store lists it: its file name, when it was written (ms) and its size in bytes. */
export interface CacheEntryStat {
  readonly name: string;
  readonly mtime: number;
  readonly size: number;
}

const kinds: readonly DocumentKind[] = ['text', 'markdown', 'html', 'docx', 'pdf'];
const entrySuffix = '.json';
/**
 * What an entry holds, folded into its name: an entry written before the readers recorded emphasis and list items
 * (format 1) is not found, so that the document is read again and the reading view shows them.
 */
const entryFormat = 2;

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The file name of the entry for a document: the SHA-256 of its bytes, with what else changes the
 * reading (the readers' version, the page limit, what an entry holds) folded in, so a new release or another limit reads
 * the file again. Uses the Web Crypto API (Node 20 and browsers alike).
 */
export async function cacheEntryName(bytes: Uint8Array, readerVersion: string, maxPages: number): Promise<string> {
  const content = hex(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  const salt = hex(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${readerVersion}\u0000${maxPages}\u0000${entryFormat}`))).slice(0, 8);
  return `${content}-${salt}${entrySuffix}`;
}

/** Whether a file name is one of the cache's entries (anything else in the folder is left alone). */
export function isCacheEntryName(name: string): boolean {
  return /^[0-9a-f]{64}-[0-9a-f]{8}\.json$/.test(name);
}

/** An entry's content: the document as JSON. */
export function encodeCachedDocument(document: ReadDocument): string {
  return JSON.stringify({ kind: document.kind, text: document.text, map: document.map, pages: document.pages, warnings: document.warnings, emphasis: document.emphasis, listItems: document.listItems });
}

/** A span of the text: `start` and `end` numbers, `end` not before `start`. */
function isSpan(value: unknown): value is { start: number; end: number } {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as { start?: unknown; end?: unknown };
  return typeof s.start === 'number' && typeof s.end === 'number' && s.end >= s.start;
}

function isEmphasis(value: unknown): value is EmphasisSpan {
  return isSpan(value) && ((value as { kind?: unknown }).kind === 'em' || (value as { kind?: unknown }).kind === 'strong');
}

function isListItem(value: unknown): value is ListItemSpan {
  if (!isSpan(value)) return false;
  const item = value as { ordered?: unknown; depth?: unknown; number?: unknown };
  return typeof item.ordered === 'boolean' && typeof item.depth === 'number' && (item.number === undefined || typeof item.number === 'number');
}

/** `value` when it is an array of `T` (per `is`), `[]` when absent, undefined when it is something else. */
function arrayOf<T>(value: unknown, is: (item: unknown) => item is T): T[] | undefined {
  if (value === undefined) return [];
  return Array.isArray(value) && value.every(is) ? value : undefined;
}

function isSegment(value: unknown): value is MapSegment {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as { start?: unknown; end?: unknown; place?: unknown };
  return typeof s.start === 'number' && typeof s.end === 'number' && typeof s.place === 'object' && s.place !== null;
}

/** The document an entry holds, or undefined when the entry is damaged or of another shape (it is then read again). */
export function decodeCachedDocument(content: string): ReadDocument | undefined {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const d = value as { kind?: unknown; text?: unknown; map?: unknown; pages?: unknown; warnings?: unknown; emphasis?: unknown; listItems?: unknown };
  if (typeof d.kind !== 'string' || !kinds.includes(d.kind as DocumentKind) || typeof d.text !== 'string') return undefined;
  if (!Array.isArray(d.map) || !d.map.every(isSegment)) return undefined;
  if (!Array.isArray(d.warnings) || !d.warnings.every((w) => typeof w === 'string')) return undefined;
  if (d.pages !== undefined && typeof d.pages !== 'number') return undefined;
  const emphasis = arrayOf(d.emphasis, isEmphasis);
  const listItems = arrayOf(d.listItems, isListItem);
  if (!emphasis || !listItems) return undefined;
  return {
    kind: d.kind as DocumentKind,
    text: d.text,
    map: d.map,
    warnings: d.warnings as string[],
    ...(typeof d.pages === 'number' ? { pages: d.pages } : {}),
    ...(emphasis.length > 0 ? { emphasis } : {}),
    ...(listItems.length > 0 ? { listItems } : {}),
  };
}

/**
 * The entries to delete so that the cache keeps within `limits`: the oldest first (by `mtime`),
 * until what is left is at most `maxEntries` entries of at most `maxBytes` together. Names that are
 * not cache entries are never chosen.
 */
export function cacheEvictions(entries: readonly CacheEntryStat[], limits: CacheLimits = defaultCacheLimits): string[] {
  const ours = entries.filter((e) => isCacheEntryName(e.name)).sort((a, b) => a.mtime - b.mtime || a.name.localeCompare(b.name));
  let bytes = ours.reduce((sum, e) => sum + e.size, 0);
  let count = ours.length;
  const out: string[] = [];
  for (const entry of ours) {
    if (bytes <= limits.maxBytes && count <= limits.maxEntries) break;
    out.push(entry.name);
    bytes -= entry.size;
    count--;
  }
  return out;
}
