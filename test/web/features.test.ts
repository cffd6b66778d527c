// Citeread in VS Code for the Web: the browser bundle (dist/web/extension.js) in the web worker extension host, on a
// workspace that is not on this machine's file system as far as the extension can tell (its folder is a
// `vscode-remote:` URI, read through vscode.workspace.fs). Every feature the desktop has, through the public API.
import * as vscode from 'vscode';
import { makePdf } from '../support/makePdf';
import { synthEssay } from '../support/synth';
import { check, equal, test, until } from './harness';

const extensionId = 'citeread.citeread';

function run<T>(command: string, ...args: unknown[]): Thenable<T> {
  return vscode.commands.executeCommand<T>(command, ...args);
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value).replace(/\\(.)/g, '$1'))).join('\n');
}

function documentOf(uri: vscode.Uri): vscode.TextDocument {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  check(document, `${uri.toString()} is not open`);
  return document;
}

function positionOf(document: vscode.TextDocument, needle: string, delta = 1): vscode.Position {
  const at = document.getText().indexOf(needle);
  check(at >= 0, `“${needle}” is not in the document`);
  return document.positionAt(at + delta);
}

let seed: vscode.Uri;
let document: vscode.TextDocument;

test('the suite and the extension run in a web worker, from the browser bundle', async () => {
  equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'typeof process');
  check(typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope === 'function', 'not in a worker');
  equal(vscode.env.uiKind, vscode.UIKind.Web, 'vscode.env.uiKind');
  const extension = vscode.extensions.getExtension(extensionId);
  check(extension, `${extensionId} is not loaded`);
  const manifest = extension.packageJSON as { main?: string; browser?: string };
  equal([manifest.main, manifest.browser], [undefined, './dist/web/extension.js'], 'the manifest’s entries');
  await extension.activate();
  check(extension.isActive, 'the extension did not activate');
  console.log(`[web] note: workspace trusted: ${vscode.workspace.isTrusted}; folder: ${vscode.workspace.workspaceFolders?.[0]?.uri.scheme}:`);
});

test('the bundled essay opens as a citation-aware essay', async () => {
  const uri = await run<vscode.Uri | undefined>('citeread.openEssay', 'soft-balancing');
  check(uri instanceof vscode.Uri, 'citeread.openEssay returned no essay');
  seed = uri;
  document = documentOf(seed);
  equal([seed.scheme, document.languageId], ['citeread', 'citeread-essay'], 'scheme and language');
});

test('a hover shows the reference of a citation, with links to go to it and copy it', async () => {
  const text = hoverText(await run<vscode.Hover[]>('vscode.executeHoverProvider', seed, positionOf(document, '(Paul, 2005)')));
  check(text.includes('PAUL, T.V. (2005), Soft Balancing in the Age of U.S. Primacy'), text);
  check(text.includes('command:citeread.goToReference?'), text);
});

test('Go to Definition lands on the reference entry; Find All References lists its citations', async () => {
  const locations = await run<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', seed, positionOf(document, 'Haiyun Wang (2007: 7)', 3));
  equal(locations.length, 1, 'definitions');
  const target = locations[0];
  const entry = document.getText('targetRange' in target ? target.targetRange : target.range);
  check(entry.startsWith('Wang, Haiyun (2007).'), entry);
  const references = await run<vscode.Location[]>('vscode.executeReferenceProvider', seed, positionOf(document, 'DUARTE, Paulo (2012)'));
  check(references.length >= 3, `${references.length} references of DUARTE`);
});

test('the essay’s problems: an Information about “et al”, nothing unresolved', async () => {
  const diagnostics = await until('diagnostics', () => vscode.languages.getDiagnostics(seed), (d) => d.length > 0);
  check(diagnostics.every((d) => d.source === 'Citeread'), 'a diagnostic not from Citeread');
  check(
    diagnostics.some((d) => d.severity === vscode.DiagnosticSeverity.Information && /et al/.test(d.message)),
    JSON.stringify(diagnostics.map((d) => d.message)),
  );
  equal(diagnostics.filter((d) => d.code === 'unresolved').length, 0, 'unresolved citations');
});

test('the Sources view shows, and sorts and filters', async () => {
  await run('citeread.showSources');
  equal(await run('citeread.sources.sort', 'cited'), 'cited', 'sort');
  equal(await run('citeread.sources.filter', 'paul'), 'paul', 'filter');
  await run('citeread.sources.clearFilter');
});

