// What the reading view shows, as HTML, from the analysis alone: pure (no `vscode`), so every case is tested in
// plain Node. The essay's text is untrusted: every piece of it goes through `escapeHtml`, and the only markup
// is built here. The panel (readingViewPanel.ts) sends the blocks in chunks and the card on demand; the page
// script (media/readingView.js) only inserts what it is sent and handles the keyboard and scrolling.
import { chosenReason } from '../core/choices';
import { citationMarks, type CitationMark } from '../core/marks';
import type { EmphasisSpan, ListItemSpan, PageStart } from '../core/formats/model';
import type { AnalysisIndex } from '../core/lookup';
import type { Analysis, Citation, CitedWork, LinkStatus, Reference, Span } from '../core/model';
import { referenceFields } from '../core/referenceFields';
import { referenceLists } from '../core/structure';
import { locatorText } from '../reading/labels';
import { say } from '../core/messages';

/** One block of the reading view, in text order. Offsets are into `analysis.text`. */
export type ReadingBlock = (
  | (Span & { readonly kind: 'heading'; readonly level: number; readonly text: string })
  | (Span & { readonly kind: 'paragraph' })
  | (Span & { readonly kind: 'reference'; readonly reference: number })
) & {
  /** The pages of a PDF that begin in this block (or in the gap before it), 1-based. */
  readonly pages?: readonly number[];
};

/** Lines of a block at most this long (all but its last) are a wrapped paragraph; longer ones are a paragraph each. */
const wrappedLineMax = 100;
/** A line that starts a list item: a bullet ("- ", "* ", "• ", "– "), or a number or letter ("1. ", "2) ", "a) ", "(iv) "). */
const listItem = /^\s*(?:[-*•–]\s|\d{1,3}[.)]\s|[a-z]\)\s|\([a-z0-9]{1,4}\)\s)/;
/** A bullet that starts a list item, with the space after it (the list shows its own bullet instead). */
const bullet = /^\s*[-*•–]\s+/;

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  // Most of an essay has none of them: the text as it is, without a new string.
  if (!htmlSpecial.test(text)) return text;
  return text.replace(htmlSpecials, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}
const htmlSpecial = /[&<>"']/;
const htmlSpecials = /[&<>"']/g;

/** The non-blank stretches of `text` between `from` and `to` separated by blank lines, trimmed. */
function stretches(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  const blank = /\n[ \t\r\f\v]*\n\s*/g;
  blank.lastIndex = from;
  let start = from;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let m = blank.exec(text); m && m.index < to; m = blank.exec(text)) {
    push(start, Math.min(m.index, to));
    start = m.index + m[0].length;
  }
  push(start, to);
  return spans;
}

/** A stretch as paragraphs: one when its lines were wrapped to a width, else one per line (and one per list item). */
function paragraphs(text: string, span: Span): Span[] {
  const lines: Span[] = [];
  let at = span.start;
  while (at < span.end) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 || nl > span.end ? span.end : nl;
    lines.push({ start: at, end });
    at = end + 1;
  }
  if (lines.length === 1) return [span];
  const wrapped = lines.slice(0, -1).every((l) => l.end - l.start <= wrappedLineMax);
  const out: Span[] = [];
  for (const line of lines) {
    const trimmed = stretches(text, line.start, line.end)[0];
    if (!trimmed) continue;
    const last = out[out.length - 1];
    if (wrapped && last && !listItem.test(text.slice(trimmed.start, trimmed.end))) out[out.length - 1] = { start: last.start, end: trimmed.end };
    else out.push(trimmed);
  }
  return out;
}

/**
 * The essay as blocks to read: headings (from `analysis.sections`: the title a level 1 heading, a section of
 * level n a level n + 1 heading, at most 6), paragraphs (stretches between blank lines; a stretch whose lines
 * are longer than a wrapped line is a paragraph per line, and a line starting with a list marker starts a
 * paragraph), and one block per entry of the reference list (of each list, where a document has one after each
 * part). Text inside a list's span outside any entry is left out (page furniture between entries). With `pages`
 * (where a PDF's pages begin, in text order), each block carries the pages that begin inside it or in the gap
 * before it. Linear in the text's length and the
 * number of pages; never throws on a valid analysis.
 */
