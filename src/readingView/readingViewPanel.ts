// The reading view: a webview panel per essay that shows it as prose. A thin adapter: the HTML comes from
// readingHtml.ts (pure), the page script and styles from media/readingView.{js,css}; this file sends the blocks
// in chunks, answers for the citation cards, runs the card's actions through the extension's own commands,
// and keeps the view's scrolling in step with the essay's text editor.
import * as vscode from 'vscode';
import { Commands, essayLanguageId, essayScheme } from '../commands';
import { styleInfo } from '../core/format/styles';
import { pageStarts } from '../core/formats/model';
import type { EssayService } from '../essay/essayService';
import { isShown } from '../problems/diagnostics';
import type { ReaderView, ReaderViews } from '../problems/readerView';
import { readSettings } from '../settings';
import { loadFormatter } from '../sources/formatter';
import { webviewPage } from '../webview/page';
import { citationCardHtml, escapeHtml, htmlChunks, moreBackLinksHtml, readingBlocks, readingContext, type ReadingContext } from './readingHtml';

/** The webview panel type (also the serializer's). */
export const readingViewType = 'citeread.readingView';
/** How long a card waits for formatted entries before it shows the entries' own text. */
const formatWaitMs = 1500;

/** What the page says. */
type PageMessage =
  | { type: 'ready'; offset?: number }
  | { type: 'card'; c: number; w?: number }
  | { type: 'backlinks'; ref: number }
  | { type: 'action'; action: 'goTo' | 'copy' | 'choose' | 'pdf'; ref?: number; c?: number; w?: number }
  | { type: 'scrolled'; offset: number };

/** The reader's font for essays (the `[citeread-essay]` editor settings) and the reading measure. */
function pageStyle(): { fontFamily: string; fontSize: number; lineHeight: number; measure: number } {
  const editor = vscode.workspace.getConfiguration('editor', { languageId: essayLanguageId });
  const fontSize = editor.get<number>('fontSize', 14) || 14;
  const line = editor.get<number>('lineHeight', 0);
  // VS Code reads a line height under 8 as a multiple of the font size, 0 as its own default.
  const lineHeight = line <= 0 ? 1.6 : line < 8 ? line : line / fontSize;
  return { fontFamily: editor.get<string>('fontFamily', '') || 'serif', fontSize: fontSize + 2, lineHeight, measure: readSettings().readingMeasure };
}

