// What the web suite's tests are written with: `test(title, fn)` registers a test (run in order by ./index.ts), and
// `check`/`equal` fail it with a message. Node's `assert` does not exist in the web worker extension host.

export interface WebTest {
  readonly title: string;
  readonly fn: () => unknown;
  readonly timeoutMs: number;
}

export const tests: WebTest[] = [];

export function test(title: string, fn: () => unknown, timeoutMs = 60_000): void {
  tests.push({ title, fn, timeoutMs });
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export function equal<T>(actual: T, expected: T, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** Polls `get` until `ok` holds of its value, or fails after `ms`. */
export async function until<T>(what: string, get: () => T | Promise<T>, ok: (value: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await get();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not there after ${ms} ms (last: ${JSON.stringify(value)?.slice(0, 300)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
