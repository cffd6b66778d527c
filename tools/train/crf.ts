// A linear-chain CRF trained by stochastic gradient descent on the log-likelihood with L2
// regularisation (the lazily scaled update of Bottou's SGD; CRFsuite's l2sgd does the same): for each
// entry, forward-backward gives the node and edge marginals, and every weight moves by what the gold
// labels have minus what the model expects. Deterministic: the order of each epoch is seeded.
import type { DenseModel, Prepared } from './perceptron';
import { denseEmission, rng, shuffle } from './perceptron';
import { expOf, forwardBackward } from '../../src/core/references/entry/model';

export interface CrfOptions {
  readonly epochs: number;
  readonly seed: number;
  /** L2 strength over the whole training set (CRFsuite's c2). */
  readonly c2: number;
  /** Initial learning rate. */
  readonly eta: number;
}

export function trainCrf(data: readonly Prepared[], L: number, bits: number, o: CrfOptions): DenseModel {
  const stored = new Float32Array((1 << bits) * L);
  const transitions = new Float64Array(L * L);
  const start = new Float64Array(L);
  let scale = 1;
  // The model seen by denseEmission is the stored weights times `scale`; it is folded in at the end.
  const view: DenseModel = { L, bits, emission: stored, transitions, start };
  const random = rng(o.seed);
  const order = data.map((_, i) => i);
  const N = data.length;
  const lambda = (2 * o.c2) / N;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    let loss = 0;
    for (const k of order) {
      const p = data[k];
      const n = p.n;
      const eta = o.eta / (1 + epoch * 0.5);
      const e = denseEmission(view, p);
      if (scale !== 1) for (let i = 0; i < e.length; i++) e[i] *= scale;
      const expT = expOf(transitions, 1);
      const { alpha, beta, pot } = forwardBackward(e, n, L, expT, start, 1);
      // Regularisation first (lazy scaling), then the likelihood gradient.
      scale *= 1 - eta * lambda;
      for (let q = 0; q < L * L; q++) transitions[q] *= 1 - eta * lambda;
      for (let y = 0; y < L; y++) start[y] *= 1 - eta * lambda;
      if (scale < 1e-6) {
        for (let q = 0; q < stored.length; q++) stored[q] *= scale;
        scale = 1;
      }
      const step = eta / scale;
      const node = new Float64Array(L);
      for (let i = 0; i < n; i++) {
        let norm = 0;
        for (let y = 0; y < L; y++) norm += node[y] = alpha[i * L + y] * beta[i * L + y];
        for (let y = 0; y < L; y++) node[y] /= norm;
        const g = p.gold[i];
        loss -= Math.log(Math.max(node[g], 1e-12));
        for (let f = p.features.starts[i]; f < p.features.starts[i + 1]; f++) {
          const row = p.features.ids[f] * L;
          for (let y = 0; y < L; y++) {
            const grad = (y === g ? 1 : 0) - node[y];
            if (grad > 1e-9 || grad < -1e-9) stored[row + y] += step * grad;
          }
        }
        if (i === 0) {
          for (let y = 0; y < L; y++) start[y] += eta * ((y === g ? 1 : 0) - node[y]);
        } else {
          // Edge marginals between positions i-1 and i.
          let sum = 0;
          const edge = new Float64Array(L * L);
          for (let q = 0; q < L; q++) {
            const a = alpha[(i - 1) * L + q];
            for (let y = 0; y < L; y++) sum += edge[q * L + y] = a * expT[q * L + y] * pot[i * L + y] * beta[i * L + y];
          }
          const gp = p.gold[i - 1];
          for (let q = 0; q < L * L; q++) transitions[q] -= (eta * edge[q]) / sum;
          transitions[gp * L + g] += eta;
        }
      }
    }
    if (process.env.CRF_VERBOSE) console.log(`  epoch ${epoch + 1}: node loss ${(loss / data.reduce((s, p) => s + p.n, 0)).toFixed(4)}`);
  }
  for (let q = 0; q < stored.length; q++) stored[q] *= scale;
  return view;
}
