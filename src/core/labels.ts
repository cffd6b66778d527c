/**
 * How references and cited works are named to the reader, in one place for every view: the short
 * author-year label is the engine's {@link referenceLabel} ("Brooks & Wohlforth 2005"); the functions
 * here add the title where there is room for it and tell equal labels apart.
 */
import { namesOf } from './citations';
import { referenceLabel } from './link';
import type { CitedWork, Reference } from './model';
import { ellipsize } from './text';

export { ellipsize, referenceLabel };

/**
 * What a reference is called: its title, else the journal or book it appeared in, on one line and
 * cut at `max` characters with "…" (default 80); "" when the parse found neither.
 */
export function referenceTitle(reference: Reference, max = 80): string {
  const { csl } = reference;
  const what = typeof csl.title === 'string' && csl.title.trim() !== '' ? csl.title : csl['container-title'];
  return typeof what === 'string' ? ellipsize(what, max) : '';
}

/**
 * A reference named with its title, for messages and pickers: "Smith 2010a — Balancing Acts",
 * "World Bank 2019" (no title). An entry with no parsed author is named by its title (after its
 * year, when there is one), or failing that by the start of its text. Titles are cut at 60 characters.
 */
export function referenceHeadline(reference: Reference): string {
  const title = referenceTitle(reference, 60);
  if (namesOf(reference).length > 0) return title === '' ? referenceLabel(reference) : `${referenceLabel(reference)} — ${title}`;
  if (title === '') return ellipsize(reference.text, 60);
  const year = reference.csl.issued?.['date-parts']?.[0]?.[0];
  return year !== undefined && String(year).trim() !== '' ? `${year} — ${title}` : title;
}

/**
 * Headlines of several references, made distinct: when two are equal each gets its entry's position
 * in the list, "(entry 4)", so a reader can still tell the candidates apart.
 */
export function distinctReferenceLabels(references: readonly Reference[]): string[] {
  const labels = references.map(referenceHeadline);
  return labels.map((label, i) =>
    labels.indexOf(label) !== labels.lastIndexOf(label) ? `${label} (entry ${references[i].index + 1})` : label,
  );
}

/**
 * A short label of a cited work as the text writes it: "Smith 2004", "Jones & Lee 2010a",
 * "Cohen et al. 2012". Falls back to the work's text when it names no author.
 */
export function workLabel(work: CitedWork): string {
  const names = work.authors;
  if (names.length === 0) return work.text.trim();
  const who = work.etAl || names.length > 2 ? `${names[0]} et al.` : names.join(' & ');
  return `${who} ${work.year}`.trim();
}
