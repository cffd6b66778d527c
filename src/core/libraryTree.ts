/**
 * The data of the Library view: every work the essays of a workspace cite, with the essays citing it
 * and their citations underneath; sorted, filtered by words and by the reader's bibliography. Plain
 * data, no VS Code: the tree view only maps these nodes to tree items, and the hover and the Sources
 * view ask {@link LibraryLookup} where else a reference of an essay is cited.
 */
import { referenceLabel } from './link';
import { say } from './messages';
import type { CslItem, Span } from './model';
import { ellipsize, foldKey } from './text';

/** One place in an essay that cites a work: 0-based UTF-16 offsets into the essay's analysed text. */
export interface LibraryCitationPlace extends Span {
  /** The citation as written. */
  readonly text: string;
  /**
   * The sentence around it, shortened, without the "…" where words were left out ("" when unknown):
   * `citationSentence` shows it. The library's own citations are places as they are, not copies.
   */
  readonly sentence: string;
  readonly cutBefore?: boolean;
  readonly cutAfter?: boolean;
}

/** One essay citing a work, and where. */
export interface LibraryEssayCitations {
  /** The essay's file, as the library names it (a URI string in the extension). */
  readonly file: string;
  /** What the reader calls the essay: its title, else its file name. */
  readonly title: string;
  /** Every citation of the work in the essay, in text order; may be empty when only the count is known. */
  readonly places: readonly LibraryCitationPlace[];
  /** How many citations of the work the essay has (at least `places.length`). */
  readonly citations: number;
}

/** A work of the library as the view needs it. */
export interface LibraryWorkView {
  readonly id: string;
  readonly csl: CslItem;
  /** One essay's entry for the work as written (for a label when the parse found no author). */
  readonly text: string;
  /** The references that are this work: which essay, which reference of its analysis. */
  readonly members: readonly { readonly file: string; readonly referenceId: string }[];
  readonly essays: readonly LibraryEssayCitations[];
  /** Why the entries of several essays were taken for one work. */
  readonly reasons: readonly string[];
  /** The matching entry of the reader's bibliography, when there is one. */
  readonly bibliography?: { readonly file: string; readonly key: string; readonly reasons: readonly string[] };
}

/** How the works are ordered. */
export type LibrarySort = 'essays' | 'author' | 'year' | 'title';

/** The sort orders, in picker order, with the words a picker shows. */
export const librarySorts: readonly { readonly id: LibrarySort; readonly label: string; readonly description: string }[] = [
  // Getters: the words are read when shown, in the reader's language (./messages).
  { id: 'essays', get label() { return say('Essays citing it'); }, get description() { return say('works cited by the most essays first'); } },
  { id: 'author', get label() { return say('Author'); }, get description() { return say('by the first author’s surname, then year'); } },
  { id: 'year', get label() { return say('Year'); }, get description() { return say('oldest first, then author'); } },
  { id: 'title', get label() { return say('Title'); }, get description() { return say('alphabetically by title'); } },
];

/** True when `value` is one of the {@link LibrarySort} ids. */
export function isLibrarySort(value: unknown): value is LibrarySort {
  return typeof value === 'string' && librarySorts.some((s) => s.id === value);
}

/** Which works are shown by the reader's bibliography: all, those in it, those not in it. */
export type BibliographyScope = 'all' | 'in' | 'out';

/** The scopes, in picker order. */
export const bibliographyScopes: readonly { readonly id: BibliographyScope; readonly label: string; readonly description: string }[] = [
  { id: 'all', get label() { return say('All works'); }, get description() { return say('every work the essays cite'); } },
  { id: 'in', get label() { return say('In my bibliography'); }, get description() { return say('works that match an entry of your bibliography files'); } },
  { id: 'out', get label() { return say('Not in my bibliography'); }, get description() { return say('works new to you'); } },
];

/** True when `value` is one of the {@link BibliographyScope} ids. */
export function isBibliographyScope(value: unknown): value is BibliographyScope {
  return typeof value === 'string' && bibliographyScopes.some((s) => s.id === value);
}

export interface LibraryCitationNode {
  readonly kind: 'citation';
  /** Unique within one tree. */
  readonly key: string;
  readonly file: string;
  readonly place: LibraryCitationPlace;
  /** The citation as written, white space collapsed. */
  readonly label: string;
}

export interface LibraryEssayNode {
  readonly kind: 'essay';
  readonly key: string;
  readonly file: string;
  readonly label: string;
  /** "cites it 3×". */
  readonly description: string;
  readonly spoken: string;
  readonly citations: number;
  readonly children: readonly LibraryCitationNode[];
}

