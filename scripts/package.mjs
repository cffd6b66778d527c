// npm run package: builds the release bundles (vscode:prepublish) and writes citeread-<version>.vsix with @vscode/vsce,
// offline. Prints the package's size and every file in it.
//
// The README shown on the extension's page is README.md without the parts marked `<!-- not in the package -->` …
// `<!-- /not in the package -->` (how to build and test the project) and without its pictures, which that page would
// not show (scripts/packageReadme.mjs says why).
//
//   node scripts/package.mjs [--out file.vsix] [--exclude path]   (--exclude: leave out a file that .vscodeignore lets in,
//                                                                 to see the installed tier fail)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageReadme } from './packageReadme.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function parseArgs(argv) {
  const args = { out: join(root, `${pkg.name}-${pkg.version}.vsix`), exclude: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') args.out = resolve(argv[++i]);
    else if (argv[i] === '--exclude') args.exclude.push(argv[++i]);
    else {
      console.error(`citeread: FAILED: unknown option ${argv[i]} — usage: package.mjs [--out file.vsix] [--exclude glob]`);
      process.exit(2);
    }
  }
  return args;
}

function vsce(args) {
  return spawnSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

const args = parseArgs(process.argv.slice(2));
const readme = join(root, 'out', 'package', 'README.md');
mkdirSync(dirname(readme), { recursive: true });
writeFileSync(readme, packageReadme(readFileSync(join(root, 'README.md'), 'utf8')));

// vsce lets a file in when any `!` line names it, whatever comes after: leaving a file out removes its `!` line.
const ignore = join(root, 'out', 'package', '.vscodeignore');
const lines = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n');
for (const glob of args.exclude) {
  if (!lines.includes(`!${glob}`)) {
    console.error(`citeread: FAILED: --exclude ${glob}: .vscodeignore has no line !${glob} — name a file the package lets in`);
    process.exit(2);
  }
}
writeFileSync(ignore, lines.filter((line) => !args.exclude.includes(line.slice(1))).join('\n'));

// No repository is named in package.json (there is none to name); vsce asks about it unless told.
// --no-dependencies: everything the extension runs is bundled into dist/ (node_modules does not ship).
const common = ['--no-dependencies', '--readme-path', relative(root, readme), '--ignoreFile', relative(root, ignore)];
const packed = vsce(['package', ...common, '--allow-missing-repository', '--out', args.out]);
process.stdout.write(packed.stdout ?? '');
if (packed.status !== 0) {
  console.error(`citeread: FAILED: vsce package exited with code ${packed.status}`);
  process.exit(1);
}
const listed = vsce(['ls', ...common]);
const files = (listed.stdout ?? '').split('\n').filter(Boolean);
console.log(`${files.length} files in the package:`);
for (const file of files) {
  let size = '';
  try {
    size = `${(statSync(join(root, file)).size / 1024).toFixed(1).padStart(8)} KiB`;
  } catch {
    // A file vsce generates (the README given by path).
  }
  console.log(`  ${file.padEnd(32)} ${size}`);
}
const bytes = statSync(args.out).size;
console.log(`package: ${args.out} (${(bytes / 1024).toFixed(1)} KiB)`);
