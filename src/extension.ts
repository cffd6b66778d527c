import type * as vscode from 'vscode';
import { analyzeInBackground } from './essay/analyzeInBackground';
import { createEssayService } from './essay/createEssayService';
import { registerProblems } from './problems/register';
import { registerReading } from './reading/register';
import { registerSources } from './sources/register';

/** Builds the services, registers them, and hands every disposable to VS Code. No logic of its own. */
export function activate(context: vscode.ExtensionContext): void {
  const essays = createEssayService(context, { analyzeText: analyzeInBackground(context) });
  context.subscriptions.push(
    essays,
    registerReading(context, essays),
    registerProblems(context, essays),
    registerSources(context, essays),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
