/**
 * A deterministic folder of synthetic essays that draw on one shared pool of works, for the library's
 * benchmark: each essay lists a few dozen works, the popular ones cited by many essays, each entry in
 * one of several styles (so the same work is written differently from essay to essay), and cites them
 * in its prose as real essays do.
 */
import { seededRandom } from './synth';

export interface LibrarySynthOptions {
  /** How many essays. */
  readonly essays: number;
  /** How many works the essays draw on; default 3 per essay (at least 200). */
  readonly pool?: number;
  /** Approximate size of each essay's body in characters; default 24,000 (about 4,000 words). */
  readonly bodySize?: number;
  readonly seed?: number;
}

export interface SynthLibraryEssay {
  readonly name: string;
  readonly text: string;
}

interface PoolWork {
  readonly authors: readonly { readonly given: string; readonly family: string }[];
  readonly year: number;
  readonly title: string;
  readonly subtitle: string;
  readonly journal?: string;
  readonly volume: number;
  readonly issue: number;
  readonly pages: string;
  readonly publisher: string;
  readonly city: string;
}

const SYLLABLES = ['ba', 'ro', 'ki', 'men', 'tal', 'vor', 'sen', 'lu', 'dra', 'phi', 'no', 'gar', 'te', 'wel', 'ash', 'mor', 'kin', 'sa', 'bel', 'tor', 'ri', 'han', 'del', 'zu'];
const GIVEN = ['Anna', 'Paulo', 'Li', 'Haiyun', 'Robert', 'Stephen', 'Maria', 'Ariel', 'Nicola', 'Moisés', 'Jean-Luc', 'Sofia', 'Kwame', 'Yuki', 'Olga', 'Ahmed', 'Chiara', 'Thazha'];
const WORDS = (
  'power state security order policy balance trade regional global strategy partnership cooperation conflict institution economy market ' +
  'network identity norm alliance border development governance influence crisis transition resource energy community region theory practice'
).split(' ');
const JOURNALS = ['International Security', 'Journal of Regional Studies', 'Asian Survey', 'Foreign Affairs', 'Review of International Studies', 'Global Governance'];
const PUBLISHERS = ['Cambridge University Press', 'Routledge', 'Oxford University Press', 'Palgrave Macmillan', 'Lynne Rienner'];
const CITIES = ['London', 'New York', 'Lisbon', 'Boulder', 'Oxford'];
const VERBS = ['argues', 'shows', 'notes', 'suggests', 'observes', 'finds'];

/** Generates the essays. The same options always give the same texts. */
export function synthLibrary(options: LibrarySynthOptions): SynthLibraryEssay[] {
  const rnd = seededRandom(options.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const cap = (s: string): string => s[0].toUpperCase() + s.slice(1);
  const family = (): string => cap(Array.from({ length: int(2, 3) }, () => pick(SYLLABLES)).join(''));
  const phrase = (n: number): string => cap(Array.from({ length: n }, () => pick(WORDS)).join(' '));

  const poolSize = options.pool ?? Math.max(200, options.essays * 3);
  const pool: PoolWork[] = Array.from({ length: poolSize }, () => {
    const p1 = int(1, 300);
    return {
      authors: Array.from({ length: rnd() < 0.55 ? 1 : rnd() < 0.7 ? 2 : int(3, 5) }, () => ({ given: pick(GIVEN), family: family() })),
      year: int(1960, 2024),
      title: phrase(int(3, 7)),
      subtitle: phrase(int(2, 5)),
      journal: rnd() < 0.6 ? pick(JOURNALS) : undefined,
      volume: int(1, 60),
      issue: int(1, 4),
      pages: `${p1}-${p1 + int(5, 40)}`,
      publisher: pick(PUBLISHERS),
      city: pick(CITIES),
    };
  });
  // Popularity falls off as in citation data: a few works are cited by many essays, most by one or two.
  const popular = (): PoolWork => pool[Math.min(poolSize - 1, Math.floor(poolSize * rnd() ** 3))];

  const initials = (given: string): string => given.split(/[\s-]/).map((g) => `${g[0]}.`).join(' ');
  const entry = (w: PoolWork, style: number): string => {
    const a = w.authors;
    const withSubtitle = rnd() < 0.7 ? `${w.title}: ${w.subtitle}` : w.title;
    const where = w.journal ? `${w.journal}, ${w.volume}(${w.issue}), ${w.pages}` : `${w.city}: ${w.publisher}`;
    if (style === 0) {
      const names = a.map((x) => `${x.family}, ${initials(x.given)}`);
      return `${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`} (${w.year}). ${withSubtitle}. ${where}.`;
    }
    if (style === 1) {
      const names = a.map((x, i) => (i === 0 ? `${x.family.toUpperCase()}, ${x.given}` : `${x.given} ${x.family.toUpperCase()}`)).join(', and ');
      return `${names} (${w.year}). ${withSubtitle}, ${w.journal ? `${w.journal} ${w.volume}, no. ${w.issue}, pp. ${w.pages}` : `${w.city}, ${w.publisher}`}.`;
    }
    if (style === 2) {
      const names = a.map((x, i) => (i === 0 ? `${x.family}, ${x.given}` : `${x.given} ${x.family}`)).join(', and ');
      return `${names}. ${w.year}. “${withSubtitle}.” ${w.journal ? `${w.journal} ${w.volume} (${w.issue}): ${w.pages}` : `${w.city}: ${w.publisher}`}.`;
    }
    const names = a.map((x) => `${x.family}, ${initials(x.given)}`).join(' and ');
    return `${names} (${w.year}) ${withSubtitle}. ${where}.`;
  };
  const cite = (w: PoolWork): string => {
    const a = w.authors;
    const names = a.length >= 3 ? `${a[0].family} et al.` : a.map((x) => x.family).join(' and ');
    return rnd() < 0.7 ? `(${names}, ${w.year}${rnd() < 0.25 ? `, p. ${int(1, 300)}` : ''})` : `${names} (${w.year})`;
  };

  const bodySize = options.bodySize ?? 24_000;
  const essays: SynthLibraryEssay[] = [];
  for (let e = 0; e < options.essays; e++) {
    const listed = new Set<PoolWork>();
    const count = int(15, 45);
    while (listed.size < count) listed.add(popular());
    const works = [...listed];
    const style = int(0, 3);
    const lines: string[] = [`${phrase(int(3, 6))}: An Essay on ${phrase(2)}`, ''];
    let size = 0;
    while (size < bodySize) {
      const sentences: string[] = [];
      for (let s = int(3, 7); s > 0; s--) {
        const r = rnd();
        const w = pick(works);
        if (r < 0.35) sentences.push(`${phrase(int(8, 20))} ${cite(w).startsWith('(') ? cite(w) : `(${w.authors[0].family}, ${w.year})`}.`);
        else if (r < 0.5) sentences.push(`${cite(w).replace(/^\(/, '').replace(/, (\d{4}).*\)$/, ' ($1)')} ${pick(VERBS)} that the ${pick(WORDS)} of ${pick(WORDS)} matters.`);
        else sentences.push(`${phrase(int(8, 22))}.`);
      }
      const paragraph = sentences.join(' ');
      lines.push(paragraph, '');
      size += paragraph.length + 2;
    }
    lines.push('References', '');
    const sorted = works.sort((x, y) => (x.authors[0].family < y.authors[0].family ? -1 : 1));
    for (const w of sorted) lines.push(entry(w, style), '');
    essays.push({ name: `essay-${String(e + 1).padStart(4, '0')}.txt`, text: lines.join('\n') });
  }
  return essays;
}
