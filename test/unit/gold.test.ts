// The engine against hand-made gold annotations of real essays: the seed essay must match
// completely, every other annotated essay must reach a link F1 of at least 0.97.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { scoreAgainstGold } from '../support/gold';
import type { GoldFile, GoldScore } from '../support/gold';

const ROOT = join(__dirname, '..', '..');
const ESSAYS = join(ROOT, 'test', 'fixtures', 'essays');

function score(textFile: string, goldFile: string): GoldScore {
  const text = readFileSync(textFile, 'utf8');
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldFile;
  return scoreAgainstGold(text, gold, analyze(text));
}

function explain(s: GoldScore): string {
  return [...s.misses.map((m) => `missed ${m}`), ...s.falseLinks.map((m) => `false ${m}`), ...s.missedCitations.map((m) => `not found ${m}`), ...s.unmatchedReferences.map((m) => `reference not found ${m}`)].join('\n');
}

describe('gold essays', () => {
  it('soft-balancing: all 17 citations, every link, nothing else', () => {
    const s = score(join(ROOT, 'corpus', 'soft-balancing.txt'), join(ROOT, 'test', 'fixtures', 'soft-balancing.gold.json'));
    assert.equal(s.citationRecall, 1, explain(s));
    assert.equal(s.citationPrecision, 1, s.extraCitations.join('\n'));
    assert.deepEqual(s.spanMismatches, []);
    assert.equal(s.truePositives, 17);
    assert.equal(s.precision, 1, explain(s));
    assert.equal(s.recall, 1, explain(s));
  });

  const names = existsSync(ESSAYS)
    ? readdirSync(ESSAYS)
        .filter((f) => f.endsWith('.txt') && existsSync(join(ESSAYS, f.replace(/\.txt$/, '.gold.json'))))
        .sort()
    : [];
  const table: string[] = [];
  for (const name of names) {
    it(`${name}: link F1 >= 0.97`, () => {
      const s = score(join(ESSAYS, name), join(ESSAYS, name.replace(/\.txt$/, '.gold.json')));
      table.push(
        `${name.padEnd(34)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  ` +
          `citations P ${s.citationPrecision.toFixed(2)} R ${s.citationRecall.toFixed(2)}`,
      );
      assert.ok(s.f1 >= 0.97, `F1 ${s.f1.toFixed(3)}\n${explain(s)}`);
    });
  }
  after(() => {
    if (table.length > 0) console.log(`\n    per-essay scores\n${table.map((l) => `    ${l}`).join('\n')}\n`);
  });
});
