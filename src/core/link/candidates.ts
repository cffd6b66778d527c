/**
 * Which references a cited work may point to, found without comparing it with every entry: an
 * index by name key (and by name key and year, so that hundreds of "Wang" entries cost nothing to a
 * "Wang 2019"), and a deletion-neighbourhood index of surnames for spellings one slip away. Each
 * surname key of length n is filed under itself and its n one-letter deletions; a written name
 * looks up the same variants of itself, which finds every name one edit away (a letter changed,
 * added or dropped, or two swapped) and many two edits away, each checked by an exact distance.
 * Building and each look-up cost time linear in the names' lengths.
 */
import type { Profile } from './profile';
import { editDistance } from '../text';

/** Shortest surname key compared by spelling: shorter names are too alike to repair. */
const MIN_FUZZY_LENGTH = 4;
/** Shortest key allowed two edits. */
const MIN_TWO_EDITS_LENGTH = 8;
/** Most distinct names one variant may stand for: beyond it the variant says nothing. */
const MAX_KEYS_PER_VARIANT = 32;

/** A name of the list one or two edits from a written one. */
export interface NearName {
  readonly key: string;
  readonly distance: number;
}

/** The references of a list, by the keys of their names and their years. */
export class CandidateIndex {
  /** Name key → the references (indexes into `profiles`) that have it, whatever their year. */
  private readonly byKey = new Map<string, number[]>();
  /** Name key and year → references. */
  private readonly byKeyYear = new Map<string, number[]>();
  /** A surname key or one of its one-letter deletions → the surname keys filed under it. */
  private readonly variants = new Map<string, Set<string>>();

  constructor(readonly profiles: readonly Profile[]) {
    profiles.forEach((p, i) => {
      const keys = new Set<string>();
      for (const n of p.names) {
        keys.add(n.family);
        keys.add(n.familyBare);
        for (const w of n.familyWords) if (!n.particles.includes(w)) keys.add(w);
        if (n.literal) keys.add(n.literal);
        for (const a of n.acronyms) keys.add(a);
        // Only whole surnames are repaired by spelling, never an abbreviation.
        for (const k of [n.family, n.familyBare, n.literal]) if (k && k.length >= MIN_FUZZY_LENGTH) this.fileVariants(k);
      }
      // Every match needs the family name among the written words, so given names are not keys;
      // the entry's first words are, when its authors could not be read.
      if (p.names.length === 0 || p.reference.uncertain.includes('author')) for (const h of p.head) keys.add(h);
      // A reference is found under its year with its letter ("E2005b"), its year with any letter
      // ("A2005"; "A" alone when it shows no year) and its reprint's other year ("O1905").
      const years = [`E${p.year.base}${p.year.suffix}`, `A${p.year.base}`];
      if (p.year.other !== undefined) years.push(`O${p.year.other}`);
      for (const k of keys) {
        if (!k) continue;
        push(this.byKey, k, i);
        for (const y of years) push(this.byKeyYear, yearKey(k, y), i);
      }
    });
  }

  /** Whether any reference has a name with this key. */
  has(key: string): boolean {
    return this.byKey.has(key);
  }

  /**
   * The references a work written with these name keys may point to, in list order. With `years`
   * (`E2005b`, `A2005`, `O1905`, `A`), only those filed under one of them; without, every year.
   */
  find(written: readonly string[], years?: readonly string[]): Profile[] {
    const seen = new Set<number>();
    const add = (k: string): void => {
      if (years) {
        for (const y of years) {
          const list = this.byKeyYear.get(yearKey(k, y));
          if (list) for (const i of list) seen.add(i);
        }
        return;
      }
      const list = this.byKey.get(k);
      if (list) for (const i of list) seen.add(i);
    };
    for (const k of written) add(k);
    if (written.length > 1) add(written.join(''));
    // A genitive without apostrophe ("Von Hippels (2014) Befunde"): the name without its final s.
    const last = written[written.length - 1];
    if (last && last.length >= 4 && last.endsWith('s')) {
      const stem = last.slice(0, -1);
      add(stem);
      if (written.length > 1) add(written.slice(0, -1).join('') + stem);
    }
    if (seen.size === 0) return [];
    return [...seen].sort((a, b) => a - b).map((i) => this.profiles[i]);
  }

