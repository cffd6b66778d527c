// The text the engine analyses and the editor shows. Pure (no `vscode` import). The two must be the
// same string, character for character, or every offset of the analysis would point at the wrong
// place in the document.

function stripLeadingBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Makes the line breaks ones the editor keeps as they are: text with only `\n`, or only `\r\n`,
 * is returned unchanged; text that mixes them or has a lone `\r` gets `\n` everywhere (the editor
 * would otherwise rewrite them itself, and the document would no longer match the analysis).
 * A leading byte-order mark is removed too, as the engine does.
 */
export function essayText(text: string): string {
  const t = stripLeadingBom(text);
  if (!t.includes('\r')) return t;
  const crlf = (t.match(/\r\n/g) ?? []).length;
  const cr = (t.match(/\r/g) ?? []).length;
  const lf = (t.match(/\n/g) ?? []).length;
  if (crlf === cr && crlf === lf) return t;
  return t.replace(/\r\n?/g, '\n');
}
