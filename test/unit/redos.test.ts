// Every regular expression of the engine must run in linear time: an essay is hostile input.
// The test collects each regex literal and each `new RegExp('literal', 'flags')` in src/core with
// the TypeScript parser and checks it with recheck (pure JavaScript backend, bounded time per regex);
// scslre gives a second, static opinion on exponential backtracking.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import type * as Recheck from 'recheck';
import type { Diagnostics } from 'recheck';
import { BUILT_REGEXES } from '../../src/core/lexicon';
import type * as Scslre from 'scslre';

const ROOT = join(__dirname, '..', '..');
const CORE = join(ROOT, 'src', 'core');

interface FoundRegex {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );
}

/** Regexes written in one TypeScript source: literals and `new RegExp` / `RegExp` calls with literal arguments. */
function collectRegexes(fileName: string, code: string): { found: FoundRegex[]; dynamic: string[] } {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const found: FoundRegex[] = [];
  const dynamic: string[] = [];
  const where = (node: ts.Node): string => `${fileName}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const literalText = (node: ts.Expression | undefined): string | undefined =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const slash = text.lastIndexOf('/');
      found.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [patternArg, flagsArg] = node.arguments ?? [];
      const source = literalText(patternArg);
      const flags = flagsArg === undefined ? '' : literalText(flagsArg);
      if (source !== undefined && flags !== undefined) found.push({ where: where(node), source, flags });
      else dynamic.push(where(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { found, dynamic };
}

// The pure JavaScript backend works wherever Node does (no JVM, no native binary needed).
process.env.RECHECK_BACKEND ??= 'pure';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const recheck = require('recheck') as typeof Recheck;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const scslre = require('scslre') as typeof Scslre;

/**
 * Bounded per regex: a check that cannot decide in time is reported as `unknown`, which fails too.
 * `maxRepeatCount` above recheck's default of 30 lets its automaton checker (a proof) take bounded repeats such as
 * `[^;\]]{0,40}`, which it would otherwise hand to the fuzzer: a search that took 20 to 30 seconds on a loaded machine
 * and so could time out. The lexicon's long alternations still take a few seconds each: the bound leaves room.
 */
const PARAMS = { timeout: 60_000, randomSeed: 42, maxRepeatCount: 50 } as const;

function checkRegex(source: string, flags: string): Diagnostics {
  // Flags as written: the sticky flag `y` anchors the match at lastIndex, which recheck models.
  // (A sticky regex tried at every position of a long text is the caller's loop; the linear-time
  // properties in fuzz.test.ts catch that.)
  return recheck.checkSync(source, flags, PARAMS);
}

function exponentialBySCSLRE(source: string, flags: string): boolean {
  const { reports } = scslre.analyse({ source, flags }, { maxReports: 5 });
  return reports.some((r) => r.exponential);
}

function describeAttack(d: Diagnostics): string {
  if (d.status === 'vulnerable') return `${d.complexity.summary}, attack: ${d.attack.pattern}`;
  if (d.status === 'unknown') return `unknown (${d.error.kind}${'message' in d.error ? ': ' + d.error.message : ''})`;
  return d.complexity.summary;
}

describe('regular expressions in src/core', function () {
  this.timeout(400_000);

  describe('the collector and checker can tell safe from vulnerable', () => {
    const rows: { name: string; code: string; expected: Diagnostics['status']; exponential: boolean }[] = [
      { name: 'nested quantifier (a+)+ is exponential', code: 'const r = /^(a+)+$/;', expected: 'vulnerable', exponential: true },
      // scslre looks only at single repeated characters and misses overlapping alternatives: recheck is the judge.
      { name: 'overlapping alternation (a|a)* is exponential (recheck only)', code: 'const r = new RegExp("^(a|a)*$");', expected: 'vulnerable', exponential: false },
      { name: 'words with optional spaces (\\w+\\s?)* is exponential', code: 'const r = /^(\\w+\\s?)*$/u;', expected: 'vulnerable', exponential: true },
      { name: 'two adjacent \\s* around .* is polynomial', code: 'const r = /^\\s*.*\\s*=$/;', expected: 'vulnerable', exponential: false },
      { name: 'a bounded bracket scan is safe', code: 'const r = /\\(([^()]{1,200})\\)/g;', expected: 'safe', exponential: false },
      { name: 'unanchored a*a*b is polynomial', code: 'const r = /a*a*b/g;', expected: 'vulnerable', exponential: false },
      { name: 'the same pattern sticky is still polynomial', code: 'const r = /a*a*b/y;', expected: 'vulnerable', exponential: false },
      { name: 'a bounded alternation made sticky is safe', code: 'const r = /(?:\\d{1,6}|[ivx]{1,8})(?:\\s?-\\s?\\d{1,6})?/y;', expected: 'safe', exponential: false },
      { name: 'a year with suffix is safe', code: 'const r = new RegExp("\\\\b(1[5-9]|20)\\\\d\\\\d[a-z]?\\\\b", "g");', expected: 'safe', exponential: false },
    ];
    for (const row of rows) {
      it(row.name, () => {
        const { found } = collectRegexes('row.ts', row.code);
        assert.equal(found.length, 1, 'the collector finds the regex');
        const d = checkRegex(found[0].source, found[0].flags);
        assert.equal(d.status, row.expected, describeAttack(d));
        assert.equal(exponentialBySCSLRE(found[0].source, found[0].flags), row.exponential);
      });
    }
    it('reports a RegExp built from a variable as dynamic', () => {
      const { found, dynamic } = collectRegexes('row.ts', 'const p = "a+"; const r = new RegExp(p, "g"); const s = RegExp(`x${p}`);');
      assert.equal(found.length, 0);
      assert.equal(dynamic.length, 2);
    });
  });

  const files = tsFiles(CORE);
  const all = files.flatMap((f) => collectRegexes(relative(ROOT, f), readFileSync(f, 'utf8')).found);

  it('finds the regular expressions of the engine', () => {
    assert.ok(files.length > 0 && all.length > 0, 'src/core has regexes to check');
  });

  it('every regex is safe according to recheck (linear or constant time)', () => {
    const bad: string[] = [];
    for (const r of all) {
      const d = checkRegex(r.source, r.flags);
      if (d.status !== 'safe') bad.push(`${r.where}  /${r.source}/${r.flags}  → ${d.status}: ${describeAttack(d)}`);
    }
    if (bad.length) console.log(`\n  Regexes that can backtrack badly:\n    ${bad.join('\n    ')}`);
    assert.deepEqual(bad, [], `${bad.length} of ${all.length} regexes in src/core are not safe`);
  });

  it('no regex has exponential backtracking according to scslre', () => {
    const bad = all.filter((r) => exponentialBySCSLRE(r.source, r.flags)).map((r) => `${r.where}  /${r.source}/${r.flags}`);
    assert.deepEqual(bad, []);
  });

  it('every regex the lexicon builds from its word lists is safe according to recheck', () => {
    const bad = BUILT_REGEXES.map((r) => ({ r, d: checkRegex(r.source, r.flags) }))
      .filter(({ d }) => d.status !== 'safe')
      .map(({ r, d }) => `/${r.source}/${r.flags}  → ${d.status}: ${describeAttack(d)}`);
    assert.deepEqual(bad, []);
  });

  it('every RegExp built at run time is listed here and reviewed', () => {
    // A regex built from a variable cannot be checked statically. Each one must be built only from
    // escaped literal text (e.g. a name to find), never from a pattern the essay supplies.
    const dynamic = files.flatMap((f) => collectRegexes(relative(ROOT, f), readFileSync(f, 'utf8')).dynamic);
    // lexicon.ts joins escaped word forms of lexicon/data.ts into alternations; the next test checks what it builds.
    const reviewed: string[] = ['src/core/lexicon/lexicon.ts'];
    assert.deepEqual(
      dynamic.map((w) => w.replace(/:\d+$/, '')).filter((f) => !reviewed.includes(f)),
      [],
      'review the new dynamic RegExp, then add its file to the list',
    );
  });
});
