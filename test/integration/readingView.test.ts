// The reading view through the public API: its command is registered, it opens beside the essay as a webview
// panel (once per essay), it follows a source file given instead of the essay, and it goes when the essay's last
// text tab closes.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { extension } from './support';

/** The tabs that show a reading view (VS Code prefixes the panel's view type). */
function readingTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('citeread.readingView'));
}

async function until(what: string, check: () => boolean, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000}s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function closeEssayTabs(uri: vscode.Uri): Promise<void> {
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
  await vscode.window.tabGroups.close(tabs);
}

suite('The reading view (integration)', () => {
  suiteSetup(async () => {
    await extension().activate();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('citeread.openReadingView is registered and declared in the manifest', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes('citeread.openReadingView'));
    const manifest = extension().packageJSON as { contributes: { commands: { command: string; category?: string }[] } };
    assert.equal(manifest.contributes.commands.find((c) => c.command === 'citeread.openReadingView')?.category, 'Citeread');
  });

  test('opens beside the essay, once per essay, and closes with the essay’s last tab', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('citeread.openEssay', 'soft-balancing');
    assert.ok(uri, 'the bundled essay did not open');
    const opened = await vscode.commands.executeCommand<vscode.Uri>('citeread.openReadingView', uri);
    assert.equal(opened?.toString(), uri.toString());
    await until('a reading view tab', () => readingTabs().length === 1);
    const tab = readingTabs()[0];
    assert.match(tab.label, /^Reading: /);
    const textGroup = vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString()));
    assert.notEqual(tab.group.viewColumn, textGroup?.viewColumn, 'the reading view is not beside the essay');
    // A second run shows the same panel.
    await vscode.commands.executeCommand('citeread.openReadingView', uri);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(readingTabs().length, 1);
    await closeEssayTabs(uri);
    await until('the reading view closed with the essay', () => readingTabs().length === 0);
  });

  test('a source file is opened as an essay first', async () => {
    const folder = process.env.CITEREAD_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    assert.ok(folder, 'no workspace folder');
    const file = join(folder, 'reading-view-source.txt');
    writeFileSync(file, 'Reading Beside\n\nA claim (Paul, 2005).\n\nReferences\n\nPaul, T. V. (2005). Soft Balancing. International Security.\n');
    const essay = await vscode.commands.executeCommand<vscode.Uri>('citeread.openReadingView', vscode.Uri.file(file));
    assert.equal(essay?.scheme, 'citeread');
    await until('a reading view tab', () => readingTabs().length === 1);
    assert.ok(vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === essay.toString())), 'the essay is not open as text');
  });
});
