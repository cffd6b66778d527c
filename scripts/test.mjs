// npm test: build, then every test tier in turn: unit (mocha in Node), integration (inside a real VS Code),
// ui (Chromium drives the VS Code workbench), web (the browser bundle in VS Code's web worker extension host), installed (the .vsix, packaged and installed into a clean VS Code; it
// comes last because packaging leaves the release build in dist/). Prints a line per tier and, last, a plain `N passed, N failed` that
// CI reads. Exits non-zero if anything failed, including a tier that could not run at all (counted as one failure).
//
//   npm test                      everything
//   npm test -- unit integration  only the named tiers (after the build)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const allTiers = ['unit', 'integration', 'ui', 'web', 'installed'];
const wanted = process.argv.slice(2);
for (const tier of wanted) {
  if (!allTiers.includes(tier)) {
    console.error(`citeread: FAILED: unknown tier "${tier}" — use ${allTiers.join(', ')}`);
    process.exit(2);
  }
}
// Ctrl-C reaches the running child too (same process group): let it clean up, then stop.
let interrupted = false;
process.on('SIGINT', () => {
  interrupted = true;
});

const tiers = wanted.length ? allTiers.filter((tier) => wanted.includes(tier)) : allTiers;

/** Runs node with `args`, output shown as it comes; resolves to the exit code and (if `capture`) the output. */
function node(args, { capture = false } = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'] });
    let output = '';
    if (capture) {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
        process.stderr.write(chunk);
      });
    }
    child.on('exit', (code, signal) => resolvePromise({ code: code ?? (signal ? 1 : 0), output }));
  });
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)}s`;
}

const lines = [];
let passed = 0;
let failed = 0;
/** Lines printed again just before the summary: what failed, so that the log's tail says it. */
const recap = [];
let buildOk = true;

{
  const started = Date.now();
  console.log('── build');
  const { code } = await node([join(root, 'scripts', 'build.mjs')]);
  buildOk = code === 0;
  if (!buildOk) failed++;
  lines.push(`build:       ${buildOk ? 'ok' : 'FAILED'} (${seconds(started)})`);
}

const scratch = mkdtempSync(join(tmpdir(), 'citeread-test-'));
for (const tier of tiers) {
  if (interrupted) break;
  const started = Date.now();
  console.log(`── ${tier}`);
  let result;
  if (tier === 'unit') {
    // The unit tier tests the sources through tsx, so it does not need the build.
    const { code, output } = await node([join(root, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--color'], { capture: true });
    const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
    const count = (word) => Number(plain.match(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'm'))?.[1] ?? 0);
    result = { passed: count('passing'), failed: count('failing'), pending: count('pending') };
    // The failures again at the end, beside the summary: a log read from its tail still names what failed.
    const failing = plain.search(/^\s*\d+ failing\b/m);
    if (failing >= 0) recap.push(`── unit failures`, ...plain.slice(failing).split('\n').slice(0, 80));
    if (/No test files found/i.test(plain)) result = { passed: 0, failed: 0, pending: 0, error: 'no unit tests found' };
    else if (code !== 0 && result.failed === 0) result = { ...result, failed: 1, error: `mocha exited with code ${code}` };
  } else if (!buildOk) {
    result = { passed: 0, failed: 1, error: 'not run: the build failed' };
  } else {
    const summary = join(scratch, `${tier}.json`);
    const { code } = await node([join(root, 'scripts', 'run-vscode-tests.mjs'), tier, '--no-build', '--summary', summary]);
    try {
      result = JSON.parse(readFileSync(summary, 'utf8'));
    } catch {
      result = { passed: 0, failed: 0, error: `the runner exited with code ${code} without a summary` };
    }
    if (result.error) result.failed += 1;
    else if (code !== 0 && result.failed === 0) result = { ...result, failed: 1, error: `the runner exited with code ${code}` };
  }
  passed += result.passed;
  failed += result.failed;
  const extra = [result.pending ? `${result.pending} pending` : '', result.vscodeVersion ? `VS Code ${result.vscodeVersion}` : '', result.error ?? '', seconds(started)]
    .filter(Boolean)
    .join(', ');
  lines.push(`${`${tier}:`.padEnd(12)} ${result.passed} passed, ${result.failed} failed (${extra})`);
}
rmSync(scratch, { recursive: true, force: true });
if (interrupted) {
  console.error('citeread: interrupted (Ctrl-C)');
  process.exit(130);
}

for (const line of recap) console.log(line);
console.log('── summary');
for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
