// `npm run train`: trains the entry labeller on tools/train/data/, prints k-fold cross-validated token
// accuracy, per-field F1 and the confusion between fields, then trains on everything and writes the
// compact model to src/core/references/entry/modelData.ts. Deterministic (fixed seed).
//   npx tsx tools/train/train.ts [--folds 5] [--fold K] [--epochs 20] [--c2 1] [--eta 0.02] [--bits 19] [--threshold 0.05] [--step 0.02] [--perceptron] [--dictionary] [--no-write]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTrainingData, trainingDataHash, type LabelledEntry } from './data';
import { denseEmission, denseTransitions, rng, shuffle, type DenseModel, type Prepared } from './perceptron';
import { fitPruned, labelsOf, prepareFold, SEED, serialize, trainOptions } from './fit';
import { marginals, transitionsPerPosition, viterbi } from '../../src/core/references/entry/model';

const args = process.argv.slice(2);
const OPTIONS = trainOptions(args);
const { bits: BITS, folds: FOLDS, crf: CRF, epochs: EPOCHS, step: STEP, c2: C2 } = OPTIONS;
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

const data = loadTrainingData();
const labels = labelsOf(data);
const L = labels.length;
console.log(`${data.length} entries, ${data.reduce((s, e) => s + e.tokens.length, 0)} tokens, ${L} labels; ${FOLDS}-fold CV, ${CRF ? `CRF (SGD, c2 ${C2})` : 'averaged perceptron'}, ${EPOCHS} epochs, 2^${BITS} feature buckets`);

interface Held {
  p: Prepared;
  pred: Uint8Array;
  emission: Float64Array;
  transitions: Float64Array;
  model: DenseModel;
}

const t0 = Date.now();
const order = shuffle(
  data.map((_, i) => i),
  rng(SEED),
);
const held: Held[] = [];
// `--fold k` evaluates one fold only (quicker, noisier: for trying options, not for the figures reported).
const ONLY = args.includes('--fold') ? option('fold', 0) : -1;
for (let fold = 0; fold < FOLDS; fold++) {
  if (ONLY >= 0 && fold !== ONLY) continue;
  const test = order.filter((_, k) => k % FOLDS === fold);
  const sets = prepareFold(data, labels, OPTIONS, order.filter((_, k) => k % FOLDS !== fold), test);
  const { model } = fitPruned(sets.train, L, OPTIONS, SEED + fold);
  for (const p of sets.test) {
    const emission = denseEmission(model, p);
    const transitions = denseTransitions(model, p);
    const pred = new Uint8Array(p.n);
    viterbi(emission, p.n, L, transitionsPerPosition(transitions, L), model.start, pred);
    held.push({ p, pred, emission, transitions, model });
  }
}
console.log(`cross-validation took ${((Date.now() - t0) / 1000).toFixed(1)} s`);

