/**
 * A small tokenizer for the head of a reference entry (where the authors stand), and the word
 * classes the name parser needs. Scans character by character: no regex runs over unbounded text.
 */
import { LIST_CONNECTOR_WORDS, LIST_PARTICLE_WORDS } from '../lexicon';

/** One token of an entry's head. Offsets are into the string given to {@link tokenize}. */
export interface Token {
  readonly kind: 'word' | 'number' | 'punct';
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const LETTER = /\p{L}|\p{M}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function isLetter(ch: string): boolean {
  if (ch === '') return false;
  // ASCII first: almost every character of a list is ASCII, and a regex test per character is slow.
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return LETTER.test(ch);
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** Characters that may continue a word once it has started: letters, apostrophes, hyphens, inner dots. */
function continuesWord(ch: string): boolean {
  return isLetter(ch) || ch === "'" || ch === '\u2019' || ch === '-' || ch === '\u2010' || ch === '.';
}

/**
 * Splits `s` into words, numbers and single punctuation characters, skipping white space.
 * A word keeps inner dots and a final dot when it is an initial or an abbreviation ("T.V.", "J.",
 * "Hrsg."); the final dot of an ordinary word ("Lee.") becomes its own token.
 */
export function tokenize(s: string, limit = 400): Token[] {
  const tokens: Token[] = [];
  const n = Math.min(s.length, limit);
  let i = 0;
  while (i < n) {
    const ch = s[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0') {
      i++;
      continue;
    }
    // A Dutch elided article opens a name: "’t Hart", "'s Jacob" (the apostrophe belongs to the word).
    const elided = (ch === "'" || ch === '\u2019') && (s[i + 1] === 't' || s[i + 1] === 's') && (s[i + 2] === ' ' || s[i + 2] === '-') && (i === 0 || !isLetter(s[i - 1]));
    if (isLetter(ch) || elided) {
      let j = elided ? i + 2 : i + 1;
      while (j < n && continuesWord(s[j])) {
        // A dot continues the word only before a letter ("T.V", "U.S") or a hyphenated initial
        // ("J.-C."), or at its end (handled below).
        if (s[j] === '.' && (s[j + 1] === '-' || s[j + 1] === '\u2010') && j + 2 < n && UPPER.test(s[j + 2])) {
          j += 2;
          continue;
        }
        if (s[j] === '.' && !(j + 1 < n && isLetter(s[j + 1]))) {
          j++;
          break;
        }
        j++;
      }
      let text = s.slice(i, j);
      // Trailing hyphens or apostrophes are punctuation, not part of the word.
      while (text.length > 1 && /[-'\u2019\u2010]$/.test(text)) text = text.slice(0, -1);
      const end = i + text.length;
      if (text.endsWith('.') && text.length > 1 && !keepsDot(text)) {
        tokens.push({ kind: 'word', text: text.slice(0, -1), start: i, end: end - 1 });
        tokens.push({ kind: 'punct', text: '.', start: end - 1, end });
      } else {
        tokens.push({ kind: 'word', text, start: i, end });
      }
      i = end;
      continue;
    }
    if (isDigit(ch)) {
      let j = i + 1;
      while (j < n && isDigit(s[j])) j++;
      // A year suffix: "2010a" (one lower-case letter not followed by another letter).
      if (j < n && /[a-z]/.test(s[j]) && !(j + 1 < n && isLetter(s[j + 1]))) j++;
      tokens.push({ kind: 'number', text: s.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    tokens.push({ kind: 'punct', text: ch, start: i, end: i + 1 });
    i++;
  }
  return tokens;
}

/** Words whose final dot belongs to them: initials and the abbreviations met in author segments. */
function keepsDot(text: string): boolean {
  if (isInitials(text)) return true;
  return ABBREVIATIONS.has(text.slice(0, -1).toLowerCase());
}

/** Abbreviations (without their dot) that end with a dot but do not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'ed', 'eds', 'edn', 'hrsg', 'hg', 'org', 'orgs', 'coord', 'coords', 'dir', 'dirs', 'comp', 'comps', 'trans', 'transl',
  'trad', 'rev', 'repr', 'jr', 'sr', 'dr', 'mr', 'mrs', 'ms', 'st', 'inc', 'ltd', 'co', 'corp', 'al', 'cf', 'vs', 'vol',
  'vols', 'no', 'nos', 'nr', 'pp', 'p', 's', 'v', 'n', 't', 'ch', 'chap', 'cap', 'fig', 'ibid', 'op', 'cit', 'bd', 'jg',
  'aufl', 'ders', 'dies', 'univ', 'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'fev', 'abr', 'ago', 'set', 'out', 'dez', 'ene', 'dic', 'okt', 'núm', 'num', 'e.g', 'i.e', 'u.a', 'o.j', 'n.d',
  's.d', 'et', 'overarb', 'überarb', 'erw', 'akt', 'hrsgg', 'vgl', 'ca', 'approx', 'esp', 'sc', 'rpt', 'ser', 'suppl',
]);

/**
 * True for initials: "J.", "T.V.", "J.-L.", "A.M." and a lone capital "J". Not for capital words
 * without dots ("LI", "WU" are surnames in lists that write surnames in capitals).
 */
export function isInitials(text: string): boolean {
  if (text.length === 1) return UPPER.test(text);
  let sawLetter = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (UPPER.test(ch)) {
      // Each capital must be followed by a dot (or, for the last letter of "Ch." style, a lower-case letter is not allowed).
      if (text[i + 1] !== '.') return false;
      sawLetter = true;
      i++;
      if (text[i + 1] === '-' || text[i + 1] === '\u2010') i++;
      continue;
    }
    return false;
  }
  return sawLetter;
}

/** True when the word starts with a capital letter ("Smith", "BROOKS", "O'Connell", "Åkerlund"). */
export function isCapitalized(text: string): boolean {
  return text !== '' && UPPER.test(text[0]);
}

/** True when the word starts with a lower-case letter. */
export function isLowerStart(text: string): boolean {
  return text !== '' && LOWER.test(text[0]);
}

/** Name particles (compared in lower case): "de", "van der", "von", "da", "del", "di", "le"… */
export const PARTICLES: ReadonlySet<string> = LIST_PARTICLE_WORDS;

/** Words joining the last two names of a list, in the languages lists are written in. */
export const CONNECTORS: ReadonlySet<string> = LIST_CONNECTOR_WORDS;

/** Lower-case words allowed inside an organisation's name ("Department for International Development"). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'of', 'for', 'and', 'the', 'on', 'in', 'at', 'to', 'de', 'da', 'do', 'das', 'dos', 'del', 'la', 'las', 'los', 'el',
  'e', 'y', 'et', 'des', 'du', 'für', 'und', 'der', 'die', 'das', 'zur', 'zum', 'di', 'della', 'per', 'em', 'en', 'les',
  'le', '&',
]);

/**
 * Words that name kinds of publications or places in a reference, never a person: they stop a
 * name list ("CONTESSI, Nicola, China Quarterly, Volume 8" has one author).
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'journal', 'review', 'quarterly', 'studies', 'university', 'press', 'policy', 'institute', 'volume', 'vol', 'revista',
  'zeitschrift', 'proceedings', 'conference', 'report', 'paper', 'papers', 'forum', 'bulletin', 'annals', 'anais',
  'cadernos', 'magazine', 'times', 'news', 'working', 'series', 'issue', 'edition', 'editora', 'verlag', 'pp', 'in',
  'the', 'available', 'retrieved', 'accessed', 'online', 'http', 'https', 'www', 'doi', 'no', 'nr', 'vol', 'tese',
  'thesis', 'dissertation', 'international', 'affairs', 'security', 'economics', 'history', 'science', 'sciences',
  'organization', 'organisation', 'agency', 'ministry', 'ministério', 'ministerio', 'department', 'association',
  'council', 'commission', 'office', 'foundation', 'society', 'center', 'centre', 'bank', 'nations', 'union', 'group',
  'committee', 'board', 'programme', 'program', 'institut', 'instituto', 'universidade', 'universidad', 'universität',
]);

/** Marks after a name list saying the names are editors: "(ed.)", "(Eds.)", "(Hrsg.)", "(org.)", "(coord.)". */
export const EDITOR_MARKS: ReadonlySet<string> = new Set([
  'ed', 'eds', 'ed.', 'eds.', 'editor', 'editors', 'hrsg', 'hrsg.', 'hg', 'hg.', 'org', 'org.', 'orgs', 'orgs.', 'coord',
  'coord.', 'coords', 'coords.', 'dir', 'dir.', 'dirs', 'dirs.', 'comp', 'comp.', 'comps', 'comps.', 'éd', 'éd.', 'éds',
  'éds.', 'ed. lit', 'coord.ª', 'a cura di', 'red', 'red.', 'herausgeber', 'editores', 'organizadores', 'organizador',
]);

/** Name suffixes written after a comma: "King, Martin Luther, Jr." */
export const SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
