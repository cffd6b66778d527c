// The integration suite's entry, in the shape @vscode/test-electron and VS Code's `extensionTestsPath` expect:
// `run()` is called inside the extension host, loads every compiled *.test.js next to it and runs them with mocha.
// Both mocha interfaces work: `suite`/`test` and `describe`/`it`.
//
// A browser tab gives no exit code back, so the suite also reports to a file: one JSON object per line
// (start, pass, fail, pending, end), at the path in CITEREAD_TEST_RESULT, which the runner sets on the server.
import { appendFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

type Event =
  | { event: 'start'; vscodeVersion: string; files: string[]; total: number }
  | { event: 'pass' | 'pending'; title: string; durationMs?: number }
  | { event: 'fail'; title: string; error: string }
  | { event: 'end'; passed: number; failed: number; pending: number };

function reporterFor(file: string | undefined): (event: Event) => void {
  if (!file) return () => {};
  writeFileSync(file, '');
  return (event) => appendFileSync(file, JSON.stringify(event) + '\n');
}

export async function run(): Promise<void> {
  const report = reporterFor(process.env.CITEREAD_TEST_RESULT);
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.CITEREAD_TEST_TIMEOUT_MS) || 30000,
    ...(process.env.CITEREAD_GREP ? { grep: process.env.CITEREAD_GREP } : {}),
  });
  // Also define suite/test/suiteSetup… so files may use either style.
  Mocha.interfaces.tdd(mocha.suite);

  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  for (const name of files) mocha.addFile(join(__dirname, name));

  let runner: Mocha.Runner;
  try {
    runner = mocha.run(() => {});
  } catch (error) {
    // A test file that throws while loading: report it as a failure rather than hang the runner.
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    report({ event: 'start', vscodeVersion: vscode.version, files, total: 0 });
    report({ event: 'fail', title: 'loading the test files', error: message });
    report({ event: 'end', passed: 0, failed: 1, pending: 0 });
    throw error;
  }
  report({ event: 'start', vscodeVersion: vscode.version, files, total: runner.total });

  let passed = 0;
  let failed = 0;
  let pending = 0;
  runner.on('pass', (test) => {
    passed++;
    report({ event: 'pass', title: test.fullTitle(), durationMs: test.duration });
  });
  runner.on('pending', (test) => {
    pending++;
    report({ event: 'pending', title: test.fullTitle() });
  });
  runner.on('fail', (test, error: Error) => {
    failed++;
    report({ event: 'fail', title: test.fullTitle(), error: error?.stack ?? String(error) });
  });
  await new Promise<void>((resolve) => runner.on('end', () => resolve()));
  report({ event: 'end', passed, failed, pending });
  if (failed > 0) throw new Error(`${failed} integration test${failed === 1 ? '' : 's'} failed`);
}
