import * as vscode from 'vscode';
import { Commands } from '../commands';
import type { EssayService } from '../essay/essayService';
import { LibraryCommands } from './libraryCommands';
import { WorkspaceLibrary } from './libraryService';
import { LibraryView } from './libraryView';

/** The library of the workspace, its view and its commands. The library is returned for the hover, the Sources view and copying. */
export function registerLibrary(context: vscode.ExtensionContext, essays: EssayService): { library: WorkspaceLibrary; registration: vscode.Disposable } {
  const library = new WorkspaceLibrary(context);
  const view = new LibraryView(context, library);
  const commands = new LibraryCommands(library, view, essays);
  const registration = vscode.Disposable.from(
    view,
    library,
    vscode.commands.registerCommand(Commands.reindexLibrary, (a?: unknown) => commands.reindex(a)),
    vscode.commands.registerCommand(Commands.sortLibrary, (a?: unknown) => commands.sort(a)),
    vscode.commands.registerCommand(Commands.filterLibrary, (a?: unknown) => commands.filter(a)),
    vscode.commands.registerCommand(Commands.showLibraryWorks, (a?: unknown) => commands.show(a)),
    vscode.commands.registerCommand(Commands.clearLibraryFilter, () => commands.clearFilter()),
    vscode.commands.registerCommand(Commands.exportLibraryBibliography, (a?: unknown, b?: unknown, c?: unknown) => commands.exportBibliography(a, b, c)),
    vscode.commands.registerCommand(Commands.exportNewWorks, (a?: unknown, b?: unknown) => commands.exportNewWorks(a, b)),
    vscode.commands.registerCommand(Commands.openLibraryCitation, (a?: unknown, b?: unknown, c?: unknown, d?: unknown) => commands.openCitation(a, b, c, d)),
  );
  return { library, registration };
}
