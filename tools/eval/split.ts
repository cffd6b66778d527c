/**
 * Measures how well the engine finds a reference list and splits it into entries.
 *
 *   npx tsx tools/eval/split.ts            # the summary table
 *   npx tsx tools/eval/split.ts --misses   # also the first misses of each source
 *
 * Three sources:
 * - labelled: the AnyStyle core set (tools/train/data/anystyle/core.xml, BSD 2-Clause; one `<sequence>` an
 *   entry, its children's text joined with single spaces), shuffled with a fixed seed and printed in
 *   lists of 25 the ways essays print them (one entry a line, blank lines between, hanging indents,
 *   flush-left PDF wrapping with page furniture between entries, "[1]" and "1." markers, sub-headings per
 *   kind of source), each after a short body, with a "References" heading or without one at the end;
 * - real: the six real essays in test/fixtures/real/ and the found essays in test/fixtures/found/ (gold
 *   `references[].text` as in essay.txt);
 * - fixtures: the annotated essays in test/fixtures/essays/ and the seed essay.
 *
 * "Entries split right" counts gold entries found with exactly their boundaries (white space
 * normalised); "lists whole" counts lists whose entries all match and none is extra.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findReferenceList } from '../../src/core/references';
import { stripBom } from '../../src/core/text';
import { seededRandom as random } from '../../test/support/synth';

const ROOT = join(__dirname, '..', '..');

const SHOW_MISSES = process.argv.includes('--misses');
/** `--dump "hanging indent #8"`: prints that list's text and the entries found in it. */
const DUMP = process.argv.includes('--dump') ? process.argv[process.argv.indexOf('--dump') + 1] : undefined;

/** White space normalised, a leading list marker left out (the engine's entries exclude it). */
const norm = (s: string): string =>
  s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:[-*\u2022]|\[\d{1,4}\]|\d{1,3}[.)])\s+/, '');

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/** The labelled entries, citation numbers left out (each list style prints its own markers). */
export function labelledEntries(path: string): string[] {
  const xml = readFileSync(path, 'utf8');
  const out: string[] = [];
  for (const m of xml.matchAll(/<sequence>([\s\S]*?)<\/sequence>/g)) {
    const parts: string[] = [];
    for (const c of m[1].matchAll(/<([a-z-]+)>([\s\S]*?)<\/\1>/g)) {
      if (c[1] === 'citation-number') continue;
      parts.push(norm(decodeXml(c[2])));
    }
    const entry = norm(parts.join(' '));
    if (entry) out.push(entry);
  }
  return out;
}

/** Words wrapped at `width` columns; continuation lines get `indent`. */
export function wrap(entry: string, width: number, indent: string, firstPrefix = ''): string {
  const words = entry.split(' ');
  const lines: string[] = [];
  let line = firstPrefix;
  let lineHasWord = false;
  for (const w of words) {
    if (lineHasWord && line.length + 1 + w.length > width) {
      lines.push(line);
      line = indent + w;
    } else {
      line = lineHasWord ? `${line} ${w}` : line + w;
    }
    lineHasWord = true;
  }
  lines.push(line);
  return lines.join('\n');
}

const BODY = [
  'Introduction',
  'The question of how scholars read one another has a long history (Merton, 1968; Latour and Woolgar, 1979). Recent work on citation practices suggests that most readers check only a few of the works an essay cites, and that they do so when a claim surprises them (Smith 2010, 45). This essay looks at how such checks are made in practice.',
  'Method',
  'We read forty essays from four disciplines and noted every place where a reader would turn to the list of works cited. As Haiyun Wang (2007: 7) observes, the form of a citation shapes how often it is followed; we therefore kept the form of each citation as printed.',
  'Results and discussion',
  'The results confirm earlier findings (Brooks and Wohlforth, 2005; Cohen et al., 2012): citations are followed where the claim carries the argument. Further work should test this on larger samples.',
].join('\n\n');

type Style = (entries: string[], rnd: () => number) => string;

