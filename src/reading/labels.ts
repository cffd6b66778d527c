// Short names for references and locators, shared by the hover and the outline.
import type { Locator, Reference } from '../core/model';
import { properCase } from '../core/text';

const locatorAbbreviations: Readonly<Record<string, readonly [string, string]>> = {
  page: ['p.', 'pp.'],
  chapter: ['chap.', 'chaps.'],
  section: ['sec.', 'secs.'],
  paragraph: ['para.', 'paras.'],
  figure: ['fig.', 'figs.'],
  table: ['table', 'tables'],
  note: ['n.', 'nn.'],
  volume: ['vol.', 'vols.'],
  line: ['l.', 'll.'],
};

/**
 * A locator as a reader writes it: "p. 7", "pp. 3–4", "chap. 2". A value with a range or a list
 * takes the plural abbreviation; an unknown label is written out ("verse 3").
 */
export function locatorText(locator: Locator): string {
  const value = locator.value.trim();
  const forms = locatorAbbreviations[locator.label];
  if (!forms) return `${locator.label} ${value}`.trim();
  const plural = /[-–—,&]|\band\b/.test(value);
  return `${forms[plural ? 1 : 0]} ${value}`;
}

function surname(name: { family?: string; literal?: string; given?: string }): string {
  return properCase((name.family ?? name.literal ?? name.given ?? '').trim());
}

/**
 * A reference named the way an author-year citation names it: "Paul 2005",
 * "Brooks & Wohlforth 2005", "Cohen et al. 2012". Names written in capitals are shown in proper
 * case; a reference with no parsed author or year falls back to the start of its text.
 */
export function referenceShortLabel(reference: Reference): string {
  const csl = reference.csl;
  const names = (csl.author ?? csl.editor ?? []).map(surname).filter((n) => n !== '');
  const parts = csl.issued?.['date-parts']?.[0];
  const suffix = typeof csl['year-suffix'] === 'string' ? csl['year-suffix'] : '';
  const year = parts && parts[0] !== undefined && parts[0] !== '' ? `${parts[0]}${suffix}` : (csl.issued?.literal ?? '');
  const who = names.length === 0 ? '' : names.length === 1 ? names[0] : names.length === 2 ? `${names[0]} & ${names[1]}` : `${names[0]} et al.`;
  const label = `${who} ${year}`.trim();
  if (who !== '' && label !== '') return label;
  const start = reference.text.replace(/\s+/g, ' ').trim();
  return start.length <= 40 ? start : `${start.slice(0, 39).trimEnd()}…`;
}
