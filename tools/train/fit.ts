// What `npm run train` and the entry-level cross-validation (tools/eval/entryCv.ts) share: the order of the
// labels, the training options and their defaults, one fit, and the compact serialised model.
import { EDGE_BITS } from '../../src/core/references/entry/features';
import type { SerializedModel } from '../../src/core/references/entry/model';
import type { LabelledEntry } from './data';
import { pruneAndQuantise, train, type DenseModel, type Prepared } from './perceptron';
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
}

/** The options of `args` (`--bits 19 --folds 5 --epochs 20 --c2 0.1 --eta 0.02 --threshold 0.05 --step 0.02 --perceptron`). */
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
export function serialize(m: DenseModel, names: readonly string[], step: number, temperature: number, dataHash: string): SerializedModel {
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
  return { bits: m.bits, labels: names, start: [...m.start], transitions: [...m.transitions], step, temperature, dataHash, weights: encode(m.emission), edgeBits: EDGE_BITS, edgeWeights: encode(m.edges) };
}
