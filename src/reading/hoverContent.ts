// What a hover says, as Markdown, from the analysis alone: pure, so every case is tested in plain
// Node. The hover provider adds the formatted entries and wraps the result for VS Code.
import { Commands } from '../commands';
import { chosenReason } from '../core/choices';
import { styleInfo } from '../core/format/styles';
import type { CitedElsewhere } from '../core/libraryTree';
import type { AnalysisIndex } from '../core/lookup';
import type { Citation, CitedWork, Reference, Span } from '../core/model';
import { referenceFields, referenceFieldsLine } from '../core/referenceFields';
import { locatorText } from './labels';
import { codeBlock, commandLink, escapeMarkdown } from './markdown';
import { say } from '../core/messages';

/** What the pointer rests on: a citation in the text, or an entry of the reference list. */
export type HoverTarget =
  | {
      readonly kind: 'citation';
      readonly citation: Citation;
      readonly span: Span;
      /** The index of the work under the pointer, when it rests on one work of several. */
      readonly workIndex?: number;
    }
  | { readonly kind: 'reference'; readonly reference: Reference; readonly span: Span };

export interface HoverOptions {
  /** The essay's `citeread:` URI as a string, for the command links. */
  readonly essayUri: string;
  /** The style the Copy link asks for. */
  readonly style: string;
  /** Formatted entries by reference id, when the formatter had them. */
  readonly formatted?: ReadonlyMap<string, string>;
  /** For an essay read from a PDF: the page (1-based) of an offset of its text, and a Show in PDF link. */
  readonly pageAt?: (offset: number) => number | undefined;
  /** What the workspace's library knows of each reference, by reference id: the other essays citing its work, and the reader's bibliography entry. */
  readonly library?: ReadonlyMap<string, LibraryFacts>;
}

/** "p. 4" and a link that shows the page in the PDF, for an offset of an essay read from a PDF; none otherwise. */
function pageParts(offset: number, options: HoverOptions): { readonly page: number; readonly label: string; readonly link: string } | undefined {
  const page = options.pageAt?.(offset);
  if (page === undefined) return undefined;
  return { page, label: say('p. {0}', page), link: commandLink(say('Show in PDF'), Commands.showInPdf, [options.essayUri, offset], say('Show page {0} of the PDF', page)) };
}

/** What the library knows of one reference of the essay. */
export interface LibraryFacts {
  /** The other essays of the library citing the same work (most citations first). */
  readonly elsewhere: readonly CitedElsewhere[];
  /** The key of the matching entry of the reader's bibliography, if any. */
  readonly bibliographyKey?: string;
}

/** At most this many other essays are linked from a hover; the rest are counted. */
const elsewhereShown = 5;

/** "In your bibliography: `key`" and "Also cited in: [Essay B] (2×) · [Essay C]", as the library knows them; none without it. */
function libraryLines(reference: Reference, options: HoverOptions): string[] {
  const facts = options.library?.get(reference.id);
  if (!facts) return [];
  const lines: string[] = [];
  // A key is one word; a backtick in it would end the code span early.
  const key = facts.bibliographyKey?.replace(/[`\s]/g, '');
  if (key) {
    const copy = commandLink(say('Copy your entry'), Commands.copyReference, [options.essayUri, reference.index, options.style, 'own'], say('Copy your bibliography’s entry ({0})', options.style));
    lines.push(`*${say('In your bibliography:')}* \`${key}\` · ${copy}`);
  }
  if (facts.elsewhere.length > 0) {
    const links = facts.elsewhere.slice(0, elsewhereShown).map((e) => {
      const times = e.citations > 1 ? ` (${e.citations}×)` : '';
      const args = e.first ? [e.file, e.first.start, e.first.end, e.first.text] : [e.file, 0, 0];
      return `${commandLink(e.title, Commands.openLibraryCitation, args, say('Open this essay at its citation of the work'))}${times}`;
    });
    const more = facts.elsewhere.length - elsewhereShown;
    lines.push(`*${say('Also cited in:')}* ${links.join(' · ')}${more > 0 ? ` ${say('and {0} more', more)}` : ''}`);
  }
  return lines;
}

/** The citation or reference entry at `offset`, or undefined when the offset is on plain prose. */
export function hoverTarget(index: AnalysisIndex, offset: number): HoverTarget | undefined {
  const citation = index.citationAt(offset);
  if (citation) {
    const workIndex = citation.works.findIndex((w) => w.start <= offset && offset < w.end);
    return { kind: 'citation', citation, span: citation, ...(workIndex >= 0 ? { workIndex } : {}) };
  }
  const reference = index.referenceAt(offset);
  return reference ? { kind: 'reference', reference, span: reference } : undefined;
}

/** The works of a citation in the order the hover shows them: the one under the pointer first, then the others in text order. */
function worksInHoverOrder(target: HoverTarget & { kind: 'citation' }): { readonly work: CitedWork; readonly workIndex: number }[] {
  const all = target.citation.works.map((work, workIndex) => ({ work, workIndex }));
  const first = target.workIndex;
  return first === undefined || !all[first] ? all : [all[first], ...all.filter((_, i) => i !== first)];
}

/** Every reference the hover shows, each once, in the order the hover shows them. */
export function hoverReferences(target: HoverTarget, index: AnalysisIndex): Reference[] {
  if (target.kind === 'reference') return [target.reference];
  const ids = new Set(worksInHoverOrder(target).flatMap(({ work }) => work.targets));
  return [...ids].map((id) => index.referenceById(id)).filter((r): r is Reference => r !== undefined);
}

