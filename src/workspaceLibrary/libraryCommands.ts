// The Library's commands: reindex, sort, filter, show the works in or not in the reader's bibliography, export
// the library's bibliography or its new works, and open an essay at a citation. Each takes its subject from its
// arguments when a program (a hover link, a test, another extension) gives them, else asks the reader; exports
// return the text they wrote.
import * as vscode from 'vscode';
import { toRange, toUri } from '../convert';
import { isOutputStyle, styleInfo, styleInfos, type OutputStyle } from '../core/format/styles';
import { bibliographyScopes, isBibliographyScope, librarySorts, placeOf, type LibraryWorkNode } from '../core/libraryTree';
import type { CslItem } from '../core/model';
import type { EssayService } from '../essay/essayService';
import { CommandInputError, guarded } from '../reading/guarded';
import { readSettings } from '../settings';
import { loadFormatter } from '../sources/formatter';
import { askFilter, chooseSort } from '../sources/treeControls';
import type { WorkspaceLibrary } from './libraryService';
import type { LibraryView } from './libraryView';

/** The formats new works are exported in: ready to import into a reference manager. */
const newWorkFormats: readonly OutputStyle[] = ['bibtex', 'ris', 'csl-json'];

/** What `citeread.library.reindex` answers a program with: the library in the shape of `citeread library --json`. */
export interface LibrarySnapshot {
  readonly essays: readonly { readonly file: string; readonly title: string; readonly citations: number; readonly references: number }[];
  readonly works: readonly {
    readonly id: string;
    readonly label: string;
    readonly essays: readonly { readonly file: string; readonly citations: number }[];
    readonly bibliography: { readonly file: string; readonly key: string } | null;
  }[];
  readonly failures: readonly { readonly file: string; readonly reason: string }[];
}

export class LibraryCommands {
  constructor(
    private readonly library: WorkspaceLibrary,
    private readonly view: LibraryView,
    private readonly essays: EssayService,
  ) {}

  /** `citeread.library.reindex`: reads the workspace's essays again (changed ones only) and answers with the library. */
  async reindex(arg?: unknown): Promise<LibrarySnapshot> {
    await this.library.reindex(arg === undefined);
    return this.snapshot();
  }

  snapshot(): LibrarySnapshot {
    const lib = this.library.library;
    return {
      essays: lib.essays.map((e) => ({ file: e.file, title: this.library.titleOf(e.file), citations: e.counts.citations, references: e.counts.references })),
      works: this.view.tree.roots.map((node) => ({
        id: node.work.id,
        label: node.label,
        essays: node.children.map((e) => ({ file: e.file, citations: e.citations })),
        bibliography: node.work.bibliography ? { file: node.work.bibliography.file, key: node.work.bibliography.key } : null,
      })),
      failures: this.library.failures,
    };
  }

  /** `citeread.library.sort`: the order of the works; returns it. */
  async sort(arg?: unknown): Promise<string | undefined> {
    const sort = await chooseSort(librarySorts, this.view.currentSort, arg, vscode.l10n.t('Sort Library'));
    if (sort) await this.view.setSort(sort);
    return sort;
  }

  /** `citeread.library.filter`: words the works must contain; an empty input clears it. Returns the filter. */
  async filter(arg?: unknown): Promise<string | undefined> {
    const filter = await askFilter(arg, {
      title: vscode.l10n.t('Filter Library'),
      prompt: vscode.l10n.t('Show the works whose authors, year, title, bibliography key or citing essays contain these words (case and accents ignored).'),
      value: this.view.currentFilter,
    });
    if (filter === undefined) return undefined;
    this.view.setFilter(filter);
    return this.view.currentFilter;
  }

