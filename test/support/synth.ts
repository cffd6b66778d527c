/**
 * A deterministic generator of synthetic scholarly essays, shared by the benchmark and the tests.
 *
 * The same seed and size always give the same text. The essay has a title, sections of prose,
 * author-year citations in the forms real essays use (parenthetical with several works, narrative,
 * "et al", year suffixes, locators, prefixes such as "see"), a reference list in mixed styles
 * (APA, capitalised surnames, MLA-like, Chicago author-date, Harvard), and the traps a linker meets:
 * citations of works missing from the list, two works by one author in one year without a suffix,
 * references nobody cites, and distractors (years and acronyms in prose, parentheses without citations).
 */

/** A small, fast, seeded PRNG (mulberry32). Returns a function giving floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SynthOptions {
  /** Approximate size of the essay in UTF-16 code units (close to bytes: the text is mostly ASCII). */
  readonly size: number;
  /** PRNG seed; the same seed and size give the same essay. Default 1. */
  readonly seed?: number;
  /** Number of references; default grows with the size (one per ~3 KB, at least 12). */
  readonly references?: number;
}

export interface SynthEssay {
  readonly text: string;
  /** How many entries the reference list has. */
  readonly referenceCount: number;
  /** How many works the generator cited (each citation has one or more). */
  readonly citedWorks: number;
  /** How many citations (parenthetical or narrative) the generator wrote. */
  readonly citations: number;
  /** Cited works whose reference is missing from the list. */
  readonly missingWorks: number;
  /** Cited works written so that two references share their first author and year (no suffix): ambiguous unless author count tells them apart. */
  readonly ambiguousWorks: number;
}

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'f', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou', 'ia'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 'rt', 'nd', 'ck', 'ns', 'th'];
const ACCENTED = ['é', 'ü', 'ñ', 'ç', 'ø', 'å'];
const GIVEN = ['Anna', 'Paulo', 'Li', 'Haiyun', 'Robert', 'Stephen', 'Maria', 'Ariel', 'Nicola', 'T.V.', 'Moisés', 'Jean-Luc', 'Sofia', 'Kwame', 'Yuki', 'Olga', 'Ahmed', 'Chiara'];
const PARTICLES = ['van der ', 'de ', 'von ', 'Mac', "O'"];
const WORDS = (
  'power state security order policy balance trade regional global strategy partnership cooperation conflict ' +
  'institution economy market network identity norm alliance border development governance influence crisis ' +
  'transition resource energy community region theory practice discourse interest threat rise decline'
).split(' ');
const VERBS = ['argues', 'shows', 'notes', 'suggests', 'points out', 'observes', 'claims', 'finds', 'reminds us'];
const FILLER = (
  'In this context the relation between the two countries has changed considerably, and the evidence ' +
  'collected over the last decades suggests a more careful reading of the sources. ' +
  'Observers disagree on the weight of each factor, but most accept that no single cause explains the outcome. ' +
  'The argument developed here does not depend on any particular school of thought. ' +
  'Several questions remain open, in particular those about the long-term effects of these choices. '
).split('. ').filter((s) => s.trim() !== '');
const DISTRACTORS = [
  'Between 1990 and 1995 the number of agreements doubled.',
  'The UN (United Nations) and NATO responded in 2003 with caution.',
  'The results (see Table 3) are robust (p < 0.05).',
  'In the 1990s, trade grew by 12 percent (from 2.1 to 2.4 billion).',
  'The treaty of 1648 (Westphalia) is the usual starting point.',
  'As noted above (section 2), the period 2001–2008 differs.',
  'The G20 (Group of Twenty) met in June 2010 (Toronto).',
  'Figure 4 (2012 data) shows the trend.',
];
const JOURNALS = ['International Security', 'Journal of Regional Studies', 'Asian Survey', 'Foreign Affairs', 'Review of International Studies', 'Global Governance'];
const PUBLISHERS = ['Cambridge University Press', 'Routledge', 'Oxford University Press', 'Palgrave Macmillan', 'Lynne Rienner'];
const CITIES = ['London', 'New York', 'Lisbon', 'Boulder', 'Oxford'];

interface Author {
  readonly given: string;
  readonly family: string;
}

interface Work {
  readonly authors: readonly Author[];
  /** The year as cited, with its suffix. */
  readonly year: string;
  /** False for a work cited in the text but absent from the reference list. */
  readonly listed: boolean;
  /** True when another listed work shares its first author and year without a suffix. */
  readonly ambiguous: boolean;
}

