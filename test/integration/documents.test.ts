// PDF, Word and web-page essays in the real VS Code: each opens from the workspace as a citation-aware essay with
// its reference list; a PDF's hovers say the page and Show in PDF opens the page in its view (the page is read back
// from the view); a damaged PDF is refused without an exception and leaves the extension working.
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { essayEditor, extension, openAsEssay, sleep, until } from './support';

/** How long a PDF may take to be read and analysed on a busy machine. */
const patience = 60_000;

/** The number of entries of the essay's reference list, once its analysis is done (from the outline). */
async function referenceCount(uri: vscode.Uri): Promise<number> {
  const all = (list: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] => list.flatMap((s) => [s, ...all(s.children)]);
  const count = async (): Promise<number | undefined> => {
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
    return all(symbols).find((s) => /^\d+ entr(?:y|ies)$/.test(s.detail))?.children.length;
  };
  return until('the outline with a reference list', count, patience);
}

async function hoverAt(editor: vscode.TextEditor, needle: string): Promise<{ text: string; offset: number }> {
  const offset = editor.document.getText().indexOf(needle);
  assert.ok(offset >= 0, `“${needle}” is not in the essay`);
  const position = editor.document.positionAt(offset + 1);
  const text = await until(`a hover on “${needle}”`, async () => {
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position)) ?? [];
    const joined = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    return joined || undefined;
  }, patience);
  return { text, offset };
}

function pdfViewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('citeread.pdfView'));
}

