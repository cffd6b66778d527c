// Locators as a reader writes them, for the hover.
import type { Locator } from '../core/model';

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
