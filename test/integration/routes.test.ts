// Every route a reader takes reaches what it promises, and every message is clear: the choice of an
// ambiguous citation's reference from the hover, titles from every route, one message for an essay
// without a reference list, problems that go with the essay's last tab, exports titled by what they are.
// Through the public API only, in a real VS Code.
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { extensionId } from './support';

const scratch = mkdtempSync(join(tmpdir(), 'citeread-routes-'));

/** Resolves with `read()` once `done` holds for it, or fails after `ms` saying what was last seen. */
async function until<T>(what: string, read: () => T | Promise<T>, done: (value: T) => boolean, ms = 20000): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}; last seen: ${JSON.stringify(value, null, 1)?.slice(0, 2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

function essayFile(name: string, lines: readonly string[]): vscode.Uri {
  const file = join(scratch, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return vscode.Uri.file(file);
}

async function open(command: 'citeread.openEssay' | 'citeread.openAsEssay', file: vscode.Uri): Promise<vscode.Uri> {
  const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(command, file);
  assert.ok(uri, `${command} gave no essay`);
  return uri;
}

function tabsOf(uri: vscode.Uri): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

const ambiguousEssay = [
  'Two Books of One Year',
  '',
  'Balancing is sometimes cheap (Smith, 2010). Others think it costly (Jones, 2008).',
  '',
  'References',
  '',
  'Jones, A. (2008). Hard Balancing. Cambridge: Cambridge University Press.',
  'Smith, J. (2010). Balancing Acts. Oxford: Oxford University Press.',
  'Smith, J. (2010). Balancing Acts Revisited. Oxford: Oxford University Press.',
];

suite('Every route works', () => {
  suiteSetup(async () => {
    await vscode.extensions.getExtension(extensionId)?.activate();
  });

  test('an ambiguous citation: its hover links to the choice, which links it; its message names no quick fix', async () => {
    const uri = await open('citeread.openAsEssay', essayFile('two-books.txt', ambiguousEssay));
    const document = await vscode.workspace.openTextDocument(uri);
    const [diagnostic] = await until('the ambiguous diagnostic', () => vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'ambiguous'), (d) => d.length === 1);
    assert.doesNotMatch(diagnostic.message, /quick fix/i);
    assert.doesNotMatch(diagnostic.message, /\br\d+\b/, 'no internal id in the message');
    assert.match(diagnostic.message, /Choose the reference/);
    assert.match(diagnostic.message, /In “Balancing is sometimes cheap \(Smith, 2010\)\.”/);

    const at = document.positionAt(document.getText().indexOf('(Smith, 2010)') + 3);
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at));
    const link = /\(command:citeread\.chooseReference\?([^ )]+)/.exec(hover);
    assert.ok(link, `no choice link in the hover:\n${hover}`);
    const args = JSON.parse(decodeURIComponent(link[1])) as unknown[];
    // The link asks with a picker; the picker answers with the same command and the reference's id.
    const candidates = diagnostic.relatedInformation ?? [];
    assert.equal(candidates.length, 2);
    const chosen = await vscode.commands.executeCommand<boolean>('citeread.chooseReference', ...args, 'r3');
    assert.equal(chosen, true);
    await until('the ambiguous diagnostic to go', () => vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'ambiguous'), (d) => d.length === 0);
    const after = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at));
    assert.match(after, /Balancing Acts Revisited/);
    assert.match(after, /Change your choice/);
  });

  test('problems of an essay go when its last tab closes, and come back with its next one', async () => {
    const uri = await open('citeread.openAsEssay', essayFile('missing-work.txt', ['A Missing Work', '', 'It was said before (Doe, 1999).', '', 'References', '', 'Roe, R. (2001). Elsewhere. London.']));
    await until('its problems', () => vscode.languages.getDiagnostics(uri), (d) => d.some((x) => x.code === 'unresolved'));
    await vscode.window.tabGroups.close(tabsOf(uri));
    await until('its problems to go', () => vscode.languages.getDiagnostics(uri), (d) => d.length === 0);
    await vscode.commands.executeCommand('citeread.openEssay', uri);
    await until('its problems to come back', () => vscode.languages.getDiagnostics(uri), (d) => d.some((x) => x.code === 'unresolved'));
  });

  test('an essay without a reference list gets one message, not one per citation, and no notification', async () => {
    const uri = await open('citeread.openAsEssay', essayFile('no-list.txt', ['Without a List', '', 'One (Paul, 2005). Two (Nye, 2004). Three (Walt, 1987).']));
    const diagnostics = await until('its message', () => vscode.languages.getDiagnostics(uri), (d) => d.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(
      vscode.languages.getDiagnostics(uri).map((d) => d.code),
      ['no-reference-list'],
      JSON.stringify(diagnostics.map((d) => d.message)),
    );
  });

  test('the title is the essay’s own from every route, with its file before it; three files of one title are three tabs', async () => {
    const lines = (n: number): string[] => ['Soft Balancing Revisited', '', `Note ${n} (Paul, 2005).`, '', 'References', '', 'Paul, T. V. (2005). Soft Balancing. International Security.'];
    const files = [essayFile('one.txt', lines(1)), essayFile('two.md', lines(2)), essayFile('three.txt', lines(3))];
    const fromExplorer = await open('citeread.openAsEssay', files[0]);
    const fromPalette = await open('citeread.openEssay', files[0]);
    assert.equal(fromPalette.toString(), fromExplorer.toString(), 'one file, one essay, whatever the route');
    const uris = [fromExplorer, await open('citeread.openAsEssay', files[1]), await open('citeread.openAsEssay', files[2])];
    assert.equal(new Set(uris.map((u) => u.toString())).size, 3);
    for (const [i, uri] of uris.entries()) {
      const tab = tabsOf(uri)[0];
      assert.ok(tab, `no tab for ${uri.toString()}`);
      assert.equal(tab.label, 'Soft Balancing Revisited');
      // The segment before the title is the source file's name: VS Code shows it as the tab's description.
      assert.equal(uri.path.split('/').slice(-2)[0], ['one.txt', 'two.md', 'three.txt'][i]);
      assert.ok(uri.path.startsWith(files[i].path.replace(/\/[^/]*$/, '')), `${uri.path} names the file's folder`);
    }
  });

  test('the title stays when the first line is edited into a sentence full of citations', async () => {
    const file = essayFile('edited.txt', ['Ports and Power', '', 'Ships carry goods (Almeida, 1998).', '', 'References', '', 'ALMEIDA, Rita (1998). Ports and Power. Lisbon.']);
    const uri = await open('citeread.openAsEssay', file);
    const document = await vscode.workspace.openTextDocument(uri);
    writeFileSync(file.fsPath, ['Ships carry goods (Almeida, 1998) and people (Almeida, 1998).', '', 'References', '', 'ALMEIDA, Rita (1998). Ports and Power. Lisbon.', ''].join('\n'));
    await until('the essay to follow its file', () => document.getText(), (t) => t.startsWith('Ships carry goods'), 10000);
    assert.equal(tabsOf(uri)[0]?.label, 'Ports and Power');
    assert.equal((await open('citeread.openAsEssay', file)).toString(), uri.toString());
  });

  test('a bibliography exported to an editor is titled by what it is, read-only and not asking to be saved', async () => {
    const uri = await open('citeread.openAsEssay', essayFile('for-export.txt', ambiguousEssay));
    const text = await vscode.commands.executeCommand<string>('citeread.exportBibliography', uri, 'apa');
    const editor = await until('the export’s editor', () => vscode.window.activeTextEditor, (e) => e?.document.uri.scheme === 'citeread-export');
    assert.ok(editor);
    assert.equal(editor.document.getText(), text);
    assert.equal(editor.document.isDirty, false);
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.equal(tab?.label, 'Bibliography of Two Books of One Year (APA).txt');
  });

  test('RIS and CSL-JSON copies carry readable keys, not internal ids', async () => {
    const uri = await open('citeread.openAsEssay', essayFile('keys.txt', ambiguousEssay));
    const ris = await vscode.commands.executeCommand<string>('citeread.exportBibliography', uri, 'ris', vscode.Uri.file(join(scratch, 'keys.ris')));
    assert.deepEqual(ris.split('\n').filter((l) => l.startsWith('ID  - ')), ['ID  - Jones2008', 'ID  - Smith2010a', 'ID  - Smith2010b']);
    const json = JSON.parse(await vscode.commands.executeCommand<string>('citeread.copyReference', uri, 1, 'csl-json')) as { id: string }[];
    assert.deepEqual(json.map((i) => i.id), ['Smith2010']);
  });
});
