// The Sources view: a thin TreeDataProvider over the pure model in src/core/sourcesModel. It follows
// the active essay, rebuilds its model only when the essay, the sort or the filter changes, and keeps
// the sort in the workspace state.
import * as vscode from 'vscode';
import { Commands, sourcesViewId } from '../commands';
import type { GroupNode, ReferenceNode, SourcesNode, SourcesSort, SourcesTree } from '../core/sourcesModel';
import { buildSourcesTree, childrenOf, isSourcesSort, sourcesSorts } from '../core/sourcesModel';
import { describeUncertain } from '../core/format/uncertain';
import { referenceFields, referenceFieldsLine } from '../core/referenceFields';
import { essayPageAt } from '../essay/essayPages';
import type { Essay, EssayService } from '../essay/essayService';
import type { WorkspaceLibrary } from '../workspaceLibrary/libraryService';
import { say } from '../core/messages';

const sortKey = 'citeread.sources.sort';
const filteredContextKey = 'citeread.sourcesFiltered';
/** True while the view shows an analysed essay: its welcome content and title buttons depend on it. */
const hasEssayContextKey = 'citeread.sourcesHasEssay';

/**
 * One element of the tree. Menu commands receive it as their argument, so it carries the essay and
 * the reference index that commands of other parts (go to reference) read too.
 */
export interface SourcesElement {
  readonly node: SourcesNode;
  /** The `citeread:` URI of the essay, as a string. */
  readonly essayUri: string;
  /** The 0-based index of the reference, for reference elements and for citations of one reference. */
  readonly referenceIndex?: number;
  readonly parent?: SourcesElement;
}

/** True when `value` is an element of the Sources tree (a menu command's argument). */
export function isSourcesElement(value: unknown): value is SourcesElement {
  return typeof value === 'object' && value !== null && 'node' in value && 'essayUri' in value;
}

/** The icon Problems shows for a severity, in its colour: the tree and Problems never disagree. */
function severityIcon(severity: 'error' | 'warning' | 'information' | 'hint'): vscode.ThemeIcon {
  if (severity === 'error') return new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  if (severity === 'warning') return new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  if (severity === 'information') return new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground'));
  return new vscode.ThemeIcon('lightbulb');
}

function iconOf(node: SourcesNode): vscode.ThemeIcon {
  if (node.kind === 'reference') return new vscode.ThemeIcon(node.citedCount > 0 || node.candidateCount > 0 ? 'book' : 'note');
  if (node.kind === 'group') {
    if (node.key === 'uncited') return new vscode.ThemeIcon('circle-slash');
    // The group takes the most serious of its members' severities.
    const warns = node.children.some((c) => c.kind === 'citation' && c.severity === 'warning');
    return severityIcon(warns ? 'warning' : 'information');
  }
  return node.severity ? severityIcon(node.severity) : new vscode.ThemeIcon('quote');
}

function referenceTooltip(node: ReferenceNode): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**').appendText(node.label).appendMarkdown('**\n\n');
  md.appendText(node.reference.text.replace(/\s+/g, ' ').trim());
  const fields = referenceFieldsLine(referenceFields(node.reference));
  if (fields !== '') md.appendMarkdown(`\n\n*${vscode.l10n.t('Read as:')}* `).appendText(fields);
  md.appendMarkdown('\n\n');
  md.appendText(node.citedCount === 0 ? vscode.l10n.t('Not cited in the essay.') : node.citedCount === 1 ? vscode.l10n.t('Cited 1 time in the essay.') : vscode.l10n.t('Cited {0} times in the essay.', node.citedCount));
  if (node.candidateCount > 0) {
    md.appendMarkdown('\n\n').appendText(
      node.candidateCount === 1
        ? vscode.l10n.t('A candidate of 1 ambiguous citation (under “{0}”).', say('Ambiguous citations'))
        : vscode.l10n.t('A candidate of {0} ambiguous citations (under “{1}”).', node.candidateCount, say('Ambiguous citations')),
    );
  }
  if (node.reference.uncertain.length > 0) {
    md.appendMarkdown('\n\n$(warning) ').appendText(vscode.l10n.t('Citeread is not sure it read the {0} right: check the entry before citing it.', describeUncertain(node.reference.uncertain)));
  }
  md.supportThemeIcons = true;
  return md;
}

/** What the library says of a reference: in how many other essays it is cited, and its key in the reader's bibliography. */
export interface LibraryNote {
  readonly elsewhere: number;
  readonly bibliographyKey?: string;
}

