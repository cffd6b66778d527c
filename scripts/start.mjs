// npm start: builds the extension and opens the bundled essay in VS Code, as the citation-aware essay, with the
// extension loaded from this folder.
// With a desktop `code` on PATH, in a new desktop window. Otherwise in the offline VS Code (the VS Code server from
// code-server, installed into the cache on first use): prints the address to open in a browser and serves it until
// Ctrl-C. CITEREAD_VSCODE=offline forces the second; CITEREAD_PORT picks the port; --no-build skips the build.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HarnessError, ensureOfflineVSCode, fail, installExitHooks, log, startServer, workbenchUrl } from './vscode-offline.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'corpus');

function bundledEssay() {
  const essays = readdirSync(corpus)
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort();
  if (essays.length === 0) throw new HarnessError(`no essay in ${corpus}`, 'put a .txt or .md essay there');
  return join(corpus, essays[0]);
}

// VS Code opens the files it starts with through a file system provider, which the read-only `citeread:` documents
// do not have (an essay address given at start-up is dropped). So the window opens a folder whose settings associate
// the essay's file with the essay language (`files.associations`), and Citeread opens such a file as the
// citation-aware essay in its place, as it does for any reader who sets that association.
const howToRead =
  'It opens as the citation-aware essay: rest the mouse on a citation such as (Paul, 2005), or open the Citeread view (the book in the activity bar). The walkthrough "Read an Essay with Citeread" (Help → Welcome) shows the rest.';

/** A copy of the bundled essays in test-results/start-workspace whose settings open the essay as an essay. */
function startWorkspace(essay) {
  const folder = join(root, 'test-results', 'start-workspace');
  rmSync(folder, { recursive: true, force: true });
  cpSync(corpus, folder, { recursive: true });
  mkdirSync(join(folder, '.vscode'), { recursive: true });
  writeFileSync(join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'files.associations': { [basename(essay)]: 'citeread-essay' } }, null, 2) + '\n');
  return { folder, essay: join(folder, basename(essay)) };
}

function hasDesktopCode() {
  return process.env.CITEREAD_VSCODE !== 'offline' && spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
}

async function main() {
  installExitHooks();
  const built = process.argv.includes('--no-build') ? { status: 0 } : spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new HarnessError('the build failed', 'fix the errors above (npm run build)');
  const { folder, essay } = startWorkspace(bundledEssay());

  if (hasDesktopCode()) {
    log(`opening ${essay} in the desktop VS Code with the extension from ${root}`);
    const code = spawn('code', ['--new-window', `--extensionDevelopmentPath=${root}`, folder, essay], { stdio: 'inherit' });
    await new Promise((resolvePromise) => code.on('exit', resolvePromise));
    log(`${essay}: ${howToRead}`);
    return;
  }

  log('no desktop `code` on PATH: serving the offline VS Code (code-server\'s VS Code server) instead');
  const vscode = await ensureOfflineVSCode();
  mkdirSync(join(root, 'test-results'), { recursive: true });
  const server = await startServer(vscode, { logFile: join(root, 'test-results', 'start-server.log') });
  const url = workbenchUrl(server.origin, { folder, extensionDevelopmentPath: root, openFile: essay });
  console.log('');
  console.log(`  VS Code ${vscode.version} with Citeread loaded from ${root}`);
  console.log(`  Open in a browser on this machine:`);
  console.log('');
  console.log(`  ${url}`);
  console.log('');
  console.log(`  The essay ${essay} is open in it.`);
  console.log(`  ${howToRead}`);
  console.log('  Ctrl-C stops the server.');
  const code = await new Promise((resolvePromise) => server.child.on('exit', resolvePromise));
  throw new HarnessError(`the VS Code server stopped (exit ${code})`, `see ${server.logFile}`);
}

main().catch(fail);