  /**
   * Surnames of the list near `key` in spelling, nearest first: one edit for names of four letters
   * or more, two for names of eight or more. Never `key` itself.
   */
  near(key: string): NearName[] {
    if (key.length < MIN_FUZZY_LENGTH) return [];
    const found = new Set<string>();
    for (const v of deletions(key)) {
      const keys = this.variants.get(v);
      if (keys && keys.size <= MAX_KEYS_PER_VARIANT) for (const k of keys) found.add(k);
    }
    const out: NearName[] = [];
    for (const k of found) {
      if (k === key) continue;
      const allowed = Math.min(k.length, key.length) >= MIN_TWO_EDITS_LENGTH ? 2 : 1;
      const d = editDistance(key, k, allowed);
      if (d <= allowed) out.push({ key: k, distance: d });
    }
    return out.sort((a, b) => a.distance - b.distance || (a.key < b.key ? -1 : 1));
  }

  private fileVariants(key: string): void {
    for (const v of deletions(key)) {
      let set = this.variants.get(v);
      if (!set) this.variants.set(v, (set = new Set()));
      if (set.size <= MAX_KEYS_PER_VARIANT) set.add(key);
    }
  }
}

/** `key` and each string made by deleting one of its letters. */
function deletions(key: string): string[] {
  const out = [key];
  for (let i = 0; i < key.length; i++) if (key[i] !== key[i - 1]) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}


/**
 * Whether a year the text writes is one slip from the list's: not a year at all ("2919", "214",
 * "19688"), and one digit changed, dropped or doubled from `listed`. A plausible year that differs
 * ("2012" for a list's 2010) is another work, never a slip.
 */
export function isYearSlip(written: string, listed: string): boolean {
  if (!/^\d{3,5}$/.test(written) || !/^\d{4}$/.test(listed) || isPlausibleYear(written)) return false;
  return editDistance(written, listed, 1) === 1;
}

/**
 * Whether a year the text writes is one slip from the list's, both of them years: one digit differs ("2016" for a
 * list's 2014, "1994" for 1984) or the years are next to each other ("2019" for a list's 2020: a work online the year
 * before it was printed). A slip only where the list has no other work by the name (see the linker), since it may as
 * well be another work the list leaves out.
 */
export function isNearYear(written: string, listed: string): boolean {
  return isPlausibleYear(written) && isPlausibleYear(listed) && (editDistance(written, listed, 1) === 1 || Math.abs(Number(written) - Number(listed)) === 1);
}

/** Letters that spell the same sound, one written for the other in a name: "Bonfim" and "Bomfim", "Souza" and "Sousa", "Mayer" and "Maier". */
const SAME_SOUND: readonly (readonly [string, string])[] = [
  ['m', 'n'],
  ['s', 'z'],
  ['i', 'y'],
];

/**
 * Whether two folded surnames are spellings of one name: a letter doubled in one and single in the other
 * ("cavalo", "cavallo"), or one letter written for another of the same sound ({@link SAME_SOUND}). Any other
 * difference of one letter ("binder", "bilder") may be another person's name.
 */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) === 1) {
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    for (let i = 0; i < long.length; i++) {
      if (long.slice(0, i) + long.slice(i + 1) === short) return long[i] === long[i - 1] || long[i] === long[i + 1];
    }
    return false;
  }
  if (a.length !== b.length) return false;
  const at = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return at.length === 1 && SAME_SOUND.some(([x, y]) => (a[at[0]] === x && b[at[0]] === y) || (a[at[0]] === y && b[at[0]] === x));
}

/** A four-digit year from 1500 to 2099. */
function isPlausibleYear(year: string): boolean {
  return /^(?:1[5-9]|20)\d\d$/.test(year);
}

function yearKey(name: string, year: string): string {
  return `${name}\u0000${year}`;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
