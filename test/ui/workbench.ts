// A page object for the VS Code workbench in the browser: what a reader does, in a few verbs.
// scripts/run-vscode-tests.mjs starts the server and the browser, opens the workbench with the extension loaded and
// hands over the page through `globalThis.__citeread`; UI tests call `workbench()` and use the verbs below.
// Every verb waits for the workbench to respond and fails with a message that says what was not seen.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** What the runner hands over. */
interface Harness {
  page: Page;
  origin: string;
  /** The folder open in the workbench: a scratch copy of the bundled essays. */
  workspace: string;
  /** Where screenshots go (test-results/ui). */
  screenshots: string;
  vscodeVersion: string;
  /** The extension under test, on this machine. */
  extensionPath: string;
  /** Screenshots taken so far in this run: numbers them in order across test files. */
  shots?: number;
}

const stepTimeoutMs = 20000;

// The few DOM types the functions run inside the page need (the project compiles without the DOM library).
interface PageRect {
  top: number;
  left: number;
  width: number;
  height: number;
}
interface PageNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<PageNode>;
}
interface PageElement extends PageNode {
  getBoundingClientRect(): PageRect;
  querySelector(selector: string): PageElement | null;
}
interface PageRange {
  setStart(node: PageNode, offset: number): void;
  setEnd(node: PageNode, offset: number): void;
  getBoundingClientRect(): PageRect;
}
declare const document: { querySelectorAll(selector: string): ArrayLike<PageElement>; createRange(): PageRange };

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

export class Workbench {
  constructor(
    readonly page: Page,
    readonly harness: Harness,
  ) {}

  /** Runs one reader action, printing it and how it ended; on failure saves a screenshot and names the step. */
  async step<T>(name: string, action: () => Promise<T>): Promise<T> {
    const started = Date.now();
    try {
      const result = await action();
      console.log(`      · ${name}: ok (${((Date.now() - started) / 1000).toFixed(1)}s)`);
      return result;
    } catch (error) {
      const shot = await this.screenshot(`failed-${name}`).catch(() => 'no screenshot');
      // An error the extension raised shows as a notification: often the real reason a step failed.
      const notices = await this.notifications().catch(() => []);
      const said = notices.length ? `; notifications: ${notices.map((n) => JSON.stringify(n)).join(', ')}` : '';
      console.log(`      · ${name}: FAILED — ${firstLine(error)}${said} (screenshot ${shot})`);
      // A modal dialog would block every later step.
      await this.page.keyboard.press('Escape').catch(() => {});
      throw new Error(`step "${name}" failed: ${firstLine(error)}${said}`, { cause: error });
    }
  }

  /** The text of the notifications and dialogs on screen (errors, warnings, information). */
  async notifications(): Promise<string[]> {
    const texts = await this.page
      .locator('.notifications-toasts .notification-list-item-message, .monaco-dialog-box .dialog-message-text, .monaco-dialog-box .dialog-message-detail')
      .filter({ visible: true })
      .allInnerTexts();
    return texts.map((text) => text.trim().replace(/\s+/g, ' ')).filter(Boolean);
  }

