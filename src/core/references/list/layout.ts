/**
 * How a reference list is laid out on the page, read from all its lines at once: whether its entries
 * carry list markers, whether wrapped lines hang indented under the first, whether the lines are
 * hard-wrapped at a width (text from a PDF or a plain-text file) or each entry is one long line (a web
 * page, a word processor). The splitter trusts these where a single line is ambiguous: a line at the
 * list's left edge after a hanging indent starts an entry; a line that ended well short of the width
 * ended its entry, since the next word would have fitted on it.
 */
import type { LineTable } from './lines';
import { ABNT_TITLE_FIRST_RE } from '../names';

/** What the lines of a list tell about its layout. */
export interface ListLayout {
  /** Most entries start with a list marker ("1.", "[1]", "-"): a line without one continues an entry. */
  readonly marked: boolean;
  /** The indent of entries' first lines when wrapped lines hang indented under them. */
  readonly hangingBase?: number;
  /** The width (in characters, indent included) the lines were wrapped at, when they were. */
  readonly wrapWidth?: number;
  /** The lines are not wrapped: an entry is one line, however long. */
  readonly unwrapped: boolean;
  /**
   * The lines were filled to the width character by character (a plain-text file, a monospaced print):
   * every line broken inside an entry is one whose next word would not have fitted on it. Then a line
   * whose next word would have fitted ended its entry. Text from a PDF set in a proportional font is
   * never filled this tightly.
   */
  readonly tight: boolean;
  /**
   * Blank lines stand between the entries and most entries run over several lines: a new entry
   * starts after a blank line, and inside a paragraph only a line of a person's names followed at
   * once by a year does ("Salvador. 2005. Tese …" and "Campinas, SP, Revista …" go on).
   */
  readonly paragraphs: boolean;
  /**
   * The entries start with a surname or an organisation in capitals ("MOURA, P. L.", "CRA.", as ABNT and
   * other styles set them): at least half the lines after a finished line that start with a capital letter
   * start so. Then a wrapped line that does not is the entry going on ("Universidade Federal da Bahia, 1979.").
   */
  readonly capitalsLed: boolean;
}

