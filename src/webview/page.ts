// The page of every Citeread webview (the reading view, the PDF view): one stylesheet and one script of the
// extension's own, a Content Security Policy that allows nothing else (the script by a nonce, nothing remote), the
// reader's language and a title. Pure: the panels hand it their webview's resource URIs and `cspSource`.

/** A fresh nonce for a page's one script: 16 random bytes in hex. */
export function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** `text` safe inside an element or a double-quoted attribute. */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** What a webview's page is made of. */
export interface WebviewPage {
  /** The reader's language (`vscode.env.language`), for the page's `lang`. */
  readonly language: string;
  /** The webview's `cspSource`: where its stylesheet, fonts and images may come from. */
  readonly cspSource: string;
  /** Sources images may also come from beyond the webview's own ("blob: data:" for pages drawn on a canvas). */
  readonly moreImageSources?: string;
  /** Sources fonts may also come from beyond the webview's own. */
  readonly moreFontSources?: string;
  /** The stylesheet's webview URI. */
  readonly style: string;
  /** The script's webview URI. */
  readonly script: string;
  /** The page's title, as text. */
  readonly title: string;
  /** Attributes of `<body>` by name (`data-page-of`), as text. */
  readonly bodyAttributes?: Readonly<Record<string, string>>;
  /** The body's HTML before the script, already escaped where it holds text. */
  readonly body: string;
}

/** The HTML of a webview page with a strict Content Security Policy and one script under a fresh nonce. */
export function webviewPage(page: WebviewPage): string {
  const n = nonce();
  const csp = [
    "default-src 'none'",
    `style-src ${page.cspSource}`,
    `img-src ${[page.cspSource, page.moreImageSources].filter(Boolean).join(' ')}`,
    `font-src ${[page.cspSource, page.moreFontSources].filter(Boolean).join(' ')}`,
    `script-src 'nonce-${n}'`,
  ].join('; ');
  const attributes = Object.entries(page.bodyAttributes ?? {})
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(page.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(page.style)}">
<title>${escapeAttribute(page.title)}</title>
</head>
<body${attributes}>
${page.body}
<script nonce="${n}" src="${escapeAttribute(page.script)}"></script>
</body>
</html>`;
}
