// What `npm run train` and the entry-level cross-validation (tools/eval/entryCv.ts) share: the order of the
// labels, the training options and their defaults, one fit, and the compact serialised model.
import { DICTIONARY_FIELDS, EDGE_BITS, wordKey, type FieldDictionary } from '../../src/core/references/entry/features';
import type { SerializedModel } from '../../src/core/references/entry/model';
import type { LabelledEntry } from './data';
import { prepare, pruneAndQuantise, train, type DenseModel, type Prepared } from './perceptron';
import { trainCrf } from './crf';

/** The fixed seed of every training run. */
export const SEED = 20261207;

/** Fields in the order the reports list them; the model's labels are these plus any other tag in the data. */
export const ORDER = ['author', 'editor', 'translator', 'date', 'title', 'container-title', 'journal', 'collection-title', 'volume', 'pages', 'publisher', 'location', 'edition', 'genre', 'note', 'url', 'doi', 'isbn', 'citation-number', 'medium', 'director', 'producer', 'source'];

/** The labels of a data set, in {@link ORDER}. */
export function labelsOf(data: readonly LabelledEntry[]): string[] {
  return [...ORDER.filter((l) => data.some((e) => e.labels.includes(l))), ...new Set(data.flatMap((e) => e.labels).filter((l) => !ORDER.includes(l)))];
}

/** Training options; {@link trainOptions} reads them from the command line. */
export interface TrainOptions {
  readonly bits: number;
  readonly folds: number;
  readonly crf: boolean;
  readonly epochs: number;
  readonly threshold: number;
  readonly step: number;
  readonly c2: number;
  readonly eta: number;
  /** Features from a field dictionary built from the training data (off by default: see README, "Reference fields"). */
  readonly dictionary: boolean;
}

/** The options of `args` (`--bits 19 --folds 5 --epochs 20 --c2 0.1 --eta 0.02 --threshold 0.05 --step 0.02 --perceptron --dictionary`). */
export function trainOptions(args: readonly string[]): TrainOptions {
  const option = (name: string, fallback: number): number => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const crf = !args.includes('--perceptron');
  return {
    bits: option('bits', 19),
    folds: option('folds', 5),
    crf,
    epochs: option('epochs', crf ? 20 : 25),
    threshold: option('threshold', crf ? 0.05 : 2),
    step: option('step', crf ? 0.02 : 0.5),
    c2: option('c2', 0.1),
    eta: option('eta', 0.02),
    dictionary: args.includes('--dictionary'),
  };
}

/** A word goes into the dictionary under a field when it stands in at least this many entries of the field… */
const DICTIONARY_MIN_ENTRIES = 2;
/** …and at least this share of its occurrences are the field's. */
const DICTIONARY_MIN_SHARE = 0.5;

/**
 * The field dictionary of a set of labelled entries: each word (see wordKey) that the entries label
 * mostly as one of DICTIONARY_FIELDS, with the bits of those fields.
 */
export function buildDictionary(entries: readonly LabelledEntry[]): Map<string, number> {
  const fieldOf = new Map<string, number>();
  DICTIONARY_FIELDS.forEach(([, labels], k) => labels.forEach((l) => fieldOf.set(l, k)));
  const total = new Map<string, number>();
  const perField = new Map<string, Int32Array>();
  for (const e of entries) {
    const seen = new Set<string>();
    e.tokens.forEach((t, i) => {
      const w = wordKey(t.text);
      if (w === '' || /^\d+$/.test(w)) return;
      total.set(w, (total.get(w) ?? 0) + 1);
      const f = fieldOf.get(e.labels[i]);
      if (f === undefined) return;
      let counts = perField.get(w);
      if (!counts) perField.set(w, (counts = new Int32Array(DICTIONARY_FIELDS.length * 2)));
      counts[f]++;
      if (!seen.has(`${f} ${w}`)) {
        seen.add(`${f} ${w}`);
        counts[DICTIONARY_FIELDS.length + f]++;
      }
    });
  }
  const out = new Map<string, number>();
  for (const [w, counts] of perField) {
    let bits = 0;
    for (let f = 0; f < DICTIONARY_FIELDS.length; f++) if (counts[DICTIONARY_FIELDS.length + f] >= DICTIONARY_MIN_ENTRIES && counts[f] >= DICTIONARY_MIN_SHARE * (total.get(w) ?? 0)) bits |= 1 << f;
    if (bits !== 0) out.set(w, bits);
  }
  return out;
}

