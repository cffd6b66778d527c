/**
 * The trained linear-chain model of the entry labeller: weights per (feature bucket, label), a
 * transition weight per pair of labels and a start weight per label. Decoding is Viterbi; the
 * confidence of each token's label is its marginal probability under the model's scores (forward-
 * backward over the scores divided by a temperature fitted on held-out folds), so an unsure label
 * says so from the model itself. Everything runs on typed arrays; nothing is allocated per feature.
 */
import type { EntryFeatures } from './features';

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
}

/** A decoded model ready for labelling. */
export interface LinearChainModel {
  readonly labels: readonly string[];
  readonly bits: number;
  /** Row `b` of the sparse emission table is `rowLabels/rowWeights[rowStart[b] … rowStart[b+1])`. */
  readonly rowStart: Uint32Array;
  readonly rowLabels: Uint8Array;
  readonly rowWeights: Float32Array;
  readonly start: Float64Array;
  readonly transitions: Float64Array;
  readonly temperature: number;
}

/** Per-token label indices and the marginal probability of each chosen label. */
export interface Decoded {
  readonly labels: Uint8Array;
  readonly confidence: Float64Array;
}

/** Turns a {@link SerializedModel} into typed arrays. Throws on a malformed payload. */
export function decodeModel(m: SerializedModel): LinearChainModel {
  const bytes = fromBase64(m.weights);
  const L = m.labels.length;
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
    values.push((z % 2 === 1 ? -(z + 1) / 2 : z / 2) * m.step);
  }
  const buckets = 1 << m.bits;
  const rowStart = new Uint32Array(buckets + 1);
  for (const k of keys) rowStart[Math.floor(k / L) + 1]++;
  for (let b = 0; b < buckets; b++) rowStart[b + 1] += rowStart[b];
  const rowLabels = new Uint8Array(keys.length);
  const rowWeights = new Float32Array(keys.length);
  // Keys are sorted, so rows fill in order.
  for (let i = 0; i < keys.length; i++) {
    rowLabels[i] = keys[i] % L;
    rowWeights[i] = values[i];
  }
  return { labels: m.labels, bits: m.bits, rowStart, rowLabels, rowWeights, start: Float64Array.from(m.start), transitions: Float64Array.from(m.transitions), temperature: m.temperature };
}

/** Emission scores `n × L` of an entry's tokens under a sparse model. */
export function emissionScores(model: LinearChainModel, f: EntryFeatures, n: number): Float64Array {
  const L = model.labels.length;
  const out = new Float64Array(n * L);
  const { rowStart, rowLabels, rowWeights } = model;
  for (let i = 0; i < n; i++) {
    const base = i * L;
    for (let k = f.starts[i]; k < f.starts[i + 1]; k++) {
      const b = f.ids[k];
      for (let r = rowStart[b]; r < rowStart[b + 1]; r++) out[base + rowLabels[r]] += rowWeights[r];
    }
  }
  return out;
}

/**
 * Viterbi decoding: the best label sequence for emission scores `n × L`, transitions `L × L`
 * (row = previous label) and start weights. Writes the labels into `out` (length ≥ n).
 */
export function viterbi(emission: Float64Array, n: number, L: number, transitions: Float64Array, start: Float64Array, out: Uint8Array): void {
  if (n === 0) return;
  const delta = scratch(3, n * L);
  if (backBuffer.length < n * L) backBuffer = new Uint8Array(Math.max(n * L, backBuffer.length * 2));
  const back = backBuffer;
  for (let y = 0; y < L; y++) delta[y] = start[y] + emission[y];
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const cur = i * L;
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
 * Forward-backward over scores divided by the temperature `1 / t`: `expT` holds `exp(transition × t)`.
 * Each position is rescaled, so any product `alpha × beta` is proportional to the marginal there.
 */
export function forwardBackward(emission: Float64Array, n: number, L: number, expT: Float64Array, start: Float64Array, t: number): ForwardBackward {
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
 * by `temperature`. `expTransitions` may pass `exp(transitions / temperature)` computed once.
 */
export function marginals(emission: Float64Array, n: number, L: number, transitions: Float64Array, start: Float64Array, temperature: number, labels: Uint8Array, expTransitions?: Float64Array): Float64Array {
  const out = new Float64Array(n);
  if (n === 0) return out;
  const t = 1 / temperature;
  const { alpha, beta } = forwardBackward(emission, n, L, expTransitions ?? expOf(transitions, t), start, t);
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let y = 0; y < L; y++) norm += alpha[i * L + y] * beta[i * L + y];
    out[i] = norm > 0 ? (alpha[i * L + labels[i]] * beta[i * L + labels[i]]) / norm : 0;
  }
  return out;
}

// Work arrays reused from one entry to the next (every function here fills what it reads): the
// labeller allocates per entry only its results. Views are valid until the next call.
const pools: Float64Array[] = [new Float64Array(1024), new Float64Array(1024), new Float64Array(1024), new Float64Array(1024)];
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

/** Labels an entry's features with a decoded model: the best labels and their marginal probabilities. */
export function decode(model: LinearChainModel, f: EntryFeatures, n: number): Decoded {
  const L = model.labels.length;
  const emission = emissionScores(model, f, n);
  const labels = new Uint8Array(n);
  viterbi(emission, n, L, model.transitions, model.start, labels);
  let expT = expCache.get(model);
  if (!expT) {
    expT = expOf(model.transitions, 1 / model.temperature);
    expCache.set(model, expT);
  }
  return { labels, confidence: marginals(emission, n, L, model.transitions, model.start, model.temperature, labels, expT) };
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
