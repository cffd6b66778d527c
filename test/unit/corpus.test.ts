import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCorpusManifest } from '../../src/core/corpus';

describe('parseCorpusManifest', () => {
  const entry = { id: 'a', title: 'A Title', author: 'Ann Author', file: 'a.txt' };
  const cases: { name: string; json: string; ids: string[]; problems: number }[] = [
    { name: 'one good entry', json: JSON.stringify([entry]), ids: ['a'], problems: 0 },
    { name: 'not JSON', json: '[{', ids: [], problems: 1 },
    { name: 'not a list', json: JSON.stringify(entry), ids: [], problems: 1 },
    { name: 'an entry without a file is skipped', json: JSON.stringify([{ ...entry, file: '' }, { ...entry, id: 'b' }]), ids: ['b'], problems: 1 },
    { name: 'a file that is a path is skipped', json: JSON.stringify([{ ...entry, file: '../secret.txt' }]), ids: [], problems: 1 },
    { name: 'a repeated id is skipped', json: JSON.stringify([entry, { ...entry, title: 'Other' }]), ids: ['a'], problems: 1 },
    { name: 'a missing author is allowed', json: JSON.stringify([{ id: 'a', title: 'T', file: 'a.txt' }]), ids: ['a'], problems: 0 },
    { name: 'null entries are skipped', json: '[null, 3]', ids: [], problems: 2 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const manifest = parseCorpusManifest(c.json);
      assert.deepEqual(manifest.entries.map((e) => e.id), c.ids);
      assert.equal(manifest.problems.length, c.problems);
    });
  }

  it('the shipped manifest is valid and every file it names ships', () => {
    const manifest = parseCorpusManifest(readFileSync(join(__dirname, '../../corpus/manifest.json'), 'utf8'));
    assert.deepEqual(manifest.problems, []);
    assert.ok(manifest.entries.length > 0);
    for (const e of manifest.entries) assert.ok(existsSync(join(__dirname, '../../corpus', e.file)), e.file);
  });
});
