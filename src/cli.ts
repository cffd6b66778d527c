/**
 * The command line: `citeread analyze FILE [--json]`, `citeread text FILE`, `citeread parse "ENTRY" | --file LIST [--json]`,
 * `citeread library DIR [--bib FILE]... [--json] [--cache FILE]` (./libraryCommand.ts).
 *
 * Prints each in-text citation with the reference it links to, then the unresolved and ambiguous
 * works and the uncited references. Problems are one line on stderr; exit 2 when nothing could be
 * analysed, 0 otherwise (warnings included).
 */
import { readFileSync, statSync } from 'node:fs';
import { analyze } from './core/analyze';
import { documentKind } from './core/formats/kind';
import { decodeEssay } from './core/input';
import { referenceLabel } from './core/link';
import { labelEntry, parseReference } from './core/references/parse';
import { fieldRuns } from './core/references/entry/fields';
import type { Analysis, CitedWork, Reference } from './core/model';
import { counted, ellipsize } from './core/text';
import { libraryCommand, LibraryUsageError } from './libraryCommand';
import { version } from '../package.json';

const USAGE = `Usage: citeread analyze FILE [--json]
       citeread text FILE
       citeread parse "ENTRY" [--json]
       citeread parse --file LIST [--json]
       citeread library DIR [--bib FILE]... [--json] [--cache FILE]

Finds the author-year citations of an essay, links them to its reference list and reports the result.
FILE is plain text, Markdown (.md), a web page (.html, .htm), a Word document (.docx) or a PDF (.pdf).

Commands:
  analyze FILE     print each citation with the reference it links to, then the unresolved
                   and ambiguous citations and the uncited references
  text FILE        print the essay's reading text as it is analysed (what was extracted from a
                   PDF, Word file, web page or Markdown)
  parse ENTRY      label the tokens of one reference entry with its fields and print the
                   labels, each with the model's confidence, and the entry as CSL-JSON
  parse --file LIST
                   the same for every entry of a list file (entries separated by blank lines,
                   or one per line when the file has no blank line)
  library DIR      read every essay under DIR (.txt .md .markdown .html .htm .docx .pdf; not in
                   node_modules, .git, dist, out, build or hidden folders) and list the works they
                   cite, the works cited by the most essays first; unreadable files are listed with
                   the reason and skipped
    --bib FILE     your own bibliography (BibTeX .bib, CSL-JSON .json, RIS .ris; repeatable): each
                   work says whether it is in it, with the entry's key
    --cache FILE   keep the essays' summaries in FILE: unchanged essays are not read again

Options:
  --json           print the analysis as JSON (offsets are UTF-16 code units into the reading
                   text: the file's text with a leading byte-order mark removed, or the text
                   \`citeread text\` prints for other formats)
  -h, --help       show this help
  -v, --version    show the version

Exit status: 0 when the essay was analysed (warnings go to stderr), 2 when it could not be
(for library: when the folder is missing, or none of its essays could be read).
`;

class CliError extends Error {}

function fail(message: string): never {
  throw new CliError(message);
}