export function readingBlocks(analysis: Pick<Analysis, 'text' | 'sections' | 'references' | 'referenceList'>, pages: readonly PageStart[] = []): ReadingBlock[] {
  const { text } = analysis;
  const lists = referenceLists(analysis.referenceList).map((list) => list.span);
  const blocks: ReadingBlock[] = [];
  const headings = analysis.sections.filter((s) => lists.every((list) => s.end <= list.start || s.start >= list.end)).sort((a, b) => a.start - b.start);
  let h = 0;
  const body = (from: number, to: number): void => {
    let at = from;
    while (at < to) {
      while (h < headings.length && headings[h].start < at) h++;
      const heading = h < headings.length && headings[h].start < to ? headings[h] : undefined;
      const stop = heading ? heading.start : to;
      for (const stretch of stretches(text, at, stop)) blocks.push(...paragraphs(text, stretch).map((p) => ({ kind: 'paragraph' as const, ...p })));
      if (!heading) break;
      const title = heading.title.replace(/^#+\s*/, '').trim() || text.slice(heading.start, heading.end).trim();
      blocks.push({ kind: 'heading', start: heading.start, end: heading.end, level: Math.min(6, heading.level + 1), text: title });
      at = Math.max(heading.end, heading.start + 1);
      h++;
    }
  };
  let at = 0;
  let r = 0;
  const references = analysis.references;
  for (const list of lists) {
    body(at, list.start);
    for (; r < references.length && references[r].start < list.end; r++) blocks.push({ kind: 'reference', start: references[r].start, end: references[r].end, reference: references[r].index });
    at = list.end;
  }
  body(at, text.length);
  return withPages(blocks, pages);
}

/** `blocks` (in text order) with each page start given to the first block ending after it; one pass over both. */
function withPages(blocks: ReadingBlock[], pages: readonly PageStart[]): ReadingBlock[] {
  if (pages.length === 0) return blocks;
  let p = 0;
  return blocks.map((block) => {
    const here: number[] = [];
    while (p < pages.length && pages[p].offset < block.end) here.push(pages[p++].page);
    return here.length === 0 ? block : { ...block, pages: here };
  });
}

/** The margin notes of the pages that begin at a block: not focusable, named for assistive technology. */
function pagesHtml(block: ReadingBlock): string {
  return (block.pages ?? []).map((page) => `<span class="page" role="note" aria-label="${escapeHtml(say('Page {0}', page))}">${escapeHtml(say('p. {0}', page))}</span>`).join('');
}

/** Words for a status, as the reading view and its card say them. */
export function statusWords(work: Pick<CitedWork, 'status' | 'targets' | 'reasons'>): string {
  if (work.status === 'linked') return work.reasons.includes(chosenReason()) ? say('linked (your choice)') : say('linked');
  if (work.status === 'ambiguous') return say('ambiguous: {0} references match', work.targets.length);
  return say('not found in the reference list');
}

/** The status of a mark: the citation's own for a single work, the work's for one work of several. */
function markWork(citation: Citation, mark: CitationMark): CitedWork {
  return citation.works[mark.work ?? 0];
}

/** The id of a mark's element (back-links point at it). */
export function markId(mark: Pick<CitationMark, 'citation' | 'work'>): string {
  return mark.work === undefined ? `cite-${mark.citation}` : `cite-${mark.citation}-${mark.work}`;
}

/** Stand-ins for a message's arguments: the message is looked up once with them, then filled by concatenation. */
const slots = ['\ue000', '\ue001', '\ue002'] as const;

/** A message said with {@link slots} as its arguments, as a function of the real arguments. */
function template(said: string): (...args: string[]) => string {
  const parts = said.split(/([\ue000-\ue002])/);
  return (...args) => {
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) out += (args[parts[i].charCodeAt(0) - 0xe000] ?? '') + parts[i + 1];
    return out;
  };
}

/** What every mark of one render says the same way: its label's templates and the status words, each worked out once. */
class MarkWords {
  private readonly single = template(say('Citation {0}: {1}', slots[0], slots[1]));
  private readonly several = template(say('Citation {0}, work {1}: {2}', slots[0], slots[1], slots[2]));
  private readonly statuses = new Map<string, string>();
  private readonly chosen = chosenReason();

