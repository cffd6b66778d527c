/**
 * The lines of a text, cut once into typed arrays: where each starts, where its content starts and
 * ends without surrounding white space, and its indent. Linear in the text's length.
 */

/** One line of the text: its content bounds without the line break, and the trimmed content bounds. */
export interface Line {
  readonly start: number;
  readonly end: number;
  /** First and one-past-last non-space characters (equal when the line is blank). */
  readonly textStart: number;
  readonly textEnd: number;
  /** Width of the leading white space (a tab counts 4). */
  readonly indent: number;
}

/** White space as essays contain it: ASCII space and tab, NBSP, the Unicode spaces, zero-width characters, BOM. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The lines of a text, in typed arrays: a text of blank lines has hundreds of thousands of them, and
 * one object per line would make the garbage collector, not the scan, the cost. Only the starts and
 * the trimmed bounds are stored; a line's end and indent are worked out from the text when asked.
 */
export class LineTable {
  readonly count: number;
  /** The text the table describes. */
  readonly source: string;
  private readonly starts: Int32Array;
  private readonly textStarts: Int32Array;
  private readonly textEnds: Int32Array;

  constructor(text: string) {
    this.source = text;
    const n = text.length;
    // Without "\r" (most texts) the line breaks are found with indexOf, which is many times faster
    // than a loop over every character; with "\r" each character is looked at once.
    const plain = text.indexOf('\r') < 0;
    let count = 1;
    if (plain) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    } else {
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) count++;
      }
    }
    this.count = count;
    this.starts = new Int32Array(count);
    this.textStarts = new Int32Array(count);
    this.textEnds = new Int32Array(count);
    let start = 0;
    for (let k = 0; k < count; k++) {
      let end: number;
      let next: number;
      if (plain) {
        const nl = text.indexOf('\n', start);
        end = nl < 0 ? n : nl;
        next = end + 1;
      } else {
        end = start;
        while (end < n && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
        next = end < n && text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
      }
      let a = start;
      while (a < end && isSpaceCode(text.charCodeAt(a))) a++;
      let b = end;
      while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
      this.starts[k] = start;
      this.textStarts[k] = a;
      this.textEnds[k] = b;
      start = next;
    }
  }

  /** Where line `k` ends, before its line break. */
  private endOf(k: number): number {
    if (k + 1 >= this.count) return this.source.length;
    let e = this.starts[k + 1] - 1;
    if (e > this.starts[k] && this.source.charCodeAt(e) === 0x0a && this.source.charCodeAt(e - 1) === 0x0d) e--;
    return e;
  }

  /** Width of line `k`'s leading white space (a tab counts 4). */
  private indentOf(k: number): number {
    let indent = 0;
    for (let i = this.starts[k]; i < this.textStarts[k]; i++) indent += this.source.charCodeAt(i) === 0x09 ? 4 : 1;
    return indent;
  }

  /** Line `k` as an object (made on demand). */
  get(k: number): Line {
    return { start: this.starts[k], end: this.endOf(k), textStart: this.textStarts[k], textEnd: this.textEnds[k], indent: this.indentOf(k) };
  }

  /** True when line `k` is out of range or holds only white space. */
  isBlank(k: number): boolean {
    return k < 0 || k >= this.count || this.textStarts[k] === this.textEnds[k];
  }

  /** Length of line `k` without its line break (white space included). */
  length(k: number): number {
    return this.endOf(k) - this.starts[k];
  }

  /** Length of line `k`'s trimmed content. */
  contentLength(k: number): number {
    return this.textEnds[k] - this.textStarts[k];
  }
}

/** The last table made, reused when the same text is split again (the outline splits it after the list finder). */
let lastTable: LineTable | undefined;

/** Cuts the text into lines at "\n", "\r\n" and "\r". Linear. */
export function splitLines(text: string): LineTable {
  if (lastTable !== undefined && lastTable.source === text) return lastTable;
  lastTable = new LineTable(text);
  return lastTable;
}