const SUB_HEADINGS = ['Books', 'Articles', 'Web sites', 'Primary sources', 'Secondary sources', 'Reports and standards', 'Online sources'];

const STYLES: Record<string, Style> = {
  'one a line': (es) => es.join('\n'),
  'blank lines': (es) => es.join('\n\n'),
  'hanging indent': (es) => es.map((e) => wrap(e, 80, '    ')).join('\n'),
  'hanging indent, blank lines': (es) => es.map((e) => wrap(e, 80, '  ')).join('\n\n'),
  'PDF flush left': (es, rnd) => {
    const width = 72 + Math.floor(rnd() * 16);
    return es.map((e) => wrap(e, width, '')).join('\n');
  },
  'PDF, page furniture': (es, rnd) => {
    const out: string[] = [];
    let lines = 0;
    let page = 200 + Math.floor(rnd() * 100);
    const width = 74 + Math.floor(rnd() * 10);
    for (const e of es) {
      const w = wrap(e, width, '   ');
      out.push(w);
      lines += w.split('\n').length;
      if (lines > 18) {
        lines = 0;
        page++;
        if (page % 3 === 0) out.push(`Downloaded from https://academic.example.org/jrs/article/18/3/${page}/5512 by guest on 12 May 2020`);
        out.push(page % 2 === 0 ? `${page}   Journal of Reading Studies 18(3)` : `Keller and Osei   ${page}`);
      }
    }
    return out.join('\n');
  },
  '[n] markers': (es) => es.map((e, k) => wrap(e, 80, '     ', `[${k + 1}] `)).join('\n'),
  'n. markers': (es) => es.map((e, k) => `${k + 1}. ${e}`).join('\n'),
  'sub-headings': (es, rnd) => {
    const out: string[] = [];
    let h = Math.floor(rnd() * SUB_HEADINGS.length);
    for (let k = 0; k < es.length; k++) {
      if (k % 8 === 0) out.push(`\n${SUB_HEADINGS[h++ % SUB_HEADINGS.length]}\n`);
      out.push(wrap(es[k], 80, '    '));
    }
    return out.join('\n');
  },
};

interface Score {
  gold: number;
  right: number;
  found: number;
  lists: number;
  whole: number;
  misses: string[];
}

const newScore = (): Score => ({ gold: 0, right: 0, found: 0, lists: 0, whole: 0, misses: [] });

/** Scores one text against its gold entries. */
function score(s: Score, name: string, text: string, gold: readonly string[]): void {
  const found = findReferenceList(text);
  if (DUMP !== undefined && name.startsWith(DUMP) && (name === DUMP || name[DUMP.length] === ' ')) {
    console.log(text);
    console.log('---- found:');
    for (const e of found?.entries ?? []) console.log(`* ${JSON.stringify(text.slice(e.start, e.end))}`);
  }
  const got = found ? found.entries.map((e) => norm(text.slice(e.start, e.end))) : [];
  const want = gold.map(norm);
  const gotSet = new Map<string, number>();
  for (const g of got) gotSet.set(g, (gotSet.get(g) ?? 0) + 1);
  let right = 0;
  const missed: string[] = [];
  for (const w of want) {
    const n = gotSet.get(w) ?? 0;
    if (n > 0) {
      right++;
      gotSet.set(w, n - 1);
    } else missed.push(w);
  }
  s.gold += want.length;
  s.right += right;
  s.found += got.length;
  s.lists++;
  if (right === want.length && got.length === want.length) s.whole++;
  else if (s.misses.length < 12) {
    const extra = got.filter((g) => !want.includes(g));
    s.misses.push(`${name}: found ${got.length}/${want.length}; missed ${JSON.stringify(missed.slice(0, 2).map((m) => m.slice(0, 100)))}; extra ${JSON.stringify(extra.slice(0, 2).map((m) => m.slice(0, 160)))}`);
  }
}

