/**
 * The trained linear-chain model of the entry labeller: weights per (feature bucket, label), a
 * transition weight per pair of labels, weights per (edge feature bucket, pair of labels) that move the
 * transition between two tokens by what stands between them, and a start weight per label. Decoding is Viterbi; the
 * confidence of each token's label is its marginal probability under the model's scores (forward-
 * backward over the scores divided by a temperature fitted on held-out folds), so an unsure label
 * says so from the model itself. Everything runs on typed arrays; nothing is allocated per feature.
 */
import type { EntryFeatures, FieldDictionary } from './features';

/** The serialised model: a small JSON header and the sparse weights as base64 (see {@link decodeModel}). */
export interface SerializedModel {
  /** Feature buckets are `2^bits`. */
  readonly bits: number;
  readonly labels: readonly string[];
  /** Start weights, one per label. */
  readonly start: readonly number[];
  /** Transition weights, `labels.length × labels.length`, row = previous label. */
  readonly transitions: readonly number[];
  /** Quantisation step: a stored integer weight `k` stands for `k × step`. */
  readonly step: number;
  /** Scores are divided by this before marginals are computed. */
  readonly temperature: number;
  /** SHA-256 of the training data the model was trained from (checked by a unit test). */
  readonly dataHash: string;
  /** Sparse emission weights: varint deltas of `bucket × labels + label`, each followed by a zig-zag varint weight. */
  readonly weights: string;
  /** Edge feature buckets are `2^edgeBits` (absent: no edge features). */
  readonly edgeBits?: number;
  /** Sparse edge weights as {@link weights}, keyed by `bucket × labels² + previous × labels + label`. */
  readonly edgeWeights?: string;
  /** The field dictionary (absent: none), as its words (space separated) by their field bits. */
  readonly dictionary?: Readonly<Record<string, string>>;
}

/** A decoded model ready for labelling. */
export interface LinearChainModel {
  readonly labels: readonly string[];
  readonly bits: number;
  /**
   * The buckets that have weights, in an open-addressing table of `slots.length / 3` slots (linear
   * probing from `bucket & (slots - 1)`): each slot is `[bucket or -1, first, end]`, and the bucket's
   * weights are `rowLabels/rowWeights[first … end)`. A few hundred kilobytes where a row index over
   * every bucket would take megabytes: the lookups of an entry stay in the processor's cache.
   */
  readonly slots: Int32Array;
  /** One bit per bucket, set when the bucket has weights: most of an entry's features have none, and are passed over here. */
  readonly present: Uint32Array;
  readonly rowLabels: Uint8Array;
  readonly rowWeights: Float32Array;
  readonly start: Float64Array;
  readonly transitions: Float64Array;
  readonly temperature: number;
  /** Row `b` of the sparse edge table is `edgePairs/edgeWeights[edgeStart[b] … edgeStart[b+1])`, pairs as `previous × L + label`; empty without edge features. */
  readonly edgeStart: Uint32Array;
  readonly edgePairs: Uint16Array;
  readonly edgeWeights: Float64Array;
  /** `exp(weight / temperature)` of each edge weight, for the marginals. */
  readonly edgeExp: Float64Array;
  /** The words the training data labels as one field most of the time; undefined when the model was trained without them. */
  readonly dictionary: FieldDictionary | undefined;
}

/** Per-token label indices and the marginal probability of each chosen label. */
export interface Decoded {
  readonly labels: Uint8Array;
  readonly confidence: Float64Array;
}