/** One essay's reading view. Disposed with its panel, or when the essay's last text tab closes. */
class ReadingPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private generation = 0;
  private rendered: ReaderView | undefined;
  /** What the last render was built from: the back-links the page asks for later come from it. */
  private readingContext: ReadingContext | undefined;
  private renderTimer: ReturnType<typeof setTimeout> | undefined;
  private scrollTimer: ReturnType<typeof setTimeout> | undefined;
  /** The editor's top line when the view last scrolled it: that scroll is not echoed back to the view. */
  private ownEditorTop: number | undefined;
  private disposed = false;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly essayUri: vscode.Uri,
    private readonly context: vscode.ExtensionContext,
    private readonly essays: EssayService,
    private readonly views: ReaderViews,
    private readonly onDispose: () => void,
  ) {
    const roots = [vscode.Uri.joinPath(context.extensionUri, 'media'), vscode.Uri.joinPath(context.extensionUri, 'dist')];
    panel.webview.options = { enableScripts: true, localResourceRoots: roots };
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'citeread.svg');
    panel.webview.html = this.shell();
    const key = essayUri.toString();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: PageMessage) => void this.receive(message)),
      essays.onDidChangeEssay((essay) => {
        if (essay.uri.toString() === key) this.scheduleRender();
      }),
      views.choices.onDidChange(() => this.scheduleRender()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('citeread') || e.affectsConfiguration('editor')) {
          void this.post({ type: 'style', ...pageStyle() });
          if (e.affectsConfiguration('citeread.citationStyle')) void this.post({ type: 'closeCard' });
        }
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (e.textEditor.document.uri.toString() === key) this.followEditor(e.textEditor);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document.uri.toString() === key) this.followSelection(e.textEditor);
      }),
      // The view goes with the essay: when no tab shows the essay's text any more.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        if (e.closed.length > 0 && !isShown(essayUri)) this.panel.dispose();
      }),
    );
  }

  private shell(): string {
    const { webview } = this.panel;
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
    const title = escapeHtml(this.panel.title);
    return webviewPage({
      language: vscode.env.language,
      cspSource: webview.cspSource,
      style: webview.asWebviewUri(vscode.Uri.joinPath(media, 'readingView.css')).toString(),
      script: webview.asWebviewUri(vscode.Uri.joinPath(media, 'readingView.js')).toString(),
      title: this.panel.title,
      body: `<main id="content" aria-label="${title}" aria-busy="true"></main>
<div id="card" role="dialog" aria-labelledby="card-title" tabindex="-1" hidden></div>
<div id="status" class="visually-hidden" role="status" aria-live="polite"></div>`,
    });
  }

  private post(message: Record<string, unknown>): Thenable<boolean> {
    return this.disposed ? Promise.resolve(false) : this.panel.webview.postMessage(message);
  }

  private async view(): Promise<ReaderView | undefined> {
    const essay = this.essays.get(this.essayUri) ?? (await this.essays.load(this.essayUri));
    return essay && this.views.of(essay);
  }

  private scheduleRender(): void {
    clearTimeout(this.renderTimer);
    this.renderTimer = setTimeout(() => void this.render(), 250);
  }

  /** Sends the essay: a reset, then the blocks in chunks, yielding between them so a large essay does not hold the host. */
  private async render(offset?: number): Promise<void> {
    const view = await this.view();
    if (!view || this.disposed) return;
    if (this.rendered === view && offset === undefined) return;
    this.rendered = view;
    const generation = ++this.generation;
    this.panel.title = this.title(view);
    await this.post({ type: 'style', ...pageStyle() });
    await this.post({ type: 'reset', generation, essayUri: this.essayUri.toString(), title: view.essay.title, ...(offset === undefined ? {} : { offset }) });
    const document = view.essay.document;
    const context = readingContext(view.index, document);
    this.readingContext = context;
    const pages = document?.kind === 'pdf' ? pageStarts(document.map) : [];
    for (const html of htmlChunks(context, readingBlocks(view.analysis, pages))) {
      if (generation !== this.generation || this.disposed) return;
      void this.post({ type: 'chunk', generation, html });
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    void this.post({ type: 'done', generation });
  }

  title(view?: ReaderView): string {
    return `Reading: ${view?.essay.title ?? this.panel.title.replace(/^Reading: /, '')}`;
  }

  private async receive(message: PageMessage): Promise<void> {
    if (!message || typeof message !== 'object') return;
    if (message.type === 'ready') {
      this.rendered = undefined;
      return this.render(typeof message.offset === 'number' ? message.offset : undefined);
    }
    if (message.type === 'card' && Number.isInteger(message.c)) return this.card(message.c, message.w);
    if (message.type === 'backlinks' && Number.isInteger(message.ref) && this.readingContext) {
      void this.post({ type: 'backlinks', ref: message.ref, generation: this.generation, html: moreBackLinksHtml(this.readingContext, message.ref) });
      return;
    }
    if (message.type === 'action') return this.act(message);
    if (message.type === 'scrolled' && Number.isFinite(message.offset)) this.followView(message.offset);
  }

  private async card(c: number, w: number | undefined): Promise<void> {
    const view = await this.view();
    const citation = view?.analysis.citations[c];
    if (!view || !citation) return;
    const { citationStyle: style, locale } = readSettings(this.essayUri);
    const info = styleInfo(style);
    const references = citation.works.flatMap((work) => view.index.referencesOf(work));
    const formatted = new Map<string, string>();
    const all = Promise.all(
      references.map(async (reference) => {
        try {
          const text = (await (await loadFormatter()).formatEntry(reference.csl, style, locale)).trim();
          if (text) formatted.set(reference.id, text);
        } catch {
          // An entry the formatter cannot format keeps its own text.
        }
      }),
    );
    await Promise.race([all, new Promise((resolve) => setTimeout(resolve, formatWaitMs))]);
    // Offered for an essay read from a PDF, as the hover does.
    const showInPdf = view.essay.document?.kind === 'pdf';
    const html = citationCardHtml(view.index, c, typeof w === 'number' ? w : undefined, {
      styleLabel: info?.label ?? style.toUpperCase(),
      styleIsData: info?.kind === 'data',
      formatted,
      showInPdf,
    });
    await this.post({ type: 'card', c, w, html });
  }

  private async act(message: Extract<PageMessage, { type: 'action' }>): Promise<void> {
    const view = await this.view();
    if (!view) return;
    const uri = this.essayUri.toString();
    const reference = typeof message.ref === 'number' ? view.analysis.references[message.ref] : undefined;
    const citation = typeof message.c === 'number' ? view.analysis.citations[message.c] : undefined;
    if (message.action === 'goTo' && reference) {
      await this.showText();
      await vscode.commands.executeCommand(Commands.goToReference, uri, reference.index);
    } else if (message.action === 'copy' && reference) {
      const copied = await vscode.commands.executeCommand(Commands.copyReference, uri, reference.index, readSettings(this.essayUri).citationStyle);
      if (copied !== undefined) void this.post({ type: 'notice', text: vscode.l10n.t('Copied.') });
    } else if (message.action === 'choose' && citation) {
      await vscode.commands.executeCommand(Commands.chooseReference, uri, citation.start, typeof message.w === 'number' ? message.w : 0);
    } else if (message.action === 'pdf' && citation) {
      await vscode.commands.executeCommand(Commands.showInPdf, uri, citation.start);
    }
  }

  /** The essay's text editor, shown beside the view when it is not visible. */
  private async showText(): Promise<void> {
    if (vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === this.essayUri.toString())) return;
    const document = await vscode.workspace.openTextDocument(this.essayUri);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  }

  /** The editor scrolled: the view follows, unless the editor is only following the view. */
  private followEditor(editor: vscode.TextEditor): void {
    if (!this.panel.visible) return;
    clearTimeout(this.scrollTimer);
    this.scrollTimer = setTimeout(() => {
      const top = editor.visibleRanges[0]?.start;
      if (!top) return;
      const own = top.line === this.ownEditorTop;
      this.ownEditorTop = undefined;
      if (!own) void this.post({ type: 'scrollTo', offset: editor.document.offsetAt(top) });
    }, 60);
  }

  /** The view scrolled: the visible editor of the essay follows. */
  private followView(offset: number): void {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.essayUri.toString());
    if (!editor) return;
    const position = editor.document.positionAt(offset);
    this.ownEditorTop = position.line;
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
  }

  /** A citation selected in the editor (by the Sources view, Go to, or the reader) is revealed in the view. */
  private followSelection(editor: vscode.TextEditor): void {
    const view = this.rendered;
    const selection = editor.selection;
    if (!view || selection.isEmpty) return;
    const start = editor.document.offsetAt(selection.start);
    const end = editor.document.offsetAt(selection.end);
    const c = view.analysis.citations.findIndex((citation) => citation.start === start && citation.end === end);
    if (c >= 0) void this.post({ type: 'reveal', c });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.renderTimer);
    clearTimeout(this.scrollTimer);
    vscode.Disposable.from(...this.disposables).dispose();
    this.panel.dispose();
    this.onDispose();
  }
}

