/**
 * Scores one cited work against one reference: how well the written authors match the listed
 * names (surname, particles, given names or initials, order, an organisation's abbreviation or
 * its name cut short), whether the year and its letter agree, and whether the number of authors
 * and "et al." fit. Each feature that is not a clean match lowers the score and says so in the
 * reasons; a repaired slip (a misspelt surname, a slipped year digit) names itself.
 */
import type { FoundWork } from '../citations';
import { DATE_YEAR_RE, nameKey, writtenKeys } from './profile';
import type { NameProfile, Profile, YearKey } from './profile';
import { SLIP_WEIGHT } from './decide';
import { say } from '../messages';

/** A reference with its score for one cited work. */
export interface Scored {
  readonly profile: Profile;
  readonly confidence: number;
  readonly reasons: string[];
  /** The year agrees (or is repaired by `Slip.year`); otherwise the reference only names the closest miss. */
  readonly yearOk: boolean;
}

/** The repairs a pair is scored under: the surname as the list spells it, the year the list gives. */
export interface Slip {
  readonly name?: { readonly written: string; readonly listed: string; readonly weight: number };
  readonly year?: string;
}

const NO_SLIP: Slip = {};
/** A number that may be a slipped year, with its letter: "220a", "2918b". */
const SLIPPED_YEAR_RE = /^(\d{3,5})([a-z]?)$/;

/** "2005b" → base "2005", suffix "b"; anything else is its own base. */
export function parseYear(year: string): YearKey {
  const m = DATE_YEAR_RE.exec(year) ?? SLIPPED_YEAR_RE.exec(year);
  if (m) return { base: m[1], suffix: m[2] };
  return { base: year, suffix: '' };
}

/** "two references", "one author": small counts in words (each phrase its own message, for languages whose number words agree with the noun). */
export function plural(n: number, one: 'reference' | 'author'): string {
  const words =
    one === 'reference'
      ? [say('no references'), say('one reference'), say('two references'), say('three references'), say('four references'), say('five references'), say('six references')]
      : [say('no authors'), say('one author'), say('two authors'), say('three authors'), say('four authors'), say('five authors'), say('six authors')];
  return words[n] ?? (one === 'reference' ? say('{0} references', n) : say('{0} authors', n));
}

interface NameMatch {
  readonly score: number;
  readonly reason?: string;
}

const NO_MATCH: NameMatch = { score: 0 };

function givenCompatible(keys: readonly string[], name: NameProfile): boolean {
  // A written given name agrees with the list's initial of it ("Alberto" with "A."), and an initial with a given name.
  return keys.every((k) => name.given.includes(k) || name.particles.includes(k) || name.given.some((g) => (k.length === 1 || g.length === 1) && g.charAt(0) === k.charAt(0)));
}

/** How well a written author (`written`, its keys `keys`) matches one listed name: a score in 0..1 (0: no match) and why it is not 1. */
export function matchName(written: string, name: NameProfile, keys: readonly string[] = writtenKeys(written)): NameMatch {
  if (keys.length === 0) return NO_MATCH;
  const m = matchKeys(written, keys, name);
  if (m.score > 0 || !keys[keys.length - 1].endsWith('s') || keys[keys.length - 1].length < 4) return m;
  // A genitive without apostrophe, as German and Dutch write it: "Von Hippels (2014) Befunde".
  const stem = [...keys.slice(0, -1), keys[keys.length - 1].slice(0, -1)];
  const g = matchKeys(written, stem, name);
  return g.score > 0 ? { score: g.score * 0.9, reason: say('“{0}” is read as the possessive of the name', written) } : m;
}