/** Parts of a training set each of whose dictionaries is built from the other parts. */
const JACKKNIFE = 5;

/**
 * The prepared entries `train` (indices into `data`) to train on and `test` to label, and the dictionary
 * of `train` that labels the `test` ones (undefined with the dictionary off). Each training entry's
 * dictionary comes from the other parts of the training set (jackknife), never from itself, so that the
 * model learns to trust the dictionary as far as it holds for words it has not seen.
 */
export function prepareFold(data: readonly LabelledEntry[], labels: readonly string[], o: TrainOptions, train: readonly number[], test: readonly number[]): { train: Prepared[]; test: Prepared[]; dictionary: Map<string, number> | undefined } {
  if (!o.dictionary) {
    return { train: prepare(train.map((i) => data[i]), labels, o.bits), test: prepare(test.map((i) => data[i]), labels, o.bits), dictionary: undefined };
  }
  const parts: FieldDictionary[] = [];
  for (let j = 0; j < JACKKNIFE; j++) parts.push(buildDictionary(train.filter((_, k) => k % JACKKNIFE !== j).map((i) => data[i])));
  const dictionary = buildDictionary(train.map((i) => data[i]));
  return {
    train: prepare(train.map((i) => data[i]), labels, o.bits, (k) => parts[k % JACKKNIFE]),
    test: prepare(test.map((i) => data[i]), labels, o.bits, () => dictionary),
    dictionary,
  };
}

/** Trains one model on `set` (CRF or averaged perceptron), unpruned. */
export function fit(set: readonly Prepared[], L: number, o: TrainOptions, seed: number): DenseModel {
  return o.crf ? trainCrf(set, L, o.bits, { epochs: o.epochs, seed, c2: o.c2, eta: o.eta }) : train(set, L, o.bits, o.epochs, seed);
}

/** Trains, prunes and quantises one model; returns it and the number of weights kept. */
export function fitPruned(set: readonly Prepared[], L: number, o: TrainOptions, seed: number): { model: DenseModel; kept: number } {
  const model = fit(set, L, o, seed);
  const kept = pruneAndQuantise(model, o.threshold, o.step);
  return { model, kept };
}

/** The model as the labeller loads it: sparse, varint coded, base64. */
export function serialize(m: DenseModel, names: readonly string[], step: number, temperature: number, dataHash: string, dictionary?: FieldDictionary): SerializedModel {
  const encode = (table: Float32Array): string => {
    const bytes: number[] = [];
    const put = (v: number): void => {
      while (v >= 128) {
        bytes.push((v % 128) | 128);
        v = Math.floor(v / 128);
      }
      bytes.push(v);
    };
    let last = 0;
    for (let k = 0; k < table.length; k++) {
      const q = Math.round(table[k] / step);
      if (q === 0) continue;
      put(k - last);
      last = k;
      put(q < 0 ? -2 * q - 1 : 2 * q);
    }
    return Buffer.from(bytes).toString('base64');
  };
  const groups: Record<string, string[]> = {};
  for (const [w, bits] of [...(dictionary ?? [])].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) (groups[bits] ??= []).push(w);
  const words = dictionary === undefined ? {} : { dictionary: Object.fromEntries(Object.entries(groups).map(([b, ws]) => [b, ws.join(' ')])) };
  return { bits: m.bits, labels: names, start: [...m.start], transitions: [...m.transitions], step, temperature, dataHash, weights: encode(m.emission), edgeBits: EDGE_BITS, edgeWeights: encode(m.edges), ...words };
}
