// The Sources view as a reader sees it: every reference of the open essay with how often it is cited,
// the citations under a reference with their sentences, filtering and sorting from the view's commands,
// and copying a reference from a row's context menu. Screenshots go to test-results/.
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { workbench } from './workbench';

/** The "N×" count a reference's row starts its description with, or undefined for a row that is not a cited reference. */
function citedCount(row: string): number | undefined {
  const m = /^[^(].* (?:\d{4}[a-z]?|n\.d\.|in press|no year) ?(\d+)×/u.exec(row);
  return m ? Number(m[1]) : undefined;
}

async function referenceRows(): Promise<string[]> {
  return (await workbench().sideBarRows()).filter((row) => citedCount(row) !== undefined);
}

suite('The Sources view', () => {
  test('lists every reference of the essay with how often it is cited', async () => {
    const wb = workbench();
    if (!(await wb.activeTabTitle().catch(() => '')).includes('Soft Balancing')) {
      await wb.step('open the bundled essay', async () => {
        await wb.openPalette('Citeread: Open Essay…');
        await wb.pickQuickItem('Soft Balancing', 'soft-balancing');
        await wb.waitForEditorText(200);
      });
    }
    await wb.clearHover();
    await wb.step('open the Citeread view', () => wb.openView('Citeread'));
    const rows = await wb.step('the references are listed', async () => {
      for (let i = 0; i < 50; i++) {
        const found = await referenceRows();
        if (found.length >= 10) return found;
        await wb.page.waitForTimeout(200);
      }
      return referenceRows();
    });
    console.log(`      ${rows.length} references: ${rows.slice(0, 3).join(' | ')}`);
    assert.equal(rows.length, 10, `rows: ${JSON.stringify(rows)}`);
    // Each row reads "Author Year", then "N× · Title".
    for (const row of rows) assert.match(row, /^\S.* (\d{4}[a-z]?|n\.d\.) ?\d+× · \S/u, row);
  });

  test('in a narrow side bar every reference row still shows how often it is cited', async () => {
    const wb = workbench();
    const sidebar = await wb.page.locator('.part.sidebar').boundingBox();
    assert.ok(sidebar, 'the side bar is not on screen');
    assert.ok(sidebar.width <= 360, `the side bar is ${sidebar.width}px wide: this test wants it narrow`);
    const descriptions = wb.page.locator('.part.sidebar .monaco-list-row[aria-level="1"] .label-description');
    const boxes = await Promise.all((await descriptions.all()).map((d) => d.boundingBox()));
    assert.ok(boxes.length >= 10, `only ${boxes.length} reference rows have a description`);
    // "12×" takes about 25 pixels: the description must start at least that far inside the side bar.
    for (const box of boxes) assert.ok(box && box.x + 25 <= sidebar.x + sidebar.width, `a count is cut off: description at x=${box?.x}, side bar ends at ${sidebar.x + sidebar.width}`);
  });

  test("a reference's row opens onto its citations, each with its sentence", async () => {
    const wb = workbench();
    const duarte = wb.page.locator('.part.sidebar .monaco-list-row').filter({ hasText: /^Duarte 2012/ }).first();
    const citationRows = async (): Promise<string[]> => (await wb.sideBarRows()).filter((row) => row.startsWith('(Duarte, 2012)'));
    await wb.step('expand the Duarte reference', async () => {
      await duarte.click();
      for (let i = 0; i < 25 && (await citationRows()).length === 0; i++) {
        // A click on the row selects it; the tree expands on the click or, once selected, on the right arrow.
        if ((await duarte.getAttribute('aria-expanded')) !== 'true') await wb.page.keyboard.press('ArrowRight');
        await wb.page.waitForTimeout(200);
      }
    });
    const rows = await wb.sideBarRows();
    const citations = await citationRows();
    mkdirSync(join(wb.harness.extensionPath, 'test-results'), { recursive: true });
    await wb.page.screenshot({ path: join(wb.harness.extensionPath, 'test-results', 'sources.png') });
    await wb.screenshot('sources view with citations');
    console.log(`      ${citations.join(' | ').slice(0, 300)}`);
    assert.equal(citations.length, 3, `rows: ${JSON.stringify(rows)}`);
    // Each citation row shows the sentence it stands in, which ends with the citation itself here.
    for (const row of citations) assert.ok(row.replace('(Duarte, 2012)', '').includes('(Duarte, 2012)'), row);
  });

  test('filtering keeps the matching references, and clearing brings all back', async () => {
    const wb = workbench();
    await wb.step('run "Filter Sources…" and type a word', async () => {
      await wb.openPalette('Citeread: Filter Sources…');
      await wb.page.locator('.quick-input-widget input.input').fill('balancing');
      await wb.page.keyboard.press('Enter');
    });
    let rows: string[] = [];
    for (let i = 0; i < 50 && (rows = await referenceRows()).length >= 10; i++) await wb.page.waitForTimeout(200);
    await wb.screenshot('sources filtered');
    const sidebar = (await wb.page.locator('.part.sidebar').innerText()).replace(/\s+/g, ' ');
    assert.ok(rows.length > 0 && rows.length < 10, `rows after filtering: ${JSON.stringify(rows)}`);
    assert.ok(rows.every((row) => /balancing/i.test(row)), JSON.stringify(rows));
    assert.match(sidebar, /Filtered by “balancing”: \d+ of 10 references/);
    await wb.step('run "Clear Sources Filter"', () => wb.openPalette('Citeread: Clear Sources Filter'));
    for (let i = 0; i < 50 && (rows = await referenceRows()).length < 10; i++) await wb.page.waitForTimeout(200);
    assert.equal(rows.length, 10);
  });

  test('sorting by times cited puts the most cited first', async () => {
    const wb = workbench();
    await wb.step('run "Sort Sources…" and pick "Times cited"', async () => {
      await wb.openPalette('Citeread: Sort Sources…');
      await wb.pickQuickItem('Times cited');
    });
    let counts: number[] = [];
    for (let i = 0; i < 50; i++) {
      counts = (await referenceRows()).map((row) => citedCount(row) ?? 0);
      if (counts.length === 10 && counts.every((n, k) => k === 0 || counts[k - 1] >= n)) break;
      await wb.page.waitForTimeout(200);
    }
    await wb.screenshot('sources sorted by times cited');
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
    assert.ok(counts[0] > counts[counts.length - 1], `counts: ${counts.join(', ')}`);
    await wb.step('sort back to list order', async () => {
      await wb.openPalette('Citeread: Sort Sources…');
      await wb.pickQuickItem('List order');
    });
  });

  test("copying a reference from its row's context menu", async () => {
    const wb = workbench();
    const row = wb.page.locator('.part.sidebar .monaco-list-row').filter({ hasText: /^Paul 2005/ }).first();
    await wb.step('right-click the Paul reference and choose "Copy Reference…"', async () => {
      await row.click({ button: 'right' });
      const item = wb.page.locator('.context-view .action-menu-item').filter({ hasText: /^Copy Reference…$/ }).first();
      await item.waitFor({ state: 'visible', timeout: 10000 });
      // The menu acts on the item under the mouse when Enter is pressed; a synthetic click can land before it listens.
      await item.hover();
      await wb.page.keyboard.press('Enter');
    });
    await wb.step('pick APA', () => wb.pickQuickItem('APA'));
    const status = wb.page.locator('.part.statusbar').filter({ hasText: /Copied the APA reference/ });
    await wb.step('the status bar says it was copied', () => status.waitFor({ state: 'visible', timeout: 10000 }));
  });

  test('with no essay open the view says so and offers to open one', async () => {
    const wb = workbench();
    const sidebar = wb.page.locator('.part.sidebar');
    await wb.step('close every editor', () => wb.openPalette('View: Close All Editors'));
    const welcome = sidebar.locator('.welcome-view-content');
    await wb.step('the view shows its welcome text', () => welcome.filter({ hasText: 'No essay is open' }).waitFor({ state: 'visible', timeout: 10000 }));
    await wb.screenshot('sources view with no essay');
    // Only what makes sense without an essay stays in the view's title bar.
    const titleActions = (await sidebar.locator('.composite.title .action-label').evaluateAll((els: { getAttribute(name: string): string | null }[]) => els.map((e) => e.getAttribute('aria-label') ?? ''))).join(' | ');
    assert.ok(!/Sort Sources|Filter Sources|Export Bibliography/.test(titleActions), `title actions with no essay: ${titleActions}`);
    await wb.step('click "Open Essay" and pick the bundled essay', async () => {
      await welcome.getByRole('button', { name: 'Open Essay' }).click();
      await wb.pickQuickItem('Soft Balancing');
    });
    let rows: string[] = [];
    for (let i = 0; i < 50 && (rows = await referenceRows().catch(() => [])).length < 10; i++) await wb.page.waitForTimeout(200);
    assert.equal(rows.length, 10, `rows after opening the essay again: ${JSON.stringify(rows)}`);
  });
});
