// The linker on inline reference lists: which reference each cited work points to, and how sure it is.
import * as assert from 'node:assert/strict';
import { findCitations, nameEvidence } from '../../src/core/citations';
import { linkCitations, referenceLabel, uncitedReferences } from '../../src/core/link';
import { analyze } from '../../src/core/analyze';
import type { CitedWork, CslItem, CslName, Reference } from '../../src/core/model';

/** A reference list from compact rows: "family, given; family2 | year[suffix]". */
type EntryRow = { names?: CslName[]; year?: string; original?: string; literal?: string; uncertain?: string[]; text?: string; type?: string; title?: string };
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
      csl = { id, type: r.type ?? 'book' };
      if (r.names) csl.author = r.names;
      if (r.title) csl.title = r.title;
      const y = r.year ? /^(\d{4})([a-z]?)$/.exec(r.year) : null;
      if (r.year) csl.issued = { 'date-parts': [[Number(y ? y[1] : r.year)]] };
      if (y?.[2]) csl['year-suffix'] = y[2];
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
    text: '(Smith 2016)',
    refs: list([['Smith, John', '2005']]),
    expected: ['unresolved'],
    reason: 'the year differs: text 2016, reference 2005',
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
      ['a quoted title that no entry opens with is dropped', 'the slogan (“Never Again”, 2018) spread', []],
    ];
    for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(link(text, refs).map(outcome), expected));
  });

  describe('a title in quotation marks stands for the author of an entry that opens with its title', () => {
    const refs = list([
      ['Smith, John', '2015'],
      { text: 'Rahmenlehrplan für den Ausbildungsberuf Mediengestalter Digital und Print. (2015, September). Kultusminister Konferenz.', year: '2015' },
      { text: 'Study finds link between sleep and memory. (2010, May 3). The Daily News, p. 4.', year: '2010' },
    ]);
    const rows: [name: string, text: string, expected: string[]][] = [
      ['a short title in German quotation marks', 'die Kultusministerkonferenz („Rahmenlehrplan Mediengestalter_in D&P“, 2015) fordert', ['linked r2']],
      ['an APA title with the comma inside the quotation marks', 'as reported ("Study Finds Link," 2010) in', ['linked r3']],
      ['negative: the title of the year but not of the entry is dropped', 'the report (“Annual Review,” 2015) says', []],
    ];
    for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(link(text, refs).map(outcome), expected));
  });

  describe('a name in the possessive at the start of an entry whose authors were not read is cited without it', () => {
    const refs = list([{ text: 'Moody’s municipal & government manual (1988). Moody’s Investors Service, New York, N.Y.', names: [{ literal: 'Moody’s municipal & government manual' }], year: '1988', uncertain: ['author'] }]);
    const rows: [name: string, text: string, expected: string[]][] = [
      ['"Moody" for "Moody’s municipal & government manual"', 'as the ratings show (Moody 1988).', ['linked r1']],
      ['negative: a word after the year is no author', 'as the ratings show (Investors 1988).', ['unresolved']],
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

  it('keeps the capitals of an initialism in an organisation written in capitals ("U.S. CENSUS BUREAU")', () => {
    const refs = list([{ names: [{ literal: 'U.S. CENSUS BUREAU' }], year: '2019' }]);
    assert.deepEqual(refs.map(referenceLabel), ['U.S. Census Bureau 2019']);
  });
});

describe('the slips of real essays', () => {
  const name = (family: string, given?: string, particle?: string): CslName => ({ family, ...(given ? { given } : {}), ...(particle ? { 'non-dropping-particle': particle } : {}) });
  const CORSIN = list([{ names: [name('Corsín Jiménez', 'A.')], year: '2018' }]);
  const RANTA = list([['Ranta, A.', '2011a'], ['Ranta, A.', '2011b']]);
  const KUIPER = list([['Cowie, A. P.; Mackin, R.', '1975'], ['Long, T. H.', '1979'], ['Courteney, R.', '1983']]);
  const rows: Row[] = [
    // Misspelt surnames: one edit, scaled by length; never where two references are equally close.
    { name: 'a letter changed: Binder for Bilder', text: '(Binder et al., 2015)', refs: list([['Bilder, G.; Lin, J.; Neylon, C.', '2015']]), expected: ['linked r1'], reason: 'the text writes Binder; the list has Bilder' },
    { name: 'a letter added: Bernardou for Benardou', text: 'Bernardou (2018) describes', refs: list([['Benardou, A.; Champion, E.', '2018']]), expected: ['linked r1'], reason: 'the list has Benardou' },
    { name: 'a letter doubled in the list: Abeillé against Abbeillé', text: '(Abeillé 1995: 19)', refs: list([['Abbeillé, Anne', '1995']]), expected: ['linked r1'], reason: 'the text writes Abeillé' },
    { name: 'a misspelt surname after a given name', text: 'Paul Ktugman (2008) argues', refs: list([['Krugman, Paul', '2008']]), expected: ['linked r1'], reason: 'the text writes Ktugman; the list has Krugman' },
    { name: 'a misspelt compound surname whose second part the list has', text: '(Serma Costa, 2017a)', refs: list([['Costa, B.', '2016'], ['Serra Costa, A.', '2017a']]), expected: ['linked r2'], reason: 'the list has Serra Costa' },
    { name: 'a near-miss surname that is another author of the list is not repaired', text: '(Bilder, 2015)', refs: list([['Binder, K.', '2015'], ['Bilder, G.', '2010']]), expected: ['unresolved'] },
    { name: 'two references equally close in spelling: ambiguous', text: '(Smyth, 2010)', refs: list([['Smith, J.', '2010'], ['Smyte, K.', '2010']]), expected: ['ambiguous r1 r2'] },
    { name: 'a short surname is not repaired: Lee against Lei', text: '(Lee, 2010)', refs: list([['Lei, X.', '2010']]), expected: ['unresolved'] },
    { name: 'a misspelt surname whose year differs too is not repaired', text: '(Binder, 2016)', refs: list([['Bilder, G.', '2015']]), expected: ['unresolved'] },
    { name: 'a surname hyphenated at a line end in a PDF copy', text: '(Haara-\nnen, 2017; Rubin, 2013)', refs: list([['Haaranen, L.', '2017'], ['Rubin, M. J.', '2013']]), expected: ['linked r1', 'linked r2'] },
    // Accents and second surnames dropped; given names before a part of the surname.
    { name: 'accent and second surname dropped: Corsin for Corsín Jiménez', text: '(Corsin, 2018)', refs: CORSIN, expected: ['linked r1'], reason: 'a part of the compound surname' },
    { name: 'a given name before part of a compound surname', text: 'Alberto Corsin (2018: 5-7) calls', refs: CORSIN, expected: ['linked r1'] },
    { name: 'a given name before a particle surname', text: 'Gabriela de la Cruz (2003) shows', refs: list([{ names: [name('De la Cruz', 'G.')], year: '2003' }]), expected: ['linked r1'] },
    // Year slips: a year that is no year, one slip from the list's, for a name the list has.
    { name: 'a year digit changed: 2919 for 2019', text: '(Shorish y Chan, 2919)', refs: list([['Shorish, Y.; Chan, L.', '2019']]), expected: ['linked r1'], reason: 'the text writes 2919; the list has 2019' },
    { name: 'a year digit dropped: 214 for 2014', text: '(Dombrowski, 214: 331)', refs: list([['Dombrowski, Q.', '2014']]), expected: ['linked r1'], reason: 'the list has 2014' },
    { name: 'a slipped year near two of the name’s works: ambiguous', text: '(Dombrowski, 201)', refs: list([['Dombrowski, Q.', '2011'], ['Dombrowski, Q.', '2012']]), expected: ['ambiguous r1 r2'] },
    { name: 'a slipped year with its letter: 2918b for 2018b', text: 'Barata (2918b) shows', refs: list([['Barata, J.', '2018a'], ['Barata, J.', '2018b']]), expected: ['linked r2'], reason: 'the text writes 2918b; the list has 2018b' },
    { name: 'three digits before a page: a slipped year', text: '(Pellegrini 201: 12–14)', refs: list([['Pellegrini, C.', '2001']]), expected: ['linked r1'] },
    { name: 'three digits after a name without a comma give a page (MLA), not a slipped year', text: 'as noted (Marx 214) and Marx (214) says', refs: list([['Marx, K.', '2014']]), expected: [] },
    // A real year one digit from the year of the author's only entry: linked, saying so; never where the text knows
    // the entry's own year, the author has two entries, the author is an organisation or a near name has the year.
    { name: 'a year one digit from the author’s only entry: linked, saying so', text: 'as McGann argues (McGann 2016: 90)', refs: list([['McGann, Jerome J.', '2014']]), expected: ['linked r1'], reason: 'the list has no other work by this name' },
    { name: 'two digits of the year swapped against the author’s only entry: linked, saying so', text: '(Kluth 1699; Möbus 1965)', refs: list([['Kluth, R.', '1969'], ['Möbus, H.', '1965']]), expected: ['linked r1', 'linked r2'], reason: 'the list has no other work by this name' },
    { name: 'negative: two digits swapped against one of the author’s two entries: which one is not known', text: '(Kluth 1699)', refs: list([['Kluth, R.', '1969'], ['Kluth, R.', '1996']]), expected: ['unresolved'] },
    { name: 'negative: a year two digits from the author’s only entry is another work', text: '(Ross, 2004)', refs: list([['Ross, S. M.', '1994']]), expected: ['unresolved'] },
    { name: 'negative: the text cites the entry’s own year too, so the other year is another work', text: 'Secondo Menning (1991), il Monte divenne una banca pubblica (Menning 1993, pp. 27-35).', refs: list([['Menning, Carol Bresnahan', '1993']]), expected: ['unresolved', 'linked r1'] },
    { name: 'negative: another citation links the entry, through a repair of its own, so the other year is another work', text: 'Secondo Menning (1991), il Monte divenne una banca pubblica (Mening 1993, pp. 27-35).', refs: list([['Menning, Carol Bresnahan', '1993']]), expected: ['unresolved', 'linked r1'] },
    {
      name: 'a year one digit from the only entry of the first author with the co-author the text names: linked',
      text: '(Jacquesson & von Roten 2018: 253)',
      refs: list([['Jacquesson, Alain', '2010'], ['Jacquesson, Alain; Rivier, Alexis', '2005'], { names: [name('Jacquesson', 'Alain'), name('Roten', 'Gabrielle', 'von')], year: '2019' }]),
      expected: ['linked r3'],
      reason: 'the list has no other work by these authors',
    },
    { name: 'a year next to the only entry’s (online the year before print): linked, saying so', text: '(Saarikkomäki & Alvesalo-Kuusi, 2019, S. 129)', refs: list([['Saarikkomäki, E.; Alvesalo-Kuusi, A.', '2020']]), expected: ['linked r1'], reason: 'the list has no other work by this name' },
    { name: 'negative: a year two apart and two digits off is another work', text: '(Weiss et al., 2011)', refs: list([['Weiss, A.; Bernhaupt, R.; Tscheligi, M.', '2009']]), expected: ['unresolved'] },
    {
      name: 'the whole team named, one digit off, though another citation links the entry: linked',
      text: 'próximos aos valores encontrados por Uchôa et al. (2019). A prensa (UCHÔA; MIOLA; BRITO, 2018).',
      refs: list([['Uchôa, K. M.; Miola, B. R.; Brito, C. R. F.', '2019']]),
      expected: ['linked r1', 'linked r1'],
    },
    {
      name: 'negative: the text cites the name with a third year, so the list leaves out works of theirs',
      text: 'Lemos (2009, p.29) salienta. Lemos (2007) os define. Lemos (2004) define.',
      refs: list([['Lemos, André', '2010']]),
      expected: ['unresolved', 'unresolved', 'unresolved'],
    },
    // Another spelling of the name and a near year at once: only a spelling of the same sound or a doubled letter.
    {
      name: 'a letter doubled in the list and a year next to its only entry’s: linked, naming both',
      text: 'Segundo Cavalo et al. (2015), a escola muda.',
      refs: list([['Cavallo, David; Blikstein, P.', '2016'], ['Serra, M.', '2011']]),
      expected: ['linked r1'],
      reason: 'the text writes Cavalo; the list has Cavallo',
    },
    { name: 'm for n before a labial and a year one off: linked', text: '(CARVALHO, 2001; BONFIM, 2015)', refs: list([['Carvalho, A.', '2001'], ['Bomfim, M. R.', '2014']]), expected: ['linked r1', 'linked r2'] },
    { name: 'negative: another letter and another year is another person’s work', text: '(Binder, 2014)', refs: list([['Bilder, G.', '2015']]), expected: ['unresolved'] },
    { name: 'negative: the spelling’s two entries: which one is meant is not known', text: '(BONFIM, 2015)', refs: list([['Bomfim, M. R.', '2014'], ['Bomfim, M. R.', '2016']]), expected: ['unresolved'] },
    { name: 'negative: the text cites the listed spelling’s entry too, so the other year is another work', text: 'Bomfim (2014) e depois (BONFIM, 2015).', refs: list([['Bomfim, M. R.', '2014']]), expected: ['linked r1', 'unresolved'] },
    { name: 'negative: an author with two entries: which one slipped is not known', text: '(Smith, 2012)', refs: list([['Smith, J.', '2010'], ['Smith, J.', '2018']]), expected: ['unresolved'] },
    { name: 'negative: an organisation issues several works a year', text: '(Truth and Reconciliation Commission of Canada, 2015)', refs: list([{ names: [{ literal: 'Truth and Reconciliation Commission of Canada' }], year: '2016' }]), expected: ['unresolved'] },
    { name: 'negative: a year-only parenthesis after a named author is not repaired', text: 'As Smith shows, the field grew. "Backed by funding" (2012: 60).', refs: list([['Smith, J.', '2010']]), expected: [] },
    // The year of a translation or another edition the entry gives beside its own (found essay 40).
    {
      name: 'the year of the translation the entry gives: linked, saying so',
      text: '(FOUCAULT, 2010, p. 207)',
      refs: list([
        { names: [name('Foucault', 'M.')], year: '2009', text: 'FOUCAULT, M. Le Gouvernement de soi et des autres II. Paris: Gallimard, 2009 (Trad. cast. El coraje de la verdad. Buenos Aires: FCE, 2010).' },
        { names: [name('Foucault', 'M.')], year: '2001', text: 'FOUCAULT, M. L’Herméneutique du Sujet. Paris: Gallimard, 2001.' },
      ]),
      expected: ['linked r1'],
      reason: 'the entry gives 2010 as the year of another edition or a translation',
    },
    {
      name: 'negative: a year of the title, of a range or of the date the page was read on is no other edition',
      text: '(IBGE, 2010) (Smith, 2010) (Lee, 2019)',
      refs: list([
        { names: [{ literal: 'IBGE' }], year: '2014', title: 'Censo 2010: resultados', text: 'IBGE. Censo 2010: resultados. Rio de Janeiro: IBGE, 2014.' },
        { names: [name('Smith', 'J.')], year: '1996', text: 'Smith, J. (1996). Change over 2009-2010. Oxford: OUP.' },
        { names: [name('Lee', 'K.')], year: '2003', text: 'Lee, K. (2003). A page. Retrieved 3 May 2019 from https://example.org.' },
      ]),
      expected: ['unresolved', 'unresolved', 'unresolved'],
    },
    {
      name: 'the original’s year when the entry’s own year is the translation’s',
      text: 'son cuatro los libros: Der Mut zum Sein (1953) de Paul Tillich, y otros (TILLICH, 1953, p. 12)',
      refs: list([
        { names: [name('Tillich', 'P.')], year: '1969', title: 'Der Mut zum Sein', text: 'TILLICH, P. Der Mut zum Sein. Steingrüben: Stuttgart, 1953 (Trad. cast. El coraje de existir. Barcelona: Estela, 1969).' },
      ]),
      expected: ['linked r1', 'linked r1'],
    },
    // A year alone right after a title of the list (found essays 26, 35, 40).
    {
      name: 'a year alone after the title of a work of the list, its author named after it',
      text: 'los libros mencionados: Parmenides und Jona. Vier Studien über das Verhältnis von Philosophie und Mythologie (1966) de Klaus Heinrich',
      refs: list([{ names: [name('Heinrich', 'K.')], year: '1966', title: 'Parmenides und Jona. Vier Studien über das Verhältnis von Philosophie und Mythologie' }, ['Gehlen, A.', '1969']]),
      expected: ['linked r1'],
    },
    {
      name: 'a year alone after the main title of a work of the list',
      text: 'Hirschkop é o responsável pela reflexão presente em Mikhaïl Bakhtin (1999), logo',
      refs: list([{ names: [name('Hirschkop', 'K.')], year: '1999', title: 'Mikhaïl Bakhtin: An Aesthetic for Democracy' }]),
      expected: ['linked r1'],
    },
    {
      name: 'negative: a year alone after a title of the list that is not the work’s year',
      text: 'presente em Mikhaïl Bakhtin: An Aesthetic for Democracy (2002), logo',
      refs: list([{ names: [name('Hirschkop', 'K.')], year: '1999', title: 'Mikhaïl Bakhtin: An Aesthetic for Democracy' }]),
      expected: [],
    },
    {
      name: 'negative: a year alone after words that only end a title of the list',
      text: 'a new theory of Democracy (1999) was proposed',
      refs: list([{ names: [name('Hirschkop', 'K.')], year: '1999', title: 'Mikhaïl Bakhtin: An Aesthetic for Democracy' }]),
      expected: ['unresolved'],
    },
    {
      name: 'negative: one title for works of two authors is not read',
      text: 'as in Cultural Theory (2001) and',
      refs: list([{ names: [name('Hirschkop', 'K.')], year: '2001', title: 'Cultural Theory' }, { names: [name('Shepherd', 'D.')], year: '2001', title: 'Cultural Theory' }]),
      expected: ['unresolved'],
    },
    // A double surname the list gives the first part of (found PDF 19).
    {
      name: 'a double surname joined by a hyphen, the list giving its first part only',
      text: 'En palabras de Hervieu-Léger (2005), y (como se cita en Hervieu-Léger, 2005)',
      refs: list([['Hervieu, L. D.', '2005'], ['Berger, P.', '1967']]),
      expected: ['linked r1', 'linked r1'],
      reason: 'the list gives the first part of the name only',
    },
    {
      name: 'negative: the whole double surname in the list wins over its first part',
      text: 'Hervieu-Léger (2005)',
      refs: list([['Hervieu, M.', '2005'], ['Hervieu-Léger, D.', '2005']]),
      expected: ['linked r2'],
    },
    { name: 'negative: a double surname whose first part has no entry of that year', text: 'Smith-Jones (2010)', refs: list([['Smith, J.', '2011']]), expected: ['unresolved'] },
    // An organisation whose name joins words with "und" is one author (found essay 45).
    {
      name: 'an organisation whose name joins words with "und", cited in full',
      text: '(Arbeitsgemeinschaft Schulbibliotheken in Berlin und Brandenburg 2013) und (Smith und Jones 2010)',
      refs: list([{ names: [{ literal: 'Arbeitsgemeinschaft Schulbibliotheken in Berlin und Brandenburg' }], year: '2013' }, ['Smith, J.; Jones, K.', '2010']]),
      expected: ['linked r1', 'linked r2'],
    },
    // The newspaper named instead of the article's author (found essay 46).
    {
      name: 'the newspaper that printed the work named instead of its author',
      text: '(Westfälischer Anzeiger, 2017b, o. S.)',
      refs: list([
        { names: [name('Osiewacz', 'F.')], year: '2017a', title: 'Provokation und Pöbelei', text: 'Osiewacz, F. (2017a, 11. März). Provokation und Pöbelei. Der Westfälische Anzeiger.' },
        { names: [name('Osiewacz', 'F.')], year: '2017b', title: 'Ruhe zwischen den Regalen', text: 'Osiewacz, F. (2017b, 22. März). Ruhe zwischen den Regalen. Der Westfälische Anzeiger.' },
      ]),
      expected: ['linked r2'],
      reason: 'the text names where the work was printed',
    },
    {
      name: 'negative: a title’s words in another entry are not where it was printed',
      text: 'Petites cellules chaudes (2012) est joué',
      refs: list([{ names: [name('Sermon', 'Julie')], year: '2012', title: 'Théâtres du XXIe siècle', text: 'Sermon, Julie. 2012. Théâtres du XXIe siècle : commencements. Paris : Armand Colin (sur Petites cellules chaudes, p. 40).' }]),
      expected: [],
    },
    // An organisation's name cut short at its end.
    { name: 'an organisation written in full with its abbreviation, the list giving the abbreviation', text: 'Organisation for Economic Cooperation and Development (OECD) (2023) reports', refs: list([{ names: [{ literal: 'OECD' }], year: '2023' }]), expected: ['linked r1'], reason: 'by the abbreviation the text gives, OECD' },
    { name: 'an organisation’s name without its small words', text: 'Arbeitsgemeinschaft Schulbibliotheken Berlin-Brandenburg (2017) empfiehlt', refs: list([{ names: [{ literal: 'Arbeitsgemeinschaft Schulbibliotheken in Berlin und Brandenburg' }], year: '2017' }, { names: [{ literal: 'Schweizerische Arbeitsgemeinschaft der allgemeinen öffentlichen Bibliotheken' }], year: '2014' }]), expected: ['linked r1'], reason: 'for the organisation’s name' },
    { name: 'negative: an organisation’s name with a word of its own is another organisation', text: '(Arbeitsgemeinschaft Schulbibliotheken Hamburg, 2017)', refs: list([{ names: [{ literal: 'Arbeitsgemeinschaft Schulbibliotheken in Berlin und Brandenburg' }], year: '2017' }]), expected: ['unresolved'] },
    { name: 'an organisation cited by the first words of its name', text: '(Federal Reserve, 2021)', refs: list([{ names: [{ literal: 'Federal Reserve Board of Governors' }], year: '2021' }]), expected: ['linked r1'], reason: 'the start of the organisation’s name' },
    {
      name: 'negative: the first words of two organisations’ names of the year: ambiguous',
      text: '(Federal Reserve, 2021)',
      refs: list([{ names: [{ literal: 'Federal Reserve Board of Governors' }], year: '2021' }, { names: [{ literal: 'Federal Reserve Bank of New York' }], year: '2021' }]),
      expected: ['ambiguous r1 r2'],
    },
    { name: 'a number after a name the list does not have is no citation', text: '(Figueroa, 214)', refs: list([['Smith, J.', '2014']]), expected: [] },
    // Suffixes.
    { name: '"2018ab" cites 2018a and 2018b', text: '(Lee et al., 2018ab)', refs: list([['Lee, A.; Kim, B.; Park, C.', '2018a'], ['Lee, A.; Kim, B.', '2018b']]), expected: ['linked r1', 'linked r2'] },
    { name: 'a year without its letter against 2011a and 2011b is ambiguous', text: '(Ranta, 2011)', refs: RANTA, expected: ['ambiguous r1 r2'], reason: 'no letter after the year' },
    // No-date words.
    { name: 'Spanish "s/f"', text: '(Gil, s/f)', refs: list([['Gil, A.', 's/f']]), expected: ['linked r1'] },
    { name: 'German "o.J."', text: '(Müller, o.J.)', refs: list([['Müller, K.', 'o.J.']]), expected: ['linked r1'] },
    { name: 'Swedish "u.å."', text: '(Berg, u.å.)', refs: list([['Berg, L.', 'u.å.']]), expected: ['linked r1'] },
    { name: 'Italian "senza data"', text: '(Rossi, senza data)', refs: list([['Rossi, M.', 'senza data']]), expected: ['linked r1'] },
    { name: 'Dutch "z.j."', text: '(Jansen, z.j.)', refs: list([['Jansen, P.', 'z.j.']]), expected: ['linked r1'] },
    { name: 'French "sans date" against the list’s "s.d."', text: '(Dupont, sans date)', refs: list([['Dupont, J.', 's.d.']]), expected: ['linked r1'] },
    // Authors joined by a slash, and one name without "et al." (DHd abstracts, test/fixtures/found 27 and 29).
    { name: 'a slash between co-authors: their joint entry, not the second author’s own', text: '(Vogel / Hamann 2015)', refs: list([['Hamann, Hanjo', '2015'], ['Vogel, Friedemann; Hamann, Hanjo', '2015']]), expected: ['linked r2'] },
    { name: 'a slash between co-authors: the two-author entry, not the four-author one', text: '(Kupietz / Lüngen 2014)', refs: list([['Kupietz, Marc; Lüngen, Harald', '2014'], ['Kupietz, Marc; Lüngen, Harald; Bański, Piotr; Belica, Cyril', '2014']]), expected: ['linked r1'] },
    { name: 'one name without "et al.": the entry by that author alone, not a three-author entry of that year', text: '(Kotsoglou 2014; Vogel 2015)', refs: list([['Kotsoglou, K.', '2014'], ['Vogel, Friedemann', '2015'], ['Vogel, Friedemann; Christensen, Ralph; Pötters, Stephan', '2015']]), expected: ['linked r1', 'linked r2'] },
    { name: 'negative: one name for a three-author entry that is alone of its year still links', text: '(Vogel 2015)', refs: list([['Vogel, Friedemann; Christensen, Ralph; Pötters, Stephan', '2015']]), expected: ['linked r1'], reason: 'the text names one author; the reference lists 3' },
    { name: '"dies." for the same two authors, whose 2016 entry names them the other way round', text: '(Bell & Ommer 2015; dies. 2016)', refs: list([['Bell, Peter; Ommer, Björn', '2015'], ['Ommer, Björn; Bell, Peter', '2016']]), expected: ['linked r1', 'linked r2'] },
    // A DHd 2020 abstract and test/fixtures/found 32: two authors named in the other order than the list's.
    {
      name: 'a second author named to tell two works of a year apart: the entry that has them in that place (found PDF 23)',
      text: 'Wickham, Vaughan, et al. (2023) and Wickham, François, et al. (2023)',
      refs: list([['Wickham, H.; François, R.; Henry, L.; Müller, K.; Vaughan, D.', '2023'], ['Wickham, H.; Vaughan, D.; Girlich, M.', '2023']]),
      expected: ['linked r2', 'linked r1'],
    },
    { name: 'two authors in the other order: their joint entry, not the first one’s own', text: '(Flinz 2019; Flinz/Brambilla 2019)', refs: list([['Brambilla, Marina; Flinz, Carolina', '2019'], ['Flinz, Carolina', '2019']]), expected: ['linked r2', 'linked r1'] },
    { name: 'two authors in the other order, the only entry of theirs', text: '(Ruecker/Galey 2010)', refs: list([['Galey, Alan; Ruecker, Stan', '2010'], ['Ruecker, Stan', '2015']]), expected: ['linked r1'], reason: 'the text names the reference’s authors in another order' },
    { name: 'negative: one listed author of two is not the same authors in another order', text: '(Flinz/Meier 2019)', refs: list([['Brambilla, Marina; Flinz, Carolina', '2019']]), expected: ['linked r1'], reason: 'is not the first author of the reference' },
    // Punctuation between name and year.
    { name: 'a semicolon after "et al." in a narrative citation', text: 'Arbizu et al.; (2005) say', refs: list([['Arbizu, F.; Lobato, C.; Del Castillo, L.', '2005']]), expected: ['linked r1'] },
    { name: 'a comma after "et al." in a narrative citation', text: 'Depover et al., (2011) show', refs: list([['Depover, C.; De Lievre, B.; Peraya, D.', '2011']]), expected: ['linked r1'] },
    { name: 'a semicolon between "et al." and the year in brackets', text: '(Charlier et al.; 1999)', refs: list([['Charlier, B.; Daele, A.; Docq, F.', '1999']]), expected: ['linked r1'] },
    { name: 'no space after the comma', text: '(Djafar-Girard,2009)', refs: list([['Djafar-Girard, M.', '2009']]), expected: ['linked r1'] },
    { name: '"et. al."', text: '(Smith et. al., 2004)', refs: list([['Smith, J.; Lee, K.; Roe, P.', '2004']]), expected: ['linked r1'] },
    { name: '"el at."', text: 'Smith el at. (2004) find', refs: list([['Smith, J.; Lee, K.; Roe, P.', '2004']]), expected: ['linked r1'] },
    { name: '"etal." and a semicolon', text: '(Campbell etal.; 2005)', refs: list([['Campbell, J.; Lee, K.; Roe, P.', '2005']]), expected: ['linked r1'] },
    { name: 'LaTeX markup around "et al."', text: 'Depover \\emph{et al.}, (2007) note', refs: list([['Depover, C.; Peraya, D.; Roe, P.', '2007']]), expected: ['linked r1'] },
    { name: 'Markdown stars around "et al."', text: 'Smith *et al.* (2004) find', refs: list([['Smith, J.; Lee, K.; Roe, P.', '2004']]), expected: ['linked r1'] },
    { name: 'Markdown underscores around "et al."', text: 'Smith _et al._ (2004) find', refs: list([['Smith, J.; Lee, K.; Roe, P.', '2004']]), expected: ['linked r1'] },
    // Possessives with a noun.
    { name: 'a possessive with a noun: "Peterson’s blog (2016b)"', text: 'Peterson’s blog (2016b) lists', refs: list([['Peterson, D. J.', '2016a'], ['Peterson, D. J.', '2016b']]), expected: ['linked r2'] },
    { name: 'a possessive with a noun and pages', text: "Ranta's book (2011a, pp. 237-245) shows", refs: RANTA, expected: ['linked r1'] },
    {
      name: 'a possessive with "book" and no letter: the only book of 2011a and 2011b',
      text: "Ranta's book (2011, pp. 237-245) shows",
      refs: list([{ names: [name('Ranta', 'A.')], year: '2011a', type: 'book' }, { names: [name('Ranta', 'A.')], year: '2011b', type: 'webpage' }]),
      expected: ['linked r1'],
      reason: 'the text writes “book”',
    },
    {
      name: 'negative: a possessive with "book" when both works of the year are books stays ambiguous',
      text: "Ranta's book (2011, pp. 237-245) shows",
      refs: list([{ names: [name('Ranta', 'A.')], year: '2011a', type: 'book' }, { names: [name('Ranta', 'A.')], year: '2011b', type: 'book' }]),
      expected: ['ambiguous r1 r2'],
    },
    {
      name: 'negative: without the noun, 2011 against a book and slides stays ambiguous',
      text: '(Ranta, 2011) shows',
      refs: list([{ names: [name('Ranta', 'A.')], year: '2011a', type: 'book' }, { names: [name('Ranta', 'A.')], year: '2011b', type: 'webpage' }]),
      expected: ['ambiguous r1 r2'],
    },
    { name: 'a possessive with a noun of someone the list does not have is no citation', text: 'Peter’s blog (2016) lists', refs: list([['Smith, J.', '2016']]), expected: [] },
    // A year with a page after the author was named.
    { name: 'a year and page after the author was named', text: 'As Kirschenbaum shows, the field grew fast. "It is now backed by funding" (2010: 60).', refs: list([['Kirschenbaum, M.', '2010']]), expected: ['linked r1'] },
    {
      name: 'a year and page after a block quotation: the last name before it that has a work of that year, not a word of another entry\'s name',
      text: 'Kirschenbaum (2010) had already said that:\n\nDigital humanities is now backed by funding that would have been unthinkable (2010: 60).',
      refs: list([['Kirschenbaum, M.', '2010'], { names: [{ literal: 'Digital Humanities Quarterly' }], year: '2015' }]),
      expected: ['linked r1', 'linked r1'],
    },
    {
      name: 'a year and page after a name one letter off, in the sentence before: linked, saying so',
      text: 'Volviendo a Kirscenbaum, el investigador dejaba ya entrever la invisibilidad de las infraestructuras:\n\nWhatever else it might be then, it is about a scholarship (2010: 60).',
      refs: list([['Kirschenbaum, M.', '2010']]),
      expected: ['linked r1'],
      reason: 'Kirscenbaum',
    },
    {
      name: 'negative: a name one letter off with no work of that year is no citation',
      text: 'Volviendo a Kirscenbaum, el investigador dejaba ya entrever:\n\nWhatever else it might be then (2012: 60).',
      refs: list([['Kirschenbaum, M.', '2010']]),
      expected: [],
    },
    { name: 'a year alone after a thing is no citation', text: 'Perzanowski describes it. The iPhone 7 (2016) was sealed.', refs: list([['Perzanowski, A.', '2016']]), expected: [] },
    { name: 'a year and page after an author without a work of that year is no citation', text: 'As Kirschenbaum shows, the field grew. "Backed by funding" (2012: 60).', refs: list([['Kirschenbaum, M.', '2010']]), expected: [] },
    // Citations without brackets.
    { name: 'a running list of sources without brackets', text: 'Idioms are listed in dictionaries, see Cowie, Mackin 1975, Long 1979, and Courteney 1983.', refs: KUIPER, expected: ['linked r1', 'linked r2', 'linked r3'] },
    { name: 'a name and a year without brackets the list does not have', text: 'It ran on Windows 2000 machines.', refs: list([['Gates, B.', '2000']]), expected: [] },
    // Mixed separators; organisations cut short; authors joined by "y" with a particle.
    {
      name: 'commas and semicolons mixed in one parenthesis',
      text: '(Bowker, 1998, Jackson et al., 2007; Corsin, 2018)',
      refs: list([['Bowker, G.', '1998'], ['Jackson, S.; Lee, K.; Roe, P.', '2007'], { names: [name('Corsín Jiménez', 'A.')], year: '2018' }]),
      expected: ['linked r1', 'linked r2', 'linked r3'],
    },
    { name: 'an organisation’s name cut short at its start', text: '(Ice and Fire Wiki, 2016)', refs: list([{ names: [{ literal: 'Tongues of Ice and Fire Wiki' }], year: '2016' }]), expected: ['linked r1'], reason: 'the end of the organisation’s name' },
    { name: 'an abbreviation with its region joined by a hyphen: the part the list gives', text: '(INPE, 2011; SEI-BA, 2018)', refs: list([{ names: [{ literal: 'INPE' }], year: '2011' }, { names: [{ literal: 'SEI' }], year: '2018' }]), expected: ['linked r1', 'linked r2'] },
    { name: 'an abbreviation after its country’s: the part the list gives', text: 'as reported (US EIA, 2020)', refs: list([{ names: [{ literal: 'EIA' }], year: '2020' }]), expected: ['linked r1'] },
    { name: 'negative: a double surname in capitals is no abbreviation with a part', text: '(SANTOS SILVA, 2018)', refs: list([{ names: [{ literal: 'SANTOS' }], year: '2018' }]), expected: ['unresolved'] },
    { name: 'negative: the part the list gives, but of another year', text: '(SEI-BA, 2018)', refs: list([{ names: [{ literal: 'SEI' }], year: '2015' }]), expected: ['unresolved'] },
    { name: 'an organisation’s name cut short to one word is not enough', text: '(Google, 2016)', refs: list([{ names: [{ literal: 'Google Groups' }], year: '2016' }, { names: [{ literal: 'Google' }], year: '2016' }]), expected: ['linked r2'] },
    { name: 'two authors joined by "y", the second with a particle', text: '(Fiormonte y del Rio, 2017)', refs: list([{ names: [name('Fiormonte', 'D'), name('Rio Riande', 'G.', 'del')], year: '2017' }]), expected: ['linked r1'] },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const works = link(row.text, row.refs);
      assert.deepEqual(works.map(outcome), row.expected, works.map((w) => w.reasons.join('; ')).join(' | '));
      if (row.reason) assert.ok(works[0].reasons.join(' ').includes(row.reason), works[0].reasons.join(' | '));
    });
  }

  it('a repair lowers the confidence', () => {
    const [exact] = link('(Bilder et al., 2015)', list([['Bilder, G.; Lin, J.; Neylon, C.', '2015']]));
    const [repaired] = link('(Binder et al., 2015)', list([['Bilder, G.; Lin, J.; Neylon, C.', '2015']]));
    const [slipped] = link('(Bilder et al., 2915)', list([['Bilder, G.; Lin, J.; Neylon, C.', '2015']]));
    assert.ok(repaired.confidence < exact.confidence && slipped.confidence < exact.confidence);
  });

  it('a work the list gives twice links to its first entry and says so', () => {
    const refs = list([['Charlier, B.; Daele, A.; Docq, F.', '1999'], ['Charlier, B.; Daele, A.; Deschryver, N.', '1999']]);
    refs[0].csl.title = 'Tuteurs en ligne : quels rôles, quelle formation ?';
    refs[1].csl.title = 'Tuteurs en ligne: quels rôles, quelle formation?';
    const [w] = link('(Charlier et al., 1999)', refs);
    assert.equal(outcome(w), 'linked r1');
    assert.ok(w.reasons.join(' ').includes('more than once'), w.reasons.join(' | '));
  });

  // Entries of one name told apart (or not) by their year, letter and title: [names, year, title] each.
  const told: { name: string; text: string; refs: (readonly [string, string, string])[]; expected: string; reason?: string; below?: number }[] = [
    { name: 'a year for the only entry by that name, which has no date ("s.d."), links and says so', text: '(INPE, 2011)', refs: [['INPE', 's.d.', 'Banco de Dados Geomorfométricos'], ['IBGE', '2010', 'Censo demográfico']], expected: 'linked r1', reason: 'has no date', below: 0.8 },
    { name: 'negative: an undated entry beside a dated one by the same name is no repair', text: '(INPE, 2011)', refs: [['INPE', 's.d.', 'Banco de Dados'], ['INPE', '2008', 'Mapa']], expected: 'unresolved' },
    { name: 'negative: a dated entry by that name whose year differs stays unresolved', text: '(INPE, 2011)', refs: [['INPE', '2003', 'Mapa']], expected: 'unresolved' },
    { name: 'a year without a letter takes the one entry of that year printed without one ("2014" beside "2014b")', text: '(SANTOS, 2014, p.45)', refs: [['Santos, E.', '2014', 'Pesquisa-Formação na Cibercultura'], ['Santos, E.', '2014b', 'Diários online']], expected: 'linked r1', reason: 'no letter' },
    { name: '"2014b" in the text takes the lettered entry beside an unlettered "2014"', text: '(SANTOS, 2014b)', refs: [['Santos, E.', '2014', 'Pesquisa-Formação na Cibercultura'], ['Santos, E.', '2014b', 'Diários online']], expected: 'linked r2' },
    { name: 'negative: a year without a letter against 2011a and 2011b stays ambiguous', text: '(Ranta, 2011)', refs: [['Ranta, A.', '2011a', 'Grammatical Framework'], ['Ranta, A.', '2011b', 'Slides on grammars']], expected: 'ambiguous r1 r2' },
    { name: '"et al." takes the entry that ends its own names with "et al." over a two-author one of the year', text: 'Santos et al. (2017)', refs: [['Santos, J. L. G. et al.', '2017', 'Integração entre dados quantitativos'], ['Santos, V. A.; Barbedo, J. G. A.', '2017', 'Aplicativo para captura']], expected: 'linked r1' },
    { name: '"et al." takes three authors over two', text: '(Smith et al., 2010)', refs: [['Smith, A.; Jones, B.', '2010', 'Two of them'], ['Smith, A.; Lee, C.; Kim, D.', '2010', 'Three of them']], expected: 'linked r2' },
    { name: 'negative: "et al." for the only entry of the year, of two authors, still links', text: '(SILVA et al., 2007)', refs: [['Silva, I. R.; Silva, S. B. M.', '2007', 'Caracterização geo-ambiental']], expected: 'linked r1' },
    { name: 'negative: "et al." between a one-author and a two-author entry stays ambiguous', text: '(Smith et al., 2010)', refs: [['Smith, A.', '2010', 'One of them'], ['Smith, A.; Jones, B.', '2010', 'Two of them']], expected: 'ambiguous r1 r2' },
    { name: 'letters the list does not print follow its order: "2015c" is its third entry of 2015 (abnTeX2)', text: 'Araujo (2015c)', refs: [['Araujo, L. C.', '2015', 'A classe abntex2'], ['Araujo, L. C.', '2015', 'Como customizar o abnTeX2'], ['Araujo, L. C.', '2015', 'Modelo canônico de trabalho acadêmico']], expected: 'linked r3', reason: 'prints no letters', below: 0.8 },
    { name: 'negative: a letter past the number of the entries of that year is no link', text: 'Araujo (2015d)', refs: [['Araujo, L. C.', '2015', 'A classe abntex2'], ['Araujo, L. C.', '2015', 'Como customizar o abnTeX2']], expected: 'ambiguous r1 r2' },
    { name: 'negative: entries that print letters are not read by their order', text: 'Araujo (2015c)', refs: [['Araujo, L. C.', '2015a', 'A classe abntex2'], ['Araujo, L. C.', '2015b', 'Como customizar o abnTeX2']], expected: 'unresolved' },
    { name: 'a work with a short title that the list gives twice, word for word, links to its first entry', text: 'Vygotsky (1984)', refs: [['Vygotsky, L. S.', '1984', 'A Formação Social da Mente'], ['Vygotsky, L. S.', '1984', 'A formação social da mente']], expected: 'linked r1' },
    { name: 'negative: two short titles that differ stay ambiguous', text: 'Vygotsky (1984)', refs: [['Vygotsky, L. S.', '1984', 'A Formação Social da Mente'], ['Vygotsky, L. S.', '1984', 'Pensamento e Linguagem']], expected: 'ambiguous r1 r2' },
  ];
  for (const row of told) {
    it(row.name, () => {
      const refs = list(row.refs.map(([names, year]) => [names, year] as const));
      row.refs.forEach(([, , title], i) => (refs[i].csl.title = title));
      const [w] = link(row.text, refs);
      assert.equal(w.status === 'unresolved' ? 'unresolved' : outcome(w), row.expected, w.reasons.join(' | '));
      if (row.reason) assert.ok(w.reasons.join(' ').includes(row.reason), w.reasons.join(' | '));
      if (row.below !== undefined) assert.ok(w.confidence < row.below, `confidence ${w.confidence}`);
    });
  }
});

