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

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "17 citations · 10 sources · 0 unresolved", with "· 2 ambiguous" only when there are some. */
export function statusText(c: EssayCounts, separator = ' · '): string {
  const parts = [plural(c.citations, 'citation'), plural(c.sources, 'source'), `${c.unresolved} unresolved`];
  if (c.ambiguous > 0) parts.push(`${c.ambiguous} ambiguous`);
  return parts.join(separator);
}

/** Shows the active essay's counts; clicking it shows the sources. Hidden when no essay is active. */
export class EssayStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('citeread.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly views: ReaderViews) {
    this.item.name = 'Citeread Essay';
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
        `${plural(counts.citations, 'in-text citation')} of ${plural(counts.works, 'work')}`,
        `${counts.linked} linked, ${counts.ambiguous} ambiguous, ${counts.unresolved} unresolved`,
        `${plural(counts.sources, 'reference')} in the list, ${counts.uncited} not cited`,
      ]
        .map((line) => `- ${line}`)
        .join('\n'),
    );
    tooltip.appendMarkdown('\n\nClick to show the sources.');
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: `Citeread: ${statusText(counts, ', ')}. Show sources.`, role: 'button' };
    this.item.show();
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

