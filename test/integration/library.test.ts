// The Library in a real VS Code, through the public commands: a folder of essays that share sources (the bundled
// essay, an APA essay and a Markdown essay citing some of its works), a binary file among them and the reader's
// .bib file with an entry that has syntax errors. The library read back as the view shows it, the hover's "Also
// cited in" and its link, a file added and deleted while the library is open, and the two exports.
import * as assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { LibrarySnapshot } from '../../src/workspaceLibrary/libraryCommands';
import { extension } from './support';

const unipolarity = `Unipolarity and Its Critics

After the Cold War, scholars disagreed about whether second-tier states would balance the United States. Some argued that states pursue soft balancing through institutions and diplomacy (Paul, 2005). Others replied that the evidence for soft balancing is thin and that ordinary diplomatic friction explains it better (Brooks and Wohlforth, 2005). The debate turned on what counts as balancing at all (Paul, 2005, p. 58).

Brooks and Wohlforth (2005) insist that the concept should be reserved for efforts that change the distribution of capabilities.

References

Brooks, S. G., & Wohlforth, W. C. (2005). Hard times for soft balancing. International Security, 30(1), 72–108.

Paul, T. V. (2005). Soft balancing in the age of U.S. primacy. International Security, 30(1), 46–71.
`;

const brazil = `# Brazil and the Liberal Order

Brazil's foreign policy has often been read as soft balancing (Paul, 2005). Yet its leaders describe their choices as a search for autonomy within the liberal order (Hurrell, 2006).

## References

Hurrell, A. (2006). Hegemony, liberalism and global order: What space for would-be great powers? International Affairs, 82(1), 1–19.

Paul, T. V. (2005). Soft balancing in the age of U.S. primacy. International Security, 30(1), 46–71.
`;

const added = `Regional Powers Reconsidered

Regional powers hedge rather than balance, and the soft balancing thesis overstates their intent (Paul, 2005; Hurrell, 2006).

References

Hurrell, A. (2006). Hegemony, liberalism and global order: What space for would-be great powers? International Affairs, 82(1), 1–19.

Paul, T. V. (2005). Soft balancing in the age of U.S. primacy. International Security, 30(1), 46–71.
`;

const bib = `@article{paul2005soft,
  author = {Paul, T. V.},
  title = {Soft Balancing in the Age of {U.S.} Primacy},
  journal = {International Security},
  volume = {30},
  number = {1},
  pages = {46--71},
  year = {2005},
  doi = {10.1162/0162288054894652}
}

@article{broken,
  author = {Nobody,
  title = {Unclosed

@book{waltz1979theory,
  author = {Waltz, Kenneth N.},
  title = {Theory of International Politics},
  publisher = {Addison-Wesley},
  year = {1979}
}
`;

function plain(markdown: string): string {
  return markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>&~"'=:$])/g, '$1');
}

async function hoverAt(uri: vscode.Uri, needle: string): Promise<{ text: string; raw: string }> {
  const document = await vscode.workspace.openTextDocument(uri);
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `“${needle}” is not in the essay`);
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(at + 2))) ?? [];
  const raw = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  return { text: plain(raw), raw };
}

/** Polls `probe` until it answers true (the watcher and the indexer run on their own time), for at most `ms`. */
async function eventually(what: string, probe: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  assert.fail(`${what}: not within ${ms / 1000} s`);
}

function workOf(library: LibrarySnapshot, label: string): LibrarySnapshot['works'][number] {
  const work = library.works.find((w) => w.label === label);
  assert.ok(work, `no work “${label}” in ${JSON.stringify(library.works.map((w) => w.label))}`);
  return work;
}

