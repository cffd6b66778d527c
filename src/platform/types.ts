import type * as vscode from 'vscode';
import type * as Format from '../core/format';
import type * as Readers from '../core/formats';
import type { AnalyzeText } from '../essay/createEssayService';
import type { IndexFile, IndexOptions, IndexResult } from '../library';

/**
 * What the extension needs from the runtime it runs in, and nothing else: the desktop's Node extension host
 * (`./index.ts`) or VS Code for the Web's web worker extension host (`./browser.ts`, which the browser build puts in
 * place of `./index.ts`). Every feature is written once, above this seam. Files are read through
 * `vscode.workspace.fs` on both sides, so they need nothing here.
 */
export interface Platform {
  /** Where the extension runs. */
  readonly kind: 'node' | 'web';
  /** The step that analyses an essay's text (large essays off the extension host's thread where the runtime allows). */
  analyzer(context: vscode.ExtensionContext): AnalyzeText;
  /**
   * The formatter (citation-js), from its own bundle (dist/format.js, the one copy of citation-js in the package, for
   * both runtimes), loaded on first use and never at activation.
   */
  loadFormatter(): Promise<typeof Format>;
  /** The document readers (PDF, Word, HTML, Markdown), from their own bundle, loaded when the first such file is opened. */
  loadReaders(): Promise<typeof Readers>;
  /**
   * Indexes the library's essays: in a bounded pool of worker threads on the desktop (the indexer's own bundle,
   * loaded on the first library), in this thread one file at a time on the web.
   */
  indexEssays(files: readonly IndexFile[], options: IndexOptions): Promise<IndexResult>;
}