describe('ditto entries repeat the previous entry’s authors, in the list and in linking', () => {
  const rows: [name: string, ditto: string][] = [
    ['underscores', '_____ (2014). Digital Humanities from a Global Perspective. Laboratorio dell’ISPF.'],
    ['three em dashes', '———. 2014. Digital Humanities from a Global Perspective. Laboratorio dell’ISPF.'],
    ['two em dashes', '——. (2014). Digital Humanities from a Global Perspective. Laboratorio dell’ISPF.'],
    ['"Idem"', 'Idem (2014). Digital Humanities from a Global Perspective. Laboratorio dell’ISPF.'],
  ];
  for (const [name, ditto] of rows) {
    it(name, () => {
      const essay = `Critique grew (Fiormonte, 2012, 2014).\n\nReferences\n\nFiormonte, D. (2012). Towards a Cultural Critique of the Digital Humanities. Historical Social Research, 37(3), 59-76.\n\n${ditto}\n`;
      const a = analyze(essay);
      assert.equal(a.references.length, 2);
      assert.deepEqual(a.references[1].csl.author, [{ family: 'Fiormonte', given: 'D.' }]);
      assert.deepEqual(a.citations.flatMap((c) => c.works.map(outcome)), ['linked r1', 'linked r2']);
    });
  }
});

