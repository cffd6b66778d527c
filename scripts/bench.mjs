// npm run bench: builds the extension (for bundle sizes), bundles bench/bench.ts with esbuild as
// the extension is bundled (realistic numbers, no TypeScript loader in the loop) and runs it.
// `npm run bench -- --library` measures the library alone, `npm run bench -- --documents` the documents alone,
// `npm run bench -- --reading-view` the reading view alone.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) console.log('npm run build failed: bundle sizes may be stale');

const outfile = join(root, 'out', 'bench', 'bench.js');
await esbuild.build({
  entryPoints: [join(root, 'bench', 'bench.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // The reading view's row drives Chromium through playwright-core, loaded from node_modules as it is.
  external: ['playwright-core'],
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env: { ...process.env, CITEREAD_ROOT: root } });
process.exit(run.status ?? 1);
