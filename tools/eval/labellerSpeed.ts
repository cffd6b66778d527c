// Entries per second of the entry labeller on one core (tokens, features, Viterbi and marginals),
// and of the whole entry parse (labeller plus the normalisers; not from the parser's cache of entries
// read before), over the entries of the training set, per second of this process's CPU time.
//   npx tsx tools/eval/labellerSpeed.ts
import { loadTrainingData } from '../train/data';
import { trainedLabeler } from '../../src/core/references/entry/labeler';
import { parseReference } from '../../src/core/references/parse';

const entries = loadTrainingData().map((e) => e.text);

/** Entries per second of CPU time of this process (user + system): what one core reads, however busy the machine. */
function rate(name: string, run: (text: string) => unknown): void {
  for (const e of entries.slice(0, 200)) run(e); // warm-up, and the model's first parse
  let count = 0;
  const start = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < 3000) {
    for (const e of entries) run(e);
    count += entries.length;
    const used = process.cpuUsage(start);
    elapsed = (used.user + used.system) / 1000;
  }
  console.log(`${name.padEnd(34)} ${Math.round((count / elapsed) * 1000).toLocaleString('en')} entries/s of CPU time (${count} entries, mean ${(entries.reduce((s, e) => s + e.length, 0) / entries.length).toFixed(0)} characters)`);
}

const t0 = process.hrtime.bigint();
trainedLabeler.label('Warm, A. (2000). Loading the model.');
console.log(`first labelling (parses the model): ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(1)} ms`);
rate('labeller (label only)', (text) => trainedLabeler.label(text));
rate('parseReference (labeller + rules)', (text) => parseReference(text, { labeler: { label: (t) => trainedLabeler.label(t) } }));
rate('parseReference (rules only)', (text) => parseReference(text, { useLabeller: false }));
