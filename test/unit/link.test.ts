// The linker on inline reference lists: which reference each cited work points to, and how sure it is.
import * as assert from 'node:assert/strict';
import { findCitations, nameEvidence } from '../../src/core/citations';
import { linkCitations, referenceLabel, uncitedReferences } from '../../src/core/link';
import type { CitedWork, CslItem, CslName, Reference } from '../../src/core/model';

/** A reference list from compact rows: "family, given; family2 | year[suffix]". */
function list(rows: readonly (readonly [string, string] | { names?: CslName[]; year?: string; literal?: string; uncertain?: string[]; text?: string })[]): Reference[] {
  let offset = 0;
  return rows.map((row, index) => {
    const id = `r${index + 1}`;
    let csl: CslItem;
    let text: string;
    let uncertain: string[] = [];
    if (Array.isArray(row)) {
      const [names, year] = row as readonly [string, string];
      const author = names.split(';').map((n) => {
        const [family, given] = n.split(',').map((s) => s.trim());
        return given ? { family, given } : { family };
      });
      const m = /^(\d{4})([a-z]?)$/.exec(year);
      csl = { id, type: 'book', author, issued: m ? { 'date-parts': [[Number(m[1])]] } : { literal: year } };
      if (m?.[2]) csl['year-suffix'] = m[2];
      text = `${names} (${year}). A title.`;
    } else {
      const r = row as { names?: CslName[]; year?: string; literal?: string; uncertain?: string[]; text?: string };
      csl = { id, type: 'book' };
      if (r.names) csl.author = r.names;
      if (r.year) csl.issued = { 'date-parts': [[Number(r.year)]] };
      text = r.text ?? 'An entry.';
      uncertain = r.uncertain ?? [];
    }
    const ref: Reference = { id, index, start: offset, end: offset + text.length, text, csl, uncertain };
    offset += text.length + 2;
    return ref;
  });
}

function link(text: string, refs: Reference[], hasList = true): CitedWork[] {
  const found = findCitations(text, { evidence: nameEvidence(refs) });
  return linkCitations(found, refs, { hasReferenceList: hasList }).flatMap((c) => [...c.works]);
}

/** status and targets of each work, e.g. "linked r2", "ambiguous r1 r2", "unresolved". */
const outcome = (w: CitedWork): string => [w.status, ...w.targets].join(' ');

interface Row {
  readonly name: string;
  readonly text: string;
  readonly refs: Reference[];
  readonly expected: string[];
  /** A phrase that must appear in the first work's reasons. */
  readonly reason?: string;
}

const SOFT = list([
  ['BROOKS, Stephen G.; WOHLFORTH', '2005'],
  ['COHEN, Ariel', '2012'],
  ['FERNANDES, Moisés Silva', '2010'],
  ['MINGJIANG, Li', '2008'],
  ['Wang, Haiyun', '2007'],
  ['PAUL, T.V.', '2005'],
]);

