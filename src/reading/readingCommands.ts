// Opening essays and going to a reference. Every command answers bad input with one message and
// returns undefined; none lets an exception escape, none writes a file.
import * as vscode from 'vscode';
import { essayFileExtensions, essayLanguageId, essayScheme } from '../commands';
import { toOffset, toRange, toUri } from '../convert';
import type { CorpusEntry } from '../core/corpus';
import { parseCorpusManifest } from '../core/corpus';
import { distinctReferenceLabels } from '../core/labels';
import type { Reference } from '../core/model';
import type { Essay, EssayService } from '../essay/essayService';
import { guarded } from './guarded';

type OpenChoice = vscode.QuickPickItem & { readonly entry?: CorpusEntry; readonly file?: vscode.Uri };

/** How many of the workspace's files the picker lists (the most recent ones). */
const maxWorkspaceEssays = 50;
/** How many files are looked at to find them. */
const maxFilesSearched = 2000;

export class ReadingCommands {
  private corpus: Promise<readonly CorpusEntry[]> | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly essays: EssayService,
  ) {}

  /** `citeread.openEssay`: a bundled essay by id, a file by URI, or the reader's pick. Returns the essay's URI. */
  openEssay(arg?: unknown): Promise<vscode.Uri | undefined> {
    return guarded(vscode.l10n.t('Opening the essay'), async () => {
      const uri = toUri(arg);
      if (uri) return this.openSource(uri);
      if (typeof arg === 'string') return this.openBundled(arg);
      return this.pickAndOpen();
    });
  }

  /** `citeread.openAsEssay`: the file the menu was opened on, or the active editor's document. */
  openAsEssay(resource?: unknown): Promise<vscode.Uri | undefined> {
    return guarded(vscode.l10n.t('Opening the file as an essay'), async () => {
      const uri = toUri(resource) ?? vscode.window.activeTextEditor?.document.uri;
      if (!uri) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a text or Markdown file first, then open it as an essay.'));
        return undefined;
      }
      return this.openSource(uri);
    });
  }

  /**
   * `citeread.goToReference`: with an essay URI and a reference index, that entry; with neither, the
   * reference of the citation at the cursor (the reader picks when several match). Selects the entry
   * and returns its range.
   */
  goToReference(essayArg?: unknown, indexArg?: unknown): Promise<vscode.Range | undefined> {
    // A view item may come as one object carrying both.
    if (typeof essayArg === 'object' && essayArg !== null && !(essayArg instanceof vscode.Uri) && 'essayUri' in essayArg) {
      const item = essayArg as { essayUri?: unknown; referenceIndex?: unknown };
      [essayArg, indexArg] = [item.essayUri, item.referenceIndex];
    }
    return guarded(vscode.l10n.t('Going to the reference'), async () => {
      const editor = vscode.window.activeTextEditor;
      const uri = toUri(essayArg) ?? (editor?.document.uri.scheme === essayScheme ? editor.document.uri : undefined);
      if (!uri || uri.scheme !== essayScheme) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open an essay and place the cursor on a citation to go to its reference.'));
        return undefined;
      }
      const essay = await this.essays.load(uri);
      if (!essay) return undefined;
      const reference = typeof indexArg === 'number' ? this.referenceByIndex(essay, indexArg) : await this.referenceAtCursor(essay, editor);
      return reference && this.select(essay, reference);
    });
  }

  /** Shows the essay as soon as its text is read; its analysis goes on in the background. */
  private async openSource(source: vscode.Uri, title?: string): Promise<vscode.Uri | undefined> {
    if (source.scheme === essayScheme) return (await this.show(source)) ? source : undefined;
    const uri = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reading the essay…') }, () =>
      this.essays.read(source, title ? { title } : {}),
    );
    if (!uri || !(await this.show(uri))) return undefined;
    void this.analysed(uri);
    return uri;
  }

  /**
   * Waits for the first analysis, showing that it runs. An essay without a reference list is not
   * announced in a notification: Problems says so once, and so does the Sources view.
   */
  private async analysed(uri: vscode.Uri): Promise<void> {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Analysing the essay…') }, () => this.essays.load(uri));
  }

  private async show(uri: vscode.Uri): Promise<vscode.TextEditor | undefined> {
    let document = await vscode.workspace.openTextDocument(uri);
    if (document.languageId !== essayLanguageId) document = await vscode.languages.setTextDocumentLanguage(document, essayLanguageId);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    return vscode.window.showTextDocument(document, { preview: false, viewColumn: visible?.viewColumn });
  }

  private bundled(): Promise<readonly CorpusEntry[]> {
    this.corpus ??= (async () => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.context.extensionUri, 'corpus', 'manifest.json'));
      return parseCorpusManifest(new TextDecoder().decode(bytes)).entries;
    })();
    return this.corpus;
  }

  private async openBundled(id: string): Promise<vscode.Uri | undefined> {
    const entry = (await this.bundled()).find((e) => e.id === id);
    if (!entry) {
      void vscode.window.showErrorMessage(vscode.l10n.t('There is no bundled essay “{0}”.', id));
      return undefined;
    }
    return this.openSource(vscode.Uri.joinPath(this.context.extensionUri, 'corpus', entry.file), entry.title);
  }

  /** The workspace's files of the formats Citeread reads, most recently changed first. */
  private async workspaceEssays(): Promise<{ readonly uri: vscode.Uri; readonly mtime: number }[]> {
    if (!vscode.workspace.workspaceFolders?.length) return [];
    const files = await vscode.workspace.findFiles(`**/*.{${essayFileExtensions.join(',')}}`, '**/{node_modules,.git}/**', maxFilesSearched);
    const dated = await Promise.all(
      files.map(async (uri) => {
        const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
        return stat && stat.type & vscode.FileType.File && stat.size > 0 ? { uri, mtime: stat.mtime } : undefined;
      }),
    );
    return dated
      .filter((d): d is { uri: vscode.Uri; mtime: number } => d !== undefined)
      .sort((a, b) => b.mtime - a.mtime || a.uri.path.localeCompare(b.uri.path))
      .slice(0, maxWorkspaceEssays);
  }

  private async pickAndOpen(): Promise<vscode.Uri | undefined> {
    const [bundled, workspace] = await Promise.all([this.bundled(), this.workspaceEssays()]);
    const items: OpenChoice[] = [];
    if (workspace.length > 0) {
      items.push({ label: vscode.l10n.t('In this workspace'), kind: vscode.QuickPickItemKind.Separator });
      for (const { uri } of workspace) {
        // The folder it is in, relative to the workspace ("" at the top of a single-folder workspace).
        const relative = vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
        const folder = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : undefined;
        items.push({ label: `$(file) ${uri.path.slice(uri.path.lastIndexOf('/') + 1)}`, description: folder, file: uri });
      }
    }
    items.push(
      { label: vscode.l10n.t('Bundled with Citeread'), kind: vscode.QuickPickItemKind.Separator },
      ...bundled.map((entry) => ({ label: entry.title, description: entry.author, entry })),
      { label: '', kind: vscode.QuickPickItemKind.Separator },
      { label: `$(folder-opened) ${vscode.l10n.t('Open a file…')}`, description: vscode.l10n.t('A plain-text or Markdown essay') },
    );
    const choice = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Open Essay'), placeHolder: vscode.l10n.t('Choose an essay to read'), matchOnDescription: true });
    if (!choice) return undefined;
    if (choice.file) return this.openSource(choice.file);
    if (choice.entry) return this.openSource(vscode.Uri.joinPath(this.context.extensionUri, 'corpus', choice.entry.file), choice.entry.title);
    const files = await vscode.window.showOpenDialog({
      title: vscode.l10n.t('Open a File as an Essay'),
      canSelectMany: false,
      openLabel: vscode.l10n.t('Open as Essay'),
      filters: { [vscode.l10n.t('Essays')]: [...essayFileExtensions], [vscode.l10n.t('All files')]: ['*'] },
    });
    return files?.[0] ? this.openSource(files[0]) : undefined;
  }

  private referenceByIndex(essay: Essay, index: number): Reference | undefined {
    const reference = essay.analysis.references[index];
    if (!reference) void vscode.window.showWarningMessage(vscode.l10n.t('“{0}” has no reference number {1}.', essay.title, index + 1));
    return reference;
  }

  private async referenceAtCursor(essay: Essay, editor: vscode.TextEditor | undefined): Promise<Reference | undefined> {
    if (!editor || editor.document.uri.toString() !== essay.uri.toString()) return undefined;
    const offset = toOffset(editor.document, editor.selection.active);
    const place = essay.index.workAt(offset);
    if (!place) {
      const entry = essay.index.referenceAt(offset);
      if (!entry) void vscode.window.showInformationMessage(vscode.l10n.t('Place the cursor on a citation to go to its reference.'));
      return entry;
    }
    const candidates = essay.index.referencesOf(place.work);
    if (candidates.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” is not in the reference list.', place.work.text));
      return undefined;
    }
    if (candidates.length === 1) return candidates[0];
    const labels = distinctReferenceLabels(candidates);
    const picked = await vscode.window.showQuickPick(
      candidates.map((reference, i) => ({ label: labels[i], detail: reference.text.replace(/\s+/g, ' '), reference })),
      { title: vscode.l10n.t('“{0}” matches {1} references', place.work.text, candidates.length), placeHolder: vscode.l10n.t('Go to which one?'), matchOnDetail: true },
    );
    return picked?.reference;
  }

  private async select(essay: Essay, reference: Reference): Promise<vscode.Range | undefined> {
    const editor = await this.show(essay.uri);
    if (!editor) return undefined;
    const range = toRange(editor.document, reference);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return range;
  }
}
