import type * as vscode from 'vscode';
import { indexAnalysis } from '../core/lookup';
import type { AnalysisIndex } from '../core/lookup';
import type { Analysis } from '../core/model';
import { essayScheme } from '../commands';
import type { Essay, EssayService } from '../essay/essayService';
import type { ChoiceStore } from './choiceStore';

/** An essay's analysis as the reader sees it: with their remembered choices applied. */
export interface ReaderView {
  readonly essay: Essay;
  readonly analysis: Analysis;
  readonly index: AnalysisIndex;
}

/**
 * Gives every part of this feature the same choice-aware view of an essay. Applying choices is
 * idempotent, so this is right whether or not the essay service has applied them already; results
 * are cached per analysis and choice set, so repeated calls cost a map lookup.
 */
export class ReaderViews {
  private readonly cache = new WeakMap<Analysis, { choices: unknown; view: ReaderView }>();

  constructor(
    readonly essays: EssayService,
    readonly choices: ChoiceStore,
  ) {}

  of(essay: Essay): ReaderView {
    const choices = this.choices.get(essay.sourceUri);
    const cached = this.cache.get(essay.analysis);
    if (cached && cached.choices === choices && cached.view.essay === essay) return cached.view;
    const analysis = this.choices.apply(essay.analysis, essay.sourceUri);
    const view = { essay, analysis, index: analysis === essay.analysis ? essay.index : indexAnalysis(analysis) };
    this.cache.set(essay.analysis, { choices, view });
    return view;
  }

  /** The view of the essay shown in `document`, when it is an essay that has been analysed. */
  forDocument(document: vscode.TextDocument): ReaderView | undefined {
    if (document.uri.scheme !== essayScheme) return undefined;
    const essay = this.essays.get(document.uri);
    return essay ? this.of(essay) : undefined;
  }
}
