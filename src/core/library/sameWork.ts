/**
 * Whether two entries are the same work: the rule the library merges works by and matches the
 * reader's bibliography by. Authors, year and title must agree after normalisation; a DOI decides
 * when both entries have one. Surname and year alone never make two entries one work.
 */
import { message, sayMessage, type Message } from '../messages';
import type { CslItem } from '../model';
import { workKeys, type NameKeys, type WorkKeys } from './keys';
import type { SameWorkVerdict } from './model';

/** A verdict of {@link sameWorkByKeys}: its reasons not said yet, so that what is stored of them is said in the reader's language when shown. */
export interface SameWorkFinding {
  readonly same: boolean;
  readonly doubtful?: boolean;
  readonly reasons: readonly Message[];
}

type TitleAgreement = 'same' | 'subtitle' | 'slip' | 'near' | 'different' | 'missing';
type AuthorAgreement = 'same' | 'et-al' | 'count' | 'given' | 'first-only' | 'different' | 'missing-one' | 'missing-both';
type YearAgreement = 'same' | 'missing-one' | 'missing-both' | 'different';

/**
 * Compares two entries. `same` when their authors, year and title agree after normalisation (case,
 * accents, punctuation, initials against given names, "et al.", a subtitle dropped on one side, a
 * slip of a character or two in a long title), or when both carry the same DOI; never on surname and
 * year alone. A DOI that differs means different works, and so do different volumes ("Band 1",
 * "Band 2") of one title. When the entries may be one work but the
 * evidence is not enough (a title missing, years or given names that differ while the rest agrees)
 * the verdict is `same: false, doubtful: true`: doubtful merges are not made. `reasons` says what
 * agrees and what differs, in sentences. Never throws; symmetric in `a` and `b`.
 */
export function sameWork(a: CslItem, b: CslItem): SameWorkVerdict {
  const finding = sameWorkByKeys(workKeys(a), workKeys(b));
  return { ...finding, reasons: finding.reasons.map(sayMessage) };
}

/** {@link sameWork} on the entries' keys (a merge computes each entry's keys once), its reasons not said yet. */
export function sameWorkByKeys(ka: WorkKeys, kb: WorkKeys): SameWorkFinding {
  const doiA = ka.doi;
  const doiB = kb.doi;
  if (doiA && doiB) {
    return doiA === doiB ? { same: true, reasons: [message('same DOI {0}', doiA)] } : { same: false, reasons: [message('different DOIs ({0} and {1})', doiA, doiB)] };
  }
  const title = compareTitles(ka, kb);
  const authors = compareAuthors(ka, kb);
  const year = compareYears(ka.year, kb.year);
  const urlA = ka.url;
  const sameUrl = urlA !== '' && urlA === kb.url;
  const reasons = [authors.reason, year.reason, title.reason];
  if (sameUrl) reasons.push(message('same URL {0}', urlA));
  const authorsAgree = authors.kind === 'same' || authors.kind === 'et-al';

  const no = (doubtful: boolean, why: Message): SameWorkFinding => ({ same: false, ...(doubtful ? { doubtful: true } : {}), reasons: [why, ...reasons.filter((r) => r !== why)] });

  // Two volumes of one work differ in their volume first: the volume is the reason, whatever their own titles say.
  const volumesA = ka.volumes;
  const volumesB = kb.volumes;
  if (volumesA.length > 0 && volumesB.length > 0 && !volumesA.some((v) => volumesB.includes(v))) {
    return no(false, message('different volumes ({0} and {1})', volumesA.join(', '), volumesB.join(', ')));
  }
  if (title.kind === 'different') return no(false, title.reason);
  if (authors.kind === 'different') return no(false, authors.reason);
  if (title.kind === 'missing') {
    if (sameUrl && authorsAgree) return { same: true, reasons };
    if (authorsAgree && year.kind === 'same') return no(true, message('only the authors and the year agree: a title is missing'));
    return no(false, title.reason);
  }
  if (title.kind === 'near') return no(authorsAgree && year.kind === 'same', title.reason);
  // The titles agree (exactly, but for a subtitle, or but for a slip).
  if (year.kind === 'different') return no(authorsAgree, year.reason);
  if (authors.kind === 'given' || authors.kind === 'count' || authors.kind === 'first-only') return no(true, authors.reason);
  if (authors.kind === 'missing-one' || authors.kind === 'missing-both') {
    const longTitle = ka.titleKey.split(' ').length >= 3;
    // Without names on one side (or both) only a long title says more than "Editorial, 2019" would.
    if (title.kind === 'same' && year.kind === 'same' && longTitle) return { same: true, reasons };
    if (sameUrl && title.kind !== 'slip') return { same: true, reasons };
    return no(true, authors.reason);
  }
  // Authors agree.
  if (year.kind !== 'same' && title.kind === 'slip' && !sameUrl) return no(true, message('the year is missing and the titles differ slightly'));
  return { same: true, reasons };
}

