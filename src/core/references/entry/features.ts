/**
 * Token features of the entry labeller, hashed into a fixed number of buckets (feature hashing: the
 * model stores weights per bucket, never the feature strings). Each token gets the features AnyStyle
 * and GROBID use: its word and shape, case, digits, the punctuation around it, its position in the
 * entry and among the entry's sentences, what came before (a year, an opening quote, "In"), the word
 * classes it belongs to (./lexicon), and the same for its neighbours.
 */
import type { EntryToken } from './tokens';
import { wordClasses } from './lexicon';

/** Feature ids of every token: those of token `i` are `ids[starts[i]] … ids[starts[i + 1] - 1]`, each in `[0, 2^bits)`. */
export interface EntryFeatures {
  readonly ids: Uint32Array;
  readonly starts: Uint32Array;
}

interface TokenInfo {
  lower: string;
  shape: string;
  full: string;
  lead: string;
  trail: string;
  caseClass: string;
  num: string;
  classes: readonly string[];
}

const YEAR = /^(?:1[5-9]\d\d|20\d\d)[a-z]?$/;
const ROMAN = /^[ivxlc]+$/;
const URL_LIKE = /^(?:<?https?:\/\/|www\.|<?doi:|10\.\d{4,}\/|urn:)/i;
const DOI_LIKE = /(?:^|doi\.org\/|doi:)10\.\d{4,}\//i;
const ISBN_LIKE = /^(?:97[89][-\d]{10,14}|\d[-\d]{8,12}[\dx])$/i;

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

function infoOf(text: string): TokenInfo {
  let a = 0;
  let b = text.length;
  while (a < b && !isAlnum(text.charCodeAt(a))) a++;
  while (b > a && !isAlnum(text.charCodeAt(b - 1))) b--;
  const core = text.slice(a, b);
  const lower = core.toLowerCase();
  const lead = text.slice(0, a);
  const trail = text.slice(b);
  let caseClass: string;
  if (core === '') caseClass = 'none';
  else if (core === lower) caseClass = core.toUpperCase() === core ? 'nocase' : 'lower';
  else if (core === core.toUpperCase()) caseClass = core.length === 1 ? 'initial' : 'upper';
  else if (core[0] !== core[0].toLowerCase()) caseClass = 'cap';
  else caseClass = 'mixed';
  let num = 'none';
  if (YEAR.test(core)) num = 'year';
  else if (/^\d+$/.test(core)) num = `digits${Math.min(core.length, 5)}`;
  else if (/^\d+[-\u2013\u2014]+\d+$/.test(core)) num = /^(?:1[5-9]\d\d|20\d\d)[-\u2013]\d{2,4}$/.test(core) ? 'yearrange' : 'range';
  else if (/\d/.test(core)) num = /^\d+(?:st|nd|rd|th|e|ème|a|ª|º)$/.test(lower) ? 'ordinal' : 'mixed';
  else if (ROMAN.test(lower) && lower.length <= 5 && caseClass !== 'cap') num = 'roman';
  let classes = wordClasses(lower);
  if (URL_LIKE.test(text) || /^https?:/.test(lower)) classes = [...classes, 'url'];
  if (DOI_LIKE.test(text)) classes = [...classes, 'doi'];
  if (ISBN_LIKE.test(core)) classes = [...classes, 'isbn'];
  return { lower: lower.length > 24 ? lower.slice(0, 24) : lower, shape: shapeOf(core, 8), full: shapeOf(text, 12), lead, trail, caseClass, num, classes };
}

const OPEN_QUOTES = '\u201c\u2018\u00ab\u201e"\'';
const CLOSE_QUOTES = '\u201d\u2019\u00bb"\'';

