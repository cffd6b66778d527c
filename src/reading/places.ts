// Where definition, references and highlights lead, as spans of the analysed text: pure, so the
// rules are tested in plain Node, and the providers only convert the spans to ranges.
import type { AnalysisIndex } from '../core/lookup';
import type { Reference, Span } from '../core/model';

/** The span the pointer is on (to underline) and the references it leads to. */
export interface Definition {
  readonly origin: Span;
  readonly references: readonly Reference[];
}

/** A place to highlight: `declaration` for a reference entry, `use` for a citation of it. */
export interface Highlight {
  readonly span: Span;
  readonly kind: 'declaration' | 'use';
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** The ids of the references meant at `offset`: the entry under it, or every target of the cited work under it. */
export function referenceIdsAt(index: AnalysisIndex, offset: number): string[] {
  const place = index.workAt(offset);
  if (place) return [...place.work.targets];
  const reference = index.referenceAt(offset);
  return reference ? [reference.id] : [];
}

/**
 * The references a cited work at `offset` points to (all candidates when it is ambiguous), with the
 * work's span as origin (the citation's when the offset is on shared text such as a narrative
 * author name). Undefined off a citation or for an unresolved work.
 */
export function definitionAt(index: AnalysisIndex, offset: number): Definition | undefined {
  const place = index.workAt(offset);
  if (!place) return undefined;
  const references = index.referencesOf(place.work);
  if (references.length === 0) return undefined;
  return { origin: contains(place.work, offset) ? place.work : place.citation, references };
}

function bySpan(spans: Iterable<Span>): Span[] {
  const unique = new Map<string, Span>();
  for (const s of spans) unique.set(`${s.start}:${s.end}`, { start: s.start, end: s.end });
  return [...unique.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Every citation of the work(s) meant at `offset` (a reference entry, or a cited work), as the
 * cited works' spans in text order; with `includeDeclaration` the reference entries too.
 */
export function referencesAt(index: AnalysisIndex, offset: number, includeDeclaration: boolean): Span[] {
  const ids = referenceIdsAt(index, offset);
  const uses = ids.flatMap((id) => index.citationsOf(id).map((p) => p.work));
  const declarations = includeDeclaration ? ids.map((id) => index.referenceById(id)).filter((r): r is Reference => r !== undefined) : [];
  return bySpan([...declarations, ...uses]);
}

/** The citations of the same work(s) as the one at `offset`, and its reference entries. Empty on prose or an unresolved work. */
export function highlightsAt(index: AnalysisIndex, offset: number): Highlight[] {
  const ids = referenceIdsAt(index, offset);
  const declarations = new Set(
    ids
      .map((id) => index.referenceById(id))
      .filter((r): r is Reference => r !== undefined)
      .map((r) => `${r.start}:${r.end}`),
  );
  const spans = referencesAt(index, offset, true);
  return spans.map((span) => ({ span, kind: declarations.has(`${span.start}:${span.end}`) ? 'declaration' : 'use' }));
}