suite('Library of the workspace', function () {
  this.timeout(120_000);
  const workspace = process.env.CITEREAD_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
  const folder = join(workspace, 'library-essays');
  const file = (name: string): vscode.Uri => vscode.Uri.file(join(folder, name));
  let library: LibrarySnapshot;

  suiteSetup(async () => {
    assert.ok(workspace, 'no workspace folder');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'unipolarity.txt'), unipolarity);
    writeFileSync(join(folder, 'brazil.md'), brazil);
    writeFileSync(join(folder, 'junk.txt'), Buffer.from([0x61, 0x62, 0, 0, 0, 1, 2, 3, 0x63]));
    writeFileSync(join(folder, 'mine.bib'), bib);
    await extension().activate();
    await vscode.workspace.getConfiguration('citeread').update('bibliographies', ['library-essays/mine.bib'], vscode.ConfigurationTarget.Workspace);
    library = await vscode.commands.executeCommand<LibrarySnapshot>('citeread.library.reindex', false);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('citeread').update('bibliographies', undefined, vscode.ConfigurationTarget.Workspace);
    rmSync(folder, { recursive: true, force: true });
  });

  test('reads every essay of the folder, skips the binary file with its reason, and merges the works they share', () => {
    const names = library.essays.map((e) => e.file.slice(e.file.lastIndexOf('/') + 1)).sort();
    for (const name of ['brazil.md', 'soft-balancing.txt', 'unipolarity.txt']) assert.ok(names.includes(name), `${name} is not in the library: ${names.join(', ')}`);
    const junk = library.failures.find((f) => f.file.endsWith('/junk.txt'));
    assert.ok(junk, `the binary file is not listed as skipped: ${JSON.stringify(library.failures)}`);
    assert.match(junk.reason, /not a text file/);
    const paul = workOf(library, 'Paul 2005');
    assert.deepEqual(paul.essays.map((e) => [e.file.slice(e.file.lastIndexOf('/') + 1), e.citations]).sort(), [
      ['brazil.md', 1],
      ['soft-balancing.txt', 1],
      ['unipolarity.txt', 2],
    ]);
    assert.equal(workOf(library, 'Brooks & Wohlforth 2005').essays.length, 2);
    assert.equal(workOf(library, 'Hurrell 2006').essays.length, 1);
    // The library's cache lives in the extension's storage: nothing was written beside the essays.
    assert.deepEqual(readdirSync(folder).sort(), ['brazil.md', 'junk.txt', 'mine.bib', 'unipolarity.txt']);
    // The view's order: the works cited by the most essays first.
    assert.deepEqual(
      library.works.slice(0, 2).map((w) => w.label),
      ['Paul 2005', 'Brooks & Wohlforth 2005'],
    );
  });

  test('a work in the reader’s .bib says so with its key, though the file has an entry with syntax errors', () => {
    assert.deepEqual(workOf(library, 'Paul 2005').bibliography?.key, 'paul2005soft');
    assert.equal(workOf(library, 'Brooks & Wohlforth 2005').bibliography, null);
  });

  test('the view sorts and filters as the reader asks, and the export writes what it shows', async () => {
    assert.equal(await vscode.commands.executeCommand('citeread.library.sort', 'year'), 'year');
    const byYear = await vscode.commands.executeCommand<LibrarySnapshot>('citeread.library.reindex', false);
    const years = byYear.works.map((w) => Number(/\d{4}/.exec(w.label)?.[0] ?? 9999));
    assert.deepEqual(years, [...years].sort((a, b) => a - b));
    await vscode.commands.executeCommand('citeread.library.sort', 'essays');
    assert.equal(await vscode.commands.executeCommand('citeread.library.show', 'out'), 'out');
    assert.equal(await vscode.commands.executeCommand('citeread.library.filter', 'soft balancing'), 'soft balancing');
    const shown = await vscode.commands.executeCommand<LibrarySnapshot>('citeread.library.reindex', false);
    assert.ok(shown.works.length > 0, 'nothing is shown');
    assert.ok(!shown.works.some((w) => w.label === 'Paul 2005'), 'a work in the bibliography is shown among the new ones');
    assert.ok(shown.works.some((w) => w.label === 'Brooks & Wohlforth 2005'));
    const target = vscode.Uri.file(join(folder, 'shown.bib'));
    const text = await vscode.commands.executeCommand<string>('citeread.library.exportBibliography', 'bibtex', target.toString(), 'shown');
    assert.equal((text.match(/^@/gm) ?? []).length, shown.works.length, text);
    assert.equal(readFileSync(target.fsPath, 'utf8'), text);
    await vscode.commands.executeCommand('citeread.library.clearFilter');
  });

  test('Export New Works writes the works not in the bibliography, each once, in RIS', async () => {
    const target = vscode.Uri.file(join(folder, 'new.ris'));
    const text = await vscode.commands.executeCommand<string>('citeread.library.exportNewWorks', 'ris', target.toString());
    const records = (text.match(/^TY {2}- /gm) ?? []).length;
    assert.equal(records, library.works.filter((w) => w.bibliography === null).length);
    assert.match(text, /Hard times for soft balancing/i);
    assert.doesNotMatch(text, /Soft balancing in the age/i);
  });

  test('the hover of a citation says where else the work is cited and that it is in the bibliography; its link opens the other essay at the citation', async () => {
    const essay = await vscode.commands.executeCommand<vscode.Uri>('citeread.openAsEssay', file('unipolarity.txt'));
    assert.ok(essay, 'the essay did not open');
    const { text, raw } = await hoverAt(essay, '(Paul, 2005)');
    assert.match(text, /Also cited in:/);
    assert.match(text, /Brazil and the Liberal Order/);
    assert.match(text, /In your bibliography:\*? `paul2005soft`/);
    const copy = /\(command:citeread\.copyReference\?([^ )]+)/.exec(raw);
    assert.ok(copy, `no link to copy the reader's own entry in ${raw}`);
    const copyArgs = JSON.parse(decodeURIComponent(copy[1])) as unknown[];
    assert.equal(copyArgs[3], 'own');
    // The reader's own entry, with its exact fields: its key and the DOI that the essay's entry lacks.
    const own = await vscode.commands.executeCommand<string>('citeread.copyReference', copyArgs[0], copyArgs[1], 'bibtex', 'own');
    assert.match(own, /@article\{paul2005soft,/);
    assert.match(own, /10\.1162\/0162288054894652/);
    const essays = await vscode.commands.executeCommand<string>('citeread.copyReference', copyArgs[0], copyArgs[1], 'bibtex');
    assert.doesNotMatch(essays, /10\.1162/);
    const link = /\(command:citeread\.library\.openCitation\?([^ )]+)/.exec(raw);
    assert.ok(link, `no link to open the other essay in ${raw}`);
    const args = JSON.parse(decodeURIComponent(link[1])) as unknown[];
    const opened = await vscode.commands.executeCommand<vscode.Uri>('citeread.library.openCitation', ...args);
    assert.ok(opened, 'the citation did not open');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), opened.toString());
    assert.equal(editor?.document.uri.scheme, 'citeread');
    assert.match(editor?.document.getText(editor.selection) ?? '', /^Paul, 2005/);
  });

  test('an essay added to the folder joins the library, and leaves it when deleted', async () => {
    const essay = await vscode.commands.executeCommand<vscode.Uri>('citeread.openAsEssay', file('brazil.md'));
    const says = async (title: string): Promise<boolean> => (await hoverAt(essay, '(Hurrell, 2006)')).text.includes(title);
    assert.equal(await says('Regional Powers Reconsidered'), false);
    writeFileSync(join(folder, 'regional.txt'), added);
    await eventually('the added essay is named in the hover', () => says('Regional Powers Reconsidered'));
    rmSync(join(folder, 'regional.txt'));
    await eventually('the deleted essay leaves the hover', async () => !(await says('Regional Powers Reconsidered')));
  });
});