  label(citation: Citation, mark: CitationMark, work: CitedWork): string {
    const key = `${work.status} ${work.targets.length} ${work.reasons.includes(this.chosen)}`;
    let status = this.statuses.get(key);
    if (status === undefined) this.statuses.set(key, (status = statusWords(work)));
    const text = citation.text.replace(/\s+/g, ' ');
    return mark.work === undefined ? this.single(text, status) : this.several(text, work.text.replace(/\s+/g, ' '), status);
  }
}

function markHtml(context: ReadingContext, mark: CitationMark, from: number, to: number, first: boolean): string {
  const { analysis } = context;
  const citation = analysis.citations[mark.citation];
  const work = markWork(citation, mark);
  const label = context.words.label(citation, mark, work);
  // A mark split by a paragraph break is focusable once, at its first part.
  const focus = first ? ` id="${markId(mark)}" tabindex="0" role="button" aria-haspopup="dialog" aria-label="${escapeHtml(label)}"` : ' aria-hidden="true"';
  const work_ = mark.work === undefined ? '' : ` data-w="${mark.work}"`;
  return `<span class="cite cite-${mark.status}"${focus} data-c="${mark.citation}"${work_}>${styledHtml(context, from, to)}</span>`;
}

/** A stretch of text the source emphasises, as the page shows it: bit 1 emphasis (`<em>`), bit 2 strong (`<strong>`). */
interface StyleRun extends Span {
  readonly mask: number;
}

/** The emphasis of a document as runs that do not overlap, in text order, each with every kind covering it; one sweep. */
export function styleRuns(emphasis: readonly EmphasisSpan[]): StyleRun[] {
  const edges: { at: number; bit: number; delta: number }[] = [];
  for (const e of emphasis) {
    if (e.end <= e.start) continue;
    const bit = e.kind === 'em' ? 1 : 2;
    edges.push({ at: e.start, bit, delta: 1 }, { at: e.end, bit, delta: -1 });
  }
  edges.sort((a, b) => a.at - b.at);
  const runs: StyleRun[] = [];
  const count = [0, 0, 0];
  let from = 0;
  let mask = 0;
  for (let i = 0; i < edges.length; ) {
    const at = edges[i].at;
    if (mask !== 0 && at > from) {
      const last = runs[runs.length - 1];
      if (last && last.end === from && last.mask === mask) runs[runs.length - 1] = { start: last.start, end: at, mask };
      else runs.push({ start: from, end: at, mask });
    }
    for (; i < edges.length && edges[i].at === at; i++) count[edges[i].bit] += edges[i].delta;
    mask = (count[1] > 0 ? 1 : 0) | (count[2] > 0 ? 2 : 0);
    from = at;
  }
  return runs;
}

/** Index of the first span ending after `offset` among spans in text order that do not overlap. */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The text from `from` to `to`, escaped, with the source's emphasis as `<em>` and `<strong>` (cut at the stretch's ends). */
function styledHtml(context: ReadingContext, from: number, to: number): string {
  const { text } = context.analysis;
  const runs = context.styles;
  let html = '';
  let at = from;
  for (let r = firstEndingAfter(runs, from); r < runs.length && runs[r].start < to; r++) {
    const start = Math.max(runs[r].start, from);
    const end = Math.min(runs[r].end, to);
    const inner = escapeHtml(text.slice(start, end));
    const { mask } = runs[r];
    html += escapeHtml(text.slice(at, start)) + (mask === 1 ? `<em>${inner}</em>` : mask === 2 ? `<strong>${inner}</strong>` : `<strong><em>${inner}</em></strong>`);
    at = end;
  }
  return html + escapeHtml(text.slice(at, to));
}

/** Everything a block's HTML needs, built once per analysis. */
export interface ReadingContext {
  readonly analysis: Analysis;
  readonly index: AnalysisIndex;
  readonly marks: readonly CitationMark[];
  /** The source's emphasis, as runs that do not overlap. */
  readonly styles: readonly StyleRun[];
  /** The items of the source's lists, sorted by start. */
  readonly listItems: readonly ListItemSpan[];
  /** Each citation's index in `analysis.citations`. */
  readonly citationNumbers: ReadonlyMap<Citation, number>;
  readonly words: MarkWords;
}