/**
 * Generates an essay of about `options.size` characters. Deterministic for a given seed and size.
 */
export function synthEssay(options: SynthOptions): SynthEssay {
  const rnd = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const chance = (p: number): boolean => rnd() < p;
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));

  const usedSurnames = new Set<string>();
  const surname = (): string => {
    for (;;) {
      let s = '';
      const syllables = int(2, 3);
      for (let i = 0; i < syllables; i++) s += pick(ONSETS) + pick(VOWELS) + (i === syllables - 1 ? pick(CODAS) : '');
      if (chance(0.05)) s = s.slice(0, 2) + pick(ACCENTED) + s.slice(3);
      let name = s[0].toUpperCase() + s.slice(1);
      if (chance(0.03)) name = pick(PARTICLES) + name;
      if (chance(0.04)) name += '-' + pick(ONSETS).toUpperCase() + pick(VOWELS) + pick(CODAS);
      if (!usedSurnames.has(name)) {
        usedSurnames.add(name);
        return name;
      }
    }
  };
  const author = (): Author => ({ given: pick(GIVEN), family: surname() });

  // The works: listed ones (the reference list) and missing ones (cited only).
  const referenceCount = options.references ?? Math.max(12, Math.round(options.size / 3000));
  const works: Work[] = [];
  const listed: Work[] = [];
  for (let i = 0; i < referenceCount; i++) {
    const n = chance(0.55) ? 1 : chance(0.6) ? 2 : int(3, 6);
    const authors = Array.from({ length: n }, author);
    const year = String(int(1950, 2024));
    const work: Work = { authors, year, listed: true, ambiguous: false };
    listed.push(work);
    works.push(work);
    // Same author, two works: either told apart by a suffix, or (rarely) ambiguous.
    if (chance(0.08) && i + 1 < referenceCount) {
      i++;
      const suffixed = chance(0.7);
      if (suffixed) {
        const first = { ...work, year: year + 'a' };
        listed[listed.length - 1] = first;
        works[works.length - 1] = first;
        const second: Work = { authors, year: year + 'b', listed: true, ambiguous: false };
        listed.push(second);
        works.push(second);
      } else {
        const first: Work = { ...work, ambiguous: true };
        listed[listed.length - 1] = first;
        works[works.length - 1] = first;
        const other: Work = { authors: [authors[0], author()], year, listed: true, ambiguous: true };
        listed.push(other);
        // Cite the pair only through the ambiguous short form (first author + year).
      }
    }
  }
  const missing: Work[] = Array.from({ length: Math.max(2, Math.round(referenceCount / 25)) }, () => ({
    authors: [author()],
    year: String(int(1960, 2023)),
    listed: false,
    ambiguous: false,
  }));
  // The last 5% of the list is never cited (the pairs that share author and year always are).
  const citable = [...works.filter((w) => !w.ambiguous).slice(0, Math.ceil(works.length * 0.95)), ...works.filter((w) => w.ambiguous)];

  // In-text forms.
  const namesIn = (w: Work, joiner: string): string => {
    const a = w.authors;
    if (a.length >= 3 || (w.ambiguous && a.length > 1)) return `${a[0].family} et al${chance(0.8) ? '.' : ''}`;
    if (a.length === 2) return `${a[0].family} ${joiner} ${a[1].family}`;
    return a[0].family;
  };
  const locator = (): string => {
    if (!chance(0.25)) return '';
    const p = int(1, 400);
    return pick([`, p. ${p}`, `, pp. ${p}-${p + int(1, 20)}`, `: ${p}`, `, chap. ${int(1, 12)}`, `, p. ${p}`]);
  };
  let citedWorks = 0;
  let citationCount = 0;
  let missingWorks = 0;
  let ambiguousWorks = 0;
  const chooseWork = (): Work => {
    const w = chance(0.03) ? pick(missing) : pick(citable);
    citedWorks++;
    if (!w.listed) missingWorks++;
    if (w.ambiguous) ambiguousWorks++;
    return w;
  };
  const parenthetical = (): string => {
    citationCount++;
    const n = chance(0.7) ? 1 : int(2, 4);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const w = chooseWork();
      const comma = chance(0.6) ? ', ' : ' ';
      parts.push(`${namesIn(w, chance(0.5) ? '&' : 'and')}${comma}${w.year}${locator()}`);
    }
    const prefix = chance(0.1) ? pick(['see ', 'cf. ', 'e.g. ', 'see also ']) : '';
    return `(${prefix}${parts.join('; ')})`;
  };
  const narrative = (): string => {
    citationCount++;
    const w = chooseWork();
    const full = w.authors.length === 1 && chance(0.2) ? `${w.authors[0].given} ${w.authors[0].family}` : namesIn(w, 'and');
    return `${full} (${w.year}${locator()})`;
  };

  const sentence = (): string => {
    const words: string[] = [];
    const n = int(8, 22);
    for (let i = 0; i < n; i++) words.push(pick(WORDS));
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    return words.join(' ');
  };
  const paragraph = (): string => {
    const out: string[] = [];
    const n = int(3, 7);
    for (let i = 0; i < n; i++) {
      const r = rnd();
      if (r < 0.3) out.push(`${sentence()} ${parenthetical()}.`);
      else if (r < 0.45) out.push(`${narrative()} ${pick(VERBS)} that the ${pick(WORDS)} of ${pick(WORDS)} matters.`);
      else if (r < 0.52) out.push(pick(DISTRACTORS));
      else if (r < 0.6) out.push(`${pick(FILLER).trim()}.`);
      else out.push(`${sentence()}.`);
    }
    return out.join(' ');
  };

  const body: string[] = [];
  body.push(`The ${pick(WORDS)} of ${pick(WORDS)}: A Synthetic Essay on ${pick(WORDS)} and ${pick(WORDS)}`, '');
  const referencesText = listed.map((w) => formatReference(w, rnd)).join('\n\n');
  const budget = Math.max(0, options.size - referencesText.length - 20);
  let length = body.join('\n').length;
  let section = 1;
  while (length < budget) {
    if (chance(0.08)) {
      const heading = `${section++}. ${pick(WORDS)[0].toUpperCase()}${pick(WORDS).slice(1)} and ${pick(WORDS)}`;
      body.push(heading, '');
      length += heading.length + 2;
    }
    const p = paragraph();
    body.push(p, '');
    length += p.length + 2;
  }
  const text = `${body.join('\n')}\nReferences\n\n${referencesText}\n`;
  return { text, referenceCount: listed.length, citedWorks, citations: citationCount, missingWorks, ambiguousWorks };
}

