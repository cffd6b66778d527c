/**
 * Works merged across essays: every reference of every essay, grouped by {@link sameWork}, and
 * matched against the reader's bibliographies by the same rule. Candidates come from an index by
 * first author and year, and by main title (so that an entry without a year, or a ditto whose
 * authors were not read, still meets its twins), never from comparing every pair.
 */
import type { CslItem } from '../model';
import type { LibraryCache } from './cache';
import { contentHash } from './hash';
import { workKeys, type WorkKeys } from './keys';
import { sayMessage, type Message } from '../messages';
import type { Bibliography, EssaySummary, Library, Work, WorkBibliographyMatch, WorkEssay, WorkMember, WorkMerge } from './model';
import { sameWorkByKeys } from './sameWork';

/** At most this many members of a candidate work are compared with a new reference. */
const MEMBERS_COMPARED = 6;
/** A bucket larger than this is a key too common to tell works apart (an empty title, "Introduction"): only its last entries are compared. */
const BUCKET_COMPARED = 200;

interface Item {
  readonly file: string;
  readonly referenceId: string;
  readonly csl: CslItem;
  readonly label: string;
  readonly citations: number;
}

interface Group {
  readonly items: Item[];
  readonly files: Set<string>;
  /** The DOIs its members carry: an entry with another DOI is another work. */
  readonly dois: Set<string>;
  readonly merges: WorkMerge[];
}

/** The index keys of an entry: first author + year, and the main title's first words. */
/** An entry's keys, computed once per merge. */
type KeysOf = (csl: CslItem) => WorkKeys;

function bucketKeys(csl: CslItem, keysOf: KeysOf): string[] {
  const keys: string[] = [];
  const k = keysOf(csl);
  if (k.firstFamily && k.year) keys.push(`a|${k.firstFamily}|${k.year}`);
  const title = k.mainKey.split(' ', 5).join(' ');
  if (title.length >= 4) keys.push(`t|${title}`);
  return keys;
}

/** Groups things by bucket key and finds, for a new entry, the groups it may belong to. */
class Buckets<T> {
  private readonly map = new Map<string, T[]>();

  add(keys: readonly string[], value: T): void {
    for (const key of keys) {
      const list = this.map.get(key);
      if (!list) this.map.set(key, [value]);
      else if (!list.includes(value)) list.push(value);
    }
  }

  candidates(keys: readonly string[]): T[] {
    const out: T[] = [];
    for (const key of keys) {
      const list = this.map.get(key);
      if (!list) continue;
      for (const v of list.length > BUCKET_COMPARED ? list.slice(-BUCKET_COMPARED) : list) if (!out.includes(v)) out.push(v);
    }
    return out;
  }
}

/**
 * The library of `essays`: their references merged into works, each with its members, the essays
 * listing it (with their citations of it) and the reasons of each merge; works sorted by how many
 * essays list them, then by citations, then by id. Essays are taken in order of `file`, so the
 * result does not depend on the order they were indexed in. With `bibliographies`, each work names
 * the first entry (in the order given) that is the same work, with the reasons. Linear in the
 * number of references for ordinary libraries (each reference is compared only with the works
 * sharing its first author and year, or its main title).
 *
 * With `options.cache`, works merged before from the same essays (names and contents) and the same
 * bibliographies are taken from it, and new ones are kept in it: a folder reopened unchanged shows its
 * library without merging again.
 */
export function buildLibrary(essays: readonly EssaySummary[], bibliographies: readonly Bibliography[] = [], options: { readonly cache?: LibraryCache } = {}): Library {
  const sorted = [...essays].sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
  const key = options.cache ? libraryKey(sorted, bibliographies) : '';
  const known = options.cache?.works(key);
  if (known) return { essays: sorted, works: [...known] };
  const works = mergeWorks(sorted, bibliographies);
  options.cache?.setWorks(key, works);
  return { essays: sorted, works };
}

/** What a library is merged from, as one key: each essay's name and content hash, and the bibliographies' entries. */
function libraryKey(sorted: readonly EssaySummary[], bibliographies: readonly Bibliography[]): string {
  const essays = sorted.map((e) => `${e.file}\u0000${e.hash}`).join('\n');
  return `${contentHash(essays)}-${bibliographies.length === 0 ? 'none' : contentHash(JSON.stringify(bibliographies.map((b) => [b.file, b.entries])))}`;
}

