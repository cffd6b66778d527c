// Runs the property tests of test/unit/fuzz.test.ts with many more cases and a fresh seed.
//   FUZZ_RUNS=50000 (default) FUZZ_SEED=<n> (default: random, printed) npm run fuzz
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = process.env.FUZZ_RUNS ?? '50000';
const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`fuzz: ${runs} runs, seed ${seed}`);
console.log(`reproduce: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz`);

const mocha = join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const result = spawnSync(
  process.execPath,
  [mocha, '--no-config', '--require', 'tsx/cjs', '--extension', 'ts', '--timeout', '0', '--reporter', 'spec', 'test/unit/fuzz.test.ts'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed } },
);
if (result.status !== 0) console.log(`\nfuzz FAILED; reproduce: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz`);
process.exit(result.status ?? 1);
