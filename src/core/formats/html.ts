/**
 * HTML essays (web pages, and Word files by way of mammoth's HTML) read through a real parser
 * (htmlparser2, a streaming tokenizer: no tree is built, so any nesting depth costs only a stack of
 * tag names). Blocks become paragraphs; scripts, styles and other non-prose parts are dropped, never
 * run; footnote marks become "[n]" and the notes are gathered under "Notes". The hints publishers leave
 * are used when present — pandoc/citeproc's `#refs` and `.csl-entry`, a references section's `<li>` —
 * but the reading does not depend on them.
 */
import { Parser } from 'htmlparser2';
import type { EmphasisKind, ReadOutcome, SourcePlace } from './model';
import { ReadingTextBuilder, REFERENCES_HEADING } from './textBuilder';
import { say } from '../messages';

/** Elements whose content is never prose of the essay. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'button', 'nav', 'form', 'audio', 'video', 'textarea']);

/** Elements that stand as blocks: each opens and closes a paragraph. */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'caption', 'figure', 'figcaption', 'hr', 'address', 'details', 'summary', 'fieldset',
  'body', 'html', 'center', 'hgroup', 'legend', 'option', 'menu',
]);

const HEADING = /^h[1-6]$/;
/** What a superscript that marks something holds: a number or a run of them ("1", "2,3", "1–4"), or a dagger. */
const SUPERSCRIPT_MARK = /^\s*(?:\d{1,3}(?:\s*[,–-]\s*\d{1,3})*|[*†‡§¶]{1,3})\s*$/u;
/** What a mark follows: the end of a word in lower case or of a phrase (an exponent follows a digit or a capital). */
const MARKED = /[\p{Ll})\].,;:’”"]/u;

/** Elements that emphasise their text, and how. */
const EMPHASIS: ReadonlyMap<string, EmphasisKind> = new Map([
  ['em', 'em'],
  ['i', 'em'],
  ['cite', 'em'],
  ['dfn', 'em'],
  ['strong', 'strong'],
  ['b', 'strong'],
]);

interface Open {
  readonly name: string;
  /** The element text inside it belongs to, once it closes: the place's element before it opened. */
  readonly outer: string | undefined;
  /** Where its text starts in the reading text, for an element that emphasises it or is a list item. */
  readonly at: number;
  readonly skip: boolean;
  readonly footnotes: boolean;
  readonly backLink: boolean;
  readonly noteMark: boolean;
  /** For an item of one of the essay's lists (not a note): its number in its list. */
  readonly item?: { readonly number: number };
}

/** Deeper nesting than any page has: a file nested deeper is refused (the parser's cost grows with the depth). */
export const MAX_HTML_DEPTH = 5000;

class TooDeep extends Error {}

/**
 * Reads HTML source. Never throws; an error (one line) for HTML nested deeper than
 * {@link MAX_HTML_DEPTH} elements.
 */
