// The library of the workspace: every essay of its folders indexed in the background (src/platform: worker threads
// on the desktop, small slices on the web), kept current by a file system watcher, cached by content in the
// extension's own storage, and matched against the reader's bibliography files. Files are read through
// vscode.workspace.fs only, so that it works in virtual workspaces and on the web; nothing is ever written in the
// reader's folders.
import * as vscode from 'vscode';
import { buildLibrary, matchReasons, workReasons } from '../core/library/build';
import { LibraryCache } from '../core/library/cache';
import { SUMMARY_VERSION, type Bibliography, type EssaySummary, type Library, type Work } from '../core/library/model';
import { LibraryLookup, type LibraryWorkView } from '../core/libraryTree';
import type { CslItem } from '../core/model';
import type { IndexFailure, IndexFile } from '../library';
import { withoutByline } from '../essay/essayUri';
import { platform } from '../platform';
import { onDidChangeSettings, readLibrarySettings } from '../settings';
import { loadFormatter } from '../sources/formatter';
import { excludedBy } from './excludes';

/** Where the library stands, as the view's welcome content and commands see it. */
export type LibraryState = 'noFolder' | 'indexing' | 'empty' | 'noWorks' | 'ready';

/** Progress of an indexing run: files done of files found. */
export interface LibraryProgress {
  readonly done: number;
  readonly total: number;
}

/** An entry of the reader's bibliography matching a reference. */
export interface OwnEntry {
  readonly file: string;
  readonly key: string;
  readonly csl: CslItem;
}

const cacheName = 'library-cache.json';
/** Changes of files are gathered this long before they are read. */
const followDelayMs = 400;
/** The first indexing waits this long after activation, so that opening an essay comes first. */
const startDelayMs = 1_500;
/** More files than this are not read into one library (a folder of everything is not a reading list). */
const maxFiles = 20_000;

function fileName(file: string): string {
  try {
    const path = vscode.Uri.parse(file, true).path;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  } catch {
    return file;
  }
}

function brace(patterns: readonly string[]): string {
  return patterns.length === 1 ? patterns[0] : `{${patterns.join(',')}}`;
}

function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[a-z]:[\\/]/i.test(path) || path.startsWith('\\\\');
}

