// The citation finder on its own: which spans of prose are in-text citations, and what each one cites.
import * as assert from 'node:assert/strict';
import { findCitations, nameEvidence } from '../../src/core/citations';
import type { FoundCitation } from '../../src/core/citations';
import type { CslItem } from '../../src/core/model';

/** A compact picture of a found citation: `kind{span} [authors year …]…`. */
function picture(c: FoundCitation): string {
  const works = c.works.map((w) => {
    const parts = [w.authors.join(' | ') + (w.etAl ? ' et al' : ''), w.year];
    if (w.prefix) parts.push(`prefix=${w.prefix}`);
    if (w.locator) parts.push(`${w.locator.label}=${w.locator.value}`);
    return `[${parts.join(' ')}]`;
  });
  return `${c.kind === 'narrative' ? 'N' : 'P'}{${c.text}} ${works.join('')}`;
}

const find = (text: string, refs: Partial<CslItem>[] = []): string[] =>
  findCitations(text, { evidence: nameEvidence(refs.map((csl) => ({ csl: { id: 'x', type: 'book', ...csl } }))) }).map(picture);

interface Row {
  readonly name: string;
  readonly text: string;
  readonly expected: string[];
  readonly refs?: Partial<CslItem>[];
}

const POSITIVE: Row[] = [
  { name: 'one author, comma', text: 'soft balancing (Paul, 2005).', expected: ['P{(Paul, 2005)} [Paul 2005]'] },
  {
    name: 'two works, ampersand, suffix, page',
    text: 'as shown (Smith 2004; Jones & Lee 2010a, p. 12).',
    expected: ['P{(Smith 2004; Jones & Lee 2010a, p. 12)} [Smith 2004][Jones | Lee 2010a page=12]'],
  },
  { name: 'prefixes see and cf.', text: 'x (see Smith, 2004; cf. Jones, 2010).', expected: ['P{(see Smith, 2004; cf. Jones, 2010)} [Smith 2004 prefix=see][Jones 2010 prefix=cf.]'] },
  { name: 'prefix e.g.', text: 'x (e.g., Smith 2004).', expected: ['P{(e.g., Smith 2004)} [Smith 2004 prefix=e.g.]'] },
  { name: 'two years of one author', text: 'x (Smith, 2004, 2006).', expected: ['P{(Smith, 2004, 2006)} [Smith 2004][Smith 2006]'] },
  { name: 'suffix letters only', text: 'x (Smith 2004a, b).', expected: ['P{(Smith 2004a, b)} [Smith 2004a][Smith 2004b]'] },
  { name: 'et al without dot', text: 'x (Cohen et al, 2012).', expected: ['P{(Cohen et al, 2012)} [Cohen et al 2012]'] },
  { name: 'et al with dot', text: 'x (Cohen et al., 2012).', expected: ['P{(Cohen et al., 2012)} [Cohen et al 2012]'] },
  { name: 'Portuguese e', text: 'x (Brooks e Wohlforth, 2005).', expected: ['P{(Brooks e Wohlforth, 2005)} [Brooks | Wohlforth 2005]'] },
  { name: 'Spanish y', text: 'x (García y López, 2010).', expected: ['P{(García y López, 2010)} [García | López 2010]'] },
  { name: 'German und, colon page', text: 'x (Müller und Schmidt 2010: 45).', expected: ['P{(Müller und Schmidt 2010: 45)} [Müller | Schmidt 2010 page=45]'] },
  { name: 'French et', text: 'x (Dupont et Martin, 2001).', expected: ['P{(Dupont et Martin, 2001)} [Dupont | Martin 2001]'] },
  { name: 'three authors, serial comma', text: 'x (Smith, Jones, and Lee 2010).', expected: ['P{(Smith, Jones, and Lee 2010)} [Smith | Jones | Lee 2010]'] },
  { name: 'organisation', text: 'x (World Bank, 2019).', expected: ['P{(World Bank, 2019)} [World Bank 2019]'] },
  { name: 'organisation with a small word and an abbreviation', text: 'x (Department for International Development [DFID] 2011).', expected: ['P{(Department for International Development [DFID] 2011)} [Department for International Development 2011]'] },
  { name: 'acronym that is also an English word', text: 'x (WHO, 2021, p. 4).', expected: ['P{(WHO, 2021, p. 4)} [WHO 2021 page=4]'] },
  { name: 'no date', text: 'x (Smith, n.d.).', expected: ['P{(Smith, n.d.)} [Smith n.d.]'] },
  { name: 'in press', text: 'x (Smith, in press).', expected: ['P{(Smith, in press)} [Smith in press]'] },
  { name: 'given name first', text: 'x (Mingjiang Li, 2008).', expected: ['P{(Mingjiang Li, 2008)} [Mingjiang Li 2008]'] },
  { name: 'strong particles', text: 'x (van der Berg 2011).', expected: ['P{(van der Berg 2011)} [van der Berg 2011]'] },
  { name: 'apostrophe in a surname', text: 'x (O’Neil, 2003).', expected: ['P{(O’Neil, 2003)} [O’Neil 2003]'] },
  { name: 'hyphenated surname', text: 'x (Smith-Jones 2001).', expected: ['P{(Smith-Jones 2001)} [Smith-Jones 2001]'] },
  { name: 'locator chap.', text: 'x (Smith 2004, chap. 2).', expected: ['P{(Smith 2004, chap. 2)} [Smith 2004 chapter=2]'] },
  { name: 'locator ch.', text: 'x (Smith 2004, ch. 3).', expected: ['P{(Smith 2004, ch. 3)} [Smith 2004 chapter=3]'] },
  { name: 'locator sec.', text: 'x (Smith 2004, sec. 4).', expected: ['P{(Smith 2004, sec. 4)} [Smith 2004 section=4]'] },
  { name: 'locator para.', text: 'x (Smith 2004, para. 5).', expected: ['P{(Smith 2004, para. 5)} [Smith 2004 paragraph=5]'] },
  { name: 'German locator S.', text: 'x (Müller 2010, S. 45).', expected: ['P{(Müller 2010, S. 45)} [Müller 2010 page=45]'] },
  { name: 'Spanish locator pág.', text: 'x (López 2010, pág. 3).', expected: ['P{(López 2010, pág. 3)} [López 2010 page=3]'] },
  { name: 'locator p. without space', text: 'x (Smith 2004, p.7).', expected: ['P{(Smith 2004, p.7)} [Smith 2004 page=7]'] },
  { name: 'page range', text: 'x (Smith 2004, pp. 3-4).', expected: ['P{(Smith 2004, pp. 3-4)} [Smith 2004 page=3-4]'] },
  { name: 'German u.a.', text: 'x (Becker u. a. 2017: 125).', expected: ['P{(Becker u. a. 2017: 125)} [Becker et al 2017 page=125]'] },
  { name: 'mixed with see also', text: 'x (Smith 2004; see also Jones 2010).', expected: ['P{(Smith 2004; see also Jones 2010)} [Smith 2004][Jones 2010 prefix=see also]'] },
  { name: 'intro: as argued by', text: 'x (as argued by Smith, 2004).', expected: ['P{(as argued by Smith, 2004)} [Smith 2004 prefix=as argued by]'] },
  { name: 'intro: for a review see', text: 'x (for a review see Smith 2004).', expected: ['P{(for a review see Smith 2004)} [Smith 2004 prefix=for a review see]'] },
  { name: 'narrative', text: 'as Paul (2005) says', expected: ['N{Paul (2005)} [Paul 2005]'] },
  { name: 'narrative, given name and colon page', text: 'authors such as Haiyun Wang (2007: 7) argue', expected: ['N{Haiyun Wang (2007: 7)} [Haiyun Wang 2007 page=7]'] },
  { name: 'narrative, et al and two years', text: 'Smith et al. (2004, 2006) found', expected: ['N{Smith et al. (2004, 2006)} [Smith et al 2004][Smith et al 2006]'] },
  { name: 'narrative, compound name after a capitalised word', text: 'As Moisés Silva Fernandes (2010) points out', expected: ['N{Moisés Silva Fernandes (2010)} [Moisés Silva Fernandes 2010]'] },
  { name: 'narrative, initial', text: 'For M. Silva Fernandes (2010), that', expected: ['N{M. Silva Fernandes (2010)} [M. Silva Fernandes 2010]'] },
  { name: 'narrative, two authors', text: 'as Smith and Jones (2010) show', expected: ['N{Smith and Jones (2010)} [Smith | Jones 2010]'] },
  { name: 'narrative, three authors with serial comma', text: 'Fairbank, Okoye, and Tate (2015) show', expected: ['N{Fairbank, Okoye, and Tate (2015)} [Fairbank | Okoye | Tate 2015]'] },
  { name: 'narrative, possessive', text: 'and Smith’s (2010) argument', expected: ['N{Smith’s (2010)} [Smith 2010]'] },
  { name: 'narrative, weak particle known from the list', text: 'as de Souza (2014) shows', refs: [{ author: [{ family: 'Souza', given: 'Ana', 'non-dropping-particle': 'de' }] }], expected: ['N{de Souza (2014)} [de Souza 2014]'] },
  { name: 'narrative, two particles known from the list', text: 'según de la Fuente (2019), la', refs: [{ author: [{ family: 'Fuente', 'non-dropping-particle': 'de la' }] }], expected: ['N{de la Fuente (2019)} [de la Fuente 2019]'] },
  { name: 'narrative with a page', text: 'Smith (2010, p. 4) says', expected: ['N{Smith (2010, p. 4)} [Smith 2010 page=4]'] },
  { name: 'narrative, Portuguese e', text: 'Brooks e Wohlforth (2005) dizem', expected: ['N{Brooks e Wohlforth (2005)} [Brooks | Wohlforth 2005]'] },
  { name: 'narrative, German u.a.', text: 'zeigen Becker u.a. (2017), dass', expected: ['N{Becker u.a. (2017)} [Becker et al 2017]'] },
  { name: 'nested: narrative inside an aside', text: 'x (as Smith (2004) shows) y', expected: ['N{Smith (2004)} [Smith 2004]'] },
  { name: 'square brackets', text: 'x [Smith 2004] y', expected: ['P{[Smith 2004]} [Smith 2004]'] },
  { name: 'wrapped over a line', text: 'x (Smith and\nJones 2004) y', expected: ['P{(Smith and\nJones 2004)} [Smith | Jones 2004]'] },
];

