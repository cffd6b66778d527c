/**
 * Token features of the entry labeller, hashed into a fixed number of buckets (feature hashing: the
 * model stores weights per bucket, never the feature strings). Each token gets the features AnyStyle
 * and GROBID use: its word (as written and lower-cased), prefixes and suffixes of one to four
 * characters, its shape and case, its number class (year, range, ordinal, roman), the punctuation
 * and brackets around it, its position in the entry and among the entry's sentences, what came before
 * (a year, an opening quote, "In"), the lexicon's word classes (../../lexicon), the same for its
 * neighbours in a window of two, and pairs of them. Edge features condition the transition between
 * two tokens' labels on what stands between them (the punctuation that ends the first, the first
 * symbol and case of the second), as AnyStyle's bigram templates do.
 *
 * What depends on the token's text alone is computed once per distinct text and kept in a small
 * cache (tokens such as "In", "pp.", "(2005).", "Press." recur in every list); the rest is integer
 * mixing, with no string built per token.
 */
import type { EntryToken } from './tokens';
import { wordClasses } from '../../lexicon';

/**
 * Feature ids of every token: those of token `i` are `ids[starts[i]] … ids[starts[i + 1] - 1]`, each in
 * `[0, 2^bits)`. Edge features of the transition into token `i` (i ≥ 1) are `edges[edgeStarts[i]] …
 * edges[edgeStarts[i + 1] - 1]`, each in `[0, 2^EDGE_BITS)`; token 0 has none.
 */
export interface EntryFeatures {
  readonly ids: Uint32Array;
  readonly starts: Uint32Array;
  readonly edges: Uint32Array;
  readonly edgeStarts: Uint32Array;
}

/**
 * Words the training data labels as one field most of the time ("Journal", "Press", "Berlin", a family
 * name), each with its fields as bits (see {@link DICTIONARY_FIELDS}); keyed by {@link wordKey}. Built
 * from the training data only (tools/train/fit.ts) and shipped with the model.
 */
export type FieldDictionary = ReadonlyMap<string, number>;

/** The fields a {@link FieldDictionary} records, bit `k` for entry `k`, and the labels each one gathers. */
export const DICTIONARY_FIELDS: readonly (readonly [string, readonly string[]])[] = [
  ['name', ['author', 'editor', 'translator']],
  ['journal', ['journal']],
  ['container', ['container-title']],
  ['publisher', ['publisher']],
  ['location', ['location']],
];

/** A token's key in a {@link FieldDictionary}: its letters and digits without the punctuation around them, lower case. */
export function wordKey(text: string): string {
  return cachedInfo(text).lower;
}

/** Edge feature buckets are `2^EDGE_BITS`. */
export const EDGE_BITS = 10;

const enum Case {
  None,
  Lower,
  NoCase,
  Initial,
  Upper,
  Cap,
  Mixed,
}

const enum Num {
  None,
  Year,
  YearRange,
  Range,
  Ordinal,
  Mixed,
  Roman,
  Digits1,
}

/** What a token's text alone says about it (cached per distinct text). */
interface TokenInfo {
  readonly lower: string;
  readonly hWord: number;
  readonly hRaw: number;
  readonly hShape: number;
  readonly hFull: number;
  readonly hPre: Int32Array;
  readonly hSuf: Int32Array;
  readonly hLead: number;
  readonly hTrail: number;
  readonly trail: string;
  readonly lead: string;
  /** The first and last symbol of the token's shape: a punctuation mark, or X, x, d. */
  readonly first: number;
  readonly last: number;
  readonly caseClass: Case;
  readonly num: number;
  /** 0 none, 1 terminal (. ? !), 2 internal (, ; : -). */
  readonly terminal: number;
  /** AnyStyle's bracket classes: 0 none, 1 "(…)", 2 "[…]", 3 closing ")", 4 opening "(", 5 closing "]", 6 opening "[", 7 other. */
  readonly bracket: number;
  readonly classes: readonly string[];
  readonly hClasses: Int32Array;
  readonly quoteOpen: boolean;
  readonly quoteClose: boolean;
  readonly parenOpen: boolean;
  readonly parenClose: boolean;
  readonly endsSegment: boolean;
  readonly isIn: boolean;
  readonly len: number;
}

