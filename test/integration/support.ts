// What the integration suites share: the extension under test, and small helpers.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const extensionId = 'citeread.citeread';

/** The extension under test; fails the test when VS Code does not have it. */
export function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(extensionId);
  assert.ok(found, `extension ${extensionId} is not installed in this VS Code`);
  return found;
}

/** Milliseconds rounded to two decimals, for measures. */
export function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it gives a value (not undefined, not false); fails the test after `timeoutMs`. */
export async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** The active editor when it shows an essay. */
export function essayEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor?.document.uri.scheme === 'citeread' ? editor : undefined;
}

/** Closes every editor, opens `file` as an essay and gives its editor. */
export async function openAsEssay(file: vscode.Uri, timeoutMs?: number): Promise<vscode.TextEditor> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('citeread.openAsEssay', file);
  return until('the essay editor', essayEditor, timeoutMs);
}
