// What the reading view shows, as HTML, from the analysis alone: pure (no `vscode`), so every case is tested in
// plain Node. The essay's text is untrusted: every piece of it goes through `escapeHtml`, and the only markup
// is built here. The panel (readingViewPanel.ts) sends the blocks in chunks and the card on demand; the page
// script (media/readingView.js) only inserts what it is sent and handles the keyboard and scrolling.
import { chosenReason } from '../core/choices';
import { citationMarks, type CitationMark } from '../core/marks';
import type { PageStart } from '../core/formats/model';
import type { AnalysisIndex } from '../core/lookup';
import type { Analysis, Citation, CitedWork, LinkStatus, Reference, Span } from '../core/model';
import { referenceFields } from '../core/referenceFields';
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
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

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
 * paragraph), and one block per entry of the reference list. Text inside the list's span outside any entry is
 * left out (page furniture between entries). With `pages` (where a PDF's pages begin, in text order), each
 * block carries the pages that begin inside it or in the gap before it. Linear in the text's length and the
 * number of pages; never throws on a valid analysis.
 */
export function readingBlocks(analysis: Pick<Analysis, 'text' | 'sections' | 'references' | 'referenceList'>, pages: readonly PageStart[] = []): ReadingBlock[] {
  const { text } = analysis;
  const list = analysis.referenceList?.span;
  const blocks: ReadingBlock[] = [];
  const headings = analysis.sections.filter((s) => !list || s.end <= list.start || s.start >= list.end).sort((a, b) => a.start - b.start);
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
  if (list) {
    body(0, list.start);
    for (const reference of analysis.references) blocks.push({ kind: 'reference', start: reference.start, end: reference.end, reference: reference.index });
    body(list.end, text.length);
  } else body(0, text.length);
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

function markHtml(analysis: Analysis, mark: CitationMark, from: number, to: number, first: boolean): string {
  const citation = analysis.citations[mark.citation];
  const work = markWork(citation, mark);
  const shown = analysis.text.slice(from, to);
  const label = mark.work === undefined ? say('Citation {0}: {1}', citation.text.replace(/\s+/g, ' '), statusWords(work)) : say('Citation {0}, work {1}: {2}', citation.text.replace(/\s+/g, ' '), work.text.replace(/\s+/g, ' '), statusWords(work));
  // A mark split by a paragraph break is focusable once, at its first part.
  const focus = first ? ` id="${markId(mark)}" tabindex="0" role="button" aria-haspopup="dialog" aria-label="${escapeHtml(label)}"` : ' aria-hidden="true"';
  const work_ = mark.work === undefined ? '' : ` data-w="${mark.work}"`;
  return `<span class="cite cite-${mark.status}"${focus} data-c="${mark.citation}"${work_} data-s="${from}">${escapeHtml(shown)}</span>`;
}

/** Everything a block's HTML needs, built once per analysis. */
export interface ReadingContext {
  readonly analysis: Analysis;
  readonly index: AnalysisIndex;
  readonly marks: readonly CitationMark[];
}

/** The context of `index`'s analysis for `blockHtml`. */
export function readingContext(index: AnalysisIndex): ReadingContext {
  return { analysis: index.analysis, index, marks: citationMarks(index.analysis) };
}

/** Index of the first mark ending after `offset` (marks are in text order). */
function firstMarkAfter(marks: readonly CitationMark[], offset: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (marks[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function inlineHtml(context: ReadingContext, span: Span): string {
  const { analysis, marks } = context;
  let html = '';
  let at = span.start;
  for (let m = firstMarkAfter(marks, span.start); m < marks.length && marks[m].start < span.end; m++) {
    const mark = marks[m];
    const from = Math.max(mark.start, span.start);
    const to = Math.min(mark.end, span.end);
    html += escapeHtml(analysis.text.slice(at, from)) + markHtml(analysis, mark, from, to, from === mark.start);
    at = to;
  }
  return html + escapeHtml(analysis.text.slice(at, span.end));
}

function backLinks(context: ReadingContext, reference: Reference): string {
  const places = context.index.citationsOf(reference.id);
  if (places.length === 0) return ` <span class="uncited">${escapeHtml(say('(not cited in the essay)'))}</span>`;
  const numbers = new Map<Citation, number>(context.analysis.citations.map((c, i) => [c, i]));
  const links = places.map(({ citation, work }, k) => {
    const c = numbers.get(citation) ?? 0;
    const w = citation.works.length === 1 ? undefined : citation.works.indexOf(work);
    const id = markId({ citation: c, work: w });
    const label = say('Back to citation {0} of {1}: {2}', k + 1, places.length, citation.text.replace(/\s+/g, ' '));
    return `<a class="back" href="#${id}" data-target="${id}" aria-label="${escapeHtml(label)}" title="${escapeHtml(label)}">↩\u00a0${k + 1}</a>`;
  });
  return ` <span class="backlinks" role="group" aria-label="${escapeHtml(say('Cited at'))}">${links.join(' ')}</span>`;
}

/** One block as HTML: text escaped, citations as focusable marks, back-links after each reference entry. */
export function blockHtml(context: ReadingContext, block: ReadingBlock): string {
  const range = `data-s="${block.start}" data-e="${block.end}"`;
  const pages = pagesHtml(block);
  if (block.kind === 'heading') return `<h${block.level} class="blk" ${range}>${pages}${escapeHtml(block.text)}</h${block.level}>`;
  if (block.kind === 'paragraph') return `<p class="blk" ${range}>${pages}${inlineHtml(context, block)}</p>`;
  const reference = context.analysis.references[block.reference];
  return `<p class="blk ref" id="ref-${reference.index}" ${range}>${pages}${escapeHtml(reference.text)}${backLinks(context, reference)}</p>`;
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

/**
 * The blocks' HTML, one top-level element at a time, in order: a block each, except that a run of list items
 * (paragraphs starting with a bullet, or with a number or letter) is one list, `<ul>` or `<ol>`, of `<li>`
 * items. Every top-level element carries the text range it shows (`data-s`, `data-e`), as the page script needs.
 */
export function* readingHtml(context: ReadingContext, blocks: readonly ReadingBlock[]): Generator<string> {
  const { text } = context.analysis;
  for (let i = 0; i < blocks.length; ) {
    const kind = listKind(text, blocks[i]);
    if (!kind) {
      yield blockHtml(context, blocks[i++]);
      continue;
    }
    const items: string[] = [];
    const first = blocks[i];
    let last = first;
    for (; i < blocks.length && listKind(text, blocks[i]) === kind; i++) {
      last = blocks[i];
      items.push(itemHtml(context, last, kind));
    }
    yield `<${kind} class="blk list" data-s="${first.start}" data-e="${last.end}">${items.join('')}</${kind}>`;
  }
}

/**
 * The blocks' HTML (as `readingHtml` gives it) in chunks of about `maxChars` characters (at least one
 * top-level element each, so a list is never split), in order: what the panel posts to the page one message
 * at a time, so that a large essay is shown as it arrives.
 */
export function* htmlChunks(context: ReadingContext, blocks: readonly ReadingBlock[], maxChars = 32000): Generator<string> {
  let chunk = '';
  for (const html of readingHtml(context, blocks)) {
    chunk += html;
    if (chunk.length >= maxChars) {
      yield chunk;
      chunk = '';
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
