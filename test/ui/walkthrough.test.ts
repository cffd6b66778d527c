// The Getting Started walkthrough as a new reader meets it: opened from the palette, each step with its picture,
// and the first step's button opening the bundled essay.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbench } from './workbench';

suite('The Getting Started walkthrough', () => {
  test('shows its steps with their pictures, and its first button opens the bundled essay', async () => {
    const wb = workbench();
    const manifest = JSON.parse(readFileSync(join(wb.harness.extensionPath, 'corpus', 'manifest.json'), 'utf8')) as { id: string; title: string }[];
    const essay = manifest.find((e) => e.id === 'soft-balancing');
    assert.ok(essay, 'the manifest lists no soft-balancing essay');
    await wb.step('close every editor', () => wb.openPalette('View: Close All Editors'));
    await wb.step('run "Welcome: Open Walkthrough…"', () => wb.openPalette('Welcome: Open Walkthrough'));
    await wb.step('pick Citeread’s walkthrough', () => wb.pickQuickItem('Read an Essay with Citeread'));
    const page = wb.page.locator('.gettingStartedContainer').filter({ visible: true }).first();
    await wb.step('the walkthrough shows its steps', () => page.getByText('Open an essay', { exact: true }).first().waitFor({ state: 'visible', timeout: 30000 }));
    const steps = await page.locator('.getting-started-step .step-title').allInnerTexts();
    for (const title of ['Open an essay', 'Hover a citation', 'Jump to its reference', 'See every source in the Sources view', 'Copy a formatted citation']) {
      assert.ok(steps.some((s) => s.includes(title)), `no step “${title}” among ${JSON.stringify(steps)}`);
    }
    const picture = page.locator('.getting-started-media img').filter({ visible: true }).first();
    await wb.step('the step’s picture loads', async () => {
      await picture.waitFor({ state: 'visible', timeout: 15000 });
      await wb.page.waitForFunction((img) => (img as { complete: boolean; naturalWidth: number }).complete && (img as { naturalWidth: number }).naturalWidth > 0, await picture.elementHandle(), { timeout: 15000 });
    });
    await wb.screenshot('walkthrough');
    await wb.step('click “Open the Bundled Essay”', () => page.getByText('Open the Bundled Essay', { exact: true }).first().click());
    await wb.step('the essay is shown', () => wb.waitForEditorText(200));
    assert.equal(await wb.activeTabTitle(), essay.title);
  });
});
