import * as vscode from 'vscode';

/** Builds the services, registers them, and hands every disposable to VS Code. No logic of its own. */
export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.Disposable.from());
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