function mergeWorks(sorted: readonly EssaySummary[], bibliographies: readonly Bibliography[]): Work[] {
  // Each entry's keys once for this merge, and no longer: the library keeps its essays, not their keys.
  const memo = new Map<CslItem, WorkKeys>();
  const keysOf: KeysOf = (csl) => workKeys(csl, memo);
  const groups: Group[] = [];
  const buckets = new Buckets<Group>();
  for (const essay of sorted) {
    for (const r of essay.references) {
      const item: Item = { file: essay.file, referenceId: r.id, csl: r.csl, label: r.label, citations: r.citations.length };
      const keys = bucketKeys(r.csl, keysOf);
      let home: Group | undefined;
      for (const group of buckets.candidates(keys)) {
        // An essay lists each work once: two of its references are two works ("2011a", "2011b").
        if (group.files.has(item.file)) continue;
        const verdict = joins(group, item.csl, keysOf);
        if (verdict) {
          home = group;
          group.merges.push({ file: item.file, referenceId: item.referenceId, reasons: verdict });
          break;
        }
      }
      if (!home) {
        home = { items: [], files: new Set(), dois: new Set(), merges: [] };
        groups.push(home);
      }
      home.items.push(item);
      home.files.add(item.file);
      const doi = keysOf(item.csl).doi;
      if (doi) home.dois.add(doi);
      buckets.add(keys, home);
    }
  }

  const entries = bibliographies.flatMap((b) => b.entries.map((e) => ({ file: b.file, key: e.key, csl: e.csl })));
  const bibBuckets = new Buckets<number>();
  entries.forEach((e, i) => bibBuckets.add(bucketKeys(e.csl, keysOf), i));

  const usedIds = new Map<string, number>();
  const works: Work[] = groups.map((group) => {
    const id = uniqueId(workId(group.items, keysOf), usedIds);
    const best = fullest(group.items);
    const members: WorkMember[] = group.items.map((i) => ({ file: i.file, referenceId: i.referenceId }));
    const perEssay = new Map<string, number>();
    for (const i of group.items) perEssay.set(i.file, (perEssay.get(i.file) ?? 0) + i.citations);
    const workEssays: WorkEssay[] = [...perEssay].map(([file, citations]) => ({ file, citations }));
    const bibliography = matchEntry(group.items, entries, bibBuckets, keysOf);
    return { id, label: best.label, csl: { ...best.csl, id }, members, essays: workEssays, merges: group.merges, ...(bibliography ? { bibliography } : {}) };
  });
  works.sort(byEssaysThenCitations);
  return works;
}

/** The reasons `csl` joins `group` (same work as one of its first members, and no member's DOI against it), or undefined. */
function joins(group: Group, csl: CslItem, keysOf: KeysOf): readonly Message[] | undefined {
  let reasons: readonly Message[] | undefined;
  const doi = keysOf(csl).doi;
  // A member with another DOI is another work, whatever the others say.
  if (doi && group.dois.size > 0 && !group.dois.has(doi)) return undefined;
  for (const member of group.items.slice(0, MEMBERS_COMPARED)) {
    const verdict = sameWorkByKeys(keysOf(member.csl), keysOf(csl));
    if (verdict.same) reasons ??= verdict.reasons;
  }
  return reasons;
}

function matchEntry(items: readonly Item[], entries: readonly { file: string; key: string; csl: CslItem }[], buckets: Buckets<number>, keysOf: KeysOf): WorkBibliographyMatch | undefined {
  if (entries.length === 0) return undefined;
  const candidates = new Set<number>();
  for (const item of items.slice(0, MEMBERS_COMPARED)) for (const i of buckets.candidates(bucketKeys(item.csl, keysOf))) candidates.add(i);
  for (const i of [...candidates].sort((x, y) => x - y)) {
    for (const item of items.slice(0, MEMBERS_COMPARED)) {
      const verdict = sameWorkByKeys(keysOf(entries[i].csl), keysOf(item.csl));
      if (verdict.same) return { file: entries[i].file, key: entries[i].key, reasons: verdict.reasons };
    }
  }
  return undefined;
}

