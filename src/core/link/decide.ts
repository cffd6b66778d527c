/**
 * The decision for one cited work, from its scored candidates, with every threshold in one place:
 * the best candidate clearly wins → linked; a near tie → ambiguous, with the candidates; below the
 * floor or none → unresolved.
 */
import type { CitedWork } from '../model';
import type { Scored } from './score';
import type { YearKey } from './profile';
import { say } from '../messages';
import { plural } from './score';

/** A rival within this much of the best score makes the work ambiguous. */
export const TIE_MARGIN = 0.1;
/** A best score below this links nothing. */
export const FLOOR = 0.15;

/** How much each repair lowers a link's confidence. */
export const SLIP_WEIGHT = {
  /** A surname one edit from the list's (two for long names): "Binder" for "Bilder". */
  name: 0.8,
  /** A surname two edits away. */
  name2: 0.7,
  /** A year one slip from the list's: "2919" for 2019, "214" for 2014. */
  year: 0.8,
  /** Two works of the year told apart by the kind of work the text names: "Ranta's book (2011)" for the book of 2011a and 2011b. */
  kind: 0.8,
  /** A year in the text for the author's only entry, which has no date ("s.d.", "n.d."): "(INPE, 2011)". */
  undated: 0.7,
  /** A year one digit from the year of the author's only entry ("McGann 2016" for 2014), on top of the year's slip. */
  otherYear: 0.7,
  /** A year the entry gives to another edition or a translation ("2009 (Trad. cast. … 2010)"), on top of the year's slip. */
  editionYear: 0.85,
  /** The newspaper or journal named instead of the author ("(Westfälischer Anzeiger, 2017a)"): the link's whole confidence. */
  container: 0.6,
} as const;

/** The outcome for one work. */
export interface Decision {
  readonly status: CitedWork['status'];
  readonly targets: readonly string[];
  readonly confidence: number;
  readonly reasons: readonly string[];
  readonly unknownName?: boolean;
}

/** Unresolved, with one reason. */
export function unresolved(reason: string, unknownName = false): Decision {
  return unknownName ? { status: 'unresolved', targets: [], confidence: 0, reasons: [reason], unknownName } : { status: 'unresolved', targets: [], confidence: 0, reasons: [reason] };
}

/**
 * Chooses among the candidates whose year agrees (`accepted`, any order). `shown` is the work as the
 * reasons name it ("Smith & Lee 2005"), `year` the year the text gives.
 */
export function decide(accepted: readonly Scored[], shown: string, year: YearKey): Decision | undefined {
  const ranked = [...accepted].sort((a, b) => b.confidence - a.confidence);
  const top = ranked[0];
  if (!top || top.confidence < FLOOR) return undefined;
  const rivals = ranked.filter((c) => c !== top && c.confidence >= top.confidence - TIE_MARGIN);
  if (rivals.length === 0) return { status: 'linked', targets: [top.profile.reference.id], confidence: round(top.confidence), reasons: top.reasons };
  const all = [top, ...rivals].sort((a, b) => a.profile.reference.index - b.profile.reference.index);
  if (sameWork(all)) {
    const ids = all.map((c) => c.profile.reference.id).join(', ');
    return linkedTo(all[0], LISTED_TWICE_WEIGHT, say('the list gives this work more than once ({0}); the first is taken', ids));
  }
  const lettered = byLetter(all, year);
  if (lettered) {
    const entry = entryName(lettered);
    return linkedTo(lettered, LETTER_WEIGHT, year.suffix ? say('of the entries of that year, only {0} has the letter the text gives', entry) : say('the text gives no letter after the year, and only {0} has none in the list', entry));
  }
  const ordered = byListOrder(all, year);
  if (ordered) {
    return linkedTo(ordered, LIST_ORDER_WEIGHT, say('the list prints no letters after the year; in its order, letter {0} stands for work {1} of that year, {2}', year.suffix, year.suffix.charCodeAt(0) - 96, entryName(ordered)));
  }
  const reasons = [say('{0} match “{1}”: {2}', plural(all.length, 'reference'), shown, all.map(entryName).join(', '))];
  if (!year.suffix && all.some((c) => c.profile.year.suffix)) reasons.push(say('the text gives no letter after the year to tell them apart'));
  return { status: 'ambiguous', targets: all.map((c) => c.profile.reference.id), confidence: round(top.confidence / all.length), reasons };
}