const NEGATIVE: Row[] = [
  { name: 'years in prose', text: 'Since 2004, and in the 1990s, between 2004 and 2010, growth slowed.', expected: [] },
  { name: 'season date', text: 'International Security 30 (Summer 2005), pp. 72-108.', expected: [] },
  { name: 'month date', text: 'published (September 2008) by', expected: [] },
  { name: 'day month year', text: 'Working Paper, (1 September 2008), S. Rajaratnam', expected: [] },
  { name: 'Portuguese month', text: 'a reunião (setembro de 2008) e (Setembro 2008)', expected: [] },
  { name: 'acronym without year', text: 'the Shanghai Cooperation Organization (SCO) – which', expected: [] },
  { name: 'year after a common noun', text: 'the crisis (2008) hit', expected: [] },
  { name: 'year alone after a sentence-initial word', text: 'In (2005) the market', expected: [] },
  { name: 'numbers', text: 'it can take (10 to 20 years) and (45%)', expected: [] },
  { name: 'ellipsis', text: 'in a very discreet way” (…), “creating', expected: [] },
  { name: 'page only', text: 'as quoted (p. 12) and (pp. 3-4)', expected: [] },
  { name: 'decade', text: 'growth (1990s) slowed', expected: [] },
  { name: 'year range after a name', text: 'under Putin (2000–2008) Russia', expected: [] },
  { name: 'prose aside with a year', text: 'the SCO (founded by China and Russia in 2001) grew', expected: [] },
  { name: 'narrative after a month', text: 'on 12 March (2005) the', expected: [] },
  { name: 'lower-case weak particle as a preposition', text: 'o trabalho de (2005)', expected: [] },
  { name: 'unbalanced parenthesis across paragraphs', text: 'see (Smith\n\n2004) here', expected: [] },
];