export interface LibraryWorkNode {
  readonly kind: 'work';
  readonly key: string;
  readonly work: LibraryWorkView;
  /** "Brooks & Wohlforth 2005". */
  readonly label: string;
  /** "3 essays · in your bibliography: paul2005soft · Soft Balancing…": most important first. */
  readonly description: string;
  /** The row in words for a screen reader. */
  readonly spoken: string;
  /** The title (else the container), one line, "" when the parse found neither. */
  readonly title: string;
  readonly essayCount: number;
  readonly citationCount: number;
  readonly children: readonly LibraryEssayNode[];
}

export type LibraryNode = LibraryWorkNode | LibraryEssayNode | LibraryCitationNode;

export interface LibraryTreeOptions {
  readonly sort?: LibrarySort;
  /** Words that must all occur (case and accents ignored) in a work's label, title, container, key or its essays' titles. */
  readonly filter?: string;
  readonly scope?: BibliographyScope;
  /** True when the reader has bibliography files: works not in them are then marked new. */
  readonly hasBibliography?: boolean;
}

export interface LibraryTree {
  readonly roots: readonly LibraryWorkNode[];
  /** Works in the library. */
  readonly workCount: number;
  /** Works shown after filtering. */
  readonly shownWorks: number;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "1 essay", "3 essays". */
export function essaysWords(n: number): string {
  return n === 1 ? say('1 essay') : say('{0} essays', n);
}

function citationsWords(n: number): string {
  return n === 1 ? say('1 citation') : say('{0} citations', n);
}

/** The title of a work, else the journal or book it appeared in, one line, cut at `max`. */
export function workTitle(csl: CslItem, max = 80): string {
  const what = typeof csl.title === 'string' && csl.title.trim() !== '' ? csl.title : csl['container-title'];
  return typeof what === 'string' ? ellipsize(collapse(what), max) : '';
}

/** "Paul 2005", "Brooks & Wohlforth 2005", "Cohen et al. 2012"; the entry's first words when no author was read. */
export function workLabel(work: Pick<LibraryWorkView, 'csl' | 'text'>): string {
  return referenceLabel({ id: '', index: 0, start: 0, end: work.text.length, text: work.text, csl: work.csl, uncertain: [] });
}

/** The words of a work's bibliography status: "in your bibliography: key", "new", or "" when there is no bibliography. */
export function bibliographyWords(work: Pick<LibraryWorkView, 'bibliography'>, hasBibliography: boolean): string {
  if (work.bibliography) return say('in your bibliography: {0}', work.bibliography.key);
  return hasBibliography ? say('new') : '';
}

function yearOf(csl: CslItem): number {
  const issued = csl.issued;
  const n = Number.parseInt(String(issued?.['date-parts']?.[0]?.[0] ?? issued?.literal ?? ''), 10);
  return Number.isFinite(n) ? n : Number.POSITIVE_INFINITY;
}

function authorKey(node: LibraryWorkNode): string {
  const names = node.work.csl.author?.length ? node.work.csl.author : (node.work.csl.editor ?? []);
  const first = names[0];
  const name = first ? [first['non-dropping-particle'], first.family ?? first.literal ?? first.given].filter((p) => p).join(' ') : '';
  return foldKey(name || node.label);
}

const byLabel = (a: LibraryWorkNode, b: LibraryWorkNode): number => foldKey(a.label).localeCompare(foldKey(b.label)) || a.work.id.localeCompare(b.work.id);

const comparators: Readonly<Record<LibrarySort, (a: LibraryWorkNode, b: LibraryWorkNode) => number>> = {
  essays: (a, b) => b.essayCount - a.essayCount || b.citationCount - a.citationCount || byLabel(a, b),
  author: (a, b) => authorKey(a).localeCompare(authorKey(b)) || yearOf(a.work.csl) - yearOf(b.work.csl) || byLabel(a, b),
  year: (a, b) => yearOf(a.work.csl) - yearOf(b.work.csl) || authorKey(a).localeCompare(authorKey(b)) || byLabel(a, b),
  title: (a, b) => {
    // Works without a title go last.
    const ta = foldKey(a.title);
    const tb = foldKey(b.title);
    return Number(ta === '') - Number(tb === '') || ta.localeCompare(tb) || byLabel(a, b);
  },
};

function essayNode(workKey: string, essay: LibraryEssayCitations): LibraryEssayNode {
  const key = `${workKey}|${essay.file}`;
  const count = Math.max(essay.citations, essay.places.length);
  return {
    kind: 'essay',
    key,
    file: essay.file,
    label: essay.title,
    description: count > 0 ? say('cites it {0}×', count) : '',
    spoken: count === 1 ? say('{0}, cites it once', essay.title) : say('{0}, cites it {1} times', essay.title, count),
    citations: count,
    children: essay.places.map((place) => ({ kind: 'citation', key: `${key}@${place.start}`, file: essay.file, place, label: collapse(place.text) })),
  };
}

function workNode(work: LibraryWorkView, hasBibliography: boolean): LibraryWorkNode {
  const key = `work:${work.id}`;
  const children = work.essays
    .map((essay) => essayNode(key, essay))
    .sort((a, b) => b.citations - a.citations || foldKey(a.label).localeCompare(foldKey(b.label)) || a.file.localeCompare(b.file));
  const citationCount = children.reduce((sum, e) => sum + e.citations, 0);
  const label = workLabel(work);
  const title = workTitle(work.csl);
  const status = bibliographyWords(work, hasBibliography);
  const essays = essaysWords(children.length);
  return {
    kind: 'work',
    key,
    work,
    label,
    title,
    essayCount: children.length,
    citationCount,
    description: [essays, status, title].filter((p) => p !== '').join(' · '),
    spoken: [label, say('cited in {0}, {1}', essays, citationsWords(citationCount)), status, title].filter((p) => p !== '').join(', '),
    children,
  };
}

/** Everything a text filter looks in for one work, folded. */
function haystack(node: LibraryWorkNode): string {
  const { csl } = node.work;
  const names = [...(csl.author ?? []), ...(csl.editor ?? [])].map((n) => [n.given, n['non-dropping-particle'], n.family, n.literal].filter((p) => p).join(' '));
  const parts = [node.label, node.title, typeof csl['container-title'] === 'string' ? csl['container-title'] : '', node.work.bibliography?.key ?? '', ...names, ...node.children.map((e) => e.label)];
  return foldKey(parts.join(' '));
}

function inScope(work: LibraryWorkView, scope: BibliographyScope): boolean {
  return scope === 'all' || (scope === 'in') === (work.bibliography !== undefined);
}

/**
 * The tree of the library: one node per work (sorted; default most essays first), its essays
 * (those citing it most first) and their citations. `filter` keeps the works whose label, title,
 * container, authors, bibliography key or essays' titles hold every word of it (case and accents
 * ignored); `scope` keeps those in or not in the reader's bibliography.
 */
export function buildLibraryTree(works: readonly LibraryWorkView[], options: LibraryTreeOptions = {}): LibraryTree {
  const scope = options.scope ?? 'all';
  const words = foldKey(options.filter ?? '')
    .split(/\s+/)
    .filter((w) => w !== '');
  const roots = works
    .filter((work) => inScope(work, scope))
    .map((work) => workNode(work, options.hasBibliography ?? false))
    .filter((node) => {
      if (words.length === 0) return true;
      const text = haystack(node);
      return words.every((w) => text.includes(w));
    })
    .sort(comparators[options.sort ?? 'essays']);
  return { roots, workCount: works.length, shownWorks: roots.length };
}

/** The children of a node. */
export function libraryChildren(node: LibraryNode): readonly LibraryNode[] {
  return node.kind === 'citation' ? [] : node.children;
}

/** Where else a work is cited: another essay, with the first place citing it there (when known). */
export interface CitedElsewhere {
  readonly file: string;
  readonly title: string;
  readonly citations: number;
  readonly first?: LibraryCitationPlace;
}

/**
 * Finds, for a reference of one essay, the library's work and the other essays citing it. Built
 * once per library; lookups are constant time.
 */
export class LibraryLookup {
  private readonly byMember = new Map<string, LibraryWorkView>();

