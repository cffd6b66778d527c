// PDF, Word and web-page essays as a reader meets them: each file is opened from the Explorer's context menu
// ("Open as Citation-Aware Essay"); a citation is found with the editor's Find, hovered, and followed with Go to
// Definition (F12) to its entry, whose line is read back from the status bar; the Sources view lists the citation
// (with its page for a PDF). For the PDF: the editor marks where its pages begin, and the hover's Show in PDF opens
// the view whose page is read back from the page inside the webview. Screenshots go to test-results/ui/.
import * as assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Readers from '../../src/core/formats';
import { workbench, type Workbench } from './workbench';

const stepMs = 30_000;

/** A document of test/fixtures/documents, a citation in it, what the hover must say, and where its entry begins. */
interface Case {
  readonly file: string;
  readonly citation: string;
  readonly hoverSays: string;
  /** The start of the cited entry's line in the reading text. */
  readonly entry: string;
  /** The reference row of the Sources view that holds the citation ("Author Year"). */
  readonly sourcesRow: RegExp;
  readonly pdf: boolean;
}

const cases: readonly Case[] = [
  { file: 'apa7-longsample.pdf', citation: '(Lassen et al., 2006; Shotton, 1989)', hoverSays: 'The relationship of school-wide positive behavior support', entry: 'Lassen, S. R.', sourcesRow: /^Lassen et al\. 2006 /, pdf: true },
  { file: 'papaja-example.docx', citation: '(Müller, 2017)', hoverSays: 'Müller, K. (2017)', entry: 'Müller, K. (2017)', sourcesRow: /^Müller 2017 /, pdf: false },
  { file: 'rjtools-paper-with-errors.html', citation: '(Wang and Cook 2021)', hoverSays: 'Conversations in time', entry: 'E. Wang and D. Cook', sourcesRow: /^Wang (?:and|&) Cook 2021 /, pdf: false },
];

/** The reading text the extension shows for `file`, read here with the same readers' bundle (dist/formats.js). */
async function readingText(wb: Workbench, file: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the extension's own bundle, built before the tests
  const readers = require(join(wb.harness.extensionPath, 'dist', 'formats.js')) as typeof Readers;
  const { readFileSync } = await import('node:fs');
  const read = await readers.readDocument(file, new Uint8Array(readFileSync(join(wb.harness.workspace, file))));
  if ('error' in read) throw new Error(`${file}: ${read.error}`);
  return read.text;
}

/** The 1-based line of the reading text where `needle` first starts a line. */
function lineOf(text: string, needle: string): number {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.startsWith(needle));
  assert.ok(at >= 0, `no line starts with “${needle}”`);
  return at + 1;
}

async function poll<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = stepMs): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} was not seen within ${timeoutMs / 1000}s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Opens `name` from the Explorer's context menu as a citation-aware essay and waits for its first words on screen. */
async function openFromExplorer(wb: Workbench, name: string, firstWords: string): Promise<void> {
  await wb.openView('Explorer');
  const row = wb.page.locator('.part.sidebar .monaco-list-row').filter({ hasText: name }).first();
  // Files copied into the workspace reach the Explorer through its file watcher, or else through a refresh.
  if (!(await row.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false))) {
    await poll(`${name} in the Explorer after a refresh`, async () => {
      // The folder's header shows its actions (Refresh Explorer among them) while the mouse is over it.
      await wb.page.locator('.part.sidebar .pane-header').first().hover();
      await wb.page.locator('.part.sidebar .action-label[aria-label^="Refresh Explorer"]').first().click({ timeout: 3000 });
      return (await row.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false)) || undefined;
    });
  }
  const entry = wb.page.locator('.monaco-menu .action-label').filter({ hasText: 'Open as Citation-Aware Essay' }).first();
  const shown = async (): Promise<true | undefined> => ((await wb.visibleLines()).join(' ').includes(firstWords) ? true : undefined);
  // A click the menu let pass, on a machine under load, opens nothing: take the route again, up to three times.
  for (let attempt = 1; ; attempt++) {
    // Right after start-up the extension's menu items may still be on their way: open the menu again until it has it.
    await poll('the context menu’s “Open as Citation-Aware Essay”', async () => {
      await wb.page.keyboard.press('Escape');
      await row.click({ button: 'right' });
      return (await entry.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false)) || undefined;
    }, 60_000);
    // A menu still opening can let a click pass: click again while it stays open.
    for (let i = 0; i < 5 && (await entry.isVisible()); i++) {
      await entry.click({ timeout: 5000 }).catch(() => undefined);
      await wb.page.waitForTimeout(500);
    }
    try {
      await poll(`the essay of ${name} in the editor`, shown, 40_000);
      return;
    } catch (error) {
      if (attempt === 3) {
        const tab = await wb.activeTabTitle().catch(() => '(none)');
        throw new Error(`${String(error)} after ${attempt} tries; the active tab: ${tab}`, { cause: error });
      }
      console.log(`      the essay of ${name} was not shown (try ${attempt}): opening it again`);
    }
  }
}

/** The status bar's cursor line ("Ln 12, Col 3"). */
async function cursorLine(wb: Workbench): Promise<number> {
  const text = await wb.page.locator('[id="status.editor.selection"]').first().innerText({ timeout: 5000 });
  const m = /Ln (\d+)/.exec(text);
  if (!m) throw new Error(`the status bar says “${text}”`);
  return Number(m[1]);
}

