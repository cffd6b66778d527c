/**
 * From labelled tokens to raw fields: each run of tokens with the same label is one field, with its
 * text as the entry writes it (from the first token's start to the last one's end), and the lowest
 * confidence of its tokens. Then the field's text without the marks that only frame it: quotes and
 * closing punctuation around a title, "In" before a book, "pp." before pages, "(Eds.)" after editors.
 */
import type { LabelledToken } from './labeler';

/** One run of equally labelled tokens. Offsets are into the labelled text. */
export interface EntryField {
  readonly label: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The lowest confidence of the run's tokens. */
  readonly confidence: number;
}

/** The runs of equally labelled tokens, in entry order. */
export function fieldRuns(tokens: readonly LabelledToken[], text: string): EntryField[] {
  const out: EntryField[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    let confidence = tokens[i].confidence;
    while (j + 1 < tokens.length && tokens[j + 1].label === tokens[i].label) {
      j++;
      confidence = Math.min(confidence, tokens[j].confidence);
    }
    out.push({ label: tokens[i].label, text: text.slice(tokens[i].start, tokens[j].end), start: tokens[i].start, end: tokens[j].end, confidence });
    i = j + 1;
  }
  return out;
}

const OPENERS = ' .,;:"\'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a([{<*_|';
const CLOSERS = ' "\'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a)]}>*_,.;:/|';
const LEADING_YEARS = /^(?:[([]?(?:1[5-9]\d\d|20\d\d)\d?[a-z]?[)\]]?[.,:]? )+/;

/** A title without a year the labeller left at its start ("(1979) 1986. Laboratory Life" gives "Laboratory Life"), and without its frame. */
export function titleText(s: string): string {
  return stripFrame(stripFrame(s).replace(LEADING_YEARS, ''));
}

/** Removes the quotes, brackets and closing punctuation around a field ("“Title,”" gives "Title"); a final "?" or "!" stays. */
export function stripFrame(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && OPENERS.includes(s[a])) a++;
  while (b > a && CLOSERS.includes(s[b - 1])) b--;
  let out = s.slice(a, b);
  // A bracket that opened inside the field keeps its closing partner: "Title (Second Edition)", "Title [in Chinese]".
  if (b < s.length && s.slice(b).includes(')') && out.lastIndexOf('(') > out.lastIndexOf(')')) out += ')';
  else if (b < s.length && s.slice(b).includes(']') && out.lastIndexOf('[') > out.lastIndexOf(']')) out += ']';
  return out;
}

const IN_PREFIX = /^(?:in|em|en|dans|im|from) ?:? /i;

/** ABNT's "[s. l.]" (no place) or "[s. n.]" (no publisher) after a journal's or book's name: "Pensar a Prática, [s. l.]". */
const NO_PLACE_MARK = /,? ?\[s\. ?[ln]\.?\][,.;:]?$/i;

/** A container's name without the "[s. l.]" or "[s. n.]" after it: "Pensar a Prática, [s. l.]," gives "Pensar a Prática". */
export function withoutNoPlaceMark(s: string): string {
  return s.trim().replace(NO_PLACE_MARK, '');
}

/**
 * A container's name written twice, as a sentence each ("The New York Times. The New York Times": a site and its
 * publisher of the same name, as reference managers print them), once. Any other text is returned as it is.
 */
export function onceIfRepeated(s: string): string {
  const half = (s.length - 2) / 2;
  if (half < 2 || !Number.isInteger(half) || s.slice(half, half + 2) !== '. ') return s;
  return s.slice(0, half) === s.slice(half + 2) ? s.slice(0, half) : s;
}

/** A book's or journal's title without the "In:" before it, the "[s. l.]" after it, and its frame. */
export function containerText(s: string): string {
  return stripFrame(stripFrame(withoutNoPlaceMark(s)).replace(IN_PREFIX, ''));
}

/** Words that only say the role of the names beside them: "edited by", "(Eds.)", "trans.", "Hrsg. von". */
const ROLE_WORDS = new Set(
  (
    'ed eds ed. eds. (ed.) (eds.) (ed) (eds) editor editors (editor) (editors) edited compiled translated trans. trans tr. transl. ' +
    'hrsg. hrsg (hrsg.) hg. (hg.) herausgegeben übersetzt übers. org. orgs. (org.) (orgs.) organizado organizadores editado ' +
    'coord. (coord.) comp. (comp.) dir. (dir.) éd. éds. (éd.) (éds.) édité traduit traduction traducción tradução trad. by von por par di de ' +
    'in in: em em: en en: dans im im: a cura'
  ).split(' '),
);

/**
 * An editor field that holds the book as well ("In Advances in Social Theory, edited by Karin
 * Knorr-Cetina", "In Olafur Eliasson: Contact."): the book before the first role word, the names
 * after it. A field of names with its role mark after them ("In O. Card (Ed.),") has no book.
 */
export function splitEditorField(s: string): { book?: string; names: string } {
  const words = stripFrame(s).split(' ');
  if (words.length < 2 || !/^(?:in|em|en|dans|im):?$/i.test(words[0])) return { names: s };
  const role = words.findIndex((w, i) => i > 0 && ROLE_WORDS.has(w.toLowerCase().replace(/,$/, '')) && !PREPOSITIONS.has(w.toLowerCase()));
  if (role < 0) return { book: containerText(s), names: '' };
  const marksAfterNames = /^\(/.test(words[role]) || /^(?:eds?|hrsg|hg|orgs?)\.?,?$/i.test(words[role]);
  if (marksAfterNames || role === 1) return { names: s };
  return { book: containerText(words.slice(0, role).join(' ')), names: words.slice(role).join(' ') };
}

const PREPOSITIONS = new Set('by von por par di de in in: em em: en en: dans im im:'.split(' '));

/** The names of an editor or translator field without its role words: "In O. Card (Ed.)," gives "O. Card." (an initial keeps its period). */
export function roleNamesText(s: string): string {
  const words = s.trim().split(' ');
  const kept = words.filter((w) => !ROLE_WORDS.has(w.toLowerCase().replace(/,$/, '')));
  const joined = kept.join(' ');
  let a = 0;
  let b = joined.length;
  while (a < b && ' ,;:'.includes(joined[a])) a++;
  while (b > a && ' ,;:'.includes(joined[b - 1])) b--;
  return joined.slice(a, b);
}

/** Pages as a range: "pp. 1761–1800)." gives "1761–1800"; undefined when there is no number. */
export function pagesText(s: string): string | undefined {
  const m = /([a-z]?\d{1,7})(?: ?[-\u2010-\u2015]{1,2} ?([a-z]?\d{1,7}))?/i.exec(s.slice(0, 80));
  if (!m) return undefined;
  return m[2] ? `${m[1]}-${m[2]}` : m[1];
}
