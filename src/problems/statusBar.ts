import * as vscode from 'vscode';
import { Commands } from '../commands';
import type { Analysis } from '../core/model';
import { escapeMarkdown } from '../reading/markdown';
import type { ReaderViews } from './readerView';

/** The counts the status bar shows. */
export interface EssayCounts {
  readonly citations: number;
  readonly works: number;
  readonly sources: number;
  readonly linked: number;
  readonly ambiguous: number;
  readonly unresolved: number;
  readonly uncited: number;
}

export function countEssay(analysis: Analysis): EssayCounts {
  const works = analysis.citations.flatMap((c) => c.works);
  return {
    citations: analysis.citations.length,
    works: works.length,
    sources: analysis.references.length,
    linked: works.filter((w) => w.status === 'linked').length,
    ambiguous: works.filter((w) => w.status === 'ambiguous').length,
    unresolved: works.filter((w) => w.status === 'unresolved').length,
    uncited: analysis.uncited.length,
  };
}

/** "17 citations · 10 sources · 0 unresolved", with "· 2 ambiguous" only when there are some. */
export function statusText(c: EssayCounts, separator = ' · '): string {
  const parts = [
    c.citations === 1 ? vscode.l10n.t('1 citation') : vscode.l10n.t('{0} citations', c.citations),
    c.sources === 1 ? vscode.l10n.t('1 source') : vscode.l10n.t('{0} sources', c.sources),
    vscode.l10n.t('{0} unresolved', c.unresolved),
  ];
  if (c.ambiguous > 0) parts.push(vscode.l10n.t('{0} ambiguous', c.ambiguous));
  return parts.join(separator);
}

/** Shows the active essay's counts; clicking it shows the sources. Hidden when no essay is active. */
export class EssayStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('citeread.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly views: ReaderViews) {
    this.item.name = vscode.l10n.t('Citeread Essay');
    this.item.command = Commands.showSources;
    this.disposables.push(
      views.essays.onDidChangeActiveEssay(() => this.refresh()),
      views.essays.onDidChangeEssay(() => this.refresh()),
      views.choices.onDidChange(() => this.refresh()),
    );
    this.refresh();
  }

  private refresh(): void {
    const essay = this.views.essays.activeEssay;
    if (!essay) {
      this.item.hide();
      return;
    }
    const counts = countEssay(this.views.of(essay).analysis);
    this.item.text = `$(book) ${statusText(counts)}`;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**${escapeMarkdown(essay.title)}**\n\n`);
    tooltip.appendMarkdown(
      [
        vscode.l10n.t(
          '{0} of {1}',
          counts.citations === 1 ? vscode.l10n.t('1 in-text citation') : vscode.l10n.t('{0} in-text citations', counts.citations),
          counts.works === 1 ? vscode.l10n.t('1 work') : vscode.l10n.t('{0} works', counts.works),
        ),
        vscode.l10n.t('{0} linked, {1} ambiguous, {2} unresolved', counts.linked, counts.ambiguous, counts.unresolved),
        counts.sources === 1 ? vscode.l10n.t('1 reference in the list, {0} not cited', counts.uncited) : vscode.l10n.t('{0} references in the list, {1} not cited', counts.sources, counts.uncited),
      ]
        .map((line) => `- ${line}`)
        .join('\n'),
    );
    tooltip.appendMarkdown(`\n\n${vscode.l10n.t('Click to show the sources.')}`);
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: vscode.l10n.t('Citeread: {0}. Show sources.', statusText(counts, ', ')), role: 'button' };
    this.item.show();
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