function line(label: string, s: Score): string {
  const f = (x: number) => x.toFixed(3);
  const p = s.found ? s.right / s.found : 0;
  return `${label.padEnd(32)} ${String(s.lists).padStart(5)} ${String(s.gold).padStart(7)} ${f(s.gold ? s.right / s.gold : 0).padStart(8)} ${f(p).padStart(9)} ${f(s.lists ? s.whole / s.lists : 0).padStart(7)}`;
}

function main(): void {
  console.log(`${'source'.padEnd(32)} ${'lists'.padStart(5)} ${'entries'.padStart(7)} ${'split ok'.padStart(8)} ${'precision'.padStart(9)} ${'whole'.padStart(7)}`);
  const all: [string, Score][] = [];

  // (a) The labelled set in lists of 25.
  const xml = join(ROOT, 'tools', 'train', 'data', 'anystyle', 'core.xml');
  if (existsSync(xml)) {
    const entries = labelledEntries(xml);
    const rnd = random(20260101);
    const order = entries.map((e, k) => ({ e, r: rnd(), k })).sort((a, b) => a.r - b.r || a.k - b.k).map((x) => x.e);
    const total = newScore();
    const withHeading = newScore();
    const withoutHeading = newScore();
    for (const [styleName, style] of Object.entries(STYLES)) {
      const s = newScore();
      for (let start = 0, n = 0; start < order.length; start += 25, n++) {
        const chunk = order.slice(start, start + 25);
        const srnd = random(1000 + n);
        const listText = style(chunk, srnd);
        const headed = n % 2 === 0;
        const text = headed ? `A Study of Reading\n\n${BODY}\n\nReferences\n\n${listText}\n` : `A Study of Reading\n\n${BODY}\n\n${listText}\n`;
        score(s, `${styleName} #${n}${headed ? '' : ' (no heading)'}`, text, chunk);
        score(total, '', text, chunk);
        score(headed ? withHeading : withoutHeading, `${styleName} #${n}`, text, chunk);
      }
      all.push([`labelled: ${styleName}`, s]);
    }
    all.push(['labelled: with a heading', withHeading]);
    all.push(['labelled: no heading, at the end', withoutHeading]);
    all.push(['labelled: all', total]);
  }

  // (b) The six real essays and the found essays.
  for (const [label, folder] of [['real essays', 'real'], ['found essays', 'found']] as const) {
    const dir = join(ROOT, 'test', 'fixtures', folder);
    if (!existsSync(dir)) continue;
    const s = newScore();
    for (const d of readdirSync(dir).sort()) {
      const gold = join(dir, d, 'gold.json');
      if (!existsSync(gold)) continue;
      const text = stripBom(readFileSync(join(dir, d, 'essay.txt'), 'utf8'));
      const refs = (JSON.parse(readFileSync(gold, 'utf8')) as { references: { text: string }[] }).references.map((r) => r.text);
      score(s, d, text, refs);
    }
    all.push([label, s]);
  }

  // (c) The annotated fixture essays and the seed.
  const essays = join(ROOT, 'test', 'fixtures', 'essays');
  const s = newScore();
  const cases = readdirSync(essays)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => [f.replace('.gold.json', ''), join(essays, f.replace('.gold.json', '.txt')), join(essays, f)] as const);
  const seed: [string, string, string] = ['soft-balancing', join(ROOT, 'corpus', 'soft-balancing.txt'), join(ROOT, 'test', 'fixtures', 'soft-balancing.gold.json')];
  for (const [name, txt, gold] of [...cases, seed]) {
    if (!existsSync(txt)) continue;
    const text = stripBom(readFileSync(txt, 'utf8'));
    const refs = (JSON.parse(readFileSync(gold, 'utf8')) as { references: { text: string }[] }).references.map((r) => r.text);
    score(s, name, text, refs);
  }
  all.push(['fixture essays', s]);

  for (const [label, sc] of all) console.log(line(label, sc));
  if (SHOW_MISSES) {
    for (const [label, sc] of all) {
      if (sc.misses.length === 0) continue;
      console.log(`\n## ${label}`);
      for (const m of sc.misses) console.log(`- ${m}`);
    }
  }
}

if (require.main === module) main();
