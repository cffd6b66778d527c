import * as vscode from 'vscode';
import { Commands } from '../commands';
import type { EssayService } from '../essay/essayService';
import { choiceStoreFor } from '../problems/choiceStore';
import { ReaderViews } from '../problems/readerView';
import { ReadingPanels, readingViewType } from './readingViewPanel';

/** The reading view: its command, its panels, and their restoring after a reload. */
export function registerReadingView(context: vscode.ExtensionContext, essays: EssayService): vscode.Disposable {
  const panels = new ReadingPanels(context, essays, new ReaderViews(essays, choiceStoreFor(context)));
  return vscode.Disposable.from(
    panels,
    vscode.commands.registerCommand(Commands.openReadingView, (arg?: unknown) => panels.open(arg)),
    vscode.window.registerWebviewPanelSerializer(readingViewType, panels),
  );
}
