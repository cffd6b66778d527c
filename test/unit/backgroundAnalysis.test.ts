// The worker-thread analyser: same result as in-process, the host thread stays free, cancellation
// terminates the worker at once. The worker entry is bundled here exactly as scripts/build.mjs does.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { analyze, CancelledError } from '../../src/core/analyze';
import { createBackgroundAnalyzer, type CancellationTokenLike } from '../../src/essay/backgroundAnalysis';
import { synthEssay } from '../support/synth';

class TestToken implements CancellationTokenLike {
  isCancellationRequested = false;
  private readonly listeners = new Set<() => unknown>();
  onCancellationRequested(listener: () => unknown): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }
  cancel(): void {
    this.isCancellationRequested = true;
    for (const l of [...this.listeners]) l();
  }
}

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('createBackgroundAnalyzer', function () {
  this.timeout(60_000);
  let dir: string;
  let script: string;
  const big = synthEssay({ size: 3 * 1024 * 1024, seed: 5 }).text;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'citeread-worker-'));
    script = join(dir, 'analysisWorker.js');
    await esbuild.build({ entryPoints: [join(__dirname, '..', '..', 'src', 'essay', 'analysisWorker.ts')], outfile: script, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const texts: [string, string][] = [
    ['a synthetic essay', synthEssay({ size: 20_000, seed: 3 }).text],
    ['an essay with a BOM and CRLF', '\ufeff' + synthEssay({ size: 8_000, seed: 4 }).text.replace(/\n/g, '\r\n')],
    ['an empty text', ''],
  ];
  for (const [name, text] of texts) {
    it(`gives the in-process result for ${name}, in the worker and in-process`, async () => {
      const inWorker = createBackgroundAnalyzer(script, { inProcessLimit: 0 });
      const inProcess = createBackgroundAnalyzer(script, { inProcessLimit: Infinity });
      const expected = plain(analyze(text));
      assert.deepEqual(plain(await inWorker.analyzeText(text)), expected);
      assert.deepEqual(plain(await inProcess.analyzeText(text)), expected);
    });
  }

  it('keeps the calling thread free while a large essay is analysed', async () => {
    const analyzer = createBackgroundAnalyzer(script);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const t0 = Date.now();
    const analysis = await analyzer.analyzeText(big);
    const elapsed = Date.now() - t0;
    clearInterval(timer);
    assert.ok(analysis.citations.length > 1000);
    assert.equal(analysis.text, big);
    // A blocked thread would tick once at the end; a free one ticks throughout.
    assert.ok(ticks >= Math.min(10, elapsed / 20), `${ticks} timer ticks during ${elapsed} ms`);
  });

  it('rejects with CancelledError soon after cancellation, and works again afterwards', async () => {
    const analyzer = createBackgroundAnalyzer(script);
    const started = Date.now();
    await analyzer.analyzeText(big);
    const whole = Date.now() - started;
    const token = new TestToken();
    const running = analyzer.analyzeText(big, token);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const t0 = Date.now();
    token.cancel();
    await assert.rejects(running, CancelledError);
    // Before the analysis could have finished: the worker is stopped, not waited for.
    const stopped = Date.now() - t0;
    assert.ok(stopped < whole, `the worker stopped ${stopped} ms after cancellation; a whole analysis takes ${whole} ms`);
    const again = await analyzer.analyzeText(texts[0][1]);
    assert.ok(again.citations.length > 0);
  });

  it('rejects at once when the token is already cancelled', async () => {
    const token = new TestToken();
    token.cancel();
    await assert.rejects(createBackgroundAnalyzer(script).analyzeText(big, token), CancelledError);
    await assert.rejects(createBackgroundAnalyzer(script).analyzeText('short', token), CancelledError);
  });

  it('dispose() cancels what is running', async () => {
    const analyzer = createBackgroundAnalyzer(script);
    const running = analyzer.analyzeText(big);
    await new Promise((resolve) => setTimeout(resolve, 20));
    analyzer.dispose();
    await assert.rejects(running, CancelledError);
  });

  it('analyses in-process when the worker script is missing', async () => {
    const analyzer = createBackgroundAnalyzer(join(dir, 'missing.js'), { inProcessLimit: 0 });
    const text = texts[0][1];
    assert.deepEqual(plain(await analyzer.analyzeText(text)), plain(analyze(text)));
  });
});