function compareTitles(x: WorkKeys, y: WorkKeys): { kind: TitleAgreement; reason: Message } {
  const a = x.title;
  const b = y.title;
  if (!a || !b) return { kind: 'missing', reason: !a && !b ? message('neither has a title') : message('one has no title') };
  const ka = x.titleKey;
  const kb = y.titleKey;
  if (!ka || !kb) return { kind: 'missing', reason: message('one has no title') };
  if (ka === kb) return { kind: 'same', reason: message('same title') };
  if (x.mainKeys.includes(kb) || y.mainKeys.includes(ka)) return { kind: 'subtitle', reason: message('same title, a subtitle left out on one side') };
  if (x.commaKeys.includes(kb) || y.commaKeys.includes(ka)) return { kind: 'subtitle', reason: message('same title, one side reads on after a comma') };
  const longest = Math.max(ka.length, kb.length);
  const allowed = Math.floor(longest / 25);
  if (allowed > 0 && Math.abs(ka.length - kb.length) <= allowed) {
    const d = boundedDistance(ka, kb, allowed);
    if (d <= allowed) return { kind: 'slip', reason: d === 1 ? message('the titles differ by one character') : message('the titles differ by {0} characters', d) };
  }
  const wa = new Set(ka.split(' '));
  const wb = new Set(kb.split(' '));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const jaccard = shared / (wa.size + wb.size - shared);
  if (jaccard >= 0.75 && Math.min(wa.size, wb.size) >= 3) return { kind: 'near', reason: message('the titles are alike but differ (“{0}” and “{1}”)', a, b) };
  return { kind: 'different', reason: message('different titles (“{0}” and “{1}”)', a, b) };
}

function compareYears(a: string, b: string): { kind: YearAgreement; reason: Message } {
  if (a && b) return a === b ? { kind: 'same', reason: message('same year {0}', a) } : { kind: 'different', reason: message('different years ({0} and {1})', a, b) };
  if (!a && !b) return { kind: 'missing-both', reason: message('neither shows a year') };
  return { kind: 'missing-one', reason: message('one shows no year (the other {0})', a || b) };
}

function sameFamily(a: NameKeys, b: NameKeys): boolean {
  return a.family === b.family || a.bare === b.bare || (a.organisation !== b.organisation && (a.family === b.bare || a.bare === b.family));
}

/** Whether two lists of given names can be one person's: initials against names, one side shorter or absent. */
function givenAgree(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x[0] !== y[0]) return false;
    if (x.length > 1 && y.length > 1 && !x.startsWith(y) && !y.startsWith(x)) return false;
  }
  return true;
}

function listNames(names: readonly NameKeys[], n = 3): string {
  const shown = names.slice(0, n).map((k) => k.written);
  return names.length > n ? `${shown.join(', ')} et al.` : shown.join(', ');
}

function compareAuthors(a: WorkKeys, b: WorkKeys): { kind: AuthorAgreement; reason: Message } {
  const na = a.names;
  const nb = b.names;
  if (na.length === 0 && nb.length === 0) return { kind: 'missing-both', reason: message('neither names an author') };
  if (na.length === 0 || nb.length === 0) return { kind: 'missing-one', reason: message('one names no author (the other {0})', listNames(na.length > 0 ? na : nb)) };
  const n = Math.min(na.length, nb.length);
  for (let i = 0; i < n; i++) {
    if (!sameFamily(na[i], nb[i])) {
      const firstAgrees = i > 0;
      return {
        kind: firstAgrees ? 'first-only' : 'different',
        reason: firstAgrees ? message('the authors differ after the first ({0} and {1})', listNames(na), listNames(nb)) : message('different authors ({0} and {1})', listNames(na), listNames(nb)),
      };
    }
  }
  for (let i = 0; i < n; i++) {
    if (!givenAgree(na[i].given, nb[i].given)) return { kind: 'given', reason: message('{0}: the given names differ', na[i].written) };
  }
  if (na.length !== nb.length) {
    const shorter = na.length < nb.length ? a : b;
    const shortList = na.length < nb.length ? na : nb;
    const longList = na.length < nb.length ? nb : na;
    if (shorter.etAl || shortList.length >= 3 || longList.length > 6) {
      return { kind: 'et-al', reason: shorter.etAl ? message('same authors ({0}; one lists {1}, the other {2} and “et al.”)', listNames(shortList), longList.length, shortList.length) : message('same authors ({0}; one lists {1}, the other {2})', listNames(shortList), longList.length, shortList.length) };
    }
    return { kind: 'count', reason: message('one lists {0} authors, the other {1} ({2})', longList.length, shortList.length, listNames(longList)) };
  }
  return { kind: 'same', reason: message('same authors ({0})', listNames(na)) };
}

/** The edit distance of `a` and `b`, or `limit + 1` as soon as it is known to exceed `limit`. */
function boundedDistance(a: string, b: string, limit: number): number {
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    const lo = Math.max(1, i - limit);
    const hi = Math.min(b.length, i + limit);
    for (let j = 1; j < lo; j++) cur[j] = limit + 1;
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    for (let j = hi + 1; j <= b.length; j++) cur[j] = limit + 1;
    if (rowMin > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length], limit + 1);
}