function matchKeys(written: string, keys: readonly string[], name: NameProfile): NameMatch {
  const full = keys.join('');
  if (full === name.family || full === name.familyBare) return { score: 1 };
  if (name.literal && full === name.literal) return { score: 1 };
  if (name.acronyms.includes(full)) return { score: 0.9, reason: say('“{0}” is read as the initials of the organisation', written) };
  // Surname last, given names or initials first: "Moisés Silva Fernandes", "M. Silva Fernandes".
  for (let k = 1; k < keys.length; k++) {
    const tail = keys.slice(k).join('');
    if (tail === name.family || tail === name.familyBare) {
      return givenCompatible(keys.slice(0, k), name) ? { score: 0.97 } : { score: 0.75, reason: say('“{0}” before the surname is not among the reference’s given names', keys.slice(0, k).join(' ')) };
    }
  }
  // Surname first, given names after, as Chinese names are often written: "Li Mingjiang" / list "MINGJIANG, Li".
  for (let k = keys.length - 1; k >= 1; k--) {
    const head = keys.slice(0, k).join('');
    if ((head === name.family || head === name.familyBare) && givenCompatible(keys.slice(k), name)) {
      return { score: 0.9, reason: say('the text writes the name in the other order than the reference list') };
    }
  }
  // A compound surname cited by one of its parts: "Fernandes" for "Silva Fernandes", "García" for "García Márquez".
  // With given names first: "Alberto Corsin" for "Corsín Jiménez, A.".
  if (name.familyWords.length >= 2 && (keys.length === 1 || !name.literal)) {
    const bareWords = name.familyWords.filter((w) => !name.particles.includes(w));
    const part = keys[keys.length - 1];
    if (bareWords.length >= 2 && (bareWords[bareWords.length - 1] === part || bareWords[0] === part) && givenCompatible(keys.slice(0, -1), name)) {
      return { score: 0.85, reason: say('the text cites “{0}”, a part of the compound surname in the reference', written) };
    }
  }
  // A double surname joined by a hyphen that the list gives the first part of: "Hervieu-Léger" for "Hervieu, L. D.".
  const head = joinedSurnameHead(written);
  if (head && !name.literal && keys.length === 1 && nameKey(head) === name.familyBare && name.familyWords.length === 1) {
    return { score: 0.8, reason: say('the text writes “{0}”; the list gives the first part of the name only', written) };
  }
  // An organisation's name cut short at its start: "Ice and Fire Wiki" for "Tongues of Ice and Fire Wiki".
  if (name.literal && keys.length >= 2 && full.length >= 8 && name.literal.length > full.length && name.literal.endsWith(full)) {
    return { score: 0.8, reason: say('the text writes “{0}”, the end of the organisation’s name “{1}”', written, name.written) };
  }
  // …or at its end, after two words at least: "Federal Reserve" for "Federal Reserve Board of Governors".
  if (name.literal && keys.length >= 2 && full.length >= 8 && name.familyWords.length > keys.length && keys.every((k, i) => name.familyWords[i] === k)) {
    return { score: 0.8, reason: say('the text writes “{0}”, the start of the organisation’s name “{1}”', written, name.written) };
  }
  // …or without its small words, which the list writes in lower case: "Arbeitsgemeinschaft Schulbibliotheken
  // Berlin-Brandenburg" for "Arbeitsgemeinschaft Schulbibliotheken in Berlin und Brandenburg".
  // A lower-case lead the finder took in ("von der Arbeitsgemeinschaft …") goes too.
  if (name.literal && keys.length >= 2 && full.length >= 12 && full !== name.literal && withoutSmallWords(written).length >= 12 && withoutSmallWords(written) === withoutSmallWords(name.written)) {
    return { score: 0.85, reason: say('the text writes “{0}” for the organisation’s name “{1}”', written, name.written) };
  }
  return NO_MATCH;
}

/** The key of an organisation's name without its words in lower case ("in", "und", "of the"). */
function withoutSmallWords(written: string): string {
  return written
    .split(/\s+/)
    .filter((w) => !/^\p{Ll}/u.test(w))
    .map(nameKey)
    .join('');
}

