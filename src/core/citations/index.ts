/** The in-text citation finder: public entry points. */
import type { CslName, Reference } from '../model';
import { foldKey } from '../text';
import type { ListedTitle, NameEvidence } from './find';
import { addTitles } from './titles';
import { CONNECTORS, STRONG_PARTICLES, WEAK_PARTICLES } from './words';

export { findCitations } from './find';
export type { FindOptions, FoundCitation, FoundWork, ListedTitle, NameEvidence } from './find';

/** The authors (or, failing them, the editors) of a reference. */
export function namesOf(reference: Pick<Reference, 'csl'>): readonly CslName[] {
  const { author, editor } = reference.csl;
  if (Array.isArray(author) && author.length > 0) return author;
  if (Array.isArray(editor) && editor.length > 0) return editor;
  return [];
}

/**
 * Collects what the reference list says about names, for the finder: every folded word of every
 * author's family name, given name, particles and literal name, each "particle surname" pair, the
 * surnames the list writes in lower case, and the last words in lower case of its organisations' names.
 */
export function nameEvidence(references: readonly Pick<Reference, 'csl'>[]): NameEvidence {
  const words = new Set<string>();
  const particlePairs = new Set<string>();
  const lowerNames = new Set<string>();
  const lowerTails = new Set<string>();
  const joinedOrganisations = new Map<string, string[]>();
  const titles = new Map<string, ListedTitle[]>();
  const years = new Map<string, Set<string>>();
  for (const reference of references) {
    const names = namesOf(reference);
    addTitles(titles, reference, names);
    const year = yearOf(reference);
    for (const name of names) {
      const parts = [name.family, name.given, name.literal, name['non-dropping-particle'], name['dropping-particle']];
      for (const part of parts) {
        if (typeof part !== 'string') continue;
        const keys = PLAIN_RE.test(part) ? [part.toLowerCase()] : foldKey(part.replace(/\./g, ' ')).split(' ').filter(Boolean);
        for (const w of keys) {
          words.add(w);
          if (year !== undefined) {
            const set = years.get(w);
            if (set) set.add(year);
            else years.set(w, new Set([year]));
          }
        }
      }
      if (typeof name.literal === 'string') {
        const organisation = foldKey(name.literal).split(' ').filter((w) => w !== '');
        if (organisation.length >= 3 && organisation.slice(1, -1).some(isJoiningWord)) joinedOrganisations.set(organisation.join(' '), organisation);
      }
      const tail = typeof name.literal === 'string' ? name.literal.trim().split(/\s+/) : [];
      if (tail.length > 1 && LOWER_SURNAME_RE.test(tail[tail.length - 1])) {
        const key = foldKey(tail[tail.length - 1]);
        if (!isJoiningWord(key)) lowerTails.add(key);
      }
      if (typeof name.family === 'string' && LOWER_SURNAME_RE.test(name.family)) {
        const key = foldKey(name.family);
        if (!isJoiningWord(key)) lowerNames.add(key);
      }
      const family = typeof name.family === 'string' ? (PLAIN_RE.test(name.family) ? [name.family.toLowerCase()] : foldKey(name.family).split(' ')) : [];
      const particle = typeof name['non-dropping-particle'] === 'string' ? foldKey(name['non-dropping-particle']) : '';
      if (particle && family[0]) particlePairs.add(`${particle.split(' ').pop()} ${family[0]}`);
      for (let i = 0; i + 1 < family.length; i++) particlePairs.add(`${family[i]} ${family[i + 1]}`);
    }
  }
  return { words, particlePairs, lowerNames, lowerTails, joinedOrganisations: [...joinedOrganisations.values()], titles, years };
}

/** The four-digit year a reference was issued in, as text ("2010"); undefined when it has none. */
function yearOf(reference: Pick<Reference, 'csl'>): string | undefined {
  const year = reference.csl.issued?.['date-parts']?.[0]?.[0];
  return typeof year === 'number' ? String(year) : undefined;
}

/** A particle or a connector ("de", "van", "and"): a word in lower case that is no name of its own. */
function isJoiningWord(key: string): boolean {
  return STRONG_PARTICLES.has(key) || WEAK_PARTICLES.has(key) || CONNECTORS.has(key);
}

/** A plain ASCII word, whose key is its lower case. */
const PLAIN_RE = /^[A-Za-z]{1,40}$/;

/** A one-word surname written all in lower case, three letters or more ("boyd", "hooks"). */
const LOWER_SURNAME_RE = /^\p{Ll}[\p{Ll}'’-]{2,40}$/u;
