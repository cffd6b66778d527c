import * as vscode from 'vscode';
import { essayScheme, sourcesViewId } from '../commands';
import { toOffset, toRange } from '../convert';
import type { Citation } from '../core/model';
import type { EssayService } from '../essay/essayService';

/**
 * Moves the selection to the next (or previous) citation of the active essay, wrapping around at
 * the ends with a status message. Returns the citation selected, for tests and callers.
 */
export async function goToCitation(essays: EssayService, direction: 'next' | 'previous'): Promise<Citation | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.scheme !== essayScheme) return undefined;
  const essay = await essays.load(editor.document.uri);
  if (!essay) return undefined;
  const { citations } = essay.analysis;
  if (citations.length === 0) {
    vscode.window.setStatusBarMessage(`$(info) ${vscode.l10n.t('This essay has no citations.')}`, 3000);
    return undefined;
  }
  // From the end of the selection going forward, from its start going back: a selected citation is skipped.
  const document = editor.document;
  let citation =
    direction === 'next'
      ? essay.index.nextCitation(toOffset(document, editor.selection.end))
      : essay.index.previousCitation(toOffset(document, editor.selection.start));
  if (!citation) {
    citation = direction === 'next' ? citations[0] : citations[citations.length - 1];
    vscode.window.setStatusBarMessage(
      `$(debug-restart) ${direction === 'next' ? vscode.l10n.t('Past the last citation: back to the first.') : vscode.l10n.t('Before the first citation: on to the last.')}`,
      3000,
    );
  }
  const range = toRange(document, citation);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return citation;
}

/** Opens the Citeread side bar and focuses the sources view. */
export async function showSources(): Promise<void> {
  await vscode.commands.executeCommand('workbench.view.extension.citeread');
  await vscode.commands.executeCommand(`${sourcesViewId}.focus`);
}