/** What the reading view takes from the document the essay was read from (its offsets are the analysis text's). */
export interface SourceStructure {
  readonly emphasis?: readonly EmphasisSpan[];
  readonly listItems?: readonly ListItemSpan[];
}

/** The context of `index`'s analysis for `blockHtml`, with the emphasis and lists of the document it was read from. */
export function readingContext(index: AnalysisIndex, source: SourceStructure = {}): ReadingContext {
  const length = index.analysis.text.length;
  const within = <T extends Span>(spans: readonly T[] | undefined): T[] => (spans ?? []).filter((s) => s.start >= 0 && s.end <= length && s.end > s.start);
  return {
    analysis: index.analysis,
    index,
    marks: citationMarks(index.analysis),
    styles: styleRuns(within(source.emphasis)),
    listItems: within(source.listItems).sort((a, b) => a.start - b.start || b.end - a.end),
    citationNumbers: new Map(index.analysis.citations.map((c, i) => [c, i])),
    words: new MarkWords(),
  };
}

function inlineHtml(context: ReadingContext, span: Span): string {
  const { marks } = context;
  let html = '';
  let at = span.start;
  for (let m = firstEndingAfter(marks, span.start); m < marks.length && marks[m].start < span.end; m++) {
    const mark = marks[m];
    const from = Math.max(mark.start, span.start);
    const to = Math.min(mark.end, span.end);
    html += styledHtml(context, at, from) + markHtml(context, mark, from, to, from === mark.start);
    at = to;
  }
  return html + styledHtml(context, at, span.end);
}

/** Back-links shown after an entry before a button that asks for the rest (an entry cited thousands of times stays light). */
export const backLinksShown = 12;

/** The back-links of `reference` from the `from`-th (0-based) to the `to`-th (exclusive), as links to their marks. */
function backLinkList(context: ReadingContext, places: ReturnType<AnalysisIndex['citationsOf']>, from: number, to: number): string {
  const links: string[] = [];
  for (let k = from; k < Math.min(to, places.length); k++) {
    const { citation, work } = places[k];
    const c = context.citationNumbers.get(citation) ?? 0;
    const w = citation.works.length === 1 ? undefined : citation.works.indexOf(work);
    const id = markId({ citation: c, work: w });
    const label = say('Back to citation {0} of {1}: {2}', k + 1, places.length, citation.text.replace(/\s+/g, ' '));
    links.push(`<a class="back" href="#${id}" data-target="${id}" aria-label="${escapeHtml(label)}" title="${escapeHtml(label)}">↩\u00a0${k + 1}</a>`);
  }
  return links.join(' ');
}

function backLinks(context: ReadingContext, reference: Reference): string {
  const places = context.index.citationsOf(reference.id);
  if (places.length === 0) return ` <span class="uncited">${escapeHtml(say('(not cited in the essay)'))}</span>`;
  const rest = places.length - backLinksShown;
  const more =
    rest > 0
      ? ` <button type="button" class="more-back" data-ref="${reference.index}" aria-label="${escapeHtml(say('Show the other {0} citations of this reference', rest))}">${escapeHtml(say('+{0} more', rest))}</button>`
      : '';
  return ` <span class="backlinks" role="group" aria-label="${escapeHtml(say('Cited at'))}">${backLinkList(context, places, 0, backLinksShown)}${more}</span>`;
}

/**
 * The back-links of entry `reference` (an index into `analysis.references`) after the first {@link backLinksShown},
 * each preceded by a space: what the page puts in place of the entry's "+N more" button. "" when there are none.
 */
export function moreBackLinksHtml(context: ReadingContext, reference: number): string {
  const entry = context.analysis.references[reference];
  if (!entry) return '';
  const places = context.index.citationsOf(entry.id);
  return places.length <= backLinksShown ? '' : ` ${backLinkList(context, places, backLinksShown, places.length)}`;
}

/** One block as HTML: text escaped, citations as focusable marks, back-links after each reference entry. */
export function blockHtml(context: ReadingContext, block: ReadingBlock): string {
  const range = `data-s="${block.start}" data-e="${block.end}"`;
  const pages = pagesHtml(block);
  if (block.kind === 'heading') return `<h${block.level} class="blk" ${range}>${pages}${escapeHtml(block.text)}</h${block.level}>`;
  if (block.kind === 'paragraph') return `<p class="blk" ${range}>${pages}${inlineHtml(context, block)}</p>`;
  const reference = context.analysis.references[block.reference];
  // An entry's italics (a book's or a journal's title) are the source's when its text is the text's own.
  const entry = context.analysis.text.slice(reference.start, reference.end) === reference.text ? styledHtml(context, reference.start, reference.end) : escapeHtml(reference.text);
  return `<p class="blk ref" id="ref-${reference.index}" ${range}>${pages}${entry}${backLinks(context, reference)}</p>`;
}

