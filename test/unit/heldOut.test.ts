// The held-out sets stay held out: no development text holds a frozen essay, and no labelled entry the labeller is
// trained on, and no entry of a development gold, is a frozen entry. Compared by eight-word runs (essays) and by
// letters and digits (entries), so that nothing of the frozen texts is printed.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const FROZEN = join(FIXTURES, 'frozen');
const FROZEN_ENTRIES = join(FIXTURES, 'frozen-references', 'entries.jsonl');
/** Development texts: every text file of the fixtures outside the held-out folders, and the corpus. */
const DEVELOPMENT = [FIXTURES, join(ROOT, 'corpus')];
const TEXT_FILE = /\.(?:txt|md|html?|json|xml|jsonl)$/;
/** The share of a frozen essay's eight-word runs a development text may hold: a shared quotation, not the essay. */
const MOST_SHARED = 0.05;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path === FROZEN || path === join(FIXTURES, 'frozen-references')) return [];
    return statSync(path).isDirectory() ? files(path) : TEXT_FILE.test(name) ? [path] : [];
  });
}

function runs(text: string): Set<string> {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 8 <= words.length; i++) out.add(words.slice(i, i + 8).join(' '));
  return out;
}

const entryKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

describe('held-out sets', function () {
  // Reads every development text against every frozen essay: seconds, more than mocha's default 2 s without the repo's config.
  this.timeout(60_000);
  it('no development text holds a frozen essay', () => {
    const frozen = readdirSync(FROZEN)
      .filter((d) => statSync(join(FROZEN, d)).isDirectory())
      .map((d) => ({ name: d, runs: runs(readFileSync(join(FROZEN, d, 'essay.txt'), 'utf8')) }));
    assert.ok(frozen.length >= 10, `${frozen.length} frozen essays`);
    const shared: string[] = [];
    for (const file of DEVELOPMENT.flatMap(files)) {
      const dev = runs(readFileSync(file, 'utf8'));
      for (const f of frozen) {
        let common = 0;
        for (const r of f.runs) if (dev.has(r)) common++;
        const share = common / Math.max(1, Math.min(f.runs.size, dev.size));
        if (share > MOST_SHARED) shared.push(`${relative(ROOT, file)} holds ${(share * 100).toFixed(0)}% of frozen ${f.name}`);
      }
    }
    assert.deepEqual(shared, []);
  });

  it('no training entry and no development gold entry is a frozen entry', () => {
    const frozen = new Set(
      readFileSync(FROZEN_ENTRIES, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => entryKey((JSON.parse(l) as { text: string }).text)),
    );
    assert.ok(frozen.size >= 100, `${frozen.size} frozen entries`);
    const training = readFileSync(join(ROOT, 'tools', 'train', 'data', 'anystyle', 'core.xml'), 'utf8')
      .split(/<\/sequence>/)
      .map((s) => entryKey(s.replace(/<[^>]+>/g, ' ')));
    const golds = files(FIXTURES)
      .filter((f) => f.endsWith('gold.json'))
      .flatMap((f) => ((JSON.parse(readFileSync(f, 'utf8')) as { references?: { text: string }[] }).references ?? []).map((r) => entryKey(r.text)));
    const seen = [...training, ...golds].filter((k) => k.length > 20 && frozen.has(k));
    assert.deepEqual(seen.length, 0, `${seen.length} frozen entries are in the training data or a development gold`);
  });
});
