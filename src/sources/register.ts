import * as vscode from 'vscode';
import { Commands } from '../commands';
import type { EssayService } from '../essay/essayService';
import { cancelFormatterWarmUp, scheduleFormatterWarmUp } from './formatter';
import { ExportDocuments } from './exportDocuments';
import { SourcesCommands } from './sourcesCommands';
import { SourcesView } from './sourcesView';
import type { WorkspaceLibrary } from '../workspaceLibrary/libraryService';

/** How long after the first essay is shown the formatter is warmed, so the first copy or hover need not wait for it. */
const warmUpDelayMs = 2000;

/** The Sources view and the commands that copy, export and reveal. */
export function registerSources(context: vscode.ExtensionContext, essays: EssayService, library?: WorkspaceLibrary): vscode.Disposable {
  const view = new SourcesView(context, essays, library);
  const exports = new ExportDocuments();
  const commands = new SourcesCommands(essays, view, exports, library);
  return vscode.Disposable.from(
    view,
    exports,
    vscode.commands.registerCommand(Commands.copyReference, (a?: unknown, b?: unknown, c?: unknown, d?: unknown) => commands.copyReference(a, b, c, d)),
    vscode.commands.registerCommand(Commands.copyReferenceText, (a?: unknown, b?: unknown) => commands.copyReferenceText(a, b)),
    vscode.commands.registerCommand(Commands.copyInTextCitation, (a?: unknown, b?: unknown, c?: unknown, d?: unknown) => commands.copyInTextCitation(a, b, c, d)),
    vscode.commands.registerCommand(Commands.exportBibliography, (a?: unknown, b?: unknown, c?: unknown) => commands.exportBibliography(a, b, c)),
    vscode.commands.registerCommand(Commands.revealCitation, (a?: unknown, b?: unknown, c?: unknown) => commands.revealCitation(a, b, c)),
    vscode.commands.registerCommand(Commands.sortSources, (a?: unknown) => commands.sortSources(a)),
    vscode.commands.registerCommand(Commands.filterSources, (a?: unknown) => commands.filterSources(a)),
    vscode.commands.registerCommand(Commands.clearSourcesFilter, () => commands.clearFilter()),
    vscode.commands.registerCommand(Commands.refreshSources, () => commands.refresh()),
    warmFormatterOnFirstEssay(essays),
  );
}

/** The first essay shown warms the formatter up a moment later, so that the first copy or hover answers at once. */
function warmFormatterOnFirstEssay(essays: EssayService): vscode.Disposable {
  const warm = (): void => {
    listener.dispose();
    scheduleFormatterWarmUp(warmUpDelayMs);
  };
  const listener = essays.onDidChangeActiveEssay((essay) => {
    if (essay) warm();
  });
  if (essays.activeEssay) warm();
  return new vscode.Disposable(() => {
    listener.dispose();
    cancelFormatterWarmUp();
  });
}
