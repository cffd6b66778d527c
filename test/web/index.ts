// The web tier's entry: `run()` is called by VS Code in the web worker extension host (VS Code for the Web), where
// only `vscode` can be required and Node's modules do not exist. A small runner of its own (no mocha, no Node
// `assert`): each test is logged as a line that reaches the page through codeAutomationLog, and `run()` rejects when
// one failed, which VS Code turns into codeAutomationExit(1) (scripts/run-vscode-tests.mjs web reads both).
import { tests } from './harness';
import './features.test';
import './library.test';

export async function run(): Promise<void> {
  let passed = 0;
  let failed = 0;
  console.log(`[web] ${tests.length} tests`);
  for (const { title, fn, timeoutMs } of tests) {
    const start = Date.now();
    try {
      await Promise.race([
        fn(),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs)),
      ]);
      passed++;
      console.log(`[web] pass: ${title} (${Date.now() - start}ms)`);
    } catch (error) {
      failed++;
      console.log(`[web] fail: ${title}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  console.log(`[web] end: ${passed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} web test${failed === 1 ? '' : 's'} failed`);
}
