import * as vscode from 'vscode';
import { useMessages } from './core/messages';
import { openAssociatedFilesAsEssays } from './essay/associatedFiles';
import { createEssayService } from './essay/createEssayService';
import { PdfPageMarkers } from './pdfView/pageMarkers';
import { PdfViews } from './pdfView/pdfViews';
import { platform } from './platform';
import { registerProblems } from './problems/register';
import { registerReading } from './reading/register';
import { registerReadingView } from './readingView/register';
import { registerSources } from './sources/register';
import { registerLibrary } from './workspaceLibrary/register';

/**
 * Builds the services, registers them, and hands every disposable to VS Code. No logic of its own. The same entry
 * is bundled for the desktop (dist/extension.js) and for VS Code for the Web (dist/web/extension.js); what differs
 * between the two runtimes is behind `platform` (src/platform).
 */
export function activate(context: vscode.ExtensionContext): void {
  // The engine's words in VS Code's display language (l10n/bundle.l10n.<locale>.json; English without one).
  useMessages(vscode.l10n.bundle);
  const essays = createEssayService(context, { analyzeText: platform.analyzer(context) });
  const { library, registration: libraryRegistration } = registerLibrary(context, essays);
  context.subscriptions.push(
    essays,
    libraryRegistration,
    registerReading(context, essays, library),
    registerProblems(context, essays),
    registerSources(context, essays, library),
    registerReadingView(context, essays),
    new PdfViews(context, essays),
    new PdfPageMarkers(essays),
    openAssociatedFilesAsEssays(),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
