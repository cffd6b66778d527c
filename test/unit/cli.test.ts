// The command line, run as a real process on real files: reports, JSON, and one-line errors.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import JSZip from 'jszip';
import { makePdf } from '../support/makePdf';

const ROOT = join(__dirname, '..', '..');
const SEED = join(ROOT, 'corpus', 'soft-balancing.txt');
let dir = '';
let cli = '';

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('citeread command line', function () {
  this.timeout(60_000);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'citeread-cli-'));
    // Bundle the command line as scripts/build.mjs does, into a scratch folder (dist/ may be stale).
    cli = join(dir, 'cli.js');
    await esbuild.build({ entryPoints: [join(ROOT, 'src', 'cli.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: cli, logLevel: 'error' });
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), '\n  \n\t\n');
    writeFileSync(join(dir, 'nul.bin'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x00, 0x41]));
    writeFileSync(join(dir, 'garbage.txt'), Buffer.from(Array.from({ length: 4000 }, (_, i) => 0x80 + ((i * 37) % 0x7f))));
    writeFileSync(join(dir, 'nolist.txt'), 'An essay (Paul, 2005) without a list.\n');
    writeFileSync(
      join(dir, 'list.txt'),
      'Wurman, Richard Saul. 2001. Information Anxiety 2. Indianapolis, IN: Que.\n\nBowers, John. 1993. The syntax of predication. Linguistic Inquiry 24. 591-656.\n',
    );
    writeFileSync(join(dir, 'bom.txt'), '\uFEFF' + readFileSync(SEED, 'utf8').replace(/\n/g, '\r\n'));
    writeFileSync(join(dir, 'notes.pdf'), 'Some notes (Paul, 2005), not a PDF.\n');
    writeFileSync(join(dir, 'locked.pdf'), makePdf([[{ text: 'Secret (Paul, 2005).', x: 72, y: 700 }]], { encrypted: true }));
    writeFileSync(join(dir, 'cut.pdf'), makePdf([[{ text: 'Cut short (Paul, 2005).', x: 72, y: 700 }]]).slice(0, 150));
    writeFileSync(join(dir, 'archive.docx'), await new JSZip().file('notes.txt', 'hello').generateAsync({ type: 'uint8array' }));
    writeFileSync(join(dir, 'deep.html'), '<div>'.repeat(100_000) + '(Smith, 2001)');
    writeFileSync(join(dir, 'page.html'), `<html><head><script>var x = "(Fake, 1999)";</script></head><body><h1>A page</h1><p>A claim (Paul, 2005).</p><h2>References</h2><ul><li>Paul, T. V. (2005). Soft balancing. International Security, 30(1).</li></ul></body></html>`);
    writeFileSync(join(dir, 'paper.pdf'), makePdf([[{ text: 'A claim (Paul, 2005).', x: 72, y: 700 }, { text: 'References', x: 72, y: 660, size: 12 }, { text: 'Paul, T. V. (2005). Soft balancing. International Security, 30(1).', x: 72, y: 640 }]]));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const BAD: { name: string; args: () => string[]; message: RegExp }[] = [
    { name: 'missing file', args: () => ['analyze', join(dir, 'nope.txt')], message: /^citeread: error: .*nope\.txt: no such file\n$/ },
    { name: 'a directory', args: () => ['analyze', dir], message: /^citeread: error: .*: is a directory\n$/ },
    { name: 'a binary file with NUL bytes', args: () => ['analyze', join(dir, 'nul.bin')], message: /^citeread: error: .*nul\.bin: not a text file \(.*NUL.*\)\n$/ },
    { name: 'mostly invalid UTF-8', args: () => ['analyze', join(dir, 'garbage.txt')], message: /^citeread: error: .*garbage\.txt: not a text file/ },
    { name: 'an empty file', args: () => ['analyze', join(dir, 'empty.txt')], message: /^citeread: error: .*empty\.txt: the file is empty\n$/ },
    { name: 'a file of blank lines', args: () => ['analyze', join(dir, 'blank.txt')], message: /^citeread: error: .*blank\.txt: the file is empty\n$/ },
    { name: 'no file named', args: () => ['analyze'], message: /^citeread: error: analyze needs a FILE/ },
    { name: 'an unknown command', args: () => ['frobnicate', SEED], message: /^citeread: error: unknown command/ },
    { name: 'an unknown option', args: () => ['analyze', SEED, '--frob'], message: /^citeread: error: unknown option --frob/ },
    { name: 'a text file named .pdf', args: () => ['analyze', join(dir, 'notes.pdf')], message: /^citeread: error: .*notes\.pdf: named \.pdf but it is not a PDF/ },
    { name: 'a PDF that needs a password', args: () => ['analyze', join(dir, 'locked.pdf')], message: /^citeread: error: .*locked\.pdf: this PDF needs a password/ },
    { name: 'a truncated PDF', args: () => ['text', join(dir, 'cut.pdf')], message: /^citeread: error: .*cut\.pdf: this PDF is damaged or truncated/ },
    { name: 'a zip that is not a Word document', args: () => ['analyze', join(dir, 'archive.docx')], message: /^citeread: error: .*archive\.docx: a zip archive but not a Word document/ },
    { name: 'HTML nested 100,000 elements deep', args: () => ['analyze', join(dir, 'deep.html')], message: /^citeread: error: .*deep\.html: the HTML is nested more than/ },
  ];
  for (const row of BAD) {
    it(`refuses ${row.name} with one line and exit 2`, () => {
      const r = run(...row.args());
      assert.equal(r.status, 2);
      assert.match(r.stderr, row.message);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
      assert.equal(r.stdout, '');
    });
  }

  it('reads a web page and a PDF: scripts never read, every citation linked; `text` prints the reading text', () => {
    for (const file of ['page.html', 'paper.pdf']) {
      const r = run('analyze', join(dir, file));
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^1 citation \(1 cited work: 1 linked, 0 ambiguous, 0 unresolved\); 1 reference, 0 uncited$/m, r.stdout);
      assert.doesNotMatch(r.stdout, /Fake/);
    }
    const t = run('text', join(dir, 'paper.pdf'));
    assert.equal(t.status, 0, t.stderr);
    assert.equal(t.stdout, 'A claim (Paul, 2005).\n\nReferences\n\nPaul, T. V. (2005). Soft balancing. International Security, 30(1).\n');
  });

  it('warns on stderr, exits 0, when the essay has no reference list', () => {
    const r = run('analyze', join(dir, 'nolist.txt'));
    assert.equal(r.status, 0);
    assert.match(r.stderr, /^citeread: warning: .*nolist\.txt: no reference list was found/);
    assert.match(r.stdout, /\(Paul, 2005\)/);
    assert.match(r.stdout, /Unresolved \(1\)/);
    assert.match(r.stdout, /^1 citation \(1 cited work: 0 linked, 0 ambiguous, 1 unresolved\); 0 references, 0 uncited$/m);
  });

  it('prints a readable report: each citation with its reference, then the sections', () => {
    const r = run('analyze', SEED);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^\s+3:\d+\s+\(Paul, 2005\)\n\s+→ r8 Paul 2005 {2}\[linked, \d\.\d\d\]/m);
    assert.match(r.stdout, /Mingjiang Li, 2008/);
    assert.match(r.stdout, /^17 citations \(17 cited works: 17 linked, 0 ambiguous, 0 unresolved\); 10 references, 0 uncited$/m);
    for (const heading of ['Citations', 'Unresolved (', 'Ambiguous (', 'Uncited references (']) assert.ok(r.stdout.includes(heading), heading);
  });

  it('prints JSON whose offsets slice the BOM-stripped text', () => {
    const r = run('analyze', join(dir, 'bom.txt'), '--json');
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout) as {
      references: { id: string; start: number; end: number; text: string; csl: object }[];
      citations: { start: number; end: number; text: string; works: { status: string; targets: string[]; confidence: number; reasons: string[] }[] }[];
    };
    const text = readFileSync(join(dir, 'bom.txt'), 'utf8').replace(/^\uFEFF/, '');
    assert.equal(json.citations.length, 17);
    assert.equal(json.references.length, 10);
    for (const ref of json.references) {
      assert.equal(text.slice(ref.start, ref.end), ref.text);
      assert.ok(ref.id && ref.csl);
    }
    for (const c of json.citations) {
      assert.equal(text.slice(c.start, c.end), c.text);
      for (const w of c.works) {
        assert.ok(['linked', 'ambiguous', 'unresolved'].includes(w.status));
        assert.ok(Array.isArray(w.targets) && Array.isArray(w.reasons) && typeof w.confidence === 'number');
      }
    }
  });

  it('parse "ENTRY": the labelled fields with their confidence, then the CSL-JSON', () => {
    const r = run('parse', 'Latour, Bruno. 1996. Aramis, or the Love of Technology. Translated by Catherine Porter. Cambridge, MA: Harvard University Press.');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^ {2}author +\d\.\d\d {2}Latour, Bruno\.$/m);
    assert.match(r.stdout, /^ {2}title +\d\.\d\d {2}Aramis, or the Love of Technology\.$/m);
    assert.match(r.stdout, /^ {2}translator +\d\.\d\d {2}Translated by Catherine Porter\.$/m);
    const csl = JSON.parse(/^ {2}CSL-JSON: (.*)$/m.exec(r.stdout)?.[1] ?? 'null') as { type: string; title: string };
    assert.equal(csl.type, 'book');
    assert.equal(csl.title, 'Aramis, or the Love of Technology');
  });

  it('parse --file LIST --json: every entry of the list, tokens with offsets into its text as read', () => {
    const r = run('parse', '--file', join(dir, 'list.txt'), '--json');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { entry: string; text: string; tokens: { text: string; start: number; end: number; label: string; confidence: number }[]; csl: { title?: string } }[];
    assert.equal(out.length, 2);
    assert.equal(out[0].csl.title, 'Information Anxiety 2');
    assert.equal(out[1].csl.title, 'The syntax of predication');
    for (const e of out) for (const t of e.tokens) assert.equal(e.text.slice(t.start, t.end), t.text);
  });

  it('parse without an entry fails with one line', () => {
    const r = run('parse');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^citeread: error: parse needs an ENTRY/);
  });

  it('--help and --version', () => {
    const help = run('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: citeread analyze FILE \[--json\]/);
    const version = run('--version');
    assert.equal(version.status, 0);
    assert.equal(version.stdout.trim(), (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });
});
