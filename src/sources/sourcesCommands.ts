// Copying references and citations, exporting the bibliography, revealing a citation, and the
// Sources view's sort and filter. Each command takes its subject from its arguments (a tree element,
// or an essay URI and a reference index as hovers and tests pass them), else from the citation at the
// cursor, else from the reader's pick; copy and export commands return the text they produced.
import * as vscode from 'vscode';
import { essayScheme } from '../commands';
import { toOffset, toRange, toUri } from '../convert';
import { isOutputStyle, styleInfo, styleInfos, type OutputStyle } from '../core/format/styles';
import { describeUncertain } from '../core/format/uncertain';
import { distinctReferenceLabels, ellipsize } from '../core/labels';
import type { Locator, Reference } from '../core/model';
import { sourcesSorts } from '../core/sourcesModel';
import type { Essay, EssayService } from '../essay/essayService';
import { CommandInputError, guarded } from '../reading/guarded';
import { readSettings } from '../settings';
import type { ExportDocuments } from './exportDocuments';
import { loadFormatter } from './formatter';
import { askFilter, chooseSort } from './treeControls';
import type { OwnEntry, WorkspaceLibrary } from '../workspaceLibrary/libraryService';
import { isSourcesElement, type SourcesElement, type SourcesView } from './sourcesView';

function asLocator(value: unknown): Locator | undefined {
  if (typeof value === 'string' && value.trim() !== '') return { label: 'page', value: value.trim() };
  if (typeof value === 'object' && value !== null && typeof (value as Locator).value === 'string') {
    const { label, value: v } = value as Locator;
    return { label: typeof label === 'string' && label ? label : 'page', value: v };
  }
  return undefined;
}

/** A reference entry as the essay writes it, on one line (the line breaks of a wrapped entry joined). */
function asWritten(reference: Reference): string {
  return reference.text.replace(/\s*\n\s*/g, ' ').trim();
}

interface Subject {
  readonly essay: Essay;
  readonly reference: Reference;
  readonly locator?: Locator;
}

type StylePick = vscode.QuickPickItem & { readonly style: OutputStyle; readonly own?: OwnEntry };

/** What the style picker previews: a reference, as an entry or as an in-text citation with its locator. */
interface StyleSample {
  readonly reference: Reference | undefined;
  readonly inText?: boolean;
  readonly locator?: Locator;
}

/** Longest preview under a style's name. */
const previewLength = 160;

/** The sample in `style`, on one line and shortened; undefined when it cannot be formatted. */
async function stylePreview(format: Awaited<ReturnType<typeof loadFormatter>>, sample: StyleSample, style: OutputStyle, locale: string): Promise<string | undefined> {
  if (!sample.reference) return undefined;
  try {
    const text = sample.inText ? await format.formatInText(sample.reference.csl, style, sample.locator, locale) : await format.formatEntry(sample.reference.csl, style, locale);
    return ellipsize(text, previewLength) || undefined;
  } catch {
    return undefined;
  }
}
type ReferencePick = vscode.QuickPickItem & { readonly reference: Reference };

export class SourcesCommands {
  private localeNoted = false;

  constructor(
    private readonly essays: EssayService,
    private readonly view: SourcesView,
    private readonly exports: ExportDocuments,
    private readonly library?: WorkspaceLibrary,
  ) {}

  /** `citeread.copyReference`: one reference, formatted; returns the copied text. */
  copyReference(first?: unknown, second?: unknown, third?: unknown, fourth?: unknown): Promise<string | undefined> {
    return guarded(vscode.l10n.t('Copying the reference'), async () => {
      const programmatic = !isSourcesElement(first) && first !== undefined;
      const styleGiven = programmatic ? this.styleArg(third) : undefined;
      const subject = await this.subject(first, second);
      if (!subject) return undefined;
      // A reference the reader already keeps is offered first as their own entry, with its exact fields;
      // a program (the hover's link) asks for it with "own".
      const own = this.library?.ownEntryOf(subject.essay.sourceUri, subject.reference.id);
      if (fourth === 'own' && !own) throw new CommandInputError(vscode.l10n.t('This reference matches no entry of your bibliography (citeread.bibliographies).'));
      const picked: Pick<StylePick, 'style' | 'own'> | undefined = styleGiven ? { style: styleGiven, own: fourth === 'own' ? own : undefined } : await this.pickStyleItem(vscode.l10n.t('Copy the reference as'), false, { reference: subject.reference }, own);
      if (!picked) return undefined;
      const { style } = picked;
      const format = await loadFormatter();
      if (picked.own) {
        const text = await format.formatEntry({ ...picked.own.csl, id: picked.own.key }, style, this.locale(format));
        await vscode.env.clipboard.writeText(text);
        vscode.window.setStatusBarMessage(`$(check) ${vscode.l10n.t('Copied your bibliography’s entry {0} ({1})', picked.own.key, styleInfo(style)?.label ?? style)}`, 3000);
        return text;
      }
      const text = await format.formatEntry(subject.reference.csl, style, this.locale(format));
      await this.copy(text, subject.reference, vscode.l10n.t('{0} reference', styleInfo(style)?.label ?? style));
      return text;
    });
  }

