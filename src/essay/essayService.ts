import type * as vscode from 'vscode';
import type { AnalysisIndex } from '../core/lookup';
import type { DocumentKind, EmphasisSpan, ListItemSpan, MapSegment } from '../core/formats/model';
import type { Analysis } from '../core/model';

/** What an essay read from a PDF, Word file or web page keeps of its source: the map from its text back to it. */
export interface EssayDocument {
  readonly kind: DocumentKind;
  /** From offsets of the essay's text to places in the source (pages and boxes for a PDF), in text order. */
  readonly map: readonly MapSegment[];
  /** For a PDF: the number of pages read. */
  readonly pages?: number;
  /** Where the source emphasises its text (Markdown, HTML, Word), sorted by start: the reading view shows it. */
  readonly emphasis?: readonly EmphasisSpan[];
  /** The items of the source's lists (Markdown, HTML, Word), sorted by start: the reading view shows them as lists. */
  readonly listItems?: readonly ListItemSpan[];
}

/** One open essay and its last finished analysis. */
export interface Essay {
  /** The `citeread:` URI of the read-only virtual document. */
  readonly uri: vscode.Uri;
  /** Where the text comes from: a bundled essay's file or the user's file. */
  readonly sourceUri: vscode.Uri;
  readonly title: string;
  readonly analysis: Analysis;
  readonly index: AnalysisIndex;
  /** The source document's map, for an essay read by a document reader (PDF, Word, HTML, Markdown); none for plain text. */
  readonly document?: EssayDocument;
  /** Grows by one with every finished analysis of this essay. */
  readonly version: number;
}

/**
 * Owns the essays: reads their text, analyses it off the hot path, keeps the last finished
 * analysis per essay, and says when it changes. Every provider and view reads from here.
 */
export interface EssayService extends vscode.Disposable {
  /** Fires after a new analysis of an essay is finished. */
  readonly onDidChangeEssay: vscode.Event<Essay>;
  /** Fires when the essay in the active editor changes (undefined: no essay is active). */
  readonly onDidChangeActiveEssay: vscode.Event<Essay | undefined>;
  /** The essay shown in the active editor, if any. */
  readonly activeEssay: Essay | undefined;
  /** The last finished analysis of the essay at `uri` (a `citeread:` URI), without waiting. */
  get(uri: vscode.Uri): Essay | undefined;
  /** The analysis of the essay at `uri`, analysing it first if needed; undefined when it cannot be analysed (the user was told why). */
  load(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<Essay | undefined>;
  /**
   * The essay's analysis without starting one: the last finished analysis at once, else the one
   * running (the first analysis of a document that is already shown), else undefined.
   */
  settled(uri: vscode.Uri): Promise<Essay | undefined>;
  /**
   * Reads the text at `source` (a file, or any document VS Code has open) as an essay and starts
   * analysing it. Resolves with the essay's `citeread:` URI as soon as the text is read, so that
   * the document can be shown while the analysis runs (`load` waits for it). Reading the same source
   * again gives the same URI. An essay read from the reader's file follows that file: when it
   * changes on disk or in an editor, it is read and analysed again. The tab is named by the essay's
   * own title line, the same from every route and kept while the text is edited; `title` stands in
   * when the text has none (default: the file's name). Undefined when the source cannot be read as
   * an essay (the user was told why).
   */
  read(source: vscode.Uri, options?: { readonly title?: string }): Promise<vscode.Uri | undefined>;
  /** `read`, then `load`: the analysed essay read from `source`. */
  open(source: vscode.Uri, options?: { readonly title?: string }): Promise<Essay | undefined>;
}
