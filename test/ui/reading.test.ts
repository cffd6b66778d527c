// A reader's first minutes: open the bundled essay from the command palette, rest the mouse on a citation to read
// its reference, open the sources view. Screenshots of each stage go to test-results/ui/.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { workbench } from './workbench';

/**
 * What the essay picker may call a bundled essay, most specific first: its title in corpus/manifest.json, its first
 * line, its file name with and without the extension.
 */
function bundledEssayLabels(): string[] {
  const corpus = join(workbench().harness.extensionPath, 'corpus');
  const labels: string[] = [];
  try {
    const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as { title?: string }[];
    labels.push(...manifest.flatMap((entry) => (entry.title ? [entry.title] : [])));
  } catch {
    // No manifest: the files speak for themselves.
  }
  for (const name of readdirSync(corpus).filter((file) => /\.(txt|md)$/.test(file)).sort()) {
    labels.push(readFileSync(join(corpus, name), 'utf8').split('\n')[0].trim(), name, basename(name).replace(/\.[^.]+$/, ''));
  }
  return labels.filter((label) => label.length > 0);
}

// An author-year citation as prose writes it in parentheses: "(Surname, 2005)", "(Surname et al. 2010a)",
// "(Surname and Other, 1999)". Group 1 is the first author's surname, group 2 the year.
const parentheticalCitation = /\(([A-Z][\p{L}’'-]+)(?: et al\.| (?:and|&) [A-Z][\p{L}’'-]+)?,? (\d{4})[a-z]?\)/u;

suite('Reading the bundled essay', () => {
  let citation: { surname: string; year: string } | undefined;

  test('opens through the command palette', async () => {
    const wb = workbench();
    await wb.step('run "Citeread: Open Essay…" from the command palette', () => wb.openPalette('Citeread: Open Essay…'));
    await wb.step('pick the bundled essay', () => wb.pickQuickItem(...bundledEssayLabels()));
    const lines = await wb.step('the essay is shown in the editor', () => wb.waitForEditorText(200));
    await wb.screenshot('essay open');
    assert.ok(lines.length > 3, `expected the essay's lines on screen, saw ${lines.length}`);
  });

  test("a citation's hover shows its reference", async () => {
    const wb = workbench();
    const lines = await wb.waitForEditorText(200);
    // The first citation on screen that the mouse can reach.
    let match: RegExpExecArray | undefined;
    for (const found of lines.flatMap((line) => [...line.matchAll(new RegExp(parentheticalCitation, 'gu'))])) {
      if (await wb.locate(found[0])) {
        match = found;
        break;
      }
    }
    assert.ok(match, 'no parenthetical author-year citation is on screen where the mouse can reach it');
    const [whole, surname, year] = match;
    citation = { surname, year };
    const hover = await wb.step(`hover the citation "${whole}"`, () => wb.hoverText(whole));
    await wb.screenshot('citation hover');
    console.log(`      hover: ${hover.replace(/\s+/g, ' ').slice(0, 200)}`);
    assert.ok(hover.toLowerCase().includes(surname.toLowerCase()), `the hover does not name the cited author ${surname}`);
    assert.ok(hover.includes(year), `the hover does not give the cited year ${year}`);
  });

  test('the sources view lists the sources the essay cites', async () => {
    const wb = workbench();
    await wb.clearHover();
    await wb.step('open the Citeread view from the activity bar', () => wb.openView('Citeread'));
    const rows = await wb.step('the sources are listed', () => wb.sideBarRows());
    await wb.screenshot('sources view');
    console.log(`      ${rows.length} rows, first: ${rows.slice(0, 3).join(' | ')}`);
    assert.ok(rows.some((row) => /\b\d{4}[a-z]?\b/.test(row)), 'no source in the view carries a year');
    if (citation) {
      const surname = citation.surname.toLowerCase();
      assert.ok(rows.some((row) => row.toLowerCase().includes(surname)), `the hovered citation's author ${surname} is not among the sources`);
    }
  });
});