/** Turns a {@link SerializedModel} into typed arrays. Throws on a malformed payload. */
export function decodeModel(m: SerializedModel): LinearChainModel {
  const L = m.labels.length;
  const emission = sparseRows(m.weights, m.bits, L, m.step);
  const edges = m.edgeWeights !== undefined && m.edgeBits !== undefined ? sparseRows(m.edgeWeights, m.edgeBits, L * L, m.step) : sparseRows('', 0, L * L, m.step);
  const edgeExp = new Float64Array(edges.values.length);
  for (let k = 0; k < edgeExp.length; k++) edgeExp[k] = Math.exp(edges.values[k] / m.temperature);
  return {
    labels: m.labels,
    bits: m.bits,
    slots: slotTable(emission.rowStart),
    present: presentBits(emission.rowStart),
    rowLabels: Uint8Array.from(emission.columns),
    rowWeights: emission.values,
    start: Float64Array.from(m.start),
    transitions: Float64Array.from(m.transitions),
    temperature: m.temperature,
    edgeStart: edges.rowStart,
    edgePairs: Uint16Array.from(edges.columns),
    edgeWeights: Float64Array.from(edges.values),
    edgeExp,
    dictionary: m.dictionary === undefined ? undefined : dictionaryOf(m.dictionary),
  };
}

/** The dictionary of a serialised model: each word with its field bits. */
function dictionaryOf(groups: Readonly<Record<string, string>>): FieldDictionary {
  const out = new Map<string, number>();
  for (const [bits, words] of Object.entries(groups)) for (const w of words.split(' ')) if (w !== '') out.set(w, Number(bits));
  return out;
}

/** One bit per row of `rowStart`, set when the row is not empty. */
function presentBits(rowStart: Uint32Array): Uint32Array {
  const bits = new Uint32Array(Math.ceil((rowStart.length - 1) / 32));
  for (let b = 0; b + 1 < rowStart.length; b++) if (rowStart[b + 1] > rowStart[b]) bits[b >>> 5] |= 1 << (b & 31);
  return bits;
}

/** The open-addressing table of the non-empty rows of `rowStart` (see LinearChainModel.slots). */
function slotTable(rowStart: Uint32Array): Int32Array {
  let used = 0;
  for (let b = 0; b + 1 < rowStart.length; b++) if (rowStart[b + 1] > rowStart[b]) used++;
  let size = 16;
  while (size < used * 2) size *= 2;
  const slots = new Int32Array(size * 3).fill(-1);
  for (let b = 0; b + 1 < rowStart.length; b++) {
    if (rowStart[b + 1] === rowStart[b]) continue;
    let h = b & (size - 1);
    while (slots[h * 3] !== -1) h = (h + 1) & (size - 1);
    slots[h * 3] = b;
    slots[h * 3 + 1] = rowStart[b];
    slots[h * 3 + 2] = rowStart[b + 1];
  }
  return slots;
}

/** Reads varint-coded sparse weights (keys `row × width + column`, delta coded, zig-zag values times `step`) into rows. */
function sparseRows(encoded: string, bits: number, width: number, step: number): { rowStart: Uint32Array; columns: Uint32Array; values: Float32Array } {
  const bytes = fromBase64(encoded);
  const keys: number[] = [];
  const values: number[] = [];
  let pos = 0;
  let key = 0;
  const read = (): number => {
    let v = 0;
    let mul = 1;
    for (;;) {
      if (pos >= bytes.length) throw new Error('truncated model weights');
      const b = bytes[pos++];
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 128;
    }
  };
  while (pos < bytes.length) {
    key += read();
    const z = read();
    keys.push(key);
    values.push((z % 2 === 1 ? -(z + 1) / 2 : z / 2) * step);
  }
  const rows = 1 << bits;
  const rowStart = new Uint32Array(rows + 1);
  for (const k of keys) {
    const row = Math.floor(k / width);
    if (row >= rows) throw new Error('model weight out of range');
    rowStart[row + 1]++;
  }
  for (let b = 0; b < rows; b++) rowStart[b + 1] += rowStart[b];
  // Keys are sorted, so rows fill in order.
  const columns = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) columns[i] = keys[i] % width;
  return { rowStart, columns, values: Float32Array.from(values) };
}

