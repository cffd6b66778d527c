/**
 * The data of the Sources view: for one analysis, each reference with the places that cite it,
 * then the unresolved citations and the uncited references as groups; sorted and filtered.
 * Plain data, no VS Code: the tree view only maps these nodes to tree items.
 */
import type { AnalysisIndex } from './lookup';
import type { Citation, CitedWork, LinkStatus, Reference, Span } from './model';
import { namesOf } from './citations';
import { referenceLabel, referenceTitle } from './labels';
import { workSeverity, type ProblemSeverity } from './severity';
import { foldKey } from './text';
import { say } from './messages';

/** How the references are ordered. */
export type SourcesSort = 'list' | 'author' | 'year' | 'cited';

/** The sort orders, in picker order, with the words a picker shows. */
export const sourcesSorts: readonly { readonly id: SourcesSort; readonly label: string; readonly description: string }[] = [
  // Getters: the words are read when shown, in the reader's language (./messages).
  { id: 'list', get label() { return say('List order'); }, get description() { return say('as the reference list gives them'); } },
  { id: 'author', get label() { return say('Author'); }, get description() { return say('by the first author’s surname, then year'); } },
  { id: 'year', get label() { return say('Year'); }, get description() { return say('oldest first, then author'); } },
  { id: 'cited', get label() { return say('Times cited'); }, get description() { return say('most cited first'); } },
];

/** True when `value` is one of the {@link SourcesSort} ids. */
export function isSourcesSort(value: unknown): value is SourcesSort {
  return typeof value === 'string' && sourcesSorts.some((s) => s.id === value);
}

/** One place in the essay that cites a work. */
export interface CitationNode {
  readonly kind: 'citation';
  /** Unique within one tree (the same citation can sit under several references when it is ambiguous). */
  readonly key: string;
  readonly citation: Citation;
  readonly work: CitedWork;
  readonly status: LinkStatus;
  /** The severity Problems gives this work (see {@link workSeverity}); undefined when it is linked without doubt. */
  readonly severity?: ProblemSeverity;
  /** The citation as written, white space collapsed. */
  readonly label: string;
  /** The sentence around the citation, shortened (see {@link snippetAround}). */
  readonly snippet: string;
  /** What to select when the node is opened: the citation's span. */
  readonly span: Span;
  /** The row as a screen reader says it: "(Smith, 2010), ambiguous, in: Two books share a year (Smith, 2010)." */
  readonly spoken: string;
}

/** One entry of the reference list with the places that cite it. */
export interface ReferenceNode {
  readonly kind: 'reference';
  readonly key: string;
  readonly reference: Reference;
  /** The author-year label, "Brooks & Wohlforth 2005" (see {@link referenceLabel}). */
  readonly label: string;
  /**
   * Short enough for a narrow side bar, most important first: how often it is cited, a word when its
   * parse is uncertain, then its title: "3× · Hard Times for Soft Balancing".
   */
  readonly description: string;
  /** The row as a screen reader says it, words for the description's signs: "Paul 2005, cited 3 times, Soft Balancing". */
  readonly spoken: string;
  /** How many citations are linked to it; an ambiguous citation counts for none of its candidates. */
  readonly citedCount: number;
  /** How many ambiguous citations have it among their candidates (each listed once, in the "Ambiguous citations" group). */
  readonly candidateCount: number;
  /** Its linked citations, in text order. */
  readonly citations: readonly CitationNode[];
}

/** A group of the tree: ambiguous citations, citations whose work is not in the reference list, or references no citation points to. */
export interface GroupNode {
  readonly kind: 'group';
  readonly key: 'ambiguous' | 'unresolved' | 'uncited';
  readonly label: string;
  readonly children: readonly (CitationNode | ReferenceNode)[];
}

export type SourcesNode = ReferenceNode | GroupNode | CitationNode;

/** The Sources tree of one analysis. */
export interface SourcesTree {
  /** Cited references in the chosen order, then the groups that are not empty. */
  readonly roots: readonly (ReferenceNode | GroupNode)[];
  /** References in the list, before filtering. */
  readonly referenceCount: number;
  /** References shown after filtering (cited and uncited). */
  readonly shownReferences: number;
  /** The filter as given, trimmed ("" for none). */
  readonly filter: string;
}

