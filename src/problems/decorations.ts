import * as vscode from 'vscode';
import { essayScheme } from '../commands';
import { toRange } from '../convert';
import { citationMarks } from '../core/marks';
import type { LinkStatus, Span } from '../core/model';
import { onDidChangeSettings, readSettings } from '../settings';
import type { ReaderView, ReaderViews } from './readerView';

/** The spans to mark for each status: the same marks as the reading view's (src/core/marks). */
export function decoratedSpans(view: Pick<ReaderView, 'analysis'>): Record<LinkStatus, Span[]> {
  const spans: Record<LinkStatus, Span[]> = { linked: [], ambiguous: [], unresolved: [] };
  for (const mark of citationMarks(view.analysis)) spans[mark.status].push(mark);
  return spans;
}

// The three styles differ in line style as well as colour, so they can be told apart without colour.
function createTypes(): Record<LinkStatus, vscode.TextEditorDecorationType> {
  return {
    linked: vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor('citeread.linkedCitationBackground'),
      borderColor: new vscode.ThemeColor('citeread.linkedCitationBorder'),
      borderStyle: 'none none solid none',
      borderWidth: '0 0 1px 0',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    ambiguous: vscode.window.createTextEditorDecorationType({
      borderColor: new vscode.ThemeColor('citeread.ambiguousCitationBorder'),
      borderStyle: 'none none dotted none',
      borderWidth: '0 0 2px 0',
      overviewRulerColor: new vscode.ThemeColor('citeread.ambiguousCitationBorder'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    unresolved: vscode.window.createTextEditorDecorationType({
      borderColor: new vscode.ThemeColor('citeread.unresolvedCitationBorder'),
      borderStyle: 'none none dashed none',
      borderWidth: '0 0 2px 0',
      overviewRulerColor: new vscode.ThemeColor('citeread.unresolvedCitationBorder'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
  };
}

/** Marks citations by status in every visible essay editor, while `citeread.decorations.enabled` is on. */
export class CitationDecorations implements vscode.Disposable {
  private readonly types = createTypes();
  private readonly disposables: vscode.Disposable[] = [...Object.values(this.types)];

  constructor(private readonly views: ReaderViews) {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      views.essays.onDidChangeEssay(() => this.refreshAll()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.scheme === essayScheme) this.refreshAll();
      }),
      views.choices.onDidChange(() => this.refreshAll()),
      onDidChangeSettings(() => this.refreshAll()),
    );
    this.refreshAll();
  }

  private refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.refresh(editor);
  }

  private refresh(editor: vscode.TextEditor): void {
    if (editor.document.uri.scheme !== essayScheme) return;
    const view = this.views.forDocument(editor.document);
    const enabled = readSettings(editor.document.uri).decorations;
    const spans = view && enabled ? decoratedSpans(view) : { linked: [], ambiguous: [], unresolved: [] };
    for (const status of ['linked', 'ambiguous', 'unresolved'] as const) {
      editor.setDecorations(this.types[status], spans[status].map((s) => toRange(editor.document, s)));
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
