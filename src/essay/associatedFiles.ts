// A file the reader associated with the essay language (`"files.associations": {"*.essay.txt": "citeread-essay"}`)
// opens as the citation-aware essay in its place: the reader asked for those files to be read as essays, and a
// plain-text editor in the essay language would have none of the essay's features.
import * as vscode from 'vscode';
import { Commands, essayLanguageId, essayScheme } from '../commands';

function isAssociatedFile(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return document !== undefined && document.uri.scheme !== essayScheme && document.uri.scheme !== 'untitled' && document.languageId === essayLanguageId;
}

/** Replaces the editor of an associated file, now and whenever one is shown, by the essay read from it. */
export function openAssociatedFilesAsEssays(): vscode.Disposable {
  const replacing = new Set<string>();
  const replace = async (document: vscode.TextDocument): Promise<void> => {
    const key = document.uri.toString();
    if (replacing.has(key)) return;
    replacing.add(key);
    try {
      const essay = await vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.openAsEssay, document.uri);
      if (!essay) return;
      const plain = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key);
      await vscode.window.tabGroups.close(plain, true);
    } finally {
      replacing.delete(key);
    }
  };
  // Visible rather than active editors: the file that activated the extension may be shown before it is active.
  const check = (editors: readonly vscode.TextEditor[]): void => {
    for (const editor of editors) if (isAssociatedFile(editor.document)) void replace(editor.document);
  };
  check(vscode.window.visibleTextEditors);
  return vscode.window.onDidChangeVisibleTextEditors(check);
}
