// `citeread library DIR`, run as a real process on a scratch folder of essays that share sources, with
// the worker threads of the real build, a bibliography, and files that cannot be read.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = join(__dirname, '..', '..');
let dir = '';
let cli = '';
let essays = '';

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface LibraryJson {
  essays: { file: string; citations: number; references: number }[];
  works: { id: string; csl: { title?: string }; essays: { file: string; citations: number }[]; bibliography: null | { file: string; key: string } }[];
  unreadable: { file: string; reason: string }[];
}

describe('citeread library', function () {
  this.timeout(180_000);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'citeread-library-'));
    // The command line and its worker bundle side by side, as scripts/build.mjs writes them to dist/.
    const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' } as const;
    await esbuild.build({
      ...common,
      entryPoints: { cli: join(ROOT, 'src', 'cli.ts'), indexWorker: join(ROOT, 'src', 'library', 'indexWorker.ts'), formats: join(ROOT, 'src', 'core', 'formats', 'index.ts') },
      outdir: join(dir, 'bin'),
    });
    cli = join(dir, 'bin', 'cli.js');
    essays = join(dir, 'reader');
    mkdirSync(join(essays, 'course', 'week 2'), { recursive: true });
    mkdirSync(join(essays, 'node_modules', 'pkg'), { recursive: true });
    mkdirSync(join(essays, '.git'), { recursive: true });
    copyFileSync(join(ROOT, 'corpus', 'soft-balancing.txt'), join(essays, 'soft-balancing.txt'));
    copyFileSync(join(ROOT, 'test/fixtures/essays/dispersione-scolastica-it.txt'), join(essays, 'course', 'dispersione.txt'));
    // The same essay as Markdown (a blank line after every line, so that each entry is a paragraph): every one of
    // its works is then listed by two essays.
    const schooladvies = readFileSync(join(ROOT, 'test/fixtures/essays/schooladvies-kansen.txt'), 'utf8');
    writeFileSync(join(essays, 'course', 'week 2', 'schooladvies.md'), `# ${schooladvies.replace(/\n+/g, '\n\n')}`);
    copyFileSync(join(ROOT, 'test/fixtures/essays/schooladvies-kansen.txt'), join(essays, 'course', 'schooladvies-copy.txt'));
    writeFileSync(join(essays, 'empty.md'), '');
    writeFileSync(join(essays, 'figure.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    // 50 MB of nothing (sparse): refused by its size before it is read.
    writeFileSync(join(essays, 'huge.txt'), '');
    truncateSync(join(essays, 'huge.txt'), 50 * 1024 * 1024);
    copyFileSync(join(ROOT, 'corpus', 'soft-balancing.txt'), join(essays, 'node_modules', 'pkg', 'README.txt'));
    copyFileSync(join(ROOT, 'corpus', 'soft-balancing.txt'), join(essays, '.git', 'notes.txt'));
    writeFileSync(join(essays, 'data.csv'), 'a,b\n1,2\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the essays and the works as JSON, with the bibliography entry of each, and lists unreadable files', () => {
    const r = run('library', essays, '--json', '--bib', join(ROOT, 'test/fixtures/bibliographies/zotero-bbt.bib'));
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout) as LibraryJson;
    assert.deepEqual(
      json.essays.map((e) => e.file),
      ['course/dispersione.txt', 'course/schooladvies-copy.txt', 'course/week 2/schooladvies.md', 'soft-balancing.txt'],
    );
    const seed = json.essays.find((e) => e.file === 'soft-balancing.txt');
    assert.deepEqual(seed, { file: 'soft-balancing.txt', citations: 17, references: 10 });
    assert.deepEqual(
      json.unreadable.map((u) => u.file),
      ['empty.md', 'figure.txt', 'huge.txt'],
    );
    assert.match(json.unreadable[0].reason, /empty/);
    assert.match(json.unreadable[1].reason, /not a text file/);
    assert.match(json.unreadable[2].reason, /too large \(50 MB/);

    // Bourdieu & Passeron (1970) is cited by the three school essays; it comes first and is in the bibliography.
    const first = json.works[0];
    assert.deepEqual(first.essays.map((e) => e.file), ['course/dispersione.txt', 'course/schooladvies-copy.txt', 'course/week 2/schooladvies.md']);
    assert.deepEqual(first.bibliography, { file: join(ROOT, 'test/fixtures/bibliographies/zotero-bbt.bib'), key: 'bourdieu1970reproduction' });
    for (let i = 1; i < json.works.length; i++) assert.ok(json.works[i - 1].essays.length >= json.works[i].essays.length, 'most essays first');
    const paul = json.works.find((w) => w.bibliography?.key === 'paul2005soft');
    assert.deepEqual(paul?.essays, [{ file: 'soft-balancing.txt', citations: 1 }]);
    assert.equal(json.works.filter((w) => w.bibliography?.key === 'pape2005soft').length, 0, 'Pape 2004 is not Pape 2005');
    assert.match(r.stderr, /citeread: warning: empty\.md: the file is empty/);
  });

  it('prints a readable report, works cited by the most essays first, and the unreadable files with their reasons', () => {
    const r = run('library', essays, '--bib', join(ROOT, 'test/fixtures/bibliographies/mendeley.ris'));
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.match(lines[0], /^Library of .*reader: 4 essays, \d+ works \(\d+ listed by more than one essay\); 3 unreadable$/);
    assert.match(lines[1], /^Your bibliography \(.*mendeley\.ris, 3 entries\): 2 of the works are in it, \d+ are new$/);
    const firstWork = lines.findIndex((l) => l === 'Works, cited by the most essays first') + 1;
    assert.match(lines[firstWork], /^ {2}3 essays +\d+ citations +Bourdieu & Passeron 1970 — La reproduction/);
    assert.match(r.stdout, /Brooks & Wohlforth 2005 — Hard Times for Soft Balancing {2}\[in your bibliography: brooks2005hard\]/);
    assert.match(r.stdout, /\nUnreadable \(3\)\n {2}empty\.md: the file is empty\n {2}figure\.txt: not a text file/);
  });

  it('keeps the summaries in a --cache file and answers the same from it', () => {
    const cache = join(dir, 'library-cache.json');
    const cold = run('library', essays, '--json', '--cache', cache);
    assert.equal(cold.status, 0, cold.stderr);
    assert.ok(existsSync(cache));
    const stored = JSON.parse(readFileSync(cache, 'utf8')) as { summaries: { file: string }[] };
    // Two text files of the same content share one summary; the Markdown file of that content has its own.
    assert.equal(stored.summaries.length, 4);
    const warm = run('library', essays, '--json', '--cache', cache);
    assert.equal(warm.stdout, cold.stdout);
  });

  const BAD: { name: string; args: () => string[]; message: RegExp }[] = [
    { name: 'a missing folder', args: () => ['library', join(dir, 'nope')], message: /^citeread: error: .*nope: no such folder\n$/ },
    { name: 'a file instead of a folder', args: () => ['library', join(essays, 'soft-balancing.txt')], message: /not a folder/ },
    { name: 'a missing bibliography', args: () => ['library', essays, '--bib', join(dir, 'nope.bib')], message: /^citeread: error: .*nope\.bib: no such file\n$/ },
    { name: '--bib without a file', args: () => ['library', essays, '--bib'], message: /--bib needs a FILE/ },
    { name: 'no folder', args: () => ['library'], message: /library needs a folder DIR/ },
  ];
  for (const row of BAD) {
    it(`says in one line what is wrong: ${row.name}`, () => {
      const r = run(...row.args());
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, row.message);
    });
  }

  it('exits 2 when no essay of the folder can be read', () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'empty.txt'), '');
    const r = run('library', bad);
    assert.equal(r.status, 2);
    assert.match(r.stdout, /Unreadable \(1\)\n {2}empty\.txt: the file is empty/);
  });
});
