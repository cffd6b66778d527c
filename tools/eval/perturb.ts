/**
 * How the engine holds up when an essay's reference list is laid out otherwise: each annotated essay of the
 * folders is scored as it is and with its list rewritten in the layouts real documents have (another heading or
 * none, one entry a line, blank lines between entries, wrapped flush left as a PDF gives it, hanging indents,
 * numbered, an appendix after the list). The entries' words and the body stay as they are, so every loss is
 * the list's layout. Totals per layout: link F1, entries found, and entries read that are none of the gold's
 * (notes or prose taken for entries, an entry cut in two).
 *
 *   npx tsx tools/eval/perturb.ts [folder ...] [--verbose LAYOUT]   (default: test/fixtures/found, found-pdf, real)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { scoreAgainstGold, type GoldFile } from '../../test/support/gold';
import { wrap } from './split';

interface Essay {
  readonly name: string;
  readonly text: string;
  readonly gold: GoldFile;
}

/** Where the list stands in `text`: from its first entry to the end of its last, and the heading line before it. */
interface ListSpan {
  readonly start: number;
  readonly end: number;
  readonly entries: readonly string[];
  readonly headingStart: number;
}

function listSpan(e: Essay): ListSpan | undefined {
  const located = e.gold.references
    .map((r) => ({ at: e.text.indexOf(r.text), text: r.text }))
    .filter((r) => r.at >= 0)
    .sort((a, b) => a.at - b.at);
  if (located.length < 3) return undefined;
  const start = located[0].at;
  const last = located[located.length - 1];
  const before = e.text.slice(0, start).replace(/\s+$/, '');
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.slice(lineStart).trim();
  const headingStart = line.length > 0 && line.length < 60 && !/[.,;:]$/.test(line) ? lineStart : start;
  return { start, end: last.at + last.text.length, entries: located.map((r) => r.text.replace(/\s+/g, ' ').trim()), headingStart };
}

type Layout = (e: Essay, s: ListSpan) => string;

/** Notes numbered from 1 made of the essay's own paragraphs of prose before its list, their years taken out (no citation is counted twice). */
function notesOf(e: Essay, s: ListSpan): string[] {
  return e.text
    .slice(0, s.headingStart)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\d/g, '').replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 120)
    .slice(0, 6)
    .map((p, i) => `[${i + 1}] ${p.slice(0, 400)}`);
}

const HEADING = 'References';
const withList = (e: Essay, s: ListSpan, heading: string | undefined, list: string, after = ''): string =>
  `${e.text.slice(0, s.headingStart)}${heading === undefined ? '' : `${heading}\n\n`}${list}${after}${e.text.slice(s.end)}`;

const LAYOUTS: Record<string, Layout> = {
  'as is': (e) => e.text,
  'one a line': (e, s) => withList(e, s, HEADING, s.entries.join('\n')),
  'blank lines': (e, s) => withList(e, s, HEADING, s.entries.join('\n\n')),
  'flush-left wrap': (e, s) => withList(e, s, HEADING, s.entries.map((x) => wrap(x, 72, '')).join('\n')),
  'hanging indent': (e, s) => withList(e, s, HEADING, s.entries.map((x) => wrap(x, 72, '    ')).join('\n')),
  'no heading': (e, s) => withList(e, s, undefined, s.entries.join('\n')),
  'other heading': (e, s) => withList(e, s, 'Works Cited', s.entries.join('\n')),
  'heading in capitals': (e, s) => withList(e, s, 'BIBLIOGRAPHY', s.entries.join('\n')),
  'numbered': (e, s) => withList(e, s, HEADING, s.entries.map((x, i) => `${i + 1}. ${x}`).join('\n')),
  'bulleted': (e, s) => withList(e, s, HEADING, s.entries.map((x) => `• ${x}`).join('\n')),
  'appendix after': (e, s) =>
    withList(e, s, HEADING, s.entries.join('\n'), '\n\nAppendix A. Interview guide\n\nThe interviews lasted about an hour. Each participant was asked about their work, their training and the tools they use, and was free to stop at any time.\n'),
  'notes after': (e, s) => withList(e, s, HEADING, s.entries.join('\n'), `\n\n${notesOf(e, s).join('\n\n')}\n`),
  'two headed parts': (e, s) => {
    const half = Math.ceil(s.entries.length / 2);
    return withList(e, s, 'Sources', `${s.entries.slice(0, half).join('\n')}\n\nBibliography\n\n${s.entries.slice(half).join('\n')}`);
  },
  'sub-headings': (e, s) => {
    const half = Math.ceil(s.entries.length / 2);
    return withList(e, s, HEADING, `Primary sources\n\n${s.entries.slice(0, half).join('\n')}\n\nSecondary sources\n\n${s.entries.slice(half).join('\n')}`);
  },
};

function load(folder: string): Essay[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(folder, d.name, 'gold.json')) && existsSync(join(folder, d.name, 'essay.txt')))
    .map((d) => ({
      name: d.name,
      text: readFileSync(join(folder, d.name, 'essay.txt'), 'utf8').replace(/^\uFEFF/, ''),
      gold: JSON.parse(readFileSync(join(folder, d.name, 'gold.json'), 'utf8')) as GoldFile,
    }));
}

function main(): void {
  const args = process.argv.slice(2);
  const verboseAt = args.indexOf('--verbose');
  const verbose = verboseAt === -1 ? undefined : args[verboseAt + 1];
  const folders = args.filter((a, i) => !a.startsWith('--') && (verboseAt === -1 || i !== verboseAt + 1));
  const root = join(__dirname, '..', '..', 'test', 'fixtures');
  const essays = (folders.length ? folders.map((f) => resolve(f)) : ['found', 'found-pdf', 'real'].map((f) => join(root, f))).flatMap(load);
  const spans = essays.map(listSpan);
  console.log(`${essays.length} essays, ${spans.filter(Boolean).length} with a list to rewrite`);
  console.log('layout'.padEnd(22), '  P     R     F1    entries   extra entries');
  for (const [name, layout] of Object.entries(LAYOUTS)) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let refs = 0;
    let found = 0;
    let extra = 0;
    essays.forEach((e, k) => {
      const s = spans[k];
      if (!s) return;
      const text = layout(e, s);
      const analysis = analyze(text);
      const score = scoreAgainstGold(text, e.gold, analysis);
      tp += score.truePositives;
      fp += score.falsePositives;
      fn += score.falseNegatives;
      refs += e.gold.references.length;
      found += e.gold.references.length - score.unmatchedReferences.length;
      extra += analysis.references.length - (e.gold.references.length - score.unmatchedReferences.length);
      if (verbose === name && (score.falseNegatives > 0 || score.falsePositives > 0 || score.unmatchedReferences.length > 0)) {
        console.log(`  ${e.name}: fn ${score.falseNegatives} fp ${score.falsePositives}`);
        for (const r of score.unmatchedReferences.slice(0, 6)) console.log(`    not found ${r.slice(0, 140)}`);
      }
    });
    const p = tp + fp === 0 ? 1 : tp / (tp + fp);
    const r = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    console.log(name.padEnd(22), p.toFixed(3), r.toFixed(3), f1.toFixed(3), `${found}/${refs}`.padEnd(9), String(extra).padStart(5));
  }
}

if (require.main === module) main();
