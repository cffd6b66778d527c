/**
 * Scores an analysis against a hand-made gold annotation of the same essay.
 *
 * Gold file: `{"references":[{"id","text"}],"citations":[{"text","occurrence","targets":[ids]}]}`.
 * A citation's `text` is its exact span; `occurrence` counts identical spans from 1 (in the whole
 * text); `targets: []` means the cited work is missing from the list.
 *
 * Gold references map to engine references by their text (white space normalised); gold citations
 * map to engine citations by span overlap. A link is a (citation, reference) pair: the engine's
 * links are the targets of its `linked` works (ambiguous and unresolved works link nothing).
 * A gold citation with `"anyOf": true` is one link that any of its targets satisfies; a link to
 * another of those targets is not counted as false.
 */
import type { Analysis, Citation, Reference } from '../../src/core/model';

export interface GoldReference {
  readonly id: string;
  readonly text: string;
}

export interface GoldCitation {
  readonly text: string;
  readonly occurrence: number;
  readonly targets: readonly string[];
  readonly note?: string;
  /** Several near-duplicate entries of one work: any one of `targets` satisfies the single link. */
  readonly anyOf?: boolean;
}

export interface GoldFile {
  readonly references: readonly GoldReference[];
  readonly citations: readonly GoldCitation[];
}

export interface GoldScore {
  /** Link precision, recall and F1 (1 when there is nothing to find and nothing was found). */
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** Citation detection: engine citations that overlap a gold citation / all engine citations, and the converse. */
  readonly citationPrecision: number;
  readonly citationRecall: number;
  /** Gold citations whose engine span differs from the gold span (overlapping but not equal). */
  readonly spanMismatches: readonly string[];
  /** Gold links the engine did not make, e.g. `(Paul, 2005) → r8 “PAUL, T.V. (2005)…”`. */
  readonly misses: readonly string[];
  /** Links the engine made that gold does not have. */
  readonly falseLinks: readonly string[];
  /** Gold citations no engine citation overlaps, and engine citations no gold citation overlaps. */
  readonly missedCitations: readonly string[];
  readonly extraCitations: readonly string[];
  /** Gold references no engine reference has the text of. */
  readonly unmatchedReferences: readonly string[];
}

function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Start offset of the `occurrence`-th copy (from 1) of `needle` in `haystack`, or -1. */
function nthIndexOf(haystack: string, needle: string, occurrence: number): number {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = haystack.indexOf(needle, at + (k === 0 ? 1 : needle.length));
    if (at === -1) return -1;
  }
  return at;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

/**
 * Each gold reference's engine reference, by text (white space normalised), tolerating a different cut at the
 * end of an entry (a trailing URL or full stop); an engine reference serves one gold reference at most.
 */
export function matchGoldReferences<R extends Pick<Reference, 'text'>>(gold: readonly GoldReference[], engine: readonly R[]): Map<string, R> {
  // A list may print the same entry twice: each copy in the gold takes its own copy in the engine's list.
  const byText = new Map<string, R[]>();
  for (const r of engine) {
    const key = normalise(r.text);
    byText.set(key, [...(byText.get(key) ?? []), r]);
  }
  const out = new Map<string, R>();
  const taken = new Set<R>();
  for (const g of gold) {
    const key = normalise(g.text);
    const found =
      byText.get(key)?.find((r) => !taken.has(r)) ??
      engine.find((r) => {
        const t = normalise(r.text);
        return t.length > 20 && key.length > 20 && (t.startsWith(key.slice(0, 40)) || key.startsWith(t.slice(0, 40)));
      });
    if (found && !taken.has(found)) {
      out.set(g.id, found);
      taken.add(found);
    }
  }
  return out;
}