export interface SourcesOptions {
  readonly sort?: SourcesSort;
  /** Words that every shown reference or citation contains (case and accents ignored); "" or undefined for all. */
  readonly filter?: string;
  /** Longest snippet, in characters (default 100). */
  readonly snippetLength?: number;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The year a reference was issued, as a number for sorting; entries without one sort last. */
function yearNumber(reference: Reference): number {
  const issued = reference.csl.issued;
  const n = Number.parseInt(String(issued?.['date-parts']?.[0]?.[0] ?? issued?.literal ?? ''), 10);
  return Number.isFinite(n) ? n : Number.POSITIVE_INFINITY;
}

/** The first author's (or editor's) surname with its particle, folded for sorting; else the label. */
function authorKey(node: ReferenceNode): string {
  const first = namesOf(node.reference)[0];
  const name = first ? [first['non-dropping-particle'], first.family ?? first.literal ?? first.given].filter((p) => p).join(' ') : '';
  return foldKey(name || node.label);
}

/** Words a reader understands for an entry the parser could not read with certainty. */
const checkEntry = (): string => say('check the entry');

/** "3× · Title", "1 ambiguous · Title", "check the entry · Title" …: what a reference's row says after its label, most important first. */
function referenceDescription(reference: Reference, citedCount: number, candidateCount: number): string {
  const parts = [citedCount > 0 ? `${citedCount}×` : '', candidateCount > 0 ? say('{0} ambiguous', candidateCount) : '', reference.uncertain.length > 0 ? checkEntry() : '', referenceTitle(reference)];
  return parts.filter((p) => p !== '').join(' · ');
}

/** The same row in words for a screen reader: "Paul 2005, cited 3 times, 1 ambiguous citation, check the entry, Soft Balancing". */
function referenceSpoken(label: string, reference: Reference, citedCount: number, candidateCount: number): string {
  const times = citedCount === 0 ? say('not cited') : citedCount === 1 ? say('cited once') : say('cited {0} times', citedCount);
  const maybe = candidateCount === 0 ? '' : candidateCount === 1 ? say('1 ambiguous citation') : say('{0} ambiguous citations', candidateCount);
  return [label, times, maybe, reference.uncertain.length > 0 ? checkEntry() : '', referenceTitle(reference)].filter((p) => p !== '').join(', ');
}

const abbreviations = new Set(['al', 'cf', 'eg', 'ie', 'e.g', 'i.e', 'p', 'pp', 'vol', 'vols', 'no', 'nos', 'ed', 'eds', 'etc', 'ch', 'chap', 'fig', 'n', 'nn', 'ibid', 'op', 'cit', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'vs', 'viz']);

/** True when the full stop at `i` ends an abbreviation or an initial ("et al.", "T. V.", "U.S.") rather than a sentence. */
function isAbbreviationStop(text: string, i: number): boolean {
  let start = i;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1])) start--;
  const word = text.slice(start, i);
  if (word === '') return false;
  if (/^\p{Lu}$/u.test(word) || word.includes('.')) return true;
  return abbreviations.has(word.toLowerCase());
}

/** Closing quotes and brackets that may follow the full stop of a sentence. */
const closers = '"”’\')]';

/** True when `text[i]` ends a sentence: . ! ? (with closing quotes or brackets) followed by white space. */
function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  let j = i + 1;
  while (j < text.length && closers.includes(text[j])) j++;
  if (j < text.length && !/\s/.test(text[j])) return false;
  return ch !== '.' || !isAbbreviationStop(text, i);
}

/** True when a blank line (two line breaks with only spaces between) starts at `i`. */
function isBlankLineAt(text: string, i: number): boolean {
  if (text[i] !== '\n') return false;
  for (let j = i + 1; j < text.length && j < i + 200; j++) {
    if (text[j] === '\n') return true;
    if (!/[ \t\r]/.test(text[j])) return false;
  }
  return false;
}

/**
 * The sentence around `span` in `text`, white space collapsed, at most `max` characters: a longer
 * sentence is cut at word boundaries around the span with "…" where text is left out. A sentence ends
 * at . ! ? followed by white space (not after an initial or an abbreviation such as "et al.") or at a
 * blank line. Offsets are 0-based UTF-16 offsets; a span outside the text gives "".
 */
export function snippetAround(text: string, span: Span, max = 100): string {
  return snippetText(snippetParts(text, span, max));
}

