/**
 * The reference-list half of the engine: finding the list, splitting it into entries, parsing each
 * entry into CSL-JSON.
 *
 * Name conventions (see ./names): `family` without particle and Proper-Cased when the list writes
 * capitals; particles ("de la", "van der", "von") in `non-dropping-particle`; organisations in
 * `literal`. Custom CSL fields: `year-suffix` ("a" of "2010a"), `et-al` (the entry lists "et al."),
 * `author-abbreviation` ("IBGE" of "INSTITUTO … (IBGE)"). A reprint ("(1905) 1930", "1930 [1905]",
 * "(1900/1953)", "(Original work published 1905)") has the edition's year in `issued` and the first
 * one in CSL's `original-date`. "No date" and "in press" in any language stay as written in
 * `issued.literal` ("n.d.", "s.f.", "o.J.", "in corso di stampa", "sous presse").
 */
import type { Analysis, CslItem, CslName, Notice, Reference } from '../model';
import { findReferenceList as findList } from './list';
import type { FoundList } from './list';
import { parseReference as parseEntry } from './parse';
import { say } from '../messages';

export { isReferenceHeading, splitLines } from './list';

/**
 * Locates the reference list and splits it into entries. `heading` is the span of the heading line
 * (without surrounding white space) when there is one; `span` runs from the first entry's start to the
 * last entry's end; `entries` are in list order, each without list marker or surrounding white space
 * (a wrapped entry keeps its inner line breaks); `earlier` holds the lists of a document's earlier parts, when it
 * has a list after each. Undefined when the text has no list. Never throws.
 */
export function findReferenceList(text: string): Omit<FoundList, 'inferred'> | undefined {
  try {
    const found = findList(text);
    if (!found) return undefined;
    return { ...(found.heading ? { heading: found.heading } : {}), span: found.span, entries: found.entries, ...(found.earlier ? { earlier: found.earlier } : {}) };
  } catch {
    return undefined;
  }
}

/**
 * Parses one entry's raw text (it may hold the line breaks of a wrapped entry, and a list marker) into
 * CSL-JSON without an id, and the CSL field names the parser is not sure of. Never throws.
 */
export function parseReference(raw: string): { csl: Omit<CslItem, 'id'>; uncertain: string[] } {
  const parsed = parseEntry(raw);
  return { csl: parsed.csl, uncertain: parsed.uncertain };
}

/** At most this many notices about single entries; a list of thousands of odd entries gets one summary. */
const MAX_ENTRY_NOTICES = 20;

/**
 * Finds and parses the reference list: references with ids "r1".."rN" in list order, `index` 0-based,
 * `text === text.slice(start, end)`, `csl.id === id`. An entry that starts with a rule ("———.", "--.")
 * gets the previous entry's authors. Notices tell about a list found without a heading and entries
 * without year or authors. Never throws; linear in the text's length.
 */
export function readReferences(text: string): { referenceList?: Analysis['referenceList']; references: Reference[]; notices: Notice[] } {
  const notices: Notice[] = [];
  const source = typeof text === 'string' ? text : '';
  let found: ReturnType<typeof findList>;
  try {
    found = findList(source);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { references: [], notices: [{ severity: 'error', code: 'reference-list-failed', message: say('The reference list could not be read: {0}', detail) }] };
  }
  if (!found) return { references: [], notices };

  const references: Reference[] = [];
  let previousNames: { author?: CslName[]; editor?: CslName[] } | undefined;
  const noYear: Reference[] = [];
  const noAuthor: Reference[] = [];
  const spans = [...(found.earlier ?? []).flatMap((list) => list.entries), ...found.entries];
  for (const [index, span] of spans.entries()) {
    const id = `r${index + 1}`;
    const entryText = source.slice(span.start, span.end);
    const parsed = parseEntry(entryText);
    const csl: CslItem = { ...(parsed.csl as CslItem), id };
    const uncertain = [...parsed.uncertain];
    if (parsed.sameAsPrevious && previousNames) {
      if (previousNames.author) csl.author = previousNames.author.map((n) => ({ ...n }));
      if (previousNames.editor && !csl.editor) csl.editor = previousNames.editor.map((n) => ({ ...n }));
      const k = uncertain.indexOf('author');
      if (k >= 0) uncertain.splice(k, 1);
    } else if (parsed.sameAsPrevious) {
      if (!uncertain.includes('author')) uncertain.push('author');
    }
    if (!parsed.sameAsPrevious) previousNames = { author: csl.author, editor: csl.editor };
    const reference: Reference = { id, index, start: span.start, end: span.end, text: entryText, csl, uncertain };
    references.push(reference);
    if (!csl.issued) noYear.push(reference);
    if (!csl.author && !csl.editor) noAuthor.push(reference);
  }

  const earlier = found.earlier?.map((list) => ({ heading: list.heading, span: list.span }));
  const referenceList: Analysis['referenceList'] = { ...(found.heading ? { heading: found.heading } : {}), span: found.span, ...(earlier ? { earlier } : {}) };
  if (found.inferred) {
    notices.push({
      severity: 'info',
      code: 'reference-list-without-heading',
      message: say('No “References” heading was found; the {0} entries at the end of the text were read as the reference list.', references.length),
      span: found.span,
    });
  }
  pushEntryNotices(notices, noYear, 'reference-without-year', say('has no year, so citations cannot be matched to it by year'));
  pushEntryNotices(notices, noAuthor, 'reference-without-author', say('has no recognisable author'));
  return { referenceList, references, notices };
}

function pushEntryNotices(notices: Notice[], refs: readonly Reference[], code: string, what: string): void {
  for (const r of refs.slice(0, MAX_ENTRY_NOTICES)) {
    const head = r.text.replace(/\s+/g, ' ').slice(0, 60);
    notices.push({ severity: 'info', code, message: say('Reference {0} (“{1}”) {2}.', r.index + 1, `${head}${r.text.length > 60 ? '…' : ''}`, what), span: { start: r.start, end: r.end } });
  }
  if (refs.length > MAX_ENTRY_NOTICES) {
    notices.push({ severity: 'info', code, message: say('{0} more references {1}.', refs.length - MAX_ENTRY_NOTICES, what) });
  }
}