/** How a paragraph of the text is a list item: 'ul' after a bullet, 'ol' after a number or letter; undefined when it is none. */
function listKind(text: string, block: ReadingBlock): 'ul' | 'ol' | undefined {
  if (block.kind !== 'paragraph') return undefined;
  const head = text.slice(block.start, Math.min(block.end, block.start + 8));
  return !listItem.test(head) ? undefined : bullet.test(head) ? 'ul' : 'ol';
}

/** A list item: its bullet left to the list, a number or letter kept as the essay writes it. */
function itemHtml(context: ReadingContext, block: ReadingBlock, kind: 'ul' | 'ol'): string {
  const skip = kind === 'ul' ? (bullet.exec(context.analysis.text.slice(block.start, block.end))?.[0].length ?? 0) : 0;
  return `<li data-s="${block.start}" data-e="${block.end}">${pagesHtml(block)}${inlineHtml(context, { start: block.start + skip, end: block.end })}</li>`;
}

/** For each block, the innermost item of the source's lists holding its start (undefined: none); one pass over both. */
function itemsOfBlocks(items: readonly ListItemSpan[], blocks: readonly ReadingBlock[]): (ListItemSpan | undefined)[] {
  const open: ListItemSpan[] = [];
  let i = 0;
  return blocks.map((block) => {
    if (block.kind !== 'paragraph') return undefined;
    while (i < items.length && items[i].start <= block.start) open.push(items[i++]);
    // Items are nested or apart: the ones ended before this block are the innermost first.
    for (let k = open.length - 1; k >= 0; k--) if (open[k].end <= block.start) open.splice(k, 1);
    let inner: ListItemSpan | undefined;
    for (const item of open) if (!inner || item.depth >= inner.depth) inner = item;
    return inner;
  });
}

/**
 * The source's lists (`items[i]` the item holding block i) from block `from` on, as one top-level list: nested
 * lists inside their items, an item's further paragraphs inside it. Returns the HTML and the block after it.
 */
function sourceListHtml(context: ReadingContext, blocks: readonly ReadingBlock[], items: readonly (ListItemSpan | undefined)[], from: number): { html: string; next: number } {
  /** The lists open, outermost first, each with its open item. */
  const lists: { ordered: boolean; item?: ListItemSpan }[] = [];
  const tag = (ordered: boolean): string => (ordered ? 'ol' : 'ul');
  let html = '';
  /** Closes the lists deeper than `depth` (the top-level one's own tag is written around the whole). */
  const closeTo = (depth: number): void => {
    while (lists.length > depth) {
      const list = lists.pop() as { ordered: boolean; item?: ListItemSpan };
      html += (list.item ? '</li>' : '') + (lists.length > 0 ? `</${tag(list.ordered)}>` : '');
    }
  };
  const ordered = (items[from] as ListItemSpan).depth <= 1 ? (items[from] as ListItemSpan).ordered : false;
  let i = from;
  for (; i < blocks.length; i++) {
    const item = items[i];
    if (!item) break;
    const depth = Math.max(1, item.depth);
    // Another kind of list at the top is another top-level element.
    if (depth === 1 && item.ordered !== ordered) break;
    closeTo(depth);
    if (depth > 1 && lists.length === depth && lists[depth - 1].ordered !== item.ordered) closeTo(depth - 1);
    while (lists.length < depth) {
      const parent = lists[lists.length - 1];
      // A list nested deeper than the item around it still sits in an item.
      if (parent && !parent.item) {
        html += '<li>';
        parent.item = { start: blocks[i].start, end: blocks[i].start, ordered: parent.ordered, depth: lists.length };
      }
      const kind = lists.length === 0 ? ordered : lists.length === depth - 1 ? item.ordered : false;
      if (lists.length > 0) html += `<${tag(kind)}>`;
      lists.push({ ordered: kind });
    }
    const list = lists[depth - 1];
    const block = blocks[i];
    const body = `${pagesHtml(block)}${inlineHtml(context, block)}`;
    if (list.item === item) html += `<p data-s="${block.start}" data-e="${block.end}">${body}</p>`;
    else {
      if (list.item) html += '</li>';
      list.item = item;
      const value = item.ordered && item.number !== undefined ? ` value="${item.number}"` : '';
      html += `<li${value} data-s="${block.start}" data-e="${block.end}">${body}`;
    }
  }
  closeTo(0);
  return { html: `<${tag(ordered)} class="blk list src" data-s="${blocks[from].start}" data-e="${blocks[i - 1].end}">${html}</${tag(ordered)}>`, next: i };
}

