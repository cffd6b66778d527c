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

/** Printable ASCII only: folded without Unicode normalisation. */
const ASCII_RE = /^[\x20-\x7e]*$/;

/** {@link foldKey}, with a fast path for plain ASCII (most names and titles) that gives the same key. */
function fold(s: string): string {
  if (!ASCII_RE.test(s)) return foldKey(s);
  return s.replace(/`/g, "'").toLowerCase().replace(/[^a-z0-9' -]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

function compact(s: string): string {
  return fold(s).replace(/[\s'-]/g, '');
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
  const words = fold(full).split(' ').filter(Boolean);
  let k = 0;
  while (k < words.length - 1 && PARTICLE_WORDS.has(words[k])) k++;
  const given = typeof n.given === 'string' ? givenWords(n.given) : [];
  return { family: compact(full), bare: words.slice(k).join('').replace(/['-]/g, ''), given, organisation: false, written: full };
}

/** "T.V." → ["t", "v"]; "Thazha V." → ["thazha", "v"]; "Jean-Luc" → ["jean", "luc"]. */
function givenWords(given: string): string[] {
  return fold(given.replace(/\./g, ' ').replace(/-/g, ' '))
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
  return fold(
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

/** A comma between words: where a parser may have run a title on into the next field ("Entrevista pessoal, Instituto Confúcio"). */
export const COMMA_RE = /,\s+/g;

/** A title's key and the keys of its leading parts, from one pass over the title. */
export interface TitleKeys {
  /** {@link titleKey} of the whole title. */
  readonly key: string;
  /** The leading parts before each place a subtitle may start (two words at least), shortest first. */
  readonly main: readonly string[];
  /** The leading parts before each comma (two words at least), shortest first. */
  readonly comma: readonly string[];
}

/**
 * The keys {@link titleKey} and {@link mainTitleKeys} give (for subtitles and for commas), with each
 * part of the title folded once: the title is cut at every separator and the parts' keys joined.
 */
export function titleKeys(title: string): TitleKeys {
  const cuts: { at: number; end: number; comma: boolean }[] = [];
  for (const [re, comma] of [[SUBTITLE_RE, false], [COMMA_RE, true]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(title); m; m = re.exec(title)) cuts.push({ at: m.index, end: m.index + m[0].length, comma });
  }
  cuts.sort((x, y) => x.at - y.at);
  const parts: string[] = [];
  const main: string[] = [];
  const commaKeys: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut.at < from) continue;
    const part = titleKey(title.slice(from, cut.at));
    if (part) parts.push(part);
    const prefix = parts.join(' ');
    const list = cut.comma ? commaKeys : main;
    if (parts.length > 0 && prefix.includes(' ') && !list.includes(prefix)) list.push(prefix);
    from = cut.end;
  }
  const last = titleKey(title.slice(from));
  if (last) parts.push(last);
  return { key: parts.join(' '), main, comma: commaKeys };
}

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
  /** The main title's key (before any subtitle), or the whole title's. */
  readonly mainKey: string;
  /** The first author's family key without particles. */
  readonly firstFamily: string;
  readonly doi: string;
  readonly url: string;
  readonly volumes: readonly string[];
}

/**
 * The keys of `csl`. With `memo` (one merge's own map, dropped with it) each entry's keys are
 * computed once; without it, every call computes them.
 */
export function workKeys(csl: CslItem, memo?: Map<CslItem, WorkKeys>): WorkKeys {
  let keys = memo?.get(csl);
  if (!keys) {
    const title = titleOf(csl);
    const parts = title ? titleKeys(title) : { key: '', main: [], comma: [] };
    const names = namesOfItem(csl);
    keys = {
      names,
      etAl: hasEtAl(csl),
      year: yearOf(csl),
      title,
      titleKey: parts.key,
      mainKeys: parts.main,
      commaKeys: parts.comma,
      mainKey: parts.main[0] ?? parts.key,
      firstFamily: names[0]?.bare ?? '',
      doi: doiKey(csl),
      url: urlKey(csl),
      volumes: volumesOf(csl),
    };
    memo?.set(csl, keys);
  }
  return keys;
}