describe('a dash for the authors above stands for all of them as written, "u. a." too (biblatex)', () => {
  const list = [
    'Wickham, Hadley (2022). The tidyverse style guide. https://style.tidyverse.org.',
    'Wickham, Hadley, Peter Danenberg u. a. (2022a). roxygen2: In-Line Documentation for R.',
    '– (2022b). roxygen2: In-Line Documentation for R. Version 7.2.',
    'Wickham, Hadley, Romain François u. a. (2022). Programming with dplyr.',
    'Wickham, Hadley, Jim Hester u. a. (2022a). devtools: Tools to Make Developing R Packages Easier.',
    '– (2022b). devtools: Tools to Make Developing R Packages Easier. Version 2.4.',
  ].join('\n\n');
  const rows: [name: string, citation: string, expected: string][] = [
    ['one name without "et al" takes the entry of that one author, not one that ends its authors with "u. a."', '(Wickham 2022)', 'linked r1'],
    ['a co-author the dash entry stands for tells two "2022b" apart', '(Wickham, Hester u. a. 2022b)', 'linked r6'],
    ['the other dash entry', '(Wickham, Danenberg u. a. 2022b)', 'linked r3'],
    ['negative: "u. a." in the text takes the entry with "u. a."', '(Wickham, François u. a. 2022)', 'linked r4'],
  ];
  for (const [name, citation, expected] of rows) {
    it(name, () => {
      const a = analyze(`Wie gezeigt ${citation}.\n\nLiteratur\n\n${list}\n`);
      assert.deepEqual(a.citations.flatMap((c) => c.works.map(outcome)), [expected]);
    });
  }
  it('negative: one name against the only entry of that year, which ends its authors with "u. a.", still links', () => {
    const a = analyze('Wie gezeigt (Müller 2019).\n\nLiteratur\n\nMüller, Karl, Lena Weber u. a. (2019). Ein Titel. Berlin: Verlag.\n');
    assert.deepEqual(a.citations.flatMap((c) => c.works.map(outcome)), ['linked r1']);
  });
});

