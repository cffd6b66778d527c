// One running analysis per essay: a save that leaves the text as it was joins the running analysis
// instead of cancelling it, a changed text replaces it, and a reader waiting for the first analysis
// follows to the one that replaced it (an early hover is answered, not dropped).
import * as assert from 'node:assert/strict';
import { OneRun, type Task } from '../../src/essay/oneRun';

/** A task the test settles by hand; cancelling it settles it with undefined, as a cancelled analysis does. */
class ManualTask implements Task<string | undefined> {
  cancelled = false;
  readonly promise: Promise<string | undefined>;
  resolve!: (value: string | undefined) => void;
  constructor(readonly text: string) {
    this.promise = new Promise((resolve) => (this.resolve = resolve));
  }
  cancel(): void {
    this.cancelled = true;
    this.resolve(undefined);
  }
}

function harness() {
  const started: ManualTask[] = [];
  const runs = new OneRun<string, string | undefined>();
  const run = (text: string): Promise<string | undefined> =>
    runs.run(text, () => {
      const task = new ManualTask(text);
      started.push(task);
      return task;
    });
  return { runs, run, started };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('OneRun: one analysis per essay', () => {
  it('the same text again joins the running analysis: nothing is cancelled, nothing starts twice', async () => {
    const { run, started } = harness();
    const first = run('essay v1');
    const again = run('essay v1');
    assert.equal(again, first);
    assert.equal(started.length, 1);
    started[0].resolve('analysis of v1');
    assert.equal(await again, 'analysis of v1');
    assert.equal(started[0].cancelled, false);
  });

  it('a changed text cancels the running analysis and starts one for the new text', async () => {
    const { runs, run, started } = harness();
    const first = run('essay v1');
    const second = run('essay v2');
    assert.deepEqual(started.map((t) => [t.text, t.cancelled]), [['essay v1', true], ['essay v2', false]]);
    assert.equal(await first, undefined);
    assert.equal(runs.currentKey, 'essay v2');
    started[1].resolve('analysis of v2');
    assert.equal(await second, 'analysis of v2');
    await tick();
    assert.equal(runs.current, undefined);
  });

  it('a reader waiting for the first analysis follows to the one that replaced it', async () => {
    const { runs, run, started } = harness();
    let essay: string | undefined;
    void run('essay v1').then((v) => (essay ??= v));
    const waiting = runs.follow(() => essay !== undefined);
    void run('essay v2').then((v) => (essay ??= v));
    await tick();
    assert.equal(essay, undefined, 'the cancelled analysis gave nothing');
    let done = false;
    void waiting.then(() => (done = true));
    await tick();
    assert.equal(done, false, 'still waiting while the newer analysis runs');
    started[1].resolve('analysis of v2');
    await waiting;
    assert.equal(essay, 'analysis of v2');
  });

  it('follow returns at once when nothing runs, and when enough already holds', async () => {
    const { runs, run } = harness();
    await runs.follow(() => false);
    void run('essay v1');
    await runs.follow(() => true);
    assert.equal(runs.currentKey, 'essay v1');
  });

  it('a failed analysis clears the slot, and a follower stops waiting', async () => {
    const runs = new OneRun<string, string>();
    const failing = runs.run('essay', () => ({ promise: Promise.reject(new Error('engine failed')), cancel: () => undefined }));
    await assert.rejects(failing, /engine failed/);
    await runs.follow(() => false);
    assert.equal(runs.current, undefined);
  });

  it('cancel stops the running analysis; with none running it does nothing', async () => {
    const { runs, run, started } = harness();
    runs.cancel();
    const first = run('essay v1');
    runs.cancel();
    assert.equal(started[0].cancelled, true);
    assert.equal(await first, undefined);
  });
});
