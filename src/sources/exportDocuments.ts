// An exported bibliography shown in an editor: a read-only document of its own scheme, titled by what
// it is ("Bibliography of <essay> (APA).txt") rather than by its first line, and never asking to be
// saved when closed (File › Save As… still saves a copy).
import * as vscode from 'vscode';
import { tabTitle } from '../essay/essayUri';

/** The URI scheme of exported bibliographies shown in an editor. */
export const exportScheme = 'citeread-export';

export class ExportDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(exportScheme, this);
  private count = 0;
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? vscode.l10n.t('This export is no longer at hand: export the bibliography again (Citeread: Export Bibliography…).');
  }

  /** Shows `text` in a new read-only editor titled "Bibliography of <essay title> (<style>).<extension>". */
  async show(text: string, essayTitle: string, styleLabel: string, extension: string, languageId: string): Promise<vscode.TextEditor> {
    // A number in the query keeps two exports of one essay in one style apart without changing their title.
    const name = tabTitle(vscode.l10n.t('Bibliography of {0} ({1})', essayTitle, styleLabel));
    const uri = vscode.Uri.from({ scheme: exportScheme, path: `/${name}.${extension}`, query: String(++this.count) });
    this.texts.set(uri.toString(), text);
    let document = await vscode.workspace.openTextDocument(uri);
    if (document.languageId !== languageId) document = await vscode.languages.setTextDocumentLanguage(document, languageId).then(undefined, () => document);
    return vscode.window.showTextDocument(document, { preview: false });
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
    this.texts.clear();
  }
}
