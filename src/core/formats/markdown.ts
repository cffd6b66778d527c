/**
 * Markdown essays read as Markdown: a real parser (markdown-it, with footnotes) turns the source into
 * reading text without markup, with a map back to source offsets. Link text stays (a citation written
 * as a link, `([Brooks e Wohlforth, 2005](https://…))`, is read as the citation it is); emphasis marks,
 * link targets, images, raw HTML and code are left out. Pandoc citation keys (`[@key]`) are left as
 * written and reported as keys: they name entries of a bibliography file the essay does not contain.
 */
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import type { ReadDocument, SourcePlace } from './model';
import { readHtml } from './html';
import { ReadingTextBuilder } from './textBuilder';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/** Pandoc's citation keys: `[@key]`, `[see @key, p. 3; @other]`, `@key` after a space. */
const PANDOC_KEY = /(?:^|[\s[;(-])@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])/gu;

/** A YAML front-matter block at the very start. */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Reads Markdown source text. Never throws on any string. */
export function readMarkdown(source: string, maxChars = Number.POSITIVE_INFINITY): ReadDocument {
  const out = new ReadingTextBuilder(maxChars);
  const warnings: string[] = [];
  // Pandoc's fenced divs (`::: {#refs .references}`) are structure, not text: blanked, offsets kept.
  let body = /^[ \t]*:::/m.test(source) ? source.replace(/^[ \t]*:::[^\n]*$/gm, (line) => ' '.repeat(line.length)) : source;
  let bodyStart = 0;
  const front = FRONT_MATTER.exec(source);
  if (front) {
    bodyStart = front[0].length;
    body = body.slice(bodyStart);
    const title = /^title:[ \t]*(.+)$/m.exec(front[1]);
    if (title) {
      out.inline(title[1].replace(/^["']|["']$/g, ''), { element: 'title', offset: front.index + front[0].indexOf(title[1]) });
      out.paragraphBreak();
    }
  }
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false }).use(footnote);
  let tokens: Token[];
  try {
    tokens = md.parse(body, {});
  } catch {
    return { kind: 'markdown', text: '', map: [], warnings: ['the Markdown could not be parsed'] };
  }
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const walker = new Walker(body, bodyStart, lineStarts, out);
  walker.blocks(tokens);

  const { text, map, emphasis, listItems } = out.finish();
  const keys = new Set<string>();
  for (const m of text.matchAll(PANDOC_KEY)) keys.add(m[1]);
  if (keys.size > 0) {
    const list = [...keys].slice(0, 5).map((k) => `@${k}`).join(', ');
    warnings.push(`${keys.size} Pandoc citation key${keys.size === 1 ? '' : 's'} (${list}${keys.size > 5 ? ', …' : ''}) name${keys.size === 1 ? 's' : ''} entries of a bibliography file: left as written, not linked`);
  }
  return { kind: 'markdown', text, map, warnings, emphasis, listItems };
}

class Walker {
  /** Where the search for the next inline piece in the source starts. */
  private cursor = 0;
  private blockPlace: SourcePlace = { offset: 0 };
  private blockEnd = 0;
  private readonly footnoteNumbers = new Map<number, number>();
  /** The lists open around the text being written: ordered or not, and the next item's number. */
  private readonly lists: { ordered: boolean; next: number }[] = [];
  /** Where each open list item starts in the reading text, and its number. */
  private readonly items: { start: number; number?: number }[] = [];
  /** Where each open emphasis starts in the reading text. */
  private readonly emphasis: number[] = [];

  constructor(
    private readonly source: string,
    private readonly base: number,
    private readonly lineStarts: number[],
    private readonly out: ReadingTextBuilder,
  ) {}

  blocks(tokens: readonly Token[]): void {
    let tableCell = 0;
    let afterFootnoteMark = false;
    for (const t of tokens) {
      if (this.out.full) return;
      if (t.map) this.enterBlock(t.map, t.type === 'inline' ? undefined : t.tag);
      switch (t.type) {
        case 'paragraph_open':
          // A footnote's first paragraph goes on after its number.
          if (!t.hidden && !afterFootnoteMark) this.out.paragraphBreak();
          afterFootnoteMark = false;
          break;
        case 'bullet_list_open':
        case 'ordered_list_open': {
          this.out.paragraphBreak();
          const start = Number.parseInt(String(t.attrGet('start') ?? '1'), 10);
          this.lists.push({ ordered: t.type === 'ordered_list_open', next: Number.isFinite(start) ? start : 1 });
          break;
        }
        case 'bullet_list_close':
        case 'ordered_list_close':
          this.lists.pop();
          this.out.paragraphBreak();
          break;
        case 'heading_open':
        case 'blockquote_open':
        case 'table_open':
          if (!t.hidden) this.out.paragraphBreak();
          break;
        case 'heading_close':
        case 'blockquote_close':
        case 'table_close':
        case 'hr':
          this.out.paragraphBreak();
          break;
        case 'paragraph_close':
          if (!t.hidden) this.out.paragraphBreak();
          break;
        case 'list_item_open': {
          // Each item its own paragraph: a reference list written as a list keeps one entry per paragraph.
          this.out.paragraphBreak();
          const list = this.lists[this.lists.length - 1];
          // An ordered item's own number ("3." in the source) is in its `info`.
          const written = Number.parseInt(t.info, 10);
          const number = list?.ordered ? (Number.isFinite(written) ? written : list.next) : undefined;
          if (list && number !== undefined) list.next = number + 1;
          this.items.push({ start: this.out.position, ...(number !== undefined ? { number } : {}) });
          break;
        }
        case 'list_item_close': {
          const item = this.items.pop();
          const list = this.lists[this.lists.length - 1];
          if (item && list) this.out.listItem(item.start, { ordered: list.ordered, depth: this.lists.length, ...(item.number !== undefined ? { number: item.number } : {}) });
          this.out.paragraphBreak();
          break;
        }
        case 'tr_open':
          tableCell = 0;
          break;
        case 'tr_close':
          this.out.lineBreak();
          break;
        case 'th_open':
        case 'td_open':
          if (tableCell++ > 0) this.out.inline(' | ', this.blockPlace);
          break;
        case 'footnote_block_open':
          this.out.paragraphBreak();
          this.out.inline('Notes', { element: 'footnotes', offset: this.blockPlace.offset });
          this.out.paragraphBreak();
          break;
        case 'footnote_open': {
          this.out.paragraphBreak();
          const n = this.footnoteNumbers.get(t.meta?.id as number) ?? (t.meta?.id as number) + 1;
          this.out.inline(`[${n}] `, { element: 'footnote', offset: this.blockPlace.offset });
          afterFootnoteMark = true;
          break;
        }
        case 'footnote_close':
          this.out.paragraphBreak();
          break;
        case 'inline':
          this.inline(t.children ?? []);
          break;
        case 'html_block':
          this.htmlBlock(t.content);
          break;
        default:
          // Code, fences, raw HTML blocks, front matter leftovers: not the essay's prose.
          break;
      }
    }
  }

  /** Raw HTML in the Markdown (a citeproc entry, a table from R): read by the HTML reader, never run. */
  private htmlBlock(html: string): void {
    const read = readHtml(html);
    if ('error' in read || read.text === '') return;
    const place = { element: 'html', offset: this.blockPlace.offset };
    for (const paragraph of read.text.split(/\n{2,}/)) {
      this.out.paragraphBreak();
      paragraph.split('\n').forEach((line, k) => {
        if (k > 0) this.out.lineBreak();
        this.out.inline(line, place);
      });
      this.out.paragraphBreak();
    }
  }

  private enterBlock(map: [number, number], tag: string | undefined): void {
    const start = this.lineStarts[map[0]] ?? this.source.length;
    this.blockEnd = this.lineStarts[map[1]] ?? this.source.length;
    this.cursor = Math.max(this.cursor, start);
    this.blockPlace = { element: tag ?? this.blockPlace.element ?? 'p', offset: this.base + start };
  }

  private inline(children: readonly Token[]): void {
    const heading = /^h[1-6]$/.test(this.blockPlace.element ?? '');
    children.forEach((c, k) => {
      switch (c.type) {
        case 'text':
        case 'code_inline':
          // Pandoc's heading attributes ("# References {#refs .unnumbered}") are not the heading's words.
          this.piece(heading && k === children.length - 1 ? withoutAttributes(c.content) : c.content);
          break;
        case 'softbreak':
          this.out.space();
          break;
        case 'hardbreak':
          this.out.lineBreak();
          break;
        case 'image':
          // The picture's description is not prose of the essay.
          break;
        case 'footnote_ref': {
          const id = c.meta?.id as number;
          if (!this.footnoteNumbers.has(id)) this.footnoteNumbers.set(id, this.footnoteNumbers.size + 1);
          this.piece(`[${this.footnoteNumbers.get(id)}]`, false);
          break;
        }
        case 'em_open':
        case 'strong_open':
          this.emphasis.push(this.out.position);
          break;
        case 'em_close':
        case 'strong_close': {
          const start = this.emphasis.pop();
          if (start !== undefined) this.out.emphasised(c.type === 'em_close' ? 'em' : 'strong', start);
          break;
        }
        default:
          // link_open/close, s, html_inline: the marks go, the text between them stays.
          break;
      }
    });
  }

  /** Writes a piece of inline text, mapped to where it stands in the source (found from the cursor on). */
  private piece(content: string, find = true): void {
    if (content === '') return;
    let offset = this.blockPlace.offset ?? 0;
    if (find) {
      const probe = content.slice(0, 24);
      const at = this.source.indexOf(probe, this.cursor);
      if (at >= 0 && at < this.blockEnd) {
        offset = this.base + at;
        this.cursor = at + probe.length;
      }
    }
    this.out.inline(content, { element: this.blockPlace.element, offset });
  }
}

/** A heading's text without pandoc's attributes at its end ("References {#refs .unnumbered}" → "References"). */
function withoutAttributes(text: string): string {
  const end = text.trimEnd();
  const open = end.lastIndexOf('{');
  if (!end.endsWith('}') || open < 0 || end.length - open > 202 || !'#.'.includes(end[open + 1] ?? '')) return text;
  if (end.slice(open + 1, -1).includes('}')) return text;
  return end.slice(0, open).trimEnd();
}