/** Emission scores `n × L` of an entry's tokens under a sparse model. A view into a work array, valid until the next call. */
export function emissionScores(model: LinearChainModel, f: EntryFeatures, n: number): Float64Array {
  const L = model.labels.length;
  const out = scratch(6, n * L);
  out.fill(0);
  const { slots, present, rowLabels, rowWeights } = model;
  const mask = slots.length / 3 - 1;
  for (let i = 0; i < n; i++) {
    const base = i * L;
    for (let k = f.starts[i]; k < f.starts[i + 1]; k++) {
      const b = f.ids[k];
      if ((present[b >>> 5] & (1 << (b & 31))) === 0) continue;
      let h = b & mask;
      for (;;) {
        const key = slots[h * 3];
        if (key === b) {
          for (let r = slots[h * 3 + 1], end = slots[h * 3 + 2]; r < end; r++) out[base + rowLabels[r]] += rowWeights[r];
          break;
        }
        if (key === -1) break;
        h = (h + 1) & mask;
      }
    }
  }
  return out;
}

/** The `L × L` transitions (row = previous label) into position `i` (1 ≤ i < n); the array may be reused by the next call. */
export type TransitionsAt = (i: number) => Float64Array;

/** The same transitions at every position. */
export function sameTransitions(transitions: Float64Array): TransitionsAt {
  return () => transitions;
}

/** Transitions stored per position: position `i`'s block at `i × L²` of `table`. */
export function transitionsPerPosition(table: Float64Array, L: number): TransitionsAt {
  const LL = L * L;
  return (i) => table.subarray(i * LL, (i + 1) * LL);
}

/**
 * The potentials of the transitions into each position of an entry under a sparse model, as
 * {@link transitionsPerPosition} tables: `base` (the exponentials of the model's transitions) times the
 * exponentials of the weights of each position's edge features. A view into a work array, valid until
 * the next call.
 */
function edgeTransitions(model: LinearChainModel, f: EntryFeatures, n: number, base: Float64Array): Float64Array {
  const LL = base.length;
  const out = scratch(5, n * LL);
  const { edgeStart, edgePairs, edgeExp } = model;
  for (let i = 1; i < n; i++) {
    const at = i * LL;
    out.set(base, at);
    for (let k = f.edgeStarts[i]; k < f.edgeStarts[i + 1]; k++) {
      const b = f.edges[k];
      for (let r = edgeStart[b]; r < edgeStart[b + 1]; r++) out[at + edgePairs[r]] *= edgeExp[r];
    }
  }
  return out;
}

/**
 * Viterbi decoding: the best label sequence for emission scores `n × L`, the transitions into each
 * position and start weights. Writes the labels into `out` (length ≥ n).
 */