/** Finds `needle` with the editor's Find widget, closes it and leaves the cursor just inside the match. */
async function findInEditor(wb: Workbench, needle: string): Promise<void> {
  await wb.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
  await wb.page.keyboard.press('Control+Home');
  await wb.page.keyboard.press('Control+f');
  const input = wb.page.locator('.editor-group-container.active .find-widget textarea, .editor-group-container.active .find-widget input').first();
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(needle);
  await wb.page.keyboard.press('Enter');
  await wb.page.keyboard.press('Escape');
  // The match stays selected: collapse it to its start and step inside the citation's first name.
  await wb.page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 3; i++) await wb.page.keyboard.press('ArrowRight');
}

/** The PDF view's page label ("Page 4 of 15"), read from the page inside its webview. */
async function pdfViewLabel(wb: Workbench): Promise<string | undefined> {
  for (const frame of wb.page.frames()) {
    const label = await frame
      .locator('#label')
      .textContent({ timeout: 200 })
      .catch(() => null);
    if (label && /^Page \d+ of \d+$/.test(label.trim())) return label.trim();
  }
  return undefined;
}

suite('Documents from the Explorer (UI)', function () {
  this.timeout(300_000);

  suiteSetup(() => {
    const wb = workbench();
    const fixtures = join(wb.harness.extensionPath, 'test', 'fixtures', 'documents');
    for (const c of cases) copyFileSync(join(fixtures, c.file), join(wb.harness.workspace, c.file));
  });
  // The next suites start from an empty editor area, without this suite's essays and PDF view.
  suiteTeardown(async () => {
    const wb = workbench();
    await wb.step('close every editor', () => wb.openPalette('View: Close All Editors'));
  });

  for (const c of cases) {
    test(`${c.file}: opened from the Explorer; hover, Go to Definition and the Sources view${c.pdf ? '; page markers and Show in PDF' : ''}`, async () => {
      const wb = workbench();
      const text = await readingText(wb, c.file);
      const firstWords = text.trim().split(/\s+/).slice(0, 3).join(' ');
      await wb.step(`open ${c.file} from the Explorer`, () => openFromExplorer(wb, c.file, firstWords));
      await wb.screenshot(`${c.file} opened`);

      if (c.pdf) {
        const marker = await wb.step('the first page is marked in the editor', () =>
          poll('a “p. 1” marker', async () => (await wb.visibleLines()).find((line) => /^p\. 1(?!\d)/.test(line.trim()))).catch(async (error: unknown) => {
            const html = await wb.page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line').first().innerHTML();
            throw new Error(`${String(error)}; lines ${JSON.stringify((await wb.visibleLines()).slice(0, 2))}; html ${html.slice(0, 600)}`);
          }),
        );
        console.log(`      first line: ${marker.slice(0, 60)}`);
      }

      await wb.step(`find ${c.citation}`, () => findInEditor(wb, c.citation));
      const hover = await wb.step(`hover ${c.citation}`, () => wb.hoverText(c.citation));
      assert.ok(hover.includes(c.hoverSays), `the hover says: ${hover}`);
      const page = /\bp\. (\d+) of the PDF/.exec(hover);
      if (c.pdf) assert.ok(page && hover.includes('Show in PDF'), `no page or Show in PDF in the hover: ${hover}`);
      else assert.ok(!page && !hover.includes('Show in PDF'), `a page in the hover of a ${c.file}: ${hover}`);
      await wb.screenshot(`${c.file} hover`);
      await wb.clearHover();

      const entryLine = lineOf(text, c.entry);
      await wb.step('Go to Definition (F12) reaches the entry', async () => {
        await findInEditor(wb, c.citation);
        const before = await cursorLine(wb);
        assert.ok(before < entryLine, `the cursor is on line ${before}, after the entry (${entryLine})`);
        await wb.page.keyboard.press('F12');
        await poll(`the cursor on line ${entryLine}`, async () => ((await cursorLine(wb)) === entryLine ? true : undefined));
      });

      const citationRows = await wb.step('the Sources view lists the citation under its reference', async () => {
        await wb.openView('Citeread');
        const reference = await poll('the reference row', async () => (await wb.sideBarRows()).find((r) => c.sourcesRow.test(r)));
        const row = wb.page.locator('.part.sidebar .monaco-list-row').filter({ hasText: reference.split(' ').slice(0, 2).join(' ') }).first();
        await row.click();
        return poll('its citation rows', async () => {
          if ((await row.getAttribute('aria-expanded')) !== 'true') await wb.page.keyboard.press('ArrowRight');
          const rows = (await wb.sideBarRows()).filter((r) => r.startsWith('(') || r.includes(c.citation.slice(0, 8)));
          return rows.length > 0 ? rows : undefined;
        });
      });
      console.log(`      ${citationRows.join(' | ').slice(0, 200)}`);
      if (c.pdf) assert.ok(citationRows.some((r) => r.includes(`p. ${page?.[1]} · `)), `no citation row with its page: ${JSON.stringify(citationRows)}`);
      else assert.ok(citationRows.every((r) => !/\bp\. \d+ · /.test(r)), `a page in a row of ${c.file}: ${JSON.stringify(citationRows)}`);
      await wb.screenshot(`${c.file} sources`);

      if (c.pdf && page) {
        await wb.step('Show in PDF from the hover opens the view at the page the hover names', async () => {
          await findInEditor(wb, c.citation);
          await wb.hoverText(c.citation);
          const link = wb.page.locator('.monaco-hover:not(.hidden) a').filter({ hasText: 'Show in PDF' }).first();
          await link.click();
          const label = await poll('the PDF view’s page label', () => pdfViewLabel(wb), 60_000);
          console.log(`      the view says: ${label}`);
          assert.equal(label, `Page ${page[1]} of 15`);
        });
        await wb.screenshot(`${c.file} show in pdf`);
      }
      await wb.page.keyboard.press('Escape');
    });
  }
});
