/** Years and dates as reference entries write them, in the languages lists are written in. */
import { trimEndChars } from '../text';
import { NO_DATE_START_RE, PENDING_START_RE, UNDATED_ANYWHERE_RE } from '../lexicon';

/** Month names and their usual abbreviations (English, Portuguese, Spanish, French, German, Italian). */
const MONTHS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const lists = [
    'january february march april may june july august september october november december',
    'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    'januar februar märz april mai juni juli august september oktober november dezember',
    'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    'jan feb mar apr may jun jul aug sep oct nov dec',
    'jan fev mar abr mai jun jul ago set out nov dez',
    'ene feb mar abr may jun jul ago sep oct nov dic',
    'jan feb mär apr mai jun jul aug sep okt nov dez',
  ];
  for (const list of lists) list.split(' ').forEach((name, k) => m.set(name, k + 1));
  m.set('sept', 9);
  m.set('juil', 7);
  m.set('janv', 1);
  m.set('févr', 2);
  m.set('avr', 4);
  m.set('déc', 12);
  return m;
})();

/** The month number (1–12) of a month name or abbreviation, with or without its dot; undefined otherwise. */
export function monthNumber(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, ''));
}

/** Seasons as CSL numbers them (1 spring … 4 winter). */
const SEASONS: ReadonlyMap<string, number> = new Map([
  ['spring', 1], ['summer', 2], ['autumn', 3], ['fall', 3], ['winter', 4],
  ['primavera', 1], ['verão', 2], ['verano', 2], ['outono', 3], ['otoño', 3], ['inverno', 4], ['invierno', 4],
  ['frühjahr', 1], ['frühling', 1], ['sommer', 2], ['herbst', 3],
]);

/** What a year expression gives: a year with an optional suffix and month/day, or a literal such as "n.d.". */
export interface YearInfo {
  readonly year?: number;
  readonly suffix?: string;
  readonly month?: number;
  readonly day?: number;
  readonly season?: number;
  /** "n.d.", "in press", "forthcoming"… as written, when there is no year. */
  readonly literal?: string;
}

/*
 * "No date" as lists write it: English "n.d.", Latin "s.d." (Italian, Portuguese, French), Spanish
 * "s.f.", German "o.J.", Dutch "z.j.", Swedish, Danish and Norwegian "u.å.", and the spelled-out forms. "In press": English, Portuguese
 * "no prelo", Spanish "en prensa", German "im Druck", Italian "in corso di stampa"/"in stampa", French
 * "sous presse"/"à paraître", Dutch "in druk"/"ter perse"/"te verschijnen", Swedish "i tryck", Polish "w druku", "forthcoming".
 * The three patterns below spell out the same alternatives (literal patterns, so that the ReDoS check
 * reads them); change them together.
 */
const NO_DATE = NO_DATE_START_RE;
/** "In press" and the words that stand for a date only in the brackets after the names ("(submitted)"). */
const PENDING = PENDING_START_RE;

/**
 * A "no date" or "in press" phrase anywhere in a text, as group 1, after a start, a space, a bracket,
 * a comma or a full stop, not followed by a letter. Bounded alternatives only: linear.
 */
export const UNDATED_ANYWHERE = UNDATED_ANYWHERE_RE;

/** Reads "n.d.", "in press" and the like at the start of `s`; returns the literal and its length. */
export function readNoDate(s: string): { literal: string; length: number } | undefined {
  const m = NO_DATE.exec(s) ?? PENDING.exec(s);
  if (!m) return undefined;
  // Only a whole word: "in pressure" is not "in press".
  const next = s.charAt(m[0].length);
  if (/\p{L}/u.test(next) && !m[0].endsWith('.')) return undefined;
  return { literal: m[0].trim(), length: m[0].length };
}

/**
 * Reads a date expression as it stands inside parentheses or alone: "2005", "2010a", "Summer 2005",
 * "2010, March 3", "3 March 2010", "October 2013", "n.d.", "in press". Undefined when `s` is not one.
 * `s` is short (callers pass at most a few dozen characters).
 */
export function readDateExpression(s: string): YearInfo | undefined {
  const text = trimEndChars(s.trim(), '.,;:');
  if (text === '' || text.length > 40) return undefined;
  const nd = readNoDate(s.trim());
  if (nd && nd.length >= text.length - 1) return { literal: nd.literal };
  const words = text.split(/[\s,/]+/).filter((w) => w !== '' && w !== 'de' && w !== 'of' && w !== 'the');
  let year: number | undefined;
  let suffix: string | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let season: number | undefined;
  for (const raw of words) {
    const w = raw.replace(/\.$/, '');
    const y = /^(1[5-9]\d\d|20\d\d)([a-z]?)$/.exec(w);
    if (y && year === undefined) {
      year = Number(y[1]);
      if (y[2]) suffix = y[2];
      continue;
    }
    const mo = monthNumber(w);
    if (mo !== undefined && month === undefined) {
      month = mo;
      continue;
    }
    const se = SEASONS.get(w.toLowerCase());
    if (se !== undefined && season === undefined) {
      season = se;
      continue;
    }
    if (/^\d{1,2}(?:st|nd|rd|th|º|\.)?$/.test(w) && day === undefined) {
      day = Number.parseInt(w, 10);
      continue;
    }
    // "1999-2000" is a range, "2010-11" a volume year: both still give the first year.
    if (/^(1[5-9]\d\d|20\d\d)[-\u2013]\d{2,4}$/.test(w) && year === undefined) {
      year = Number(w.slice(0, 4));
      continue;
    }
    return undefined;
  }
  if (year === undefined) return undefined;
  const info: { year: number; suffix?: string; month?: number; day?: number; season?: number } = { year };
  if (suffix) info.suffix = suffix;
  if (month !== undefined) {
    info.month = month;
    if (day !== undefined && day >= 1 && day <= 31) info.day = day;
  }
  if (season !== undefined) info.season = season;
  return info;
}

/**
 * Finds a date in free text such as "accessed 3 March 2020" or "retrieved on 2020-03-03"; `s` is short.
 * Returns [year, month?, day?] or undefined.
 */
export function findDateParts(s: string): number[] | undefined {
  const iso = /(1[5-9]\d\d|20\d\d)-(\d{1,2})-(\d{1,2})/.exec(s);
  if (iso) return [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const slash = /(\d{1,2})[/.](\d{1,2})[/.](1[5-9]\d\d|20\d\d)/.exec(s);
  if (slash) return [Number(slash[3]), Number(slash[2]), Number(slash[1])];
  const words = s.split(/[\s,]+/).slice(0, 8);
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  for (const raw of words) {
    const w = trimEndChars(raw, '.)]');
    if (/^(1[5-9]\d\d|20\d\d)$/.test(w)) year ??= Number(w);
    else if (monthNumber(w) !== undefined) month ??= monthNumber(w);
    else if (/^\d{1,2}(?:st|nd|rd|th|º)?$/.test(w)) day ??= Number.parseInt(w, 10);
  }
  if (year === undefined) return undefined;
  if (month === undefined) return [year];
  return day !== undefined && day >= 1 && day <= 31 ? [year, month, day] : [year, month];
}
