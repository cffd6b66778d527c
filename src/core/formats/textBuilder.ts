/**
 * Builds a reading text piece by piece, recording for each piece where it came from. Shared by every
 * reader so that paragraphs, line breaks and spaces are treated alike in every format.
 */
import type { EmphasisKind, EmphasisSpan, ListItemSpan, MapSegment, SourcePlace } from './model';

/**
 * A line that heads the reference list, in the languages the engine reads (optionally numbered). The
 * readers use it only to shape the text (a PDF list split by its own rules, a heading given to a bare
 * citeproc list); the engine finds the list on its own.
 */
export const REFERENCES_HEADING = /^(?:\d+\.?\s*|[IVX]+\.?\s*)?(?:references?|reference list|bibliography|works cited|literature cited|literatur(?:verzeichnis)?|referências(?: bibliográficas)?|referencias(?: bibliográficas)?|bibliografía|bibliografia|références(?: bibliographiques)?|bibliographie|quellen(?:verzeichnis)?)\s*:?$/i;

/** Characters that carry no reading text: zero-width spaces and joiners, soft hyphens, BOMs. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * Text as the engine should see it: NFKC (ligatures, full-width forms), invisible characters removed. The ordinal
 * indicators "º" and "ª" stay as written ("4º Seminário", "nº 17", "1ª ed."): NFKC would make them a plain "o" and "a".
 */
export function normaliseText(s: string): string {
  const normal = /[\u00aa\u00ba]/.test(s) ? s.split(/([\u00aa\u00ba])/).map((part) => (part === '\u00aa' || part === '\u00ba' ? part : part.normalize('NFKC'))).join('') : s.normalize('NFKC');
  return normal.replace(INVISIBLE, '');
}

/** Accumulates reading text with its source map. Whitespace is collapsed as HTML does: runs of spaces become one. */
export class ReadingTextBuilder {
  private readonly parts: string[] = [];
  private readonly segments: MapSegment[] = [];
  private readonly emphasis: EmphasisSpan[] = [];
  private readonly items: ListItemSpan[] = [];
  private length = 0;
  /** The last character written ('' at the start). */
  private last = '';
  /** The two last characters written, to know whether a paragraph break is already there. */
  private lastTwo = '';

  constructor(private readonly maxChars = Number.POSITIVE_INFINITY) {}

  /** True once the text has reached its limit; later pieces are dropped. */
  get full(): boolean {
    return this.length >= this.maxChars;
  }

  /** Appends inline text, collapsing whitespace runs (and a space at a line's start) into single spaces. */
  inline(raw: string, place: SourcePlace): void {
    const text = normaliseText(raw).replace(/[ \t\r\n\f\v\u00a0\u2028\u2029]+/g, ' ');
    if (text === '') return;
    const body = this.last === '' || this.last === '\n' || this.last === ' ' ? text.replace(/^ /, '') : text;
    this.write(body, place);
  }

  /** Appends text as it is (normalised, no whitespace collapsing): used for pre-formatted text. */
  verbatim(raw: string, place: SourcePlace): void {
    this.write(normaliseText(raw).replace(/\r\n?/g, '\n'), place);
  }

  /** Ends the current line (a `<br>`, a line of a list entry). */
  lineBreak(): void {
    this.trimTrailingSpace();
    if (this.last !== '' && this.last !== '\n') this.raw('\n');
  }

  /** Ends the current paragraph: a blank line, unless the text is empty or already ends in one. */
  paragraphBreak(): void {
    this.trimTrailingSpace();
    if (this.last === '') return;
    if (this.lastTwo !== '\n\n') this.raw(this.last === '\n' ? '\n' : '\n\n');
  }

  /** The last character written ('' before anything). */
  get lastChar(): string {
    return this.last;
  }

  /** A space between two inline pieces (never at a line's start, never doubled). */
  space(): void {
    if (this.last !== '' && this.last !== ' ' && this.last !== '\n') this.raw(' ');
  }

  /** Removes the last character written when it is one of `chars` (a line-end hyphen undone). */
  dropLast(chars: string): boolean {
    this.trimTrailingSpace();
    if (this.last === '' || !chars.includes(this.last)) return false;
    this.last = ' ';
    this.trimTrailingSpace();
    return true;
  }

  /** Where the next piece of text will start: the offset to give {@link emphasised} or {@link listItem} when a span opens. */
  get position(): number {
    return this.length;
  }

  /** Records that the text written since `start` (a {@link position}) is emphasised; nothing when none was written. */
  emphasised(kind: EmphasisKind, start: number): void {
    const end = this.length;
    if (end > start) this.emphasis.push({ start, end, kind });
  }

  /** Records that the text written since `start` (a {@link position}) is an item of a list; nothing when none was written. */
  listItem(start: number, item: Omit<ListItemSpan, 'start' | 'end'>): void {
    const end = this.length;
    if (end > start) this.items.push({ start, end, ...item });
  }

  /**
   * The text and its map, trailing whitespace removed; the emphasis and list items recorded, sorted by start and
   * cut to the text (a span reduced to whitespace is dropped).
   */
  finish(): { text: string; map: MapSegment[]; emphasis: EmphasisSpan[]; listItems: ListItemSpan[] } {
    this.trimTrailingSpace();
    let text = this.parts.join('');
    text = text.trimEnd();
    const map = this.segments.filter((s) => s.start < text.length).map((s) => (s.end > text.length ? { ...s, end: text.length } : s));
    return { text: text === '' ? '' : `${text}\n`, map, emphasis: cut(this.emphasis, text), listItems: cut(this.items, text) };
  }

  private write(text: string, place: SourcePlace): void {
    if (text === '' || this.full) return;
    const start = this.length;
    this.raw(text);
    const previous = this.segments[this.segments.length - 1];
    if (previous && previous.end === start && previous.place === place) this.segments[this.segments.length - 1] = { ...previous, end: this.length };
    else this.segments.push({ start, end: this.length, place });
  }

  private raw(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    this.lastTwo = (this.lastTwo + text).slice(-2);
    this.last = text.charAt(text.length - 1);
  }

  private trimTrailingSpace(): void {
    if (this.last !== ' ') return;
    const top = this.parts[this.parts.length - 1];
    this.parts[this.parts.length - 1] = top.slice(0, -1);
    this.length--;
    let tail = '';
    for (let k = this.parts.length - 1; k >= 0 && tail.length < 2; k--) tail = this.parts[k] + tail;
    this.lastTwo = tail.slice(-2);
    this.last = this.lastTwo.charAt(this.lastTwo.length - 1);
    const seg = this.segments[this.segments.length - 1];
    if (seg && seg.end > this.length) {
      if (seg.start >= this.length) this.segments.pop();
      else this.segments[this.segments.length - 1] = { ...seg, end: this.length };
    }
  }
}

/** `spans` cut to `text` and trimmed of whitespace at both ends (a span left empty is dropped), sorted by start. */
function cut<T extends { readonly start: number; readonly end: number }>(spans: readonly T[], text: string): T[] {
  const out: T[] = [];
  for (const span of spans) {
    let { start, end } = span;
    end = Math.min(end, text.length);
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push(start === span.start && end === span.end ? span : { ...span, start, end });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
