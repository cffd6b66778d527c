/**
 * The reader's own bibliography files (BibTeX, CSL-JSON, RIS, as Zotero, Better BibTeX, Mendeley and
 * JabRef export them), read through citation-js's input plugins. This module loads citation-js: the
 * extension reaches it through the formatter's bundle (src/core/format), never at activation.
 */
import { citationJs } from '../format/citationJs';
import { say } from '../messages';
import type { CslItem } from '../model';
import { firstFamily, titleKey, titleOf, yearOf } from './keys';
import type { Bibliography, BibliographyEntry } from './model';

type BibliographyKind = 'bibtex' | 'csl-json' | 'ris';

function kindOf(file: string, text: string): BibliographyKind | undefined {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'bib' || ext === 'bibtex' || ext === 'biblatex') return 'bibtex';
  if (ext === 'json' || ext === 'csljson') return 'csl-json';
  if (ext === 'ris') return 'ris';
  const head = text.trimStart();
  if (head.startsWith('[') || head.startsWith('{')) return 'csl-json';
  if (/^TY {2}- /m.test(head)) return 'ris';
  if (/^[ \t]{0,40}@\w{1,40}[ \t]{0,40}[{(]/m.test(head)) return 'bibtex';
  return undefined;
}

/**
 * Reads a bibliography file's text: BibTeX (`.bib`), CSL-JSON (`.json`) or RIS (`.ris`), chosen by
 * the name and, for other names, the content. Each entry keeps its key (the BibTeX key, the CSL
 * id, the RIS `ID`; an entry without one gets "family+year+word", e.g. "paul2005soft") and its
 * CSL-JSON as citation-js reads it. A BibTeX file with syntax errors keeps every entry that can
 * be read and reports the others in one problem line. Never throws: what cannot be read at all is
 * one problem line and no entries.
 */
export function readBibliography(file: string, text: string): Bibliography {
  const source = typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '';
  const kind = kindOf(file, source);
  if (!kind) return { file, entries: [], problems: [say('not a bibliography: expected BibTeX (.bib), CSL-JSON (.json) or RIS (.ris)')] };
  if (source.trim() === '') return { file, entries: [], problems: [say('the file is empty')] };
  try {
    const problems: string[] = [];
    const items = kind === 'bibtex' ? readBibtex(source, problems) : kind === 'ris' ? readRis(source, problems) : readCslJson(source, problems);
    return { file, entries: withKeys(items), problems };
  } catch (error) {
    return { file, entries: [], problems: [say('the file could not be read ({0})', firstLine(error))] };
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 160);
}

function chain(data: unknown, forceType?: string): CslItem[] {
  const out = citationJs().plugins.input.chain(data, { ...(forceType ? { forceType } : {}), generateGraph: false });
  return Array.isArray(out) ? (out.filter((x) => x && typeof x === 'object') as CslItem[]) : [];
}

/** Where each BibTeX entry starts: an `@type{` or `@type(` at the start of a line. */
const ENTRY_START_RE = /^[ \t]{0,40}@[A-Za-z]{1,40}[ \t]{0,40}[{(]/gm;

function readBibtex(text: string, problems: string[]): CslItem[] {
  try {
    return chain(text, '@biblatex/text');
  } catch {
    // One broken entry makes the parser refuse the whole file: read the entries one by one, each
    // with the file's @string definitions, and report the broken ones once.
  }
  const starts: number[] = [];
  ENTRY_START_RE.lastIndex = 0;
  for (let m = ENTRY_START_RE.exec(text); m; m = ENTRY_START_RE.exec(text)) starts.push(m.index);
  const chunks = starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
  const strings = chunks.filter((c) => /^\s*@string\b/i.test(c));
  const preamble = strings.filter((c) => {
    try {
      chain(c, '@biblatex/text');
      return true;
    } catch {
      return false;
    }
  });
  const items: CslItem[] = [];
  const broken: string[] = [];
  for (const [i, chunk] of chunks.entries()) {
    if (/^\s*@(string|preamble|comment)\b/i.test(chunk)) continue;
    try {
      items.push(...chain(`${preamble.join('\n')}\n${chunk}`, '@biblatex/text'));
    } catch {
      const line = text.slice(0, starts[i]).split('\n').length;
      const key = /^\s*@\w+\s*[{(]\s*([^,\s]+)\s*,/.exec(chunk)?.[1];
      broken.push(key ? say('{0} (line {1})', key, line) : say('line {0}', line));
    }
  }
  if (broken.length > 0) {
    const shown = broken.length > 5 ? say('{0} and {1} more', broken.slice(0, 5).join(', '), broken.length - 5) : broken.join(', ');
    problems.push(broken.length === 1 ? say('one entry has BibTeX syntax errors and was left out: {0}', shown) : say('{0} entries have BibTeX syntax errors and were left out: {1}', broken.length, shown));
  }
  return items;
}

function readRis(text: string, problems: string[]): CslItem[] {
  const items = chain(text.replace(/\r\n?/g, '\n'), '@ris/file');
  if (items.length === 0) problems.push(say('no RIS record (TY  - … ER  -) could be read'));
  return items;
}

function readCslJson(text: string, problems: string[]): CslItem[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problems.push(say('not valid JSON ({0})', firstLine(error)));
    return [];
  }
  const list = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { items?: unknown }).items) ? (data as { items: unknown[] }).items : [data];
  const objects = list.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x));
  if (objects.length < list.length) problems.push(say('{0} items are not CSL-JSON objects and were left out', list.length - objects.length));
  if (objects.length === 0) return [];
  return chain(objects);
}

/** The entries with their keys: the file's own, else a readable one; a repeated key gets a letter. */
function withKeys(items: readonly CslItem[]): BibliographyEntry[] {
  const used = new Set<string>();
  return items.map((csl) => {
    const own = [csl['citation-key'], csl.id].find((k): k is string => typeof k === 'string' && k.trim() !== '' && !/^temp_id_/.test(k));
    let key = own?.trim() ?? generatedKey(csl);
    if (used.has(key)) {
      let n = 0;
      while (used.has(`${key}${String.fromCharCode(97 + n)}`) && n < 25) n++;
      key = `${key}${String.fromCharCode(97 + n)}`;
    }
    used.add(key);
    return { key, csl: { ...csl, id: key } };
  });
}

function generatedKey(csl: CslItem): string {
  const word = titleKey(titleOf(csl)).split(' ').find((w) => w.length >= 4) ?? '';
  return `${firstFamily(csl)}${yearOf(csl)}${word}`.replace(/[^a-z0-9]/g, '') || 'entry';
}