test('copying a reference in APA and in BibTeX', async () => {
  const texts: string[] = [];
  for (let i = 0; i < 20; i++) {
    const text = await Promise.resolve(run<string | undefined>('citeread.copyReferenceText', seed, i)).catch(() => undefined);
    if (text === undefined) break;
    texts.push(text);
  }
  const paul = texts.findIndex((t) => t.startsWith('PAUL'));
  check(paul >= 0, `no reference starts with PAUL among ${texts.length}`);
  const apa = await run<string>('citeread.copyReference', seed, paul, 'apa');
  equal(apa, 'Paul, T. V. (2005). Soft Balancing in the Age of U.S. Primacy. International Security, 30(1), 46–71.', 'APA');
  equal(await vscode.env.clipboard.readText(), apa, 'the clipboard');
  const bibtex = await run<string>('citeread.copyReference', seed, paul, 'bibtex');
  check(/^@article\{/.test(bibtex) && bibtex.includes('author = {Paul, T. V.}') && bibtex.includes('year = {2005}'), bibtex);
  equal(await run<string>('citeread.copyInTextCitation', seed, paul, 'apa'), '(Paul, 2005)', 'in-text');
});

test('an essay in the workspace (not a file: URI) opens through vscode.workspace.fs', async () => {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  check(folder, 'no workspace folder');
  check(folder.scheme !== 'file', `the workspace is a ${folder.scheme}: folder; the web host should see it as remote`);
  const uri = await run<vscode.Uri | undefined>('citeread.openAsEssay', vscode.Uri.joinPath(folder, 'soft-balancing.txt'));
  check(uri instanceof vscode.Uri, 'the workspace essay did not open');
  const essay = documentOf(uri);
  const text = hoverText(await run<vscode.Hover[]>('vscode.executeHoverProvider', uri, positionOf(essay, '(Paul, 2005)')));
  check(text.includes('PAUL, T.V. (2005)'), text);
});

test('exporting the bibliography writes a BibTeX file into the workspace', async () => {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  check(folder, 'no workspace folder');
  const target = vscode.Uri.joinPath(folder, 'soft-balancing.bib');
  const text = await run<string>('citeread.exportBibliography', seed, 'bibtex', target);
  equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), text, 'the file written');
  equal((text.match(/^@\w+\{/gm) ?? []).length, 10, 'BibTeX entries');
});

test('a large essay (1 MB) written to the workspace is analysed and answers', async () => {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  check(folder, 'no workspace folder');
  const file = vscode.Uri.joinPath(folder, 'large-web.txt');
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(synthEssay({ size: 1024 * 1024, seed: 3 }).text));
  const uri = await run<vscode.Uri | undefined>('citeread.openAsEssay', file);
  check(uri instanceof vscode.Uri, 'the large essay did not open');
  const range = await run<vscode.Range | undefined>('citeread.goToReference', uri.toString(), 0);
  check(range, 'the large essay has no first reference');
}, 120_000);

test('a web page written to the workspace opens through the document readers, loaded on first use; its scripts and styles are not read', async () => {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  check(folder, 'no workspace folder');
  const page = vscode.Uri.joinPath(folder, 'power.html');
  const html =
    '<!DOCTYPE html><html><head><script>var fake = "(Fake, 1999)";</script><style>p::after { content: "(Style, 1998)"; }</style></head>' +
    '<body><h1>Power Without Force</h1><p>Soft power attracts (Nye, 2004) rather than coerces.</p>' +
    '<h2>References</h2><p>Nye, J. S. (2004). Soft power: The means to success in world politics. New York: PublicAffairs.</p></body></html>';
  await vscode.workspace.fs.writeFile(page, new TextEncoder().encode(html));
  const htmlUri = await run<vscode.Uri | undefined>('citeread.openAsEssay', page);
  check(htmlUri instanceof vscode.Uri, 'the web page did not open');
  const htmlDoc = documentOf(htmlUri);
  check(!htmlDoc.getText().includes('Fake') && !htmlDoc.getText().includes('Style'), 'a script or a style was read as text');
  const onPage = await until('a hover on the web page', async () => hoverText(await run<vscode.Hover[]>('vscode.executeHoverProvider', htmlUri, positionOf(htmlDoc, '(Nye, 2004)'))), (t) => t.includes('Soft power'));
  check(!onPage.includes('showInPdf'), onPage);
}, 120_000);

test('a PDF written to the workspace opens through the document readers; its hovers say the page', async () => {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  check(folder, 'no workspace folder');
  const pdf = vscode.Uri.joinPath(folder, 'power.pdf');
  const bytes = makePdf([
    [
      { text: 'Power Without Force', x: 72, y: 720, size: 16 },
      { text: 'States balance softly (Paul, 2005) when they cannot balance hard.', x: 72, y: 690 },
    ],
    [
      { text: 'References', x: 72, y: 720, size: 12 },
      { text: 'Paul, T. V. (2005). Soft balancing in the age of U.S. primacy. International Security, 30(1), 46-71.', x: 72, y: 700 },
    ],
  ]);
  await vscode.workspace.fs.writeFile(pdf, bytes);
  const pdfUri = await run<vscode.Uri | undefined>('citeread.openAsEssay', pdf);
  check(pdfUri instanceof vscode.Uri, 'the PDF did not open');
  const pdfDoc = documentOf(pdfUri);
  const onCitation = await until('a hover on the PDF', async () => hoverText(await run<vscode.Hover[]>('vscode.executeHoverProvider', pdfUri, positionOf(pdfDoc, '(Paul, 2005)'))), (t) => t.includes('Soft balancing'));
  check(onCitation.includes('p. 1 of the PDF') && onCitation.includes('citeread.showInPdf'), onCitation);
  const onEntry = hoverText(await run<vscode.Hover[]>('vscode.executeHoverProvider', pdfUri, positionOf(pdfDoc, 'Paul, T. V.')));
  check(onEntry.includes('p. 2'), onEntry);
}, 120_000);