/** A line that starts with a word in capitals and its comma or full stop: "MOURA, P. L.", "BRASIL.", "McFEETERS, S.K.", "IBGE (2010)". */
const CAPITALS_START_RE = /^(?:Ma?c|D[ei]|O')?\p{Lu}[\p{Lu}'\u2019-]+(?:\s\p{Lu}[\p{Lu}'\u2019-]*){0,5}\s?[,.;(\u2013-]/u;

/** A line that opens as an entry of a list led by capitals does: a name in capitals, or a title's first words in capitals (ABNT). */
function startsInCapitals(content: string): boolean {
  return CAPITALS_START_RE.test(content) || ABNT_TITLE_FIRST_RE.test(content);
}

/** At most this many lines are read to tell the layout (a list of thousands reads the same way throughout). */
const SAMPLE = 4000;

/**
 * Reads the layout of lines `from`..`to` (exclusive). `skip(k)` tells which lines are page furniture to
 * leave out, `markerLength(k)` the length of line `k`'s list marker (0 when none), and `endsOpen(k)`
 * whether line `k` ends in the middle of an entry. Reads at most
 * {@link SAMPLE} non-blank lines; linear.
 */
export function readLayout(
  lines: LineTable,
  from: number,
  to: number,
  skip: (k: number) => boolean,
  markerLength: (k: number) => number,
  endsOpen: (k: number) => boolean,
  firstWordLength: (k: number) => number = () => 0,
): ListLayout {
  const lengths: number[] = [];
  let markers = 0;
  // Lines after a finished line that start with a capital letter, and those of them in capitals.
  let afterEnd = 0;
  let capitalsAfterEnd = 0;
  let firstMarked = false;
  let open = 0;
  let lastOpen = false;
  let base = Number.POSITIVE_INFINITY;
  let firstIndent = -1;
  const indents: number[] = [];
  const afterLine: boolean[] = [];
  let prevBlank = true;
  // Breaks inside an entry (an open line, then another line): the open line's length and the next line's first word.
  const breaks: [number, number][] = [];
  // Lines of one word (an address too long for any line) are left out of the fill width.
  const oneWord: boolean[] = [];
  // Paragraphs (runs of lines between blank lines) and how many of them run over several lines.
  let paragraphCount = 0;
  let multiLine = 0;
  let paragraphLines = 0;
  let firstParagraph = 0;
  for (let k = from; k < to && lengths.length < SAMPLE; k++) {
    if (lines.isBlank(k)) {
      prevBlank = true;
      continue;
    }
    if (skip(k)) continue;
    if (prevBlank) {
      if (paragraphLines >= 2) multiLine++;
      if (paragraphCount === 1) firstParagraph = paragraphLines;
      paragraphCount++;
      paragraphLines = 0;
    }
    paragraphLines++;
    const l = lines.get(k);
    lengths.push(l.indent + l.textEnd - l.textStart);
    oneWord.push(firstWordLength(k) >= l.textEnd - l.textStart);
    if (markerLength(k) > 0) {
      markers++;
      if (lengths.length === 1) firstMarked = true;
    }
    // A line that ends open and has another line right after it: a break in the middle of an entry
    // (a sub-heading ends open too, but has a blank line after it).
    if (!prevBlank && lastOpen) {
      open++;
      breaks.push([lengths[lengths.length - 2], firstWordLength(k)]);
    }
    if (!lastOpen && /^\p{Lu}/u.test(lines.source.slice(l.textStart, l.textStart + 2))) {
      afterEnd++;
      const head = lines.source.slice(l.textStart, Math.min(l.textEnd, l.textStart + 80));
      if (startsInCapitals(head)) capitalsAfterEnd++;
    }
    lastOpen = endsOpen(k);
    if (firstIndent < 0) firstIndent = l.indent;
    base = Math.min(base, l.indent);
    indents.push(l.indent);
    afterLine.push(!prevBlank);
    prevBlank = false;
  }
  if (paragraphLines >= 2) multiLine++;
  if (paragraphCount === 1) firstParagraph = paragraphLines;
  const n = lengths.length;
  // Most paragraphs of two to five lines, the first among them: one entry each (groups of one-line
  // entries run longer, and so does a list set one entry a line with comments after it).
  // A third of the breaks inside paragraphs at least fall in the middle of an entry (groups of one-line entries have none).
  const paragraphs = paragraphCount >= 4 && multiLine * 2 >= paragraphCount && n <= paragraphCount * 5 && firstParagraph <= 5 && open * 3 >= n - paragraphCount;
  // A marked list starts with its first marker: markers that come only later are the notes after the list.
  const marked = firstMarked && markers >= 3 && markers * 4 >= n;
  let hanging = 0;
  for (let i = 0; i < n; i++) if (afterLine[i] && indents[i] >= base + 2) hanging++;
  const hangingBase = !marked && n >= 4 && hanging >= 2 && hanging * 7 >= n && firstIndent <= base + 1 ? base : undefined;
  let wrapWidth: number | undefined;
  let unwrapped = false;
  let tight = false;
  if (n >= 6) {
    // Lines of one word (an address longer than the width) say nothing of the width.
    const words = lengths.filter((_, i) => !oneWord[i]);
    const sorted = (words.length >= 6 ? words : [...lengths]).sort((a, b) => a - b);
    const width = sorted[Math.floor(0.95 * (sorted.length - 1))];
    let near = 0;
    let over = 0;
    lengths.forEach((x, i) => {
      if (x >= width - 12 && x <= width + 4) near++;
      if (x > width + 4 && !oneWord[i]) over++;
    });
    // Wrapped lines break in the middle of entries: a fifth of the lines at least end open (no full
    // stop, bracket or number), which one-line entries of similar lengths do not.
    if (width >= 40 && width <= 130 && near * 10 >= n * 3 && over * 25 <= n && open * 5 >= n) {
      // The fill width: the longest line of several words near the width (a long address may stand out past it).
      let fill = 0;
      lengths.forEach((x, i) => {
        if (x <= width + 4 && x > fill && !oneWord[i]) fill = x;
      });
      wrapWidth = fill;
      let overflow = 0;
      for (const [length, word] of breaks) if (length + 1 + word > fill) overflow++;
      // An entry that ends without a full stop counts as a break too: allow one in ten.
      tight = breaks.length >= 8 && overflow * 10 >= breaks.length * 9;
    } else if (sorted[Math.floor(0.75 * (n - 1))] > 100 || width > 160) unwrapped = true;
  }
  const capitalsLed = capitalsAfterEnd >= 4 && capitalsAfterEnd * 2 >= afterEnd;
  return { marked, hangingBase, wrapWidth, unwrapped, tight, paragraphs, capitalsLed };
}

/** What the splitter knows of a line that follows another line of the list without a blank line between. */
export interface LineContext {
  /** The line's trimmed content (its first few hundred characters). */
  readonly content: string;
  readonly indent: number;
  /** Length of the previous line of the entry, indent included. */
  readonly prevLength: number;
  /** The previous line ends as an entry ends (a full stop, a bracket, a number, a link). */
  readonly prevEnds: boolean;
  /** The previous line ends open: a comma or "and" before more names. */
  readonly prevOpen: boolean;
  /** The previous line ends with "and" or "&": more names must follow. */
  readonly prevAnd: boolean;
  /** The line starts in lower case or with punctuation. */
  readonly lowerOrPunct: boolean;
  /** The line is the furniture that follows a list ("Share this:", "Notes"). */
  readonly furniture: boolean;
  /** The line starts with a person's names (or a rule for the same author), as an entry does. */
  readonly namesFirst: boolean;
  /** The line holds a year or an address. */
  readonly dated: boolean;
  /** Names, then the year at once: "Eskom. (2009).", "Smith, J. (2010)." */
  readonly yearAfterNames: boolean;
  /** The line starts with a rule for the same authors as the entry above ("———. 1991.", "_____. A cidade"). */
  readonly sameAuthors: boolean;
  /** The previous line is one word: an address too long to break, which says nothing of where the wrap fell. */
  readonly prevOneWord: boolean;
}

/**
 * Whether a line starts a new entry, given the list's layout and what the line alone suggested
 * (`guess`). The layout decides only where it is unambiguous; elsewhere the guess stands.
 */
export function startsEntryByLayout(layout: ListLayout, guess: boolean, line: LineContext): boolean {
  if (line.furniture) return guess;
  if (layout.marked) return false;
  const continues = line.prevOpen || (line.lowerOrPunct && !line.prevEnds);
  if (layout.hangingBase !== undefined) {
    if (line.indent >= layout.hangingBase + 2) return false;
    // At the left edge an entry starts, after a comma or a number too ("… Computer 20 (1987),", "… A&A, 416, 839"),
    // unless the line before ends on "and" or this one starts in lower case after an unfinished line.
    return line.prevAnd || (line.lowerOrPunct && !line.prevEnds) ? guess : true;
  }
  if (layout.paragraphs) return guess && line.prevEnds && line.namesFirst && line.yearAfterNames;
  if (layout.wrapWidth !== undefined) {
    // In a list whose entries start in capitals, a line that does not start so goes on (a rule for the same authors aside).
    if (layout.capitalsLed && !startsInCapitals(line.content) && !line.sameAuthors) return false;
    // …and after a finished line, a title's first words in capitals start an entry without an author ("AEA manifestó …").
    if (layout.capitalsLed && line.prevEnds && ABNT_TITLE_FIRST_RE.test(line.content)) return true;
    const firstWord = /^\S*/.exec(line.content)?.[0].length ?? 0;
    // The line before ended well short of the width: its entry ended there, or the word would have
    // fitted. Well short: text from a PDF was set in a proportional font, so its lines of the same
    // width differ in characters by a tenth or more.
    const short = line.prevLength + 1 + firstWord < layout.wrapWidth * 0.85;
    if (short && !continues) return true;
    // Filled tightly, the line before would have taken this line's first word had its entry gone on.
    if (layout.tight && !continues && line.prevLength + 1 + firstWord <= layout.wrapWidth) return true;
    // A full line that does not end as an entry ends was wrapped in the middle of its entry; after a
    // full line that does, only a person's names start the next entry (a capitalised journal, place
    // or title is the entry going on).
    // A short line of names with no year ("Mabula, South Africa.") is the place at the end of the entry.
    // After an address on a line of its own, names and their year start the next entry, whether the address read as
    // an entry's end or not ("…/Summary-First-Peoples.pdf" + "Archibald, J. (2008). Indigenous storywork: …").
    if (!short && line.prevOneWord && !continues && line.namesFirst && line.yearAfterNames) return true;
    if (!short) return line.prevEnds && guess && (line.yearAfterNames || (line.namesFirst && (line.dated || line.indent + line.content.length >= layout.wrapWidth / 2)));
    return guess;
  }
  // Unwrapped lines break only where an entry ends, unless the names of the entry go on ("Lees L, Slater T and"):
  // after "312 pp." or a bare last word the next line starts an entry, whatever it starts with (a title, an organisation).
  if (layout.unwrapped && !continues) return true;
  // An entry that ends with a comma, then a dated line of names: "… Computer 20 (1987),⏎Chapman, D. (1987)."
  if (layout.unwrapped && !line.prevAnd && line.namesFirst && line.dated) return true;
  return guess;
}
