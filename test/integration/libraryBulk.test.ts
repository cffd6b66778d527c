// The Library in a real VS Code when the folder holds bad input at scale: a 50 MB text file and 10,000 tiny files
// beside a few essays that share a source. Everything is generated at test time in a folder of the workspace and
// removed afterwards. The library must still list the good essays and the work they share, say why the large file is
// left out, and account for every file.
import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { LibrarySnapshot } from '../../src/workspaceLibrary/libraryCommands';
import { extension } from './support';

const TINY_FILES = 10_000;
const LARGE_BYTES = 50 * 1024 * 1024;

const essay = (title: string, claim: string): string => `${title}

${claim} (Paul, 2005). The debate turned on what counts as balancing at all (Brooks and Wohlforth, 2005, p. 80).

References

Brooks, S. G., & Wohlforth, W. C. (2005). Hard times for soft balancing. International Security, 30(1), 72–108.

Paul, T. V. (2005). Soft balancing in the age of U.S. primacy. International Security, 30(1), 46–71.
`;

suite('Library with bad input at scale', function () {
  this.timeout(300_000);
  const workspace = process.env.CITEREAD_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
  const folder = join(workspace, 'library-bulk');
  const inFolder = (file: string): boolean => file.includes('/library-bulk/');
  const name = (file: string): string => file.slice(file.lastIndexOf('/') + 1);
  let library: LibrarySnapshot;
  let indexMs = 0;

  suiteSetup(async () => {
    assert.ok(workspace, 'no workspace folder');
    mkdirSync(join(folder, 'tiny'), { recursive: true });
    writeFileSync(join(folder, 'hegemony.txt'), essay('Hegemony Without Rivals', 'Second-tier states were said to balance softly'));
    writeFileSync(join(folder, 'hedging.txt'), essay('Hedging in Asia', 'Hedging is not soft balancing'));
    // A text file far over the 8 MB a library reads: refused, never analysed.
    writeFileSync(join(folder, 'huge.txt'), Buffer.alloc(LARGE_BYTES, 'lorem ipsum dolor sit amet '));
    for (let i = 0; i < TINY_FILES; i++) writeFileSync(join(folder, 'tiny', `note-${String(i).padStart(5, '0')}.txt`), `n${i}\n`);
    await extension().activate();
    const start = Date.now();
    library = await vscode.commands.executeCommand<LibrarySnapshot>('citeread.library.reindex', false);
    indexMs = Date.now() - start;
    console.log(`library with ${TINY_FILES} tiny files and a ${LARGE_BYTES / 1048576} MB file: indexed in ${indexMs} ms`);
  });

  suiteTeardown(async () => {
    rmSync(folder, { recursive: true, force: true });
    // Leave the library as the other suites expect it: without this folder.
    await vscode.commands.executeCommand('citeread.library.reindex', false);
  });

  test('lists the good essays and the work they share', () => {
    const essays = library.essays.filter((e) => inFolder(e.file));
    for (const good of ['hegemony.txt', 'hedging.txt']) {
      const found = essays.find((e) => name(e.file) === good);
      assert.ok(found, `${good} is not in the library`);
      assert.equal(found.references, 2, `${good}: its two references`);
    }
    const paul = library.works.find((w) => w.label === 'Paul 2005');
    assert.ok(paul, `no work “Paul 2005” among ${library.works.length} works`);
    const citing = paul.essays.filter((e) => inFolder(e.file)).map((e) => name(e.file)).sort();
    assert.deepEqual(citing, ['hedging.txt', 'hegemony.txt']);
  });

  test('says why the 50 MB file is left out', () => {
    const huge = library.failures.find((f) => inFolder(f.file) && name(f.file) === 'huge.txt');
    assert.ok(huge, `the large file is not listed as skipped: ${JSON.stringify(library.failures.filter((f) => inFolder(f.file)).slice(0, 5))}`);
    assert.match(huge.reason, /too large \(50(\.0)? MB/);
    assert.ok(!library.essays.some((e) => name(e.file) === 'huge.txt'));
  });

  test('accounts for every one of the 10,000 tiny files, as an essay or with a reason', () => {
    const tiny = (file: string): boolean => inFolder(file) && file.includes('/tiny/');
    const essays = library.essays.filter((e) => tiny(e.file));
    const failures = library.failures.filter((f) => tiny(f.file));
    assert.equal(essays.length + failures.length, TINY_FILES, `${essays.length} essays and ${failures.length} failures`);
    for (const f of failures) assert.ok(f.reason.trim() !== '', `${f.file}: no reason`);
    // Not one of them makes a work: a note of a few bytes has no reference list.
    assert.ok(!library.works.some((w) => w.essays.some((e) => tiny(e.file))));
  });
});
