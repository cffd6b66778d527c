// Scores the fields the engine reads out of reference entries against hand-made gold: first author
// (family name), year, title, container and type, for the rule parser and for the trained labeller.
//   npx tsx tools/eval/fields.ts [--dir FOLDER] [--misses]
// FOLDER holds one sub-folder per essay with a gold.json ({references: [{id, text, fields}]}), as
// test/fixtures/real/ does (its FIELDS.md gives the conventions); default: that folder.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseReference } from '../../src/core/references/parse';
import type { CslItem, CslName } from '../../src/core/model';
import { cslYear, familyOf, normaliseField } from './fieldCompare';

interface GoldFields {
  authors?: string[];
  year?: string;
  title?: string | null;
  container?: string | null;
  type?: string;
}

const args = process.argv.slice(2);
const dirArg = args.indexOf('--dir');
const DIR = resolve(dirArg >= 0 ? args[dirArg + 1] : join(__dirname, '..', '..', 'test', 'fixtures', 'real'));
const SHOW = args.includes('--misses');

/** The year as the gold writes it: a date without a year ("s/f", "s.d.") is "n.d.". */
function yearOf(csl: CslItem): string {
  const year = cslYear(csl);
  return year === '' || /^\d/.test(year) ? year : 'n.d.';
}

const FIELDS = ['first author', 'year', 'title', 'container', 'type'] as const;
type Field = (typeof FIELDS)[number];

function score(useLabeller: boolean): { perEssay: Map<string, Record<Field, [number, number]>>; misses: string[] } {
  const perEssay = new Map<string, Record<Field, [number, number]>>();
  const misses: string[] = [];
  const essays = readdirSync(DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(DIR, d.name, 'gold.json')))
    .map((d) => d.name)
    .sort();
  for (const essay of essays) {
    const gold = JSON.parse(readFileSync(join(DIR, essay, 'gold.json'), 'utf8')) as { references: { id: string; text: string; fields?: GoldFields }[] };
    const tally = Object.fromEntries(FIELDS.map((f) => [f, [0, 0]])) as Record<Field, [number, number]>;
    let previous: CslName[] | undefined;
    for (const ref of gold.references) {
      const p = parseReference(ref.text, { useLabeller });
      const csl = p.csl as unknown as CslItem;
      const names = csl.author ?? csl.editor;
      const authors = p.sameAsPrevious && previous ? previous : names;
      previous = authors;
      const g = ref.fields;
      if (!g) continue;
      const check = (field: Field, want: string | null | undefined, got: string, eq: (a: string, b: string) => boolean): void => {
        if (want === undefined) return;
        tally[field][1]++;
        if (eq(normaliseField(want), normaliseField(got))) tally[field][0]++;
        else misses.push(`${essay} ${ref.id} ${field}: want "${normaliseField(want)}" got "${normaliseField(got)}"`);
      };
      const same = (a: string, b: string): boolean => a === b;
      const sameCi = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
      check('first author', g.authors?.[0] ?? (g.authors ? '' : undefined), familyOf(authors?.[0]), sameCi);
      check('year', g.year, yearOf(csl), same);
      check('title', g.title, csl.title ?? '', same);
      check('container', g.container, csl['container-title'] ?? '', same);
      check('type', g.type, csl.type, same);
    }
    perEssay.set(essay, tally);
  }
  return { perEssay, misses };
}

function report(name: string, result: ReturnType<typeof score>): Record<Field, number> {
  console.log(`\n${name}`);
  console.log('essay'.padEnd(28) + FIELDS.map((f) => f.padStart(13)).join(''));
  const total = Object.fromEntries(FIELDS.map((f) => [f, [0, 0]])) as Record<Field, [number, number]>;
  for (const [essay, tally] of result.perEssay) {
    console.log(essay.padEnd(28) + FIELDS.map((f) => (tally[f][1] ? (tally[f][0] / tally[f][1]).toFixed(3) : '-').padStart(13)).join(''));
    for (const f of FIELDS) {
      total[f][0] += tally[f][0];
      total[f][1] += tally[f][1];
    }
  }
  const out = Object.fromEntries(FIELDS.map((f) => [f, total[f][1] ? total[f][0] / total[f][1] : 0])) as Record<Field, number>;
  console.log('all'.padEnd(28) + FIELDS.map((f) => `${out[f].toFixed(3)}`.padStart(13)).join(''));
  if (SHOW) for (const m of result.misses) console.log(`  ${m}`);
  return out;
}

if (require.main === module) {
  console.log(`gold: ${DIR}`);
  report('rules (no labeller)', score(false));
  report('trained labeller', score(true));
}
