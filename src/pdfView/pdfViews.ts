// Show in PDF: the original PDF of an essay, at the page of a citation or a reference, with its pieces highlighted.
// One read-only webview per PDF (pdf.js renders it inside; no network, a strict content security policy); the
// command resolves with what the view reports it shows, so that callers and tests can read the page back.
import * as vscode from 'vscode';
import { Commands, essayScheme } from '../commands';
import { toOffset, toUri } from '../convert';
import { boxesOf } from '../core/formats/model';
import type { Essay, EssayService } from '../essay/essayService';
import { CommandInputError, guarded } from '../reading/guarded';
import { webviewPage } from '../webview/page';
import type { PdfBox, ShowPage, ViewMessage } from './webview/protocol';

/** What the view shows after a Show in PDF: the page (1-based), the PDF's page count and how many boxes are highlighted. */
export interface PdfShown {
  readonly page: number;
  readonly pages: number;
  readonly highlights: number;
}

/** True while the active essay was read from a PDF: Show in PDF is offered in the palette and the editor's menu. */
const pdfEssayActiveKey = 'citeread.pdfEssayActive';
const viewType = 'citeread.pdfView';
/** How long the command waits for the view to report the page drawn. */
const renderWaitMs = 30_000;

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

/** One PDF's view: its panel, whether its script has the PDF yet, and the requests waiting for its answer. */
class PdfView implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  private readonly ready: Promise<void>;
  /** The version of the essay whose PDF the view holds: a PDF changed on disk since is sent again. */
  private loaded: number | undefined;
  private waiting: ((message: ViewMessage) => void)[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    extensionUri: vscode.Uri,
    private readonly source: vscode.Uri,
    onDispose: () => void,
  ) {
    const dist = vscode.Uri.joinPath(extensionUri, 'dist');
    const media = vscode.Uri.joinPath(extensionUri, 'media');
    this.panel = vscode.window.createWebviewPanel(
      viewType,
      baseName(source),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [dist, media], retainContextWhenHidden: true },
    );
    this.panel.iconPath = vscode.Uri.joinPath(media, 'citeread.svg');
    let isReady: () => void = () => undefined;
    this.ready = new Promise<void>((resolve) => (isReady = resolve));
    this.disposables.push(
      this.panel.webview.onDidReceiveMessage((message: ViewMessage) => {
        if (message.type === 'ready') isReady();
        else for (const answer of this.waiting.splice(0)) answer(message);
      }),
      this.panel.onDidDispose(() => {
        for (const answer of this.waiting.splice(0)) answer({ type: 'failed', message: vscode.l10n.t('the view was closed') });
        onDispose();
        this.dispose();
      }),
    );
    this.panel.webview.html = this.html(dist, media);
  }

  private html(dist: vscode.Uri, media: vscode.Uri): string {
    const webview = this.panel.webview;
    const attr = (text: string): string => text.replace(/[<>&"]/g, '');
    return webviewPage({
      language: vscode.env.language,
      cspSource: webview.cspSource,
      moreImageSources: 'blob: data:',
      moreFontSources: 'data:',
      style: webview.asWebviewUri(vscode.Uri.joinPath(media, 'pdfView.css')).toString(),
      script: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'pdfView.js')).toString(),
      title: baseName(this.source),
      // The view's own words, in the reader's language, for its script to fill in.
      bodyAttributes: {
        'data-page-of': vscode.l10n.t('Page {0} of {1}', '{0}', '{1}'),
        'data-cannot': vscode.l10n.t('This PDF cannot be shown: {0}', '{0}'),
      },
      body: `<nav class="bar" aria-label="${attr(vscode.l10n.t('Pages'))}">
<button id="previous" type="button" aria-label="${attr(vscode.l10n.t('Previous page'))}" disabled>‹</button>
<span id="label" role="status" aria-live="polite">${attr(vscode.l10n.t('Reading “{0}”', baseName(this.source)))}</span>
<button id="next" type="button" aria-label="${attr(vscode.l10n.t('Next page'))}" disabled>›</button>
</nav>
<main id="page"></main>`,
    });
  }

  /**
   * Shows `page` with `boxes` highlighted (sending the PDF first if the view does not hold the one read for `version` of
   * the essay) and waits for the view's answer.
   */
  async show(page: number, boxes: readonly PdfBox[], version: number): Promise<PdfShown> {
    await this.ready;
    // A plain Uint8Array: Node's Buffer (what the file system gives on the desktop) turns into JSON of its own on the way.
    const message: ShowPage = { type: 'show', page, boxes, ...(this.loaded === version ? {} : { data: new Uint8Array(await vscode.workspace.fs.readFile(this.source)) }) };
    const answer = new Promise<ViewMessage>((resolve) => {
      const timer = setTimeout(() => resolve({ type: 'failed', message: vscode.l10n.t('the view did not answer') }), renderWaitMs);
      this.waiting.push((m) => {
        clearTimeout(timer);
        resolve(m);
      });
    });
    await this.panel.webview.postMessage(message);
    const reply = await answer;
    if (reply.type !== 'shown') throw new Error(reply.type === 'failed' ? reply.message : vscode.l10n.t('the view gave no page'));
    this.loaded = version;
    this.panel.title = vscode.l10n.t('{0} · p. {1}', baseName(this.source), reply.page);
    return { page: reply.page, pages: reply.pages, highlights: reply.highlights };
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** The Show in PDF command and its views, one per PDF. */
export class PdfViews implements vscode.Disposable {
  private readonly views = new Map<string, PdfView>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly essays: EssayService,
  ) {
    const update = (): void => void vscode.commands.executeCommand('setContext', pdfEssayActiveKey, essays.activeEssay?.document?.kind === 'pdf');
    this.disposables.push(
      vscode.commands.registerCommand(Commands.showInPdf, (essayUri?: unknown, offset?: unknown) => this.showInPdf(essayUri, offset)),
      essays.onDidChangeActiveEssay(update),
      essays.onDidChangeEssay(update),
    );
    update();
  }

  /**
   * `citeread.showInPdf(essayUri, offset)`: the PDF the essay was read from, at the page of the citation or the
   * reference at `offset` (0-based, in the essay's text) with it highlighted. `essayUri` is the essay's `citeread:`
   * URI (a string or a Uri) or the PDF's own. Without arguments, the active essay at the cursor. Resolves with what the view shows; undefined when the essay did not come from a PDF (the reader
   * is told).
   */
  showInPdf(essayArg?: unknown, offsetArg?: unknown): Promise<PdfShown | undefined> {
    return guarded(vscode.l10n.t('Show in PDF'), async () => {
      const editor = vscode.window.activeTextEditor;
      let uri = toUri(essayArg);
      let offset = typeof offsetArg === 'number' ? offsetArg : undefined;
      if (essayArg === undefined && editor?.document.uri.scheme === essayScheme) {
        uri = editor.document.uri;
        offset = toOffset(editor.document, editor.selection.active);
      }
      if (!uri || offset === undefined || !Number.isInteger(offset) || offset < 0) {
        throw new CommandInputError(vscode.l10n.t('give an essay and an offset in its text, or run it from an essay read from a PDF.'));
      }
      // An essay's citeread: URI, or the PDF itself (read as an essay if it was not yet).
      const essay = uri.scheme === essayScheme ? (this.essays.get(uri) ?? (await this.essays.load(uri))) : await this.essays.open(uri);
      if (!essay) return undefined;
      if (essay.document?.kind !== 'pdf') {
        void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” was not read from a PDF: there is no page to show.', essay.title));
        return undefined;
      }
      const target = this.target(essay, offset);
      if (!target) throw new CommandInputError(vscode.l10n.t('offset {0} is not in the essay’s text.', offset));
      return this.viewOf(essay.sourceUri).show(target.page, target.boxes, essay.version);
    });
  }

  /** The page and boxes of the citation or reference at `offset`, else of the text there. */
  private target(essay: Essay, offset: number): { page: number; boxes: readonly PdfBox[] } | undefined {
    if (offset > essay.analysis.text.length || !essay.document) return undefined;
    const span = essay.index.citationAt(offset) ?? essay.index.referenceAt(offset) ?? { start: offset, end: offset + 1 };
    return boxesOf(essay.document.map, span.start, span.end);
  }

  private viewOf(source: vscode.Uri): PdfView {
    const key = source.toString();
    let view = this.views.get(key);
    if (view) {
      view.panel.reveal(undefined, true);
    } else {
      view = new PdfView(this.context.extensionUri, source, () => this.views.delete(key));
      this.views.set(key, view);
    }
    return view;
  }

  dispose(): void {
    for (const view of this.views.values()) view.panel.dispose();
    this.views.clear();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
