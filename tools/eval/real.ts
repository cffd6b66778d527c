// The real essays of test/fixtures/real: per-essay link scores with every miss, false link and
// citation not found. Run: npx tsx tools/eval/real.ts
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { scoreAgainstGold } from '../../test/support/gold';
const REAL = join(__dirname, '..', '..', 'test', 'fixtures', 'real');
for (const d of readdirSync(REAL).filter((x) => /^\d/.test(x))) {
  const text = readFileSync(join(REAL, d, 'essay.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(REAL, d, 'gold.json'), 'utf8'));
  const s = scoreAgainstGold(text, gold, analyze(text));
  console.log(`== ${d} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`);
  for (const m of s.misses) console.log('  miss ' + m);
  for (const m of s.falseLinks) console.log('  false ' + m);
  for (const m of s.missedCitations) console.log('  notfound ' + m);
  for (const m of s.extraCitations) console.log('  extra ' + m);
  for (const m of s.unmatchedReferences) console.log('  unmatchedref ' + m);
}
