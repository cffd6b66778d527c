// The routes a reader takes, in the workbench itself: Open Essay… lists the workspace's essays (newest
// first) beside the bundled one; the essay's tab is titled by the essay, with breadcrumbs; the status bar item sits with
// the editor's own items on the right; the editor's context menu offers the choice of a citation's reference.
import * as assert from 'node:assert/strict';
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbench } from './workbench';

suite('Routes in the workbench', () => {
  test('Open Essay… lists the workspace’s essays, most recent first, and opens one under its own title', async () => {
    const wb = workbench();
    const older = join(wb.harness.workspace, 'older-notes.txt');
    const newer = join(wb.harness.workspace, 'fresh-essay.md');
    writeFileSync(older, 'Older Notes\n\nA claim (Paul, 2005).\n\nReferences\n\nPaul, T. V. (2005). Soft Balancing. International Security.\n');
    utimesSync(older, new Date(2020, 0, 1), new Date(2020, 0, 1));
    writeFileSync(newer, 'Two Books of One Year\n\nBalancing is sometimes cheap (Smith, 2010).\n\nReferences\n\nSmith, J. (2010). Balancing Acts. Oxford.\n\nSmith, J. (2010). Balancing Acts Revisited. Oxford.\n');
    await wb.step('run "Citeread: Open Essay…"', () => wb.openPalette('Citeread: Open Essay…'));
    const rows = await wb.step('the picker lists the workspace', async () => {
      const list = wb.page.locator('.quick-input-widget .monaco-list-row').filter({ visible: true });
      await list.filter({ hasText: 'fresh-essay.md' }).first().waitFor({ state: 'visible', timeout: 20000 });
      return (await list.allInnerTexts()).map((t) => t.trim().replace(/\s+/g, ' '));
    });
    await wb.screenshot('open essay lists the workspace');
    const at = (name: string): number => rows.findIndex((r) => r.includes(name));
    assert.ok(at('fresh-essay.md') >= 0 && at('older-notes.txt') > at('fresh-essay.md'), `newest first: ${JSON.stringify(rows)}`);
    assert.ok(rows.some((r) => r.includes('Bundled with Citeread')), `the bundled essays are still offered: ${JSON.stringify(rows)}`);
    await wb.step('pick the newest', () => wb.pickQuickItem('fresh-essay.md'));
    const title = await wb.step('the essay is shown under its title', async () => {
      let seen = '';
      for (let i = 0; i < 100 && (seen = await wb.activeTabTitle()) !== 'Two Books of One Year'; i++) await wb.page.waitForTimeout(200);
      return seen;
    });
    assert.equal(title, 'Two Books of One Year');
    await wb.waitForEditorText(20);
    const crumbs = wb.page.locator('.editor-group-container.active .breadcrumbs-control .monaco-breadcrumb-item');
    await wb.step('the breadcrumbs show the file and the title', () => crumbs.filter({ hasText: 'fresh-essay.md' }).first().waitFor({ state: 'visible', timeout: 20000 }));
    await wb.screenshot('breadcrumbs');
    const tab = wb.page.locator('.editor-group-container.active .tab.active').first();
    const tooltip = await wb.step('the tab’s tooltip names the file the essay is read from', async () => {
      await tab.hover();
      const hover = wb.page.locator('.monaco-hover, .workbench-hover').filter({ visible: true, hasText: 'fresh-essay.md' }).first();
      await hover.waitFor({ state: 'visible', timeout: 10000 });
      return (await hover.innerText()).trim();
    });
    assert.ok(tooltip.startsWith(`${newer}/Two Books of One Year`), tooltip);
    await wb.screenshot('tab tooltip');
    await wb.clearHover();
  });

  test('the status bar item sits on the right, with the editor’s', async () => {
    const wb = workbench();
    const item = wb.page.locator('.statusbar .right-items .statusbar-item').filter({ hasText: /\d+ citations?/ }).first();
    await wb.step('the counts are in the right-hand items', () => item.waitFor({ state: 'visible', timeout: 20000 }));
  });

  test('the editor’s context menu offers the choice of the citation’s reference', async () => {
    const wb = workbench();
    const where = await wb.step('find the ambiguous citation', async () => {
      const spot = await wb.locate('(Smith, 2010)');
      if (!spot) throw new Error('“(Smith, 2010)” is not on screen');
      return spot;
    });
    await wb.page.mouse.click(where.x, where.y, { button: 'right' });
    const entry = wb.page.locator('.monaco-menu .action-label').filter({ hasText: 'Choose the Reference for This Citation…' }).first();
    await wb.step('the context menu has the choice', () => entry.waitFor({ state: 'visible', timeout: 10000 }));
    await wb.screenshot('context menu choice');
    await entry.click();
    const picked = await wb.step('the choice lists the candidates', () => wb.pickQuickItem('Smith 2010 — Balancing Acts Revisited'));
    assert.match(picked, /Balancing Acts Revisited/);
    await wb.step('the Sources view links it to the chosen reference', async () => {
      await wb.openView('Citeread');
      for (let i = 0; i < 50; i++) {
        const rows = await wb.sideBarRows();
        if (rows.some((r) => r.includes('1×') && r.includes('Balancing Acts Revisited'))) return;
        await wb.page.waitForTimeout(200);
      }
      throw new Error(`no row links “Balancing Acts Revisited”: ${JSON.stringify(await wb.sideBarRows())}`);
    });
  });

  test('the style picker previews each style on the reference at hand', async () => {
    const wb = workbench();
    await wb.step('run "Citeread: Export Bibliography…"', () => wb.openPalette('Citeread: Export Bibliography…'));
    const rows = wb.page.locator('.quick-input-widget .monaco-list-row').filter({ visible: true });
    const previews = await wb.step('the APA and BibTeX rows show the first entry in their style', async () => {
      for (let i = 0; i < 150; i++) {
        const texts = (await rows.allInnerTexts()).map((t) => t.trim().replace(/\s+/g, ' '));
        const apa = texts.find((t) => t.startsWith('APA') && t.includes('Smith, J. (2010). Balancing Acts'));
        const bibtex = texts.find((t) => t.startsWith('BibTeX') && /@\w+\{Smith2010/.test(t));
        if (apa && bibtex) return [apa, bibtex];
        await wb.page.waitForTimeout(200);
      }
      throw new Error(`no previews: ${JSON.stringify((await rows.allInnerTexts()).map((t) => t.trim().replace(/\s+/g, ' ')))}`);
    });
    await wb.screenshot('style picker previews');
    console.log(`      ${previews.join(' | ')}`);
    await wb.page.keyboard.press('Escape');
  });
});
