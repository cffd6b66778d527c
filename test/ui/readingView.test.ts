// The reading view as a reader meets it: open the bundled essay, run "Citeread: Open Reading View", and read the
// view back from the page inside its webview: the essay as prose with its citations marked, a citation's card
// (keyboard: Tab moves between citations, Enter opens the card, Escape closes it), a copy from the card, and
// scrolling that follows the text editor both ways. Screenshots in a dark and a light theme go to
// test-results/reading-view-dark.png and test-results/reading-view-light.png (the README shows copies of them).
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { workbench, type Workbench } from './workbench';

// The few DOM names the functions run inside the webview need (the project compiles without the DOM library).
declare const window: { scrollY: number; scrollTo(x: number, y: number): void; innerHeight: number };
declare const document: { activeElement: { id: string; className: string } | null };

/** The page inside the reading view's webview (VS Code nests it in two frames). */
function readingPage(wb: Workbench): FrameLocator {
  return wb.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
}

/** The text of every visible line of the essay's text editor (not the webview's group). */
async function editorText(wb: Workbench): Promise<string> {
  return (await wb.page.locator('.monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
}

async function eventually<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}; last seen: ${JSON.stringify(value).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

suite('The reading view (UI)', () => {
  test('shows the essay as prose; a citation’s card by keyboard and mouse; copy; scrolling follows the editor', async () => {
    const wb = workbench();
    const manifest = JSON.parse(readFileSync(join(wb.harness.extensionPath, 'corpus', 'manifest.json'), 'utf8')) as { id: string; title: string }[];
    const essay = manifest.find((e) => e.id === 'soft-balancing');
    assert.ok(essay, 'the manifest lists no soft-balancing essay');
    await wb.step('run "Citeread: Open Essay…"', () => wb.openPalette('Citeread: Open Essay…'));
    await wb.step('pick the bundled essay', () => wb.pickQuickItem(essay.title));
    await wb.step('the essay is shown', () => wb.waitForEditorText(200));
    await wb.step('run "Citeread: Open Reading View"', () => wb.openPalette('Citeread: Open Reading View'));

    const view = readingPage(wb);
    await wb.step('the view has rendered the whole essay', () => view.locator('body[data-rendered]').waitFor({ state: 'attached', timeout: 30000 }));
    const heading = (await view.locator('h1').first().innerText()).trim();
    assert.ok(heading.startsWith(essay.title.trim()), `the view's heading is ${heading}`);
    const marks = await view.locator('.cite[tabindex]').count();
    assert.ok(marks >= 15, `only ${marks} citations are marked`);
    const named = await view.locator('.cite[tabindex]').evaluateAll((els) => els.filter((el) => !(el.getAttribute('aria-label') ?? '').startsWith('Citation ')).length);
    assert.equal(named, 0, 'a citation has no accessible name');
    assert.ok((await view.locator('p.ref').count()) >= 10, 'the reference list is not shown as entries');
    assert.ok((await view.locator('p.ref a.back').count()) >= 10, 'the entries have no back-links');

    // Keyboard: the first citation, Enter opens its card, Escape closes it and gives focus back, Tab moves on.
    const first = view.locator('#cite-0');
    assert.equal((await first.innerText()).trim(), '(Paul, 2005)');
    await first.focus();
    await wb.page.keyboard.press('Enter');
    const card = view.locator('#card');
    await wb.step('Enter opens the card', () => card.filter({ hasText: 'Soft Balancing in the Age' }).waitFor({ state: 'visible', timeout: 20000 }));
    const cardText = await card.innerText();
    assert.match(cardText, /linked/);
    assert.match(cardText, /Go to reference/);
    assert.match(cardText, /Copy \(APA\)/);
    // The workbench opens in a light or a dark theme; this picture is of that one, the other is taken below.
    const startedDark = (await wb.page.locator('.monaco-workbench.vs-dark').count()) > 0;
    mkdirSync(join(wb.harness.extensionPath, 'test-results'), { recursive: true });
    await wb.page.waitForTimeout(300);
    await wb.page.screenshot({ path: join(wb.harness.extensionPath, 'test-results', `reading-view-${startedDark ? 'dark' : 'light'}.png`) });
    await wb.page.keyboard.press('Escape');
    await wb.step('Escape closes the card', () => card.waitFor({ state: 'hidden', timeout: 5000 }));
    assert.equal(await view.locator('body').evaluate(() => document.activeElement?.id), 'cite-0', 'focus did not return to the citation');
    await wb.page.keyboard.press('Tab');
    const next = await view.locator('body').evaluate(() => ({ id: document.activeElement?.id ?? '', cls: document.activeElement?.className ?? '' }));
    assert.ok(next.id !== 'cite-0' && next.cls.includes('cite'), `Tab went to ${JSON.stringify(next)}`);

    // A click opens the card too, and its Copy button copies in the reader's style.
    await first.click();
    const copy = card.locator('button[data-action="copy"]').first();
    await wb.step('the card offers Copy', () => copy.waitFor({ state: 'visible', timeout: 20000 }));
    await copy.click();
    const status = wb.page.locator('.part.statusbar').filter({ hasText: /Copied the APA reference/ });
    await wb.step('the status bar says it was copied', () => status.waitFor({ state: 'visible', timeout: 10000 }));
    await wb.page.keyboard.press('Escape');

    // Scrolling: the view down to the reference list, and the editor follows; the editor back to the top, and the view follows.
    await view.locator('p.ref').nth(3).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await wb.step('the editor follows the view to the reference list', () =>
      eventually('the editor does not show the reference list', () => editorText(wb), (text) => /FERNANDES|MINGJIANG|PAPE, Robert|PAUL, T\.V\.|SAFIULLIN|Wang, Haiyun/.test(text)),
    );
    await wb.page.locator('.monaco-editor .view-lines').first().click();
    await wb.page.keyboard.press('Control+Home');
    await wb.step('the view follows the editor to the top', () =>
      eventually('the view did not scroll to the top', () => view.locator('body').evaluate(() => window.scrollY), (y) => y < 100),
    );

    // The same view in the other theme, for the README; then the theme the workbench started in.
    await wb.step(`switch to a ${startedDark ? 'light' : 'dark'} theme`, async () => {
      await wb.openPalette('Preferences: Color Theme');
      await wb.pickQuickItem(startedDark ? 'Light Modern' : 'Dark Modern');
    });
    await first.click();
    await card.filter({ hasText: 'Soft Balancing in the Age' }).waitFor({ state: 'visible', timeout: 20000 });
    await wb.page.waitForTimeout(500);
    await wb.page.screenshot({ path: join(wb.harness.extensionPath, 'test-results', `reading-view-${startedDark ? 'light' : 'dark'}.png`) });
    await wb.page.keyboard.press('Escape');
    await wb.step('back to the theme it started in', async () => {
      await wb.openPalette('Preferences: Color Theme');
      await wb.pickQuickItem(startedDark ? 'Dark Modern' : 'Light Modern');
    });
  });
  test('a Markdown essay shows its emphasis and its lists, a citation in italics still a citation', async () => {
    const wb = workbench();
    const text = [
      '# Balancing in Italics',
      '',
      'The idea is *old (Paul, 2005) and contested*, and **strong** claims follow.',
      '',
      'It is read in three ways:',
      '',
      '- hard balancing',
      '- soft balancing',
      '  1. institutional',
      '  2. economic',
      '- bandwagoning',
      '',
      '## References',
      '',
      'Paul, T. V. (2005). Soft balancing in the age of U.S. primacy. *International Security*, 30(1), 46–71.',
      '',
    ].join('\n');
    writeFileSync(join(wb.harness.workspace, 'italics-reading.md'), text);
    await wb.step('close every editor', () => wb.openPalette('View: Close All Editors'));
    await wb.step('run "Citeread: Open Essay…"', () => wb.openPalette('Citeread: Open Essay…'));
    await wb.step('pick the Markdown essay', () => wb.pickQuickItem('italics-reading.md'));
    await wb.step('the essay is shown', () => wb.waitForEditorText(20));
    await wb.step('run "Citeread: Open Reading View"', () => wb.openPalette('Citeread: Open Reading View'));
    const view = readingPage(wb);
    await wb.step('the view has rendered', () => view.locator('body[data-rendered]').waitFor({ state: 'attached', timeout: 30000 }));
    const ems = await view.locator('main em').allTextContents();
    assert.deepEqual(ems, ['old ', '(Paul, 2005)', ' and contested', 'International Security']);
    assert.deepEqual(await view.locator('main strong').allTextContents(), ['strong']);
    // The citation inside the italics is one mark, focusable and named, with its italics inside it.
    const cite = view.locator('.cite[tabindex]').first();
    assert.equal(await cite.getAttribute('aria-label'), 'Citation (Paul, 2005): linked');
    assert.equal(await cite.locator('em').count(), 1);
    assert.deepEqual(await view.locator('main > ul.src > li').evaluateAll((items) => items.map((li) => (li.firstChild?.textContent ?? '').trim())), ['hard balancing', 'soft balancing', 'bandwagoning']);
    assert.deepEqual(await view.locator('main > ul.src > li > ol > li').allTextContents(), ['institutional', 'economic']);
    await wb.openPalette('View: Close All Editors');
  });
  test('a 1 MB essay is rendered whole, every citation marked', async () => {
    const wb = workbench();
    const paragraphs = 6900;
    const body = Array.from(
      { length: paragraphs },
      (_, i) => `Paragraph ${i + 1}. Balancing without force is old practice (Paul, 2005), and it is read in many ways (Pape, 2004; Paul, 2005) by those who study it.`,
    );
    const text = ['A Very Long Essay', '', ...body.flatMap((p) => [p, '']), 'References', '', 'Pape, R. A. (2004). Soft Balancing against the United States. International Security.', '', 'Paul, T. V. (2005). Soft Balancing in the Age of U.S. Primacy. International Security.', ''].join('\n');
    assert.ok(text.length >= 1_000_000, `${text.length} characters`);
    writeFileSync(join(wb.harness.workspace, 'long-reading.txt'), text);
    await wb.step('close every editor', () => wb.openPalette('View: Close All Editors'));
    await wb.step('run "Citeread: Open Essay…"', () => wb.openPalette('Citeread: Open Essay…'));
    await wb.step('pick the long essay', () => wb.pickQuickItem('long-reading.txt'));
    await wb.step('the essay is shown', () => wb.waitForEditorText(100));
    await wb.step('run "Citeread: Open Reading View"', () => wb.openPalette('Citeread: Open Reading View'));
    const view = readingPage(wb);
    await wb.step('the view has rendered the whole essay', () => view.locator('body[data-rendered]').waitFor({ state: 'attached', timeout: 90000 }));
    // Every citation is one mark, except a citation of two works, which is two.
    assert.equal(await view.locator('.cite[tabindex]').count(), paragraphs * 3);
    // A block out of sight is not laid out (content-visibility), so it holds its text (textContent) but shows none
    // (innerText) until it is scrolled to.
    const last = view.locator('p.blk').nth(paragraphs - 1);
    assert.equal((await last.textContent())?.slice(0, `Paragraph ${paragraphs}.`.length), `Paragraph ${paragraphs}.`);
    await last.scrollIntoViewIfNeeded();
    await eventually('the last paragraph shows its text once scrolled to', () => last.innerText(), (shown) => shown.startsWith(`Paragraph ${paragraphs}.`), 5000);
    assert.equal(await view.locator('main').getAttribute('aria-busy'), 'false');
    await wb.openPalette('View: Close All Editors');
  });
});
