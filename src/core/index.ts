/** The engine's public surface, for the extension, the command line and tests. */
export { analyze, CancelledError } from './analyze';
export type { AnalyzeOptions } from './analyze';
export { findCitations, nameEvidence, namesOf } from './citations';
export type { FindOptions, FoundCitation, FoundWork, NameEvidence } from './citations';
export { linkCitations, uncitedReferences, referenceLabel, nameKey } from './link';
export type { LinkOptions } from './link';
export { decodeEssay } from './input';
export type { DecodedEssay } from './input';
export { indexAnalysis } from './lookup';
export type { AnalysisIndex, CitingPlace } from './lookup';
export type * from './model';
export * from './library';
export { readBibliography } from './library/bibliography';