/** Scores `analysis` (of `text`) against `gold`. `text` may still carry its BOM: offsets follow `analysis.text`. */
export function scoreAgainstGold(text: string, gold: GoldFile, analysis: Analysis): GoldScore {
  const body = analysis.text;
  void text;

  // References: gold id -> engine id, by text.
  const goldToEngine = new Map([...matchGoldReferences(gold.references, analysis.references)].map(([goldId, r]) => [goldId, r.id]));
  const engineToGold = new Map([...goldToEngine].map(([goldId, id]) => [id, goldId]));
  const unmatchedReferences = gold.references.filter((g) => !goldToEngine.has(g.id)).map((g) => `${g.id} “${short(g.text)}”`);
  const goldRefText = new Map(gold.references.map((r) => [r.id, r.text]));
  const engineRefText = new Map(analysis.references.map((r) => [r.id, r.text]));

  // Citations: each gold citation to the engine citation it overlaps most.
  const used = new Set<Citation>();
  const matched = new Map<number, Citation>();
  const missedCitations: string[] = [];
  const spanMismatches: string[] = [];
  gold.citations.forEach((g, gi) => {
    const start = nthIndexOf(body, g.text, g.occurrence);
    if (start < 0) {
      missedCitations.push(`${g.text} #${g.occurrence} (not found in the text)`);
      return;
    }
    const end = start + g.text.length;
    let best: Citation | undefined;
    let bestOverlap = 0;
    for (const c of analysis.citations) {
      if (c.end <= start) continue;
      if (c.start >= end) break;
      const overlap = Math.min(end, c.end) - Math.max(start, c.start);
      if (overlap > bestOverlap && !used.has(c)) {
        best = c;
        bestOverlap = overlap;
      }
    }
    if (!best) {
      missedCitations.push(`${g.text} #${g.occurrence}`);
      return;
    }
    used.add(best);
    matched.set(gi, best);
    if (best.start !== start || best.end !== end) spanMismatches.push(`gold “${g.text}” vs engine “${best.text}”`);
  });
  const extraCitations = analysis.citations.filter((c) => !used.has(c)).map((c) => c.text);

  const linksOf = (c: Citation): Set<string> => {
    const out = new Set<string>();
    for (const w of c.works) if (w.status === 'linked') for (const t of w.targets) out.add(t);
    return out;
  };

  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  const falseLinks: string[] = [];
  gold.citations.forEach((g, gi) => {
    const c = matched.get(gi);
    const engineLinks = c ? linksOf(c) : new Set<string>();
    const goldLinks = new Set(g.targets.map((t) => goldToEngine.get(t) ?? `gold:${t}`));
    if (g.anyOf) {
      if ([...goldLinks].some((t) => engineLinks.has(t))) tp++;
      else {
        fn++;
        misses.push(`${g.text} → any of ${g.targets.join(', ')} [${c ? describeWorks(c) : 'not found'}]`);
      }
      for (const t of engineLinks) {
        if (!goldLinks.has(t)) {
          fp++;
          falseLinks.push(`${g.text} → ${t} “${short(engineRefText.get(t) ?? '')}”`);
        }
      }
      return;
    }
    for (const t of goldLinks) {
      if (engineLinks.has(t)) tp++;
      else {
        fn++;
        const goldId = t.startsWith('gold:') ? t.slice(5) : (engineToGold.get(t) ?? t);
        const why = c ? describeWorks(c) : 'not found';
        misses.push(`${g.text} → ${goldId} “${short(goldRefText.get(goldId) ?? '')}” [${why}]`);
      }
    }
    for (const t of engineLinks) {
      if (!goldLinks.has(t)) {
        fp++;
        falseLinks.push(`${g.text} → ${t} “${short(engineRefText.get(t) ?? '')}”`);
      }
    }
  });
  for (const c of analysis.citations) {
    if (used.has(c)) continue;
    for (const t of linksOf(c)) {
      fp++;
      falseLinks.push(`${c.text} (not a gold citation) → ${t} “${short(engineRefText.get(t) ?? '')}”`);
    }
  }

  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    citationPrecision: ratio(used.size, analysis.citations.length),
    citationRecall: ratio(matched.size, gold.citations.length),
    spanMismatches,
    misses,
    falseLinks,
    missedCitations,
    extraCitations,
    unmatchedReferences,
  };
}

function describeWorks(c: Citation): string {
  return c.works.map((w) => `${w.status}${w.targets.length ? ' ' + w.targets.join(',') : ''}${w.reasons.length ? ': ' + w.reasons.join('; ') : ''}`).join(' | ');
}

function short(s: string): string {
  const t = normalise(s);
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
}
