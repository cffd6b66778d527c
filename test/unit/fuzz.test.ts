// Property tests: whatever the essay, analyze() returns a consistent analysis, never throws, and
// takes time linear in the text's length. `npm test` runs a few thousand cases with a fixed seed;
// `npm run fuzz` runs many more (FUZZ_RUNS, default 50,000) with a fresh seed it prints.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { indexAnalysis } from '../../src/core/lookup';
import type { Analysis, Span } from '../../src/core/model';
import { synthEssay } from '../support/synth';

const ROOT = join(__dirname, '..', '..');
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20240611;
/** Total cases over the three generators; `npm test` keeps to a few thousand. */
const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 3000;

function seedEssays(): { name: string; text: string }[] {
  const essays = [{ name: 'corpus/soft-balancing.txt', text: readFileSync(join(ROOT, 'corpus', 'soft-balancing.txt'), 'utf8') }];
  const dir = join(ROOT, 'test', 'fixtures', 'essays');
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      essays.push({ name: `test/fixtures/essays/${f}`, text: readFileSync(join(dir, f), 'utf8') });
    }
  }
  essays.push({ name: 'synthetic 6 KB', text: synthEssay({ size: 6000, seed: 7 }).text });
  return essays;
}

// ---------------------------------------------------------------------------------------------
// The invariants

