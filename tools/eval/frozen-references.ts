/**
 * Scores the reference parser on the held-out labelled entries (test/fixtures/frozen-references/entries.jsonl).
 *
 *   npx tsx tools/eval/frozen-references.ts [entries.jsonl]
 *
 * Prints the share of entries whose parsed first author's family name, year, title, container and type
 * equal the labels (after collapsing white space, stripping surrounding quotes and the final period,
 * case-insensitively). Held out: report the totals only, never tune on the entries.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseReference } from '../../src/core/references';
import type { CslItem } from '../../src/core/model';
import { cslYear, familyOf, fieldKey } from './fieldCompare';

interface Entry {
  text: string;
  authors: string[];
  year: string;
  title: string | null;
  container: string | null;
  type?: string;
}

const file = resolve(process.argv[2] ?? join(__dirname, '..', '..', 'test', 'fixtures', 'frozen-references', 'entries.jsonl'));
const entries = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Entry);
const hits = { author: 0, year: 0, title: 0, container: 0, type: 0 };
let typed = 0;
for (const e of entries) {
  const csl = { ...parseReference(e.text).csl, id: 'e' } as CslItem;
  if (fieldKey(e.authors[0]) === fieldKey(familyOf(csl.author?.[0] ?? csl.editor?.[0]))) hits.author++;
  if (fieldKey(e.year) === fieldKey(cslYear(csl))) hits.year++;
  if (fieldKey(e.title) === fieldKey(csl.title)) hits.title++;
  if (fieldKey(e.container) === fieldKey(csl['container-title'])) hits.container++;
  if (e.type) {
    typed++;
    if (e.type === csl.type) hits.type++;
  }
}
const pct = (a: number, b: number): string => `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;
console.log(`${entries.length} entries: author ${pct(hits.author, entries.length)}, year ${pct(hits.year, entries.length)}, title ${pct(hits.title, entries.length)}, container ${pct(hits.container, entries.length)}, type ${pct(hits.type, typed)}`);