export class WorkspaceLibrary implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the library, its state or its progress changes. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly output: vscode.LogOutputChannel;
  private watchers: vscode.Disposable[] = [];
  private bibliographyWatchers: vscode.Disposable[] = [];
  private summaries = new Map<string, EssaySummary>();
  private failuresByFile = new Map<string, string>();
  private bibliographies: Bibliography[] = [];
  private cache: LibraryCache | undefined;
  private current: Library = { essays: [], works: [] };
  private views: LibraryWorkView[] = [];
  private lookupIndex = new LibraryLookup([]);
  private run: vscode.CancellationTokenSource | undefined;
  private running: Promise<void> | undefined;
  private indexedOnce = false;
  private progressNow: LibraryProgress | undefined;
  private pending = new Map<string, vscode.Uri | undefined>();
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;
  private startTimer: ReturnType<typeof setTimeout> | undefined;
  private bibliographyTimer: ReturnType<typeof setTimeout> | undefined;
  private shownProblems = new Set<string>();
  private disposed = false;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel('Citeread Library', { log: true });
    this.disposables.push(
      this.output,
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.restart()),
      onDidChangeSettings(() => this.settingsChanged()),
    );
    this.lastSettings = this.settingsKey();
    this.startTimer = setTimeout(() => this.restart(), startDelayMs);
    this.updateContext();
  }

  private lastSettings: string;

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.startTimer);
    clearTimeout(this.pendingTimer);
    clearTimeout(this.bibliographyTimer);
    this.run?.cancel();
    this.run?.dispose();
    for (const d of [...this.watchers, ...this.bibliographyWatchers, ...this.disposables]) d.dispose();
  }

  /** Where the library stands. */
  get state(): LibraryState {
    if (!vscode.workspace.workspaceFolders?.length) return 'noFolder';
    if (!this.indexedOnce && this.summaries.size === 0) return 'indexing';
    if (this.summaries.size === 0) return this.run ? 'indexing' : 'empty';
    return this.current.works.length === 0 ? (this.run ? 'indexing' : 'noWorks') : 'ready';
  }

  /** The progress of the indexing under way, if any. */
  get progress(): LibraryProgress | undefined {
    return this.progressNow;
  }

  get library(): Library {
    return this.current;
  }

  /** The works as the view shows them. */
  get works(): readonly LibraryWorkView[] {
    return this.views;
  }

  get lookup(): LibraryLookup {
    return this.lookupIndex;
  }

  /** True when the reader named bibliography files that could be read. */
  get hasBibliography(): boolean {
    return this.bibliographies.some((b) => b.entries.length > 0);
  }

  /** Files that are not part of the library, with the reason. */
  get failures(): readonly IndexFailure[] {
    return [...this.failuresByFile].map(([file, reason]) => ({ file, reason }));
  }

  /** The title of an essay of the library: its own, else its file's name. */
  titleOf(file: string): string {
    const title = this.summaries.get(file)?.title;
    return title ? withoutByline(title) : fileName(file);
  }

  /** The entry of the reader's bibliography that the work is, with its exact fields. */
  ownEntry(work: { readonly bibliography?: { readonly file: string; readonly key: string } } | undefined): OwnEntry | undefined {
    const match = work?.bibliography;
    if (!match) return undefined;
    const entry = this.bibliographies.find((b) => b.file === match.file)?.entries.find((e) => e.key === match.key);
    return entry ? { file: match.file, key: entry.key, csl: entry.csl } : undefined;
  }

  /** The bibliography entry matching reference `referenceId` of the essay read from `source`, if any. */
  ownEntryOf(source: vscode.Uri, referenceId: string): OwnEntry | undefined {
    return this.ownEntry(this.lookupIndex.workOf(source.toString(), referenceId));
  }

  /** The library's work of a work id. */
  work(id: string): Work | undefined {
    return this.current.works.find((w) => w.id === id);
  }

  /**
   * Reads every essay of the workspace folders again (from the cache when unchanged) and the bibliographies.
   * `notify`: show the progress as a cancellable notification rather than in the status bar.
   */
  async reindex(notify = false): Promise<void> {
    clearTimeout(this.startTimer);
    await this.indexAll(notify);
  }

  // ---- Indexing --------------------------------------------------------------------------------

  private settingsKey(): string {
    const folders = vscode.workspace.workspaceFolders ?? [];
    return JSON.stringify(folders.map((f) => readLibrarySettings(f.uri)).concat(readLibrarySettings()));
  }

  private settingsChanged(): void {
    const key = this.settingsKey();
    if (key === this.lastSettings) return;
    this.lastSettings = key;
    this.restart();
  }

  private restart(): void {
    clearTimeout(this.startTimer);
    if (this.disposed) return;
    void this.indexAll(false);
  }

  private async loadCache(): Promise<LibraryCache> {
    if (this.cache) return this.cache;
    const stamp = `${String((this.context.extension?.packageJSON as { version?: string } | undefined)?.version ?? '')}/${SUMMARY_VERSION}`;
    try {
      const bytes = await vscode.workspace.fs.readFile(this.cacheUri());
      this.cache = LibraryCache.fromJSON(new TextDecoder().decode(bytes), stamp);
    } catch {
      this.cache = new LibraryCache(stamp);
    }
    return this.cache;
  }

  /**
   * Before the first reading of a window, the library of the cache: a folder read before shows its works at once,
   * and the reading that follows corrects what changed since (files added, changed or deleted).
   */
  private async showCached(): Promise<void> {
    if (this.indexedOnce || this.summaries.size > 0) return;
    const cache = await this.loadCache();
    const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString() + '/');
    for (const summary of cache.values()) if (folders.some((f) => summary.file.startsWith(f))) this.summaries.set(summary.file, summary);
    if (this.summaries.size === 0) return;
    this.rebuild();
    this.changed.fire();
  }

  private cacheUri(): vscode.Uri {
    return vscode.Uri.joinPath(this.context.storageUri ?? this.context.globalStorageUri, cacheName);
  }

  private async saveCache(): Promise<void> {
    const cache = this.cache;
    if (!cache) return;
    cache.retainOnly([...this.summaries.values()].map((s) => s.hash));
    const uri = this.cacheUri();
    try {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(cache.toText()));
    } catch (error) {
      this.output.warn(`The library's cache could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The essays of every workspace folder, by the include and exclude settings (and files.exclude). */
  private async findEssays(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const found = new Map<string, vscode.Uri>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const settings = readLibrarySettings(folder.uri);
      if (settings.include.length === 0) continue;
      const filesExclude = vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, boolean>>('exclude') ?? {};
      const exclude = [...settings.exclude, ...Object.keys(filesExclude).filter((k) => filesExclude[k] === true)];
      const uris = await vscode.workspace.findFiles(
        new vscode.RelativePattern(folder, brace(settings.include)),
        exclude.length > 0 ? new vscode.RelativePattern(folder, brace(exclude)) : null,
        maxFiles,
        token,
      );
      for (const uri of uris) found.set(uri.toString(), uri);
    }
    return [...found.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
  }

  private indexFile(uri: vscode.Uri): IndexFile {
    return { file: uri.toString(), read: async () => vscode.workspace.fs.readFile(uri) };
  }

  private async indexAll(notify: boolean): Promise<void> {
    this.run?.cancel();
    this.run?.dispose();
    const run = new vscode.CancellationTokenSource();
    this.run = run;
    this.watch();
    const previous = this.running;
    const work = (async () => {
      await previous?.catch(() => undefined);
      if (run.token.isCancellationRequested) return;
      this.updateContext();
      this.changed.fire();
      if (!vscode.workspace.workspaceFolders?.length) {
        this.summaries.clear();
        this.failuresByFile.clear();
        this.rebuild();
        return;
      }
      await this.loadBibliographies();
      await this.showCached();
      const uris = await this.findEssays(run.token);
      if (run.token.isCancellationRequested) return;
      const files = uris.map((uri) => this.indexFile(uri));
      const result = await this.withProgress(notify, files.length, run.token, (onProgress) =>
        platform.indexEssays(files, { cache: this.cache, onProgress, isCancelled: () => run.token.isCancellationRequested || this.disposed }),
      );
      if (this.disposed) return;
      // A cancelled run keeps what it read: the rest of the library stays as it was.
      if (!result.cancelled) this.summaries.clear();
      for (const s of result.summaries) this.summaries.set(s.file, s);
      if (!result.cancelled) this.failuresByFile.clear();
      for (const f of result.failures) {
        this.failuresByFile.set(f.file, f.reason);
        this.summaries.delete(f.file);
      }
      this.logFailures(result.failures);
      this.output.info(`Indexed ${result.summaries.length} essays (${result.fromCache} from the cache), ${result.failures.length} skipped${result.cancelled ? '; cancelled' : ''}.`);
      this.indexedOnce = true;
      this.rebuild();
      await this.saveCache();
    })();
    this.running = work;
    try {
      await work;
    } catch (error) {
      this.output.error(`Indexing the library failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    } finally {
      if (this.run === run) {
        // Even a run that failed leaves the view out of its "reading" state.
        this.indexedOnce = true;
        this.run = undefined;
        this.progressNow = undefined;
        run.dispose();
        this.updateContext();
        this.changed.fire();
      }
    }
  }

  private async withProgress<T>(notify: boolean, total: number, token: vscode.CancellationToken, task: (onProgress: (done: number, total: number) => void) => Promise<T>): Promise<T> {
    await this.loadCache();
    if (total === 0) return task(() => undefined);
    this.progressNow = { done: 0, total };
    this.changed.fire();
    const location = notify ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    return vscode.window.withProgress({ location, title: vscode.l10n.t('Citeread Library'), cancellable: true }, async (progress, cancel) => {
      const listener = cancel.onCancellationRequested(() => this.run?.cancel());
      let reported = 0;
      try {
        return await task((done, of) => {
          if (token.isCancellationRequested) return;
          this.progressNow = { done, total: of };
          progress.report({ message: vscode.l10n.t('reading essays {0} of {1}', done, of), increment: ((done - reported) / Math.max(1, of)) * 100 });
          reported = done;
          // The view follows every tenth essay and the last one.
          if (done % 10 === 0 || done === of) this.changed.fire();
        });
      } finally {
        listener.dispose();
      }
    });
  }

  /** Reads the files that changed (or forgets the deleted ones), then builds the library again. */
  private async follow(): Promise<void> {
    const batch = [...this.pending];
    this.pending.clear();
    if (batch.length === 0) return;
    await this.running?.catch(() => undefined);
    await this.loadCache();
    const reread: IndexFile[] = [];
    for (const [file, uri] of batch) {
      if (uri) reread.push(this.indexFile(uri));
      else {
        this.summaries.delete(file);
        this.failuresByFile.delete(file);
      }
    }
    if (reread.length > 0) {
      const result = await platform.indexEssays(reread, { cache: this.cache, isCancelled: () => this.disposed });
      for (const s of result.summaries) {
        this.summaries.set(s.file, s);
        this.failuresByFile.delete(s.file);
      }
      for (const f of result.failures) {
        this.summaries.delete(f.file);
        this.failuresByFile.set(f.file, f.reason);
      }
      this.logFailures(result.failures);
    }
    if (this.disposed) return;
    this.indexedOnce = true;
    this.rebuild();
    this.updateContext();
    this.changed.fire();
    await this.saveCache();
  }

  private schedule(uri: vscode.Uri, deleted: boolean): void {
    this.pending.set(uri.toString(), deleted ? undefined : uri);
    clearTimeout(this.pendingTimer);
    this.pendingTimer = setTimeout(() => void this.follow().catch((error: unknown) => this.output.error(String(error))), followDelayMs);
  }

  private watch(): void {
    for (const d of this.watchers.splice(0)) d.dispose();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const settings = readLibrarySettings(folder.uri);
      if (settings.include.length === 0) continue;
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, brace(settings.include)));
      const excluded = (uri: vscode.Uri): boolean => {
        const relative = uri.path.slice(folder.uri.path.length);
        return settings.exclude.some((pattern) => excludedBy(pattern, relative));
      };
      this.watchers.push(
        watcher,
        watcher.onDidCreate((uri) => excluded(uri) || this.schedule(uri, false)),
        watcher.onDidChange((uri) => excluded(uri) || this.schedule(uri, false)),
        watcher.onDidDelete((uri) => this.schedule(uri, true)),
      );
    }
  }

  private logFailures(failures: readonly IndexFailure[]): void {
    for (const f of failures) this.output.warn(`Skipped ${f.file}: ${f.reason}`);
  }

  // ---- Bibliographies --------------------------------------------------------------------------

  /** The bibliography files named in the settings, resolved against each workspace folder. */
  private async bibliographyUris(): Promise<{ written: string; uri: vscode.Uri | undefined }[]> {
    const written = new Set<string>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) for (const b of readLibrarySettings(folder.uri).bibliographies) written.add(b);
    for (const b of readLibrarySettings().bibliographies) written.add(b);
    const out: { written: string; uri: vscode.Uri | undefined }[] = [];
    for (const path of written) {
      const candidates = isAbsolutePath(path) ? [vscode.Uri.file(path)] : (vscode.workspace.workspaceFolders ?? []).map((f) => vscode.Uri.joinPath(f.uri, path));
      let found: vscode.Uri | undefined;
      for (const uri of candidates) {
        try {
          await vscode.workspace.fs.stat(uri);
          found = uri;
          break;
        } catch {
          // Not in this folder.
        }
      }
      out.push({ written: path, uri: found });
    }
    return out;
  }

  private async loadBibliographies(): Promise<void> {
    const files = await this.bibliographyUris();
    for (const d of this.bibliographyWatchers.splice(0)) d.dispose();
    const read: Bibliography[] = [];
    for (const { written, uri } of files) {
      if (!uri) {
        this.problemOnce(written, vscode.l10n.t('Citeread: the bibliography file “{0}” (citeread.bibliographies) was not found in the workspace folders.', written));
        continue;
      }
      this.watchBibliography(uri);
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch (error) {
        this.problemOnce(written, vscode.l10n.t('Citeread: the bibliography file “{0}” could not be read ({1}).', written, error instanceof Error ? error.message : String(error)));
        continue;
      }
      let bibliography: Bibliography;
      try {
        bibliography = (await loadFormatter()).readBibliography(uri.toString(), text);
      } catch (error) {
        this.problemOnce(written, vscode.l10n.t('Citeread: the bibliography file “{0}” could not be read ({1}).', written, error instanceof Error ? error.message : String(error)));
        continue;
      }
      if (bibliography.problems.length > 0) {
        const usable = bibliography.entries.length > 0 ? ` ${vscode.l10n.t('The {0} entries that could be read are used.', bibliography.entries.length)}` : '';
        this.problemOnce(`${written}\n${bibliography.problems.join('\n')}`, `${vscode.l10n.t('Citeread: “{0}”: {1}.', written, bibliography.problems.join('; '))}${usable}`);
      }
      this.output.info(`Read ${bibliography.entries.length} entries from ${written}.`);
      read.push(bibliography);
    }
    this.bibliographies = read;
  }

  /** One message per problem: the same problem of an unchanged file is not shown again. */
  private problemOnce(key: string, message: string): void {
    this.output.warn(message);
    if (this.shownProblems.has(key)) return;
    this.shownProblems.add(key);
    void vscode.window.showWarningMessage(message);
  }

  private watchBibliography(uri: vscode.Uri): void {
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), name));
    const reload = (): void => {
      clearTimeout(this.bibliographyTimer);
      this.bibliographyTimer = setTimeout(() => {
        void this.loadBibliographies().then(() => {
          this.rebuild();
          this.changed.fire();
        });
      }, followDelayMs);
    };
    this.bibliographyWatchers.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
  }

  // ---- The library ------------------------------------------------------------------------------

  private rebuild(): void {
    // The cache keeps the works last merged: a folder reopened unchanged is not merged again.
    this.current = buildLibrary([...this.summaries.values()], this.bibliographies, { cache: this.cache });
    this.views = this.current.works.map((work) => this.viewOf(work));
    this.lookupIndex = new LibraryLookup(this.views);
  }

  private viewOf(work: Work): LibraryWorkView {
    const first = work.members[0];
    const firstReference = first ? this.summaries.get(first.file)?.references.find((r) => r.id === first.referenceId) : undefined;
    const essays = work.essays.map((e) => {
      const ids = new Set(work.members.filter((m) => m.file === e.file).map((m) => m.referenceId));
      const references = this.summaries.get(e.file)?.references.filter((r) => ids.has(r.id)) ?? [];
      const places = references
        .flatMap((r) => r.citations)
        .sort((a, b) => a.start - b.start);
      return { file: e.file, title: this.titleOf(e.file), citations: e.citations, places };
    });
    return {
      id: work.id,
      csl: work.csl,
      text: firstReference?.text ?? work.label,
      members: work.members,
      essays,
      // Said in this session's language, whichever language the cache was written in.
      reasons: workReasons(work),
      ...(work.bibliography ? { bibliography: { file: work.bibliography.file, key: work.bibliography.key, reasons: matchReasons(work.bibliography) } } : {}),
    };
  }

  private updateContext(): void {
    void vscode.commands.executeCommand('setContext', 'citeread.libraryState', this.state);
  }
}
