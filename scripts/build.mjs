// Bundles the extension and the command line with esbuild into dist/, and the test suites that run inside VS Code
// (test/integration, test/installed) or drive it from a browser (test/ui) into out/test/.
// --release: minified, no source maps, no test suites. Otherwise: source maps for development.
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

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

// VS Code for the Web: the same extension bundled for a web worker. The one seam between the runtimes is
// src/platform: its Node side (index.ts) is replaced by its web side (browser.ts). Nothing else may differ, and no
// Node module may come in: esbuild's browser platform refuses `node:*` and Node's built-in modules.
const platformSeam = {
  name: 'web-platform',
  setup(build) {
    build.onResolve({ filter: /(^|\/)platform$/ }, (args) =>
      args.importer.includes('/src/') ? { path: resolve(dirname(args.importer), args.path, 'browser.ts') } : undefined,
    );
    // citation-js fetches remote files through node-fetch; the formatter never does, and a browser has fetch.
    build.onResolve({ filter: /^node-fetch$/ }, () => ({ path: resolve('src/platform/fetch.browser.ts') }));
  },
};
const web = { ...common, platform: 'browser', target: 'es2022', external: ['vscode'], plugins: [platformSeam], define: { global: 'globalThis' } };

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
  // Large essays are analysed in a worker thread (src/essay/workerAnalyzer.ts, src/platform).
  esbuild.build({ ...common, entryPoints: { analysisWorker: 'src/essay/analysisWorker.ts' }, outdir: 'dist' }),
  // The library's indexer summarises essays in worker threads (src/library).
  esbuild.build({ ...common, entryPoints: { indexWorker: 'src/library/indexWorker.ts' }, outdir: 'dist' }),
  // The extension's desktop side loads the indexer (and its pool) from its own bundle when it first indexes a library.
  esbuild.build({ ...common, entryPoints: { indexer: 'src/library/index.ts' }, outdir: 'dist' }),
  // The formatter (citation-js) is its own bundle, loaded on the first copy (src/sources/formatter.ts), and the one
  // copy of citation-js in the package: built for the browser (no Node module in it) as a CommonJS module, which the
  // desktop requires and the web build evaluates (src/platform).
  esbuild.build({ ...web, format: 'cjs', entryPoints: { format: 'src/core/format/index.ts' }, outdir: 'dist' }),
  // The document readers (pdf.js, mammoth, htmlparser2, markdown-it), loaded on the first such file (src/platform).
  esbuild.build({ ...common, entryPoints: { formats: 'src/core/formats/index.ts' }, outdir: 'dist' }),
  esbuild.build({ ...web, entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist/web' }),
  // Its document readers, loaded on the first such file (src/platform/browser.ts).
  esbuild.build({ ...web, entryPoints: { formats: 'src/core/formats/index.ts' }, outdir: 'dist/web' }),
  // The PDF view's script (src/pdfView/webview) with pdf.js, run inside its webview on the desktop and the web alike.
  esbuild.build({ ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: { pdfView: 'src/pdfView/webview/main.ts' }, outdir: 'dist' }),
  // Its Web Worker for large essays (src/platform/browser.ts starts it).
  esbuild.build({ ...web, format: 'iife', entryPoints: { analysisWorker: 'src/essay/analysisWorker.browser.ts' }, outdir: 'dist/web' }),
  // The web tier's suite runs in the web worker extension host, from inside the (staged) extension's folder.
  ...(release ? [] : [esbuild.build({ ...web, sourcemap: 'inline', metafile: false, entryPoints: { index: 'test/web/index.ts' }, outdir: 'dist/web/test' })]),
  ...(release
    ? []
    : [
        ...testSuite('test/integration', ['vscode', 'mocha']),
        ...testSuite('test/installed', ['vscode', 'mocha']),
        ...testSuite('test/ui', ['vscode', 'mocha', 'playwright-core']),
      ]),
]);
// esbuild has printed the errors of any output that failed; the others are still written.
if (settled.some((outcome) => outcome.status === 'rejected')) {
  console.error('build failed');
  process.exit(1);
}
chmodSync('dist/cli.js', 0o755);

// citation-js is heavy: it ships once, in the formatter's bundle, and every other bundle that ships loads that one.
const formatterOnly = /node_modules[\\/]@citation-js[\\/]/;
for (const { value: result } of settled) {
  for (const [file, { inputs }] of Object.entries(result.metafile?.outputs ?? {})) {
    if (!file.endsWith('.js') || file === 'dist/format.js' || file === 'dist/cli.js') continue;
    const heavy = Object.keys(inputs).filter((input) => formatterOnly.test(input));
    if (heavy.length > 0) {
      console.error(`build failed: ${file} bundles citation-js (${heavy[0]}, …); load it from dist/format.js instead`);
      process.exit(1);
    }
  }
}

for (const { value: result } of settled) {
  for (const [file, { bytes }] of Object.entries(result.metafile?.outputs ?? {})) {
    if (file.endsWith('.js')) console.log(`${file.padEnd(28)} ${(bytes / 1024).toFixed(1).padStart(8)} KiB`);
  }
}
