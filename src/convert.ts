import * as vscode from 'vscode';
import type { Span } from './core/model';

/**
 * Turns a core span (0-based UTF-16 offsets into the analysed text) into a range of the essay
 * document, whose text is the analysed text.
 */
export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** The core offset of a position in the essay document. */
export function toOffset(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}

/**
 * A command argument as a URI: a `vscode.Uri`, or a string with a scheme ("citeread:/…", "file:///…") as
 * hovers and tests pass them. Anything else is undefined.
 */
export function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && /^[a-z][\w+.-]*:/i.test(value)) {
    try {
      return vscode.Uri.parse(value, true);
    } catch {
      return undefined;
    }
  }
  return undefined;
}
