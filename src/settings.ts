import * as vscode from 'vscode';
import { isOutputStyle } from './core/format/styles';
import type { OutputStyle } from './core/format/styles';

/** Every setting of the extension, read in this one place. Each is declared in package.json. */
export interface Settings {
  readonly citationStyle: OutputStyle;
  readonly locale: string;
  /** Bytes above which analysis waits for the reader's confirmation. */
  readonly maxEssayBytes: number;
  readonly decorations: boolean;
  readonly uncitedReferenceHints: boolean;
  /** Most pages of a PDF read. */
  readonly maxPdfPages: number;
  /** The reading view's measure: the longest line, in characters (`ch`). */
  readonly readingMeasure: number;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('citeread', scope);
  const style = c.get<string>('citationStyle', 'apa');
  const megabytes = c.get<number>('maxEssaySizeMB', 8);
  return {
    citationStyle: isOutputStyle(style) ? style : 'apa',
    locale: c.get<string>('locale', 'en-US'),
    maxEssayBytes: Math.max(0.1, Number.isFinite(megabytes) ? megabytes : 8) * 1024 * 1024,
    decorations: c.get<boolean>('decorations.enabled', true),
    uncitedReferenceHints: c.get<boolean>('diagnostics.uncitedReferences', true),
    maxPdfPages: Math.max(1, Math.floor(c.get<number>('maxPdfPages', 1000)) || 1000),
    readingMeasure: Math.min(200, Math.max(30, Number(c.get<number>('readingView.measure', 70)) || 70)),
  };
}

/** Fires `listener` when any `citeread.*` setting changes. */
export function onDidChangeSettings(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('citeread')) listener();
  });
}
