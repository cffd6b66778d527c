// Entry-level k-fold cross-validation of the whole entry parse on the labelled training set: for each fold
// the labeller is trained on the other folds, and each held-out entry is read by `parseReference` with it
// (labeller, normalisers and type rules: the CSL-JSON an essay's hover shows). Its first author, year,
// title, container and type are compared with the gold spans, exactly after collapsing white space,
// removing surrounding quotes and a closing period or comma, case aside.
//   npx tsx tools/eval/entryCv.ts [--fold K] [--misses FIELD] [--temperature T] [train options as tools/train/train.ts]
// Fold models are kept in out/entry-cv/ by a hash of the data, the feature code and the options, so that a
// change to the normalisers alone is measured again in seconds.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTrainingData, trainingDataHash, type LabelledEntry } from '../train/data';
import { rng, shuffle } from '../train/perceptron';
import { fitPruned, labelsOf, prepareFold, SEED, serialize, trainOptions } from '../train/fit';
import { decodeModel, type SerializedModel } from '../../src/core/references/entry/model';
import { labelerOf } from '../../src/core/references/entry/labeler';
import { MODEL_JSON } from '../../src/core/references/entry/modelData';
import { parseReference } from '../../src/core/references/parse';
import { readNames } from '../../src/core/references/names';
import type { CslItem } from '../../src/core/model';
import { cslYear, familyOf, fieldKey } from './fieldCompare';

const args = process.argv.slice(2);
const OPTIONS = trainOptions(args);
const ONLY = args.includes('--fold') ? Number(args[args.indexOf('--fold') + 1]) : -1;
const MISSES = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : undefined;
const ROOT = join(__dirname, '..', '..');
// The fold models read with the temperature fitted for the committed model (by `npm run train`, trained the same
// way), as the engine reads entries with it: the confidences below which the parser keeps the rules' reading are its.
const TEMPERATURE = args.includes('--temperature') ? Number(args[args.indexOf('--temperature') + 1]) : (JSON.parse(MODEL_JSON) as SerializedModel).temperature;

const FIELDS = ['first author', 'year', 'title', 'container', 'type'] as const;
type Field = (typeof FIELDS)[number];

/** The runs of equally labelled gold tokens, as the entry writes them. */
function goldRuns(e: LabelledEntry): { label: string; text: string }[] {
  const out: { label: string; text: string }[] = [];
  for (let i = 0; i < e.tokens.length; ) {
    let j = i;
    while (j + 1 < e.tokens.length && e.labels[j + 1] === e.labels[i]) j++;
    out.push({ label: e.labels[i], text: e.text.slice(e.tokens[i].start, e.tokens[j].end) });
    i = j + 1;
  }
  return out;
}

/** A gold span as compared: no "In:" before a container, no brackets or closing marks around it. */
function goldKey(s: string, container = false): string {
  let t = s.replace(/\s+/g, ' ').trim();
  if (container) t = t.replace(/^(?:in|em|en|dans|im)\s?:?\s+/i, '');
  t = t.replace(/[.,;:]+$/, '');
  // A bracket the span opens or closes without its partner frames it; "Title (VetPop2014)" keeps its own.
  const balance = (open: string, close: string): void => {
    const opened = t.split(open).length - t.split(close).length;
    if (opened > 0 && t.startsWith(open)) t = t.slice(1);
    else if (opened < 0 && t.endsWith(close)) t = t.slice(0, -1);
  };
  balance('(', ')');
  balance('[', ']');
  return key(t);
}

/** Both sides: {@link fieldKey}, and no closing ";" or ":" either. */
function key(s: string | null | undefined): string {
  return fieldKey((s ?? '').replace(/[\s;:]+$/, '')).replace(/[\s;:]+$/, '');
}

