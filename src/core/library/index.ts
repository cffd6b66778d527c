/**
 * The library: many essays read together. Summaries of essays (what the cache keeps), works merged
 * across essays by {@link sameWork}, and the reader's bibliographies matched by the same rule.
 * Plain data in, plain data out; no `vscode`, no Node module (it also runs in a web worker).
 *
 * `readBibliography` loads citation-js and lives in ./bibliography: the extension reaches it through
 * the formatter's bundle (`src/core/format`), so that it is not part of the activation bundle.
 */
export { buildLibrary, indexLibrary, matchReasons, sortWorks, workReasons } from './build';
export type { LibraryIndex, WorkSort } from './build';
export { LibraryCache } from './cache';
export { SummaryCompactor } from './compact';
export type { LibraryCacheJson } from './cache';
export { contentHash, summaryKey } from './hash';
export { sameWork } from './sameWork';
export { citationSentence, summariseEssay } from './summary';
export { SUMMARY_VERSION } from './model';
export type {
  Bibliography,
  BibliographyEntry,
  EssaySummary,
  Library,
  SameWorkVerdict,
  SummaryCitation,
  SummaryCounts,
  SummaryReference,
  Work,
  WorkBibliographyMatch,
  WorkEssay,
  WorkMember,
  WorkMerge,
} from './model';