export function viterbi(emission: Float64Array, n: number, L: number, at: TransitionsAt, start: Float64Array, out: Uint8Array): void {
  if (n === 0) return;
  const delta = scratch(3, n * L);
  if (backBuffer.length < n * L) backBuffer = new Uint8Array(Math.max(n * L, backBuffer.length * 2));
  const back = backBuffer;
  for (let y = 0; y < L; y++) delta[y] = start[y] + emission[y];
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const cur = i * L;
    const transitions = at(i);
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const s = delta[prev + p] + transitions[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      delta[cur + y] = best + emission[cur + y];
      back[cur + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * L;
  for (let y = 0; y < L; y++) {
    if (delta[last + y] > best) {
      best = delta[last + y];
      arg = y;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) {
    arg = back[i * L + arg];
    out[i - 1] = arg;
  }
}

/** The scaled forward and backward tables (`n × L`, each position normalised) and the emission potentials. */
export interface ForwardBackward {
  readonly alpha: Float64Array;
  readonly beta: Float64Array;
  readonly pot: Float64Array;
}

/**
 * Forward-backward over scores divided by the temperature `1 / t`: `expAt(i)` gives `exp(transition × t)`
 * into position `i`. Each position is rescaled, so any product `alpha × beta` is proportional to the
 * marginal there.
 */
export function forwardBackward(emission: Float64Array, n: number, L: number, expAt: TransitionsAt, start: Float64Array, t: number): ForwardBackward {
  const alpha = scratch(0, n * L);
  const beta = scratch(1, n * L);
  // Emission potentials, shifted by each position's maximum for stability.
  const pot = scratch(2, n * L);
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let y = 0; y < L; y++) max = Math.max(max, emission[i * L + y]);
    for (let y = 0; y < L; y++) pot[i * L + y] = Math.exp((emission[i * L + y] - max) * t);
  }
  let maxStart = -Infinity;
  for (let y = 0; y < L; y++) maxStart = Math.max(maxStart, start[y]);
  let z = 0;
  for (let y = 0; y < L; y++) z += alpha[y] = Math.exp((start[y] - maxStart) * t) * pot[y];
  for (let y = 0; y < L; y++) alpha[y] /= z;
  for (let i = 1; i < n; i++) {
    z = 0;
    const expT = expAt(i);
    for (let y = 0; y < L; y++) {
      let s = 0;
      for (let p = 0; p < L; p++) s += alpha[(i - 1) * L + p] * expT[p * L + y];
      z += alpha[i * L + y] = s * pot[i * L + y];
    }
    for (let y = 0; y < L; y++) alpha[i * L + y] /= z;
  }
  for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 1;
  for (let i = n - 2; i >= 0; i--) {
    z = 0;
    const expT = expAt(i + 1);
    for (let p = 0; p < L; p++) {
      let s = 0;
      for (let y = 0; y < L; y++) s += expT[p * L + y] * pot[(i + 1) * L + y] * beta[(i + 1) * L + y];
      z += beta[i * L + p] = s;
    }
    for (let p = 0; p < L; p++) beta[i * L + p] /= z;
  }
  return { alpha, beta, pot };
}

/**
 * The marginal probability of `labels[i]` at each token, by forward-backward over the scores divided
 * by `temperature`: `expAt(i)` gives `exp(transition / temperature)` into position `i`.
 */
export function marginals(emission: Float64Array, n: number, L: number, expAt: TransitionsAt, start: Float64Array, temperature: number, labels: Uint8Array): Float64Array {
  const out = new Float64Array(n);
  if (n === 0) return out;
  const t = 1 / temperature;
  const { alpha, beta } = forwardBackward(emission, n, L, expAt, start, t);
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let y = 0; y < L; y++) norm += alpha[i * L + y] * beta[i * L + y];
    out[i] = norm > 0 ? (alpha[i * L + labels[i]] * beta[i * L + labels[i]]) / norm : 0;
  }
  return out;
}

// Work arrays reused from one entry to the next (every function here fills what it reads): the
// labeller allocates per entry only its results. Views are valid until the next call.
const pools: Float64Array[] = Array.from({ length: 7 }, () => new Float64Array(1024));
let backBuffer = new Uint8Array(1024);

function scratch(k: number, size: number): Float64Array {
  if (pools[k].length < size) pools[k] = new Float64Array(Math.max(size, pools[k].length * 2));
  return pools[k].subarray(0, size);
}

/** `exp(x × t)` of every weight. */
export function expOf(weights: Float64Array, t: number): Float64Array {
  const out = new Float64Array(weights.length);
  for (let k = 0; k < weights.length; k++) out[k] = Math.exp(weights[k] * t);
  return out;
}

const expCache = new WeakMap<LinearChainModel, Float64Array>();

/**
 * Labels an entry's features with a decoded model: the best labels and their marginal probabilities. The
 * best labels come from the same potentials as the marginals, `exp(score / temperature)`, by max-product
 * (the product is largest where the sum of scores is: the labels are Viterbi's), in one pass with the
 * forward sums, so that each position's transitions are built and read once.
 */
