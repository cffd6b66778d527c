/**
 * The library's plain data: essays summarised for the cache, works merged across essays, and the
 * reader's own bibliographies. Everything here is JSON-serialisable (no Maps, no classes), so that
 * it can cross a worker boundary and be stored as it is.
 */
import type { Message } from '../messages';
import type { CslItem } from '../model';

/** The format version of {@link EssaySummary}; a cache of another version is dropped, not read. */
export const SUMMARY_VERSION = 3;

/** One citation of a reference in an essay: where it is and how it reads. */
export interface SummaryCitation {
  /** The cited work's span in the essay's reading text (0-based UTF-16 offsets, half-open), e.g. "Paul, 2005". */
  readonly start: number;
  readonly end: number;
  /** Exactly the cited work's text ("Paul, 2005, p. 7"). */
  readonly text: string;
  /**
   * The sentence around the citation, shortened (at most 100 characters), without the "…" that marks
   * words left out: `citationSentence` adds them when it is shown. A thousand essays keep a
   * hundred thousand of these, and a string with "…" in it takes two bytes a character.
   */
  readonly sentence: string;
  /** True when the sentence goes on before `sentence` (shown with a leading "…"). */
  readonly cutBefore?: boolean;
  /** True when the sentence goes on after `sentence` (shown with a trailing "…"). */
  readonly cutAfter?: boolean;
}

/** One entry of an essay's reference list, as the library keeps it. */
export interface SummaryReference {
  /** The reference's id in its essay's analysis ("r1", "r2", … in list order). */
  readonly id: string;
  /** A short label: "Paul 2005", "Brooks & Wohlforth 2005". */
  readonly label: string;
  /** The entry as the essay writes it. */
  readonly text: string;
  /**
   * The parsed entry, with an empty `id` (the reference's id is `id` above): the same entry read the
   * same way in several essays is then one object in memory (see `SummaryCompactor`).
   */
  readonly csl: CslItem;
  /** The citations linked to this reference, in text order (ambiguous citations are not counted). */
  readonly citations: readonly SummaryCitation[];
}

/** Counts of one essay's analysis. */
export interface SummaryCounts {
  /** In-text citations (one parenthesis citing three works is one). */
  readonly citations: number;
  /** Cited works, and how many of them are linked, ambiguous and unresolved. */
  readonly works: number;
  readonly linked: number;
  readonly ambiguous: number;
  readonly unresolved: number;
  readonly references: number;
  readonly uncited: number;
}

/** A compact record of one essay's analysis: what the library (and its cache) keeps of it. */
export interface EssaySummary {
  readonly version: typeof SUMMARY_VERSION;
  /** The essay's file as the caller names it (a path relative to the folder, or a URI string). */
  readonly file: string;
  /** The cache's key: {@link summaryKey} of the file (the hash of its bytes, with the reader its name chooses). */
  readonly hash: string;
  /** The essay's title, when the engine found one. */
  readonly title?: string;
  readonly references: readonly SummaryReference[];
  readonly counts: SummaryCounts;
}

/** Where a work is listed: one reference of one essay. */
export interface WorkMember {
  readonly file: string;
  readonly referenceId: string;
}

/** One essay that lists a work, and how many citations of it that essay makes. */
export interface WorkEssay {
  readonly file: string;
  /** Linked citations of the work in this essay (0 when the essay lists it but never cites it). */
  readonly citations: number;
}

/** A matching entry of the reader's bibliography, and why it matches. */
export interface WorkBibliographyMatch {
  /** The bibliography file, as given to {@link readBibliography}. */
  readonly file: string;
  /** The entry's key (`paul2005soft`). */
  readonly key: string;
  /** Why it matches, not said yet (`matchReasons` says them in the reader's language). */
  readonly reasons: readonly Message[];
}

/** One reference merged into a work, and why: it is the same work as a member listed before it. */
export interface WorkMerge {
  readonly file: string;
  readonly referenceId: string;
  /** What agrees (and what differs), not said yet: the cache keeps them so, and `workReasons` says them in the reader's language. */
  readonly reasons: readonly Message[];
}

/** One work of the library: the references of every essay that are the same work. */
export interface Work {
  /**
   * Stable across runs: derived from the normalised first author, year and main title of the
   * work's most common form ("paul2005soft-3f9a1c2e").
   */
  readonly id: string;
  /** A short label of the work, its fullest member's ("Paul 2005", "Brooks & Wohlforth 2005"). */
  readonly label: string;
  /** The work's fullest entry among its members, with `id` set to the work's id. */
  readonly csl: CslItem;
  /** Every reference that is this work, in essay order. */
  readonly members: readonly WorkMember[];
  /** Every essay listing the work, in essay order, with its citations of it. */
  readonly essays: readonly WorkEssay[];
  /** Why the members were merged, one per merge ("b.txt r4": same DOI …); empty for a single member. `workReasons` says them. */
  readonly merges: readonly WorkMerge[];
  /** The entry of the reader's bibliography this work matches, if any. */
  readonly bibliography?: WorkBibliographyMatch;
}

/** The library: the essays and the works they list, works cited by the most essays first. */
export interface Library {
  readonly essays: readonly EssaySummary[];
  readonly works: readonly Work[];
}

/** One entry of a reader's bibliography file. */
export interface BibliographyEntry {
  /** The entry's key: the BibTeX key, the CSL-JSON id, the RIS ID (or a generated one). */
  readonly key: string;
  /** The entry as CSL-JSON, with its exact fields (DOI, full names). */
  readonly csl: CslItem;
}

/** A bibliography file the reader keeps (BibTeX, CSL-JSON, RIS), read only. */
export interface Bibliography {
  readonly file: string;
  readonly entries: readonly BibliographyEntry[];
  /** What could not be read, one line each (a file with syntax errors gets one line). */
  readonly problems: readonly string[];
}

/** The verdict of {@link sameWork} on two entries. */
export interface SameWorkVerdict {
  readonly same: boolean;
  /** True when the entries may be the same work but the evidence is not enough to merge them. */
  readonly doubtful?: boolean;
  /** Sentences a reader understands: what agrees, and what differs. */
  readonly reasons: readonly string[];
}