  /** `citeread.copyReferenceText`: the entry exactly as the essay writes it (line breaks of a wrapped entry joined). */
  copyReferenceText(first?: unknown, second?: unknown): Promise<string | undefined> {
    return guarded(vscode.l10n.t('Copying the reference text'), async () => {
      const subject = await this.subject(first, second);
      if (!subject) return undefined;
      const text = asWritten(subject.reference);
      await vscode.env.clipboard.writeText(text);
      vscode.window.setStatusBarMessage(`$(check) ${vscode.l10n.t('Copied the reference as written')}`, 3000);
      return text;
    });
  }

  /** `citeread.copyInTextCitation`: "(Paul, 2005, p. 7)" and the like, with the locator of the citation it comes from; returns the copied text. */
  copyInTextCitation(first?: unknown, second?: unknown, third?: unknown, fourth?: unknown): Promise<string | undefined> {
    return guarded(vscode.l10n.t('Copying the in-text citation'), async () => {
      const programmatic = !isSourcesElement(first) && first !== undefined;
      const styleGiven = programmatic ? this.styleArg(third) : undefined;
      if (styleGiven && styleInfo(styleGiven)?.kind !== 'csl') throw new CommandInputError(vscode.l10n.t('{0} has no in-text citations; choose a citation style.', styleInfo(styleGiven)?.label ?? styleGiven));
      const subject = await this.subject(first, second);
      if (!subject) return undefined;
      const locator = programmatic ? asLocator(fourth) : subject.locator;
      const style = styleGiven ?? (await this.pickStyle(vscode.l10n.t('Copy the in-text citation as'), true, { reference: subject.reference, inText: true, locator }));
      if (!style) return undefined;
      const format = await loadFormatter();
      const text = await format.formatInText(subject.reference.csl, style, locator, this.locale(format));
      await this.copy(text, subject.reference, vscode.l10n.t('{0} in-text citation', styleInfo(style)?.label ?? style));
      return text;
    });
  }

