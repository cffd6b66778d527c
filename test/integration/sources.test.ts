// The Sources view and formatted copying, through the public API: copying a reference of the
// bundled essay in each style (checked against strings written from each style's rules), in-text
// citations with locators, exporting the bibliography to a file that citation-js reads back,
// revealing a citation, the view's commands, and how fast the first and later copies answer.
//
// What the tree shows is checked where it can be seen: the UI tier (test/ui/sources.test.ts) looks at
// the rendered view. Here the view's registration is checked through its focus command, and the tree
// model the view renders is built from the same analysis with the engine (src/core), which is the
// extension's own code, not a test hook: no command exists only for tests.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/analyze';
import { indexAnalysis } from '../../src/core/lookup';
import { buildSourcesTree } from '../../src/core/sourcesModel';
import { extension, round } from './support';



async function run<T>(command: string, ...args: unknown[]): Promise<T> {
  return vscode.commands.executeCommand<T>(command, ...args);
}

/** BibTeX `field = {value}` pairs of each entry, by entry type. */
function bibtexEntries(text: string): { type: string; fields: Record<string, string> }[] {
  return text
    .split(/^(?=@)/m)
    .filter((e) => e.startsWith('@'))
    .map((entry) => ({
      type: /^@(\w+)\{/.exec(entry)?.[1] ?? '',
      fields: Object.fromEntries([...entry.matchAll(/^\s*([a-z]+) = \{(.*)\},?$/gm)].map((m) => [m[1], m[2]])),
    }));
}

suite('Sources and formatted citations', function () {
  this.timeout(120_000);
  const scratch = mkdtempSync(join(tmpdir(), 'citeread-sources-'));
  const measures: Record<string, number> = {};
  let seed: vscode.Uri;
  let paul: number;

  suiteSetup(async () => {
    const uri = await run<vscode.Uri | undefined>('citeread.openEssay', 'soft-balancing');
    assert.ok(uri instanceof vscode.Uri, 'openEssay returned no URI');
    seed = uri;
    // The reference list through the public commands: the original text of each entry, by index, until there is none.
    const texts: string[] = [];
    for (let i = 0; i < 100; i++) {
      const text = await run<string | undefined>('citeread.copyReferenceText', seed, i).catch(() => undefined);
      if (text === undefined) break;
      texts.push(text);
    }
    assert.equal(texts.length, 10, `the essay has ${texts.length} references`);
    paul = texts.findIndex((t) => t.startsWith('PAUL'));
    assert.ok(paul >= 0, 'no reference starts with PAUL');
  });

  suiteTeardown(async () => {
    await run('workbench.action.closeAllEditors');
    rmSync(scratch, { recursive: true, force: true });
    console.log(`[citeread] sources measures: ${JSON.stringify(measures)}`);
  });

  test('copying PAUL in APA puts the APA entry on the clipboard and returns it (first and later copies timed)', async () => {
    const expected = 'Paul, T. V. (2005). Soft Balancing in the Age of U.S. Primacy. International Security, 30(1), 46–71.';
    await vscode.env.clipboard.writeText('');
    let start = performance.now();
    const first = await run<string>('citeread.copyReference', seed, paul, 'apa');
    measures.firstApaCopyMs = round(performance.now() - start);
    assert.equal(first, expected);
    assert.equal(await vscode.env.clipboard.readText(), expected);
    const later: number[] = [];
    for (let i = 0; i < 5; i++) {
      start = performance.now();
      assert.equal(await run<string>('citeread.copyReference', seed.toString(), paul, 'apa'), expected);
      later.push(performance.now() - start);
    }
    measures.laterApaCopyMedianMs = round(later.sort((a, b) => a - b)[2]);
  });

  const styles: { name: string; style: string; expected: string }[] = [
    // MLA 9: Surname, Given. "Title." Journal, vol. 30, no. 1, Year, pp. 46–71.
    { name: 'MLA 9', style: 'mla', expected: 'Paul, T. V. “Soft Balancing in the Age of U.S. Primacy.” International Security, vol. 30, no. 1, 2005, pp. 46–71.' },
    // Chicago 17 author-date: Surname, Given. Year. "Title." Journal volume (issue): pages.
    { name: 'Chicago author-date', style: 'chicago', expected: 'Paul, T. V. 2005. “Soft Balancing in the Age of U.S. Primacy.” International Security 30 (1): 46–71.' },
    // Vancouver (NLM): Surname Initials. Title. Journal. Year;Vol(Issue):pages. No list number for a single entry.
    { name: 'Vancouver', style: 'vancouver', expected: 'Paul TV. Soft Balancing in the Age of U.S. Primacy. International Security. 2005;30(1):46–71.' },
  ];
  for (const c of styles) {
    test(`copying PAUL in ${c.name}`, async () => {
      const start = performance.now();
      const text = await run<string>('citeread.copyReference', seed, paul, c.style);
      measures[`first${c.style}CopyMs`] = round(performance.now() - start);
      assert.equal(text, c.expected);
      assert.equal(await vscode.env.clipboard.readText(), c.expected);
    });
  }

  test('copying PAUL as BibTeX: an @article with the fields of the entry', async () => {
    const text = await run<string>('citeread.copyReference', seed, paul, 'bibtex');
    const entries = bibtexEntries(text);
    assert.equal(entries.length, 1, text);
    assert.equal(entries[0].type, 'article');
    const f = entries[0].fields;
    assert.deepEqual(
      { author: f.author, journal: f.journal, volume: f.volume, number: f.number, pages: f.pages, year: f.year, title: f.title?.replace(/[{}]/g, '') },
      { author: 'Paul, T. V.', journal: 'International Security', volume: '30', number: '1', pages: '46--71', year: '2005', title: 'Soft Balancing in the Age of U.S. Primacy' },
    );
    assert.equal(await vscode.env.clipboard.readText(), text);
  });

  test('copying PAUL as RIS: a JOUR record with the tags of the entry', async () => {
    const lines = (await run<string>('citeread.copyReference', seed, paul, 'ris')).split('\n');
    assert.equal(lines[0], 'TY  - JOUR');
    for (const expected of ['AU  - Paul, T. V.', 'PY  - 2005', 'TI  - Soft Balancing in the Age of U.S. Primacy', 'T2  - International Security', 'VL  - 30', 'IS  - 1', 'SP  - 46-71', 'ER  - ']) {
      assert.ok(lines.includes(expected), `missing “${expected}” in\n${lines.join('\n')}`);
    }
  });

  test('copying an in-text citation, with and without a locator', async () => {
    assert.equal(await run<string>('citeread.copyInTextCitation', seed, paul, 'apa'), '(Paul, 2005)');
    assert.equal(await run<string>('citeread.copyInTextCitation', seed, paul, 'apa', { label: 'page', value: '7' }), '(Paul, 2005, p. 7)');
    assert.equal(await run<string>('citeread.copyInTextCitation', seed, paul, 'chicago', '7'), '(Paul 2005, 7)');
    assert.equal(await vscode.env.clipboard.readText(), '(Paul 2005, 7)');
  });

  test('an unknown style or a missing reference is refused, not copied as APA', async () => {
    await vscode.env.clipboard.writeText('unchanged');
    await assert.rejects(run('citeread.copyReference', seed, paul, 'turabian'), /Unknown citation style/);
    await assert.rejects(run('citeread.copyReference', seed, 99, 'apa'), /no reference number 99/);
    await assert.rejects(run('citeread.copyInTextCitation', seed, paul, 'bibtex'), /no in-text citations/);
    assert.equal(await vscode.env.clipboard.readText(), 'unchanged');
  });

  test('exporting the bibliography as BibTeX writes the chosen file, which citation-js reads back as ten entries', async () => {
    const target = vscode.Uri.file(join(scratch, 'soft-balancing.bib'));
    const text = await run<string>('citeread.exportBibliography', seed, 'bibtex', target);
    const written = readFileSync(target.fsPath, 'utf8');
    assert.equal(written, text);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- citation-js ships no types
    const { Cite } = require('@citation-js/core') as { Cite: new (input: string) => { data: { title?: string; author?: { family?: string }[] }[] } };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('@citation-js/plugin-bibtex');
    const parsed = new Cite(written).data;
    assert.equal(parsed.length, 10);
    assert.ok(parsed.some((item) => item.author?.[0]?.family === 'Paul' && item.title === 'Soft Balancing in the Age of U.S. Primacy'));
  });

  test('exporting as CSL-JSON writes ten items; as APA, ten lines', async () => {
    const json = vscode.Uri.file(join(scratch, 'soft-balancing.json'));
    await run('citeread.exportBibliography', seed.toString(), 'csl-json', json);
    assert.equal((JSON.parse(readFileSync(json.fsPath, 'utf8')) as unknown[]).length, 10);
    const apa = vscode.Uri.file(join(scratch, 'soft-balancing.txt'));
    const text = await run<string>('citeread.exportBibliography', seed, 'apa', apa);
    assert.equal(text.split('\n').length, 10);
    assert.ok(text.split('\n').includes('Paul, T. V. (2005). Soft Balancing in the Age of U.S. Primacy. International Security, 30(1), 46–71.'), text);
  });

  test('revealing a citation selects it in the essay', async () => {
    const document = await vscode.workspace.openTextDocument(seed);
    const start = document.getText().indexOf('Haiyun Wang (2007: 7)');
    assert.ok(start > 0);
    const range = await run<vscode.Range>('citeread.revealCitation', seed.toString(), start, start + 'Haiyun Wang (2007: 7)'.length);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), seed.toString());
    assert.equal(editor?.document.getText(editor.selection), 'Haiyun Wang (2007: 7)');
    assert.ok(range.isEqual(editor.selection));
  });

  test('the Sources view is registered, and its sort and filter commands answer', async () => {
    await run('citeread.sources.focus');
    assert.equal(await run('citeread.sources.sort', 'cited'), 'cited');
    assert.equal(await run('citeread.sources.filter', '  duarte '), 'duarte');
    await run('citeread.sources.clearFilter');
    await run('citeread.sources.refresh');
    assert.equal(await run('citeread.sources.sort', 'list'), 'list');
  });

  test('the tree model of the seed: ten sources, DUARTE with three citations, no groups', () => {
    const text = readFileSync(join(extension().extensionPath, 'corpus', 'soft-balancing.txt'), 'utf8');
    const tree = buildSourcesTree(indexAnalysis(analyze(text)));
    assert.equal(tree.roots.length, 10);
    assert.ok(tree.roots.every((r) => r.kind === 'reference'));
    const duarte = tree.roots.find((r) => r.kind === 'reference' && r.reference.text.startsWith('DUARTE'));
    assert.ok(duarte && duarte.kind === 'reference');
    assert.equal(duarte.label, 'Duarte 2012');
    // The labeller ends the title on "Order:" and puts the subtitle in the journal; a title never ends on a colon, so
    // the subtitle goes back to the title, up to the full stop before the journal.
    assert.equal(duarte.description, '3× · China in the New World Order: the Changing Nature of Chinese Foreign Policy');
    assert.deepEqual(
      duarte.citations.map((c) => c.label),
      ['(Duarte, 2012)', '(Duarte, 2012)', '(Duarte, 2012)'],
    );
  });
});
