// A linear-chain CRF trained by stochastic gradient descent on the log-likelihood with L2
// regularisation (the lazily scaled update of Bottou's SGD; CRFsuite's l2sgd does the same): for each
// entry, forward-backward gives the node and edge marginals, and every weight moves by what the gold
// labels have minus what the model expects. Edge features move the transition of their position, so
// their gradient is the edge marginal there. Deterministic: the order of each epoch is seeded.
import type { DenseModel, Prepared } from './perceptron';
import { denseEmission, denseTransitions, emptyEdges, rng, shuffle } from './perceptron';
import { forwardBackward, transitionsPerPosition } from '../../src/core/references/entry/model';

export interface CrfOptions {
  readonly epochs: number;
  readonly seed: number;
  /** L2 strength over the whole training set (CRFsuite's c2). */
  readonly c2: number;
  /** Initial learning rate. */
  readonly eta: number;
}

export function trainCrf(data: readonly Prepared[], L: number, bits: number, o: CrfOptions): DenseModel {
  const LL = L * L;
  const stored = new Float32Array((1 << bits) * L);
  const edges = emptyEdges(L);
  const transitions = new Float64Array(LL);
  const start = new Float64Array(L);
  let scale = 1;
  // The model seen by denseEmission is the stored weights times `scale`; it is folded in at the end.
  const view: DenseModel = { L, bits, emission: stored, transitions, start, edges };
  const random = rng(o.seed);
  const order = data.map((_, i) => i);
  const N = data.length;
  const lambda = (2 * o.c2) / N;
  const node = new Float64Array(L);
  const edge = new Float64Array(LL);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    let loss = 0;
    for (const k of order) {
      const p = data[k];
      const n = p.n;
      const eta = o.eta / (1 + epoch * 0.5);
      const e = denseEmission(view, p);
      if (scale !== 1) for (let i = 0; i < e.length; i++) e[i] *= scale;
      const trans = denseTransitions(view, p, scale);
      for (let q = LL; q < trans.length; q++) trans[q] = Math.exp(trans[q]);
      const { alpha, beta, pot } = forwardBackward(e, n, L, transitionsPerPosition(trans, L), start, 1);
      // Regularisation first (lazy scaling), then the likelihood gradient.
      scale *= 1 - eta * lambda;
      for (let q = 0; q < LL; q++) transitions[q] *= 1 - eta * lambda;
      for (let y = 0; y < L; y++) start[y] *= 1 - eta * lambda;
      if (scale < 1e-6) {
        for (let q = 0; q < stored.length; q++) stored[q] *= scale;
        for (let q = 0; q < edges.length; q++) edges[q] *= scale;
        scale = 1;
      }
      const step = eta / scale;
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
          const tb = i * LL;
          for (let q = 0; q < L; q++) {
            const a = alpha[(i - 1) * L + q];
            for (let y = 0; y < L; y++) sum += edge[q * L + y] = a * trans[tb + q * L + y] * pot[i * L + y] * beta[i * L + y];
          }
          for (let q = 0; q < LL; q++) edge[q] /= sum;
          const gold = p.gold[i - 1] * L + g;
          for (let q = 0; q < LL; q++) transitions[q] -= eta * edge[q];
          transitions[gold] += eta;
          for (let f = p.features.edgeStarts[i]; f < p.features.edgeStarts[i + 1]; f++) {
            const row = p.features.edges[f] * LL;
            for (let q = 0; q < LL; q++) if (edge[q] > 1e-9) edges[row + q] -= step * edge[q];
            edges[row + gold] += step;
          }
        }
      }
    }
    if (process.env.CRF_VERBOSE) console.log(`  epoch ${epoch + 1}: node loss ${(loss / data.reduce((s, p) => s + p.n, 0)).toFixed(4)}`);
  }
  for (let q = 0; q < stored.length; q++) stored[q] *= scale;
  for (let q = 0; q < edges.length; q++) edges[q] *= scale;
  return view;
}
