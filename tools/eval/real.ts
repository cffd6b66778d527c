// Essays with hand-made gold (a folder of `<dir>/essay.txt` + `<dir>/gold.json`): per-essay link scores with every
// miss, false link and citation not found, then the whole folder's figures.
// Run: npx tsx tools/eval/real.ts [folder]   (default test/fixtures/real; e.g. test/fixtures/found)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { scoreAgainstGold } from '../../test/support/gold';
import type { GoldFile } from '../../test/support/gold';

const DIR = process.argv[2] ? resolve(process.argv[2]) : join(__dirname, '..', '..', 'test', 'fixtures', 'real');
const QUIET = process.argv.includes('--quiet');
let tp = 0;
let fp = 0;
let fn = 0;
let refs = 0;
let refsFound = 0;
for (const d of readdirSync(DIR).filter((x) => existsSync(join(DIR, x, 'gold.json'))).sort()) {
  const text = readFileSync(join(DIR, d, 'essay.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(DIR, d, 'gold.json'), 'utf8')) as GoldFile;
  const s = scoreAgainstGold(text, gold, analyze(text));
  tp += s.truePositives;
  fp += s.falsePositives;
  fn += s.falseNegatives;
  refs += gold.references.length;
  refsFound += gold.references.length - s.unmatchedReferences.length;
  console.log(
    `== ${d} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}  ` +
      `citations R ${s.citationRecall.toFixed(2)}  entries ${gold.references.length - s.unmatchedReferences.length}/${gold.references.length}`,
  );
  if (QUIET) continue;
  for (const m of s.misses) console.log('  miss ' + m);
  for (const m of s.falseLinks) console.log('  false ' + m);
  for (const m of s.missedCitations) console.log('  notfound ' + m);
  for (const m of s.extraCitations) console.log('  extra ' + m);
  for (const m of s.unmatchedReferences) console.log('  unmatchedref ' + m);
}
const p = tp + fp === 0 ? 1 : tp / (tp + fp);
const r = tp + fn === 0 ? 1 : tp / (tp + fn);
console.log(`== all P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(p + r === 0 ? 0 : (2 * p * r) / (p + r)).toFixed(3)}  entries ${refsFound}/${refs}`);
