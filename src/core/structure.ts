/**
 * The essay's outline: its title and its headings, found in plain text, Markdown, or text copied from
 * a web page. Headings are recognised by their shape (Markdown "#", numbering, capitals, a short
 * Title-Case line standing alone), never by their words, except the reference list's heading, which
 * the reference finder has already located.
 */
import type { Analysis, Section, Span } from './model';
import { isAllCaps, trimEndChars } from './text';
import { splitLines, type Line } from './references/list';
import { isMasthead, isRunningHead } from './references/pageFurniture';

/** Longest line that can be a title. */
const MAX_TITLE = 200;
/** Longest line that can be a heading. */
const MAX_HEADING = 120;

/** Lines that belong to a web page's furniture, never headings: sharing, comments, footers, bylines. */
const FURNITURE =
  /^(?:leave a (?:comment|reply)|share this|share on|posted (?:in|by|on)|tags?:|related (?:posts|articles)|\d+ comments?|comments?$|seja o primeiro|deixe (?:um|o seu) coment|print this|subscribe|follow us|you may also like|read more|by\s|por\s|von\s|copyright|©|all rights reserved|(?:table|figure|fig\.|tabela|tabla|abbildung|quadro|gráfico|chart|graph)\s?\d)/i;

/**
 * Finds the essay's title and headings.
 *
 * `title` is the first non-empty line when it is short (under ~200 characters) and not a sentence-like
 * paragraph; it also opens `sections` as a `title` section of level 0. Headings are Markdown headings
 * (level = number of "#", one less when the title is itself a "#" heading), numbered headings
 * ("2.1 Methods", level = depth of the number), lines in capitals, and short Title-Case lines standing
 * between blank lines. When the text has Markdown headings only those (and numbered ones) count. The
 * reference list's heading is given kind `references`. Lines inside the reference list are never
 * headings. Offsets are into `text`; never throws; linear in the text's length.
 */
export function findStructure(text: string, referenceList?: Analysis['referenceList']): { title?: string; sections: Section[] } {
  try {
    return structure(typeof text === 'string' ? text : '', referenceList);
  } catch {
    return { sections: [] };
  }
}

