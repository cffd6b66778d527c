// Readable keys for the records a reader copies: "Smith2010a" rather than the analysis's internal
// id ("r8"), which means nothing outside one run of the engine.
import type { CslItem, CslName } from '../model';
import { foldKey } from '../text';

function nameOf(name: CslName | undefined): string {
  if (!name) return '';
  return [name['non-dropping-particle'], name.family ?? name.literal ?? name.given].filter((p) => p).join(' ');
}

/** Letters and digits of `text`, accents dropped, each word capitalised: "van der Berg" → "VanDerBerg". */
function keyWords(text: string): string {
  return foldKey(text)
    .split(/[\s'-]+/)
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function baseKey(item: CslItem): string {
  const who = nameOf(item.author?.[0] ?? item.editor?.[0]);
  const issued = item.issued?.['date-parts']?.[0]?.[0] ?? item.issued?.literal;
  const year = issued === undefined ? '' : keyWords(String(issued));
  const suffix = typeof item['year-suffix'] === 'string' ? item['year-suffix'] : '';
  const author = keyWords(who) || keyWords(String(item.title ?? '').split(/\s+/).slice(0, 2).join(' '));
  return `${author.slice(0, 40) || 'Ref'}${year || 'ND'}${suffix}`;
}

/**
 * A readable, distinct key for each item, in order: the first author's (else editor's) surname with
 * its particle, the year and its letter ("Smith2010a", "VanDerBerg2001", "WorldBank2019"), the
 * first words of the title when there is no name, "ND" when there is no year. Keys that would be
 * equal get a letter ("Smith2010a", "Smith2010b"), or a number when they already end in one.
 * Accents are dropped; only ASCII letters and digits of the Latin script remain in a key.
 */
export function readableKeys(items: readonly CslItem[]): string[] {
  const bases = items.map(baseKey);
  const total = new Map<string, number>();
  for (const b of bases) total.set(b, (total.get(b) ?? 0) + 1);
  // Keys that are unique as they are stay as they are; the others take the next letter (or number) not used.
  const used = new Set(bases.filter((b) => total.get(b) === 1));
  const next = new Map<string, number>();
  return bases.map((b) => {
    if (total.get(b) === 1) return b;
    let n = next.get(b) ?? 0;
    let key: string;
    do {
      key = /\d$/.test(b) && n < 26 ? `${b}${String.fromCharCode(97 + n)}` : `${b}-${n + 1}`;
      n++;
    } while (used.has(key));
    next.set(b, n);
    used.add(key);
    return key;
  });
}

/** The items with their `id` replaced by {@link readableKeys}: what data formats (RIS, CSL-JSON) write. */
export function withReadableIds(items: readonly CslItem[]): CslItem[] {
  const keys = readableKeys(items);
  return items.map((item, i) => ({ ...item, id: keys[i] }));
}
