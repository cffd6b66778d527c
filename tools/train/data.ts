// Reads the labelled reference entries the labeller is trained on (AnyStyle's XML: one <sequence> per
// entry, its parts in reading order, each tagged with its field) and hashes the training files, so that
// the committed model can be checked against the data it was trained from.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tokenizeEntry, type EntryToken } from '../../src/core/references/entry/tokens';

export const DATA_DIR = join(__dirname, 'data');

/** One labelled entry: its text (parts joined by single spaces), its tokens and each token's label. */
export interface LabelledEntry {
  readonly source: string;
  readonly text: string;
  readonly tokens: EntryToken[];
  readonly labels: string[];
}

/** AnyStyle tags that the labeller reads as another label. */
const TAG_ALIAS: Record<string, string> = { dataset: 'note' };

function unescapeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) => {
    switch (e.toLowerCase()) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

/** Parses an AnyStyle-format XML dataset into labelled entries. */
export function parseDataset(xml: string, source: string): LabelledEntry[] {
  const entries: LabelledEntry[] = [];
  for (const seq of xml.matchAll(/<sequence>([\s\S]*?)<\/sequence>/g)) {
    const parts: { tag: string; text: string }[] = [];
    for (const p of seq[1].matchAll(/<([a-z-]+)>([\s\S]*?)<\/\1>/g)) {
      const text = unescapeXml(p[2]).replace(/\s+/g, ' ').trim();
      if (text !== '') parts.push({ tag: TAG_ALIAS[p[1]] ?? p[1], text });
    }
    const text = parts.map((p) => p.text).join(' ');
    const tokens = tokenizeEntry(text);
    const labels: string[] = [];
    for (const p of parts) for (let k = tokenizeEntry(p.text).length; k > 0; k--) labels.push(p.tag);
    if (tokens.length !== labels.length || tokens.length === 0) continue;
    entries.push({ source, text, tokens, labels });
  }
  return entries;
}

/** Every training file (`*.xml` under data/, sorted), relative to DATA_DIR. */
export function trainingFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const name of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (name.isDirectory()) walk(join(dir, name.name), rel ? `${rel}/${name.name}` : name.name);
      else if (name.name.endsWith('.xml')) out.push(rel ? `${rel}/${name.name}` : name.name);
    }
  };
  walk(DATA_DIR, '');
  return out;
}

/** SHA-256 over the training files' names and contents, in sorted order. */
export function trainingDataHash(): string {
  const h = createHash('sha256');
  for (const file of trainingFiles()) {
    h.update(file + '\n');
    h.update(readFileSync(join(DATA_DIR, file)));
  }
  return h.digest('hex');
}

/** All labelled training entries. */
export function loadTrainingData(): LabelledEntry[] {
  return trainingFiles().flatMap((file) => parseDataset(readFileSync(join(DATA_DIR, file), 'utf8'), file));
}
