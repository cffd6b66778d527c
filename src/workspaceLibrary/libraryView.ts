// The Library view: a thin TreeDataProvider over the pure model in src/core/libraryTree. It rebuilds its
// model only when the library, the sort, the filter or the bibliography scope changes, and keeps the sort in
// the workspace state.
import * as vscode from 'vscode';
import { Commands, libraryViewId } from '../commands';
import {
  bibliographyScopes,
  buildLibraryTree,
  essaysWords,
  isLibrarySort,
  librarySorts,
  libraryChildren,
  type BibliographyScope,
  type LibraryNode,
  type LibrarySort,
  type LibraryTree,
  type LibraryWorkNode,
} from '../core/libraryTree';
import type { WorkspaceLibrary } from './libraryService';
import { citationSentence } from '../core/library/summary';

const sortKey = 'citeread.library.sort';
const filteredContextKey = 'citeread.libraryFiltered';


function workTooltip(node: LibraryWorkNode): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**').appendText(node.label).appendMarkdown('**');
  if (node.title) md.appendMarkdown('\n\n').appendText(node.title);
  md.appendMarkdown('\n\n').appendText(vscode.l10n.t('Cited by {0}; {1} citations in all.', essaysWords(node.essayCount), node.citationCount));
  const own = node.work.bibliography;
  if (own) {
    md.appendMarkdown('\n\n$(bookmark) ').appendText(vscode.l10n.t('In your bibliography: {0}', own.key));
    for (const reason of own.reasons) md.appendMarkdown('\n- ').appendText(reason);
  }
  if (node.work.reasons.length > 0) {
    md.appendMarkdown('\n\n').appendText(vscode.l10n.t('One work in several essays:'));
    for (const reason of node.work.reasons.slice(0, 8)) md.appendMarkdown('\n- ').appendText(reason);
  }
  md.supportThemeIcons = true;
  return md;
}

