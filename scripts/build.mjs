// Bundles the extension and the command line with esbuild into dist/, and the test suites that run inside VS Code
// (test/integration) or drive it from a browser (test/ui) into out/test/.
// --release: minified, no source maps, no test suites. Otherwise: source maps for development.
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, readdirSync, rmSync } from 'node:fs';

const release = process.argv.includes('--release');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: release,
  sourcemap: release ? false : 'linked',
  logLevel: 'warning',
  metafile: true,
};

// mocha's package entry is an ES module; the CommonJS build beside it loads the same way in every Node and in the
// extension host, from the project's node_modules.
const mochaAsCommonJs = {
  name: 'mocha-cjs',
  setup(build) {
    build.onResolve({ filter: /^mocha$/ }, () => ({ path: 'mocha/lib/mocha.cjs', external: true }));
  },
};

/** Every `*.ts` in `dir` (the index and the drivers as well as the `*.test.ts` files), as esbuild entry points. */
function entries(dir) {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
      .map((name) => [name.slice(0, -3), `${dir}/${name}`]),
  );
}

function testSuite(dir, external) {
  const entryPoints = entries(dir);
  // A stale bundle of a deleted test would still be discovered and run.
  if (existsSync(`out/${dir}`)) {
    for (const name of readdirSync(`out/${dir}`)) {
      if (!(name.replace(/\.js$/, '') in entryPoints)) rmSync(`out/${dir}/${name}`, { force: true });
    }
  }
  // One build per file: a file that does not compile fails the build, and its old bundle is removed so that
  // it cannot run stale, but the others are still fresh.
  return Object.entries(entryPoints).map(([name, file]) =>
    esbuild
      .build({ ...common, sourcemap: 'inline', metafile: false, entryPoints: { [name]: file }, outdir: `out/${dir}`, external, plugins: [mochaAsCommonJs] })
      .catch((error) => {
        rmSync(`out/${dir}/${name}.js`, { force: true });
        throw error;
      }),
  );
}

const settled = await Promise.allSettled([
  esbuild.build({ ...common, entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: { cli: 'src/cli.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } }),
  // Large essays are analysed in a worker thread (src/essay/backgroundAnalysis.ts).
  esbuild.build({ ...common, entryPoints: { analysisWorker: 'src/essay/analysisWorker.ts' }, outdir: 'dist' }),
  // The formatter (citation-js) is its own bundle, loaded on the first copy (src/sources/formatter.ts).
  esbuild.build({ ...common, entryPoints: { format: 'src/core/format/index.ts' }, outdir: 'dist' }),
  // The document readers (pdf.js, mammoth, htmlparser2, markdown-it), loaded on the first such file (src/essay/loadReaders.ts).
  esbuild.build({ ...common, entryPoints: { formats: 'src/core/formats/index.ts' }, outdir: 'dist' }),
  ...(release ? [] : [...testSuite('test/integration', ['vscode', 'mocha']), ...testSuite('test/ui', ['vscode', 'mocha', 'playwright-core'])]),
]);
// esbuild has printed the errors of any output that failed; the others are still written.
if (settled.some((outcome) => outcome.status === 'rejected')) {
  console.error('build failed');
  process.exit(1);
}
chmodSync('dist/cli.js', 0o755);

for (const { value: result } of settled) {
  for (const [file, { bytes }] of Object.entries(result.metafile?.outputs ?? {})) {
    if (file.endsWith('.js')) console.log(`${file.padEnd(28)} ${(bytes / 1024).toFixed(1).padStart(8)} KiB`);
  }
}
