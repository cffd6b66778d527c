/**
 * The engine's entry point: one essay's text in, everything the reader needs out.
 */
import type { Analysis, Notice } from './model';
import { stripBom } from './text';
import { readReferences } from './references';
import { findStructure, referenceLists } from './structure';
import { findCitations, nameEvidence } from './citations';
import { linkCitations, uncitedReferences } from './link';
import { say } from './messages';

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /** Polled now and then; when it returns true `analyze` throws a {@link CancelledError}. */
  isCancelled?: () => boolean;
}

/** Thrown by {@link analyze} when `options.isCancelled()` returned true. */
export class CancelledError extends Error {
  constructor() {
    super('The analysis was cancelled.');
    this.name = 'CancelledError';
  }
}

/**
 * Analyses one essay: its reference list, its headings, its in-text citations and the links between them.
 *
 * A leading BOM is removed and every offset of the result points into that stripped text
 * (`result.text`). Never throws on bad input (empty, binary-looking, any line endings, huge): the
 * worst case is an analysis with no citations and a notice. Runs in time linear in the text.
 * Throws {@link CancelledError} only when `options.isCancelled` says so.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const source = stripBom(typeof text === 'string' ? text : String(text ?? ''));
  const check = makeCancelCheck(options.isCancelled);
  const notices: Notice[] = [];

  let referenceList: Analysis['referenceList'];
  let references: Analysis['references'] = [];
  try {
    const read = readReferences(source);
    referenceList = read.referenceList;
    references = read.references;
    notices.push(...read.notices);
  } catch (error) {
    if (error instanceof CancelledError) throw error;
    notices.push(internalNotice('reference-list-failed', say('The reference list could not be read'), error));
  }
  check();

  let title: string | undefined;
  let sections: Analysis['sections'] = [];
  try {
    const structure = findStructure(source, referenceList);
    title = structure.title;
    sections = structure.sections;
  } catch (error) {
    if (error instanceof CancelledError) throw error;
    notices.push(internalNotice('structure-failed', say('The headings could not be read'), error));
  }
  check();

  const exclude = referenceLists(referenceList).map((list) => list.span);
  let citations: Analysis['citations'] = [];
  try {
    const found = findCitations(source, { exclude, evidence: nameEvidence(references), isCancelled: check });
    citations = linkCitations(found, references, { hasReferenceList: referenceList !== undefined, isCancelled: check });
  } catch (error) {
    if (error instanceof CancelledError) throw error;
    notices.push(internalNotice('citations-failed', say('The citations could not be read'), error));
  }
  const uncited = uncitedReferences(citations, references);

  if (!referenceList && !notices.some((n) => n.code === 'no-reference-list')) {
    notices.push({
      severity: 'warning',
      code: 'no-reference-list',
      message:
        citations.length > 0
          ? citations.length === 1
            ? say('No reference list was found, so the 1 citation cannot be linked.')
            : say('No reference list was found, so the {0} citations cannot be linked.', citations.length)
          : say('No reference list was found.'),
    });
  }

  return { text: source, title, referenceList, references, citations, uncited, sections, notices };
}

/** A function that throws a CancelledError when the caller asked to stop; cheap to call often. */
function makeCancelCheck(isCancelled: (() => boolean) | undefined): () => void {
  if (!isCancelled) return () => undefined;
  return () => {
    if (isCancelled()) throw new CancelledError();
  };
}

function internalNotice(code: string, what: string, error: unknown): Notice {
  const detail = error instanceof Error ? error.message : String(error);
  return { severity: 'error', code, message: `${what}: ${detail}` };
}