const YEAR = /^(?:1[5-9]\d\d|20\d\d)[a-z]?$/;
const ROMAN = /^[ivxlc]+$/;
const URL_LIKE = /^(?:<?https?:\/\/|www\.|<?doi:|10\.\d{4,}\/|urn:)/i;
const DOI_LIKE = /(?:^|doi\.org\/|doi:)10\.\d{4,}\//i;
const ISBN_LIKE = /^(?:97[89][-\d]{10,14}|\d[-\d]{8,12}[\dx])$/i;
const OPEN_QUOTES = '\u201c\u2018\u00ab\u201e"\'';
const CLOSE_QUOTES = '\u201d\u2019\u00bb"\'';
const CLOSING = '\u201d\u2019"\')]';

function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x2190 && c <= 0x2bff) && c !== 0xab && c !== 0xbb);
}

/** "Xx", "X.", "dddd", "x-x": each character as its class, repeated classes written once. */
function shapeOf(s: string, limit: number): string {
  let out = '';
  let last = '';
  for (let i = 0; i < s.length && out.length < limit; i++) {
    const ch = s[i];
    const c = ch.charCodeAt(0);
    let k: string;
    if (c >= 0x30 && c <= 0x39) k = 'd';
    else if (ch !== ch.toLowerCase()) k = 'X';
    else if (ch !== ch.toUpperCase()) k = 'x';
    else if (isAlnum(c)) k = 'x';
    else k = ch;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

function bracketOf(text: string): number {
  if (!/[()[\]]/.test(text)) return 0;
  if (/^\(.*\)[,;:\p{Pd}!?.]?$/u.test(text)) return 1;
  if (/^\[.*\][,;:\p{Pd}!?.]?$/u.test(text)) return 2;
  if (/\)[,;:\p{Pd}!?.]?$/u.test(text)) return 3;
  if (text.startsWith('(')) return 4;
  if (/\][,;:\p{Pd}!?.]?$/u.test(text)) return 5;
  if (text.startsWith('[')) return 6;
  return 7;
}

/** A token that ends a sentence of the entry: a final period, "?" or "!" before any closing quotes or brackets (not after an initial or a word of a list). */
function endsSentence(text: string, caseClass: Case, lower: string, classes: readonly string[]): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSING.includes(text[i])) i--;
  if (i < 0 || (text[i] !== '.' && text[i] !== '?' && text[i] !== '!')) return false;
  return caseClass !== Case.Initial && lower.length > 2 && classes.length === 0;
}

function infoOf(text: string): TokenInfo {
  let a = 0;
  let b = text.length;
  while (a < b && !isAlnum(text.charCodeAt(a))) a++;
  while (b > a && !isAlnum(text.charCodeAt(b - 1))) b--;
  const core = text.slice(a, b);
  const fullLower = core.toLowerCase();
  const lead = text.slice(0, a);
  const trail = text.slice(b);
  let caseClass: Case;
  if (core === '') caseClass = Case.None;
  else if (core === fullLower) caseClass = core.toUpperCase() === core ? Case.NoCase : Case.Lower;
  else if (core === core.toUpperCase()) caseClass = core.length === 1 ? Case.Initial : Case.Upper;
  else if (core[0] !== core[0].toLowerCase()) caseClass = Case.Cap;
  else caseClass = Case.Mixed;
  let num: number = Num.None;
  if (YEAR.test(core)) num = Num.Year;
  else if (/^\d+$/.test(core)) num = Num.Digits1 + Math.min(core.length, 5) - 1;
  else if (/^\d+[-\u2013\u2014]+\d+$/.test(core)) num = /^(?:1[5-9]\d\d|20\d\d)[-\u2013]\d{2,4}$/.test(core) ? Num.YearRange : Num.Range;
  else if (/\d/.test(core)) num = /^\d+(?:st|nd|rd|th|e|ème|a|ª|º)$/.test(fullLower) ? Num.Ordinal : Num.Mixed;
  else if (ROMAN.test(fullLower) && fullLower.length <= 5 && caseClass !== Case.Cap) num = Num.Roman;
  let classes = wordClasses(fullLower);
  if (URL_LIKE.test(text) || /^https?:/.test(fullLower)) classes = [...classes, 'url'];
  if (DOI_LIKE.test(text)) classes = [...classes, 'doi'];
  if (ISBN_LIKE.test(core)) classes = [...classes, 'isbn'];
  const lower = fullLower.length > 24 ? fullLower.slice(0, 24) : fullLower;
  const full = shapeOf(text, 12);
  const hPre = new Int32Array(4);
  const hSuf = new Int32Array(4);
  for (let k = 0; k < 4; k++) {
    hPre[k] = lower.length > k ? hashString(lower.slice(0, k + 1)) : 0;
    hSuf[k] = lower.length > k ? hashString(lower.slice(-(k + 1))) : 0;
  }
  const lastCh = trail !== '' ? trail[trail.length - 1] : '';
  return {
    lower,
    hWord: hashString(lower),
    hRaw: hashString(text.length > 32 ? text.slice(0, 32) : text),
    hShape: hashString(shapeOf(core, 8)),
    hFull: hashString(full),
    hPre,
    hSuf,
    hLead: hashString(lead),
    hTrail: hashString(trail),
    trail,
    lead,
    first: full === '' ? 0 : full.charCodeAt(0),
    last: full === '' ? 0 : full.charCodeAt(full.length - 1),
    caseClass,
    num,
    terminal: /[!?.]$/.test(text) ? 1 : /[,;:-]$/.test(text) ? 2 : 0,
    bracket: bracketOf(text),
    classes,
    hClasses: Int32Array.from(classes, hashString),
    quoteOpen: lead !== '' && OPEN_QUOTES.includes(lead[lead.length - 1]),
    quoteClose: (trail !== '' && CLOSE_QUOTES.includes(trail[0])) || (trail.length > 1 && CLOSE_QUOTES.includes(lastCh)),
    parenOpen: lead.includes('(') || lead.includes('['),
    parenClose: trail.includes(')') || trail.includes(']'),
    endsSegment: endsSentence(text, caseClass, lower, classes),
    isIn: classes.includes('in'),
    len: Math.min(lower.length, 10),
  };
}

