import * as vscode from 'vscode';
import { Commands, essayScheme } from '../commands';
import type { EssayService } from '../essay/essayService';
import { choiceStoreFor } from './choiceStore';
import { CitationDecorations } from './decorations';
import { EssayDiagnostics } from './diagnostics';
import { goToCitation, showSources } from './navigation';
import { ChooseReferenceCommand, ChooseReferenceFixes } from './quickFix';
import { ReaderViews } from './readerView';
import { EssayStatusBar } from './statusBar';

/** Problems, the quick fix and its command, decorations, the status bar item and citation navigation. */
export function registerProblems(context: vscode.ExtensionContext, essays: EssayService): vscode.Disposable {
  const views = new ReaderViews(essays, choiceStoreFor(context));
  const choose = new ChooseReferenceCommand(views);
  return vscode.Disposable.from(
    new EssayDiagnostics(views),
    new CitationDecorations(views),
    new EssayStatusBar(views),
    vscode.languages.registerCodeActionsProvider({ scheme: essayScheme }, new ChooseReferenceFixes(views), ChooseReferenceFixes.metadata),
    vscode.commands.registerCommand(Commands.chooseReference, (...args: unknown[]) => choose.run(...args)),
    vscode.commands.registerCommand(Commands.nextCitation, () => goToCitation(essays, 'next')),
    vscode.commands.registerCommand(Commands.previousCitation, () => goToCitation(essays, 'previous')),
    vscode.commands.registerCommand(Commands.showSources, showSources),
  );
}