/** The first part of a double surname joined by a hyphen that ends a written name: "Hervieu" of "Hervieu-Léger". */
export function joinedSurnameHead(written: string): string | undefined {
  const parts = written.slice(written.lastIndexOf(' ') + 1).split('-');
  return parts.length === 2 && SURNAME_PART_RE.test(parts[0]) && SURNAME_PART_RE.test(parts[1]) ? parts[0] : undefined;
}
const SURNAME_PART_RE = /^\p{Lu}[\p{L}'’]{2,}$/u;

/**
 * Scores `profile` for a cited work: the first written author against the first listed name (or
 * another listed name, or the entry's first words when its authors were not read), then the year
 * and the number of authors. Under `slip`, the surname or the year the list gives stands in for
 * the text's, and the reasons say so. Undefined when no name matches.
 */
export function scorePair(work: FoundWork, first: string, authorKeys: readonly string[][], year: YearKey, profile: Profile, slip: Slip = NO_SLIP): Scored | undefined {
  const reasons: string[] = [];
  let confidence: number;
  // The first author of the text against the first name of the list entry.
  const firstName = profile.names[0];
  const keys = authorKeys[0] ?? [];
  const m = firstName ? matchName(first, firstName, keys) : NO_MATCH;
  if (m.score > 0) {
    confidence = m.score;
    if (m.reason) reasons.push(m.reason);
    if (slip.name) {
      confidence *= slip.name.weight;
      reasons.push(say('the text writes {0}; the list has {1}', slip.name.written, slip.name.listed));
    }
  } else {
    const other = profile.names.slice(1).find((n) => matchName(first, n, keys).score > 0);
    // "(Flinz/Brambilla 2019)" for "Brambilla, Marina / Flinz, Carolina (2019)": the entry names just the authors the
    // text names, in another order; more likely that work than one that lacks an author the text names.
    const reordered =
      other !== undefined &&
      work.authors.length >= 2 &&
      work.authors.length === profile.names.length &&
      work.authors.every((a, i) => profile.names.some((n) => matchName(a, n, authorKeys[i] ?? []).score > 0));
    if (reordered) {
      confidence = 0.85;
      reasons.push(say('the text names the reference’s authors in another order'));
    } else if (other) {
      confidence = 0.5;
      reasons.push(say('“{0}” is not the first author of the reference', first));
    } else if (profile.names.length === 0 || profile.reference.uncertain.includes('author')) {
      if (!keys.some((k) => profile.head.has(k))) return undefined;
      confidence = 0.7;
      reasons.push(say('matched by the words at the start of the entry, whose authors could not be read'));
    } else {
      return undefined;
    }
  }

  // Year.
  let yearOk = true;
  const ry = profile.year;
  if (!ry.base) {
    confidence *= 0.6;
    reasons.push(say('the reference shows no year'));
  } else if (slip.year === ry.base) {
    confidence *= SLIP_WEIGHT.year;
    reasons.push(say('the text writes {0}; the list has {1}', work.year, `${ry.base}${ry.suffix}`));
  } else if (ry.base !== year.base) {
    // A reprint cited by its other year: "Weber 1930" or "Weber [1905] 1930" for "Weber (1905) 1930".
    const original = work.originalYear?.slice(0, 4);
    yearOk = (ry.other !== undefined && ry.other === year.base) || (original !== undefined && (original === ry.base || original === ry.other));
  } else if (year.suffix && ry.suffix && year.suffix !== ry.suffix) {
    yearOk = false;
  } else if (year.suffix && !ry.suffix) {
    confidence *= 0.9;
    reasons.push(say('the text writes “{0}” but the reference has no letter after the year', work.year));
  } else if (!year.suffix && ry.suffix) {
    confidence *= 0.95;
  }

  // How many authors.
  const listed = profile.names.length;
  const written = work.authors.length;
  if (listed > 0) {
    if (work.etAl) {
      // "et al." stands for three authors or more: an entry that names one or two (and does not end them with its
      // own "et al.", as "SANTOS, J. L. G. et al." does) fits less well than one that names more.
      if (listed === 1 && !profile.listsEtAl) {
        confidence *= 0.85;
        reasons.push(say('the text says “et al” but the reference lists one author'));
      } else if (listed === 2 && !profile.listsEtAl) {
        confidence *= 0.85;
        reasons.push(say('the text says “et al” but the reference lists two authors'));
      }
    } else if (written <= listed && written < 3 && profile.listsEtAl) {
      // The entry ends its authors with "et al." ("Wickham, Hadley, Romain François u. a."): it has more than the one
      // or two the text names without one, so an entry that lists just those fits better.
      confidence *= 0.85;
      reasons.push(say('the text names {0} without “et al”; the reference ends its authors with “et al”', plural(written, 'author')));
    } else if (written !== listed && !(written > listed && profile.listsEtAl)) {
      // An entry that ends its authors with "et al." lists fewer than the work has: more in the text is no mismatch.
      // One name for three or more authors is the commoner slip (the "et al." left out), yet weighed more than a tie
      // below an entry by that one author alone: "(… Vogel 2015)" beside "Vogel (2015)" and "Vogel / Christensen /
      // Pötters (2015)" is the first.
      confidence *= written > listed ? 0.75 : written === 1 && listed >= 3 ? 0.88 : 0.85;
      reasons.push(say('the text names {0}; the reference lists {1}', plural(written, 'author'), listed));
    }
    for (let a = 1; a < work.authors.length; a++) {
      const other = work.authors[a];
      const at = profile.names.findIndex((n) => matchName(other, n, authorKeys[a]).score > 0);
      if (at >= 0) {
        // Named in another place than the entry gives it, after a first author in the first place: "Wickham, Vaughan,
        // et al. (2023)" names the entry whose second author is Vaughan, as APA tells works of one year apart, more
        // likely than one whose fifth is.
        if (at !== a && m.score > 0) {
          confidence *= 0.85;
          reasons.push(say('the text names “{0}” in another place among the authors than the reference', other));
        }
        continue;
      }
      // A co-author the parsed names miss but the entry writes before its year ("Rodighiero, Dario, Eveline
      // Wandl-Vogt, Elian Carsenat, et al. 2022" read as Rodighiero alone) is still one of its authors.
      const surname = authorKeys[a]?.[authorKeys[a].length - 1];
      if (surname && surname.length > 1 && profile.authorWords.has(surname)) continue;
      confidence *= 0.7;
      reasons.push(say('“{0}” is not among the reference’s authors', other));
    }
  }
  return { profile, confidence, reasons, yearOk };
}
