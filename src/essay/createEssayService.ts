import * as vscode from 'vscode';
import { essayLanguageId, essayScheme } from '../commands';
import { analyze, CancelledError } from '../core/analyze';
import { findStructure } from '../core/structure';
import { documentKind, isDocumentFile } from '../core/formats/kind';
import { decodeEssay } from '../core/input';
import { checkEssayInput, describeEssayInput } from '../core/limits';
import { indexAnalysis } from '../core/lookup';
import type { ReadDocument } from '../core/formats/model';
import type { Analysis } from '../core/model';
import { choiceStoreFor } from '../problems/choiceStore';
import type { ChoiceStore } from '../problems/choiceStore';
import { platform } from '../platform';
import { readSettings } from '../settings';
import { DocumentCache } from './documentCache';
import type { Essay, EssayDocument, EssayService } from './essayService';
import { essayText } from './essayText';
import { decodeEssayLocation, encodeEssayLocation } from './essayUri';
import { OneRun } from './oneRun';

/**
 * The one step that analyses an essay's text. Replaceable as a whole (e.g. by one that runs large
 * essays in a worker thread): it must reject with `CancelledError` once `token` is cancelled.
 */
export type AnalyzeText = (text: string, token: vscode.CancellationToken) => Promise<Analysis>;

/** The default analysing step: the engine in this thread, polling the token. */
export const analyzeInProcess: AnalyzeText = async (text, token) => {
  // Let the caller's current task (a progress message, an editor opening) finish first.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (token.isCancellationRequested) throw new CancelledError();
  return analyze(text, { isCancelled: () => token.isCancellationRequested });
};

export interface EssayServiceOptions {
  readonly analyzeText?: AnalyzeText;
}

/** Builds the essay service and registers the `citeread:` documents it serves. */
export function createEssayService(context: vscode.ExtensionContext, options: EssayServiceOptions = {}): EssayService {
  return new Essays(context, options.analyzeText ?? analyzeInProcess);
}

/** Whether a source's text could be had, and if not what to tell the reader. */
type ReadResult =
  | { readonly ok: true; readonly text: string; readonly large: boolean; readonly document?: EssayDocument }
  | { readonly ok: false; readonly message?: string; readonly gone?: boolean };

interface EssayRecord {
  readonly uri: vscode.Uri;
  readonly key: string;
  readonly sourceUri: vscode.Uri;
  readonly title: string;
  /** The reader's own file: read again when it changes. Bundled essays do not change. */
  readonly follows: boolean;
  raw?: Analysis;
  /** The source document's map for the text of `raw`. */
  document?: EssayDocument;
  essay?: Essay;
  /**
   * The text the document shows: read before the first analysis is done (so the reader sees the
   * essay at once), and replaced only together with a finished analysis of the new text.
   */
  text?: string;
  version: number;
  /** The analysis running, keyed by the text it analyses. */
  readonly analyses: OneRun<string, Essay | undefined>;
  /** Counts the reads of the source: a read that a newer one overtook gives way to it. */
  reads: number;
  /** The newest read of the source and what came of it. */
  rereading?: Promise<Essay | undefined>;
  confirmedLarge: boolean;
  warnedGone: boolean;
  watcher?: vscode.Disposable;
  timer?: ReturnType<typeof setTimeout>;
}

const followDelayMs = 250;
/** How much of the text's start the title is looked for in (a title is one short line). */
const titleSearchChars = 4096;
const forgetClosedAfterMs = 60_000;
const documentCatchUpMs = 2_000;

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

function isCancelled(error: unknown): boolean {
  return error instanceof CancelledError || (error instanceof Error && error.name === 'CancelledError');
}

/** The error a read-only essay gives to anything that would change it. */
function readOnly(uri: vscode.Uri): vscode.FileSystemError {
  return vscode.FileSystemError.NoPermissions(vscode.l10n.t('{0} is a read-only essay: edit its source file instead.', uri.path.slice(uri.path.lastIndexOf('/') + 1)));
}

