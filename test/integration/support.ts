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
