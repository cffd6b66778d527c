/**
 * The comparison keys of a CSL entry that the library merges works by: names, year, title, DOI and
 * URL, each normalised (case, accents, punctuation, abbreviations' dots) so that the same work
 * written in two styles gives the same keys.
 */
import type { CslItem, CslName } from '../model';
import { foldKey, trimEndChars } from '../text';

/** One author (or editor) as keys. */
export interface NameKeys {
  /** Family name with its particles, folded, without spaces, hyphens and apostrophes ("vanderberg"); an organisation's whole name. */
  readonly family: string;
  /** The family name without particles ("berg"). */
  readonly bare: string;
  /** The given names as folded words, in order ("thazha", "v"); initials are single letters. */
  readonly given: readonly string[];
  /** True for an organisation (a literal name). */
  readonly organisation: boolean;
  /** How the entry writes it, for reasons: "Paul", "World Health Organization". */
  readonly written: string;
}

const PARTICLE_WORDS = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'ter', 'ten', 'op', 'zu', 'af', 'al', 'el', 'bin', 'ibn']);

function compact(s: string): string {
  return foldKey(s).replace(/[\s'-]/g, '');
}

/** The keys of one CSL name, or undefined when it has no usable name. */
export function nameKeys(n: CslName): NameKeys | undefined {
  if (typeof n.literal === 'string' && n.literal.trim() !== '') {
    const key = compact(n.literal);
    return key ? { family: key, bare: key, given: [], organisation: true, written: n.literal.trim() } : undefined;
  }
  const family = typeof n.family === 'string' ? n.family : '';
  const particle = [n['dropping-particle'], n['non-dropping-particle']].filter((p): p is string => typeof p === 'string' && p !== '').join(' ');
  const full = `${particle} ${family}`.trim();
  if (!full) return undefined;
  const words = foldKey(full).split(' ').filter(Boolean);
  let k = 0;
  while (k < words.length - 1 && PARTICLE_WORDS.has(words[k])) k++;
  const given = typeof n.given === 'string' ? givenWords(n.given) : [];
  return { family: compact(full), bare: words.slice(k).join('').replace(/['-]/g, ''), given, organisation: false, written: full };
}

/** "T.V." → ["t", "v"]; "Thazha V." → ["thazha", "v"]; "Jean-Luc" → ["jean", "luc"]. */
function givenWords(given: string): string[] {
  return foldKey(given.replace(/\./g, ' ').replace(/-/g, ' '))
    .split(' ')
    .filter((w) => w !== '' && w !== "'");
}

/** The work's names: its authors, or its editors when it has no author. */
export function namesOfItem(csl: CslItem): NameKeys[] {
  const list = Array.isArray(csl.author) && csl.author.length > 0 ? csl.author : Array.isArray(csl.editor) ? csl.editor : [];
  const keys: NameKeys[] = [];
  for (const n of list) {
    if (!n || typeof n !== 'object') continue;
    const k = nameKeys(n);
    // "et al." written as a name is the flag, not an author.
    if (k && !/^etal$/.test(k.family)) keys.push(k);
  }
  return keys;
}

/** True when the entry says its author list goes on ("et al."). */
export function hasEtAl(csl: CslItem): boolean {
  if (csl['et-al'] === true) return true;
  const list = Array.isArray(csl.author) && csl.author.length > 0 ? csl.author : Array.isArray(csl.editor) ? csl.editor : [];
  return list.some((n) => n && typeof n === 'object' && typeof (n.literal ?? n.family) === 'string' && /^et\.?\s*al\.?$/i.test(String(n.literal ?? n.family).trim()));
}

/** The four-digit year of the entry, or '' when it shows none ("n.d.", "in press", nothing). */
export function yearOf(csl: CslItem): string {
  const first = csl.issued?.['date-parts']?.[0]?.[0];
  if (first !== undefined && /^\d{3,4}$/.test(String(first))) return String(first);
  const literal = csl.issued?.literal;
  const m = typeof literal === 'string' ? /\b(\d{4})\b/.exec(literal) : null;
  return m ? m[1] : '';
}

/**
 * A title as a comparison key: accents removed, lower case, the dots of abbreviations dropped
 * ("U.S." → "us"), "&" read as "and", every other punctuation a space, white space collapsed.
 */
export function titleKey(title: string): string {
  return foldKey(
    title
      .replace(/&/g, ' and ')
      .replace(/(?<=\p{L})\.(?=\p{L})/gu, ''),
  )
    .replace(/['-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where a subtitle may start: a colon, a question or exclamation mark, a dash between spaces, a full stop after a word, a bracket. */
const SUBTITLE_RE = /[:;?!]\s|\s[—–-]{1,2}\s|(?<=\p{Ll}{2})\.\s|\s\(/gu;

/**
 * The keys of the title's leading parts before each place a subtitle may start, shortest first,
 * each of two words at least: "Soft Balancing: Theory and Practice" → ["soft balancing"].
 */
export function mainTitleKeys(title: string, separators: RegExp = SUBTITLE_RE): string[] {
  const keys: string[] = [];
  separators.lastIndex = 0;
  for (let m = separators.exec(title); m; m = separators.exec(title)) {
    const key = titleKey(title.slice(0, m.index));
    if (key.split(' ').length >= 2 && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** A comma between words: where a parser may have run a title on into the next field ("Entrevista pessoal, Instituto Confúcio"). */
export const COMMA_RE = /,\s+/g;

/** The title of an entry ('' for none). */
export function titleOf(csl: CslItem): string {
  return typeof csl.title === 'string' ? csl.title.trim() : '';
}

/** A DOI as a key ("10.1162/0162288054894652"), or '' when the entry has none. */
export function doiKey(csl: CslItem): string {
  const raw = typeof csl.DOI === 'string' ? csl.DOI : '';
  const m = /10\.\d{4,9}\/\S+/.exec(decodeUriLoose(raw).trim());
  return m ? trimEndChars(m[0], '.,;)]').toLowerCase() : '';
}

function decodeUriLoose(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A URL as a key: no scheme, no "www.", host in lower case, no fragment and no trailing slash; '' for none. */
export function urlKey(csl: CslItem): string {
  const raw = typeof csl.URL === 'string' ? csl.URL.trim() : '';
  const m = /^(?:https?:\/\/)?(?:www\.)?([^/\s?#]+)([^\s#]*)/i.exec(raw);
  if (!m || !m[1].includes('.')) return '';
  return `${m[1].toLowerCase()}${trimEndChars(m[2], '/')}`;
}

/** The first author's family key, or '' when the entry names nobody. */
export function firstFamily(csl: CslItem): string {
  return namesOfItem(csl)[0]?.bare ?? '';
}

/** The key of the title's main part (before a subtitle), or of the whole title; '' for none. */
export function mainTitleKey(csl: CslItem): string {
  const title = titleOf(csl);
  if (!title) return '';
  return mainTitleKeys(title)[0] ?? titleKey(title);
}

/** Words that name a volume before its number: "Band 1", "Bd. II", "Vol. 2", "Tome 3", "Part 1". */
const VOLUME_WORDS = new Set(['vol', 'volume', 'band', 'bd', 'tome', 'tomo', 'teil', 'part', 'book', 'livro', 'libro']);
const VOLUME_NUMBER_RE = /^(?:\d{1,3}|[ivxlc]{1,6})$/;

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

function volumeNumber(s: string): string {
  if (/^\d+$/.test(s)) return String(Number(s));
  let n = 0;
  const lower = s.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const v = ROMAN[lower[i]];
    const next = ROMAN[lower[i + 1]] ?? 0;
    n += v < next ? -v : v;
  }
  return String(n);
}

/**
 * The volumes an entry names ("1", "2"): in its title or container ("Band 1: …", "Bd. II"), and the
 * volume field of a book or a chapter (a journal's volume is not the work's). Empty for most works.
 */
export function volumesOf(csl: CslItem): string[] {
  const out = new Set<string>();
  for (const field of [csl.title, csl['container-title']]) {
    if (typeof field !== 'string') continue;
    const words = field.toLowerCase().split(/[\s.,:;()]+/);
    for (let i = 0; i + 1 < words.length; i++) if (VOLUME_WORDS.has(words[i]) && VOLUME_NUMBER_RE.test(words[i + 1])) out.add(volumeNumber(words[i + 1]));
  }
  if ((csl.type === 'book' || csl.type === 'chapter') && typeof csl.volume === 'string' && VOLUME_NUMBER_RE.test(csl.volume.trim().toLowerCase())) {
    out.add(volumeNumber(csl.volume.trim().toLowerCase()));
  }
  return [...out];
}

/** Every key of an entry that {@link sameWork} compares, computed once per entry object. */
export interface WorkKeys {
  readonly names: readonly NameKeys[];
  readonly etAl: boolean;
  readonly year: string;
  readonly title: string;
  readonly titleKey: string;
  readonly mainKeys: readonly string[];
  readonly commaKeys: readonly string[];
  readonly doi: string;
  readonly url: string;
  readonly volumes: readonly string[];
}

const memo = new WeakMap<CslItem, WorkKeys>();

/** The keys of `csl`, memoised by object (entries are not changed once read). */
export function workKeys(csl: CslItem): WorkKeys {
  let keys = memo.get(csl);
  if (!keys) {
    const title = titleOf(csl);
    keys = {
      names: namesOfItem(csl),
      etAl: hasEtAl(csl),
      year: yearOf(csl),
      title,
      titleKey: title ? titleKey(title) : '',
      mainKeys: title ? mainTitleKeys(title) : [],
      commaKeys: title ? mainTitleKeys(title, COMMA_RE) : [],
      doi: doiKey(csl),
      url: urlKey(csl),
      volumes: volumesOf(csl),
    };
    memo.set(csl, keys);
  }
  return keys;
}