  constructor(readonly works: readonly LibraryWorkView[]) {
    for (const work of works) for (const m of work.members) this.byMember.set(`${m.file}\n${m.referenceId}`, work);
  }

  /** The work that the reference `referenceId` of the essay `file` is; undefined when the library does not hold it. */
  workOf(file: string, referenceId: string): LibraryWorkView | undefined {
    return this.byMember.get(`${file}\n${referenceId}`);
  }

  /** The essays other than `file` that cite the work of its reference `referenceId` (most citations first); [] when none. */
  elsewhere(file: string, referenceId: string): CitedElsewhere[] {
    const work = this.workOf(file, referenceId);
    if (!work) return [];
    return work.essays
      .filter((e) => e.file !== file && Math.max(e.citations, e.places.length) > 0)
      .map((e) => ({ file: e.file, title: e.title, citations: Math.max(e.citations, e.places.length), first: e.places[0] }))
      .sort((a, b) => b.citations - a.citations || a.title.localeCompare(b.title));
  }
}

/**
 * The span to select for a citation indexed at `at` with `text`: the cited work at that place when its text
 * agrees, else the nearest work written the same way, else the place itself (clamped to the text).
 */
export function placeOf(works: readonly (Span & { readonly text: string })[], at: Span, text: string | undefined, length: number): Span {
  const same = works.filter((w) => text === undefined || w.text === text);
  const exact = same.find((w) => w.start === at.start && w.end === at.end);
  if (exact) return exact;
  let best: Span | undefined;
  for (const w of same) if (!best || Math.abs(w.start - at.start) < Math.abs(best.start - at.start)) best = w;
  if (best && text !== undefined) return best;
  const start = Math.min(at.start, length);
  return { start, end: Math.min(Math.max(at.end, start), length) };
}
