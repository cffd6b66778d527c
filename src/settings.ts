import * as vscode from 'vscode';

/** The output styles and formats the extension can copy and export. */
export const citationStyles = ['apa', 'mla', 'chicago', 'harvard', 'vancouver', 'bibtex', 'ris', 'csl-json'] as const;
export type CitationStyle = (typeof citationStyles)[number];

/** Every setting of the extension, read in this one place. Each is declared in package.json. */
export interface Settings {
  readonly citationStyle: CitationStyle;
  readonly locale: string;
  /** Bytes above which analysis waits for the reader's confirmation. */
  readonly maxEssayBytes: number;
  readonly decorations: boolean;
  readonly uncitedReferenceHints: boolean;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('citeread', scope);
  const style = c.get<string>('citationStyle', 'apa');
  const megabytes = c.get<number>('maxEssaySizeMB', 8);
  return {
    citationStyle: (citationStyles as readonly string[]).includes(style) ? (style as CitationStyle) : 'apa',
    locale: c.get<string>('locale', 'en-US'),
    maxEssayBytes: Math.max(0.1, Number.isFinite(megabytes) ? megabytes : 8) * 1024 * 1024,
    decorations: c.get<boolean>('decorations.enabled', true),
    uncitedReferenceHints: c.get<boolean>('diagnostics.uncitedReferences', true),
  };
}

/** Fires `listener` when any `citeread.*` setting changes. */
export function onDidChangeSettings(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('citeread')) listener();
  });
}
