// The hover as a reader sees it: open the bundled essay from the command palette, rest the mouse on a
// citation, read the hover. The screenshot goes to test-results/hover.png.
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbench } from './workbench';

suite('Hover in the editor', () => {
  test("resting on a citation shows the cited work's reference, with its links", async () => {
    const wb = workbench();
    const manifest = JSON.parse(readFileSync(join(wb.harness.extensionPath, 'corpus', 'manifest.json'), 'utf8')) as { id: string; title: string }[];
    const essay = manifest.find((e) => e.id === 'soft-balancing');
    assert.ok(essay, 'the manifest lists no soft-balancing essay');
    await wb.step('run "Citeread: Open Essay…"', () => wb.openPalette('Citeread: Open Essay…'));
    await wb.step('pick the bundled essay by its title', () => wb.pickQuickItem(essay.title));
    await wb.step('the essay is shown', () => wb.waitForEditorText(200));
    assert.equal(await wb.activeTabTitle(), essay.title);

    const hover = await wb.step('hover “(Paul, 2005)”', () => wb.hoverText('(Paul, 2005)'));
    // Let the hover finish fading in before the picture is taken.
    await wb.page.waitForTimeout(400);
    mkdirSync(join(wb.harness.extensionPath, 'test-results'), { recursive: true });
    await wb.page.screenshot({ path: join(wb.harness.extensionPath, 'test-results', 'hover.png') });
    assert.ok(hover.includes('Soft Balancing in the Age'), `the hover says: ${hover}`);
    assert.ok(hover.includes('Go to reference'), `the hover has no Go to reference link: ${hover}`);
    assert.ok(!/\\[[(.)*_]/.test(hover), `escapes show in the hover: ${hover}`);
    await wb.clearHover();
  });
});
