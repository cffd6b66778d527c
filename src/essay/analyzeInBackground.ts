// The essay service's analysing step inside VS Code: large essays go to a worker (src/platform says which kind),
// and the largest show a cancellable progress notification, so the editor never waits on the engine.
import * as vscode from 'vscode';
import { formatSize } from '../core/limits';
import type { Analysis } from '../core/model';
import type { BackgroundAnalyzer } from './workerAnalyzer';

/** Texts from this many UTF-16 code units on show a progress notification the reader can cancel. */
const PROGRESS_FROM_CHARS = 1024 * 1024;

/**
 * Returns an `analyzeText(text, token)` for `createEssayService(context, { analyzeText })` that runs on
 * `analyzer`. It rejects with `CancelledError` when `token` or the notification's Cancel button cancels.
 * The workers are terminated when the extension is deactivated.
 */
export function analyzeInBackground(context: vscode.ExtensionContext, analyzer: BackgroundAnalyzer): (text: string, token: vscode.CancellationToken) => Promise<Analysis> {
  context.subscriptions.push({ dispose: () => analyzer.dispose() });
  return (text, token) => {
    if (text.length < PROGRESS_FROM_CHARS) return analyzer.analyzeText(text, token);
    return Promise.resolve(
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Analysing an essay of {0}…', formatSize(text.length)), cancellable: true },
        async (_progress, cancelButton) => {
          const cts = new vscode.CancellationTokenSource();
          const links = [token.onCancellationRequested(() => cts.cancel()), cancelButton.onCancellationRequested(() => cts.cancel())];
          if (token.isCancellationRequested) cts.cancel();
          try {
            return await analyzer.analyzeText(text, cts.token);
          } finally {
            for (const link of links) link.dispose();
            cts.dispose();
          }
        },
      ),
    );
  };
}