/** A sentence around a span as {@link snippetParts} keeps it: the words kept, and whether words were left out before or after them. */
export interface SnippetParts {
  /** The words kept, white space collapsed, without any "…". */
  readonly text: string;
  /** True when the sentence goes on before `text` (it is shown with a leading "…"). */
  readonly cutBefore?: boolean;
  /** True when the sentence goes on after `text` (it is shown with a trailing "…"). */
  readonly cutAfter?: boolean;
}

/** The snippet as a reader sees it: `parts.text` with "…" where words were left out. */
export function snippetText(parts: SnippetParts): string {
  if (!parts.cutBefore && !parts.cutAfter) return parts.text;
  return `${parts.cutBefore ? '…' : ''}${parts.text}${parts.cutAfter ? '…' : ''}`;
}

/**
 * {@link snippetAround} without its "…": the words kept and where words were left out, so that a
 * store of many snippets keeps plain (often one-byte) strings and adds the marks when one is shown.
 */
export function snippetParts(text: string, span: Span, max = 100): SnippetParts {
  if (span.start < 0 || span.end > text.length || span.start > span.end) return { text: '' };
  const reach = 600;
  let start = span.start;
  while (start > 0 && span.start - start < reach && !endsSentence(text, start - 1) && !isBlankLineAt(text, start - 1)) start--;
  // The closing quote or bracket of the sentence before, and the space after it, belong to that sentence.
  while (start < span.start && (/\s/.test(text[start]) || closers.includes(text[start]))) start++;
  let end = span.end;
  while (end < text.length && end - span.end < reach && !isBlankLineAt(text, end)) {
    end++;
    if (endsSentence(text, end - 1)) break;
  }
  const before = collapse(text.slice(start, span.start));
  const middle = collapse(text.slice(span.start, span.end));
  const after = collapse(text.slice(span.end, end));
  const join = (a: string, b: string, c: string): string => collapse(`${a}${/\s/.test(text[span.start - 1] ?? '') ? ' ' : ''}${b}${/\s/.test(text[span.end] ?? '') ? ' ' : ''}${c}`);
  const whole = join(before, middle, after);
  if (whole.length <= max) return { text: whole };
  // Keep the citation in view: a third of the room before it, the rest after it.
  const room = Math.max(0, max - middle.length - 2);
  let head = before;
  let tail = after;
  const headRoom = Math.min(head.length, Math.max(Math.floor(room / 3), room - tail.length));
  const tailRoom = Math.min(tail.length, room - headRoom);
  const cutBefore = head.length > headRoom;
  const cutAfter = tail.length > tailRoom;
  if (cutBefore) {
    head = head.slice(head.length - headRoom);
    const space = head.indexOf(' ');
    head = space >= 0 ? head.slice(space + 1) : head;
  }
  if (cutAfter) {
    tail = tail.slice(0, tailRoom);
    const space = tail.lastIndexOf(' ');
    tail = space >= 0 ? tail.slice(0, space) : tail;
  }
  return { text: join(head, middle, tail), ...(cutBefore ? { cutBefore } : {}), ...(cutAfter ? { cutAfter } : {}) };
}

function citationNode(text: string, citation: Citation, work: CitedWork, owner: string, snippetLength: number): CitationNode {
  const label = collapse(citation.text);
  const snippet = snippetAround(text, citation, snippetLength);
  const severity = workSeverity(citation, work);
  const state = work.status === 'linked' ? '' : work.status === 'ambiguous' ? say('ambiguous') : say('not in the reference list');
  return {
    kind: 'citation',
    key: `${owner}/c${citation.start}:${work.start}`,
    citation,
    work,
    status: work.status,
    ...(severity ? { severity } : {}),
    label,
    snippet,
    span: { start: citation.start, end: citation.end },
    spoken: [label, state, snippet === '' ? '' : say('in: {0}', snippet)].filter((p) => p !== '').join(', '),
  };
}

function compareBy(sort: SourcesSort): (a: ReferenceNode, b: ReferenceNode) => number {
  const byIndex = (a: ReferenceNode, b: ReferenceNode): number => a.reference.index - b.reference.index;
  const byAuthor = (a: ReferenceNode, b: ReferenceNode): number => authorKey(a).localeCompare(authorKey(b));
  const byYear = (a: ReferenceNode, b: ReferenceNode): number => {
    const d = yearNumber(a.reference) - yearNumber(b.reference);
    return Number.isNaN(d) ? 0 : d;
  };
  switch (sort) {
    case 'author':
      return (a, b) => byAuthor(a, b) || byYear(a, b) || byIndex(a, b);
    case 'year':
      return (a, b) => byYear(a, b) || byAuthor(a, b) || byIndex(a, b);
    case 'cited':
      return (a, b) => b.citedCount - a.citedCount || byIndex(a, b);
    default:
      return byIndex;
  }
}

