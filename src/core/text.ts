/** Small text helpers shared by the engine's parts. */

/**
 * Removes one leading byte-order mark. Every offset the engine reports is into the returned text.
 * Returns the input unchanged when it has no BOM.
 */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * A comparison key for names and words: diacritics removed (é → e, ç → c), lower case,
 * typographic apostrophes and hyphens unified, anything but letters, digits, apostrophe, hyphen and
 * space dropped, white space collapsed. "Moisés" and "MOISES" share the key "moises".
 */
export function foldKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A hyphen at a line end between a letter and a lower-case letter, with the white space around the break. */
const LINE_END_HYPHEN_RE = /(\p{L})-[ \t]*(?:\r\n|\r|\n)[ \t]*(?=\p{Ll})/gu;

/** `s` with each word hyphenated at a line end, as a PDF copy leaves it, joined again: "Haara-⏎nen" → "Haaranen". */
export function joinLineEndHyphens(s: string): string {
  return s.replace(LINE_END_HYPHEN_RE, '$1');
}

/** `text` on one line (white space collapsed), cut at `max` characters with "…" when longer. */
export function ellipsize(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** A count with its noun: "1 citation", "3 citations" (`many` when the plural is not "+s"). */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** True when the word is written in capitals (two or more letters, no lower-case letter): "BROOKS", "MINGJIANG". */
export function isAllCaps(word: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

/**
 * Proper Case for a name written in capitals: "BROOKS" → "Brooks", "O'NEILL" → "O'Neill",
 * "SMITH-JONES" → "Smith-Jones", "MCDONALD" stays "Mcdonald" (no guessing). Words not in capitals are returned as they are.
 */
export function properCase(name: string): string {
  return name.replace(/\S+/g, (word) =>
    // Initials and initialisms keep their capitals: "J.R.R.", "U.S.".
    isAllCaps(word) && !/^(?:\p{Lu}\.)+\p{Lu}?[.,;:]?$/u.test(word)
      ? word.toLowerCase().replace(/(^|[-'\u2019])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
      : word,
  );
}

/**
 * Removes from the end of `s` every character that is in `chars` (white space included when `chars`
 * contains a space). A loop, not a regex: `/[…]+$/` backtracks quadratically on long runs.
 */
export function trimEndChars(s: string, chars: string): string {
  const space = chars.includes(' ');
  let end = s.length;
  while (end > 0) {
    const ch = s[end - 1];
    if (chars.includes(ch) || (space && /\s/.test(ch))) end--;
    else break;
  }
  return end === s.length ? s : s.slice(0, end);
}

/**
 * Edit distance (letters changed, added, dropped, two neighbours swapped) between `a` and `b`, or
 * `limit + 1` as soon as it must exceed `limit`. Names are short; the table is a few hundred cells.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1);
    row[0] = i;
    rows.push(row);
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = limit + 1;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
  }
  return rows[a.length][b.length];
}

/** The letters and digits of a text, nothing else: "dermutzumsein" of a folded "der mut zum sein". */
export function lettersOf(s: string): string {
  return s.replace(/[^\p{L}\p{N}]/gu, '');
}

/** The text from the bracket still open at `at` ("(Trad. cast. El coraje … 2010") to `at`; "" when none is (300 characters back at most). */
export function openBracketBefore(text: string, at: number): string {
  let depth = 0;
  for (let i = at - 1; i >= Math.max(0, at - 300); i--) {
    const c = text.charAt(i);
    if (c === ')' || c === ']') depth++;
    else if (c === '(' || c === '[') {
      if (depth === 0) return text.slice(i, at);
      depth--;
    }
  }
  return '';
}