function structure(text: string, referenceList?: Analysis['referenceList']): { title?: string; sections: Section[] } {
  const lines = splitLines(text);
  const lists = referenceLists(referenceList);
  const sections: Section[] = [];
  const blank = (k: number): boolean => lines.isBlank(k);
  const content = (l: Line): string => text.slice(l.textStart, Math.min(l.textEnd, l.textStart + 400));

  let markdownHeadings = 0;
  for (let k = 0; k < lines.count && markdownHeadings < 2; k++) {
    if (!blank(k) && /^#{1,6}[ \t]/.test(content(lines.get(k)))) markdownHeadings++;
  }
  const markdown = markdownHeadings >= 2;

  // The title: the first non-empty line.
  let title: string | undefined;
  let titleLine = -1;
  let titleLine2 = -1;
  let titleHashes = 0;
  let first = 0;
  while (first < lines.count && blank(first)) first++;
  // A journal's masthead or a running head above the title (text from a PDF) is not the title.
  for (let skipped = 0; skipped < 3 && first < lines.count; skipped++) {
    const head = content(lines.get(first));
    if (!isMasthead(head) && !isRunningHead(head)) break;
    first++;
    while (first < lines.count && blank(first)) first++;
  }
  if (first < lines.count) {
    const l = lines.get(first);
    const raw = content(l);
    const hashes = /^#{1,6}[ \t]/.test(raw) ? raw.indexOf(' ') : 0;
    const candidate = cleanHeading(raw);
    if (l.textEnd - l.textStart <= MAX_TITLE && candidate !== '' && looksLikeTitle(candidate) && !inside(l, referenceList?.span) && !sameSpan(l, referenceList?.heading)) {
      title = candidate;
      titleLine = first;
      titleHashes = hashes;
      let end = l.textEnd;
      // A title wrapped onto a second line (text from a PDF): the line goes on in lower case, the
      // first does not end with punctuation, and a blank line follows (a byline is not the title).
      const next = first + 1 < lines.count && !blank(first + 1) ? lines.get(first + 1) : undefined;
      if (next && hashes === 0 && /\p{L}$/u.test(candidate) && next.textEnd - next.textStart + candidate.length <= MAX_TITLE) {
        const more = content(next);
        if (/^\p{Ll}/u.test(more) && blank(first + 2) && !FURNITURE.test(more) && looksLikeTitle(`${candidate} ${more}`)) {
          title = `${candidate} ${cleanHeading(more)}`;
          titleLine2 = first + 1;
          end = next.textEnd;
        }
      }
      sections.push({ start: l.textStart, end, title, level: 0, kind: 'title' });
    }
  }

  for (let k = 0; k < lines.count; k++) {
    if (k === titleLine || k === titleLine2 || blank(k) || lines.contentLength(k) > MAX_HEADING + 10) continue;
    const l = lines.get(k);
    if (lists.some((list) => sameSpan(l, list.heading))) {
      const raw = content(l);
      sections.push({ start: l.textStart, end: l.textEnd, title: cleanHeading(raw), level: headingLevel(raw, titleHashes) ?? 1, kind: 'references' });
      continue;
    }
    if (lists.some((list) => inside(l, list.span))) continue;
    if (l.textEnd - l.textStart > MAX_HEADING + 10) continue;
    const raw = content(l);
    if (isRunningHead(raw) || isMasthead(raw)) continue;
    const level = headingOf(raw, { markdown, titleHashes, alone: blank(k - 1) && blank(k + 1), afterBlank: blank(k - 1) });
    if (level !== undefined) sections.push({ start: l.textStart, end: l.textEnd, title: cleanHeading(raw), level, kind: 'section' });
  }
  sections.sort((a, b) => a.start - b.start);
  return title !== undefined ? { title, sections } : { sections };
}

/**
 * The document's reference lists in text order, each its heading (when it has one) and the span of its entries: the
 * lists of its earlier parts first (`earlier`), then the last one.
 */
export function referenceLists(referenceList: Analysis['referenceList']): readonly { readonly heading?: Span; readonly span: Span }[] {
  return referenceList ? [...(referenceList.earlier ?? []), referenceList] : [];
}

function inside(l: Line, span: { start: number; end: number } | undefined): boolean {
  return span !== undefined && l.textStart >= span.start && l.textEnd <= span.end && l.textEnd > l.textStart;
}

function sameSpan(l: Line, span: { start: number; end: number } | undefined): boolean {
  return span !== undefined && l.textStart <= span.start && l.textEnd >= span.end && span.end > span.start;
}

/** The heading's text for the outline: Markdown marks and emphasis removed, numbering kept. */
function cleanHeading(raw: string): string {
  const hashes = raw.startsWith('#') && / #{1,6}$/.test(raw.slice(-8)) ? trimEndChars(raw, '#') : raw;
  return hashes
    .replace(/^#{1,6}[ \t]+/, '')
    .replace(/^[*_]{1,3}/, '')
    .replace(/[*_]{1,3}$/, '')
    .replace(/[\u00a0\u200b\t]+/g, ' ')
    .replace(/:$/, '')
    .trim();
}

/** A title: starts with a letter, digit or quote; not a run of sentences; not a list item. */
function looksLikeTitle(s: string): boolean {
  if (!/^[\p{L}\p{N}"'\u201c\u2018\u00ab\u00bf\u00a1]/u.test(s)) return false;
  const words = s.split(/\s+/).length;
  const sentences = (s.match(/[.!?]\s+\p{Lu}/gu) ?? []).length;
  if (sentences >= 2) return false;
  if (/[.]$/.test(s) && words > 14) return false;
  if (sentences >= 1 && words > 20) return false;
  return true;
}

/** The level a heading's own marks give it: Markdown hashes or numbering depth. */
function headingLevel(raw: string, titleHashes: number): number | undefined {
  const hashes = /^(#{1,6})[ \t]/.exec(raw);
  if (hashes) return Math.max(1, hashes[1].length - (titleHashes === 1 ? 1 : 0));
  const num = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?[ \t]/.exec(raw);
  if (num) return num[1].split('.').filter((x) => x !== '').length;
  return undefined;
}

interface Context {
  readonly markdown: boolean;
  readonly titleHashes: number;
  /** Blank lines (or the text's edges) before and after. */
  readonly alone: boolean;
  readonly afterBlank: boolean;
}

/** The heading level of a line, or undefined when it is not a heading. */
function headingOf(raw: string, ctx: Context): number | undefined {
  if (/^#{1,6}[ \t]+\S/.test(raw)) return headingLevel(raw, ctx.titleHashes);
  const text = cleanHeading(raw);
  if (text === '' || text.length > MAX_HEADING) return undefined;
  if (FURNITURE.test(text) || /[|]/.test(text)) return undefined;
  // A citation or a year in parentheses belongs to prose or to a reference, not to a heading.
  if (/\(\s?(?:1[5-9]\d\d|20\d\d)/.test(text) || /\b(?:1[5-9]\d\d|20\d\d)[a-z]?\)/.test(text)) return undefined;
  const words = text.split(/\s+/);
  if (words.length > 15) return undefined;
  const endsSentence = /[.,;:!]$/.test(text) && !/\b(?:[IVXLC]+|\d+)\.$/.test(text);

  const num = /^(\d{1,2}(?:\.\d{1,2}){0,4}|[IVXLC]{1,6}|[A-Z])([.)]?)[ \t]+(\S.*)$/.exec(text);
  if (num && ctx.afterBlank) {
    const rest = num[3];
    const roman = /^[IVXLC]+$/.test(num[1]) || /^[A-Z]$/.test(num[1]);
    if (roman && num[2] === '') return undefined;
    if (/^\p{Lu}/u.test(rest) && !endsSentence && rest.split(/\s+/).length <= 12) {
      return roman ? 1 : num[1].split('.').filter((x) => x !== '').length;
    }
    return undefined;
  }
  if (ctx.markdown || !ctx.alone || endsSentence) return undefined;
  if (!/^[\p{Lu}\p{N}"'\u201c\u00bf\u00a1]/u.test(text)) return undefined;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 3 && isAllCaps(letters) && words.length <= 12) return 1;
  // A short line standing alone: Title Case, or a few words in sentence case.
  const significant = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 3);
  const capitalised = significant.filter((w) => /^["'\u201c(]?\p{Lu}/u.test(w)).length;
  if (words.length <= 10 && text.length <= 80 && (significant.length === 0 || capitalised / significant.length >= 0.6)) return 1;
  if (words.length <= 7 && text.length <= 70 && !/[?]$/.test(text)) return 1;
  return undefined;
}
