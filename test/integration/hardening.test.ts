// Hostile files and the promises a reader relies on, through the public API: the essay is shown
// read-only, its file is never touched, a binary file is refused calmly, a CRLF + BOM essay works,
// and the manifest declares that the extension runs in untrusted and virtual workspaces.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { essayEditor, extension, openAsEssay, sleep, until } from './support';

const SCHEME = 'citeread';

/** Runs a command that may open a quick pick or a dialog, dismisses whatever it opened, and never throws. */
async function runDismissing(command: string, ...args: unknown[]): Promise<void> {
  const running = Promise.resolve(vscode.commands.executeCommand(command, ...args)).catch(() => undefined);
  await Promise.race([running, sleep(1500)]);
  await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  await Promise.race([running, sleep(3000)]);
}

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

async function hoverAt(document: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  return hoverText(hovers);
}

interface Snapshot {
  readonly mtimeMs: number;
  readonly bytes: Buffer;
}
const snapshot = (path: string): Snapshot => ({ mtimeMs: statSync(path).mtimeMs, bytes: readFileSync(path) });

suite('Hardening', function () {
  this.timeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'citeread-hardening-'));
  const corpus = (): string => readFileSync(join(extension().extensionPath, 'corpus', 'soft-balancing.txt'), 'utf8');

  suiteSetup(async () => {
    await extension().activate();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the manifest declares untrusted and virtual workspace support', () => {
    const capabilities = (extension().packageJSON as { capabilities?: Record<string, unknown> }).capabilities;
    assert.deepEqual((capabilities?.untrustedWorkspaces as { supported?: unknown } | undefined)?.supported, true);
    const virtual = capabilities?.virtualWorkspaces;
    assert.ok(virtual === true || (typeof virtual === 'object' && (virtual as { supported?: unknown }).supported === true));
  });

  test('a CRLF essay with a BOM is read: its citation hover shows the reference', async () => {
    const file = join(dir, 'crlf-bom.txt');
    writeFileSync(file, '\ufeff' + corpus().replace(/\r?\n/g, '\r\n'));
    const editor = await openAsEssay(vscode.Uri.file(file));
    const text = editor.document.getText();
    assert.ok(!text.startsWith('\ufeff'), 'the essay document does not show the BOM');
    const at = text.indexOf('(Paul, 2005)');
    assert.ok(at >= 0, 'the citation is in the essay document');
    const hover = await until('a hover on (Paul, 2005)', async () => {
      const h = await hoverAt(editor.document, at + 2);
      return h.trim() ? h : undefined;
    });
    assert.match(hover, /Soft Balancing in the Age/i);
  });

  test('the essay document is read-only', async () => {
    const file = join(dir, 'read-only.txt');
    writeFileSync(file, corpus());
    const editor = await openAsEssay(vscode.Uri.file(file));
    const before = editor.document.getText();

    const edit = new vscode.WorkspaceEdit();
    edit.insert(editor.document.uri, new vscode.Position(0, 0), 'EDITED ');
    // VS Code applies a workspace edit even to a content provider's document; the essay then takes its own
    // text back, so every offset of the analysis stays true, and nothing reaches the source file.
    await Promise.resolve(vscode.workspace.applyEdit(edit)).catch(() => false);
    await until('the essay document shows its own text again', () => (editor.document.getText() === before ? true : undefined));

    await assert.rejects(Promise.resolve(vscode.workspace.fs.writeFile(editor.document.uri, new TextEncoder().encode('overwritten'))));
    assert.equal(editor.document.getText(), before);
    assert.equal(readFileSync(file, 'utf8'), corpus());
  });

  test('opening, hovering, copying and exporting never modify the source file', async () => {
    const file = join(dir, 'untouched.txt');
    writeFileSync(file, corpus());
    const before = snapshot(file);
    await sleep(20); // a write would now change the mtime visibly

    const editor = await openAsEssay(vscode.Uri.file(file));
    const text = editor.document.getText();
    const citation = text.indexOf('(Duarte, 2012)') + 2;
    await hoverAt(editor.document, citation);
    editor.selection = new vscode.Selection(editor.document.positionAt(citation), editor.document.positionAt(citation));
    await runDismissing('citeread.copyInTextCitation');
    await runDismissing('citeread.copyReferenceText');
    await runDismissing('citeread.copyReference');
    await runDismissing('citeread.exportBibliography');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');

    const after = snapshot(file);
    assert.equal(after.mtimeMs, before.mtimeMs, 'mtime unchanged');
    assert.ok(after.bytes.equals(before.bytes), 'bytes unchanged');
  });

  test('a binary file named .txt is refused without an exception', async () => {
    const file = join(dir, 'image.txt');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    writeFileSync(file, Buffer.concat([png, Buffer.alloc(2048, 0)]));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // The command resolves (a rejected command would throw here) and opens no essay.
    await vscode.commands.executeCommand('citeread.openAsEssay', vscode.Uri.file(file));
    await sleep(500);
    assert.equal(essayEditor(), undefined, 'no essay editor was opened for a binary file');
    assert.equal(vscode.workspace.textDocuments.filter((d) => d.uri.scheme === SCHEME && d.uri.toString().includes('image.txt')).length, 0);
  });
});
