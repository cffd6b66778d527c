// Bundles the extension and the command line with esbuild into dist/.
// --release: minified, no source maps. Otherwise: source maps for development.
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';

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

const results = await Promise.all([
  esbuild.build({ ...common, entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: { cli: 'src/cli.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } }),
]);
chmodSync('dist/cli.js', 0o755);

for (const result of results) {
  for (const [file, { bytes }] of Object.entries(result.metafile.outputs)) {
    if (file.endsWith('.js')) console.log(`${file.padEnd(28)} ${(bytes / 1024).toFixed(1).padStart(8)} KiB`);
  }
}
