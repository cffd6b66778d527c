// The Library view as a reader sees it: a folder of essays that share sources, the works listed by how many essays
// cite them, a work opened onto its essays and their citations, and a citation opening its essay. Screenshots go to
// test-results/ui/.
import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { workbench } from './workbench';

const paul = 'Paul, T. V. (2005). Soft balancing in the age of U.S. primacy. International Security, 30(1), 46–71.';
const essays: Record<string, string> = {
  'unipolarity.txt': `Unipolarity and Its Critics\n\nSome argued that states pursue soft balancing through institutions (Paul, 2005). Others replied that the evidence is thin (Brooks and Wohlforth, 2005). The debate turned on what counts as balancing (Paul, 2005, p. 58).\n\nReferences\n\nBrooks, S. G., & Wohlforth, W. C. (2005). Hard times for soft balancing. International Security, 30(1), 72–108.\n\n${paul}\n`,
  'brazil.md': `# Brazil and the Liberal Order\n\nBrazil's foreign policy has been read as soft balancing (Paul, 2005), or as a search for autonomy (Hurrell, 2006).\n\n## References\n\nHurrell, A. (2006). Hegemony, liberalism and global order: What space for would-be great powers? International Affairs, 82(1), 1–19.\n\n${paul}\n`,
};

function harnessWorkspace(): string {
  const harness = (globalThis as { __citeread?: { workspace: string } }).__citeread;
  assert.ok(harness, 'no workbench harness');
  return harness.workspace;
}

suite('The Library view', () => {
  const folder = join(harnessWorkspace(), 'library-ui');

  suiteSetup(() => {
    mkdirSync(folder, { recursive: true });
    for (const [name, text] of Object.entries(essays)) writeFileSync(join(folder, name), text);
  });

  suiteTeardown(() => rmSync(folder, { recursive: true, force: true }));

  /** The Library pane of the Citeread side bar, expanded. */
  async function libraryPane(): Promise<Locator> {
    const wb = workbench();
    const sidebar = await wb.openView('Citeread');
    const headers = (root: Locator | typeof wb.page): Locator => root.locator('.pane-header').filter({ hasText: /^\s*Library/i });
    const header = headers(sidebar).first();
    await header.waitFor({ state: 'visible', timeout: 20_000 });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    // The pane holding that header (a `has` locator is looked for inside each pane, so it starts from the page).
    return sidebar.locator('.pane').filter({ has: headers(wb.page) });
  }

  async function rows(pane: Locator): Promise<string[]> {
    return (
      await pane.locator('.monaco-list-row').evaluateAll((elements) =>
        elements.map((row) => {
          const name = row.querySelector('.label-name');
          const description = row.querySelector('.label-description');
          return `${name?.textContent ?? ''} ${description?.textContent ?? ''}`;
        }),
      )
    ).map((text) => text.trim().replace(/\s+/g, ' '));
  }

  test('lists the works the essays share, cited by the most essays first', async () => {
    const wb = workbench();
    const pane = await wb.step('open the Library view', () => libraryPane());
    await wb.step('run "Reindex Library"', () => wb.openPalette('Citeread: Reindex Library'));
    let shown: string[] = [];
    await wb.step('the works are listed', async () => {
      for (let i = 0; i < 150; i++) {
        shown = await rows(pane);
        if (shown.some((row) => /^Paul 2005 3 essays/.test(row))) return;
        await wb.page.waitForTimeout(200);
      }
    });
    await wb.screenshot('library view');
    console.log(`      ${shown.slice(0, 4).join(' | ')}`);
    // The bundled essay, the APA essay and the Markdown essay all cite Paul (2005); two of them Brooks and Wohlforth.
    assert.match(shown[0] ?? '', /^Paul 2005 3 essays · Soft balancing in the age of U\.S\. primacy/i, JSON.stringify(shown));
    assert.match(shown[1] ?? '', /^Brooks & Wohlforth 2005 2 essays/, JSON.stringify(shown));
  });

  test('filtering by words keeps the matching works, and clearing brings all back', async () => {
    const wb = workbench();
    const pane = await libraryPane();
    await wb.step('run "Filter Library…" and type a name', async () => {
      await wb.openPalette('Citeread: Filter Library…');
      await wb.page.locator('.quick-input-widget input.input').fill('hurrell');
      await wb.page.keyboard.press('Enter');
    });
    let shown: string[] = [];
    for (let i = 0; i < 50 && (shown = await rows(pane)).length !== 1; i++) await wb.page.waitForTimeout(200);
    await wb.screenshot('library filtered');
    assert.equal(shown.length, 1, JSON.stringify(shown));
    assert.match(shown[0], /^Hurrell 2006 1 essay · Hegemony, liberalism and global order/);
    assert.match((await pane.innerText()).replace(/\s+/g, ' '), /1 of \d+ works, filtered by “hurrell”/);
    await wb.step('run "Clear Library Filter"', () => wb.openPalette('Citeread: Clear Library Filter'));
    for (let i = 0; i < 50 && (shown = await rows(pane)).length <= 1; i++) await wb.page.waitForTimeout(200);
    assert.ok(shown.length > 1, JSON.stringify(shown));
  });

  test('a work opens onto its essays and their citations, and a citation opens its essay there', async () => {
    const wb = workbench();
    const pane = await libraryPane();
    const work = pane.locator('.monaco-list-row').filter({ hasText: /^Paul 2005/ }).first();
    await wb.step('expand Paul 2005', async () => {
      await work.click();
      if ((await work.getAttribute('aria-expanded')) !== 'true') await wb.page.keyboard.press('ArrowRight');
    });
    let shown: string[] = [];
    for (let i = 0; i < 50 && !(shown = await rows(pane)).some((r) => /^Unipolarity and Its Critics cites it 2×/.test(r)); i++) await wb.page.waitForTimeout(200);
    assert.ok(shown.some((r) => /^Unipolarity and Its Critics cites it 2×/.test(r)), JSON.stringify(shown));
    assert.ok(shown.some((r) => /^Brazil and the Liberal Order cites it 1×/.test(r)), JSON.stringify(shown));
    const essay = pane.locator('.monaco-list-row').filter({ hasText: /^Unipolarity and Its Critics/ }).first();
    await wb.step('expand the essay', async () => {
      await essay.click();
      if ((await essay.getAttribute('aria-expanded')) !== 'true') await wb.page.keyboard.press('ArrowRight');
    });
    const citation = pane.locator('.monaco-list-row[aria-level="3"]').filter({ hasText: /^Paul, 2005, p\. 58/ }).first();
    await wb.step('the citations are listed with their sentence', () => citation.waitFor({ state: 'visible', timeout: 10_000 }));
    await wb.screenshot('library work with its essays and citations');
    await wb.step('select the citation', () => citation.click());
    await wb.step('the essay opens as a citation-aware essay', async () => {
      for (let i = 0; i < 50 && !(await wb.activeTabTitle().catch(() => '')).includes('Unipolarity and Its Critics'); i++) await wb.page.waitForTimeout(200);
    });
    assert.match(await wb.activeTabTitle(), /Unipolarity and Its Critics/);
    await wb.screenshot('library citation opened');
  });
});