export function decode(model: LinearChainModel, f: EntryFeatures, n: number): Decoded {
  const L = model.labels.length;
  const emission = emissionScores(model, f, n);
  const labels = new Uint8Array(n);
  const confidence = new Float64Array(n);
  if (n === 0) return { labels, confidence };
  let expT = expCache.get(model);
  if (!expT) {
    expT = expOf(model.transitions, 1 / model.temperature);
    expCache.set(model, expT);
  }
  const table = edgeTransitions(model, f, n, expT);
  const LL = L * L;
  const t = 1 / model.temperature;
  const alpha = scratch(0, n * L);
  const beta = scratch(1, n * L);
  const pot = scratch(2, n * L);
  const best = scratch(3, n * L);
  if (backBuffer.length < n * L) backBuffer = new Uint8Array(Math.max(n * L, backBuffer.length * 2));
  const back = backBuffer;
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let y = 0; y < L; y++) max = Math.max(max, emission[i * L + y]);
    for (let y = 0; y < L; y++) pot[i * L + y] = Math.exp((emission[i * L + y] - max) * t);
  }
  let maxStart = -Infinity;
  for (let y = 0; y < L; y++) maxStart = Math.max(maxStart, model.start[y]);
  let z = 0;
  let top = 0;
  for (let y = 0; y < L; y++) {
    const v = Math.exp((model.start[y] - maxStart) * t) * pot[y];
    alpha[y] = v;
    best[y] = v;
    z += v;
    top = Math.max(top, v);
  }
  for (let y = 0; y < L; y++) {
    alpha[y] /= z;
    best[y] /= top;
  }
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const cur = i * L;
    const tb = i * LL;
    z = 0;
    top = 0;
    for (let y = 0; y < L; y++) {
      let sum = 0;
      let m = -1;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const v = table[tb + p * L + y];
        sum += alpha[prev + p] * v;
        const d = best[prev + p] * v;
        if (d > m) {
          m = d;
          arg = p;
        }
      }
      const py = pot[cur + y];
      z += alpha[cur + y] = sum * py;
      top = Math.max(top, (best[cur + y] = m * py));
      back[cur + y] = arg;
    }
    for (let y = 0; y < L; y++) {
      alpha[cur + y] /= z;
      best[cur + y] = top > 0 ? best[cur + y] / top : 0;
    }
  }
  let arg = 0;
  const last = (n - 1) * L;
  for (let y = 1; y < L; y++) if (best[last + y] > best[last + arg]) arg = y;
  labels[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) {
    arg = back[i * L + arg];
    labels[i - 1] = arg;
  }
  for (let y = 0; y < L; y++) beta[last + y] = 1;
  // What follows each label of position i + 1: its potential times its backward sum, computed once.
  const ahead = scratch(4, L);
  for (let i = n - 2; i >= 0; i--) {
    const tb = (i + 1) * LL;
    const next = (i + 1) * L;
    for (let y = 0; y < L; y++) ahead[y] = pot[next + y] * beta[next + y];
    z = 0;
    for (let p = 0; p < L; p++) {
      let sum = 0;
      const row = tb + p * L;
      for (let y = 0; y < L; y++) sum += table[row + y] * ahead[y];
      z += beta[i * L + p] = sum;
    }
    for (let p = 0; p < L; p++) beta[i * L + p] /= z;
  }
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let y = 0; y < L; y++) norm += alpha[i * L + y] * beta[i * L + y];
    confidence[i] = norm > 0 ? (alpha[i * L + labels[i]] * beta[i * L + labels[i]]) / norm : 0;
  }
  return { labels, confidence };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (with or without padding) to bytes; no dependency on `atob` or `Buffer`. */
export function fromBase64(s: string): Uint8Array {
  let end = s.length;
  while (end > 0 && s[end - 1] === '=') end--;
  const clean = s.slice(0, end);
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) table[B64.charCodeAt(i)] = i;
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = table[clean.charCodeAt(i)];
    if (v < 0) throw new Error('invalid base64 in model');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}
