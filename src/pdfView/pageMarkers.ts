// Page markers in the editor of an essay read from a PDF: an inlay hint "p. 12" where each page of the PDF begins.
// An inlay hint is drawn beside the text, never in it, so every offset of the essay (and every citation's span that
// the analysis, the hovers and the map share) stays what the reader extracted. A click on a marker shows that page.
import * as vscode from 'vscode';
import { Commands, essayScheme } from '../commands';
import { pageMarkers, type PageMarker } from '../core/formats/model';
import type { Essay, EssayService } from '../essay/essayService';

export class PdfPageMarkers implements vscode.InlayHintsProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;
  /** The markers of each analysis seen, computed once (an essay's analysis object is new with each version). */
  private readonly markers = new WeakMap<Essay['analysis'], PageMarker[]>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly essays: EssayService) {
    this.disposables.push(
      this.changed,
      vscode.languages.registerInlayHintsProvider({ scheme: essayScheme }, this),
      essays.onDidChangeEssay((essay) => {
        if (essay.document?.kind === 'pdf') this.changed.fire();
      }),
    );
  }

  async provideInlayHints(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): Promise<vscode.InlayHint[]> {
    const essay = this.essays.get(document.uri) ?? (await this.essays.settled(document.uri));
    if (token.isCancellationRequested || essay?.document?.kind !== 'pdf') return [];
    const text = essay.analysis.text;
    // The map describes the text read from the PDF: a document that no longer holds it gets no markers.
    if (document.offsetAt(document.lineAt(document.lineCount - 1).range.end) !== text.length) return [];
    let markers = this.markers.get(essay.analysis);
    if (!markers) this.markers.set(essay.analysis, (markers = pageMarkers(text, essay.document.map)));
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    const hints: vscode.InlayHint[] = [];
    for (const marker of markers) {
      if (marker.offset < from) continue;
      if (marker.offset > to) break;
      const label = new vscode.InlayHintLabelPart(vscode.l10n.t('p. {0}', marker.page));
      label.tooltip = vscode.l10n.t('Page {0} of the PDF begins here: click to show it', marker.page);
      label.command = { title: vscode.l10n.t('Show in PDF'), command: Commands.showInPdf, arguments: [essay.uri.toString(), marker.offset] };
      const hint = new vscode.InlayHint(document.positionAt(marker.offset), [label]);
      hint.paddingLeft = !marker.lineStart;
      hint.paddingRight = true;
      hints.push(hint);
    }
    return hints;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