function formatReference(w: Work, rnd: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const title = Array.from({ length: 3 + Math.floor(rnd() * 6) }, () => pick(WORDS)).join(' ');
  const Title = title[0].toUpperCase() + title.slice(1);
  const vol = 1 + Math.floor(rnd() * 60);
  const p1 = 1 + Math.floor(rnd() * 300);
  const pages = `${p1}-${p1 + 5 + Math.floor(rnd() * 30)}`;
  const initials = (a: Author): string => a.given.split(/[\s-]/).map((g) => `${g[0]}.`).join(' ');
  const style = rnd();
  const a = w.authors;
  if (style < 0.35) {
    // APA
    const names = a.map((x) => `${x.family}, ${initials(x)}`);
    const joined = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
    return `${joined} (${w.year}). ${Title}. ${pick(JOURNALS)}, ${vol}(${1 + Math.floor(rnd() * 4)}), ${pages}.`;
  }
  if (style < 0.6) {
    // Capitalised surnames, as many European essays write them.
    const names = a.map((x, i) => (i === 0 ? `${x.family.toUpperCase()}, ${x.given}` : `${x.given} ${x.family.toUpperCase()}`));
    return `${names.join(', and ')} (${w.year}). ${Title}, ${pick(JOURNALS)} ${vol}, no. ${1 + Math.floor(rnd() * 4)}, pp. ${pages}.`;
  }
  if (style < 0.75) {
    // MLA-like
    const names = a.length >= 3 ? `${a[0].family}, ${a[0].given}, et al.` : a.map((x, i) => (i === 0 ? `${x.family}, ${x.given}` : `${x.given} ${x.family}`)).join(', and ');
    return `${names.endsWith('.') ? names : names + '.'} “${Title}.” ${pick(JOURNALS)}, vol. ${vol}, ${w.year}, pp. ${pages}.`;
  }
  if (style < 0.9) {
    // Chicago author-date
    const names = a.map((x, i) => (i === 0 ? `${x.family}, ${x.given}` : `${x.given} ${x.family}`)).join(', and ');
    return `${names}. ${w.year}. ${Title}. ${pick(CITIES)}: ${pick(PUBLISHERS)}.`;
  }
  // Harvard
  const names = a.map((x) => `${x.family}, ${initials(x)}`).join(' and ');
  return `${names} (${w.year}) ${Title}. ${pick(CITIES)}: ${pick(PUBLISHERS)}.`;
}