describe('findCitations', () => {
  describe('finds', () => {
    for (const row of POSITIVE) {
      it(row.name, () => assert.deepEqual(find(row.text, row.refs), row.expected));
    }
  });
  describe('does not take for a citation', () => {
    for (const row of NEGATIVE) {
      it(row.name, () => assert.deepEqual(find(row.text, row.refs), row.expected));
    }
  });

  it('gives offsets whose slice is the text', () => {
    const text = 'A (Smith 2004; Jones 2005a, p. 3) and Lee et al. (2001, 2002) end.';
    for (const c of findCitations(text)) {
      assert.equal(text.slice(c.start, c.end), c.text);
      for (const w of c.works) assert.equal(text.slice(w.start, w.end), w.text);
    }
  });

  it('skips excluded spans (the reference list)', () => {
    const text = 'Body (Smith 2004).\n\nReferences\n\nSmith, J. (2004). A book (Jones 2001).';
    const start = text.indexOf('Smith, J.');
    assert.deepEqual(
      findCitations(text, { exclude: [{ start, end: text.length }] }).map((c) => c.text),
      ['(Smith 2004)'],
    );
  });

  it('polls the cancellation callback on long inputs', () => {
    let calls = 0;
    findCitations('(Smith 2004) '.repeat(10000), { isCancelled: () => void calls++ });
    assert.ok(calls > 0);
  });
});