// The infos of the texts seen last, so that recurring tokens are read once. Cleared when full: its
// size stays bounded however long the list.
const CACHE_LIMIT = 10_000;
let cache = new Map<string, TokenInfo>();

/** Empties the cache of token infos; answers how many it held. */
export function forgetTokenInfos(): number {
  const held = cache.size;
  cache = new Map();
  return held;
}

function cachedInfo(text: string): TokenInfo {
  let info = cache.get(text);
  if (info === undefined) {
    if (cache.size >= CACHE_LIMIT) cache = new Map();
    info = infoOf(text);
    cache.set(text, info);
  }
  return info;
}

interface SegmentStats {
  start: number;
  end: number;
  len: number;
  lower: number;
  initials: number;
  classes: string[];
  hashes: Int32Array;
}

const EMPTY = new Int32Array(0);

/** The entry's sentences ("segments") and what each holds: its length, lower-case words, initials, word classes and numbers. */
function segmentsOf(infos: readonly TokenInfo[]): { of: Uint16Array; stats: SegmentStats[] } {
  const n = infos.length;
  const of = new Uint16Array(n);
  const stats: SegmentStats[] = [];
  let cur: SegmentStats = { start: 0, end: 0, len: 0, lower: 0, initials: 0, classes: [], hashes: EMPTY };
  const mark = (c: string): void => {
    if (!cur.classes.includes(c)) cur.classes.push(c);
  };
  for (let i = 0; i < n; i++) {
    const t = infos[i];
    of[i] = stats.length;
    cur.len++;
    if (t.caseClass === Case.Lower) cur.lower++;
    if (t.caseClass === Case.Initial) cur.initials++;
    for (const c of t.classes) if (c !== 'given' && c !== 'month') mark(c);
    if (t.num === Num.Year) mark('year');
    else if (t.num === Num.Range) mark('range');
    else if (t.num !== Num.None) mark('number');
    if (t.trail.includes(':')) mark('colon');
    if (t.endsSegment || i === n - 1) {
      cur.end = i + 1;
      cur.hashes = Int32Array.from(cur.classes, hashString);
      stats.push(cur);
      cur = { start: i + 1, end: i + 1, len: 0, lower: 0, initials: 0, classes: [], hashes: EMPTY };
    }
  }
  return { of, stats };
}

const START = hashString('<s>');
const END = hashString('</s>');
const MID = hashString('m');

// Reused output buffers; each call returns views copied out of them.
let idBuffer = new Uint32Array(8192);
let edgeBuffer = new Uint32Array(1024);
let dictBuffer = new Int32Array(512);

