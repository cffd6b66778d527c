import * as vscode from 'vscode';
import { Commands, essayScheme } from '../commands';
import type { EssayService } from '../essay/essayService';
import { EssayDefinitionProvider, EssayHighlightProvider, EssayHoverProvider, EssayReferenceProvider, EssaySymbolProvider } from './providers';
import type { WorkspaceLibrary } from '../workspaceLibrary/libraryService';
import { ReadingCommands } from './readingCommands';

/** Opening essays, going to references, and the language features of essay documents. */
export function registerReading(context: vscode.ExtensionContext, essays: EssayService, library?: WorkspaceLibrary): vscode.Disposable {
  const selector: vscode.DocumentSelector = { scheme: essayScheme };
  const commands = new ReadingCommands(context, essays);
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.openEssay, (arg?: unknown) => commands.openEssay(arg)),
    vscode.commands.registerCommand(Commands.openAsEssay, (resource?: unknown) => commands.openAsEssay(resource)),
    vscode.commands.registerCommand(Commands.goToReference, (essayUri?: unknown, referenceIndex?: unknown) => commands.goToReference(essayUri, referenceIndex)),
    vscode.languages.registerHoverProvider(selector, new EssayHoverProvider(essays, library)),
    vscode.languages.registerDefinitionProvider(selector, new EssayDefinitionProvider(essays)),
    vscode.languages.registerReferenceProvider(selector, new EssayReferenceProvider(essays)),
    vscode.languages.registerDocumentHighlightProvider(selector, new EssayHighlightProvider(essays)),
    vscode.languages.registerDocumentSymbolProvider(selector, new EssaySymbolProvider(essays), { label: vscode.l10n.t('Essay') }),
  );
}