// The essays are a read-only file system rather than a content provider: VS Code shows breadcrumbs
// (and so the outline's path) only for documents a file system serves.
class Essays implements EssayService, vscode.FileSystemProvider {
  private readonly records = new Map<string, EssayRecord>();
  private readonly bySource = new Map<string, EssayRecord>();
  private readonly opening = new Map<string, Promise<vscode.Uri | undefined>>();
  /** The title each source was first shown with: an essay keeps its title while its text is edited. */
  private readonly titles = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<Essay>();
  private readonly activeChanged = new vscode.EventEmitter<Essay | undefined>();
  private readonly contentChanged = new vscode.EventEmitter<vscode.Uri>();
  private readonly filesChanged = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  /** When each essay's text was last replaced (its file's mtime), strictly increasing. */
  private readonly stamps = new Map<string, number>();
  private lastStamp = 0;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly choices: ChoiceStore;
  private readonly cache: DocumentCache;
  private activeKey: string | undefined;

  readonly onDidChangeEssay = this.changed.event;
  readonly onDidChangeActiveEssay = this.activeChanged.event;
  readonly onDidChangeFile = this.filesChanged.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly analyzeText: AnalyzeText,
  ) {
    this.choices = choiceStoreFor(context);
    const version = (context.extension?.packageJSON as { version?: string } | undefined)?.version ?? '0';
    this.cache = new DocumentCache(context.globalStorageUri && vscode.Uri.joinPath(context.globalStorageUri, 'documents'), version);
    this.register(this.changed, this.activeChanged, this.contentChanged, this.filesChanged);
    this.register(
      vscode.workspace.registerFileSystemProvider(essayScheme, this, { isReadonly: true, isCaseSensitive: true }),
      this.contentChanged.event((uri) => {
        this.stamps.set(uri.toString(), this.nextStamp());
        this.filesChanged.fire([{ type: vscode.FileChangeType.Changed, uri }]);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.updateActive(editor)),
      vscode.workspace.onDidOpenTextDocument((document) => this.setLanguage(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forgetLater(document.uri)),
      vscode.workspace.onDidChangeTextDocument((e) => (e.document.uri.scheme === essayScheme ? this.essayEdited(e.document) : this.sourceChanged(e.document.uri))),
      vscode.workspace.onDidSaveTextDocument((document) => this.sourceChanged(document.uri)),
      this.choices.onDidChange((sourceUri) => this.choicesChanged(sourceUri)),
    );
    vscode.workspace.textDocuments.forEach((document) => this.setLanguage(document));
    this.updateActive(vscode.window.activeTextEditor);
  }

  private register(...disposables: vscode.Disposable[]): void {
    this.disposables.push(...disposables);
  }

  get activeEssay(): Essay | undefined {
    return this.activeKey ? this.records.get(this.activeKey)?.essay : undefined;
  }

  get(uri: vscode.Uri): Essay | undefined {
    return this.records.get(uri.toString())?.essay;
  }

  async load(uri: vscode.Uri): Promise<Essay | undefined> {
    if (uri.scheme !== essayScheme) return undefined;
    const record = this.records.get(uri.toString()) ?? this.recordFor(uri);
    if (!record) {
      void vscode.window.showErrorMessage(vscode.l10n.t('This essay link does not name the file to read: {0}', uri.toString()));
      return undefined;
    }
    if (!record.essay && !record.analyses.current) await this.refresh(record, false);
    return this.firstEssay(record);
  }

  settled(uri: vscode.Uri): Promise<Essay | undefined> {
    const record = this.records.get(uri.toString());
    return record ? this.firstEssay(record) : Promise.resolve(undefined);
  }

  /**
   * The essay's last finished analysis, else the one running: when that one is cancelled because
   * the source changed, the analysis that replaced it.
   */
  private async firstEssay(record: EssayRecord): Promise<Essay | undefined> {
    await record.analyses.follow(() => record.essay !== undefined);
    return record.essay;
  }

  async open(source: vscode.Uri, options: { readonly title?: string } = {}): Promise<Essay | undefined> {
    const uri = await this.read(source, options);
    return uri && this.load(uri);
  }

  read(source: vscode.Uri, options: { readonly title?: string } = {}): Promise<vscode.Uri | undefined> {
    const key = source.toString();
    const known = this.bySource.get(key);
    if (known) return Promise.resolve(known.uri);
    let reading = this.opening.get(key);
    if (!reading) {
      reading = this.readNew(source, options.title).finally(() => this.opening.delete(key));
      this.opening.set(key, reading);
    }
    return reading;
  }

  /** The content of a `citeread:` document: the essay's text, shown while its first analysis runs. */
  private async content(uri: vscode.Uri): Promise<string> {
    const text = this.records.get(uri.toString())?.text;
    if (text !== undefined) return text;
    await this.load(uri);
    const loaded = this.records.get(uri.toString())?.text;
    if (loaded === undefined) throw vscode.FileSystemError.FileNotFound(uri);
    return loaded;
  }

  private nextStamp(): number {
    this.lastStamp = Math.max(Date.now(), this.lastStamp + 1);
    return this.lastStamp;
  }

  // ---- The read-only file system of essays -----------------------------------------------------

  /**
   * The essay's text as UTF-8 bytes, what `readFile` gives and `stat` measures. TextEncoder, not
   * Node's Buffer: the same provider serves the web worker extension host, which has no Buffer.
   */
  private async bytes(uri: vscode.Uri): Promise<Uint8Array> {
    return new TextEncoder().encode(await this.content(uri));
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const size = (await this.bytes(uri)).byteLength;
    const key = uri.toString();
    if (!this.stamps.has(key)) this.stamps.set(key, this.nextStamp());
    const mtime = this.stamps.get(key) as number;
    return { type: vscode.FileType.File, ctime: mtime, mtime, size, permissions: vscode.FilePermission.Readonly };
  }

  readFile(uri: vscode.Uri): Promise<Uint8Array> {
    return this.bytes(uri);
  }

  watch(): vscode.Disposable {
    // Changes are announced for every essay through onDidChangeFile.
    return new vscode.Disposable(() => undefined);
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    throw vscode.FileSystemError.FileNotFound(uri);
  }

  createDirectory(uri: vscode.Uri): void {
    throw readOnly(uri);
  }

  writeFile(uri: vscode.Uri): void {
    throw readOnly(uri);
  }

  delete(uri: vscode.Uri): void {
    throw readOnly(uri);
  }

  rename(uri: vscode.Uri): void {
    throw readOnly(uri);
  }

  dispose(): void {
    for (const record of this.records.values()) this.release(record);
    this.records.clear();
    this.bySource.clear();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  // ---- Reading and analysing -------------------------------------------------------------------

  /** The source's text: from its open editor when VS Code has it open (unsaved edits included), else from disk. */
  private async readSource(source: vscode.Uri, confirmedLarge: boolean): Promise<ReadResult> {
    const name = baseName(source);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme !== essayScheme && d.uri.toString() === source.toString());
    if (open && isDocumentFile(name) && !/\.(?:pdf|docx)$/i.test(name)) {
      // Markdown or HTML open in an editor: its unsaved text, read as what it is.
      return this.readDocument(source, new TextEncoder().encode(open.getText()));
    }
    if (open) {
      const text = open.getText();
      return text.trim() === '' ? { ok: false, message: vscode.l10n.t('“{0}” is empty: there is no essay to read.', name) } : { ok: true, text, large: false };
    }
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(source);
    } catch {
      return { ok: false, gone: true, message: vscode.l10n.t('“{0}” cannot be found ({1}).', name, source.scheme === 'file' ? source.fsPath : source.toString()) };
    }
    if (stat.type & vscode.FileType.Directory) return { ok: false, message: vscode.l10n.t('“{0}” is a folder, not an essay: choose a text file.', name) };
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(source);
    } catch (error) {
      return { ok: false, gone: true, message: vscode.l10n.t('“{0}” cannot be read: {1}', name, error instanceof Error ? error.message : String(error)) };
    }
    const kind = documentKind(name, bytes);
    if ('error' in kind) return { ok: false, message: vscode.l10n.t('“{0}” cannot be read as an essay: {1}.', name, kind.error) };
    if (kind.kind !== 'text') return this.readDocument(source, bytes);
    const decoded = decodeEssay(bytes);
    if ('error' in decoded) return { ok: false, message: vscode.l10n.t('“{0}” cannot be read as an essay: {1}.', name, decoded.error) };
    const check = checkEssayInput(bytes, readSettings(source).maxEssayBytes);
    if (check.kind === 'too-large' && !confirmedLarge) {
      const anyway = vscode.l10n.t('Analyse anyway');
      const answer = await vscode.window.showWarningMessage(describeEssayInput(check, name), anyway, vscode.l10n.t('Cancel'));
      if (answer !== anyway) return { ok: false };
    }
    for (const warning of decoded.warnings) void vscode.window.showWarningMessage(vscode.l10n.t('“{0}”: {1}.', name, warning));
    return { ok: true, text: decoded.text, large: check.kind === 'too-large' };
  }

  /**
   * A PDF, Word file, web page or Markdown essay, through the readers (loaded on the first one). A PDF or Word
   * file read before is taken from the cache by the hash of its bytes.
   */
  private async readDocument(source: vscode.Uri, bytes: Uint8Array): Promise<ReadResult> {
    const name = baseName(source);
    const maxPages = readSettings(source).maxPdfPages;
    const cached = /\.(?:pdf|docx)$/i.test(name) || bytes.length > 1_000_000;
    const key = cached ? await this.cache.key(bytes, maxPages).catch(() => undefined) : undefined;
    const hit = key ? await this.cache.get(key) : undefined;
    if (hit) return this.documentRead(name, hit);
    const read = async (progress?: vscode.Progress<{ message?: string }>, token?: vscode.CancellationToken): Promise<ReadResult> => {
      let readers: Awaited<ReturnType<typeof platform.loadReaders>>;
      try {
        readers = await platform.loadReaders();
      } catch (error) {
        return { ok: false, message: vscode.l10n.t('“{0}” cannot be read: the document readers could not be loaded ({1}).', name, error instanceof Error ? error.message : String(error)) };
      }
      const result = await readers.readDocument(name, bytes, {
        limits: { maxPages },
        progress: (n, of) => progress?.report({ message: vscode.l10n.t('page {0} of {1}', n, of) }),
        isCancelled: () => token?.isCancellationRequested ?? false,
      });
      if (token?.isCancellationRequested) return { ok: false };
      if ('error' in result) return { ok: false, message: vscode.l10n.t('“{0}” cannot be read as an essay: {1}.', name, result.error) };
      if (key && result.text.trim() !== '') await this.cache.put(key, result);
      return this.documentRead(name, result);
    };
    if (!cached) return read();
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reading “{0}”', name), cancellable: true }, (progress, token) => read(progress, token));
  }

  /** A document read (or taken from the cache) as the essay's text, with its map when the text stays as read. */
  private documentRead(name: string, read: ReadDocument): ReadResult {
    if (read.text.trim() === '') return { ok: false, message: vscode.l10n.t('“{0}” has no text to read as an essay.', name) };
    for (const warning of read.warnings) void vscode.window.showWarningMessage(vscode.l10n.t('“{0}”: {1}.', name, warning));
    // The map's offsets are the read text's: they hold only if the essay's text is that text, character for character.
    const document: EssayDocument | undefined =
      essayText(read.text) === read.text
        ? {
            kind: read.kind,
            map: read.map,
            ...(read.pages !== undefined ? { pages: read.pages } : {}),
            ...(read.emphasis?.length ? { emphasis: read.emphasis } : {}),
            ...(read.listItems?.length ? { listItems: read.listItems } : {}),
          }
        : undefined;
    return { ok: true, text: read.text, large: false, ...(document ? { document } : {}) };
  }

  private async analyse(text: string, title: string, token: vscode.CancellationToken): Promise<Analysis | undefined> {
    try {
      return await this.analyzeText(essayText(text), token);
    } catch (error) {
      if (!isCancelled(error)) {
        void vscode.window.showErrorMessage(vscode.l10n.t('“{0}” could not be analysed: {1}', title, error instanceof Error ? error.message : String(error)));
      }
      return undefined;
    }
  }

  /**
   * A source seen for the first time: reads it, names its document (the title it had before, else
   * the essay's own title line, else the given title, else the file's name) and starts analysing it.
   */
  private async readNew(source: vscode.Uri, title: string | undefined): Promise<vscode.Uri | undefined> {
    const read = await this.readSource(source, false);
    if (!read.ok) {
      if (read.message) void vscode.window.showErrorMessage(read.message);
      return undefined;
    }
    const text = essayText(read.text);
    // The title is the essay's own, found by the engine in the text's first lines (the URI is needed
    // before the analysis ends), whatever route opened it; a caller's title only stands in when the
    // text has none. Once given, it stays: an edit that changes the first line does not rename the tab.
    const key = source.toString();
    const name = this.titles.get(key) ?? findStructure(text.slice(0, titleSearchChars)).title ?? title ?? baseName(source).replace(/\.[^.]+$/, '');
    this.titles.set(key, name);
    const uri = vscode.Uri.from({ scheme: essayScheme, ...encodeEssayLocation({ title: name, source: source.toString() }) });
    const record = this.records.get(uri.toString()) ?? this.recordFor(uri);
    if (!record) return undefined;
    record.confirmedLarge ||= read.large;
    if (record.text === undefined && !record.analyses.current) {
      record.text = text;
      void this.analyseInto(record, text, read.document);
    }
    return record.uri;
  }

  /**
   * Reads a known essay's source again and analyses it when its text changed. A save that leaves
   * the text as it was neither cancels the analysis running for that text nor starts another.
   */
  private refresh(record: EssayRecord, quiet: boolean): Promise<Essay | undefined> {
    const promise = this.reread(record, quiet, ++record.reads);
    record.rereading = promise;
    return promise;
  }

  private async reread(record: EssayRecord, quiet: boolean, read: number): Promise<Essay | undefined> {
    const source = await this.readSource(record.sourceUri, record.confirmedLarge);
    if (read !== record.reads) return record.rereading;
    if (!source.ok) {
      if (quiet && record.essay) {
        if (source.gone && !record.warnedGone) {
          record.warnedGone = true;
          void vscode.window.showWarningMessage(vscode.l10n.t('“{0}” is gone: “{1}” shows its last text.', baseName(record.sourceUri), record.title));
        }
        return record.essay;
      }
      if (source.message) void vscode.window.showErrorMessage(source.message);
      return undefined;
    }
    record.warnedGone = false;
    record.confirmedLarge ||= source.large;
    const text = essayText(source.text);
    if (record.analyses.currentKey === text) return this.firstEssay(record);
    if (record.raw?.text === text) {
      // The text went back to the one analysed last: the analysis of the text in between is dropped.
      record.analyses.cancel();
      return record.essay;
    }
    return this.analyseInto(record, text, source.document);
  }

  /**
   * Analyses `text` as the essay's new text (the first, or after its source changed). It is the
   * essay's one running analysis: it cancels the one before it.
   */
  private analyseInto(record: EssayRecord, text: string, document: EssayDocument | undefined): Promise<Essay | undefined> {
    return record.analyses.run(text, () => {
      const cts = new vscode.CancellationTokenSource();
      return { promise: this.analyseText(record, text, document, cts.token).finally(() => cts.dispose()), cancel: () => cts.cancel() };
    });
  }

  private async analyseText(record: EssayRecord, text: string, document: EssayDocument | undefined, token: vscode.CancellationToken): Promise<Essay | undefined> {
    const raw = await this.analyse(text, record.title, token);
    return raw && !token.isCancellationRequested ? this.publish(record, raw, document) : record.essay;
  }

  /** Makes a new analysis the essay's current one, once the document (if open) shows its text. */
  private async publish(record: EssayRecord, raw: Analysis, document: EssayDocument | undefined): Promise<Essay> {
    record.raw = raw;
    record.document = document;
    if (record.text !== raw.text) {
      record.text = raw.text;
      if (this.isOpen(record.key)) await this.documentShows(record, raw.text);
    }
    return this.republish(record);
  }

  private republish(record: EssayRecord): Essay {
    const raw = record.raw as Analysis;
    const analysis = this.choices.apply(raw, record.sourceUri);
    const essay: Essay = {
      uri: record.uri,
      sourceUri: record.sourceUri,
      title: record.title,
      analysis,
      index: indexAnalysis(analysis),
      ...(record.document ? { document: record.document } : {}),
      version: ++record.version,
    };
    record.essay = essay;
    this.changed.fire(essay);
    if (this.activeKey === record.key) this.activeChanged.fire(essay);
    return essay;
  }

  /** Asks VS Code to fetch the document's content again and waits (briefly) until it has. */
  private documentShows(record: EssayRecord, text: string): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        listener.dispose();
        resolve();
      };
      const timer = setTimeout(done, documentCatchUpMs);
      const listener = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === record.key && e.document.getText().length === text.length) done();
      });
      this.contentChanged.fire(record.uri);
    });
  }

  // ---- Records ---------------------------------------------------------------------------------

  private recordFor(uri: vscode.Uri): EssayRecord | undefined {
    const address = decodeEssayLocation({ path: uri.path, query: uri.query });
    if (!address) return undefined;
    let sourceUri: vscode.Uri;
    try {
      sourceUri = vscode.Uri.parse(address.source, true);
    } catch {
      return undefined;
    }
    const bundled = sourceUri.toString().startsWith(this.context.extensionUri.toString() + '/');
    const record: EssayRecord = {
      uri,
      key: uri.toString(),
      sourceUri,
      title: address.title,
      follows: !bundled,
      version: 0,
      confirmedLarge: false,
      warnedGone: false,
      reads: 0,
      analyses: new OneRun(),
    };
    if (record.follows && sourceUri.scheme === 'file') {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(sourceUri, '..'), baseName(sourceUri)));
      const onChange = (): void => this.schedule(record);
      record.watcher = vscode.Disposable.from(watcher, watcher.onDidChange(onChange), watcher.onDidCreate(onChange), watcher.onDidDelete(onChange));
    }
    this.records.set(record.key, record);
    if (!this.bySource.has(sourceUri.toString())) this.bySource.set(sourceUri.toString(), record);
    return record;
  }

  private release(record: EssayRecord): void {
    clearTimeout(record.timer);
    record.analyses.cancel();
    record.watcher?.dispose();
  }

  private isOpen(key: string): boolean {
    return vscode.workspace.textDocuments.some((d) => d.uri.toString() === key);
  }

  /** A closed essay is forgotten after a while (a language change closes and reopens it at once). */
  private forgetLater(uri: vscode.Uri): void {
    if (uri.scheme !== essayScheme) return;
    const key = uri.toString();
    setTimeout(() => {
      const record = this.records.get(key);
      if (!record || this.isOpen(key)) return;
      this.release(record);
      this.records.delete(key);
      if (this.bySource.get(record.sourceUri.toString()) === record) this.bySource.delete(record.sourceUri.toString());
    }, forgetClosedAfterMs).unref?.();
  }

  // ---- Following sources, editors and choices --------------------------------------------------

  private sourceChanged(uri: vscode.Uri): void {
    if (uri.scheme === essayScheme) return;
    const record = this.bySource.get(uri.toString());
    if (record?.follows) this.schedule(record);
  }

  /**
   * The editor never lets a reader type into an essay, but a workspace edit can still change the
   * document. Every offset of the analysis would then point at the wrong place, so the document is
   * given its text back.
   */
  private essayEdited(document: vscode.TextDocument): void {
    const record = this.records.get(document.uri.toString());
    const expected = record?.text;
    if (record && expected !== undefined && document.getText() !== expected) {
      setTimeout(() => this.contentChanged.fire(record.uri), 0);
    }
  }

  private schedule(record: EssayRecord): void {
    clearTimeout(record.timer);
    record.timer = setTimeout(() => void this.refresh(record, true), followDelayMs);
  }

  private choicesChanged(sourceUri: vscode.Uri): void {
    const record = this.bySource.get(sourceUri.toString());
    if (record?.raw) this.republish(record);
  }

  private setLanguage(document: vscode.TextDocument): void {
    if (document.uri.scheme === essayScheme && document.languageId !== essayLanguageId) {
      void Promise.resolve(vscode.languages.setTextDocumentLanguage(document, essayLanguageId)).catch(() => undefined);
    }
  }

  private updateActive(editor: vscode.TextEditor | undefined): void {
    const uri = editor?.document.uri.scheme === essayScheme ? editor.document.uri : undefined;
    void vscode.commands.executeCommand('setContext', 'citeread.essayActive', uri !== undefined);
    const key = uri?.toString();
    if (key === this.activeKey) return;
    this.activeKey = key;
    this.activeChanged.fire(this.activeEssay);
    // An essay restored with the window has no analysis yet: it is announced when it has one.
    if (uri && !this.get(uri)) void this.load(uri);
  }
}
