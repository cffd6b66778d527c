// Markdown for hovers built from essay text. Essay text is untrusted: a reference could hold
// "[click](command:…)", "<img …>" or "**", so every piece of it is escaped before it reaches a
// MarkdownString, and links are only ever built here, to commands of this extension.

/**
 * Escapes text so that Markdown renders it literally: every ASCII punctuation character that
 * Markdown or HTML gives a meaning gets a backslash, and line breaks and runs of white space become
 * one space (a wrapped reference entry reads as one line).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()#+\-.!|<>&~"'=:$]/g, '\\$&');
}

/**
 * A Markdown link that runs `command` with `args` when clicked. The arguments travel as JSON in
 * the link (so URIs go as strings); `title` is the tooltip.
 */
export function commandLink(label: string, command: string, args: readonly unknown[], title?: string): string {
  const target = `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
  const tooltip = title ? ` "${title.replace(/["\\]/g, '')}"` : '';
  return `[${escapeMarkdown(label)}](${target}${tooltip})`;
}

/**
 * A fenced code block holding `text` literally (a BibTeX or RIS record): the fence is longer than
 * any run of backticks in the text, so nothing in it can close the block early.
 */
export function codeBlock(text: string, language = ''): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language.replace(/[^\w-]/g, '')}\n${text.replace(/\s+$/, '')}\n${fence}`;
}
