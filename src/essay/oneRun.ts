// At most one task at a time for something whose input changes (an essay's text): a task for a
// new input cancels the running one, and asking again for the input already running joins it.
// No `vscode` import: the essay service wraps its analyses in it, and unit tests drive it directly.

/** A started task: its outcome, and how to stop it (the promise must then settle soon). */
export interface Task<T> {
  readonly promise: Promise<T>;
  cancel(): void;
}

export class OneRun<K, T> {
  private running: { readonly key: K; readonly task: Task<T> } | undefined;

  /** The running task's outcome, if one runs. */
  get current(): Promise<T> | undefined {
    return this.running?.task.promise;
  }

  /** The input of the running task, if one runs. */
  get currentKey(): K | undefined {
    return this.running?.key;
  }

  /**
   * The task for `key`: the running one when it is for the same input, else a new one from
   * `begin` (the running one is cancelled first).
   */
  run(key: K, begin: () => Task<T>): Promise<T> {
    if (this.running && Object.is(this.running.key, key)) return this.running.task.promise;
    this.running?.task.cancel();
    const entry = { key, task: begin() };
    this.running = entry;
    const clear = (): void => {
      if (this.running === entry) this.running = undefined;
    };
    entry.task.promise.then(clear, clear);
    return entry.task.promise;
  }

  /** Cancels the running task, if any. */
  cancel(): void {
    this.running?.task.cancel();
  }

  /**
   * Waits while tasks run, following each one that replaces the one waited for, until `enough`
   * holds or none runs.
   */
  async follow(enough: () => boolean): Promise<void> {
    while (!enough() && this.running) await this.running.task.promise.then(noop, noop);
  }
}

function noop(): void {}
