// The engine's memos, which help where one essay is analysed again after every edit (its reference
// list hardly changes between two analyses) and only take room where many essays are read once each.
// No `vscode` import.
import { forgetTokenInfos } from './references/entry/features';
import { forgetParsedEntries } from './references/parse';

/** How many items each of the engine's memos held when they were dropped. */
export interface DroppedMemos {
  /** Reference entries parsed with the trained labeller, by their raw text. */
  readonly parsedEntries: number;
  /** What the labeller's features read from a token's text alone, by that text. */
  readonly tokenInfos: number;
}

/**
 * Drops the engine's memos: the entries it parsed and the token infos its labeller read, each kept so
 * that the same text is not read twice. Analyses after this give the same results, only the first
 * reading of each text is paid again. For threads that read many different essays once each (the
 * library's workers), whose memos would otherwise grow to their bounds and keep that room in the heap;
 * not for the thread that reanalyses the essay open in the editor on each edit. Answers how many items
 * each memo held.
 */
export function dropEngineMemos(): DroppedMemos {
  return { parsedEntries: forgetParsedEntries(), tokenInfos: forgetTokenInfos() };
}