  /**
   * `citeread.exportBibliography`: every reference of the essay in a style or format, saved to a file
   * the reader picks or opened in a new editor. With arguments (essay URI, style, target URI) it writes
   * the target without asking; with (essay URI, style) it opens an editor. Returns the text.
   */
  exportBibliography(first?: unknown, second?: unknown, third?: unknown): Promise<string | undefined> {
    return guarded(vscode.l10n.t('Exporting the bibliography'), async () => {
      const programmatic = first !== undefined && !isSourcesElement(first);
      const essay = programmatic ? await this.essayArg(first) : (this.view.currentEssay ?? this.essays.activeEssay ?? (await this.essayFromEditor()));
      if (!essay) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open an essay first; its reference list is what is exported.'));
        return undefined;
      }
      if (essay.analysis.references.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” has no reference list to export.', essay.title));
        return undefined;
      }
      const style = programmatic ? this.styleArg(second) : await this.pickStyle(vscode.l10n.t('Export the bibliography as'), false, { reference: essay.analysis.references[0] });
      if (!style) return undefined;
      const info = styleInfo(style)!;
      let target: vscode.Uri | 'editor' | undefined;
      if (programmatic) {
        target = third === undefined ? 'editor' : toUri(third);
        if (!target) throw new CommandInputError(vscode.l10n.t('The export target is not a URI.'));
      } else {
        target = await this.pickTarget(essay, info.extension, info.label);
        if (!target) return undefined;
      }
      const format = await loadFormatter();
      const text = await format.formatAll(
        essay.analysis.references.map((r) => r.csl),
        style,
        this.locale(format),
      );
      const uncertain = essay.analysis.references.filter((r) => r.uncertain.length > 0).length;
      const check =
        uncertain === 0
          ? ''
          : ` ${uncertain === 1 ? vscode.l10n.t('1 of them was not read with certainty: check it against the essay’s list.') : vscode.l10n.t('{0} of them were not read with certainty: check them against the essay’s list.', uncertain)}`;
      if (target === 'editor') {
        await this.exports.show(text, essay.title, info.label, info.extension, info.languageId);
        if (check && !programmatic) void vscode.window.showWarningMessage(vscode.l10n.t('Exported {0} references ({1}).', essay.analysis.references.length, info.label) + check);
      } else {
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
        if (!programmatic) void this.exported(target, vscode.l10n.t('Exported {0} references ({1}) to {2}.', essay.analysis.references.length, info.label, target.fsPath || target.toString()) + check, check !== '');
      }
      return text;
    });
  }

  /** One notification for an export to a file, with a button that opens it; a warning when entries need checking. */
  private async exported(target: vscode.Uri, message: string, warn: boolean): Promise<void> {
    const open = vscode.l10n.t('Open');
    const answer = await (warn ? vscode.window.showWarningMessage(message, open) : vscode.window.showInformationMessage(message, open));
    if (answer === open) await vscode.window.showTextDocument(target, { preview: false });
  }

  /** `citeread.revealCitation`: opens the essay and selects the span (0-based offsets). */
  async revealCitation(uriArg?: unknown, startArg?: unknown, endArg?: unknown): Promise<vscode.Range | undefined> {
    return guarded(vscode.l10n.t('Revealing the citation'), async () => {
      const uri = toUri(uriArg);
      const start = Number(startArg);
      const end = Number(endArg ?? startArg);
      if (!uri || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) throw new CommandInputError(vscode.l10n.t('The citation to reveal is not given as (essay URI, start, end).'));
      const document = await vscode.workspace.openTextDocument(uri);
      const range = toRange(document, { start, end });
      const editor = await vscode.window.showTextDocument(document, { selection: range, preserveFocus: false });
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return range;
    });
  }

  /** `citeread.sources.sort`: the reader picks the order; returns it. */
  async sortSources(arg?: unknown): Promise<string | undefined> {
    const sort = await chooseSort(sourcesSorts, this.view.currentSort, arg, vscode.l10n.t('Sort Sources'));
    if (sort) await this.view.setSort(sort);
    return sort;
  }

  /** `citeread.sources.filter`: the reader types words; an empty input clears the filter. Returns the filter. */
  async filterSources(arg?: unknown): Promise<string | undefined> {
    const filter = await askFilter(arg, {
      title: vscode.l10n.t('Filter Sources'),
      prompt: vscode.l10n.t('Show the references and citations that contain these words (case and accents ignored).'),
      value: this.view.currentFilter,
    });
    if (filter === undefined) return undefined;
    this.view.setFilter(filter);
    return this.view.currentFilter;
  }

  clearFilter(): void {
    this.view.setFilter('');
  }

  refresh(): void {
    this.view.refresh();
  }

  // ——— helpers ———

  private locale(format: Awaited<ReturnType<typeof loadFormatter>>): string {
    const requested = readSettings().locale;
    const resolved = format.resolveLocale(requested);
    if (resolved.fellBack && !this.localeNoted) {
      this.localeNoted = true;
      void vscode.window.showInformationMessage(vscode.l10n.t('Formatted citations use {0}: no citation terms are bundled for {1}.', resolved.locale, requested));
    }
    return resolved.locale;
  }

  private styleArg(value: unknown): OutputStyle {
    if (value === undefined || value === null || value === '') return readSettings().citationStyle;
    if (!isOutputStyle(value)) throw new CommandInputError(vscode.l10n.t('Unknown citation style “{0}”. Use one of {1}.', String(value), styleInfos.map((s) => s.id).join(', ')));
    return value;
  }

  /**
   * The reader picks a style. Each item shows, as soon as it is formatted, what the sample reference
   * would look like in that style (the preferred style first); the picker never waits for it.
   */
  private async pickStyle(title: string, citationStylesOnly: boolean, sample?: StyleSample): Promise<OutputStyle | undefined> {
    return (await this.pickStyleItem(title, citationStylesOnly, sample))?.style;
  }

  /** The picker itself; with `own`, the reader's own bibliography entry comes first, in the preferred style. */
  private async pickStyleItem(title: string, citationStylesOnly: boolean, sample?: StyleSample, own?: OwnEntry): Promise<StylePick | undefined> {
    const preferred = readSettings().citationStyle;
    const ownItem: StylePick[] = own
      ? [{ label: `$(bookmark) ${vscode.l10n.t('Your bibliography’s entry: {0}', own.key)}`, description: vscode.l10n.t('{0}, with its exact fields', styleInfo(preferred)?.label ?? preferred), style: preferred, own }]
      : [];
    let items: StylePick[] = [
      ...ownItem,
      ...styleInfos
        .filter((s) => !citationStylesOnly || s.kind === 'csl')
        .map((s) => ({ label: s.label, description: s.description, style: s.id }))
        .sort((a, b) => Number(b.style === preferred) - Number(a.style === preferred)),
    ];
    const quickPick = vscode.window.createQuickPick<StylePick>();
    quickPick.title = title;
    quickPick.placeholder = citationStylesOnly ? vscode.l10n.t('Choose a citation style') : vscode.l10n.t('Choose a citation style or a data format');
    quickPick.matchOnDetail = true;
    quickPick.items = items;
    const picked = new Promise<StylePick | undefined>((resolve) => {
      quickPick.onDidAccept(() => {
        resolve(quickPick.selectedItems[0]);
        quickPick.hide();
      });
      quickPick.onDidHide(() => {
        resolve(undefined);
        quickPick.dispose();
      });
    });
    quickPick.show();
    let open = true;
    void picked.finally(() => (open = false));
    if (sample) {
      void (async () => {
        const format = await loadFormatter();
        const locale = this.locale(format);
        for (const item of items) {
          if (!open) return;
          // The reader's own entry is previewed from its own fields.
          const shown = item.own && sample.reference ? { ...sample, reference: { ...sample.reference, csl: { ...item.own.csl, id: item.own.key } } } : sample;
          const preview = await stylePreview(format, shown, item.style, locale);
          if (!open || !preview) continue;
          const active = quickPick.activeItems[0]?.label;
          items = items.map((i) => (i.label === item.label ? { ...i, detail: preview } : i));
          quickPick.items = items;
          const again = items.find((i) => i.label === active);
          if (again) quickPick.activeItems = [again];
        }
      })().catch(() => undefined);
    }
    return picked;
  }

  private async essayArg(value: unknown): Promise<Essay> {
    const uri = toUri(value);
    if (!uri) throw new CommandInputError(vscode.l10n.t('The essay is not given as a URI.'));
    if (uri.scheme !== essayScheme) throw new CommandInputError(vscode.l10n.t('{0} is not an essay document.', uri.toString()));
    const essay = await this.essays.load(uri);
    if (!essay) throw new CommandInputError(vscode.l10n.t('The essay {0} could not be read.', uri.toString()));
    return essay;
  }

  private async essayFromEditor(): Promise<Essay | undefined> {
    const uri = vscode.window.activeTextEditor?.document.uri;
    return uri?.scheme === essayScheme ? await this.essays.load(uri) : undefined;
  }

  /** The reference a command is about: from a tree element, from (essay URI, index), from the cursor, or picked. */
  private async subject(first: unknown, second: unknown): Promise<Subject | undefined> {
    if (isSourcesElement(first)) return this.subjectOfElement(first);
    if (first !== undefined) {
      const essay = await this.essayArg(first);
      const index = Number(second);
      const reference = Number.isInteger(index) ? essay.analysis.references[index] : undefined;
      if (!reference) throw new CommandInputError(vscode.l10n.t('The essay has no reference number {0} (it has {1}, counted from 0).', String(second), essay.analysis.references.length));
      return { essay, reference };
    }
    const editor = vscode.window.activeTextEditor;
    const essay = (await this.essayFromEditor()) ?? this.view.currentEssay ?? this.essays.activeEssay;
    if (!essay) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an essay first, then copy from its citations or its sources.'));
      return undefined;
    }
    if (editor && editor.document.uri.toString() === essay.uri.toString()) {
      const offset = toOffset(editor.document, editor.selection.active);
      const place = essay.index.workAt(offset);
      if (place && place.work.status !== 'unresolved') {
        const targets = essay.index.referencesOf(place.work);
        const reference = targets.length === 1 ? targets[0] : await this.pickReference(essay, targets, vscode.l10n.t('“{0}” matches several references', place.work.text));
        return reference ? { essay, reference, locator: place.work.locator } : undefined;
      }
      const entry = essay.index.referenceAt(offset);
      if (entry) return { essay, reference: entry };
    }
    const reference = await this.pickReference(essay, essay.analysis.references, vscode.l10n.t('Which reference?'));
    return reference ? { essay, reference } : undefined;
  }

  private async subjectOfElement(element: SourcesElement): Promise<Subject | undefined> {
    const essay = await this.essayArg(element.essayUri);
    const { node } = element;
    if (node.kind === 'reference') return { essay, reference: node.reference };
    if (node.kind === 'citation') {
      const targets = essay.index.referencesOf(node.work);
      const owner = element.referenceIndex !== undefined ? essay.analysis.references[element.referenceIndex] : undefined;
      const reference = owner ?? (targets.length === 1 ? targets[0] : await this.pickReference(essay, targets, vscode.l10n.t('“{0}” matches several references', node.work.text)));
      if (!reference) {
        if (targets.length === 0) void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” is not in the reference list.', node.work.text));
        return undefined;
      }
      return { essay, reference, locator: node.work.locator };
    }
    return undefined;
  }

  private async pickReference(essay: Essay, references: readonly Reference[], title: string): Promise<Reference | undefined> {
    if (references.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” has no references to copy.', essay.title));
      return undefined;
    }
    const labels = distinctReferenceLabels(references);
    const items: ReferencePick[] = references.map((reference, i) => ({
      label: labels[i],
      description: reference.uncertain.length > 0 ? vscode.l10n.t('uncertain {0}', describeUncertain(reference.uncertain)) : undefined,
      detail: asWritten(reference),
      reference,
    }));
    const picked = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Type to search the reference list'), matchOnDescription: true, matchOnDetail: true });
    return picked?.reference;
  }

  private async pickTarget(essay: Essay, extension: string, label: string): Promise<vscode.Uri | 'editor' | undefined> {
    const choice = await vscode.window.showQuickPick(
      [
        { label: `$(save) ${vscode.l10n.t('Save to file…')}`, id: 'file' as const },
        { label: `$(new-file) ${vscode.l10n.t('Open in new editor')}`, id: 'editor' as const },
      ],
      { title: vscode.l10n.t('Export the bibliography ({0})', label), placeHolder: vscode.l10n.t('Save it to a file, or open it in a new editor') },
    );
    if (!choice) return undefined;
    if (choice.id === 'editor') return 'editor';
    const safeTitle = [...essay.title.replace(/[\\/:*?"<>|]+/g, ' ')].filter((c) => c >= ' ').join('').trim();
    const name = `${safeTitle || vscode.l10n.t('bibliography')}.${extension}`;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? (essay.sourceUri.scheme === 'file' ? vscode.Uri.joinPath(essay.sourceUri, '..') : undefined);
    return vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export Bibliography'),
      saveLabel: vscode.l10n.t('Export'),
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: { [label]: [extension], [vscode.l10n.t('All files')]: ['*'] },
    });
  }

  /** Puts the text on the clipboard; warns with a way out when the reference's parse was uncertain. */
  private async copy(text: string, reference: Reference, what: string): Promise<void> {
    await vscode.env.clipboard.writeText(text);
    if (reference.uncertain.length === 0) {
      vscode.window.setStatusBarMessage(`$(check) ${vscode.l10n.t('Copied the {0}', what)}`, 3000);
      return;
    }
    const instead = vscode.l10n.t('Copy the original text instead');
    // Not awaited: the command answers at once; the reader decides later.
    void vscode.window
      .showWarningMessage(vscode.l10n.t('The reference was parsed with uncertain {0}; check the copied text.', describeUncertain(reference.uncertain)), instead)
      .then(async (answer) => {
        if (answer === instead) await vscode.env.clipboard.writeText(asWritten(reference));
      });
  }
}
