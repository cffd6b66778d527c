/**
 * The fields of a reference as the engine read them, in words a reader understands: for the hover,
 * the Sources view's tooltip and the reading view's card. Pure; reads `Reference.csl` and
 * `Reference.uncertain` only.
 */
import { say } from './messages';
import type { CslName, Reference } from './model';

/** One field the engine read from an entry. */
export interface ReferenceField {
  /** What the field is, for a reader: "Authors", "Year", "Title", "In", "Type". */
  readonly label: string;
  /** The value on one line ("Nye, Joseph S.; Keohane, Robert O."). Never empty. */
  readonly value: string;
  /** True when the engine is not sure of it (the CSL field is in `Reference.uncertain`). */
  readonly uncertain: boolean;
}

/** Most authors listed by name; the rest are counted. */
const maxAuthors = 3;

/** The kind of work in words, by CSL type; each read when asked, in the reader's language of the moment. */
const typeWords: Readonly<Record<string, () => string>> = {
  'article-journal': () => say('journal article'),
  'article-magazine': () => say('magazine article'),
  'article-newspaper': () => say('newspaper article'),
  article: () => say('article'),
  book: () => say('book'),
  chapter: () => say('book chapter'),
  'paper-conference': () => say('conference paper'),
  report: () => say('report'),
  thesis: () => say('thesis'),
  webpage: () => say('web page'),
  'post-weblog': () => say('blog post'),
  legislation: () => say('law'),
  legal_case: () => say('legal case'),
  dataset: () => say('data set'),
  manuscript: () => say('manuscript'),
  standard: () => say('standard'),
  software: () => say('software'),
  patent: () => say('patent'),
  entry: () => say('entry'),
  'entry-encyclopedia': () => say('encyclopedia entry'),
  'entry-dictionary': () => say('dictionary entry'),
  review: () => say('review'),
  'review-book': () => say('book review'),
  interview: () => say('interview'),
  speech: () => say('speech'),
  broadcast: () => say('broadcast'),
  motion_picture: () => say('film'),
  map: () => say('map'),
  document: () => say('document'),
};

function clean(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).replace(/\s+/g, ' ').trim() : '';
}

function nameOf(name: CslName): string {
  if (name.literal) return clean(name.literal);
  const family = [name['non-dropping-particle'], name.family].map(clean).filter(Boolean).join(' ');
  const given = [name.given, name['dropping-particle']].map(clean).filter(Boolean).join(' ');
  const suffix = clean(name.suffix);
  return [family, given, suffix].filter(Boolean).join(', ');
}

function authorsOf(names: readonly CslName[] | undefined): string {
  const all = (names ?? []).map(nameOf).filter(Boolean);
  if (all.length <= maxAuthors) return all.join('; ');
  return say('{0} and {1} more', all.slice(0, maxAuthors).join('; '), all.length - maxAuthors);
}

function yearOf(reference: Reference): string {
  const issued = reference.csl.issued;
  const year = clean(issued?.['date-parts']?.[0]?.[0]);
  if (year === '') return clean(issued?.literal);
  const suffix = clean(reference.csl['year-suffix']);
  return year + suffix;
}

/**
 * The authors (editors when there are none), year, title, container ("In": journal or book) and type
 * of `reference`, as the engine read them, in that order; fields it found nothing for are left out.
 * More than three authors are listed as the first three "and N more". A field is `uncertain` when its
 * CSL field (`author`/`editor`, `issued`, `title`, `container-title`, `type`) is in
 * `reference.uncertain`. Never throws; a reference without a parse gives an empty list.
 */
export function referenceFields(reference: Reference): ReferenceField[] {
  const csl = reference.csl ?? { id: reference.id, type: '' };
  const unsure = new Set(reference.uncertain ?? []);
  const fields: ReferenceField[] = [];
  const add = (label: string, value: string, ...cslFields: string[]): void => {
    if (value !== '') fields.push({ label, value, uncertain: cslFields.some((f) => unsure.has(f)) });
  };
  const authors = authorsOf(csl.author);
  if (authors !== '') add(say('Authors'), authors, 'author');
  else add(say('Editors'), authorsOf(csl.editor), 'editor');
  add(say('Year'), yearOf(reference), 'issued');
  add(say('Title'), clean(csl.title), 'title');
  add(say('In'), clean(csl['container-title']), 'container-title');
  add(say('Type'), Object.prototype.hasOwnProperty.call(typeWords, csl.type) ? typeWords[csl.type]() : clean(csl.type).replace(/[-_]/g, ' '), 'type');
  return fields;
}

/**
 * The fields on one line, for a hover or a tooltip: "Authors: Nye, Joseph S. · Year: 2004 · Title:
 * Soft Power (uncertain)". Plain text (escape it for Markdown or HTML); "" when there are no fields.
 */
export function referenceFieldsLine(fields: readonly ReferenceField[]): string {
  return fields.map((f) => `${f.label}: ${f.value}${f.uncertain ? ` (${say('uncertain')})` : ''}`).join(' · ');
}
