/**
 * Scores the engine on a held-out folder of annotated essays, in aggregate and per essay.
 *
 *   npx tsx tools/eval/frozen.ts [folder] [--only a,b,...] [--totals]   (default: test/fixtures/frozen)
 *   npx tsx tools/eval/frozen.ts --extract DIR      (writes DIR/essay.txt from DIR's original file)
 *
 * A sub-folder may hold its essay's original file, `original.pdf`, `original.docx` or `original.html`:
 * then the essay is read from it through the product's own readers (`readDocument`, as the CLI and the
 * extension do) and the engine is scored on that reading text; `essay.txt` is the text the gold was
 * written on, and a difference between the two is reported (the readers changed: re-check the gold).
 * `--only` scores the named sub-folders alone (e.g. the PDF-sourced ones); `--totals` prints no row per essay.
 *
 * Each sub-folder holds `essay.txt` and `gold.json` (format of test/support/gold.ts, plus
 * `fields`). Prints link precision/recall/F1 per essay and in total (micro: summed true/false positives),
 * citation detection, and the accuracy of the parsed reference fields (first author's family name, year,
 * title, container, type) against the hand-made `fields`. A citation marked `anyOf` is satisfied by any
 * one of its targets. Only totals are meant to be reported: the folder is held out and never tuned on.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { readDocument } from '../../src/core/formats';
import type { CslItem } from '../../src/core/model';
import { matchGoldReferences, scoreAgainstGold } from '../../test/support/gold';
import type { GoldFile } from '../../test/support/gold';
import { cslYear, familyOf, fieldKey } from './fieldCompare';

interface GoldFields {
  authors: string[];
  year: string | null;
  original_year?: string;
  title: string | null;
  container: string | null;
  type: string;
}

interface FrozenGold extends GoldFile {
  readonly references: readonly { id: string; text: string; fields?: GoldFields }[];
}

const FIELD_NAMES = ['author', 'year', 'title', 'container', 'type'] as const;
type FieldName = (typeof FIELD_NAMES)[number];

function goldYear(f: GoldFields): string {
  return f.year ?? 'n.d.';
}

function compareFields(gold: GoldFields, csl: CslItem): Record<FieldName, boolean> {
  return {
    author: fieldKey(gold.authors[0] ?? '') === fieldKey(familyOf(csl.author?.[0] ?? csl.editor?.[0])),
    year: fieldKey(goldYear(gold)) === fieldKey(cslYear(csl) || 'n.d.'),
    title: fieldKey(gold.title) === fieldKey(csl.title),
    container: fieldKey(gold.container) === fieldKey(csl['container-title']),
    type: gold.type === csl.type,
  };
}

/** Problems of a gold file against its essay: spans missing or too rare, unknown targets, entries not verbatim. */
function validateGold(text: string, gold: FrozenGold): string[] {
  const problems: string[] = [];
  const ids = new Set(gold.references.map((r) => r.id));
  for (const c of gold.citations) {
    let count = 0;
    for (let at = text.indexOf(c.text); at !== -1; at = text.indexOf(c.text, at + 1)) count++;
    if (c.occurrence < 1 || count < c.occurrence) problems.push(`citation “${c.text}” #${c.occurrence} occurs ${count} times`);
    for (const t of c.targets) if (!ids.has(t)) problems.push(`citation “${c.text}” targets unknown id ${t}`);
  }
  for (const r of gold.references) if (!text.includes(r.text)) problems.push(`reference ${r.id} is not verbatim in the essay`);
  return problems;
}

function pct(a: number, b: number): string {
  return b === 0 ? '  n/a' : `${((100 * a) / b).toFixed(1).padStart(5)}`;
}

function f3(x: number): string {
  return x.toFixed(3);
}

const ORIGINALS = ['original.pdf', 'original.docx', 'original.html'];

/** The essay's original file in `dir` (PDF, Word or HTML), if it has one. */
function originalOf(dir: string): string | undefined {
  return ORIGINALS.map((f) => join(dir, f)).find((f) => existsSync(f));
}

/** The reading text of `file` through the product's readers (the text the extension and the CLI analyse). */
async function readOriginal(file: string): Promise<string> {
  const read = await readDocument(file, readFileSync(file));
  if ('error' in read) throw new Error(`${file}: ${read.error}`);
  return read.text;
}