describe('documents: PDF, Word and web-page essays', function () {
  this.timeout(180_000);
  const fixtures = join(extension().extensionPath, 'test', 'fixtures', 'documents');
  const dir = join(process.env.CITEREAD_TEST_WORKSPACE ?? extension().extensionPath, 'documents');
  const file = (name: string): vscode.Uri => vscode.Uri.file(join(dir, name));

  before(async () => {
    mkdirSync(dir, { recursive: true });
    for (const name of ['apa7-longsample.pdf', 'papaja-example.docx', 'rjtools-paper-with-errors.html']) copyFileSync(join(fixtures, name), join(dir, name));
    // A PDF cut short: its header and first objects, none of its pages.
    writeFileSync(join(dir, 'damaged.pdf'), readFileSync(join(fixtures, 'cascadilla-example.pdf')).subarray(0, 1500));
    await extension().activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens a PDF as an essay with its references; a citation’s hover says its page and links to Show in PDF', async () => {
    const editor = await openAsEssay(file('apa7-longsample.pdf'), patience);
    assert.equal(await referenceCount(editor.document.uri), 3);
    const hover = await hoverAt(editor, '(Lassen et al., 2006; Shotton, 1989)');
    const page = /\bp\. (\d+) of the PDF/.exec(hover.text);
    assert.ok(page, hover.text);
    assert.ok(Number(page[1]) >= 1 && Number(page[1]) <= 15, hover.text);
    assert.ok(hover.text.includes('command:citeread.showInPdf'), hover.text);
  });

  it('Show in PDF opens the view at the citation’s page, with the citation highlighted', async () => {
    const editor = await openAsEssay(file('apa7-longsample.pdf'), patience);
    await referenceCount(editor.document.uri);
    const hover = await hoverAt(editor, '(Lassen et al., 2006; Shotton, 1989)');
    const page = Number(/\bp\. (\d+) of the PDF/.exec(hover.text)?.[1]);
    const shown = await vscode.commands.executeCommand<{ page: number; pages: number; highlights: number } | undefined>('citeread.showInPdf', editor.document.uri.toString(), hover.offset);
    assert.ok(shown, 'the view reported no page');
    assert.equal(shown.page, page, 'the view shows the page the hover names');
    assert.equal(shown.pages, 15);
    assert.ok(shown.highlights >= 1, `highlights: ${shown.highlights}`);
    assert.equal(pdfViewTabs().length, 1, 'one PDF view is open');
    // From the palette: the citation at the cursor of the active essay.
    await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
    const active = vscode.window.activeTextEditor;
    assert.ok(active && active.document.uri.toString() === editor.document.uri.toString(), 'the essay is active again');
    active.selection = new vscode.Selection(active.document.positionAt(hover.offset + 2), active.document.positionAt(hover.offset + 2));
    const fromPalette = await vscode.commands.executeCommand<{ page: number } | undefined>('citeread.showInPdf');
    assert.equal(fromPalette?.page, page, 'the palette shows the page of the citation at the cursor');
    // A reference entry: the same view, at the entry's page (the list is at the end of the paper).
    const offset = editor.document.getText().lastIndexOf('Shotton');
    const atEntry = await vscode.commands.executeCommand<{ page: number } | undefined>('citeread.showInPdf', editor.document.uri.toString(), offset);
    assert.ok(atEntry && atEntry.page > page, JSON.stringify(atEntry));
    assert.equal(pdfViewTabs().length, 1, 'the view is reused');
  });

  it('the editor marks where each page of the PDF begins (inlay hints beside the text, which stays as read)', async () => {
    const editor = await openAsEssay(file('apa7-longsample.pdf'), patience);
    await referenceCount(editor.document.uri);
    const document = editor.document;
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    const hints = await until('page markers', async () => {
      const found = (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, whole)) ?? [];
      return found.length > 0 ? found : undefined;
    }, patience);
    const label = (h: vscode.InlayHint): string => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
    const pages = hints.map((h) => Number(/^p\. (\d+)$/.exec(label(h))?.[1]));
    assert.ok(pages.length >= 10 && pages.every((p, i) => p >= 1 && p <= 15 && (i === 0 || p > pages[i - 1])), JSON.stringify(hints.map(label)));
    // Each marker stands before a word read from its page: Show in PDF from it shows that page.
    const second = hints[1];
    assert.match(document.getText(new vscode.Range(second.position, second.position.translate(0, 1))), /\S/);
    // (The command a click on the marker runs does not come through executeInlayHintProvider: it is run here as the marker names it.)
    const shown = await vscode.commands.executeCommand<{ page: number } | undefined>('citeread.showInPdf', document.uri.toString(), document.offsetAt(second.position));
    assert.equal(shown?.page, pages[1]);
    // A Word file's essay has no pages and no markers.
    const word = await openAsEssay(file('papaja-example.docx'), patience);
    await referenceCount(word.document.uri);
    const none = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', word.document.uri, new vscode.Range(0, 0, word.document.lineCount, 0));
    assert.equal(none?.length ?? 0, 0);
  });

  it('opens a Word file as an essay with its references; its hovers name no page', async () => {
    const editor = await openAsEssay(file('papaja-example.docx'), patience);
    assert.equal(await referenceCount(editor.document.uri), 19);
    const hover = await hoverAt(editor, '(Müller, 2017)');
    assert.ok(hover.text.includes('Müller, K\\. \\(2017\\)'), hover.text);
    assert.ok(!hover.text.includes('showInPdf'), hover.text);
    // Show in PDF on an essay that is not a PDF says so and opens nothing.
    const shown = await vscode.commands.executeCommand('citeread.showInPdf', editor.document.uri.toString(), hover.offset);
    assert.equal(shown, undefined);
  });

  it('opens a web page as an essay with its references, its scripts and metadata left out', async () => {
    const editor = await openAsEssay(file('rjtools-paper-with-errors.html'), patience);
    assert.equal(await referenceCount(editor.document.uri), 4);
    const text = editor.document.getText();
    assert.ok(!text.includes('<script') && !text.includes('citation_reference'), 'markup or metadata in the reading text');
    const hover = await hoverAt(editor, '(Wang and Cook 2021)');
    assert.ok(hover.text.includes('Conversations in time'), hover.text);
  });

  it('a damaged PDF is refused without an exception, and the next document still opens', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('citeread.openAsEssay', file('damaged.pdf'));
    await sleep(500);
    assert.equal(essayEditor(), undefined, 'no essay editor was opened for a damaged PDF');
    const editor = await openAsEssay(file('rjtools-paper-with-errors.html'), patience);
    assert.equal(await referenceCount(editor.document.uri), 4);
  });

  it('writes nothing beside the documents it read (the cache is in the extension’s own storage)', () => {
    assert.deepEqual(readdirSync(dir).sort(), ['apa7-longsample.pdf', 'damaged.pdf', 'papaja-example.docx', 'rjtools-paper-with-errors.html']);
  });
});