/** A filter as words to look for: folded like names are (case and accents ignored). */
function filterWords(filter: string): string[] {
  return foldKey(filter).split(' ').filter((w) => w !== '');
}

function matches(words: readonly string[], ...texts: string[]): boolean {
  if (words.length === 0) return true;
  const haystack = foldKey(texts.join(' '));
  return words.every((w) => haystack.includes(w));
}

/**
 * Builds the Sources tree of the analysis behind `index`. Each cited reference lists, in text order,
 * the citations linked to it; each ambiguous cited work is listed once, in an "Ambiguous citations"
 * group (its candidates stay among the cited references, with the count of such citations); references
 * no citation points to go into an "Uncited references" group and cited works missing from the list
 * into an "Unresolved citations" group, each group only when not empty. With a filter, a reference is shown when its label, its entry or
 * one of its citations contains every word of the filter (then with all its citations); an
 * unresolved citation when its text or sentence does.
 */
export function buildSourcesTree(index: AnalysisIndex, options: SourcesOptions = {}): SourcesTree {
  const { analysis } = index;
  const sort = options.sort ?? 'list';
  const filter = (options.filter ?? '').trim();
  const words = filterWords(filter);
  const snippetLength = options.snippetLength ?? 100;

  // An ambiguous work is one citation, whichever reference it means: it is listed (and counted) once, in its own group.
  const candidacies = new Map<string, number>();
  for (const citation of analysis.citations) {
    for (const work of citation.works) {
      if (work.status === 'ambiguous') for (const id of new Set(work.targets)) candidacies.set(id, (candidacies.get(id) ?? 0) + 1);
    }
  }
  const referenceNodes: ReferenceNode[] = analysis.references.map((reference) => {
    const key = `r:${reference.id}`;
    const citations = index
      .citationsOf(reference.id)
      .filter((p) => p.work.status === 'linked')
      .map((p) => citationNode(analysis.text, p.citation, p.work, key, snippetLength));
    const n = citations.length;
    const candidateCount = candidacies.get(reference.id) ?? 0;
    const label = referenceLabel(reference);
    return {
      kind: 'reference',
      key,
      reference,
      label,
      description: referenceDescription(reference, n, candidateCount),
      spoken: referenceSpoken(label, reference, n, candidateCount),
      citedCount: n,
      candidateCount,
      citations,
    };
  });
  const shown = referenceNodes.filter((r) => matches(words, r.label, r.reference.text, ...r.citations.map((c) => c.label)));
  shown.sort(compareBy(sort));

  const ambiguous: CitationNode[] = [];
  const unresolved: CitationNode[] = [];
  for (const citation of analysis.citations) {
    for (const work of citation.works) {
      if (work.status === 'linked') continue;
      const node = citationNode(analysis.text, citation, work, work.status, snippetLength);
      if (matches(words, node.label, node.snippet)) (work.status === 'ambiguous' ? ambiguous : unresolved).push(node);
    }
  }

  // A candidate of an ambiguous citation may be what it cites: it is not put with the uncited references.
  const roots: (ReferenceNode | GroupNode)[] = shown.filter((r) => r.citedCount > 0 || r.candidateCount > 0);
  if (ambiguous.length > 0) roots.push({ kind: 'group', key: 'ambiguous', label: say('Ambiguous citations'), children: ambiguous });
  if (unresolved.length > 0) roots.push({ kind: 'group', key: 'unresolved', label: say('Unresolved citations'), children: unresolved });
  const uncited = shown.filter((r) => r.citedCount === 0 && r.candidateCount === 0);
  if (uncited.length > 0) roots.push({ kind: 'group', key: 'uncited', label: say('Uncited references'), children: uncited });
  return { roots, referenceCount: analysis.references.length, shownReferences: shown.length, filter };
}

/** The children of a node: a reference's citations, a group's members, nothing under a citation. */
export function childrenOf(node: SourcesNode): readonly SourcesNode[] {
  if (node.kind === 'reference') return node.citations;
  if (node.kind === 'group') return node.children;
  return [];
}
