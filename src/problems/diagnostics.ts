import * as vscode from 'vscode';
import { essayScheme } from '../commands';
import { toRange } from '../convert';
import { findProblems } from '../core/problems';
import type { Problem } from '../core/problems';
import { onDidChangeSettings, readSettings } from '../settings';
import type { ReaderViews } from './readerView';

/** The diagnostic source shown in the Problems view. */
export const diagnosticSource = 'Citeread';

const severities: Record<Problem['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Converts one core problem into a diagnostic of `document`. */
export function toDiagnostic(document: vscode.TextDocument, problem: Problem): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(document, problem.span), problem.message, severities[problem.severity]);
  diagnostic.source = diagnosticSource;
  diagnostic.code = problem.code;
  if (problem.related.length > 0) {
    diagnostic.relatedInformation = problem.related.map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, toRange(document, r.span)), r.message),
    );
  }
  return diagnostic;
}

/** The essay a tab shows, if it shows one in a text editor. */
function essayUriOf(tab: vscode.Tab): vscode.Uri | undefined {
  const input = tab.input;
  return input instanceof vscode.TabInputText && input.uri.scheme === essayScheme ? input.uri : undefined;
}

/** True while some tab (in any group) shows the essay as text. */
export function isShown(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => essayUriOf(tab)?.toString() === key));
}

/** Keeps the Problems of every essay shown in a tab in step with its analysis and the reader's choices. */
export class EssayDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('citeread');
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(private readonly views: ReaderViews) {
    const { essays, choices } = views;
    this.disposables.push(
      essays.onDidChangeEssay((essay) => this.refreshUri(essay.uri)),
      vscode.workspace.onDidOpenTextDocument((d) => this.refresh(d)),
      // The document's text can arrive after the analysis that describes it.
      vscode.workspace.onDidChangeTextDocument((e) => this.refresh(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)),
      // VS Code keeps a closed editor's document (and so its problems) for a while: the essay's
      // problems go with its last tab, and come back with its next one.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of [...e.opened, ...e.changed]) {
          const uri = essayUriOf(tab);
          if (uri) this.refreshUri(uri);
        }
        for (const tab of e.closed) {
          const uri = essayUriOf(tab);
          if (uri && !isShown(uri)) this.collection.delete(uri);
        }
      }),
      choices.onDidChange(() => this.refreshAll()),
      onDidChangeSettings(() => this.refreshAll()),
    );
    this.refreshAll();
  }

  private refreshUri(uri: vscode.Uri): void {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (document) this.refresh(document);
  }

  private refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) this.refresh(document);
  }

  private refresh(document: vscode.TextDocument): void {
    if (document.uri.scheme !== essayScheme || document.isClosed) return;
    if (!isShown(document.uri)) {
      this.collection.delete(document.uri);
      return;
    }
    const view = this.views.forDocument(document);
    if (!view) return;
    const { uncitedReferenceHints } = readSettings(document.uri);
    const problems = findProblems(view.analysis, { uncitedReferences: uncitedReferenceHints });
    this.collection.set(document.uri, problems.map((p) => toDiagnostic(document, p)));
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