export function readHtml(source: string, maxChars = Number.POSITIVE_INFINITY, kind: 'html' | 'docx' = 'html'): ReadOutcome {
  const out = new ReadingTextBuilder(maxChars);
  const stack: Open[] = [];
  let skipping = 0;
  let inFootnotes = 0;
  let notesHeaded = false;
  let headingText = '';
  let inHeading = 0;
  let lastHeading = '';
  let refsHinted = false;
  let place: SourcePlace = { element: 'body', offset: 0 };
  let liNumber = 0;
  /** The lists open around the text: ordered or not (a list of notes is none of the essay's lists). */
  const lists: { ordered: boolean; notes: boolean }[] = [];
  // Open back-links, note marks and pre-formatted blocks (counted, so text never walks the stack).
  let backLinks = 0;
  let noteMarks = 0;
  let pres = 0;
  /** A note's number was just written: its first paragraph goes on after it. */
  let noteNumbered = false;

  const note = (): void => {
    if (notesHeaded) return;
    notesHeaded = true;
    out.paragraphBreak();
    out.inline('Notes', { element: 'footnotes', offset: parser.startIndex ?? 0 });
    out.paragraphBreak();
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        const cls = ` ${attrs.class ?? ''} `;
        const role = attrs.role ?? '';
        const id = attrs.id ?? '';
        const hidden = 'hidden' in attrs || attrs['aria-hidden'] === 'true' || /display\s*:\s*none/i.test(attrs.style ?? '');
        const skip = skipping > 0 || SKIPPED.has(name) || hidden;
        const footnotesBlock = /\sfootnotes\s/.test(cls) || role === 'doc-endnotes' || role === 'doc-footnotes' || /^(?:footnotes?|endnotes?)$/i.test(id);
        const href = attrs.href ?? '';
        const backLink = name === 'a' && (/\sfootnote-back\s/.test(cls) || role === 'doc-backlink' || /^#(?:fnref|footnote-ref|endnote-ref)/.test(href));
        const noteMark = name === 'a' && !backLink && (/\sfootnote-ref\s/.test(cls) || role === 'doc-noteref' || /^#(?:fn|footnote-|endnote-)\d/.test(href));
        stack.push({ name, outer: place.element, at: out.position, skip, footnotes: footnotesBlock, backLink, noteMark });
        if (stack.length > MAX_HTML_DEPTH) throw new TooDeep();
        if (skip) {
          skipping++;
          return;
        }
        place = { element: name, offset: parser.startIndex ?? 0 };
        if (footnotesBlock) {
          inFootnotes++;
          note();
        }
        if (id === 'refs' && !REFERENCES_HEADING.test(lastHeading.trim()) && !refsHinted) {
          // pandoc/citeproc's list without a heading of its own: the engine needs one to find the list.
          refsHinted = true;
          out.paragraphBreak();
          out.inline('References', { element: 'refs', offset: parser.startIndex ?? 0 });
          out.paragraphBreak();
          lastHeading = 'References';
        }
        if (name === 'br') out.lineBreak();
        else if (name === 'tr') out.lineBreak();
        else if (name === 'td' || name === 'th') out.inline(' | ', place);
        else if (BLOCK.has(name) && !(noteNumbered && name === 'p')) out.paragraphBreak();
        if (name === 'ol') liNumber = Number.parseInt(attrs.start ?? '1', 10) - 1 || 0;
        if (name === 'ol' || name === 'ul') lists.push({ ordered: name === 'ol', notes: inFootnotes > 0 });
        if (name === 'li') {
          const value = Number.parseInt(attrs.value ?? '', 10);
          if (Number.isFinite(value)) liNumber = value - 1;
          liNumber++;
          // A note of Word (mammoth: id="footnote-3") or of pandoc (id="fn3") starts with its number.
          const m = /^(?:fn|footnote-|endnote-)(\d+)$/.exec(id);
          if (m || inFootnotes > 0) {
            note();
            out.inline(`[${m ? m[1] : liNumber}] `, place);
            noteNumbered = true;
          } else stack[stack.length - 1] = { ...stack[stack.length - 1], item: { number: liNumber } };
        }
        if (name === 'li' || EMPHASIS.has(name)) stack[stack.length - 1] = { ...stack[stack.length - 1], at: out.position };
        if (HEADING.test(name)) {
          inHeading++;
          headingText = '';
        }
        if (noteMark) out.inline('[', place);
        if (backLink) backLinks++;
        if (noteMark) noteMarks++;
        if (name === 'pre') pres++;
      },
      ontext(data) {
        if (skipping > 0) return;
        if (backLinks > 0) return;
        const at = parser.startIndex ?? 0;
        if (inHeading > 0 && headingText.length < 400) headingText += data;
        if (/\S/.test(data)) noteNumbered = false;
        if (pres > 0) out.verbatim(data, { element: 'pre', offset: at });
        else if (noteMarks === 0 && stack[stack.length - 1]?.name === 'sup' && SUPERSCRIPT_MARK.test(data) && MARKED.test(out.lastChar)) {
          // A footnote or affiliation mark that is not a link ("Aust<sup>1</sup>"), written as a note mark is, so that
          // it never joins the word before it ("Aust1").
          out.inline(`[${data.replace(/\s+/g, '')}]`, { element: 'sup', offset: at });
        } else out.inline(noteMarks > 0 ? data.replace(/[[\]\s]/g, '') : data, { element: place.element, offset: at });
      },
      onclosetag(name) {
        const open = stack.pop();
        if (!open) return;
        if (open.skip) {
          skipping--;
          return;
        }
        if (open.noteMark) out.inline(']', place);
        if (open.backLink) backLinks--;
        if (open.noteMark) noteMarks--;
        if (name === 'pre') pres--;
        if (open.footnotes) inFootnotes--;
        const emphasis = EMPHASIS.get(name);
        if (emphasis) out.emphasised(emphasis, open.at);
        const list = lists[lists.length - 1];
        if (open.item && list && !list.notes) {
          const depth = lists.filter((l) => !l.notes).length;
          out.listItem(open.at, { ordered: list.ordered, depth, ...(list.ordered ? { number: open.item.number } : {}) });
        }
        if (name === 'ol' || name === 'ul') lists.pop();
        // Text after the element belongs to the element around it again.
        place = { element: open.outer ?? 'body', offset: parser.endIndex + 1 };
        if (HEADING.test(name)) {
          inHeading--;
          lastHeading = headingText;
        }
        if (BLOCK.has(name)) out.paragraphBreak();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  try {
    parser.end(source);
  } catch (error) {
    if (error instanceof TooDeep) return { error: say('the HTML is nested more than {0} elements deep; no web page is', MAX_HTML_DEPTH.toLocaleString('en')) };
    return { error: say('the HTML could not be parsed') };
  }
  const { text, map, emphasis, listItems } = out.finish();
  return { kind, text, map, warnings: [], emphasis, listItems };
}
