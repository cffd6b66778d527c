// The manifest's words in every language it ships: package.json names each string as %key%, package.nls.json holds
// the English, and each package.nls.<locale>.json must translate every key (VS Code would show the English for a
// missing one, silently) while keeping what is not words: command links, code spans, key names.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const read = (file: string): unknown => JSON.parse(readFileSync(join(root, file), 'utf8'));
const english = read('package.nls.json') as Record<string, string>;

/** Every `%key%` string in the manifest. */
function keysUsed(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const match = /^%(.+)%$/.exec(value);
    if (match) found.add(match[1]);
  } else if (Array.isArray(value)) value.forEach((v) => keysUsed(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => keysUsed(v, found));
  return found;
}

/** What a translation must keep as it is: command links, `code`, key chords, and the count of bold markers. */
function invariants(text: string): string[] {
  return [
    ...[...text.matchAll(/\]\((command:[^)]*)\)/g)].map((m) => m[1]),
    ...[...text.matchAll(/`[^`]*`/g)].map((m) => m[0]),
    ...[...text.matchAll(/\b(?:Alt|F\d+)\+?[\][]?/g)].map((m) => m[0]),
    `bold markers: ${(text.match(/\*\*/g) ?? []).length}`,
    `lines: ${text.split('\n').length}`,
  ];
}

describe('manifest translations', () => {
  it('package.json uses exactly the keys of package.nls.json', () => {
    const used = keysUsed(read('package.json'));
    assert.deepEqual([...used].filter((key) => !(key in english)), [], 'keys with no English text');
    assert.deepEqual(Object.keys(english).filter((key) => !used.has(key)), [], 'English texts no key uses');
  });

  const bundles = readdirSync(root).filter((name) => /^package\.nls\.[\w-]+\.json$/.test(name));
  it('ships Portuguese (Brazil) and Spanish', () => {
    assert.deepEqual(bundles.sort(), ['package.nls.es.json', 'package.nls.pt-br.json']);
  });

  for (const bundle of bundles) {
    describe(bundle, () => {
      const translated = read(bundle) as Record<string, string>;
      it('translates every key and no other', () => {
        assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort());
        assert.deepEqual(Object.keys(translated).filter((key) => typeof translated[key] !== 'string' || translated[key].trim() === ''), []);
      });
      it('keeps the command links, code spans, key chords and bold markers of the English', () => {
        for (const key of Object.keys(english)) assert.deepEqual(invariants(translated[key] ?? ''), invariants(english[key]), key);
      });
      it('translates the sentences (only names stay as in English)', () => {
        const same = Object.keys(english).filter((key) => /\s/.test(english[key]) && english[key].split(/\s+/).length > 4 && translated[key] === english[key]);
        assert.deepEqual(same, []);
      });
    });
  }
});
