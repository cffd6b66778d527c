/**
 * The tokens the entry labeller reads: runs of non-space characters, each with its offsets into the
 * entry, so that a run of labelled tokens maps back to the exact text it covers. Punctuation stays on
 * its word ("Press,", "(2005).", "“Title"), as the styles print it: the features read it from there.
 * A comma or semicolon with no space after it still ends a token when a letter follows it, or a digit
 * after a letter ("Theory,vol.", "Revista,15,"): the space was lost, not the boundary.
 */

/** One token of an entry: `text === entry.slice(start, end)`; offsets are 0-based UTF-16 code units. */
export interface EntryToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Splits an entry into its white-space separated tokens, in order. Empty or blank text gives no tokens. */
export function tokenizeEntry(entry: string): EntryToken[] {
  const tokens: EntryToken[] = [];
  const n = entry.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(entry.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpace(entry.charCodeAt(i))) {
      const c = entry.charCodeAt(i);
      i++;
      if ((c === 0x2c || c === 0x3b) && i > start + 1 && i < n && glued(entry.charCodeAt(i - 2), entry.charCodeAt(i))) break;
    }
    tokens.push({ text: entry.slice(start, i), start, end: i });
  }
  return tokens;
}

/** After "x," with no space: a letter follows, or a digit follows a letter. */
function glued(before: number, after: number): boolean {
  return isLetter(after) || (isLetter(before) && after >= 0x30 && after <= 0x39);
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x52f);
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x2007 || c === 0x202f || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}