  /** Runs a command from the command palette by its full title as the palette shows it ("Category: Title"). */
  async openPalette(command: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input.input');
    const row = this.quickRows().filter({ hasText: command }).first();
    const deadline = Date.now() + stepTimeoutMs;
    // The palette lists what is registered when it opens; right after start-up the extension's commands may
    // still be on their way, so look again with a fresh palette until the time is up.
    for (;;) {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: stepTimeoutMs });
      // Keys typed while a webview has the focus can leave the palette inert for a moment: a palette that takes no
      // text is closed, the focus goes back to the workbench (the middle of its status bar, where no item sits), and the palette is opened again.
      const filled = await input.fill(`>${command}`, { timeout: 5000 }).then(() => true, () => false);
      if (!filled) {
        if (Date.now() > deadline) throw new Error(`the command palette took no text for "${command}"`);
        await this.page.keyboard.press('Escape');
        await this.page.locator('.statusbar').first().click({ timeout: 5000 }).catch(() => undefined);
        continue;
      }
      // A webview that takes the focus (a PDF view rendering its pages) closes the palette under the click: open it again.
      if (await row.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false)) {
        if (await row.click({ timeout: 5000 }).then(() => true, () => false)) return;
        if (Date.now() > deadline) throw new Error(`the command palette closed before "${command}" could be chosen`);
        continue;
      }
      if (Date.now() > deadline) throw new Error(`the command palette has no command "${command}"`);
    }
  }

  /** Picks the first item of the open quick pick whose text contains one of `labels` (in order of preference). */
  async pickQuickItem(...labels: string[]): Promise<string> {
    const rows = this.quickRows();
    const deadline = Date.now() + stepTimeoutMs;
    // The palette's own rows linger for a moment after a command ran: wait for the pick to offer a label.
    for (;;) {
      // Matched on the text a reader sees: a recycled row can keep another item's text in hidden elements.
      const visible = rows.filter({ visible: true });
      const texts = await visible.allInnerTexts().catch(() => [] as string[]);
      for (const label of labels) {
        const at = texts.findIndex((text) => text.toLowerCase().includes(label.toLowerCase()));
        if (at >= 0) {
          // The list can change between reading it and clicking (the palette's rows giving way to the pick's):
          // the row is clicked only while it still shows the label, and otherwise the list is read again.
          const row = visible.nth(at);
          const now = await row.innerText({ timeout: 1000 }).catch(() => '');
          if (now.toLowerCase().includes(label.toLowerCase()) && (await row.click({ timeout: 2000 }).then(() => true, () => false))) return texts[at].trim();
          break;
        }
      }
      if (Date.now() > deadline) {
        const offered = (await rows.filter({ visible: true }).allInnerTexts()).map((text) => text.trim().replace(/\s+/g, ' '));
        throw new Error(
          offered.length === 0
            ? `no quick pick appeared within ${stepTimeoutMs / 1000}s`
            : `the quick pick offers none of ${JSON.stringify(labels)}; it offers ${JSON.stringify(offered)}`,
        );
      }
      await this.page.waitForTimeout(200);
    }
  }

  /** The text of the active editor's visible lines, top to bottom. */
  async visibleLines(): Promise<string[]> {
    return this.page.evaluate(() => {
      const lines = Array.from(document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line'));
      return lines
        .map((line) => ({ top: line.getBoundingClientRect().top, text: (line.textContent ?? '').replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top)
        .map((line) => line.text);
    });
  }

  /** Waits until the active editor shows text (at least `minChars` characters on screen) and returns its lines. */
  async waitForEditorText(minChars = 1): Promise<string[]> {
    const deadline = Date.now() + stepTimeoutMs;
    for (;;) {
      const lines = await this.visibleLines();
      if (lines.join('').trim().length >= minChars) return lines;
      if (Date.now() > deadline) throw new Error(`the editor shows no text after ${stepTimeoutMs / 1000}s`);
      await this.page.waitForTimeout(250);
    }
  }

  /** The label of the active editor tab. */
  async activeTabTitle(): Promise<string> {
    const tab = this.page.locator('.editor-group-container.active .tab.active').first();
    await tab.waitFor({ state: 'visible', timeout: stepTimeoutMs });
    return (await tab.innerText()).trim();
  }

  /** Where `text` is on screen in the active editor (the middle of its middle character), if it can be hovered. */
  async locate(text: string): Promise<{ x: number; y: number } | undefined> {
    return this.page.evaluate((needle) => {
      const editor: PageElement | undefined = document.querySelectorAll('.editor-group-container.active .monaco-editor .monaco-scrollable-element')[0];
      const minimap: PageElement | undefined = document.querySelectorAll('.editor-group-container.active .monaco-editor .minimap')[0];
      if (!editor) return undefined;
      const box = editor.getBoundingClientRect();
      const map = minimap?.getBoundingClientRect();
      // Text past the right edge of an unwrapped line or under the minimap is rendered but cannot be hovered.
      const hoverable = (x: number, y: number) =>
        x > box.left && x < box.left + box.width && y > box.top && y < box.top + box.height && !(map && map.width > 0 && x >= map.left);
      const lines = Array.from(document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line'));
      for (const line of lines) {
        const content = (line.textContent ?? '').replace(/\u00a0/g, ' ');
        for (let at = content.indexOf(needle); at >= 0; at = content.indexOf(needle, at + 1)) {
          const target = at + Math.floor(needle.length / 2);
          const texts: PageNode[] = [];
          const collect = (node: PageNode): void => {
            if (node.nodeType === 3) texts.push(node);
            else Array.from(node.childNodes).forEach(collect);
          };
          collect(line);
          let seen = 0;
          for (const node of texts) {
            const length = node.textContent?.length ?? 0;
            if (seen + length > target) {
              const range = document.createRange();
              range.setStart(node, target - seen);
              range.setEnd(node, target - seen + 1);
              const rect = range.getBoundingClientRect();
              const point = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
              if (hoverable(point.x, point.y)) return point;
              break;
            }
            seen += length;
          }
        }
      }
      return undefined;
    }, text);
  }

  /** Rests the mouse on `text` in the active editor and returns the text of the hover that appears. */
  async hoverText(text: string): Promise<string> {
    const point = await this.locate(text);
    if (!point) throw new Error(`"${text}" is not on screen in the active editor (or lies past its right edge or under the minimap)`);
    const hover = this.page.locator('.monaco-hover:not(.hidden)').filter({ visible: true }).first();
    // A hover left from where the mouse rested before (the quick pick, say) would be read instead: clear it first.
    await this.clearHover();
    await this.page.mouse.move(point.x - 3, point.y);
    await this.page.mouse.move(point.x, point.y, { steps: 3 });
    await hover.waitFor({ state: 'visible', timeout: stepTimeoutMs }).catch(() => {
      throw new Error(`no hover appeared over "${text}" within ${stepTimeoutMs / 1000}s`);
    });
    // A hover whose provider is still answering says "Loading…": wait for what it shows next.
    const deadline = Date.now() + stepTimeoutMs;
    let shown = (await hover.innerText()).trim();
    while (/^Loading/.test(shown) && Date.now() < deadline) {
      await this.page.waitForTimeout(100);
      shown = (await hover.innerText().catch(() => '')).trim();
    }
    return shown;
  }

  /** Moves the mouse off the editor and waits until no hover is shown. */
  async clearHover(): Promise<void> {
    const viewport = this.page.viewportSize() ?? { width: 1400, height: 900 };
    await this.page.keyboard.press('Escape');
    // An empty stretch of the title bar: the status bar's items (Ln/Col, the encoding…) have hovers of their own.
    await this.page.mouse.move(Math.round(viewport.width * 0.15), 12);
    await this.page
      .locator('.monaco-hover:not(.hidden)')
      .filter({ visible: true })
      .first()
      .waitFor({ state: 'hidden', timeout: stepTimeoutMs });
  }

  /** Opens a view container from the activity bar by its title (the icon's aria-label) and returns the side bar. */
  async openView(name: string): Promise<Locator> {
    const icon = this.page.locator(`.part.activitybar [aria-label="${name}"], .part.activitybar [aria-label^="${name} ("]`).first();
    await icon.waitFor({ state: 'visible', timeout: stepTimeoutMs }).catch(() => {
      throw new Error(`the activity bar has no "${name}" icon`);
    });
    const sidebar = this.page.locator('.part.sidebar');
    const title = sidebar.locator('.composite.title');
    // A second click on the icon of the open container would close the side bar.
    if (!((await sidebar.isVisible()) && (await title.innerText()).toLowerCase().includes(name.toLowerCase()))) {
      await icon.click();
    }
    await title.filter({ hasText: new RegExp(name, 'i') }).waitFor({ state: 'visible', timeout: stepTimeoutMs }).catch(() => {
      throw new Error(`the side bar did not show "${name}"`);
    });
    return sidebar;
  }

  /**
   * The rows of the tree or list views in the side bar, as text, once at least one is shown: a row's label and its
   * description (which the view sets apart by a margin, not a space) joined by one space.
   */
  async sideBarRows(): Promise<string[]> {
    const rows = this.page.locator('.part.sidebar .monaco-list-row');
    await rows.first().waitFor({ state: 'visible', timeout: stepTimeoutMs }).catch(async () => {
      const said = (await this.page.locator('.part.sidebar').innerText()).replace(/\s+/g, ' ').slice(0, 200);
      throw new Error(`the side bar shows no rows; it says: "${said}"`);
    });
    const texts = await rows.evaluateAll((elements: PageElement[]) =>
      elements.map((row) => {
        const name = row.querySelector('.label-name');
        const description = row.querySelector('.label-description');
        return name ? `${name.textContent ?? ''} ${description?.textContent ?? ''}` : (row.textContent ?? '');
      }),
    );
    return texts.map((text) => text.trim().replace(/\s+/g, ' '));
  }

  /** Saves a screenshot of the whole window under test-results/ui/ and returns its path. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(this.harness.screenshots, { recursive: true });
    // A quick pick closing or a hover fading in would be caught half-drawn: let the workbench settle first.
    await this.quickRows().first().waitFor({ state: 'hidden', timeout: 2000 }).catch(() => {});
    await this.page.waitForTimeout(400);
    const path = join(this.harness.screenshots, `${String((this.harness.shots = (this.harness.shots ?? 0) + 1)).padStart(2, '0')}-${slug(name)}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  private quickRows(): Locator {
    return this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  }
}

let current: Workbench | undefined;

/** The workbench the runner opened. Fails outside scripts/run-vscode-tests.mjs ui. */
export function workbench(): Workbench {
  const harness = (globalThis as { __citeread?: Harness }).__citeread;
  if (!harness) throw new Error('no workbench: run UI tests with `npm run test:ui`');
  if (!current || current.page !== harness.page) current = new Workbench(harness.page, harness);
  return current;
}