/**
 * A link to `c` told apart from its rivals by one more reason, its confidence times `weight`; the reasons are
 * `c`'s own, or `before` when given (an ambiguity's, that the reason resolves), then `reason`.
 */
export function linkedTo(c: Scored, weight: number, reason: string, before: readonly string[] = c.reasons): Decision {
  return { status: 'linked', targets: [c.profile.reference.id], confidence: round(c.confidence * weight), reasons: [...before, reason] };
}

/** “Smith 2010” (entry 4): a candidate as the reasons name it. */
export function entryName(c: Scored): string {
  return say('“{0}” (entry {1})', c.profile.label, c.profile.reference.index + 1);
}

/** How much a link told apart only by the letter after the year (or its absence) loses. */
const LETTER_WEIGHT = 0.9;

/**
 * "Santos (2014)" against "SANTOS, E. … 2014." and "SANTOS, E. … 2014b.": a list that letters the second work of
 * a year and not the first. Among tied entries of one year, the one whose letter is the text's, a year without a
 * letter taking the one entry printed without one. Undefined when none or several fit (2011a and 2011b both lettered
 * stay ambiguous for "2011").
 */
function byLetter(tied: readonly Scored[], year: YearKey): Scored | undefined {
  const fits = tied.filter((c) => c.profile.year.suffix === year.suffix);
  if (fits.length !== 1) return undefined;
  const base = fits[0].profile.year.base;
  return /^\d{4}$/.test(base) && tied.every((c) => c.profile.year.base === base) ? fits[0] : undefined;
}

/** How much a link told apart by the list's order alone loses. */
const LIST_ORDER_WEIGHT = 0.8;

/**
 * "Araujo (2015c)" against five entries "ARAUJO, L. C. … 2015." that print no letter: a style that letters the
 * works of a year in the text only gives the letters in the list's order, so "c" is the third of them. Only
 * when every tied entry is of that year without a letter and the letter is within their number.
 */
function byListOrder(tied: readonly Scored[], year: YearKey): Scored | undefined {
  if (!/^[a-z]$/.test(year.suffix) || tied.length < 2) return undefined;
  if (!tied.every((c) => c.profile.year.suffix === '' && c.profile.year.base === year.base)) return undefined;
  return tied[year.suffix.charCodeAt(0) - 97];
}

/** How much a link to the first of a work listed twice loses. */
const LISTED_TWICE_WEIGHT = 0.9;
/** Letters of the titles compared to tell a work listed twice. */
const SAME_TITLE_PREFIX = 24;
/** A shorter title ("A Formação Social da Mente") must be the same in full, and have at least this many letters. */
const SAME_SHORT_TITLE = 12;

/**
 * Whether tied candidates are one work listed more than once: the same year and letter, and titles
 * that agree on their first letters once spaces and punctuation are set aside (a short title: all of it).
 */
function sameWork(tied: readonly Scored[]): boolean {
  const a = tied[0].profile;
  const long = a.titleKey.length >= SAME_TITLE_PREFIX;
  if (!long && a.titleKey.length < SAME_SHORT_TITLE) return false;
  const prefix = a.titleKey.slice(0, SAME_TITLE_PREFIX);
  return tied.every((c) => (long ? c.profile.titleKey.startsWith(prefix) : c.profile.titleKey === a.titleKey) && c.profile.year.base === a.year.base && c.profile.year.suffix === a.year.suffix);
}

/** Distance in years between two year keys (1000 when either is not a number). */
export function yearDistance(a: YearKey, b: YearKey): number {
  const x = Number(a.base);
  const y = Number(b.base);
  if (Number.isFinite(x) && Number.isFinite(y) && a.base && b.base) return Math.abs(x - y);
  return 1000;
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}
