/** The in-text citation finder: public entry points. */
import type { CslName, Reference } from '../model';
import { foldKey } from '../text';
import type { NameEvidence } from './find';

export { findCitations } from './find';
export type { FindOptions, FoundCitation, FoundWork, NameEvidence } from './find';

/** The authors (or, failing them, the editors) of a reference. */
export function namesOf(reference: Pick<Reference, 'csl'>): readonly CslName[] {
  const { author, editor } = reference.csl;
  if (Array.isArray(author) && author.length > 0) return author;
  if (Array.isArray(editor) && editor.length > 0) return editor;
  return [];
}

/**
 * Collects what the reference list says about names, for the finder: every folded word of every
 * author's family name, given name, particles and literal name, and each "particle surname" pair.
 */
export function nameEvidence(references: readonly Pick<Reference, 'csl'>[]): NameEvidence {
  const words = new Set<string>();
  const particlePairs = new Set<string>();
  for (const reference of references) {
    for (const name of namesOf(reference)) {
      const parts = [name.family, name.given, name.literal, name['non-dropping-particle'], name['dropping-particle']];
      for (const part of parts) {
        if (typeof part !== 'string') continue;
        for (const w of foldKey(part.replace(/\./g, ' ')).split(' ')) if (w) words.add(w);
      }
      const family = typeof name.family === 'string' ? foldKey(name.family).split(' ') : [];
      const particle = typeof name['non-dropping-particle'] === 'string' ? foldKey(name['non-dropping-particle']) : '';
      if (particle && family[0]) particlePairs.add(`${particle.split(' ').pop()} ${family[0]}`);
      for (let i = 0; i + 1 < family.length; i++) particlePairs.add(`${family[i]} ${family[i + 1]}`);
    }
  }
  return { words, particlePairs };
}
