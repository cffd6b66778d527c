// What the field scorers share: how a field's words are compared, and how the first author and the year are read
// off a parsed entry.
import type { CslItem, CslName } from '../../src/core/model';

const QUOTES = /^["'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e`]+|["'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e`]+$/g;

/** A field as the gold conventions compare it: white space collapsed, surrounding quotes and a closing period or comma removed, case kept. */
export function normaliseField(s: string | null | undefined): string {
  if (s === null || s === undefined) return '';
  let out = s.replace(/\s+/g, ' ').trim();
  out = out.replace(QUOTES, '').trim();
  out = out.replace(/[.,]+$/, '').trim();
  return out.replace(QUOTES, '').trim();
}

/** {@link normaliseField} in lower case, for scorers that let case pass. */
export function fieldKey(s: string | null | undefined): string {
  return normaliseField(s).toLowerCase();
}

/** A name's family name with its particle, or an organisation's name; '' for none. */
export function familyOf(n: CslName | undefined): string {
  if (!n) return '';
  if (n.literal) return n.literal;
  return [n['non-dropping-particle'], n.family].filter(Boolean).join(' ');
}

/** The year with its letter ("2010a"), else the date as written ("n.d.", "in press"), else ''. */
export function cslYear(csl: Pick<CslItem, 'issued'> & Record<string, unknown>): string {
  const parts = csl.issued?.['date-parts']?.[0];
  const suffix = typeof csl['year-suffix'] === 'string' ? csl['year-suffix'] : '';
  if (parts && parts.length > 0 && parts[0] !== undefined) return `${parts[0]}${suffix}`;
  return csl.issued?.literal ?? '';
}