/** Runs the command line on `argv` (without node and the script). Resolves to the exit status; never rejects. */
export async function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  try {
    const flags = new Set(argv.filter((a) => a.startsWith('-')));
    const args = argv.filter((a) => !a.startsWith('-') || a === '-');
    if (flags.has('--help') || flags.has('-h')) {
      out(USAGE);
      return 0;
    }
    if (flags.has('--version') || flags.has('-v')) {
      out(`${version}\n`);
      return 0;
    }
    if (args[0] === 'library') return await runLibrary(argv.slice(argv.indexOf('library') + 1), out, err);
    for (const flag of flags) if (flag !== '--json' && !(flag === '--file' && args[0] === 'parse')) fail(`unknown option ${flag} (see citeread --help)`);
    if (args.length === 0) {
      err(USAGE);
      return 2;
    }
    const [command, file, ...rest] = args;
    if (command === 'parse') {
      out(await parseCommand(args.slice(1), flags.has('--file'), flags.has('--json'), err));
      return 0;
    }
    if (command !== 'analyze' && command !== 'text') fail(`unknown command “${command}” (see citeread --help)`);
    if (!file) fail(`${command} needs a FILE (see citeread --help)`);
    if (rest.length > 0) fail(`unexpected argument “${rest[0]}”`);

    const text = await readEssay(file, err);
    if (command === 'text') {
      out(text);
      return 0;
    }
    const analysis = analyze(text);
    for (const notice of analysis.notices) {
      if (notice.severity !== 'info') err(`citeread: ${notice.severity}: ${file}: ${lowerFirst(notice.message)}\n`);
    }
    out(flags.has('--json') ? toJson(file, analysis) : report(file, analysis));
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      err(`citeread: error: ${error.message}\n`);
      return 2;
    }
    err(`citeread: error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

/** `citeread library DIR [--bib FILE]... [--json] [--cache FILE]`: its own arguments, then the command. */
async function runLibrary(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const bibs: string[] = [];
  const dirs: string[] = [];
  let json = false;
  let cacheFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--bib' || a === '--cache') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) fail(`${a} needs a FILE (see citeread --help)`);
      if (a === '--bib') bibs.push(value);
      else cacheFile = value;
    } else if (a.startsWith('--bib=')) bibs.push(a.slice('--bib='.length));
    else if (a.startsWith('--cache=')) cacheFile = a.slice('--cache='.length);
    else if (a.startsWith('-') && a !== '-') fail(`unknown option ${a} (see citeread --help)`);
    else dirs.push(a);
  }
  if (dirs.length === 0) fail('library needs a folder DIR (see citeread --help)');
  if (dirs.length > 1) fail(`unexpected argument “${dirs[1]}”`);
  try {
    return await libraryCommand({ dir: dirs[0], bibs, json, cacheFile, stamp: version }, out, err);
  } catch (error) {
    if (error instanceof LibraryUsageError) fail(error.message);
    throw error;
  }
}

async function readEssay(file: string, err: (s: string) => void): Promise<string> {
  let bytes: Uint8Array;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) fail(`${file}: is a directory`);
    if (!stat.isFile()) fail(`${file}: not a regular file`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail(`${file}: no such file`);
    if (code === 'EACCES' || code === 'EPERM') fail(`${file}: permission denied`);
    if (code === 'EISDIR') fail(`${file}: is a directory`);
    fail(`${file}: cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`);
  }
  const kind = documentKind(file, bytes);
  if ('error' in kind) fail(`${file}: ${kind.error}`);
  if (kind.kind !== 'text') {
    // PDF, Word, HTML and Markdown (or a PDF under another name): the readers, loaded only now.
    const { readDocument } = await import('./core/formats');
    const read = await readDocument(file, bytes);
    if ('error' in read) fail(`${file}: ${read.error}`);
    for (const warning of read.warnings) err(`citeread: warning: ${file}: ${warning}\n`);
    return read.text;
  }
  const decoded = decodeEssay(bytes);
  if ('error' in decoded) fail(`${file}: ${decoded.error}`);
  for (const warning of decoded.warnings) err(`citeread: warning: ${file}: ${warning}\n`);
  return decoded.text;
}

/** `citeread parse`: the entries given (one on the command line, or a list file), labelled and parsed. */
async function parseCommand(args: readonly string[], fromFile: boolean, json: boolean, err: (s: string) => void): Promise<string> {
  let entries: string[];
  if (fromFile) {
    if (args.length !== 1) fail('parse --file needs one LIST file (see citeread --help)');
    const text = await readEssay(args[0], err);
    const blocks = /\n[ \t]*\n/.test(text) ? text.split(/\n[ \t]*\n/) : text.split('\n');
    entries = blocks.map((b) => b.trim()).filter((b) => b !== '');
  } else {
    if (args.length === 0 || args.join(' ').trim() === '') fail('parse needs an ENTRY in quotes, or --file LIST (see citeread --help)');
    entries = [args.join(' ')];
  }
  const parsed = entries.map((entry) => {
    const { text, tokens } = labelEntry(entry);
    const result = parseReference(entry);
    return { entry, text, tokens, csl: result.csl, uncertain: result.uncertain };
  });
  if (json) return `${JSON.stringify(parsed.map((p) => ({ entry: p.entry, text: p.text, tokens: p.tokens, csl: p.csl, uncertain: p.uncertain })), null, 2)}\n`;
  const lines: string[] = [];
  for (const p of parsed) {
    if (lines.length > 0) lines.push('');
    lines.push(oneLine(p.entry, 160));
    for (const run of fieldRuns(p.tokens, p.text)) {
      lines.push(`  ${run.label.padEnd(17)} ${run.confidence.toFixed(2)}  ${run.text}`);
    }
    lines.push(`  CSL-JSON: ${JSON.stringify(p.csl)}`);
    if (p.uncertain.length > 0) lines.push(`  uncertain: ${p.uncertain.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function lowerFirst(s: string): string {
  return s.length > 1 && /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

// ---------------------------------------------------------------------------------------------
// JSON

function toJson(file: string, a: Analysis): string {
  const json = {
    file,
    title: a.title,
    referenceList: a.referenceList,
    references: a.references.map((r) => ({ id: r.id, start: r.start, end: r.end, text: r.text, csl: r.csl, uncertain: r.uncertain })),
    citations: a.citations.map((c) => ({
      start: c.start,
      end: c.end,
      text: c.text,
      kind: c.kind,
      works: c.works.map((w) => ({
        start: w.start,
        end: w.end,
        text: w.text,
        authors: w.authors,
        etAl: w.etAl,
        year: w.year,
        prefix: w.prefix,
        locator: w.locator,
        status: w.status,
        targets: w.targets,
        confidence: w.confidence,
        reasons: w.reasons,
      })),
    })),
    uncited: a.uncited,
    sections: a.sections,
    notices: a.notices,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Readable report

/** Maps offsets to 1-based line:column (columns in UTF-16 code units, from 1). */
function lineIndex(text: string): (offset: number) => string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${offset - starts[lo] + 1}`;
  };
}

function oneLine(s: string, max = 100): string {
  return ellipsize(s, max);
}

function report(file: string, a: Analysis): string {
  const where = lineIndex(a.text);
  const byId = new Map<string, Reference>(a.references.map((r) => [r.id, r]));
  const label = (id: string): string => {
    const r = byId.get(id);
    return r ? `${id} ${referenceLabel(r)}` : id;
  };
  const works = a.citations.flatMap((c) => c.works.map((w) => ({ c, w })));
  const count = (s: CitedWork['status']): number => works.filter((x) => x.w.status === s).length;
  const lines: string[] = [];
  lines.push(`${file}${a.title ? ` — ${oneLine(a.title, 80)}` : ''}`);
  lines.push(
    `${counted(a.citations.length, 'citation')} (${counted(works.length, 'cited work')}: ${count('linked')} linked, ${count('ambiguous')} ambiguous, ` +
      `${count('unresolved')} unresolved); ${counted(a.references.length, 'reference')}, ${a.uncited.length} uncited`,
  );
  lines.push('', 'Citations');
  if (a.citations.length === 0) lines.push('  (none found)');
  for (const c of a.citations) {
    lines.push(`  ${where(c.start).padEnd(9)} ${oneLine(c.text)}`);
    for (const w of c.works) {
      const head = c.works.length > 1 ? `${oneLine(w.text, 40)}: ` : '';
      const target = w.targets.length > 0 ? w.targets.map(label).join(' | ') : 'no reference';
      lines.push(`            ${head}→ ${target}  [${w.status}, ${w.confidence.toFixed(2)}]`);
      for (const reason of w.reasons) lines.push(`              – ${reason}`);
    }
  }
  const section = (title: string, status: CitedWork['status']): void => {
    const list = works.filter((x) => x.w.status === status);
    lines.push('', `${title} (${list.length})`);
    if (list.length === 0) lines.push('  (none)');
    for (const { w } of list) lines.push(`  ${where(w.start).padEnd(9)} ${oneLine(w.text, 60)} — ${w.reasons.join('; ') || status}`);
  };
  section('Unresolved', 'unresolved');
  section('Ambiguous', 'ambiguous');
  lines.push('', `Uncited references (${a.uncited.length})`);
  if (a.uncited.length === 0) lines.push('  (none)');
  for (const id of a.uncited) {
    const r = byId.get(id);
    if (r) lines.push(`  ${where(r.start).padEnd(9)} ${id} ${oneLine(r.text)}`);
  }
  return `${lines.join('\n')}\n`;
}

// Run when executed (not when imported by a test).
if (require.main === module) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (`citeread … | head`) is not an error worth a stack trace.
    process.exit(error.code === 'EPIPE' ? 0 : 2);
  });
  void main(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  ).then((status) => {
    process.exitCode = status;
  });
}