/**
 * The blocks' HTML, one top-level element at a time, in order: a block each, except that the source's lists (the
 * items the reader of a Markdown, HTML or Word file recorded) are one `<ul>` or `<ol>` each, nested as the source
 * nests them, and that a run of paragraphs starting with a bullet, or with a number or letter (a list written in
 * plain text), is one list of `<li>` items. Every top-level element carries the text range it shows (`data-s`,
 * `data-e`), as the page script needs.
 */
export function* readingHtml(context: ReadingContext, blocks: readonly ReadingBlock[]): Generator<string> {
  const { text } = context.analysis;
  const items = context.listItems.length > 0 ? itemsOfBlocks(context.listItems, blocks) : [];
  for (let i = 0; i < blocks.length; ) {
    if (items[i]) {
      const list = sourceListHtml(context, blocks, items, i);
      i = list.next;
      yield list.html;
      continue;
    }
    const kind = listKind(text, blocks[i]);
    if (!kind) {
      yield blockHtml(context, blocks[i++]);
      continue;
    }
    const html: string[] = [];
    const first = blocks[i];
    let last = first;
    for (; i < blocks.length && !items[i] && listKind(text, blocks[i]) === kind; i++) {
      last = blocks[i];
      html.push(itemHtml(context, last, kind));
    }
    yield `<${kind} class="blk list" data-s="${first.start}" data-e="${last.end}">${html.join('')}</${kind}>`;
  }
}

/**
 * The blocks' HTML (as `readingHtml` gives it) in chunks, in order: the first of about `firstChars` characters (the
 * first screen, sent at once), the others of about `maxChars` (fewer messages for a large essay); each at least one
 * top-level element, so a list is never split. What the panel posts to the page one message at a time, so that a
 * large essay is shown as it arrives.
 */
export function* htmlChunks(context: ReadingContext, blocks: readonly ReadingBlock[], maxChars = 128000, firstChars = Math.min(maxChars, 16000)): Generator<string> {
  let chunk = '';
  let limit = firstChars;
  for (const html of readingHtml(context, blocks)) {
    chunk += html;
    if (chunk.length >= limit) {
      yield chunk;
      chunk = '';
      limit = maxChars;
    }
  }
  if (chunk !== '') yield chunk;
}

/** What a citation's card needs beyond the analysis. */
export interface CardOptions {
  /** The reader's citation style, as named to the reader ("APA", "BibTeX"). */
  readonly styleLabel: string;
  /** A data format (BibTeX, RIS, CSL-JSON) is shown as its record in a preformatted block. */
  readonly styleIsData: boolean;
  /** Formatted entries by reference id, when the formatter had them. */
  readonly formatted: ReadonlyMap<string, string>;
  /** Offer "Show in PDF" (the essay is read from a PDF and the command exists). */
  readonly showInPdf: boolean;
}

function button(action: string, text: string, label: string, data: Record<string, number>): string {
  const attrs = Object.entries(data)
    .map(([k, v]) => ` data-${k}="${v}"`)
    .join('');
  return `<button type="button" data-action="${action}"${attrs} aria-label="${escapeHtml(label)}">${escapeHtml(text)}</button>`;
}

