// analyze() end to end: robustness on hostile input, offsets, notices, cancellation and speed.
import * as assert from 'node:assert/strict';
import { analyze, CancelledError } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/model';
import { synthEssay } from '../support/synth';

const ESSAY = [
  'Soft Balancing Revisited',
  '',
  'China opted for soft balancing (Paul, 2005). As Moisés Silva Fernandes (2010) points out, the',
  'partnership grew (Brooks e Wohlforth, 2005; Cohen et al, 2012). Since 2004 (SCO) the crisis (2008) deepened.',
  '',
  'References',
  '',
  'BROOKS, Stephen G., and WOHLFORTH, William (2005). Hard Times for Soft Balancing. International Security 30 (1): 72-108.',
  '',
  'COHEN, Ariel (2012). The Future of Russia’s Involvement in Central Asia. Central Asia Policy Forum 3: 2-10.',
  '',
  'FERNANDES, Moisés Silva (2010). Entrevista pessoal. Lisboa.',
  '',
  'PAUL, T.V. (2005). Soft Balancing in the Age of U.S. Primacy. International Security 30 (1): 46-71.',
  '',
  'PAPE, Robert A. (2004). Soft Balancing: How States Pursue Security in a Unipolar World. Chicago.',
  '',
].join('\n');

/** Every span of the analysis slices to its text; citations are in order and do not overlap. */
function assertConsistent(a: Analysis): void {
  let last = -1;
  for (const c of a.citations) {
    assert.equal(a.text.slice(c.start, c.end), c.text);
    assert.ok(c.start >= last, 'citations in order, not overlapping');
    last = c.end;
    for (const w of c.works) {
      assert.equal(a.text.slice(w.start, w.end), w.text);
      assert.ok(w.start >= c.start && w.end <= c.end);
    }
  }
  for (const r of a.references) assert.equal(a.text.slice(r.start, r.end), r.text);
  if (a.referenceList) {
    for (const c of a.citations) assert.ok(c.end <= a.referenceList.span.start || c.start >= a.referenceList.span.end, 'no citation inside the list');
  }
}

const summary = (a: Analysis): string[] => a.citations.flatMap((c) => c.works.map((w) => `${w.text} → ${w.status} ${w.targets.join(',')}`));

describe('analyze', () => {
  it('links the citations of a small essay and reports the uncited reference', () => {
    const a = analyze(ESSAY);
    assertConsistent(a);
    const byId = new Map(a.references.map((r) => [r.id, r.text.slice(0, 5)]));
    assert.deepEqual(
      a.citations.flatMap((c) => c.works.map((w) => `${w.text} → ${w.status} ${w.targets.map((t) => byId.get(t)).join(',')}`)),
      [
        'Paul, 2005 → linked PAUL,',
        'Moisés Silva Fernandes (2010) → linked FERNA',
        'Brooks e Wohlforth, 2005 → linked BROOK',
        'Cohen et al, 2012 → linked COHEN',
      ],
    );
    assert.deepEqual(a.uncited.map((id) => byId.get(id)), ['PAPE,']);
  });

  it('strips a BOM: offsets point into the stripped text', () => {
    const a = analyze('\uFEFF' + ESSAY);
    assert.equal(a.text, ESSAY);
    assert.deepEqual(summary(a), summary(analyze(ESSAY)));
    assertConsistent(a);
  });

  const ODD: [string, string][] = [
    ['empty', ''],
    ['only white space', ' \n\t\r\n '],
    ['NUL bytes', 'a\u0000b (Smith, 2004)\u0000\u0000'],
    ['binary-looking', String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65536))],
    ['lone brackets', '((((((( [[[[ )))) ]] ( ) [ ] (2004 (Smith ('],
    ['CRLF line endings', ESSAY.replace(/\n/g, '\r\n')],
    ['lone CR line endings', ESSAY.replace(/\n/g, '\r')],
    ['tabs and no-break spaces', ESSAY.replace(/ /g, (m, i: number) => (i % 3 === 0 ? '\u00a0' : i % 3 === 1 ? '\t' : m))],
    ['unpaired surrogates', '\ud800 (Smith, 2004) \udc00'],
    ['a very long line of parentheses', '(Smith 2004'.repeat(5000)],
  ];
  for (const [name, text] of ODD) {
    it(`never throws: ${name}`, () => {
      const a = analyze(text);
      assertConsistent(a);
    });
  }

  it('keeps the links when lines end in CRLF or a lone CR', () => {
    const expected = summary(analyze(ESSAY)).length;
    assert.equal(summary(analyze(ESSAY.replace(/\n/g, '\r\n'))).filter((s) => s.includes('linked')).length, expected);
    assert.equal(summary(analyze(ESSAY.replace(/\n/g, '\r'))).filter((s) => s.includes('linked')).length, expected);
  });

  it('warns when there is no reference list and leaves the citations unresolved', () => {
    const a = analyze('An essay (Paul, 2005) with no list. As Smith (2010) says.');
    assert.ok(a.notices.some((n) => n.code === 'no-reference-list' && n.severity === 'warning'));
    assert.equal(a.citations.length, 2);
    for (const c of a.citations) for (const w of c.works) assert.equal(w.status, 'unresolved');
  });

  it('throws CancelledError when asked to stop', () => {
    const { text } = synthEssay({ size: 1_000_000 });
    let polls = 0;
    assert.throws(
      () => analyze(text, { isCancelled: () => ++polls > 3 }),
      (e: unknown) => e instanceof CancelledError,
    );
  });

  it('runs in linear time: a 4 MB essay takes about four times a 1 MB one', function () {
    this.timeout(120_000);
    const small = synthEssay({ size: 1_000_000, seed: 3 }).text;
    const large = synthEssay({ size: 4_000_000, seed: 3 }).text;
    analyze(small); // warm up
    const time = (t: string): number => {
      const t0 = performance.now();
      analyze(t);
      return performance.now() - t0;
    };
    // Up to three trials: a busy machine can slow one measurement, but not make a quadratic step look linear.
    const trials: string[] = [];
    for (let trial = 0; trial < 3; trial++) {
      const a = Math.min(time(small), time(small));
      const b = Math.min(time(large), time(large));
      if (b < a * 8) return;
      trials.push(`1 MB: ${a.toFixed(0)} ms, 4 MB: ${b.toFixed(0)} ms`);
    }
    assert.fail(trials.join('; '));
  });
});
