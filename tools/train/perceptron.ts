// Averaged structured perceptron for the linear-chain entry labeller (Collins 2002): Viterbi under the
// current weights, and on a wrong sequence, the gold features up and the predicted ones down; the
// averaged weights are what is kept. Deterministic: the order of each epoch comes from a seeded PRNG.
import { EDGE_BITS, entryFeatures, type EntryFeatures, type FieldDictionary } from '../../src/core/references/entry/features';
import { sameTransitions, viterbi } from '../../src/core/references/entry/model';
import type { LabelledEntry } from './data';
import { seededRandom } from '../../test/support/synth';

export interface Prepared {
  readonly features: EntryFeatures;
  readonly n: number;
  readonly gold: Uint8Array;
}

export interface DenseModel {
  readonly L: number;
  readonly bits: number;
  readonly emission: Float32Array;
  readonly transitions: Float64Array;
  readonly start: Float64Array;
  /** Edge weights, `2^EDGE_BITS × L × L` (bucket, previous label, label); all zero for the perceptron. */
  readonly edges: Float32Array;
}

/** An empty edge table for `L` labels. */
export function emptyEdges(L: number): Float32Array {
  return new Float32Array((1 << EDGE_BITS) * L * L);
}

/** Per-position transition scores `n × L × L` (block 0 unused): the transitions plus `scale` times the entry's edge weights. */
export function denseTransitions(m: DenseModel, p: Prepared, scale = 1): Float64Array {
  const { L } = m;
  const LL = L * L;
  const out = new Float64Array(p.n * LL);
  for (let i = 1; i < p.n; i++) {
    const base = i * LL;
    out.set(m.transitions, base);
    for (let k = p.features.edgeStarts[i]; k < p.features.edgeStarts[i + 1]; k++) {
      const row = p.features.edges[k] * LL;
      for (let q = 0; q < LL; q++) out[base + q] += scale * m.edges[row + q];
    }
  }
  return out;
}

/** The features and gold labels of each entry, with the field dictionary `dictionaryOf(k)` for entry `k` (none when undefined). */
export function prepare(entries: readonly LabelledEntry[], labels: readonly string[], bits: number, dictionaryOf: (k: number) => FieldDictionary | undefined = () => undefined): Prepared[] {
  const index = new Map(labels.map((l, i) => [l, i]));
  return entries.map((e, k) => ({ features: entryFeatures(e.tokens, bits, dictionaryOf(k)), n: e.tokens.length, gold: Uint8Array.from(e.labels.map((l) => index.get(l) ?? 0)) }));
}

/** The seeded PRNG of the test support (mulberry32), so that training runs are repeatable. */
export const rng = seededRandom;

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

export function denseEmission(m: DenseModel, p: Prepared): Float64Array {
  const { L } = m;
  const out = new Float64Array(p.n * L);
  for (let i = 0; i < p.n; i++) {
    for (let k = p.features.starts[i]; k < p.features.starts[i + 1]; k++) {
      const row = p.features.ids[k] * L;
      for (let y = 0; y < L; y++) out[i * L + y] += m.emission[row + y];
    }
  }
  return out;
}

/** Trains for `epochs` passes; returns the averaged weights. */
export function train(data: readonly Prepared[], L: number, bits: number, epochs: number, seed: number): DenseModel {
  const size = (1 << bits) * L;
  const w = new Float32Array(size);
  const u = new Float32Array(size);
  const tw = new Float64Array(L * L);
  const tu = new Float64Array(L * L);
  const sw = new Float64Array(L);
  const su = new Float64Array(L);
  const model: DenseModel = { L, bits, emission: w, transitions: tw, start: sw, edges: emptyEdges(L) };
  const random = rng(seed);
  const order = data.map((_, i) => i);
  let c = 1;
  const pred = new Uint8Array(512);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const k of order) {
      const p = data[k];
      const out = p.n <= pred.length ? pred : new Uint8Array(p.n);
      viterbi(denseEmission(model, p), p.n, L, sameTransitions(tw), sw, out);
      for (let i = 0; i < p.n; i++) {
        const g = p.gold[i];
        const y = out[i];
        if (g !== y) {
          for (let f = p.features.starts[i]; f < p.features.starts[i + 1]; f++) {
            const row = p.features.ids[f] * L;
            w[row + g] += 1;
            u[row + g] += c;
            w[row + y] -= 1;
            u[row + y] -= c;
          }
        }
        if (i === 0) {
          if (g !== y) {
            sw[g] += 1;
            su[g] += c;
            sw[y] -= 1;
            su[y] -= c;
          }
        } else {
          const gp = p.gold[i - 1];
          const yp = out[i - 1];
          if (gp !== yp || g !== y) {
            tw[gp * L + g] += 1;
            tu[gp * L + g] += c;
            tw[yp * L + y] -= 1;
            tu[yp * L + y] -= c;
          }
        }
      }
      c++;
    }
  }
  // Averaging: w_avg = w - u / c.
  for (let i = 0; i < size; i++) if (u[i] !== 0) w[i] -= u[i] / c;
  for (let i = 0; i < L * L; i++) tw[i] -= tu[i] / c;
  for (let i = 0; i < L; i++) sw[i] -= su[i] / c;
  return model;
}

/** Drops weights smaller than `threshold` in magnitude and rounds the rest to multiples of `step`, in place. */
export function pruneAndQuantise(m: DenseModel, threshold: number, step: number): number {
  let kept = 0;
  for (const table of [m.emission, m.edges]) {
    for (let i = 0; i < table.length; i++) {
      const v = table[i];
      if (v === 0) continue;
      if (Math.abs(v) < threshold) table[i] = 0;
      else {
        const q = Math.round(v / step);
        table[i] = q * step;
        if (q !== 0) kept++;
      }
    }
  }
  for (let i = 0; i < m.transitions.length; i++) m.transitions[i] = Math.round(m.transitions[i] * 1000) / 1000;
  for (let i = 0; i < m.start.length; i++) m.start[i] = Math.round(m.start[i] * 1000) / 1000;
  return kept;
}
