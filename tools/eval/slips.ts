// Robustness to the slips of real essays: copies of the annotated fixture essays in which every
// linked gold citation gets one slip (a letter of its first surname changed, a year digit doubled
// or dropped, or punctuation noise between name and year), scored for link recall and precision.
// Deterministic: a fixed seed picks the slips.
//
//   npx tsx tools/eval/slips.ts                # this checkout's engine
//   CITEREAD_ROOT=/path/to/other/checkout npx tsx tools/eval/slips.ts   # another one, to compare
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../src/core/model';
import { scoreAgainstGold } from '../../test/support/gold';
import type { GoldCitation, GoldFile } from '../../test/support/gold';
import { seededRandom } from '../../test/support/synth';

const ROOT = join(__dirname, '..', '..');
const ESSAYS = join(ROOT, 'test', 'fixtures', 'essays');
const SEED = 17;

type Kind = 'letter' | 'year' | 'punctuation';

/** The span with one slip of `kind`, or undefined when the span offers none. */
function slip(span: string, kind: Kind, next: () => number): string | undefined {
  if (kind === 'letter') {
    const m = /\p{Lu}[\p{Ll}]{4,}/u.exec(span);
    if (!m) return undefined;
    const at = m.index + 1 + Math.floor(next() * (m[0].length - 2));
    const old = span[at];
    const letters = 'aeiourstnlm'.replace(old, '');
    return span.slice(0, at) + letters[Math.floor(next() * letters.length)] + span.slice(at + 1);
  }
  if (kind === 'year') {
    const m = /(?<!\d)(1[5-9]|20)(\d\d)(?!\d)/.exec(span);
    if (!m) return undefined;
    // "2019" → "2919" (a digit changed into no year) or "2014" → "214" (a digit dropped).
    const slipped = next() < 0.5 ? `${m[1][0]}9${m[2]}` : `${m[1][0]}${m[2]}`;
    return span.slice(0, m.index) + slipped + span.slice(m.index + 4);
  }
  const etAl = /et al\.,?/.exec(span);
  if (etAl) {
    // "et. al.", "etal.", or a semicolon for the comma: "(Charlier et al.; 1999)", "Arbizu et al.; (2005)".
    const comma = etAl[0].endsWith(',') ? ',' : '';
    const noise = [`et. al.${comma}`, `etal.${comma}`, 'et al.;'][Math.floor(next() * 3)];
    return span.slice(0, etAl.index) + noise + span.slice(etAl.index + etAl[0].length);
  }
  const comma = /(\p{L}), (?=(?:1[5-9]|20)\d\d)/u.exec(span);
  if (comma) return span.slice(0, comma.index + 1) + ',' + span.slice(comma.index + 3);
  return undefined;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  slips: number;
}

async function main(): Promise<void> {
  const root = process.env.CITEREAD_ROOT ?? ROOT;
  const { analyze } = (await import(join(root, 'src', 'core', 'analyze'))) as { analyze: (text: string) => Analysis };
  const next = seededRandom(SEED);
  const kinds: Kind[] = ['letter', 'year', 'punctuation'];
  const byKind = new Map<Kind, Tally>(kinds.map((k) => [k, { tp: 0, fp: 0, fn: 0, slips: 0 }]));
  const names = readdirSync(ESSAYS).filter((f) => f.endsWith('.gold.json')).sort();
  for (const kind of kinds) {
    const tally = byKind.get(kind) as Tally;
    for (const name of names) {
      const gold = JSON.parse(readFileSync(join(ESSAYS, name), 'utf8')) as GoldFile;
      const original = readFileSync(join(ESSAYS, name.replace(/\.gold\.json$/, '.txt')), 'utf8');
      // Each linked gold citation gets a slip of this kind; the text is rebuilt in order, and each
      // gold span is found again where it now stands.
      const placed = gold.citations
        .map((c) => ({ c, at: nthIndexOf(original, c.text, c.occurrence) }))
        .filter((p) => p.at >= 0)
        .sort((x, y) => x.at - y.at);
      let text = '';
      let from = 0;
      const moved: { c: GoldCitation; span: string; at: number }[] = [];
      for (const { c, at } of placed) {
        if (at < from) continue; // overlapping spans: keep the first
        const slipped = c.targets.length > 0 ? slip(c.text, kind, next) : undefined;
        if (slipped) tally.slips++;
        text += original.slice(from, at);
        moved.push({ c, span: slipped ?? c.text, at: text.length });
        text += slipped ?? c.text;
        from = at + c.text.length;
      }
      text += original.slice(from);
      const citations = moved.map(({ c, span, at }) => ({ ...c, text: span, occurrence: countBefore(text, span, at) + 1 }));
      const s = scoreAgainstGold(text, { ...gold, citations }, analyze(text));
      tally.tp += s.truePositives;
      tally.fp += s.falsePositives;
      tally.fn += s.falseNegatives;
    }
  }
  console.log(`slipped copies of ${names.length} fixture essays (seed ${SEED}), engine at ${root}`);
  for (const [kind, t] of byKind) {
    const recall = t.tp / (t.tp + t.fn);
    const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
    console.log(`  ${kind.padEnd(12)} ${String(t.slips).padStart(5)} slips   link recall ${recall.toFixed(3)}   precision ${precision.toFixed(3)}`);
  }
}

function nthIndexOf(haystack: string, needle: string, occurrence: number): number {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = haystack.indexOf(needle, at + 1);
    if (at === -1) return -1;
  }
  return at;
}

function countBefore(haystack: string, needle: string, end: number): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0 && at < end; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}

void main();
