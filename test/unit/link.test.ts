// The linker on inline reference lists: which reference each cited work points to, and how sure it is.
import * as assert from 'node:assert/strict';
import { findCitations, nameEvidence } from '../../src/core/citations';
import { linkCitations, referenceLabel, uncitedReferences } from '../../src/core/link';
import type { CitedWork, CslItem, CslName, Reference } from '../../src/core/model';

/** A reference list from compact rows: "family, given; family2 | year[suffix]". */
type EntryRow = { names?: CslName[]; year?: string; original?: string; literal?: string; uncertain?: string[]; text?: string };
function list(rows: readonly (readonly [string, string] | EntryRow)[]): Reference[] {
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
      const r = row as EntryRow;
      csl = { id, type: 'book' };
      if (r.names) csl.author = r.names;
      if (r.year) csl.issued = { 'date-parts': [[Number(r.year)]] };
      if (r.original) csl['original-date'] = { 'date-parts': [[Number(r.original)]] };
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

const WEBER = list([{ names: [{ family: 'Weber', given: 'Max' }], year: '1905', text: 'Weber, Max. (1905) 1930. The Protestant Ethic and the Spirit of Capitalism.' }]);

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
  {
    name: 'many entries share a surname: the year picks one',
    text: '(Wang, 2007) and Haiyun Wang (2009)',
    refs: list([['Wang, Li', '2005'], ['Wang, Haiyun', '2007'], ['Wang, Haiyun', '2009'], ['Wang, Jun', '2011'], ['Wang, Wei', 'n.d.']]),
    expected: ['linked r2', 'linked r3'],
  },
  {
    name: 'many entries share a surname, none of the year: the closest year is named',
    text: '(Wang 2008)',
    refs: list([['Wang, Li', '2001'], ['Wang, Haiyun', '2007'], ['Wang, Jun', '2015']]),
    expected: ['unresolved'],
    reason: '(entry 2), but the year differs: text 2008, reference 2007',
  },
  {
    name: 'an entry without a year is still a candidate for any year',
    text: '(Wang 2008)',
    refs: list([['Wang, Li', '2001'], { names: [{ family: 'Wang', given: 'Jun' }], text: 'Wang, Jun. A title without a date.' }]),
    expected: ['linked r2'],
    reason: 'the reference shows no year',
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
  // Reprints and translations: either year of the entry.
  { name: 'reprint cited with both years', text: '(quoted in Weber [1905] 1930, 48)', refs: WEBER, expected: ['linked r1'] },
  { name: 'reprint cited by the edition read', text: 'Weber (1930) argues', refs: WEBER, expected: ['linked r1'] },
  { name: 'reprint cited by the first edition', text: '(Weber 1905)', refs: WEBER, expected: ['linked r1'] },
  { name: 'reprint cited with another year', text: '(Weber 1931)', refs: WEBER, expected: ['unresolved'], reason: 'the year differs' },
  {
    name: 'reprint whose entry puts the first edition in brackets after the year',
    text: 'Braudel ([1958] 1980) distinguished',
    refs: list([{ names: [{ family: 'Braudel', given: 'Fernand' }], year: '1980', text: 'Braudel, Fernand. 1980 [1958]. On History.' }]),
    expected: ['linked r1'],
  },
  {
    name: 'reprint with original-date in the csl',
    text: '(Marx [1867] 1887, 216)',
    refs: list([{ names: [{ family: 'Marx', given: 'Karl' }], year: '1887', original: '1867' }]),
    expected: ['linked r1'],
  },
  {
    name: 'APA reprint note',
    text: '(Freud, 1900/1953)',
    refs: list([{ names: [{ family: 'Freud', given: 'S.' }], year: '1953', text: 'Freud, S. (1953). The interpretation of dreams. Hogarth. (Original work published 1900)' }]),
    expected: ['linked r1'],
  },
  // "In press" and "no date" in other languages.
  { name: 'Italian in press, literal date', text: '(Ricci, in corso di stampa)', refs: list([['Ricci, A.', 'in corso di stampa'], ['Ricci, A.', '2011']]), expected: ['linked r1'] },
  {
    name: 'in press read from the entry when the date is missing',
    text: '(Ricci, in corso di stampa)',
    refs: list([{ names: [{ family: 'Ricci', given: 'A.' }], text: 'Ricci, A. (in corso di stampa). Le reti territoriali. Roma: Carocci.' }]),
    expected: ['linked r1'],
  },
  { name: 'Portuguese s.d. against n.d.', text: '(Souza, s.d.)', refs: list([['Souza, Ana', 'n.d.'], ['Souza, Ana', '2004']]), expected: ['linked r1'] },
  { name: 'German o.J. against the literal o. J.', text: '(Müller o.J.)', refs: list([['Müller, Hans', 'o. J.']]), expected: ['linked r1'] },
  // Particles, connectors and spellings.
  {
    name: 'German genitive without apostrophe, particle in its own field',
    text: 'Von Hippels (2014) Befunde',
    refs: list([{ names: [{ family: 'Hippel', given: 'Eva', 'non-dropping-particle': 'von' }], year: '2014' }]),
    expected: ['linked r1'],
  },
  {
    name: 'Dutch en, sentence-initial De against a lower-case particle',
    text: 'De Boer en Zuidema (2015) pleiten',
    refs: list([{ names: [{ family: 'Boer', given: 'J.', 'non-dropping-particle': 'de' }, { family: 'Zuidema', given: 'C.' }], year: '2015' }]),
    expected: ['linked r1'],
  },
  {
    name: 'Dutch elided article ’t',
    text: '(’t Hart, 2009)',
    refs: list([{ names: [{ family: 'Hart', given: 'H.', 'non-dropping-particle': '’t' }], year: '2009' }]),
    expected: ['linked r1'],
  },
  {
    name: 'Dutch particle after the given name in the list',
    text: '(van Dijk, 2018) and Van Dijk (2018)',
    refs: list([{ names: [{ family: 'Dijk', given: 'J.', 'non-dropping-particle': 'van' }], year: '2018' }]),
    expected: ['linked r1', 'linked r1'],
  },
  { name: 'lower-case surname', text: '(boyd 2014)', refs: list([{ names: [{ family: 'boyd', given: 'danah' }], year: '2014' }]), expected: ['linked r1'] },
  {
    name: 'compound surname with a particle inside',
    text: '(Colomb and Moreira de Souza, 2021)',
    refs: list([{ names: [{ family: 'Colomb', given: 'C.' }, { family: 'Moreira de Souza', given: 'T.' }], year: '2021' }]),
    expected: ['linked r1'],
  },
  {
    name: 'three authors after a place name in the sentence',
    text: 'Using data for the United States,\nBarron, Kung and Proserpio (2021) find',
    refs: list([{ names: [{ family: 'Barron', given: 'K.' }, { family: 'Kung', given: 'E.' }, { family: 'Proserpio', given: 'D.' }], year: '2021' }]),
    expected: ['linked r1'],
  },
  { name: 'square brackets', text: 'alone together [Turkle, 2011]. We', refs: list([['Turkle, Sherry', '2011'], ['Turkle, Sherry', '2017']]), expected: ['linked r1'] },
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

  describe('where a narrative citation starts: given names before the surname', () => {
    const SMITH_J = list([['Smith, J.', '2004']]);
    const SMITH_M = list([['Smith, M.', '2004']]);
    const SMITH_NONE = list([['Smith', '2004']]);
    const rows: { name: string; text: string; refs: Reference[]; span: string }[] = [
      // Positive: written given names and initials belong to the citation.
      { name: 'a given name whose initial is the list’s', text: 'Here Jane Smith (2004) argues', refs: SMITH_J, span: 'Jane Smith (2004)' },
      { name: 'an initial', text: 'Here J. Smith (2004) argues', refs: SMITH_J, span: 'J. Smith (2004)' },
      { name: 'a given name that is also a month, at a sentence start', text: 'Jan Smith (2004) argues', refs: SMITH_J, span: 'Jan Smith (2004)' },
      { name: 'negative: a month before a surname whose initial differs', text: 'In May Smith (2004) argued', refs: SMITH_J, span: 'Smith (2004)' },
      { name: 'two given names, both initials the list’s', text: 'Later, Mary Ann Smith (2004) said', refs: list([['Smith, M. A.', '2004']]), span: 'Mary Ann Smith (2004)' },
      { name: 'a given name the list spells out', text: 'Here Pedro Álvarez (2010, p. 3) says', refs: list([['Álvarez, Pedro', '2010']]), span: 'Pedro Álvarez (2010, p. 3)' },
      {
        name: 'a given name before a particle',
        text: 'Here Ferdinand de Saussure (1916) argues',
        refs: list([{ names: [{ family: 'Saussure', given: 'Ferdinand', 'non-dropping-particle': 'de' }], year: '1916' }]),
        span: 'Ferdinand de Saussure (1916)',
      },
      { name: 'a given name when the list gives none', text: 'Here Jane Smith (2004) argues', refs: SMITH_NONE, span: 'Jane Smith (2004)' },
      // Negative: words before the surname that are not its given names.
      { name: 'a sentence-initial function word', text: 'As Smith (2004) argues', refs: SMITH_J, span: 'Smith (2004)' },
      { name: 'a month, even with the initial of the list’s given name', text: 'In March Smith (2004) argued', refs: SMITH_M, span: 'Smith (2004)' },
      // A title or role is not part of the name the reference list writes: the citation is the name.
      { name: 'a title of office', text: 'Prime Minister Smith (2004) said', refs: SMITH_M, span: 'Smith (2004)' },
      { name: 'an academic title', text: 'Professor Smith (2004) said', refs: SMITH_J, span: 'Smith (2004)' },
      { name: 'a capitalised word whose initial is not the list’s', text: 'In China Smith (2004) found', refs: SMITH_J, span: 'Smith (2004)' },
      { name: 'another given name than the list’s', text: 'Here Robert Smith (2004) says', refs: SMITH_J, span: 'Smith (2004)' },
    ];
    for (const row of rows) {
      it(row.name, () => {
        const [citation] = linkCitations(findCitations(row.text, { evidence: nameEvidence(row.refs) }), row.refs);
        assert.equal(citation?.text, row.span);
        assert.equal(row.text.slice(citation.start, citation.end), citation.text);
        assert.equal(citation.works[0].status, 'linked');
        assert.equal(citation.works[0].start, citation.start);
      });
    }
  });

  describe('organisations cited by their abbreviation', () => {
    const org = (literal: string, text: string, year = '2019'): Reference[] => list([{ names: [{ literal }], year, text }]);
    const rows: { name: string; text: string; refs: Reference[]; expected: string }[] = [
      { name: 'initials of every word but the function words', text: '(WHO, 2019)', refs: org('World Health Organization', 'World Health Organization (2019). Report.'), expected: 'linked r1' },
      {
        name: 'a hyphenated word gives one letter',
        text: '(OECD, 2019)',
        refs: org('Organisation for Economic Co-operation and Development', 'Organisation for Economic Co-operation and Development (2019). Report.'),
        expected: 'linked r1',
      },
      {
        name: 'an older abbreviation the entry writes in its web address',
        text: '(NICE, 2019)',
        refs: org('National Institute for Health and Care Excellence', 'National Institute for Health and Care Excellence (2019). Guidance. https://www.nice.org.uk/guidance/ng222'),
        expected: 'linked r1',
      },
      {
        name: 'an older abbreviation the entry writes as its publisher',
        text: '(CDC, 2019)',
        refs: org('Centers for Disease Control and Prevention', 'Centers for Disease Control and Prevention (2019). Title. Atlanta: CDC.'),
        expected: 'linked r1',
      },
      {
        name: 'an organisation the parser could not read, by the initials of the entry’s first words',
        text: '(UNESCO, 2019)',
        refs: list([{ text: 'United Nations Educational, Scientific and Cultural Organization (2019). Report. Paris.', year: '2019', uncertain: ['author'] }]),
        expected: 'linked r1',
      },
      // Negative: letters that are not the initials, or skip a word the entry never abbreviates so.
      { name: 'letters out of order', text: '(HWO, 2019)', refs: org('World Health Organization', 'World Health Organization (2019). Report.'), expected: 'unresolved' },
      {
        name: 'an abbreviation that skips a word, not written in the entry',
        text: '(NICE, 2019)',
        refs: org('National Institute for Health and Care Excellence', 'National Institute for Health and Care Excellence (2019). Guidance. London.'),
        expected: 'unresolved',
      },
      {
        name: 'capitals in the entry that are not its initials',
        text: '(NHS, 2019)',
        refs: org('National Institute for Health and Care Excellence', 'National Institute for Health and Care Excellence (2019). Guidance for the NHS.'),
        expected: 'unresolved',
      },
      { name: 'a person’s name is not an organisation', text: '(JS, 2019)', refs: list([['Smith, John', '2019']]), expected: 'unresolved' },
      {
        name: 'an abbreviation the essay defines in an earlier citation',
        text: '(Instituto Nacional de Estadística y Geografía [INEGI], 2020) … (INEGI, 2020)',
        refs: org('Instituto Nacional de Estadística y Geografía', 'Instituto Nacional de Estadística y Geografía. (2020). Censo.', '2020'),
        expected: 'linked r1',
      },
    ];
    for (const row of rows) it(row.name, () => assert.deepEqual(link(row.text, row.refs).map(outcome).slice(-1), [row.expected]));
  });

  describe('names that may be a thing’s: a citation only when a reference matches', () => {
    const refs = list([['Smith, John', '2004'], [{ text: 'Organisation for Economic Co-operation and Development. (2018). Report.', names: [{ literal: 'Organisation for Economic Co-operation and Development' }], year: '2018' } as never][0]]);
    const rows: [name: string, text: string, expected: string[]][] = [
      ['a treaty after an article is dropped', 'as the Kyoto Protocol (1997) shows', []],
      ['an unknown acronym is dropped', 'the end of MERCOSUR (2016) came', []],
      ['an acronym the list writes out is kept', 'the OECD (2018) report', ['linked r2']],
      ['an unknown author after a verb stays, unresolved', 'as Jones (2004) shows', ['unresolved']],
    ];
    for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(link(text, refs).map(outcome), expected));
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
