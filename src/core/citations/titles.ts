/** The titles of the list's works, for a year-only parenthesis right after one of them ("Der Mut zum Sein (1953)"). */
import type { CslName, Reference } from '../model';
import { foldKey, lettersOf } from '../text';
import type { ListedTitle } from './find';

/**
 * Keeps a work's title, and its main title before a subtitle ("Mikhaïl Bakhtin: An Aesthetic for Democracy", "Mikhaïl
 * Bakhtin"), under its last word, with the work's authors: two words and ten letters at least, so that a title is not
 * a common word. `names` are the work's authors (or editors).
 */
export function addTitles(titles: Map<string, ListedTitle[]>, reference: Pick<Reference, 'csl'>, names: readonly CslName[]): void {
  const title = reference.csl.title;
  const authors = names
    .map((n) => n.family ?? n.literal)
    .filter((n): n is string => typeof n === 'string' && n !== '');
  if (typeof title !== 'string' || authors.length === 0) return;
  const main = MAIN_TITLE_RE.exec(title);
  for (const variant of main ? [title, main[1]] : [title]) {
    const words = foldKey(variant).split(' ').map(lettersOf).filter(Boolean);
    const letters = words.join('');
    if (words.length < 2 || letters.length < 10) continue;
    const key = words[words.length - 1];
    const listed = titles.get(key);
    if (listed) listed.push({ letters, authors });
    else titles.set(key, [{ letters, authors }]);
  }
}

/** A title's main part, before the colon, full stop or dash that opens its subtitle. */
const MAIN_TITLE_RE = /^(.{6,200}?)(?::|\.|\s[–—-])\s/u;