let bestT = CRF ? 1 : 48;
if (FOLDS >= 2) {
// Token accuracy, per-label token F1 and exact-span field F1 (the field's whole text right).
let right = 0;
let total = 0;
const tp = new Float64Array(L);
const fp = new Float64Array(L);
const fn = new Float64Array(L);
const confusion = Array.from({ length: L }, () => new Float64Array(L));
const spanTp = new Float64Array(L);
const spanGold = new Float64Array(L);
const spanPred = new Float64Array(L);
const runs = (seq: Uint8Array): Set<string> => {
  const out = new Set<string>();
  let s = 0;
  for (let i = 1; i <= seq.length; i++) {
    if (i === seq.length || seq[i] !== seq[s]) {
      out.add(`${seq[s]}:${s}:${i}`);
      s = i;
    }
  }
  return out;
};
for (const h of held) {
  for (let i = 0; i < h.p.n; i++) {
    const g = h.p.gold[i];
    const y = h.pred[i];
    confusion[g][y]++;
    total++;
    if (g === y) {
      right++;
      tp[g]++;
    } else {
      fp[y]++;
      fn[g]++;
    }
  }
  const gs = runs(h.p.gold);
  const ps = runs(h.pred);
  for (const r of gs) spanGold[Number(r.split(':')[0])]++;
  for (const r of ps) {
    spanPred[Number(r.split(':')[0])]++;
    if (gs.has(r)) spanTp[Number(r.split(':')[0])]++;
  }
}
const expAt = (h: Held, T: number): Float64Array => h.transitions.map((v) => Math.exp(v / T));
const f1 = (a: number, b: number, c: number): number => (a === 0 ? 0 : (2 * a) / (2 * a + b + c));
console.log(`\ntoken accuracy ${(right / total).toFixed(4)} (${right}/${total})\n`);
console.log('field              tokens  token-F1  span-F1');
for (let y = 0; y < L; y++) {
  const gold = tp[y] + fn[y];
  console.log(`${labels[y].padEnd(18)} ${String(gold).padStart(6)}  ${f1(tp[y], fp[y], fn[y]).toFixed(3).padStart(8)}  ${f1(spanTp[y], spanPred[y] - spanTp[y], spanGold[y] - spanTp[y]).toFixed(3).padStart(7)}`);
}
// Journal and container-title together: "the container".
const jc = [labels.indexOf('journal'), labels.indexOf('container-title')].filter((k) => k >= 0);
let ctp = 0;
let cfp = 0;
let cfn = 0;
for (const h of held) {
  for (let i = 0; i < h.p.n; i++) {
    const g = jc.includes(h.p.gold[i]);
    const y = jc.includes(h.pred[i]);
    if (g && y) ctp++;
    else if (y) cfp++;
    else if (g) cfn++;
  }
}
console.log(`${'container (both)'.padEnd(18)} ${String(ctp + cfn).padStart(6)}  ${f1(ctp, cfp, cfn).toFixed(3).padStart(8)}`);
const tIdx = labels.indexOf('title');
console.log(`title + container token F1: ${f1(tp[tIdx] + ctp, fp[tIdx] + cfp, fn[tIdx] + cfn).toFixed(3)}`);

console.log('\nconfusion (rows gold, columns predicted; tokens, main fields; "other" = every other label)');
const main = ['author', 'editor', 'date', 'title', 'container-title', 'journal', 'publisher', 'location', 'volume', 'pages', 'note'].map((l) => labels.indexOf(l)).filter((k) => k >= 0);
const short = (l: string): string => l.replace('container-title', 'contnr').replace('publisher', 'publ').replace('location', 'loc').replace('journal', 'jrnl').replace('volume', 'vol').replace('author', 'auth').replace('editor', 'edtr').replace('title', 'title');
console.log(''.padEnd(16) + main.map((k) => short(labels[k]).padStart(7)).join('') + '  other');
for (const g of main) {
  let other = 0;
  for (let y = 0; y < L; y++) if (!main.includes(y)) other += confusion[g][y];
  console.log(labels[g].padEnd(16) + main.map((y) => String(confusion[g][y]).padStart(7)).join('') + String(other).padStart(7));
}

// Temperature of the marginals: the one whose held-out confidences best predict whether a label is right.
let bestLoss = Infinity;
for (const T of CRF ? [0.5, 0.75, 1, 1.25, 1.5, 2] : [4, 8, 16, 32, 48, 64, 96, 128, 192, 256]) {
  let loss = 0;
  for (const h of held) {
    const m = marginals(h.emission, h.p.n, L, transitionsPerPosition(expAt(h, T), L), h.model.start, T, h.pred);
    for (let i = 0; i < h.p.n; i++) {
      const p = Math.min(1 - 1e-6, Math.max(1e-6, m[i]));
      loss -= h.pred[i] === h.p.gold[i] ? Math.log(p) : Math.log(1 - p);
    }
  }
  if (loss < bestLoss) {
    bestLoss = loss;
    bestT = T;
  }
}
// How well confidence separates right from wrong labels at the threshold the parser uses.
let low = 0;
let lowWrong = 0;
let wrongAll = 0;
for (const h of held) {
  const m = marginals(h.emission, h.p.n, L, transitionsPerPosition(expAt(h, bestT), L), h.model.start, bestT, h.pred);
  for (let i = 0; i < h.p.n; i++) {
    const wrong = h.pred[i] !== h.p.gold[i];
    if (wrong) wrongAll++;
    if (m[i] < 0.6) {
      low++;
      if (wrong) lowWrong++;
    }
  }
}
console.log(`\ntemperature ${bestT}: ${low} tokens below 0.6 confidence, ${lowWrong} of them wrong; they hold ${lowWrong} of ${wrongAll} wrong labels`);

}

if (!args.includes('--no-write')) {
  const all = prepareFold(data, labels, OPTIONS, data.map((_, i) => i), []);
  const { model, kept } = fitPruned(all.train, L, OPTIONS, SEED);
  const serialized = serialize(model, labels, STEP, bestT, trainingDataHash(), all.dictionary);
  const json = JSON.stringify(serialized);
  const file = join(__dirname, '..', '..', 'src', 'core', 'references', 'entry', 'modelData.ts');
  writeFileSync(
    file,
    '// Generated by `npm run train` (tools/train/train.ts) from tools/train/data/: do not edit.\n' +
      '// The trained entry labeller as one JSON string, parsed on the first labelling (./labeler.ts).\n' +
      `/** The serialised model (see SerializedModel in ./model.ts). */\nexport const MODEL_JSON = ${JSON.stringify(json)};\n`,
  );
  console.log(`\nwrote ${file}: ${kept} weights, ${(json.length / 1024).toFixed(0)} KB`);
}

export type { LabelledEntry };