/** The hover's Markdown: one block per cited work, or the entry's block for a reference. */
export function hoverMarkdown(target: HoverTarget, index: AnalysisIndex, options: HoverOptions): string {
  if (target.kind === 'reference') return referenceBlock(target.reference, index, options);
  const { citation } = target;
  const blocks = worksInHoverOrder(target).map(({ work, workIndex }) => workBlock(work, index, options, [options.essayUri, citation.start, workIndex]));
  const page = pageParts(citation.start, options);
  if (page) blocks.push(`*${say('p. {0} of the PDF', page.page)}* · ${page.link}`);
  return blocks.join('\n\n---\n\n');
}

function links(reference: Reference, options: HoverOptions): string {
  return [
    commandLink(say('Go to reference'), Commands.goToReference, [options.essayUri, reference.index], say('Select this entry in the reference list')),
    commandLink(say('Copy'), Commands.copyReference, [options.essayUri, reference.index, options.style], say('Copy this reference ({0})', options.style)),
  ].join(' · ');
}

/**
 * The entry in the reader's style: a line of text for a citation style ("*APA:* Nye, J. S. …"), the
 * record itself in a code block for a data format (BibTeX, RIS, CSL-JSON); none when not formatted.
 */
function formattedLines(reference: Reference, options: HoverOptions): string[] {
  const formatted = options.formatted?.get(reference.id);
  if (!formatted || formatted.trim() === '') return [];
  const info = styleInfo(options.style);
  const name = escapeMarkdown(info?.label ?? options.style.toUpperCase());
  if (info?.kind === 'data') return [`*${name}:*`, codeBlock(formatted, info.languageId === 'plaintext' ? '' : info.languageId)];
  return [`*${name}:* ${escapeMarkdown(formatted)}`];
}

/** The fields as the engine read them, on one small line ("uncertain" where it is not sure); none when it read none. */
function fieldsLine(reference: Reference): string[] {
  const line = referenceFieldsLine(referenceFields(reference));
  return line === '' ? [] : [`*${say('Read as:')}* ${escapeMarkdown(line)}`];
}

function entry(reference: Reference, options: HoverOptions): string[] {
  return [escapeMarkdown(reference.text), ...formattedLines(reference, options), ...fieldsLine(reference)];
}

/** The link that asks which reference a work means (the arguments of `citeread.chooseReference`). */
function chooseLink(label: string, args: readonly unknown[]): string {
  return commandLink(label, Commands.chooseReference, args, say('Choose which reference of the list this citation means'));
}

function reasons(work: CitedWork): string[] {
  return work.reasons.filter((r) => r.trim() !== '').map((r) => `- ${escapeMarkdown(r)}`);
}

function workBlock(work: CitedWork, index: AnalysisIndex, options: HoverOptions, choose: readonly unknown[]): string {
  const locator = work.locator ? ` · ${escapeMarkdown(locatorText(work.locator))}` : '';
  const heading = `**${escapeMarkdown(work.text)}**${locator}`;
  const candidates = index.referencesOf(work);
  if (work.status === 'linked' && candidates.length > 0) {
    const doubts = work.confidence < 1 ? reasons(work) : [];
    const note = doubts.length > 0 ? [`*${say('Linked, with a doubt:')}*\n` + doubts.join('\n')] : [];
    const yours = work.reasons.includes(chosenReason());
    const change = yours || doubts.length > 0 ? ` · ${chooseLink(yours ? say('Change your choice…') : say('Choose another reference…'), choose)}` : '';
    return [heading, ...entry(candidates[0], options), ...note, ...libraryLines(candidates[0], options), links(candidates[0], options) + change].join('\n\n');
  }
  if (work.status === 'ambiguous' && candidates.length > 0) {
    const parts = [`${heading} — *${say('ambiguous: {0} references match', candidates.length)}* · ${chooseLink(say('Choose the reference…'), choose)}`];
    const why = reasons(work);
    if (why.length > 0) parts.push(why.join('\n'));
    candidates.forEach((reference, i) => parts.push(`**${i + 1}.** ${entry(reference, options).join('  \n')}  \n${links(reference, options)}`));
    return parts.join('\n\n');
  }
  const why = reasons(work);
  return [
    `${heading} — *${say('not found in the reference list')}*`,
    why.length > 0 ? why.join('\n') : say('No entry of the reference list matches these authors and this year.'),
  ].join('\n\n');
}

function referenceBlock(reference: Reference, index: AnalysisIndex, options: HoverOptions): string {
  const count = new Set(index.citationsOf(reference.id).map((p) => p.citation.start)).size;
  const cited = count === 0 ? say('not cited in the essay') : count === 1 ? say('cited once') : say('cited {0} times', count);
  const total = index.analysis.references.length;
  const page = pageParts(reference.start, options);
  const lines = [`**${say('Reference {0} of {1}', reference.index + 1, total)}** · ${cited}${page ? ` · ${page.label}` : ''}`];
  lines.push(...formattedLines(reference, options));
  lines.push(...libraryLines(reference, options));
  const copy = commandLink(say('Copy'), Commands.copyReference, [options.essayUri, reference.index, options.style], say('Copy this reference ({0})', options.style));
  lines.push(page ? `${copy} · ${page.link}` : copy);
  return lines.join('\n\n');
}