function assertSpan(text: string, span: Span, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what}: [${span.start}, ${span.end}) inside 0..${text.length}`);
}

function assertSlice(text: string, item: Span & { text: string }, what: string): void {
  assertSpan(text, item, what);
  assert.equal(text.slice(item.start, item.end), item.text, `${what}: slice equals its text`);
}

/** Every promise the data model makes, checked on one analysis of `input`. */
function assertConsistent(input: string, a: Analysis): void {
  const text = a.text;
  assert.equal(text, input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, 'analysed text is the input without a leading BOM');

  const ids = new Set<string>();
  a.references.forEach((r, i) => {
    assertSlice(text, r, `reference ${r.id}`);
    assert.ok(r.end > r.start, `reference ${r.id} is not empty`);
    assert.equal(r.index, i, `reference ${r.id} index`);
    assert.equal(r.csl.id, r.id, `reference ${r.id} csl.id`);
    assert.ok(!ids.has(r.id), `reference id ${r.id} is unique`);
    ids.add(r.id);
    if (i > 0) assert.ok(a.references[i - 1].end <= r.start, `references ${a.references[i - 1].id} and ${r.id} in order, not overlapping`);
  });

  const targeted = new Set<string>();
  a.citations.forEach((c, i) => {
    assertSlice(text, c, `citation ${i}`);
    assert.ok(c.end > c.start, `citation ${i} is not empty`);
    assert.ok(c.kind === 'parenthetical' || c.kind === 'narrative', `citation ${i} kind`);
    if (i > 0) assert.ok(a.citations[i - 1].end <= c.start, `citations ${i - 1} and ${i} sorted, not overlapping`);
    assert.ok(c.works.length >= 1, `citation ${i} cites at least one work`);
    for (const w of c.works) {
      const what = `work "${w.text}" of citation ${i}`;
      assertSlice(text, w, what);
      assert.ok(c.start <= w.start && w.end <= c.end, `${what} lies inside its citation`);
      assert.ok(w.confidence >= 0 && w.confidence <= 1, `${what}: confidence in 0..1`);
      for (const t of w.targets) assert.ok(ids.has(t), `${what}: target ${t} exists`);
      assert.equal(new Set(w.targets).size, w.targets.length, `${what}: targets are distinct`);
      if (w.status === 'linked') assert.equal(w.targets.length, 1, `${what}: linked has one target`);
      else if (w.status === 'ambiguous') assert.ok(w.targets.length >= 2, `${what}: ambiguous has two or more targets`);
      else if (w.status === 'unresolved') assert.equal(w.targets.length, 0, `${what}: unresolved has no target`);
      else assert.fail(`${what}: unknown status ${String(w.status)}`);
      for (const t of w.targets) targeted.add(t);
    }
  });

  const expectedUncited = a.references.map((r) => r.id).filter((id) => !targeted.has(id));
  assert.deepEqual([...a.uncited], expectedUncited, 'uncited: exactly the references no work targets, in list order');

  if (a.referenceList) {
    assertSpan(text, a.referenceList.span, 'reference list');
    if (a.referenceList.heading) assertSpan(text, a.referenceList.heading, 'reference list heading');
  }
  a.sections.forEach((s, i) => {
    assertSpan(text, s, `section ${i}`);
    if (i > 0) assert.ok(a.sections[i - 1].start <= s.start, `sections ${i - 1} and ${i} in text order`);
  });
  for (const n of a.notices) if (n.span) assertSpan(text, n.span, `notice ${n.code}`);

  // The index answers every position without throwing, and agrees with the citation list.
  const index = indexAnalysis(a);
  for (const c of a.citations.slice(0, 50)) {
    assert.equal(index.citationAt(c.start), c);
    assert.ok(index.workAt(c.start) !== undefined);
  }
  // The result is plain data: it survives the structured clone a worker thread uses.
  structuredClone(a.citations.slice(0, 20));
}

describe('the invariant checker rejects broken analyses', () => {
  // A hand-made, consistent analysis of a tiny essay, and single faults introduced into it.
  const input = 'A (Paul, 2005) b.\n\nReferences\n\nPAUL, T.V. (2005). Soft Balancing.';
  const refStart = input.indexOf('PAUL');
  const good = (): Analysis => ({
    text: input,
    references: [{ id: 'r1', index: 0, start: refStart, end: input.length, text: input.slice(refStart), csl: { id: 'r1', type: 'book' }, uncertain: [] }],
    citations: [
      {
        start: 2,
        end: 14,
        text: '(Paul, 2005)',
        kind: 'parenthetical',
        works: [{ start: 3, end: 13, text: 'Paul, 2005', authors: ['Paul'], etAl: false, year: '2005', status: 'linked', targets: ['r1'], confidence: 1, reasons: [] }],
      },
    ],
    uncited: [],
    sections: [],
    notices: [],
  });
  type Mutable<T> = { -readonly [K in keyof T]: T[K] };
  const faults: [string, (a: Mutable<Analysis>) => void][] = [
    ['a citation whose text is not its slice', (a) => (a.citations = [{ ...a.citations[0], text: '(Paul 2005)' }])],
    ['a citation past the end of the text', (a) => (a.citations = [{ ...a.citations[0], end: input.length + 5 }])],
    ['overlapping citations', (a) => (a.citations = [a.citations[0], { ...a.citations[0] }])],
    ['a linked work with no target', (a) => (a.citations = [{ ...a.citations[0], works: [{ ...a.citations[0].works[0], targets: [] }] }])],
    ['an ambiguous work with one target', (a) => (a.citations = [{ ...a.citations[0], works: [{ ...a.citations[0].works[0], status: 'ambiguous' }] }])],
    ['a target that does not exist', (a) => (a.citations = [{ ...a.citations[0], works: [{ ...a.citations[0].works[0], targets: ['r9'] }] }])],
    ['a cited reference listed as uncited', (a) => (a.uncited = ['r1'])],
    ['an uncited reference left out of uncited', (a) => (a.citations = [])],
    ['a reference whose text is not its slice', (a) => (a.references = [{ ...a.references[0], text: 'PAUL' }])],
    ['a BOM left in the analysed text', (a) => (a.text = '\ufeff' + input)],
  ];
  it('accepts the consistent analysis', () => assertConsistent(input, good()));
  for (const [name, fault] of faults) {
    it(name, () => {
      const a = good() as Mutable<Analysis>;
      fault(a);
      assert.throws(() => assertConsistent(input, a));
    });
  }
});

// ---------------------------------------------------------------------------------------------
// The generators

const UNICODE_TRAPS = [
  '\u0301', // combining acute accent
  '\u0308\u0323', // stacked combining marks
  '😀', // astral (a surrogate pair)
  '𝔄𝔟', // astral letters
  '\u200f', // right-to-left mark
  '\u202e', // right-to-left override
  '\u200b', // zero-width space
  '\u200d', // zero-width joiner
  '\ufeff', // BOM in the middle
  '\ud800', // lone high surrogate
  '\udc00', // lone low surrogate
  '\u00a0', // no-break space
  '\u2028', // line separator
  'ﬁ', // ligature
  'İ', // dotted capital I (case mapping changes length)
  'ß',
  'العربية (٢٠٠٥)',
  '王海运 (2007)',
];

const TOKENS = [
  '(', ')', '(', ')', '[', ']', ';', ',', '.', ':', ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r', '\t', '\0', '&', 'and', 'e',
  'References', 'Bibliography', 'REFERENCES\n', 'Smith', 'SMITH, J.', 'Jones', 'Wang, Haiyun', 'Moisés', 'de la', 'van',
  'et al', 'et al.', 'p.', 'pp.', '12', '3-4', '2005', '2005a', '1999b', 'n.d.', 'in press', '(2005)', '(Smith, 2005)',
  '(Smith 2005; Jones 2010, p. 3)', 'Smith et al. (2004, 2006)', 'see', 'cf.', 'e.g.', '“', '”', '‘', '’', '"', "'", '–', '—',
  'https://doi.org/10.1000/182', 'Vol. 3', 'No. 2', ...UNICODE_TRAPS,
];

type Mutation =
  | { op: 'cut'; at: number; keepHead: boolean }
  | { op: 'shuffle'; seed: number }
  | { op: 'repeat'; at: number; times: number }
  | { op: 'insert'; at: number; what: string }
  | { op: 'crlf' }
  | { op: 'lone-cr' }
  | { op: 'bom' }
  | { op: 'tabs' }
  | { op: 'long-line'; at: number; length: number }
  | { op: 'brackets'; at: number; what: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), keepHead: fc.boolean() }),
  fc.record({ op: fc.constant('shuffle' as const), seed: fc.integer() }),
  fc.record({ op: fc.constant('repeat' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), times: fc.integer({ min: 2, max: 6 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), what: fc.constantFrom(...UNICODE_TRAPS, '\0', '\0\0\0') }),
  fc.constant({ op: 'crlf' as const }),
  fc.constant({ op: 'lone-cr' as const }),
  fc.constant({ op: 'bom' as const }),
  fc.constant({ op: 'tabs' as const }),
  fc.record({ op: fc.constant('long-line' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1000, max: 20000 }) }),
  fc.record({
    op: fc.constant('brackets' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    what: fc.array(fc.constantFrom('(', ')', '[', ']', '((', '))', '(Smith, ', '2005)', ')('), { minLength: 1, maxLength: 8 }).map((a) => a.join('')),
  }),
);

function mutate(text: string, m: Mutation): string {
  const pos = (at: number): number => Math.min(text.length, Math.floor(at * text.length));
  switch (m.op) {
    case 'cut':
      return m.keepHead ? text.slice(0, pos(m.at)) : text.slice(pos(m.at));
    case 'shuffle': {
      const paragraphs = text.split(/\n\s*\n/);
      let s = m.seed >>> 0 || 1;
      for (let i = paragraphs.length - 1; i > 0; i--) {
        s = (Math.imul(s, 1103515245) + 12345) >>> 0;
        const j = s % (i + 1);
        [paragraphs[i], paragraphs[j]] = [paragraphs[j], paragraphs[i]];
      }
      return paragraphs.join('\n\n');
    }
    case 'repeat': {
      const paragraphs = text.split('\n\n');
      const i = Math.min(paragraphs.length - 1, Math.floor(m.at * paragraphs.length));
      paragraphs.splice(i, 0, ...Array<string>(m.times - 1).fill(paragraphs[i]));
      return paragraphs.join('\n\n');
    }
    case 'insert':
    case 'brackets':
      return text.slice(0, pos(m.at)) + m.what + text.slice(pos(m.at));
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'lone-cr':
      return text.replace(/\r?\n/g, '\r');
    case 'bom':
      return '\ufeff' + text;
    case 'tabs':
      return text.replace(/ {2,}/g, '\t').replace(/\n/g, '\n\t');
    case 'long-line': {
      const filler = 'word (Smith 2005) 1999 ('.repeat(Math.ceil(m.length / 24)).slice(0, m.length);
      return text.slice(0, pos(m.at)) + filler + text.slice(pos(m.at));
    }
  }
}

const essays = seedEssays();
const mutatedEssayArb = fc
  .record({ base: fc.integer({ min: 0, max: essays.length - 1 }), mutations: fc.array(mutationArb, { minLength: 1, maxLength: 5 }) })
  .map(({ base, mutations }) => mutations.reduce(mutate, essays[base].text));
const tokenSoupArb = fc.array(fc.constantFrom(...TOKENS), { maxLength: 300 }).map((t) => t.join(''));
const anyStringArb = fc.string({ unit: 'binary', maxLength: 400 });
const synthArb = fc.record({ seed: fc.integer({ min: 1, max: 1_000_000 }), size: fc.integer({ min: 200, max: 12_000 }) }).map((o) => synthEssay(o).text);

function analyseAndCheck(input: string): void {
  assertConsistent(input, analyze(input));
}

describe('analyze() on hostile and mutated essays', function () {
  this.timeout(0);
  before(() => console.log(`      fuzz seed ${SEED}, ${RUNS} runs (reproduce: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} npm run fuzz)`));

  const properties: [string, fc.Arbitrary<string>, number][] = [
    ['mutated real essays (cut, shuffled, repeated, unicode traps, CRLF, CR, BOM, tabs, NUL, long lines, brackets)', mutatedEssayArb, 0.4],
    ['token soup of citation pieces, brackets and control characters', tokenSoupArb, 0.35],
    ['synthetic essays of random size and seed', synthArb, 0.05],
    ['arbitrary UTF-16 strings (lone surrogates included)', anyStringArb, 0.2],
  ];
  properties.forEach(([name, arb, share], i) => {
    it(name, () => {
      fc.assert(fc.property(arb, analyseAndCheck), { seed: SEED + i, numRuns: Math.max(10, Math.round(RUNS * share)), endOnFailure: true });
    });
  });

  describe('named hostile inputs', () => {
    const cases: [string, string][] = [
      ['empty text', ''],
      ['only a BOM', '\ufeff'],
      ['only white space', ' \n\t\r\n \u00a0\u2028'],
      ['NUL bytes', 'Title\0\0\0(Smith, 2005)\0References\0Smith, J. (2005). X.'],
      ['unbalanced parentheses', '((((((Smith, 2005'.repeat(50)],
      ['closing parentheses only', ')))))'.repeat(200)],
      ['reference heading without entries', 'Title\n\nText (Smith, 2005).\n\nReferences\n'],
      ['reference list only', 'References\n\nSmith, J. (2005). Title. Place: Publisher.\n\nSmith, J. (2005). Other. Place: Publisher.'],
      ['citation split by CRLF', 'Text (Smith,\r\n2005) and Jones\r\n(2010).\r\n\r\nReferences\r\n\r\nSmith, J. (2005). A.\r\n\r\nJones, K. (2010). B.'],
      ['lone surrogates around a citation', '\ud800(Smith, 2005)\udc00\n\nReferences\n\nSmith, J. (2005). A.'],
      ['a year with every suffix', '(Smith 2005a, 2005b, 2005c, 2005z; Smith n.d.; Smith in press)'],
      ['a 100 KB line without spaces', 'a'.repeat(100_000)],
      ['a 100 KB run of years', '2005 '.repeat(20_000)],
      ['ten thousand semicolons in parentheses', `(Smith 2005${'; '.repeat(10_000)})`],
    ];
    for (const [name, input] of cases) it(name, () => analyseAndCheck(input));
  });
});

// ---------------------------------------------------------------------------------------------
// Linear time

// A full collection before each timed run, so that one run does not pay for the garbage of another.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** The fastest of `runs` analyses, ms: the least disturbed by other processes and collections. */
function bestTime(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const t0 = process.hrtime.bigint();
    analyze(text);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}

/**
 * An essay whose reference list grows with it while its authors come from five surnames, as in a
 * field where a few family names are very common: every citation has many same-surname entries.
 */
function sharedSurnames(size: number): string {
  const surnames = ['Wang', 'Li', 'Zhang', 'Smith', 'Müller'];
  const given = ['Haiyun', 'Wei', 'Jing', 'Anna', 'John', 'Maria', 'Jun', 'Peter'];
  const entries: string[] = [];
  const body: string[] = [];
  for (let i = 0; entries.length * 140 < size; i++) {
    const family = surnames[i % surnames.length];
    const first = given[(i * 7) % given.length];
    // Year and letter are distinct for each entry of a surname, so every citation is a new question.
    const year = `${1950 + ((i * 13) % 75)}${'abcdefghijklmnopqrstuvwxyz'.charAt(Math.floor(i / 375) % 26)}`;
    entries.push(`${family}, ${first} (${year}). On question ${i}. Journal of Things, ${i % 90}, 1-20.`);
    body.push(`The point is made (${family}, ${year}) and by ${first} ${family} (${year}).`);
  }
  return `Title\n\n${body.join(' ')}\n\nReferences\n\n${entries.join('\n\n')}\n`;
}

describe('analyze() takes time linear in the length of the text', function () {
  this.timeout(180_000);
  // Each row builds an input of about n characters; the time at 8n must stay below 32 times the time at n: a quadratic
  // step gives 64 times. Linear steps measure 8-16 times: past a few hundred kilobytes a text no longer fits the
  // processor's caches, and late in a long run the collector works on a large heap.
  // The synthetic essay is measured at 200 KB and 1.6 MB: at 50 KB its few milliseconds are mostly timer,
  // JIT and collector noise, which can look super-linear on a busy machine though no step is.
  const n = 50_000;
  const rows: [string, (size: number) => string, number?][] = [
    ['synthetic essay', (size) => synthEssay({ size, seed: 11 }).text, 200_000],
    ['many references sharing five surnames', sharedSurnames, 100_000],
    ['open parentheses never closed', (size) => '(Smith, 2005 '.repeat(Math.ceil(size / 13))],
    ['one parenthesis holding everything', (size) => `(${'Smith and Jones 2005, p. 3; '.repeat(Math.ceil(size / 28))})`],
    ['capitalised words and years without parentheses', (size) => 'Smith Jones Lee 2005 '.repeat(Math.ceil(size / 21))],
    ['one long line of letters', (size) => 'x'.repeat(size)],
    ['et al. repeated', (size) => 'Smith et al. et al. '.repeat(Math.ceil(size / 20))],
    ['reference list of many entries', (size) => `Text.\n\nReferences\n\n${'SMITH, John (2005). A Title, Journal 3, pp. 1-2.\n\n'.repeat(Math.ceil(size / 52))}`],
    ['blank lines only', (size) => '\n \n'.repeat(Math.ceil(size / 3))],
  ];
  for (const [name, make, size = n] of rows) {
    it(name, () => {
      // Sizes above timer noise: the small text is grown until it takes ten milliseconds, or to 1.6 MB (a few
      // milliseconds at 400 KB leave the ratio to the timer and the collector on a busy machine).
      let grown = size;
      let small = make(grown);
      while (bestTime(small, 3) < 10 && grown < 1_600_000) {
        grown *= 2;
        small = make(grown);
      }
      const large = make(8 * grown);
      // Warm up the JIT on both sizes first, so that neither measurement includes compilation.
      analyze(small);
      analyze(large);
      // Up to three trials: a busy machine can slow one measurement down, but no amount of noise
      // makes a quadratic step (64x for 8x the text) look linear.
      const trials: string[] = [];
      for (let trial = 0; trial < 3; trial++) {
        // A small text still read in under 3 ms at 1.6 MB is timed against 3 ms: below that, the timer, the JIT and
        // the collector make most of the figure, while a quadratic step from 1.6 MB to 12.8 MB would still take
        // hundreds of times longer.
        const tSmall = Math.max(bestTime(small, 5), 3);
        const tLarge = bestTime(large, 3);
        const ratio = tLarge / tSmall;
        if (ratio < 32) return;
        trials.push(`${ratio.toFixed(1)}x (${tSmall.toFixed(1)} ms → ${tLarge.toFixed(1)} ms)`);
      }
      assert.fail(`8x the text took ${trials.join(', ')} the time`);
    });
  }
});