/** Computes the hashed features of every token of an entry. `bits` sets the number of buckets (2^bits). */
export function entryFeatures(tokens: readonly EntryToken[], bits: number, dictionary?: FieldDictionary): EntryFeatures {
  const n = tokens.length;
  const infos: TokenInfo[] = new Array<TokenInfo>(n);
  for (let i = 0; i < n; i++) infos[i] = cachedInfo(tokens[i].text);
  // The dictionary's fields of each token (0 for none), and of each sentence of the entry.
  if (dictBuffer.length < n + 2) dictBuffer = new Int32Array(n * 2 + 2);
  const dict = dictBuffer;
  for (let i = 0; i < n; i++) dict[i] = dictionary !== undefined && infos[i].lower !== '' ? (dictionary.get(infos[i].lower) ?? 0) : 0;
  const mask = (1 << bits) - 1;
  const edgeMask = (1 << EDGE_BITS) - 1;
  const starts = new Uint32Array(n + 1);
  const edgeStarts = new Uint32Array(n + 1);
  if (idBuffer.length < n * 256) idBuffer = new Uint32Array(n * 256);
  if (edgeBuffer.length < n * 3) edgeBuffer = new Uint32Array(n * 4);
  const ids = idBuffer;
  const edges = edgeBuffer;
  let k = 0;
  let e = 0;
  let years = 0;
  let sentences = 0;
  let inQuote = false;
  let paren = 0;
  let sawIn = false;
  let sinceYear = -1;
  const segments = segmentsOf(infos);
  const segDict = new Int32Array(segments.stats.length);
  if (dictionary !== undefined) for (let i = 0; i < n; i++) segDict[segments.of[i]] |= dict[i];
  const put = (template: number, value: number): void => {
    ids[k++] = mix(template, value) & mask;
  };
  for (let i = 0; i < n; i++) {
    starts[i] = k;
    edgeStarts[i] = e;
    const t = infos[i];
    const prev = i > 0 ? infos[i - 1] : undefined;
    const next = i + 1 < n ? infos[i + 1] : undefined;
    if (t.quoteOpen) inQuote = true;
    if (t.parenOpen) paren++;
    put(0, 0);
    put(1, t.hWord);
    put(2, t.hShape);
    put(3, t.hFull);
    put(4, t.hPre[2]);
    put(5, t.hSuf[2]);
    put(6, t.hLead);
    put(7, t.hTrail);
    put(8, t.caseClass);
    put(9, t.num);
    for (const c of t.hClasses) put(10, c);
    put(11, Math.floor((i * 8) / Math.max(n, 1)));
    put(12, i < 6 ? i : MID);
    put(13, n - 1 - i < 4 ? n - 1 - i : MID);
    put(14, prev ? prev.hWord : START);
    put(15, next ? next.hWord : END);
    put(16, prev ? prev.hTrail : START);
    put(17, next ? next.hLead : END);
    put(18, prev ? prev.hShape : START);
    put(19, next ? next.hShape : END);
    put(20, prev ? mix(prev.caseClass, prev.hTrail) : START);
    put(21, next ? mix(next.caseClass, next.num) : END);
    if (prev) for (const c of prev.hClasses) put(22, c);
    if (next) for (const c of next.hClasses) put(23, c);
    put(24, inQuote ? 1 : 0);
    put(25, paren > 0 ? 1 : 0);
    put(26, Math.min(years, 2));
    put(27, Math.min(sentences, 5));
    put(28, sawIn ? 1 : 0);
    put(29, mix(t.caseClass, t.hTrail));
    put(30, mix(mix(Math.min(years, 2), Math.min(sentences, 4)), t.caseClass));
    put(31, mix(t.num, t.hTrail));
    put(32, t.len);
    put(33, i + 2 < n ? infos[i + 2].hWord : END);
    put(34, i > 1 ? infos[i - 2].hWord : START);
    put(35, mix(prev ? prev.hWord : START, t.hWord));
    put(36, n < 8 ? 0 : n < 20 ? 1 : 2);
    const seg = segments.of[i];
    const st = segments.stats[seg];
    const inSeg = i - st.start;
    const segPos = inSeg === 0 ? 0 : i === st.end - 1 ? 1 : 2;
    const since = sinceYear < 0 ? -1 : Math.min(sinceYear, 3);
    put(37, since);
    put(38, mix(mix(since, segPos), t.caseClass));
    for (const c of st.hashes) put(39, c);
    for (const c of st.hashes) put(40, mix(since, c));
    const lowerShare = st.lower / Math.max(1, st.len);
    put(41, mix(lowerShare === 0 ? 0 : lowerShare < 0.3 ? 1 : lowerShare < 0.6 ? 2 : 3, st.initials > 0 ? 1 : 0));
    put(42, segPos);
    put(43, mix(Math.min(segments.stats.length - 1 - seg, 3), since));
    const nextSeg = segments.stats[seg + 1];
    if (nextSeg) for (const c of nextSeg.hashes) put(44, c);
    else put(44, END);
    // AnyStyle's templates beyond the above: the token as written, affixes of other lengths, the
    // bracket and terminal classes, a finer position, and pairs of classes of neighbouring tokens.
    put(45, t.hRaw);
    put(46, t.hPre[0]);
    put(47, t.hPre[1]);
    put(48, t.hPre[3]);
    put(49, t.hSuf[0]);
    put(50, t.hSuf[1]);
    put(51, t.hSuf[3]);
    put(52, t.bracket);
    put(53, t.terminal);
    put(54, Math.round((i * 10) / Math.max(n, 1)));
    put(55, mix(prev ? prev.caseClass : -1, t.caseClass));
    put(56, mix(t.caseClass, next ? next.caseClass : -1));
    put(57, mix(prev ? prev.terminal : -1, t.caseClass));
    put(58, mix(t.num, t.bracket));
    put(59, mix(t.terminal, next ? next.caseClass : -1));
    put(60, mix(prev ? prev.terminal : -1, t.hWord));
    put(61, mix(t.hWord, t.terminal));
    put(62, mix(t.hWord, next ? next.hWord : END));
    put(63, mix(prev ? prev.num : -1, t.num));
    put(64, mix(t.num, next ? next.num : -1));
    put(65, mix(t.first, t.hPre[1]));
    put(66, mix(t.last, t.hSuf[1]));
    put(67, mix(mix(prev ? prev.last : 0, t.first), t.caseClass));
    put(68, next ? mix(next.first, next.hPre[1]) : END);
    put(69, prev ? mix(prev.last, prev.hSuf[1]) : START);
    if (t.hClasses.length > 0) for (const c of t.hClasses) put(70, mix(c, t.caseClass));
    else put(70, mix(0, t.caseClass));
    put(71, mix(inQuote ? 1 : 0, mix(paren > 0 ? 1 : 0, t.terminal)));
    if (dictionary !== undefined) {
      // The fields the training data gives this word and its neighbours, alone and with the case.
      const d = dict[i];
      put(72, d);
      put(73, mix(d, t.caseClass));
      put(74, i > 0 ? dict[i - 1] : -1);
      put(75, i + 1 < n ? dict[i + 1] : -1);
      put(76, mix(i > 0 ? dict[i - 1] : -1, d));
      put(77, mix(d, i + 1 < n ? dict[i + 1] : -1));
      put(78, segDict[seg]);
    }
    // Edge features of the transition from token i - 1 into token i: the first symbol of this token,
    // the last of the one before, and the punctuation that ends the one before with this one's case.
    if (prev) {
      edges[e++] = mix(100, t.first) & edgeMask;
      edges[e++] = mix(101, prev.last) & edgeMask;
      edges[e++] = mix(102, mix(prev.hTrail, t.caseClass)) & edgeMask;
    }
    // State after this token, read by the next one.
    if (t.num === Num.Year || t.num === Num.YearRange) {
      years++;
      sinceYear = 0;
    }
    if (sinceYear >= 0 && i === st.end - 1 && !(t.num === Num.Year || t.num === Num.YearRange)) sinceYear++;
    if (t.quoteClose) inQuote = false;
    if (t.parenClose) paren = Math.max(0, paren - 1);
    if ((t.endsSegment || t.trail.includes(':')) && t.caseClass !== Case.Initial && t.lower.length > 2) sentences++;
    if (t.isIn && (t.caseClass === Case.Cap || t.trail.includes(':'))) sawIn = true;
  }
  starts[n] = k;
  edgeStarts[n] = e;
  return { ids: ids.slice(0, k), starts, edges: edges.slice(0, e), edgeStarts };
}

/** FNV-1a over a string's UTF-16 code units. */
function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Mixes two 32-bit numbers into one (a template number and a value hash, or two value hashes). */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}
