// Analyses written out by hand, for the tests of what the extension makes of an analysis (problems, the
// reader's choices): every span is found in the text, never typed as numbers, so each fixture reads like
// the essay it models.
import type { Analysis, Citation, CitedWork, CslItem, LinkStatus, Notice, Reference, Span } from '../../../src/core/model';

export interface WorkSpec {
  readonly text: string;
  readonly authors: readonly string[];
  readonly year: string;
  readonly etAl?: boolean;
  readonly status: LinkStatus;
  readonly targets?: readonly string[];
  /** Default: 1 when linked, else 0. */
  readonly confidence?: number;
  readonly reasons?: readonly string[];
}

export interface CitationSpec {
  readonly text: string;
  /** Which occurrence of `text` the citation is (1 for the first). */
  readonly occurrence?: number;
  readonly kind?: Citation['kind'];
  readonly works: readonly WorkSpec[];
}

/** An entry's text with the parsed fields the test needs. */
export interface ReferenceEntry {
  readonly text: string;
  readonly csl?: Omit<CslItem, 'id' | 'type'>;
}
/** An entry: its text alone, or with parsed fields. */
export type ReferenceSpec = string | ReferenceEntry;

/** The span of the `occurrence`-th `needle` in `text` at or after `from`; throws when there is none. */
export function find(text: string, needle: string, occurrence = 1, from = 0): Span {
  let start = from - 1;
  for (let i = 0; i < occurrence; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`fixture: “${needle}” #${occurrence} not in text`);
  }
  return { start, end: start + needle.length };
}

/**
 * The analysis of `text` with these references (ids r1, r2, … in list order) and citations, each
 * found in the text; `uncited` lists the references no linked or ambiguous work targets.
 */
export function handMadeAnalysis(text: string, refs: readonly ReferenceSpec[], cites: readonly CitationSpec[], notices: Notice[] = []): Analysis {
  const references: Reference[] = refs.map((spec, index) => {
    const r = typeof spec === 'string' ? { text: spec } : spec;
    const id = `r${index + 1}`;
    return { ...find(text, r.text), id, index, text: r.text, csl: { id, type: 'article', ...r.csl }, uncertain: [] };
  });
  const citations: Citation[] = cites.map((c) => {
    const span = find(text, c.text, c.occurrence ?? 1);
    let cursor = span.start;
    const works: CitedWork[] = c.works.map((w) => {
      const ws = find(text, w.text, 1, cursor);
      cursor = ws.end;
      return {
        ...ws,
        text: w.text,
        authors: w.authors,
        etAl: w.etAl ?? false,
        year: w.year,
        status: w.status,
        targets: w.targets ?? [],
        confidence: w.confidence ?? (w.status === 'linked' ? 1 : 0),
        reasons: w.reasons ?? [],
      };
    });
    return { ...span, text: c.text, kind: c.kind ?? (c.text.startsWith('(') ? 'parenthetical' : 'narrative'), works };
  });
  const cited = new Set(citations.flatMap((c) => c.works.filter((w) => w.status !== 'unresolved').flatMap((w) => w.targets)));
  return { text, references, citations, uncited: references.filter((r) => !cited.has(r.id)).map((r) => r.id), sections: [], notices };
}