/** "also in 2 essays · in your bibliography: paul2005soft", "" when the library says nothing. */
function noteWords(note: LibraryNote | undefined): string {
  if (!note) return '';
  const elsewhere = note.elsewhere === 0 ? '' : note.elsewhere === 1 ? vscode.l10n.t('also in 1 essay') : vscode.l10n.t('also in {0} essays', note.elsewhere);
  const parts = [elsewhere, note.bibliographyKey ? vscode.l10n.t('in your bibliography: {0}', note.bibliographyKey) : ''];
  return parts.filter((p) => p !== '').join(' · ');
}

/** The row's description with the library's note after the count ("3× · also in 2 essays · Title"). */
function withNote(description: string, note: string): string {
  if (note === '') return description;
  const count = /^\d+×/.exec(description);
  if (!count) return description === '' ? note : `${note} · ${description}`;
  const rest = description.slice(count[0].length).replace(/^ · /, '');
  return [count[0], note, rest].filter((p) => p !== '').join(' · ');
}

/** Maps model nodes to tree items; `pageAt` gives the PDF page of an offset, for an essay read from a PDF. */
function treeItem(element: SourcesElement, pageAt?: (offset: number) => number | undefined, note?: LibraryNote): vscode.TreeItem {
  const { node } = element;
  const id = `${element.essayUri}#${node.key}`;
  if (node.kind === 'group') {
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
    item.id = id;
    item.description = String(node.children.length);
    item.accessibilityInformation = { label: `${node.label}, ${node.children.length}` };
    item.iconPath = iconOf(node);
    item.contextValue = `group.${node.key}`;
    return item;
  }
  if (node.kind === 'reference') {
    const item = new vscode.TreeItem(node.label, node.citations.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = id;
    const words = noteWords(note);
    item.description = withNote(node.description, words);
    item.accessibilityInformation = { label: words ? `${node.spoken}, ${words}` : node.spoken };
    item.tooltip = referenceTooltip(node);
    if (words) item.tooltip.appendMarkdown('\n\n').appendText(vscode.l10n.t('Library: {0}.', words));
    item.iconPath = iconOf(node);
    item.contextValue = node.citedCount > 0 || node.candidateCount > 0 ? 'reference' : 'reference.uncited';
    return item;
  }
  const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
  item.id = id;
  const page = pageAt?.(node.span.start);
  item.description = page === undefined ? node.snippet : vscode.l10n.t('p. {0} · {1}', page, node.snippet);
  item.accessibilityInformation = { label: page === undefined ? node.spoken : vscode.l10n.t('{0}, page {1}', node.spoken, page) };
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(node.snippet);
  for (const reason of node.work.reasons) tooltip.appendMarkdown('\n\n').appendText(reason);
  item.tooltip = tooltip;
  item.iconPath = iconOf(node);
  item.contextValue = node.status === 'unresolved' ? 'unresolvedCitation' : 'citation';
  item.command = { command: Commands.revealCitation, title: vscode.l10n.t('Reveal Citation in Essay'), arguments: [element.essayUri, node.span.start, node.span.end] };
  return item;
}

/** The Sources tree of the active essay. */
export class SourcesView implements vscode.TreeDataProvider<SourcesElement>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SourcesElement | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<SourcesElement>;
  private readonly disposables: vscode.Disposable[] = [];
  private essay: Essay | undefined;
  private sort: SourcesSort;
  private filter = '';
  private built: { essay: Essay; sort: SourcesSort; filter: string; roots: SourcesElement[]; tree: SourcesTree } | undefined;
  private hasEssay: boolean | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly essays: EssayService,
    private readonly library?: WorkspaceLibrary,
  ) {
    const saved = context.workspaceState.get<string>(sortKey);
    this.sort = isSourcesSort(saved) ? saved : 'list';
    this.view = vscode.window.createTreeView(sourcesViewId, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.changed,
      this.view,
      essays.onDidChangeActiveEssay((essay) => this.follow(essay)),
      essays.onDidChangeEssay((essay) => {
        if (this.essay && essay.uri.toString() === this.essay.uri.toString()) this.show(essay);
      }),
      // An essay that is no longer shown in any tab leaves the view.
      vscode.window.tabGroups.onDidChangeTabs(() => {
        if (this.essay && !essays.activeEssay && !this.isOpenInTab(this.essay.uri)) this.show(undefined);
      }),
    );
    if (library) this.disposables.push(library.onDidChange(() => this.changed.fire(undefined)));
    this.essay = essays.activeEssay;
    void vscode.commands.executeCommand('setContext', filteredContextKey, false);
    this.updateChrome();
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  /** The essay the view shows. */
  get currentEssay(): Essay | undefined {
    return this.essay;
  }

  get currentSort(): SourcesSort {
    return this.sort;
  }

  get currentFilter(): string {
    return this.filter;
  }

  /** Shows the essay again from the service's last analysis (or the active essay). */
  refresh(): void {
    const latest = this.essay ? (this.essays.get(this.essay.uri) ?? this.essay) : this.essays.activeEssay;
    this.built = undefined;
    this.show(latest);
  }

  async setSort(sort: SourcesSort): Promise<void> {
    this.sort = sort;
    await this.context.workspaceState.update(sortKey, sort);
    this.changed.fire(undefined);
    this.updateChrome();
  }

  setFilter(filter: string): void {
    this.filter = filter.trim();
    void vscode.commands.executeCommand('setContext', filteredContextKey, this.filter !== '');
    this.changed.fire(undefined);
    this.updateChrome();
  }

  /** The label of a sort order, for messages. */
  static sortLabel(sort: SourcesSort): string {
    return sourcesSorts.find((s) => s.id === sort)?.label ?? sort;
  }

  getTreeItem(element: SourcesElement): vscode.TreeItem {
    return treeItem(element, essayPageAt(this.essay), this.libraryNote(element));
  }

  private libraryNote(element: SourcesElement): LibraryNote | undefined {
    const { node } = element;
    if (!this.library || !this.essay || node.kind !== 'reference') return undefined;
    const file = this.essay.sourceUri.toString();
    const work = this.library.lookup.workOf(file, node.reference.id);
    return work ? { elsewhere: this.library.lookup.elsewhere(file, node.reference.id).length, bibliographyKey: work.bibliography?.key } : undefined;
  }

  getChildren(element?: SourcesElement): SourcesElement[] {
    if (!element) return this.build()?.roots ?? [];
    return childrenOf(element.node).map((node) => this.element(node, element));
  }

  getParent(element: SourcesElement): SourcesElement | undefined {
    return element.parent;
  }

  private element(node: SourcesNode, parent?: SourcesElement): SourcesElement {
    const essayUri = this.essay?.uri.toString() ?? '';
    const referenceIndex =
      node.kind === 'reference' ? node.reference.index : node.kind === 'citation' && parent?.node.kind === 'reference' ? parent.node.reference.index : undefined;
    return { node, essayUri, referenceIndex, parent };
  }

  private build(): { roots: SourcesElement[]; tree: SourcesTree } | undefined {
    const essay = this.essay;
    if (!essay) return undefined;
    const b = this.built;
    if (b && b.essay === essay && b.sort === this.sort && b.filter === this.filter) return b;
    const tree = buildSourcesTree(essay.index, { sort: this.sort, filter: this.filter });
    const roots = tree.roots.map((node: ReferenceNode | GroupNode) => this.element(node));
    this.built = { essay, sort: this.sort, filter: this.filter, roots, tree };
    return this.built;
  }

  private follow(essay: Essay | undefined): void {
    // Focus moving to an editor that is not an essay keeps the last essay while a tab still shows it.
    if (!essay && this.essay && this.isOpenInTab(this.essay.uri)) return;
    this.show(essay);
  }

  private isOpenInTab(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key));
  }

  private show(essay: Essay | undefined): void {
    this.essay = essay;
    this.changed.fire(undefined);
    this.updateChrome();
  }

  private updateChrome(): void {
    const essay = this.essay;
    this.view.description = essay?.title;
    if (this.hasEssay !== (essay !== undefined)) {
      this.hasEssay = essay !== undefined;
      void vscode.commands.executeCommand('setContext', hasEssayContextKey, this.hasEssay);
    }
    if (!essay) {
      this.view.message = undefined;
      return;
    }
    const tree = this.build()?.tree;
    if (!tree) return;
    if (this.filter) {
      this.view.message =
        tree.shownReferences === 0 && tree.roots.length === 0
          ? vscode.l10n.t('No source matches “{0}”.', this.filter)
          : vscode.l10n.t('Filtered by “{0}”: {1} of {2} references.', this.filter, tree.shownReferences, tree.referenceCount);
    } else if (tree.referenceCount === 0) {
      this.view.message = undefined; // The welcome content says that no reference list was found.
    } else {
      this.view.message = this.sort === 'list' ? undefined : vscode.l10n.t('Sorted by {0}.', SourcesView.sortLabel(this.sort).toLowerCase());
    }
  }
}