/** The text the engine is scored on: the original read through the readers when there is one, else `essay.txt`. */
async function essayText(dir: string, name: string): Promise<{ text: string; from: string }> {
  const stored = readFileSync(join(dir, 'essay.txt'), 'utf8');
  const original = originalOf(dir);
  if (!original) return { text: stored, from: 'essay.txt' };
  const text = await readOriginal(original);
  if (text !== stored) console.error(`${name}: the reading text of ${original.slice(dir.length + 1)} differs from essay.txt (the readers changed: re-check the gold)`);
  return { text, from: original.slice(dir.length + 1) };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const extractAt = args.indexOf('--extract');
  if (extractAt !== -1) {
    const dir = resolve(args[extractAt + 1] ?? '.');
    const original = originalOf(dir);
    if (!original) throw new Error(`${dir}: no ${ORIGINALS.join(', ')}`);
    writeFileSync(join(dir, 'essay.txt'), await readOriginal(original));
    console.log(`wrote ${join(dir, 'essay.txt')} from ${original}`);
    return;
  }
  const onlyAt = args.indexOf('--only');
  const only = onlyAt === -1 ? undefined : new Set((args[onlyAt + 1] ?? '').split(',').filter((x) => x !== ''));
  const totalsOnly = args.includes('--totals');
  const positional = args.filter((a, i) => !a.startsWith('--') && (onlyAt === -1 || i !== onlyAt + 1));
  const folder = resolve(positional[0] ?? join(__dirname, '..', '..', 'test', 'fixtures', 'frozen'));
  const dirs = readdirSync(folder, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(folder, d.name, 'gold.json')) && (!only || only.has(d.name)))
    .map((d) => d.name)
    .sort();
  if (only) for (const name of only) if (!dirs.includes(name)) throw new Error(`${name}: no such annotated essay in ${folder}`);
  const fromOriginal: string[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let goldCits = 0;
  let foundCits = 0;
  let engineCits = 0;
  let engineCitsMatched = 0;
  const fieldHits: Record<FieldName, number> = { author: 0, year: 0, title: 0, container: 0, type: 0 };
  let fieldRefs = 0;
  let refsUnmatched = 0;
  if (!totalsOnly) console.log('essay'.padEnd(34), 'cits refs   P     R     F1   citR  citP  fields(author year title cont type)');
  for (const name of dirs) {
    const { text, from } = await essayText(join(folder, name), name);
    if (from !== 'essay.txt') fromOriginal.push(from);
    const gold = JSON.parse(readFileSync(join(folder, name, 'gold.json'), 'utf8')) as FrozenGold;
    const problems = validateGold(text.replace(/^\uFEFF/, ''), gold);
    if (problems.length) {
      console.error(`${name}: invalid gold\n  ${problems.join('\n  ')}`);
      process.exitCode = 1;
    }
    const analysis = analyze(text);
    const s = scoreAgainstGold(text, gold, analysis);
    tp += s.truePositives;
    fp += s.falsePositives;
    fn += s.falseNegatives;
    goldCits += gold.citations.length;
    foundCits += Math.round(s.citationRecall * gold.citations.length);
    engineCits += analysis.citations.length;
    engineCitsMatched += Math.round(s.citationPrecision * analysis.citations.length);

    const engineOf = matchGoldReferences(gold.references, analysis.references);
    const local: Record<FieldName, number> = { author: 0, year: 0, title: 0, container: 0, type: 0 };
    const fieldMisses: string[] = [];
    let localRefs = 0;
    for (const g of gold.references) {
      if (!g.fields) continue;
      const r = engineOf.get(g.id);
      localRefs++;
      if (!r) {
        refsUnmatched++;
        continue;
      }
      const cmp = compareFields(g.fields, r.csl);
      for (const f of FIELD_NAMES) if (cmp[f]) local[f]++;
      // With FROZEN_VERBOSE (development folders only), each first author, title and container that differs from the gold.
      if (process.env.FROZEN_VERBOSE && !totalsOnly) {
        if (!cmp.author) fieldMisses.push(`  author “${g.fields.authors[0] ?? ''}” read “${familyOf(r.csl.author?.[0] ?? r.csl.editor?.[0])}”: ${g.text.slice(0, 140)}`);
        if (!cmp.title) fieldMisses.push(`  title ${g.id}: want "${g.fields.title ?? ''}" got "${r.csl.title ?? ''}"\n      ${g.text}`);
        if (!cmp.container) fieldMisses.push(`  container ${g.id}: want "${g.fields.container ?? ''}" got "${r.csl['container-title'] ?? ''}"\n      ${g.text}`);
      }
    }
    fieldRefs += localRefs;
    for (const f of FIELD_NAMES) fieldHits[f] += local[f];
    if (!totalsOnly) console.log(
      name.padEnd(34),
      String(gold.citations.length).padStart(4),
      String(gold.references.length).padStart(4),
      f3(s.precision),
      f3(s.recall),
      f3(s.f1),
      f3(s.citationRecall),
      f3(s.citationPrecision),
      FIELD_NAMES.map((f) => pct(local[f], localRefs)).join(' '),
    );
    if (process.env.FROZEN_VERBOSE) {
      for (const m of [...s.misses.map((x) => `  missed ${x}`), ...s.falseLinks.map((x) => `  false ${x}`), ...s.unmatchedReferences.map((x) => `  ref not found ${x}`), ...fieldMisses]) console.log(m);
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  console.log('');
  if (fromOriginal.length > 0) console.log(`${fromOriginal.length} of the ${dirs.length} essays read from their original file through the readers (${[...new Set(fromOriginal.map((f) => f.replace(/^original\./, '')))].join(', ')})`);
  console.log(`TOTAL ${dirs.length} essays: links tp=${tp} fp=${fp} fn=${fn}  P=${f3(precision)} R=${f3(recall)} F1=${f3(f1)}`);
  console.log(`citations found ${foundCits}/${goldCits} (recall ${f3(goldCits ? foundCits / goldCits : 1)}), engine citations matching gold ${engineCitsMatched}/${engineCits} (precision ${f3(engineCits ? engineCitsMatched / engineCits : 1)})`);
  console.log(
    `reference fields over ${fieldRefs} entries (${refsUnmatched} not found as an entry): ` +
      FIELD_NAMES.map((f) => `${f} ${pct(fieldHits[f], fieldRefs).trim()}%`).join(', '),
  );
  const found = fieldRefs - refsUnmatched;
  console.log(`reference fields over the ${found} entries found: ` + FIELD_NAMES.map((f) => `${f} ${pct(fieldHits[f], found).trim()}%`).join(', '));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
