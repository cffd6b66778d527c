// A file the reader associated with the essay language opens as the citation-aware essay in its place.
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { extension } from './support';

async function until<T>(what: string, get: () => T, ok: (value: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = get();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not there after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

suite('Files associated with the essay language', function () {
  this.timeout(60_000);
  const scratch = mkdtempSync(join(tmpdir(), 'citeread-associated-'));
  const files = vscode.workspace.getConfiguration('files');

  suiteTeardown(async () => {
    await files.update('associations', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(scratch, { recursive: true, force: true });
  });

  test('a file named by files.associations opens as the essay, and its plain editor closes', async () => {
    const file = join(scratch, 'associated.essay.txt');
    copyFileSync(join(extension().extensionPath, 'corpus', 'soft-balancing.txt'), file);
    await files.update('associations', { '*.essay.txt': 'citeread-essay' }, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(vscode.Uri.file(file));
    const editor = await until('the essay editor', () => vscode.window.activeTextEditor, (e) => e?.document.uri.scheme === 'citeread');
    assert.equal(editor?.document.languageId, 'citeread-essay');
    assert.equal(new URLSearchParams(editor?.document.uri.query).get('source'), vscode.Uri.file(file).toString());
    const plainTabs = () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.scheme === 'file');
    await until('the plain editor to close', plainTabs, (tabs) => tabs.length === 0);
  });

  test('a file not named by it opens as plain text', async () => {
    const file = join(scratch, 'plain.txt');
    copyFileSync(join(extension().extensionPath, 'corpus', 'soft-balancing.txt'), file);
    const editor = await vscode.window.showTextDocument(vscode.Uri.file(file));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(editor.document.languageId, 'plaintext');
    assert.equal(vscode.window.activeTextEditor?.document.uri.scheme, 'file');
  });
});