const ROWS: Row[] = [
  { name: 'surname in capitals in the list', text: '(Paul, 2005)', refs: SOFT, expected: ['linked r6'] },
  { name: 'given name first in the text, surname first in the list', text: '(Mingjiang Li, 2008)', refs: SOFT, expected: ['linked r4'] },
  { name: 'given name first, list "Wang, Haiyun"', text: 'as Haiyun Wang (2007: 7) says', refs: SOFT, expected: ['linked r5'] },
  { name: 'full name with a middle name', text: 'As Moisés Silva Fernandes (2010) says', refs: SOFT, expected: ['linked r3'] },
  { name: 'initial and middle name', text: 'For M. Silva Fernandes (2010), it', refs: SOFT, expected: ['linked r3'] },
  { name: 'Portuguese "e" between two authors', text: '(Brooks e Wohlforth, 2005)', refs: SOFT, expected: ['linked r1'] },
  { name: 'et al for a single author', text: '(Cohen et al, 2012)', refs: SOFT, expected: ['linked r2'], reason: 'the text says “et al” but the reference lists one author' },
  {
    name: 'year suffixes tell two works apart',
    text: '(Smith 2010a; Smith 2010b)',
    refs: list([['Smith, John', '2010a'], ['Smith, John', '2010b']]),
    expected: ['linked r1', 'linked r2'],
  },
  {
    name: 'a year without its letter matches both: ambiguous',
    text: '(Smith 2010)',
    refs: list([['Smith, John', '2010a'], ['Smith, John', '2010b']]),
    expected: ['ambiguous r1 r2'],
    reason: '2010a',
  },
  {
    name: 'two works by one author in one year without letters: ambiguous',
    text: '(Smith 2010)',
    refs: list([['Smith, John', '2010'], ['Smith, John', '2010']]),
    expected: ['ambiguous r1 r2'],
  },
  {
    name: 'a co-author picks the right one of two same-year works',
    text: '(Smith & Jones 2010)',
    refs: list([['Smith, John', '2010'], ['Smith, John; Jones, Ann', '2010']]),
    expected: ['linked r2'],
  },
  {
    name: 'a wrong year is left unresolved, naming the closest',
    text: '(Smith 2006)',
    refs: list([['Smith, John', '2005']]),
    expected: ['unresolved'],
    reason: 'the year differs: text 2006, reference 2005',
  },
  { name: 'a missing work is unresolved', text: '(Nobody 2006)', refs: SOFT, expected: ['unresolved'], reason: 'no reference by “Nobody”' },
  { name: 'no date', text: '(Smith, n.d.)', refs: list([['Smith, John', 'n.d.'], ['Smith, John', '2004']]), expected: ['linked r1'] },
  { name: 'particle in the family field', text: '(van der Berg 2011)', refs: list([['van der Berg, Jan', '2011']]), expected: ['linked r1'] },
  {
    name: 'particle in its own field, text without the particle',
    text: '(Berg 2011)',
    refs: list([{ names: [{ family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van der' }], year: '2011' }]),
    expected: ['linked r1'],
  },
  { name: 'diacritics and case', text: '(Garcia y Lopez, 2010)', refs: list([['GARCÍA, Ana; LÓPEZ, Luis', '2010']]), expected: ['linked r1'] },
  { name: 'apostrophe variants', text: '(O’Neil, 2003)', refs: list([["O'NEIL, Cathy", '2003']]), expected: ['linked r1'] },
  { name: 'hyphen and space', text: '(Smith-Jones 2001)', refs: list([['SMITH JONES, Kate', '2001']]), expected: ['linked r1'] },
  { name: 'organisation', text: '(World Bank, 2019)', refs: list([{ names: [{ literal: 'World Bank' }], year: '2019' }]), expected: ['linked r1'] },
  {
    name: 'organisation by its initials',
    text: '(WHO, 2021)',
    refs: list([{ names: [{ literal: 'World Health Organization' }], year: '2021' }]),
    expected: ['linked r1'],
  },
  {
    name: 'compound surname cited by its last part',
    text: '(Fernandes, 2010)',
    refs: list([{ names: [{ family: 'Silva Fernandes', given: 'Moisés' }], year: '2010' }]),
    expected: ['linked r1'],
  },
  {
    name: 'authors the parser could not read: matched on the entry’s first words',
    text: '(Contessi, 2010)',
    refs: list([{ text: 'CONTESSI, Nicola, China and Eurasia Forum Quarterly, Volume 8 (2010)', year: '2010', uncertain: ['author'] }]),
    expected: ['linked r1'],
  },
  {
    name: 'two years of one author',
    text: 'Smith et al. (2004, 2006)',
    refs: list([['Smith, A; Lee, B; Kim, C', '2004'], ['Smith, A; Lee, B; Kim, C', '2006']]),
    expected: ['linked r1', 'linked r2'],
  },
  { name: 'no reference list at all', text: '(Paul, 2005)', refs: [], expected: ['unresolved'], reason: 'no reference list' },
];

describe('linkCitations', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const works = link(row.text, row.refs, row.refs.length > 0);
      assert.deepEqual(works.map(outcome), row.expected);
      if (row.reason) assert.ok(works[0].reasons.join(' ').includes(row.reason), works[0].reasons.join(' | '));
      for (const w of works) {
        assert.ok(w.confidence >= 0 && w.confidence <= 1);
        if (w.status === 'linked') assert.equal(w.targets.length, 1);
        if (w.status === 'ambiguous') assert.ok(w.targets.length >= 2);
        if (w.status === 'unresolved') assert.equal(w.targets.length, 0);
      }
    });
  }

  it('is surer of an exact match than of an "et al" for one author', () => {
    const [exact] = link('(Cohen, 2012)', SOFT);
    const [etAl] = link('(Cohen et al, 2012)', SOFT);
    assert.ok(exact.confidence > etAl.confidence);
  });

  it('starts a narrative citation at the name when a word before it is not part of the name', () => {
    const refs = list([['Smith, John', '2005']]);
    const text = 'as Chancellor Smith (2005) said';
    const [citation] = linkCitations(findCitations(text, { evidence: nameEvidence(refs) }), refs);
    assert.equal(citation.text, 'Smith (2005)');
    assert.equal(text.slice(citation.start, citation.end), citation.text);
  });

  it('reports uncited references in list order', () => {
    const refs = list([['Adams, x', '2001'], ['Brown, y', '2002'], ['Clark, z', '2003']]);
    const citations = linkCitations(findCitations('(Brown 2002)'), refs);
    assert.deepEqual(uncitedReferences(citations, refs), ['r1', 'r3']);
  });

  it('labels references briefly', () => {
    const refs = list([['BROOKS, Stephen; WOHLFORTH, William', '2005'], ['Cohen, A; Lee, B; Kim, C', '2012a'], { text: 'An entry with no author read.' }]);
    assert.deepEqual(refs.map(referenceLabel), ['Brooks & Wohlforth 2005', 'Cohen et al. 2012a', 'An entry with no author read.']);
  });
});