function fieldsHtml(reference: Reference): string {
  const rows = referenceFields(reference).map(
    (f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}${f.uncertain ? ` <span class="uncertain">${escapeHtml(say('uncertain'))}</span>` : ''}</dd>`,
  );
  return rows.length === 0 ? '' : `<dl class="fields" aria-label="${escapeHtml(say('Fields as Citeread read them'))}">${rows.join('')}</dl>`;
}

function referenceHtml(reference: Reference, options: CardOptions): string {
  const formatted = options.formatted.get(reference.id)?.trim();
  const style = escapeHtml(options.styleLabel);
  const shown = !formatted
    ? ''
    : options.styleIsData
      ? `<pre class="formatted" aria-label="${style}">${escapeHtml(formatted)}</pre>`
      : `<p class="formatted"><span class="style">${style}</span> ${escapeHtml(formatted)}</p>`;
  const name = reference.text.replace(/\s+/g, ' ').slice(0, 60);
  const actions = [
    button('goTo', say('Go to reference'), say('Go to reference {0} in the essay: {1}', reference.index + 1, name), { ref: reference.index }),
    button('copy', say('Copy ({0})', options.styleLabel), say('Copy reference {0} ({1})', reference.index + 1, options.styleLabel), { ref: reference.index }),
  ];
  return `<div class="card-ref"><p class="entry">${escapeHtml(reference.text.replace(/\s+/g, ' ').trim())}</p>${shown}${fieldsHtml(reference)}<div class="actions">${actions.join('')}</div></div>`;
}

function workHtml(index: AnalysisIndex, c: number, w: number, options: CardOptions, headingId: string): string {
  const work = index.analysis.citations[c].works[w];
  const locator = work.locator ? ` <span class="locator">${escapeHtml(locatorText(work.locator))}</span>` : '';
  const candidates = index.referencesOf(work);
  const status: LinkStatus = work.status === 'linked' && candidates.length === 0 ? 'unresolved' : work.status;
  const reasons = work.reasons.filter((r) => r.trim() !== '' && r !== chosenReason());
  const parts = [
    `<h2 id="${headingId}">${escapeHtml(work.text.replace(/\s+/g, ' '))}${locator}</h2>`,
    `<p class="status status-${status}">${escapeHtml(status === work.status ? statusWords(work) : say('not found in the reference list'))}</p>`,
  ];
  if (reasons.length > 0) parts.push(`<ul class="reasons" aria-label="${escapeHtml(say('Why'))}">${reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`);
  else if (status === 'unresolved') parts.push(`<p class="reasons">${escapeHtml(say('No entry of the reference list matches these authors and this year.'))}</p>`);
  for (const reference of candidates) parts.push(referenceHtml(reference, options));
  const chosen = work.reasons.includes(chosenReason());
  if (work.status === 'ambiguous' || chosen || (work.status === 'linked' && work.confidence < 1)) {
    const text = work.status === 'ambiguous' ? say('Choose the reference…') : chosen ? say('Change your choice…') : say('Choose another reference…');
    parts.push(`<div class="actions">${button('choose', text, say('{0} for {1}', text, work.text), { c, w })}</div>`);
  }
  return `<section class="work" aria-labelledby="${headingId}">${parts.join('')}</section>`;
}

/**
 * The card of citation `c` (an index into `analysis.citations`): for each of its works (work `w` first, when
 * given) the status and its reasons, the full reference(s) with the entry in the reader's style and the
 * fields as read, and buttons (go to the reference, copy it, choose the reference when ambiguous or chosen;
 * "Show in PDF" when offered). Buttons carry `data-action` and indexes only; the panel runs the commands.
 * "" for an index out of range.
 */
export function citationCardHtml(index: AnalysisIndex, c: number, w: number | undefined, options: CardOptions): string {
  const citation = index.analysis.citations[c];
  if (!citation) return '';
  const order = citation.works.map((_, i) => i);
  const first = w !== undefined && w >= 0 && w < order.length ? w : 0;
  const works = [first, ...order.filter((i) => i !== first)];
  const title = `<p class="card-title" id="card-title">${escapeHtml(citation.text.replace(/\s+/g, ' '))}</p>`;
  const body = works.map((i) => workHtml(index, c, i, options, `card-work-${i}`)).join('<hr>');
  const pdf = options.showInPdf ? `<div class="actions">${button('pdf', say('Show in PDF'), say('Show {0} in the PDF', citation.text), { c })}</div>` : '';
  const close = button('close', '×', say('Close the card'), {});
  return `<div class="card-head">${title}${close}</div>${body}${pdf}`;
}