function byEssaysThenCitations(a: Work, b: Work): number {
  const citations = (w: Work): number => w.essays.reduce((n, e) => n + e.citations, 0);
  return b.essays.length - a.essays.length || citations(b) - citations(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** How full an entry is: a DOI, given names, a container and more fields make it the work's face. */
function richness(csl: CslItem): number {
  let score = Object.keys(csl).length;
  if (csl.DOI) score += 5;
  if (csl.URL) score += 1;
  for (const n of csl.author ?? []) if (n.given && n.given.replace(/[^\p{L}]/gu, '').length > 2) score += 1;
  if (typeof csl.title === 'string') score += csl.title.length / 100;
  return score;
}

function fullest(items: readonly Item[]): Item {
  let best = items[0];
  for (const item of items) if (richness(item.csl) > richness(best.csl)) best = item;
  return best;
}

/**
 * A work's id from its most common form among its members (first author, year, main title), so
 * that it stays while the essays do: "paul2005soft-3f9a1c2e".
 */
function workId(items: readonly Item[], keysOf: KeysOf): string {
  const counts = new Map<string, number>();
  for (const i of items) {
    const k = keysOf(i.csl);
    const key = `${k.firstFamily}|${k.year}|${k.mainKey}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let key = '';
  let most = 0;
  for (const [k, n] of counts) if (n > most || (n === most && k < key)) [key, most] = [k, n];
  const [family, year, title] = key.split('|');
  const word = title.split(' ').find((w) => w.length >= 4 && !STOP_WORDS.has(w)) ?? title.split(' ')[0] ?? '';
  const head = `${family.slice(0, 20)}${year}${word}`.replace(/[^a-z0-9]/g, '') || 'work';
  return `${head}-${contentHash(key).slice(0, 8)}`;
}

const STOP_WORDS = new Set(['the', 'and', 'from', 'with', 'into', 'about', 'what', 'when', 'over', 'under', 'between', 'after', 'before', 'upon', 'their', 'this', 'that', 'some', 'towards', 'toward']);

function uniqueId(id: string, used: Map<string, number>): string {
  const n = (used.get(id) ?? 0) + 1;
  used.set(id, n);
  return n === 1 ? id : `${id}-${n}`;
}

/**
 * Why the members of `work` were merged, in the reader's language now, one line per merge:
 * "b.txt r4: same DOI 10.1002/ejsp.674". Empty for a work of one member.
 */
export function workReasons(work: Work): string[] {
  return work.merges.map((m) => `${m.file} ${m.referenceId}: ${m.reasons.map(sayMessage).join('; ')}`);
}

/** Why a work matches an entry of the reader's bibliography, in the reader's language now. */
export function matchReasons(match: WorkBibliographyMatch): string[] {
  return match.reasons.map(sayMessage);
}

/** Lookups on a library, built once: the work a reference belongs to. */
export interface LibraryIndex {
  /** The work listing reference `referenceId` of essay `file`, or undefined. */
  workOf(file: string, referenceId: string): Work | undefined;
  /** The essay summary of `file`, or undefined. */
  essay(file: string): EssaySummary | undefined;
}

/** Indexes `library` for lookups by essay and reference. Linear in its size. */
export function indexLibrary(library: Library): LibraryIndex {
  const byMember = new Map<string, Work>();
  for (const w of library.works) for (const m of w.members) byMember.set(`${m.file}\u0000${m.referenceId}`, w);
  const byFile = new Map(library.essays.map((e) => [e.file, e]));
  return {
    workOf: (file, referenceId) => byMember.get(`${file}\u0000${referenceId}`),
    essay: (file) => byFile.get(file),
  };
}

/** The orders the library's works can be listed in. */
export type WorkSort = 'essays' | 'author' | 'year' | 'title';

/**
 * `works` in a new array, sorted: by how many essays list them (then citations), by first author, by
 * year (oldest first, works without a year last) or by title; ties by id, so the order is stable.
 */
export function sortWorks(works: readonly Work[], by: WorkSort): Work[] {
  if (by === 'essays') return [...works].sort(byEssaysThenCitations);
  const key = (w: Work): string => {
    const k = workKeys(w.csl);
    if (by === 'author') return `${k.names[0]?.family ?? '\uffff'}\u0000${k.year}`;
    if (by === 'year') return `${k.year || '9999'}\u0000${k.names[0]?.family ?? ''}`;
    return k.titleKey || '\uffff';
  };
  const keyed = works.map((w) => ({ w, k: key(w) }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.w.id < b.w.id ? -1 : a.w.id > b.w.id ? 1 : 0));
  return keyed.map((x) => x.w);
}