function treeItem(node: LibraryNode): vscode.TreeItem {
  if (node.kind === 'work') {
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.key;
    item.description = node.description;
    item.accessibilityInformation = { label: node.spoken };
    item.tooltip = workTooltip(node);
    item.iconPath = new vscode.ThemeIcon(node.work.bibliography ? 'bookmark' : 'book');
    item.contextValue = node.work.bibliography ? 'libraryWork.inBibliography' : 'libraryWork';
    return item;
  }
  if (node.kind === 'essay') {
    const item = new vscode.TreeItem(node.label, node.children.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = node.key;
    item.description = node.description;
    item.accessibilityInformation = { label: node.spoken };
    item.tooltip = fileTooltip(node.file);
    item.iconPath = new vscode.ThemeIcon('file-text');
    item.contextValue = 'libraryEssay';
    const first = node.children[0];
    if (first) item.command = { command: Commands.openLibraryCitation, title: vscode.l10n.t('Open Citation in Essay'), arguments: [node.file, first.place.start, first.place.end, first.place.text] };
    return item;
  }
  const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
  item.id = node.key;
  // The "…" of a shortened sentence is added here, for the rows shown, not for every citation of the library.
  const snippet = citationSentence(node.place);
  item.description = snippet;
  item.tooltip = snippet || node.label;
  item.iconPath = new vscode.ThemeIcon('quote');
  item.contextValue = 'libraryCitation';
  item.command = { command: Commands.openLibraryCitation, title: vscode.l10n.t('Open Citation in Essay'), arguments: [node.file, node.place.start, node.place.end, node.place.text] };
  return item;
}

function fileTooltip(file: string): string {
  try {
    const uri = vscode.Uri.parse(file, true);
    return uri.scheme === 'file' ? uri.fsPath : uri.toString();
  } catch {
    return file;
  }
}

export class LibraryView implements vscode.TreeDataProvider<LibraryNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<LibraryNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<LibraryNode>;
  private readonly disposables: vscode.Disposable[] = [];
  private sort: LibrarySort;
  private filter = '';
  private scope: BibliographyScope = 'all';
  private built: { works: unknown; sort: LibrarySort; filter: string; scope: BibliographyScope; hasBibliography: boolean; tree: LibraryTree } | undefined;
  private parents = new WeakMap<LibraryNode, LibraryNode>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly library: WorkspaceLibrary,
  ) {
    const saved = context.workspaceState.get<string>(sortKey);
    this.sort = isLibrarySort(saved) ? saved : 'essays';
    this.view = vscode.window.createTreeView(libraryViewId, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.changed,
      this.view,
      library.onDidChange(() => {
        this.changed.fire(undefined);
        this.updateChrome();
      }),
    );
    void vscode.commands.executeCommand('setContext', filteredContextKey, false);
    this.updateChrome();
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  get currentSort(): LibrarySort {
    return this.sort;
  }

  get currentFilter(): string {
    return this.filter;
  }

  get currentScope(): BibliographyScope {
    return this.scope;
  }

  /** The tree as shown now (sorted and filtered). */
  get tree(): LibraryTree {
    return this.build();
  }

  /** Every work of the library in the view's order, whatever the filter. */
  unfiltered(): LibraryTree {
    return buildLibraryTree(this.library.works, { sort: this.sort, hasBibliography: this.library.hasBibliography });
  }

  async setSort(sort: LibrarySort): Promise<void> {
    this.sort = sort;
    await this.context.workspaceState.update(sortKey, sort);
    this.refresh();
  }

  setFilter(filter: string): void {
    this.filter = filter.trim();
    this.refresh();
  }

  setScope(scope: BibliographyScope): void {
    this.scope = scope;
    this.refresh();
  }

  getTreeItem(node: LibraryNode): vscode.TreeItem {
    return treeItem(node);
  }

  getChildren(node?: LibraryNode): LibraryNode[] {
    const children = [...(node ? libraryChildren(node) : this.build().roots)];
    if (node) for (const child of children) this.parents.set(child, node);
    return children;
  }

  getParent(node: LibraryNode): LibraryNode | undefined {
    return this.parents.get(node);
  }

  private refresh(): void {
    void vscode.commands.executeCommand('setContext', filteredContextKey, this.filter !== '' || this.scope !== 'all');
    this.changed.fire(undefined);
    this.updateChrome();
  }

  private build(): LibraryTree {
    const works = this.library.works;
    const hasBibliography = this.library.hasBibliography;
    const b = this.built;
    if (b && b.works === works && b.sort === this.sort && b.filter === this.filter && b.scope === this.scope && b.hasBibliography === hasBibliography) return b.tree;
    const tree = buildLibraryTree(works, { sort: this.sort, filter: this.filter, scope: this.scope, hasBibliography });
    this.built = { works, sort: this.sort, filter: this.filter, scope: this.scope, hasBibliography, tree };
    return tree;
  }

  private updateChrome(): void {
    const essays = this.library.library.essays.length;
    const progress = this.library.progress;
    this.view.description = essays > 0 ? essaysWords(essays) : undefined;
    const parts: string[] = [];
    if (progress) parts.push(vscode.l10n.t('Reading essays: {0} of {1}…', progress.done, progress.total));
    if (this.library.state === 'ready') {
      const tree = this.build();
      const scope = bibliographyScopes.find((s) => s.id === this.scope)?.label ?? '';
      if (this.filter && this.scope !== 'all') parts.push(vscode.l10n.t('{0} of {1} works: {2}, filtered by “{3}”.', tree.shownWorks, tree.workCount, scope, this.filter));
      else if (this.filter) parts.push(vscode.l10n.t('{0} of {1} works, filtered by “{2}”.', tree.shownWorks, tree.workCount, this.filter));
      else if (this.scope !== 'all') parts.push(vscode.l10n.t('{0} of {1} works: {2}.', tree.shownWorks, tree.workCount, scope));
      else if (this.sort !== 'essays') parts.push(vscode.l10n.t('Sorted by {0}.', librarySorts.find((s) => s.id === this.sort)?.label.toLowerCase() ?? this.sort));
    }
    const skipped = this.library.failures.length;
    if (skipped > 0 && !progress) {
      parts.push(skipped === 1 ? vscode.l10n.t('1 file could not be read (see the Citeread Library output).') : vscode.l10n.t('{0} files could not be read (see the Citeread Library output).', skipped));
    }
    this.view.message = parts.length > 0 ? parts.join(' ') : undefined;
  }
}
