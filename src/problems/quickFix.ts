import * as vscode from 'vscode';
import { Commands, essayScheme } from '../commands';
import { toOffset, toRange, toUri } from '../convert';
import { choiceKey, chosenReason, referenceKey } from '../core/choices';
import type { Citation, CitedWork, Reference } from '../core/model';
import { distinctReferenceLabels, referenceHeadline, workLabel } from '../core/labels';
import type { ReaderView, ReaderViews } from './readerView';

/** The works of `citation` the range touches; all of them when it touches only shared text (a narrative author). */
function worksTouched(citation: Citation, start: number, end: number): number[] {
  const indexes = citation.works.map((_, i) => i);
  const touched = indexes.filter((i) => citation.works[i].start <= end && start <= citation.works[i].end);
  return touched.length > 0 ? touched : indexes;
}

/** Citations overlapping [start, end], in text order. */
function citationsIn(view: ReaderView, start: number, end: number): Citation[] {
  const found: Citation[] = [];
  for (let c = view.index.citationAt(start) ?? view.index.nextCitation(start); c && c.start <= end; c = view.index.nextCitation(c.start)) {
    found.push(c);
  }
  return found;
}

/** Offers, on an ambiguous cited work, one "Link to …" fix per candidate reference. */
export class ChooseReferenceFixes implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly views: ReaderViews) {}

  provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): vscode.CodeAction[] {
    const view = this.views.forDocument(document);
    if (!view || token.isCancellationRequested) return [];
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    const start = toOffset(document, range.start);
    const end = toOffset(document, range.end);
    const actions: vscode.CodeAction[] = [];
    for (const citation of citationsIn(view, start, end)) {
      for (const workIndex of worksTouched(citation, start, end)) {
        const work = citation.works[workIndex];
        if (work.status !== 'ambiguous') continue;
        const workRange = toRange(document, work);
        const diagnostics = context.diagnostics.filter((d) => d.code === 'ambiguous' && d.range.intersection(workRange) !== undefined);
        const candidates = view.index.referencesOf(work);
        const labels = distinctReferenceLabels(candidates);
        candidates.forEach((reference, i) => {
          const action = new vscode.CodeAction(vscode.l10n.t('Link to {0}', labels[i]), vscode.CodeActionKind.QuickFix);
          action.diagnostics = diagnostics;
          action.command = {
            command: Commands.chooseReference,
            title: action.title,
            arguments: [view.essay.uri.toString(), citation.start, workIndex, reference.id],
          };
          actions.push(action);
        });
      }
    }
    return actions;
  }
}

interface ReferenceItem extends vscode.QuickPickItem {
  readonly referenceId?: string;
  readonly forget?: boolean;
}

/**
 * `citeread.chooseReference(essayUri?, citationStart?, workIndex?, referenceId?)`: remembers which
 * reference a cited work means. Without arguments it takes the citation under the cursor; without a
 * reference id it asks with a quick pick (the candidates first, then every other entry).
 */
export class ChooseReferenceCommand {
  constructor(private readonly views: ReaderViews) {}

  async run(essayUri?: unknown, citationStart?: unknown, workIndex?: unknown, referenceId?: unknown): Promise<boolean> {
    const place = await this.findPlace(essayUri, citationStart, workIndex);
    if (!place) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a citation in an essay to choose the reference it means.'));
      return false;
    }
    const { view, citation, index } = place;
    const work = citation.works[index];
    const key = choiceKey(view.analysis, citation.start, index);
    if (key === undefined) return false;
    let chosenId = typeof referenceId === 'string' ? referenceId : undefined;
    if (chosenId === undefined) {
      const item = await this.pick(view, work);
      if (!item) return false;
      if (item.forget) {
        await this.views.choices.set(view.essay.sourceUri, key, undefined);
        return true;
      }
      chosenId = item.referenceId;
    }
    const reference = chosenId === undefined ? undefined : view.index.referenceById(chosenId);
    if (!reference) {
      void vscode.window.showWarningMessage(vscode.l10n.t('That reference is no longer in the essay’s list.'));
      return false;
    }
    await this.views.choices.set(view.essay.sourceUri, key, { referenceId: reference.id, referenceKey: referenceKey(reference) });
    return true;
  }

  private async findPlace(essayUri: unknown, citationStart: unknown, workIndex: unknown) {
    if (essayUri !== undefined && typeof citationStart === 'number') {
      const uri = toUri(essayUri);
      const essay = uri && (await this.views.essays.load(uri));
      if (!essay) return undefined;
      const view = this.views.of(essay);
      const citation = view.index.citationAt(citationStart);
      const index = typeof workIndex === 'number' ? workIndex : 0;
      return citation && citation.start === citationStart && citation.works[index] ? { view, citation, index } : undefined;
    }
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.uri.scheme !== essayScheme) return undefined;
    const essay = await this.views.essays.load(editor.document.uri);
    if (!essay) return undefined;
    const view = this.views.of(essay);
    const offset = toOffset(editor.document, editor.selection.active);
    const place = view.index.workAt(offset);
    return place ? { view, citation: place.citation, index: place.citation.works.indexOf(place.work) } : undefined;
  }

  private async pick(view: ReaderView, work: CitedWork): Promise<ReferenceItem | undefined> {
    const references = view.analysis.references;
    const candidates = work.status === 'ambiguous' ? new Set(work.targets) : new Set<string>();
    const current = work.status === 'linked' ? work.targets[0] : undefined;
    const labels = distinctReferenceLabels(references);
    const item = (r: Reference, i: number): ReferenceItem => ({
      label: labels[i],
      description: r.id === current ? (work.reasons.includes(chosenReason()) ? vscode.l10n.t('your choice') : vscode.l10n.t('linked now')) : undefined,
      detail: r.text.replace(/\s+/g, ' '),
      referenceId: r.id,
    });
    const items: ReferenceItem[] = [];
    if (work.reasons.includes(chosenReason())) items.push({ label: `$(discard) ${vscode.l10n.t('Forget my choice')}`, forget: true });
    const first = references.map(item).filter((_, i) => candidates.has(references[i].id));
    const rest = references.map(item).filter((_, i) => !candidates.has(references[i].id));
    if (first.length > 0) items.push({ label: vscode.l10n.t('Candidates'), kind: vscode.QuickPickItemKind.Separator }, ...first);
    if (rest.length > 0) items.push({ label: first.length > 0 ? vscode.l10n.t('Other references') : vscode.l10n.t('References'), kind: vscode.QuickPickItemKind.Separator }, ...rest);
    if (references.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This essay has no reference list to choose from.'));
      return undefined;
    }
    return vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Which reference does “{0}” mean?', workLabel(work)),
      placeHolder: current ? vscode.l10n.t('Now linked to {0}', referenceHeadline(view.index.referenceById(current) ?? references[0])) : vscode.l10n.t('Choose a reference'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
  }
}