/** Every open reading view, one per essay; also restores them after a reload. */
export class ReadingPanels implements vscode.Disposable, vscode.WebviewPanelSerializer {
  private readonly panels = new Map<string, ReadingPanel>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly essays: EssayService,
    private readonly views: ReaderViews,
  ) {}

  /** The reading view of the essay at `uri` (a `citeread:` URI), when one is open. */
  panelOf(uri: vscode.Uri): vscode.WebviewPanel | undefined {
    return this.panels.get(uri.toString())?.panel;
  }

  /**
   * `citeread.openReadingView`: the reading view of the essay given (its `citeread:` URI, or its source file,
   * which is opened as an essay first), else of the active essay, to the side. Returns the essay's URI.
   */
  async open(arg?: unknown): Promise<vscode.Uri | undefined> {
    const given = arg instanceof vscode.Uri ? arg : typeof arg === 'string' && /^[a-z][\w+.-]*:/i.test(arg) ? vscode.Uri.parse(arg, true) : undefined;
    let uri = given ?? vscode.window.activeTextEditor?.document.uri ?? this.essays.activeEssay?.uri;
    if (uri && uri.scheme !== essayScheme) {
      await vscode.commands.executeCommand(Commands.openAsEssay, uri);
      uri = await this.essays.read(uri);
    }
    if (!uri || uri.scheme !== essayScheme) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an essay first: the reading view shows the essay of the active editor.'));
      return undefined;
    }
    const existing = this.panels.get(uri.toString());
    if (existing) {
      existing.panel.reveal(undefined, true);
      return uri;
    }
    if (!isShown(uri)) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    const essay = this.essays.get(uri);
    const panel = vscode.window.createWebviewPanel(readingViewType, vscode.l10n.t('Reading: {0}', essay?.title ?? vscode.l10n.t('Essay')), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {});
    this.attach(panel, uri);
    return uri;
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = typeof state === 'object' && state !== null ? (state as { essayUri?: unknown }).essayUri : undefined;
    const uri = typeof saved === 'string' ? vscode.Uri.parse(saved, true) : undefined;
    if (!uri || uri.scheme !== essayScheme || this.panels.has(uri.toString()) || !(await this.essays.load(uri))) {
      panel.dispose();
      return;
    }
    this.attach(panel, uri);
  }

  private attach(panel: vscode.WebviewPanel, uri: vscode.Uri): void {
    const key = uri.toString();
    this.panels.set(key, new ReadingPanel(panel, uri, this.context, this.essays, this.views, () => this.panels.delete(key)));
  }

  dispose(): void {
    for (const panel of [...this.panels.values()]) panel.dispose();
  }
}