describe('entries whose authors the parser read short: the linker reads the names the entry writes', () => {
  const lit = (literal: string): CslName => ({ literal });
  // Two works of one year whose entries end their authors with "et al." and were read as Rodighiero alone.
  const TWO_ET_AL_2022 = list([
    { names: [{ family: 'Rodighiero', given: 'Dario' }], year: '2022', text: 'Rodighiero, Dario, Lins Derry, Douglas Duhaime, et al. 2022. “Surprise Machines.” Information Design Journal.' },
    { names: [{ family: 'Rodighiero', given: 'Dario' }], year: '2022', text: 'Rodighiero, Dario, Eveline Wandl-Vogt, Elian Carsenat, et al. 2022. “Immersive Architectures for Visual Data Literacy.” Ars Electronica.' },
  ]);
  const rows: Row[] = [
    {
      name: 'persons written given name first, kept as one name: "John Smith and Ann Jones. 2019."',
      text: 'Smith and Jones (2019) showed it.',
      refs: list([{ names: [lit('John Smith and Ann Jones')], year: '2019', text: 'John Smith and Ann Jones. 2019. A second title. Journal of Things 3: 4-5.' }]),
      expected: ['linked r1'],
    },
    {
      name: 'three persons given name first with commas: "(Dong, Du, and Gardner 2020)"',
      text: '(Dong, Du, and Gardner 2020)',
      refs: list([{ names: [lit('Yuxiao Dong, Xinya Du, and Matt Gardner')], year: '2020', text: 'Yuxiao Dong, Xinya Du, and Matt Gardner. 2020. Reading. In Proceedings of ACL.' }]),
      expected: ['linked r1'],
    },
    {
      name: 'co-authors the entry writes before "et al." tell two works of one year apart (found essay 08)',
      text: '(Rodighiero, Wandl-Vogt, and Carsenat 2022)',
      refs: TWO_ET_AL_2022,
      expected: ['linked r2'],
    },
    {
      name: 'negative: "et al." against two such works of one year stays ambiguous',
      text: '(Rodighiero et al. 2022)',
      refs: TWO_ET_AL_2022,
      expected: ['ambiguous r1 r2'],
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      assert.deepEqual(link(row.text, row.refs).map(outcome), row.expected);
    });
  }
});