  /** `citeread.library.show`: all works, those in the reader's bibliography, or those not in it. Returns the scope. */
  async show(arg?: unknown): Promise<string | undefined> {
    let scope = isBibliographyScope(arg) ? arg : undefined;
    if (!scope) {
      if (!this.library.hasBibliography) {
        const open = vscode.l10n.t('Open Settings');
        const answer = await vscode.window.showInformationMessage(vscode.l10n.t('No bibliography of yours is set: name your .bib, .json or .ris files in the setting citeread.bibliographies.'), open);
        if (answer === open) await vscode.commands.executeCommand('workbench.action.openSettings', 'citeread.bibliographies');
        return undefined;
      }
      const picked = await vscode.window.showQuickPick(
        bibliographyScopes.map((s) => ({ label: s.label, description: s.description, id: s.id, picked: s.id === this.view.currentScope })),
        { title: vscode.l10n.t('Show Library Works') },
      );
      scope = picked?.id;
    }
    if (scope) this.view.setScope(scope);
    return scope;
  }

  clearFilter(): void {
    this.view.setFilter('');
    this.view.setScope('all');
  }

  /**
   * `citeread.library.exportBibliography`: every work of the library (or of the filtered view), once each, in a
   * style or format, to a file. With arguments (style, target URI[, "shown"]) it writes without asking. Returns the text.
   */
  exportBibliography(styleArg?: unknown, targetArg?: unknown, whichArg?: unknown): Promise<string | undefined> {
    return guarded(vscode.l10n.t('Exporting the library’s bibliography'), async () => {
      const programmatic = styleArg !== undefined;
      const filtered = this.view.currentFilter !== '' || this.view.currentScope !== 'all';
      let nodes: readonly LibraryWorkNode[] = this.view.tree.roots;
      if (!programmatic && filtered) {
        const choice = await vscode.window.showQuickPick(
          [
            { label: vscode.l10n.t('The {0} works shown', this.view.tree.shownWorks), description: vscode.l10n.t('as the view is filtered'), shown: true },
            { label: vscode.l10n.t('All {0} works of the library', this.library.works.length), shown: false },
          ],
          { title: vscode.l10n.t('Export Library Bibliography') },
        );
        if (!choice) return undefined;
        if (!choice.shown) nodes = this.allNodes();
      } else if (!(programmatic && whichArg === 'shown')) nodes = this.allNodes();
      if (nodes.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('The library has no works to export yet.'));
        return undefined;
      }
      const style = programmatic ? this.styleArg(styleArg, styleInfos.map((s) => s.id)) : await this.pickStyle(vscode.l10n.t('Export the library’s bibliography as'), styleInfos.map((s) => s.id));
      if (!style) return undefined;
      return this.write(nodes, style, programmatic ? targetArg : undefined, 'library', vscode.l10n.t('Export Library Bibliography'));
    });
  }

  /** `citeread.library.exportNewWorks`: the works not in the reader's bibliography, in BibTeX, RIS or CSL-JSON. With (format, target URI) it writes without asking. */
  exportNewWorks(formatArg?: unknown, targetArg?: unknown): Promise<string | undefined> {
    return guarded(vscode.l10n.t('Exporting the new works'), async () => {
      const programmatic = formatArg !== undefined;
      const nodes = this.allNodes().filter((n) => !n.work.bibliography);
      if (!this.library.hasBibliography && !programmatic) {
        const go = vscode.l10n.t('Export Every Work');
        const answer = await vscode.window.showWarningMessage(vscode.l10n.t('No bibliography of yours is set (citeread.bibliographies): every work of the library is new.'), go);
        if (answer !== go) return undefined;
      }
      if (nodes.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Every work of the library is already in your bibliography.'));
        return undefined;
      }
      const style = programmatic ? this.styleArg(formatArg, newWorkFormats) : await this.pickStyle(vscode.l10n.t('Export {0} new works as', nodes.length), newWorkFormats);
      if (!style) return undefined;
      return this.write(nodes, style, programmatic ? targetArg : undefined, 'new works', vscode.l10n.t('Export New Works'));
    });
  }

  /**
   * `citeread.library.openCitation`: opens the essay read from `file` (a URI) as the citation-aware essay and
   * selects the citation at [start, end) whose text is `text` (the nearest citation of that text when the essay
   * changed since it was indexed). Returns the essay's URI.
   */
  openCitation(fileArg?: unknown, startArg?: unknown, endArg?: unknown, textArg?: unknown): Promise<vscode.Uri | undefined> {
    return guarded(vscode.l10n.t('Opening the citation'), async () => {
      const source = toUri(fileArg);
      const start = Number(startArg);
      const end = Number(endArg ?? startArg);
      if (!source || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) throw new CommandInputError(vscode.l10n.t('The citation is not given as (essay file URI, start, end).'));
      const essay = await this.essays.open(source);
      if (!essay) return undefined;
      const span = placeOf(essay.analysis.citations.flatMap((c) => c.works), { start, end }, typeof textArg === 'string' ? textArg : undefined, essay.analysis.text.length);
      const document = await vscode.workspace.openTextDocument(essay.uri);
      const range = toRange(document, span);
      const editor = await vscode.window.showTextDocument(document, { selection: range, preview: false });
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return essay.uri;
    });
  }

  // ——— helpers ———

  private allNodes(): readonly LibraryWorkNode[] {
    return this.view.unfiltered().roots;
  }

  /** The CSL of each work, once: the reader's own entry when the work is in the bibliography (its exact fields). */
  private cslOf(nodes: readonly LibraryWorkNode[]): CslItem[] {
    return nodes.map((n) => {
      const own = this.library.ownEntry(n.work);
      return own ? { ...own.csl, id: own.key } : n.work.csl;
    });
  }

  private async write(nodes: readonly LibraryWorkNode[], style: OutputStyle, targetArg: unknown, what: string, title: string): Promise<string | undefined> {
    const info = styleInfo(style)!;
    let target: vscode.Uri | undefined;
    if (targetArg !== undefined) {
      target = toUri(targetArg);
      if (!target) throw new CommandInputError(vscode.l10n.t('The export target is not a URI.'));
    } else {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const name = `${what === 'library' ? 'library' : 'new-works'}.${info.extension}`;
      target = await vscode.window.showSaveDialog({ title, saveLabel: vscode.l10n.t('Export'), defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, filters: { [info.label]: [info.extension], [vscode.l10n.t('All files')]: ['*'] } });
      if (!target) return undefined;
    }
    const format = await loadFormatter();
    const locale = format.resolveLocale(readSettings().locale).locale;
    const text = await format.formatAll(this.cslOf(nodes), style, locale);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    if (targetArg === undefined) {
      const open = vscode.l10n.t('Open');
      void vscode.window
        .showInformationMessage(
          what === 'library'
            ? vscode.l10n.t('Exported {0} works of the library ({1}) to {2}.', nodes.length, info.label, target.scheme === 'file' ? target.fsPath : target.toString())
            : vscode.l10n.t('Exported {0} new works ({1}) to {2}.', nodes.length, info.label, target.scheme === 'file' ? target.fsPath : target.toString()),
          open,
        )
        .then(async (answer) => {
          if (answer === open) await vscode.window.showTextDocument(target, { preview: false });
        });
    }
    return text;
  }

  private styleArg(value: unknown, allowed: readonly OutputStyle[]): OutputStyle {
    if (value === null || value === '') return allowed.includes(readSettings().citationStyle) ? readSettings().citationStyle : allowed[0];
    if (!isOutputStyle(value) || !allowed.includes(value)) throw new CommandInputError(vscode.l10n.t('Unknown format “{0}”. Use one of {1}.', String(value), allowed.join(', ')));
    return value;
  }

  private async pickStyle(title: string, allowed: readonly OutputStyle[]): Promise<OutputStyle | undefined> {
    const preferred = readSettings().citationStyle;
    const items = styleInfos
      .filter((s) => allowed.includes(s.id))
      .map((s) => ({ label: s.label, description: s.description, style: s.id }))
      .sort((a, b) => Number(b.style === preferred) - Number(a.style === preferred));
    return (await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Choose a citation style or a data format') }))?.style;
  }
}