/** Computes the hashed features of every token of an entry. `bits` sets the number of buckets (2^bits). */
export function entryFeatures(tokens: readonly EntryToken[], bits: number): EntryFeatures {
  const n = tokens.length;
  const infos = tokens.map((t) => infoOf(t.text));
  const mask = (1 << bits) - 1;
  const starts = new Uint32Array(n + 1);
  // Per token, the hashes of its strings, computed once and reused by its neighbours' features.
  const hLower = new Int32Array(n);
  const hShape = new Int32Array(n);
  const hTrail = new Int32Array(n);
  const hLead = new Int32Array(n);
  const hCase = new Int32Array(n);
  const hNum = new Int32Array(n);
  const hClasses: Int32Array[] = [];
  for (let i = 0; i < n; i++) {
    const t = infos[i];
    hLower[i] = hashString(t.lower);
    hShape[i] = hashString(t.shape);
    hTrail[i] = hashString(t.trail);
    hLead[i] = hashString(t.lead);
    hCase[i] = hashString(t.caseClass);
    hNum[i] = hashString(t.num);
    hClasses.push(Int32Array.from(t.classes, hashString));
  }
  const START = hashString('<s>');
  const END = hashString('</s>');
  const MID = hashString('m');
  const ids = new Uint32Array(n * 192);
  let k = 0;
  let years = 0;
  let sentences = 0;
  let inQuote = false;
  let paren = 0;
  let sawIn = false;
  let sinceYear = -1;
  const segments = segmentsOf(tokens, infos);
  for (let i = 0; i < n; i++) {
    starts[i] = k;
    const t = infos[i];
    const p = i - 1;
    const q = i + 1;
    const quoteOpen = t.lead !== '' && OPEN_QUOTES.includes(t.lead[t.lead.length - 1]);
    if (quoteOpen) inQuote = true;
    if (t.lead.includes('(') || t.lead.includes('[')) paren++;
    ids[k++] = mix(0, 0) & mask;
    ids[k++] = mix(1, hLower[i]) & mask;
    ids[k++] = mix(2, hShape[i]) & mask;
    ids[k++] = mix(3, hashString(t.full)) & mask;
    ids[k++] = mix(4, hashString(t.lower.slice(0, 3))) & mask;
    ids[k++] = mix(5, hashString(t.lower.slice(-3))) & mask;
    ids[k++] = mix(6, hLead[i]) & mask;
    ids[k++] = mix(7, hTrail[i]) & mask;
    ids[k++] = mix(8, hCase[i]) & mask;
    ids[k++] = mix(9, hNum[i]) & mask;
    for (const c of hClasses[i]) ids[k++] = mix(10, c) & mask;
    ids[k++] = mix(11, Math.floor((i * 8) / Math.max(n, 1))) & mask;
    ids[k++] = mix(12, i < 6 ? i : MID) & mask;
    ids[k++] = mix(13, n - 1 - i < 4 ? n - 1 - i : MID) & mask;
    ids[k++] = mix(14, p >= 0 ? hLower[p] : START) & mask;
    ids[k++] = mix(15, q < n ? hLower[q] : END) & mask;
    ids[k++] = mix(16, p >= 0 ? hTrail[p] : START) & mask;
    ids[k++] = mix(17, q < n ? hLead[q] : END) & mask;
    ids[k++] = mix(18, p >= 0 ? hShape[p] : START) & mask;
    ids[k++] = mix(19, q < n ? hShape[q] : END) & mask;
    ids[k++] = mix(20, p >= 0 ? mix(hCase[p], hTrail[p]) : START) & mask;
    ids[k++] = mix(21, q < n ? mix(hCase[q], hNum[q]) : END) & mask;
    if (p >= 0) for (const c of hClasses[p]) ids[k++] = mix(22, c) & mask;
    if (q < n) for (const c of hClasses[q]) ids[k++] = mix(23, c) & mask;
    ids[k++] = mix(24, inQuote ? 1 : 0) & mask;
    ids[k++] = mix(25, paren > 0 ? 1 : 0) & mask;
    ids[k++] = mix(26, Math.min(years, 2)) & mask;
    ids[k++] = mix(27, Math.min(sentences, 5)) & mask;
    ids[k++] = mix(28, sawIn ? 1 : 0) & mask;
    ids[k++] = mix(29, mix(hCase[i], hTrail[i])) & mask;
    ids[k++] = mix(30, mix(mix(Math.min(years, 2), Math.min(sentences, 4)), hCase[i])) & mask;
    ids[k++] = mix(31, mix(hNum[i], hTrail[i])) & mask;
    ids[k++] = mix(32, Math.min(t.lower.length, 10)) & mask;
    ids[k++] = mix(33, i + 2 < n ? hLower[i + 2] : END) & mask;
    ids[k++] = mix(34, i > 1 ? hLower[i - 2] : START) & mask;
    ids[k++] = mix(35, mix(p >= 0 ? hLower[p] : START, hLower[i])) & mask;
    ids[k++] = mix(36, n < 8 ? 0 : n < 20 ? 1 : 2) & mask;
    const seg = segments.of[i];
    const st = segments.stats[seg];
    const inSeg = i - st.start;
    const segPos = inSeg === 0 ? 0 : i === st.end - 1 ? 1 : 2;
    const since = sinceYear < 0 ? -1 : Math.min(sinceYear, 3);
    ids[k++] = mix(37, since) & mask;
    ids[k++] = mix(38, mix(mix(since, segPos), hCase[i])) & mask;
    for (const c of st.hashes) ids[k++] = mix(39, c) & mask;
    for (const c of st.hashes) ids[k++] = mix(40, mix(since, c)) & mask;
    const lowerShare = st.lower / Math.max(1, st.len);
    ids[k++] = mix(41, mix(lowerShare === 0 ? 0 : lowerShare < 0.3 ? 1 : lowerShare < 0.6 ? 2 : 3, st.initials > 0 ? 1 : 0)) & mask;
    ids[k++] = mix(42, segPos) & mask;
    ids[k++] = mix(43, mix(Math.min(segments.stats.length - 1 - seg, 3), since)) & mask;
    const nextSeg = segments.stats[seg + 1];
    if (nextSeg) for (const c of nextSeg.hashes) ids[k++] = mix(44, c) & mask;
    else ids[k++] = mix(44, END) & mask;
    // State after this token, read by the next one.
    if (t.num === 'year' || t.num === 'yearrange') {
      years++;
      sinceYear = 0;
    }
    if (sinceYear >= 0 && i === st.end - 1 && !(t.num === 'year' || t.num === 'yearrange')) sinceYear++;
    const trail = t.trail;
    if ((trail !== '' && CLOSE_QUOTES.includes(trail[0])) || (trail.length > 1 && CLOSE_QUOTES.includes(trail[trail.length - 1]))) inQuote = false;
    if (trail.includes(')') || trail.includes(']')) paren = Math.max(0, paren - 1);
    if ((endsSegment(tokens[i].text, t) || t.trail.includes(':')) && t.caseClass !== 'initial' && t.lower.length > 2) sentences++;
    if (t.classes.includes('in') && (t.caseClass === 'cap' || t.trail.includes(':'))) sawIn = true;
  }
  starts[n] = k;
  return { ids: ids.subarray(0, k), starts };
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

/** A token that ends a sentence of the entry: a final period, "?" or "!" before any closing quotes or brackets (not after an initial or a word of a list). */
function endsSegment(text: string, info: TokenInfo): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSING.includes(text[i])) i--;
  if (i < 0 || (text[i] !== '.' && text[i] !== '?' && text[i] !== '!')) return false;
  return info.caseClass !== 'initial' && info.lower.length > 2 && info.classes.length === 0;
}

const CLOSING = '\u201d\u2019"\')]';

/** The entry's sentences ("segments") and what each holds: its length, lower-case words, initials, word classes and numbers. */
function segmentsOf(tokens: readonly EntryToken[], infos: readonly TokenInfo[]): { of: Uint16Array; stats: SegmentStats[] } {
  const n = tokens.length;
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
    if (t.caseClass === 'lower') cur.lower++;
    if (t.caseClass === 'initial') cur.initials++;
    for (const c of t.classes) if (c !== 'given' && c !== 'month') mark(c);
    if (t.num === 'year') mark('year');
    else if (t.num === 'range') mark('range');
    else if (t.num !== 'none') mark('number');
    if (t.trail.includes(':')) mark('colon');
    if (endsSegment(tokens[i].text, t) || i === n - 1) {
      cur.end = i + 1;
      cur.hashes = Int32Array.from(cur.classes, hashString);
      stats.push(cur);
      cur = { start: i + 1, end: i + 1, len: 0, lower: 0, initials: 0, classes: [], hashes: EMPTY };
    }
  }
  return { of, stats };
}

const EMPTY = new Int32Array(0);

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