/** The type AnyStyle gives the gold fields (its normaliser's rules): undefined when they do not say. */
function goldType(runs: readonly { label: string; text: string }[]): string | undefined {
  const text = (label: string): string | undefined => runs.find((r) => r.label === label)?.text;
  const container = text('container-title');
  const genre = text('genre') ?? '';
  if (/ph\.?\s?d|diss(?:\.|ertation)|thesis|th[eè]se|tese|tesis/i.test(genre)) return 'thesis';
  if (text('journal') !== undefined) return 'article-journal';
  if (container !== undefined) {
    if (/journal|zeitschrift|quarterly|review|revue/i.test(container)) return 'article-journal';
    return /proceedings|proc\.|conference|conf\.|meeting|symposi|workshop|congress|colloqu/i.test(container) ? 'paper-conference' : 'chapter';
  }
  if (/report|working paper|technical/i.test(genre)) return 'report';
  if (text('publisher') !== undefined || text('edition') !== undefined) return 'book';
  return undefined;
}

/** The gold of one entry, per field (undefined: not scored). */
function goldOf(e: LabelledEntry): Record<Field, string | undefined> {
  const runs = goldRuns(e);
  const firstReal = runs.find((r) => r.label !== 'citation-number');
  const authorRun = runs.find((r) => r.label === 'author') ?? (firstReal?.label === 'editor' ? firstReal : undefined);
  let author: string | undefined = '';
  if (authorRun) {
    const span = authorRun.text.replace(/^(?:in|em|en)\s?:?\s+/i, '');
    // A first person written given names first ("Ruth Shapira,", "Lawrence A. Cunningham and …"): the family name is its last word.
    const first = /^(\p{Lu}[\p{Ll}-]+ (?:\p{Lu}\. ?){0,3})(\p{Lu}\p{Ll}[\p{L}'-]*)(?=[,.;]|$| and | & )/u.exec(span);
    if (first && (first[1].includes('.') || /^\S+ \S+?(?:[,.;]|$| and | & )/u.test(span))) author = key(first[2]);
    else {
      const names = readNames(span);
      author = names && names.names.length > 0 ? key(familyOf(names.names[0])) : undefined;
    }
  }
  const dates = runs.filter((r) => r.label === 'date').map((r) => r.text).join(' ');
  const year = /(?<!\d)(1[5-9]\d\d|20\d\d)([a-z]?)(?![\d\p{L}])/u.exec(dates);
  const title = runs.find((r) => r.label === 'title');
  const container = runs.find((r) => r.label === 'journal' || r.label === 'container-title');
  return {
    'first author': author,
    year: year ? `${year[1]}${year[2]}` : undefined,
    title: title ? goldKey(title.text) : '',
    container: container ? goldKey(container.text, true) : '',
    type: goldType(runs),
  };
}

/** What the parse gives, per field, keyed as the gold. */
function parsedOf(text: string, label: (t: string) => ReturnType<ReturnType<typeof labelerOf>['label']>): Record<Field, string> {
  const csl = parseReference(text, { labeler: { label } }).csl as unknown as CslItem;
  const names = csl.author ?? csl.editor;
  const type = csl.type.startsWith('article-') ? 'article-journal' : csl.type;
  return {
    'first author': key(familyOf(names?.[0])),
    year: cslYear(csl as CslItem & Record<string, unknown>),
    title: key(csl.title),
    container: key(csl['container-title']),
    type,
  };
}

const data = loadTrainingData();
const labels = labelsOf(data);
const order = shuffle(
  data.map((_, i) => i),
  rng(SEED),
);
const codeHash = createHash('sha256')
  .update(trainingDataHash())
  .update(readFileSync(join(ROOT, 'src', 'core', 'references', 'entry', 'features.ts')))
  .update(readFileSync(join(ROOT, 'src', 'core', 'references', 'entry', 'tokens.ts')))
  .update(readFileSync(join(ROOT, 'tools', 'train', 'crf.ts')))
  .update(readFileSync(join(ROOT, 'tools', 'train', 'fit.ts')))
  .update(readFileSync(join(ROOT, 'src', 'core', 'lexicon', 'data.ts')))
  .update(JSON.stringify(OPTIONS))
  .digest('hex')
  .slice(0, 16);
const cacheDir = join(ROOT, 'out', 'entry-cv');
mkdirSync(cacheDir, { recursive: true });

const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
const scored = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
const misses: string[] = [];
const byRules = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
// Token scores of the same fold models (as \`npm run train\` prints them): title, the container (journal and book together), both.
const tokenTally = { right: 0, total: 0, title: [0, 0, 0], container: [0, 0, 0] };
const tally = (t: number[], gold: boolean, got: boolean): void => {
  if (gold && got) t[0]++;
  else if (got) t[1]++;
  else if (gold) t[2]++;
};
const t0 = Date.now();
for (let fold = 0; fold < OPTIONS.folds; fold++) {
  if (ONLY >= 0 && fold !== ONLY) continue;
  const test = order.filter((_, k) => k % OPTIONS.folds === fold);
  const file = join(cacheDir, `${codeHash}-${OPTIONS.folds}-${fold}.json`);
  let serialized: SerializedModel;
  if (existsSync(file)) serialized = JSON.parse(readFileSync(file, 'utf8')) as SerializedModel;
  else {
    const sets = prepareFold(data, labels, OPTIONS, order.filter((_, k) => k % OPTIONS.folds !== fold), []);
    const { model } = fitPruned(sets.train, labels.length, OPTIONS, SEED + fold);
    serialized = serialize(model, labels, OPTIONS.step, 1, '', sets.dictionary);
    writeFileSync(file, JSON.stringify(serialized));
  }
  const model = decodeModel({ ...serialized, temperature: TEMPERATURE });
  const labeler = labelerOf(() => model);
  for (const i of test) {
    const tokens = labeler.label(data[i].text);
    data[i].labels.forEach((g, k) => {
      const y = tokens[k].label;
      tokenTally.total++;
      if (g === y) tokenTally.right++;
      const isContainer = (l: string): boolean => l === 'journal' || l === 'container-title';
      tally(tokenTally.title, g === 'title', y === 'title');
      tally(tokenTally.container, isContainer(g), isContainer(y));
    });
    const gold = goldOf(data[i]);
    const got = parsedOf(data[i].text, (t) => labeler.label(t));
    // The first title and container runs as labelled, keyed as the gold: a miss where these are right is the normalisers'.
    const labelled = goldRuns({ ...data[i], labels: tokens.map((t) => t.label) });
    const asLabelled: Partial<Record<Field, string>> = {
      title: goldKey(labelled.find((r) => r.label === 'title')?.text ?? ''),
      container: goldKey(labelled.find((r) => r.label === 'journal' || r.label === 'container-title')?.text ?? '', true),
    };
    for (const f of FIELDS) {
      const want = gold[f];
      if (want === undefined) continue;
      scored[f]++;
      if (want === got[f]) right[f]++;
      else if (asLabelled[f] === want) byRules[f]++;
      if (want === got[f]) continue;
      if (MISSES === f || MISSES === 'all') misses.push(`${f}${asLabelled[f] === want ? ' (labels right)' : ''}: want "${want}" got "${got[f]}"\n    ${data[i].text}`);
    }
  }
}
console.log(`${ONLY >= 0 ? `fold ${ONLY} of ${OPTIONS.folds}` : `${OPTIONS.folds}-fold`} entry-level CV of parseReference on ${data.length} labelled entries (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
console.log(FIELDS.map((f) => f.padStart(13)).join(''));
console.log(FIELDS.map((f) => (right[f] / Math.max(1, scored[f])).toFixed(3).padStart(13)).join(''));
console.log(FIELDS.map((f) => `${right[f]}/${scored[f]}`.padStart(13)).join(''));
const t = right.title + right.container;
console.log(`title + container ${(t / Math.max(1, scored.title + scored.container)).toFixed(3)}`);
console.log(`misses where the labels were right (the normalisers'): title ${byRules.title}, container ${byRules.container}`);
const f1 = (t: number[]): string => ((2 * t[0]) / Math.max(1, 2 * t[0] + t[1] + t[2])).toFixed(3);
console.log(`tokens: accuracy ${(tokenTally.right / Math.max(1, tokenTally.total)).toFixed(4)}, F1 title ${f1(tokenTally.title)}, container ${f1(tokenTally.container)}, title + container ${f1(tokenTally.title.map((v, k) => v + tokenTally.container[k]))}`);
for (const m of misses) console.log(m);
