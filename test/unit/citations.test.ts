// The citation finder on its own: which spans of prose are in-text citations, and what each one cites.
import * as assert from 'node:assert/strict';
import { findCitations, nameEvidence } from '../../src/core/citations';
import type { FoundCitation } from '../../src/core/citations';
import type { CslItem } from '../../src/core/model';

/** A compact picture of a found citation: `kind{span} [authors year …]…`. */
function picture(c: FoundCitation): string {
  const works = c.works.map((w) => {
    const parts = [w.authors.join(' | ') + (w.etAl ? ' et al' : ''), w.year];
    if (w.originalYear) parts.push(`orig=${w.originalYear}`);
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
  // Word's APA style for a source whose author list ends in "al.": found-pdf 11.
  { name: 'ampersand al', text: 'auf eine Einheitsvarianz. (Pedregosa & al., 2011)', expected: ['P{(Pedregosa & al., 2011)} [Pedregosa et al 2011]'] },
  { name: 'ampersand before a name is no et al', text: 'x (Pedregosa & Alvarez, 2011).', expected: ['P{(Pedregosa & Alvarez, 2011)} [Pedregosa | Alvarez 2011]'] },
  { name: 'Portuguese e', text: 'x (Brooks e Wohlforth, 2005).', expected: ['P{(Brooks e Wohlforth, 2005)} [Brooks | Wohlforth 2005]'] },
  { name: 'Spanish y', text: 'x (García y López, 2010).', expected: ['P{(García y López, 2010)} [García | López 2010]'] },
  { name: 'German und, colon page', text: 'x (Müller und Schmidt 2010: 45).', expected: ['P{(Müller und Schmidt 2010: 45)} [Müller | Schmidt 2010 page=45]'] },
  { name: 'French et', text: 'x (Dupont et Martin, 2001).', expected: ['P{(Dupont et Martin, 2001)} [Dupont | Martin 2001]'] },
  { name: 'three authors, serial comma', text: 'x (Smith, Jones, and Lee 2010).', expected: ['P{(Smith, Jones, and Lee 2010)} [Smith | Jones | Lee 2010]'] },
  { name: 'organisation', text: 'x (World Bank, 2019).', expected: ['P{(World Bank, 2019)} [World Bank 2019]'] },
  { name: 'organisation with a small word and an abbreviation', text: 'x (Department for International Development [DFID] 2011).', expected: ['P{(Department for International Development [DFID] 2011)} [Department for International Development 2011]'] },
  { name: 'acronym that is also an English word', text: 'x (WHO, 2021, p. 4).', expected: ['P{(WHO, 2021, p. 4)} [WHO 2021 page=4]'] },
  { name: 'no date', text: 'x (Smith, n.d.).', expected: ['P{(Smith, n.d.)} [Smith n.d.]'] },
  { name: 'a narrative citation wrapped after the name, CRLF', text: 'as Smith\r\n(2004) shows', expected: ['N{Smith\r\n(2004)} [Smith 2004]'] },
  { name: 'a parenthesis wrapped over lines with trailing spaces', text: 'x (Smith  \n  and Lee,\r2004) y', expected: ['P{(Smith  \n  and Lee,\r2004)} [Smith | Lee 2004]'] },
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
  // DHd abstracts (test/fixtures/found 27, 32): German writes a slash between co-authors.
  { name: 'German slash between co-authors, after a prefix', text: 'x (Überblick bei Felder / Vogel 2016).', expected: ['P{(Überblick bei Felder / Vogel 2016)} [Felder | Vogel 2016 prefix=Überblick bei]'] },
  { name: 'slash without spaces, page after a comma', text: 'x (vgl. Winko/Köppe 2013, 328).', expected: ['P{(vgl. Winko/Köppe 2013, 328)} [Winko | Köppe 2013 prefix=vgl. page=328]'] },
  { name: 'narrative, slash between co-authors', text: 'begriffen werden. Ruecker/Galey (2010, 1) sprechen', expected: ['N{Ruecker/Galey (2010, 1)} [Ruecker | Galey 2010 page=1]'] },
  // A DHd 2018 abstract (Verband DHd, CC BY 4.0): a comma before slash-joined authors ends the prefix.
  {
    name: 'a comma before slash-joined authors is no joiner',
    text: 'Identifikatoren (im Anschluss an das Canonical Text Services-Schema, Blackwell/Smith 2014; vgl. Wagner 2016)',
    refs: [{ author: [{ family: 'Blackwell', given: 'Christopher' }, { family: 'Smith', given: 'Neel' }] }, { author: [{ literal: 'Text Encoding Initiative' }] }],
    expected: ['P{(im Anschluss an das Canonical Text Services-Schema, Blackwell/Smith 2014; vgl. Wagner 2016)} [Blackwell | Smith 2014 prefix=im Anschluss an das Canonical Text Services-Schema][Wagner 2016 prefix=vgl.]'],
  },
  // test/fixtures/found 30 and 31.
  { name: 'a colon between a listed name and the year', text: 'Phantomatik (Lem: 1981) oder', refs: [{ author: [{ family: 'Lem', given: 'Stanislaw' }] }], expected: ['P{(Lem: 1981)} [Lem 1981]'] },
  { name: 'et al. with no space before the year', text: 'haben bereits (Renear et al.1993) gezeigt', expected: ['P{(Renear et al.1993)} [Renear et al 1993]'] },
  // test/fixtures/found 34: "dies." (dieselben) repeats the authors of the work before it in the same parenthesis.
  // test/fixtures/found 30: an organisation whose name ends in a word in lower case, as the list writes it.
  { name: 'an organisation ending in a lower-case word the list gives', text: 'wie WebGL (WebGL Public Wiki contributors 2018).', refs: [{ author: [{ literal: 'WebGL Public Wiki contributors' }] }], expected: ['P{(WebGL Public Wiki contributors 2018)} [WebGL Public Wiki contributors 2018]'] },
  { name: 'a pronoun for the same authors: German "dies."', text: 'der Computer Vision (Bell & Ommer 2015; dies. 2016) die Arbeitsweise', expected: ['P{(Bell & Ommer 2015; dies. 2016)} [Bell | Ommer 2015][Bell | Ommer 2016]'] },
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
  { name: 'wrapped over a line before the comma and year', text: 'x (Wachsmuth and\nWeisler, 2018) y', expected: ['P{(Wachsmuth and\nWeisler, 2018)} [Wachsmuth | Weisler 2018]'] },
  { name: 'narrative wrapped after the first author', text: 'as Horn\nand Merante (2017) show', expected: ['N{Horn\nand Merante (2017)} [Horn | Merante 2017]'] },
  // Reprints and translations: the edition read, with the first edition's year beside it.
  { name: 'original year in brackets, narrative', text: 'Weber ([1905] 1930) had placed', expected: ['N{Weber ([1905] 1930)} [Weber 1930 orig=1905]'] },
  { name: 'original year in brackets, with a page', text: 'sins. (Marx [1867] 1887, 216)', expected: ['P{(Marx [1867] 1887, 216)} [Marx 1887 orig=1867 page=216]'] },
  { name: 'original year in brackets after the year', text: 'x (Weber 1930 [1905]).', expected: ['P{(Weber 1930 [1905])} [Weber 1930 orig=1905]'] },
  { name: 'original year, prefix quoted in', text: 'x (quoted in Weber [1905] 1930, 48)', expected: ['P{(quoted in Weber [1905] 1930, 48)} [Weber 1930 orig=1905 prefix=quoted in page=48]'] },
  { name: 'original year, APA slash', text: 'x (Freud, 1900/1953).', expected: ['P{(Freud, 1900/1953)} [Freud 1953 orig=1900]'] },
  {
    name: 'original year after a particle known from the list',
    text: 'x (de Beauvoir [1949] 2011, 474–76).',
    refs: [{ author: [{ family: 'Beauvoir', given: 'Simone', 'non-dropping-particle': 'de' }] }],
    expected: ['P{(de Beauvoir [1949] 2011, 474–76)} [de Beauvoir 2011 orig=1949 page=474–76]'],
  },
  { name: 'original year, sentence-initial particle', text: '4. De Beauvoir ([1949] 2011), 474.', expected: ['N{De Beauvoir ([1949] 2011)} [De Beauvoir 2011 orig=1949]'] },
  // "In press" and "no date" in other languages.
  { name: 'Italian in corso di stampa', text: 'x (Ricci, in corso di stampa).', expected: ['P{(Ricci, in corso di stampa)} [Ricci in press]'] },
  { name: 'Portuguese no prelo', text: 'x (Souza, no prelo).', expected: ['P{(Souza, no prelo)} [Souza in press]'] },
  { name: 'Spanish en prensa', text: 'x (García, en prensa).', expected: ['P{(García, en prensa)} [García in press]'] },
  { name: 'German im Druck', text: 'x (Müller im Druck).', expected: ['P{(Müller im Druck)} [Müller in press]'] },
  { name: 'French sous presse', text: 'x (Dupont, sous presse).', expected: ['P{(Dupont, sous presse)} [Dupont in press]'] },
  { name: 'Dutch in druk', text: 'x (Visser, in druk).', expected: ['P{(Visser, in druk)} [Visser in press]'] },
  { name: 'forthcoming', text: 'x (Smith forthcoming).', expected: ['P{(Smith forthcoming)} [Smith in press]'] },
  { name: 'Portuguese s.d.', text: 'x (Souza, s.d.).', expected: ['P{(Souza, s.d.)} [Souza n.d.]'] },
  { name: 'Spanish s.f.', text: 'x (García, s.f.).', expected: ['P{(García, s.f.)} [García n.d.]'] },
  { name: 'German o.J.', text: 'x (Müller o.J.).', expected: ['P{(Müller o.J.)} [Müller n.d.]'] },
  // Connectors between authors in other languages, in narrative citations.
  { name: 'narrative, Dutch en', text: 'De Vries en Jansen (2012) stellen', expected: ['N{De Vries en Jansen (2012)} [De Vries | Jansen 2012]'] },
  { name: 'parenthetical, Dutch en with a lower-case particle', text: 'x (de Vries en Jansen, 2012).', refs: [{ author: [{ family: 'Vries', 'non-dropping-particle': 'De' }] }], expected: ['P{(de Vries en Jansen, 2012)} [de Vries | Jansen 2012]'] },
  { name: 'narrative, Swedish och', text: 'visar Andersson och Berg (2010) att', expected: ['N{Andersson och Berg (2010)} [Andersson | Berg 2010]'] },
  { name: 'narrative, German und', text: 'zeigen Müller und Schmidt (2010), dass', expected: ['N{Müller und Schmidt (2010)} [Müller | Schmidt 2010]'] },
  { name: 'narrative, French et', text: 'selon Dupont et Martin (2001), la', expected: ['N{Dupont et Martin (2001)} [Dupont | Martin 2001]'] },
  { name: 'narrative, Italian e', text: 'come Rossi e Bianchi (2011) mostrano', expected: ['N{Rossi e Bianchi (2011)} [Rossi | Bianchi 2011]'] },
  { name: 'narrative, Spanish y', text: 'según García y López (2010), el', expected: ['N{García y López (2010)} [García | López 2010]'] },
  { name: 'narrative, Catalan i', text: 'segons Puig i Vidal (2015), la', expected: ['N{Puig i Vidal (2015)} [Puig | Vidal 2015]'] },
  { name: 'narrative, three authors without a serial comma', text: 'Barron, Kung and Proserpio (2021) find', expected: ['N{Barron, Kung and Proserpio (2021)} [Barron | Kung | Proserpio 2021]'] },
  {
    name: 'narrative list after a place name and a comma',
    text: 'Using data for the United States,\nBarron, Kung and Proserpio (2021) find',
    expected: ['N{Barron, Kung and Proserpio (2021)} [Barron | Kung | Proserpio 2021]'],
  },
  { name: 'narrative, sentence-initial De', text: 'gemaakt. De Boer en Zuidema (2015) pleiten', expected: ['N{De Boer en Zuidema (2015)} [De Boer | Zuidema 2015]'] },
  // Particles and unusual spellings of names.
  { name: 'Dutch elided article ’t', text: 'x (’t Hart, 2009).', expected: ['P{(’t Hart, 2009)} [’t Hart 2009]'] },
  { name: "Dutch elided article 's, narrative", text: "volgens 's Jacob (2001) is", expected: ["N{'s Jacob (2001)} ['s Jacob 2001]"] },
  { name: 'lower-case surname the list writes so', text: 'x (boyd 2014).', refs: [{ author: [{ family: 'boyd', given: 'danah' }] }], expected: ['P{(boyd 2014)} [boyd 2014]'] },
  { name: 'compound surname with a particle inside', text: 'x (Colomb and Moreira de Souza, 2021).', expected: ['P{(Colomb and Moreira de Souza, 2021)} [Colomb | Moreira de Souza 2021]'] },
  { name: 'a common noun alone before the year is a name', text: 'new middle class (Ley, 1996); the', expected: ['P{(Ley, 1996)} [Ley 1996]'] },
  // "And others" in its many spellings.
  { name: 'Dutch e.a.', text: 'x (Bakker e.a., 2016).', expected: ['P{(Bakker e.a., 2016)} [Bakker et al 2016]'] },
  { name: 'et. al. with a stray dot', text: 'x (Hunt et. al., 2018).', expected: ['P{(Hunt et. al., 2018)} [Hunt et al 2018]'] },
  { name: 'narrative et al without a dot', text: 'Kross et al (2013) found', expected: ['N{Kross et al (2013)} [Kross et al 2013]'] },
  { name: 'square brackets with a comma', text: 'alone together [Turkle, 2011]. We', expected: ['P{[Turkle, 2011]} [Turkle 2011]'] },
  { name: 'Italian "e colleghi", narrative', text: 'Mancini e colleghi (2019) hanno proposto', expected: ['N{Mancini e colleghi (2019)} [Mancini et al 2019]'] },
  { name: 'Spanish "y otros", parenthetical', text: 'x (García y otros, 2010).', expected: ['P{(García y otros, 2010)} [García et al 2010]'] },
  { name: 'Portuguese "e colaboradores"', text: 'Segundo Souza e colaboradores (2015), a', expected: ['N{Souza e colaboradores (2015)} [Souza et al 2015]'] },
  { name: 'German "und Kollegen"', text: 'Wie Müller und Kollegen (2012) zeigen', expected: ['N{Müller und Kollegen (2012)} [Müller et al 2012]'] },
  { name: 'English "and co-workers"', text: 'Smith and co-workers (2004) showed', expected: ['N{Smith and co-workers (2004)} [Smith et al 2004]'] },
  { name: 'Dutch "te verschijnen" for in press', text: 'x (Schuurman-Hess, te verschijnen).', expected: ['P{(Schuurman-Hess, te verschijnen)} [Schuurman-Hess in press]'] },
  { name: 'an organisation and its bracketed abbreviation before the year, narrative', text: 'Según el Instituto Nacional de Asociativismo y Economía Social [INAES] (s.f.), hay', expected: ['N{Instituto Nacional de Asociativismo y Economía Social [INAES] (s.f.)} [Instituto Nacional de Asociativismo y Economía Social n.d.]'] },
  { name: 'a possessive inside an organisation’s name, narrative with its abbreviation', text: 'The Information Commissioner’s Office [ICO] (2020) says', expected: ['N{Information Commissioner’s Office [ICO] (2020)} [Information Commissioner’s Office 2020]'] },
  { name: 'Swedish "m.fl." and "u.å."', text: 'x (Östh m.fl., 2013; Skolverket, u.å.) och Lundahl m. fl. (2014) visar', expected: ['P{(Östh m.fl., 2013; Skolverket, u.å.)} [Östh et al 2013][Skolverket n.d.]', 'N{Lundahl m. fl. (2014)} [Lundahl et al 2014]'] },
  { name: 'ABNT: authors in capitals separated by semicolons are one work', text: 'x (SILVA; SOUZA, 2012) e (SILVA; SOUZA; LIMA, 2013, p. 4).', expected: ['P{(SILVA; SOUZA, 2012)} [SILVA | SOUZA 2012]', 'P{(SILVA; SOUZA; LIMA, 2013, p. 4)} [SILVA | SOUZA | LIMA 2013 page=4]'] },
  { name: 'negative for the ABNT rule: works in capitals each with its year stay apart', text: 'x (SMITH, 2010; JONES, 2011).', expected: ['P{(SMITH, 2010; JONES, 2011)} [SMITH 2010][JONES 2011]'] },
  { name: 'an organisation in sentence case, every word a word of the list', text: 'x (Friskolornas riksförbund, u.å.).', refs: [{ author: [{ literal: 'Friskolornas riksförbund' }] }], expected: ['P{(Friskolornas riksförbund, u.å.)} [Friskolornas riksförbund n.d.]'] },
  { name: 'Dutch: "van" before a name with a capitalised particle is a preposition', text: 'het werk van De Boer e.a. (2010) en van Van den Berg en De Jong (2017)', expected: ['N{De Boer e.a. (2010)} [De Boer et al 2010]', 'N{Van den Berg en De Jong (2017)} [Van den Berg | De Jong 2017]'] },
  { name: 'a name with its own question mark, as the list writes it', text: 'x (Which?, 2023).', refs: [{ author: [{ literal: 'Which?' }] }], expected: ['P{(Which?, 2023)} [Which 2023]'] },
  { name: 'a reprint whose first edition spans two years', text: 'x (Hume [1739–40] 2000, 2.3.2.6).', expected: ['P{(Hume [1739–40] 2000, 2.3.2.6)} [Hume 2000 orig=1739 section=2.3.2.6]'] },
  {
    name: 'negative of the entry head: a year after a name at a paragraph’s start, or after a name and a comma, in prose',
    text: 'Intro.\n\nSmith (2005). Then he wrote more.\n\nJones, in her book (2010). Then she wrote.',
    refs: [{ author: [{ family: 'Smith' }] }, { author: [{ family: 'Jones' }] }],
    expected: ['N{Smith (2005)} [Smith 2005]', 'P{(2010)} [Jones 2010]'],
  },
  {
    name: 'a title in quotation marks standing for the author of a work that has none (APA), comma inside or outside',
    text: 'as reported ("Study Finds Link," 2010) and in („Rahmenlehrplan Mediengestalter_in D&P“, 2015).',
    expected: ['P{("Study Finds Link," 2010)} [Study Finds Link 2010]', 'P{(„Rahmenlehrplan Mediengestalter_in D&P“, 2015)} [Rahmenlehrplan Mediengestalter_in D&P 2015]'],
  },
  {
    name: 'a quoted title with a prefix, "o. J." and a page, and beside an author',
    text: 'x (vgl. „Berufliche Schule für Medien und Kommunikation“, o. J., S. 3) and (see “Climate Report,” 2019; Smith, 2004).',
    expected: ['P{(vgl. „Berufliche Schule für Medien und Kommunikation“, o. J., S. 3)} [Berufliche Schule für Medien und Kommunikation n.d. prefix=vgl. page=3]', 'P{(see “Climate Report,” 2019; Smith, 2004)} [Climate Report 2019 prefix=see][Smith 2004]'],
  },
  { name: 'a year with a word after it, by a name the list has', text: 'as Smith (2004 edition) puts it', refs: [{ author: [{ family: 'Smith', given: 'J.' }] }], expected: ['N{Smith (2004 edition)} [Smith 2004]'] },
];

const NEGATIVE: Row[] = [
  { name: 'years in prose', text: 'Since 2004, and in the 1990s, between 2004 and 2010, growth slowed.', expected: [] },
  { name: 'a colon after a word the list does not know', text: 'x (Stand: 2019) und (Quelle: 2020) und (Lem: 1981).', refs: [{ author: [{ family: 'Gibson' }] }], expected: [] },
  { name: 'a date written with dots', text: 'Zugriff am 12.03.2019 und (Version 1.2015).', expected: [] },
  { name: 'the lower-case last word of a listed organisation alone is no name', text: 'as the contributors (2018) wrote and (contributors 2018)', refs: [{ author: [{ literal: 'WebGL Public Wiki contributors' }] }], expected: [] },
  { name: 'an organisation ending in a lower-case word the list does not give', text: 'wie WebGL (WebGL Public Wiki contributors 2018).', expected: [] },
  { name: 'a pronoun for authors named outside the parenthesis is not read', text: 'des CARE-Regelwerks (dies. 2020) ergänzt werden', expected: [] },
  { name: 'a slash between capitalised words that date a thing', text: 'the Mac/PC debate (2010) was', expected: [] },
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
  { name: 'a parenthesis across a blank line of spaces, CRLF', text: 'see (Smith\r\n  \r\n2004) here', expected: [] },
  { name: 'a parenthesis across a blank line, lone CRs', text: 'see (Smith\r\r2004) here', expected: [] },
  { name: 'a name in the paragraph before a year in brackets', text: 'as Smith\n \t\n(2004) shows', expected: [] },
  { name: 'a blank first line before the year', text: '  \n(2004) shows', expected: [] },
  { name: 'a painting after its painter’s possessive', text: 'In van Gogh’s Night Café (1888), a clock', expected: [] },
  { name: 'a book after its author’s possessive', text: "Orwell's Animal Farm (1945) is", expected: [] },
  { name: 'life dates after a name', text: 'Ibn Khaldun (1332–1406), writing in', expected: [] },
  { name: 'a lower-case word the list does not write as a name', text: 'x (boyd 2014) and (since 2014).', expected: [] },
  { name: 'a season alone before the year', text: 'published (Summer, 2005) in', expected: [] },
  { name: 'footnote markers and insertions in square brackets', text: 'time.[1] He [sic] wrote [3].', expected: [] },
  { name: 'a year range written with a slash', text: 'in the season (2004/05) and (2019/2020)', expected: [] },
  { name: 'an aside with a participle before the year', text: 'the school (Founded 1998) and the hall (est. 1870) and (born 1950)', expected: [] },
  {
    name: 'the heads of reference entries in the body (a reading list): the year is the entry’s date',
    text: 'Quellen:\n\nWeigend, M. (2005). Extreme Programming im Klassenraum. INFOS.\n\nHuber, A. A. & Haag, L. (Hrsg.). (2008). Kooperatives Lernen.',
    refs: [{ author: [{ family: 'Weigend' }] }, { author: [{ family: 'Huber' }] }],
    expected: [],
  },
  { name: 'a quotation in lower case before a year', text: 'he called it (“a failure”, 2010) then', expected: [] },
  { name: 'a quoted name after an article', text: 'x (the “Kyoto Protocol”, 1997) y', expected: [] },
  { name: 'a place with a year and a word: an event', text: 'met in Geneva (2019 workshop) and Philadelphia (2017 levy).', refs: [{ author: [{ family: 'Smith' }] }], expected: [] },
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

  describe('a surname hyphenated at a line end (a PDF copy)', () => {
    const refs: Partial<CslItem>[] = [{ author: [{ family: 'Haaranen' }] }, { author: [{ family: 'Rubin' }] }];
    const rows: Row[] = [
      { name: 'is read as one name', text: 'Software Carpentry (Haara-\nnen, 2017; Rubin, 2013).', refs, expected: ['P{(Haara-\nnen, 2017; Rubin, 2013)} [Haara-\nnen 2017][Rubin 2013]'] },
      { name: 'negative: a capitalised second half is a double-barrelled name', text: 'as (Smith-\nJones, 2004) says', refs, expected: ['P{(Smith-\nJones, 2004)} [Smith-\nJones 2004]'] },
      { name: 'negative: a lower-case word before the hyphen is no name', text: 'the well-\nknown result (Rubin, 2013)', refs, expected: ['P{(Rubin, 2013)} [Rubin 2013]'] },
    ];
    for (const row of rows) it(row.name, () => assert.deepEqual(find(row.text, row.refs), row.expected));
  });

  describe('the running foot of a PDF copied with the text', () => {
    const FOOT = 'Rhoads et al., (2022). Computational models of human social behavior. Journal of Open Source Education, 5(47), 146.';
    const filler = (n: number): string => Array.from({ length: 11 }, (_, k) => `Line ${k} of page ${n}, with nothing cited.`).join('\n');
    it('is no citation, and a citation it cuts in two is read whole, with the source offsets', () => {
      const text = `${filler(1)}\nmodels (Lockwood, 2020; Zhang et\n${FOOT}\n1\nal., 2020), and more.\n${filler(2)}\n${FOOT}\n2\n${filler(3)}\n${FOOT}\n3\n`;
      const found = findCitations(text);
      assert.deepEqual(found.map(picture), [`P{(Lockwood, 2020; Zhang et\n${FOOT}\n1\nal., 2020)} [Lockwood 2020][Zhang et al 2020]`]);
      const zhang = found[0].works[1];
      assert.equal(text.slice(zhang.start, zhang.end), zhang.text);
      assert.ok(zhang.text.startsWith('Zhang et'));
    });
    it('negative: the same line written once is read as a citation', () => {
      assert.deepEqual(find(`As ${FOOT}`).length, 1);
    });
    it('negative: a text written a paragraph a line that says one paragraph again and again keeps its citations', () => {
      const paragraph = 'Observers of the period disagree about the weight of each factor (Almeida, 1998). The evidence gathered in the archives points to a slower change than once thought, as Hassan (2014) suggests, and the sources must be read with care.';
      const text = Array.from({ length: 6 }, () => [paragraph, ...Array.from({ length: 10 }, (_, k) => `Paragraph ${k}: ${'nothing is cited in this paragraph, which goes on at the length of prose. '.repeat(3)}`)].join('\n')).join('\n');
      assert.equal(findCitations(text).length, 12);
    });
  });

  describe('names that may be a thing’s are marked doubtful (the linker keeps them only when they match)', () => {
    const rows: [name: string, text: string, doubtful: boolean][] = [
      ['after an article', 'La Ley para la Reconstrucción Integral de la Ciudad de México (2018) estableció', true],
      ['after a capitalised article at a sentence start', 'Het Klimaatakkoord (2019) zegt', true],
      ['ending in an acronym', 'la suspensión de Venezuela del MERCOSUR (2016) y', true],
      ['negative: an author after a verb', 'as Smith (2004) shows', false],
      ['negative: a particle is not an article', 'segundo de Souza (2014), a', false],
      ['negative: "Le Goff" at a sentence start', 'Le Goff (1980) argues', false],
      ['the second party of a court case', 'in Reno v. American Civil Liberties Union (1997) the Court', true],
      ['a German article before one capitalised noun', 'wie das Bundeskleingartengesetz (1983) regelt', true],
      ['the name of a law after its head word', 'y la Ley Agraria (1992) transformaron', true],
      ['a title after the kind of work', 'his older essay collection Pop Internationalism (1996) was', true],
      ['a title with a capitalised article after the kind of work', 'Heinrich Manns Roman Der Untertan (1918) lieferte', true],
      ['a Portuguese one-letter article before an acronym (dropped from the name)', 'O INE (2022) regista', true],
      ['negative: a German article before a noun and "von" and a name', 'bildet die Studie von Fiedler (2012), deren', false],
      ['a German adjective after an article before one capitalised noun', 'Laut einer aktuellen Umfrage (2021) sind viele', true],
      ['a figure’s source line: "eigene Darstellung"', 'Quelle: eigene Darstellung (2020).', true],
      ['a figure’s source line: "Eigene Darstellung"', 'Quelle: Eigene Darstellung (2020).', true],
      ['negative: a preposition before a name', 'Wie schon nach Smith (2004) gezeigt', false],
      ['a name with digits: a thing', 'The pandemic (COVID-19, 2020) changed this', true],
      ['a model’s name with digits: a thing', 'The model (GPT-3, 2020) is large', true],
      ['negative: an interview’s code is cited as an author is', 'wie berichtet (Person4, 2021, Pos. 28) wurde', false],
      ['a title in quotation marks alone (it may be a quotation)', 'as the slogan went (“Never Again”, 1945) then', true],
      ['negative: a quoted title beside an author', 'x (“Climate Report,” 2019; Smith, 2004) y', false],
    ];
    for (const [name, text, doubtful] of rows) {
      it(name, () => {
        const found = findCitations(text, { evidence: nameEvidence([{ csl: { id: 'x', type: 'book', author: [{ family: 'Smith' }, { family: 'Souza', 'non-dropping-particle': 'de' }] } }]) });
        assert.equal(found.length, 1, JSON.stringify(found.map((c) => c.text)));
        assert.equal(found[0].doubtful === true, doubtful);
      });
    }
  });

  describe('the slips of real essays (kept only when the linker finds the work: doubtful)', () => {
    const KNOWN: Partial<CslItem>[] = [
      { author: [{ family: 'Cowie' }, { family: 'Mackin' }] },
      { author: [{ family: 'Long' }] },
      { author: [{ family: 'Courteney' }] },
      { author: [{ family: 'Kirschenbaum' }] },
      { author: [{ family: 'Peterson' }] },
      { author: [{ family: 'McElreath' }], issued: { 'date-parts': [[2020]] } },
    ];
    const rows: (Row & { readonly doubtful: boolean })[] = [
      { name: '"2018ab": two works', text: 'x (Lee et al., 2018ab).', expected: ['P{(Lee et al., 2018ab)} [Lee et al 2018a][Lee et al 2018b]'], doubtful: false },
      { name: '"s/f" and "s/d"', text: 'x (Gil, s/f) y (Silva, s/d).', expected: ['P{(Gil, s/f)} [Gil n.d.]', 'P{(Silva, s/d)} [Silva n.d.]'], doubtful: false },
      { name: '"senza data" and "zonder jaar"', text: 'x (Rossi, senza data) en (Jansen, zonder jaar).', expected: ['P{(Rossi, senza data)} [Rossi n.d.]', 'P{(Jansen, zonder jaar)} [Jansen n.d.]'], doubtful: false },
      { name: "natbib's square brackets after the names (abbrvnat), when the list knows them", text: 'As Kogut and Metiu [2001] argue, communities split.', refs: [{ author: [{ family: 'Kogut' }, { family: 'Metiu' }] }], expected: ['N{Kogut and Metiu [2001]} [Kogut | Metiu 2001]'], doubtful: true },
      { name: 'negative: a year in square brackets after a name the list does not know', text: 'As Kogut and Metiu [2001] argue, communities split.', refs: [{ author: [{ family: 'Lehman' }] }], expected: [], doubtful: false },
      { name: 'no space between "et al." and the bracket (found PDF 29)', text: 'Earlier work by Alkhayyat et al.(2022) shows this.', expected: ['N{Alkhayyat et al.(2022)} [Alkhayyat et al 2022]'], doubtful: false },
      { name: 'a surname with its initials after a comma before "et al.", as reference managers print ABNT (found PDF 28)', text: 'x (Mokkink, L. B. et al., 2010a) y', expected: ['P{(Mokkink, L. B. et al., 2010a)} [Mokkink et al 2010a]'], doubtful: false },
      { name: 'a bare source line with "n.d." after the names the list has (found essay 51)', text: 'producing a new edition. Damerow and Renn n.d.', refs: [{ author: [{ family: 'Damerow' }, { family: 'Renn' }] }], expected: ['N{Damerow and Renn n.d.} [Damerow | Renn n.d.]'], doubtful: true },
      { name: '"et al." with its "al." typed twice', text: 'x (Li et al. al., 2012).', expected: ['P{(Li et al. al., 2012)} [Li et al 2012]'], doubtful: false },
      { name: 'a semicolon between "et al." and the year', text: 'x (Charlier et al.; 1999).', expected: ['P{(Charlier et al.; 1999)} [Charlier et al 1999]'], doubtful: false },
      { name: 'an organisation, its abbreviation in round brackets, then the year', text: 'segundo o Instituto Brasileiro de Geografia e Estatística (IBGE) (2025, p. 41), a', expected: ['N{Instituto Brasileiro de Geografia e Estatística (IBGE) (2025, p. 41)} [Instituto Brasileiro de Geografia e Estatística 2025 page=41]'], doubtful: false },
      { name: 'APA\'s names up to the one that tells works apart, commas before "et al."', text: 'tidied (Version 1.3.0; Wickham, Vaughan, et al. (2023)) and', expected: ['N{Wickham, Vaughan, et al. (2023)} [Wickham | Vaughan et al 2023]'], doubtful: false },
      { name: 'negative: a comma between names without "et al." or "and" ends a narrative citation', text: 'As Brown, Smith (2020) shows', expected: ['N{Smith (2020)} [Smith 2020]'], doubtful: false },
      { name: 'a comma after "et al." before the bracket', text: 'Depover et al., (2011) show', expected: ['N{Depover et al., (2011)} [Depover et al 2011]'], doubtful: false },
      { name: '"etal."', text: 'x (Campbell etal.; 2005).', expected: ['P{(Campbell etal.; 2005)} [Campbell et al 2005]'], doubtful: false },
      { name: '"el at."', text: 'Smith el at. (2004) find', expected: ['N{Smith el at. (2004)} [Smith et al 2004]'], doubtful: false },
      { name: 'LaTeX "\\emph{et al.}"', text: 'Depover \\emph{et al.}, (2007) note', expected: ['N{Depover \\emph{et al.}, (2007)} [Depover et al 2007]'], doubtful: false },
      { name: 'a number that is no year after a name', text: 'x (Dombrowski, 214: 331).', expected: ['P{(Dombrowski, 214: 331)} [Dombrowski 214 page=331]'], doubtful: true },
      { name: 'a possessive with a noun', text: 'Peterson’s blog (2016b) lists', refs: KNOWN, expected: ['N{Peterson’s blog (2016b)} [Peterson 2016b]'], doubtful: true },
      { name: 'a year and page after the author was named, a capital inside the name (found PDF 27)', text: 'McElreath argues that “any batch of parameters with exchangeable index values can and probably should be pooled” (2020, p. 435).', refs: KNOWN, expected: ['P{(2020, p. 435)} [McElreath 2020 page=435]'], doubtful: true },
      { name: 'a year and page after the author was named', text: 'As Kirschenbaum shows, it grew. "Quoted" (2010: 60).', refs: KNOWN, expected: ['P{(2010: 60)} [Kirschenbaum 2010 page=60]'], doubtful: true },
      {
        name: 'a running list of sources without brackets',
        text: 'see Cowie, Mackin 1975, Long 1979, and Courteney 1983.',
        refs: KNOWN,
        expected: ['N{Cowie, Mackin 1975} [Cowie | Mackin 1975]', 'N{Long 1979} [Long 1979]', 'N{Courteney 1983} [Courteney 1983]'],
        doubtful: true,
      },
      { name: '"et al." and a year without brackets, in a note of a German term paper', text: 'Siehe auch Kaiser et al. 2017, 33.', refs: [{ author: [{ family: 'Kaiser' }, { family: 'Lutz' }, { family: 'Sommer' }] }], expected: ['N{Kaiser et al. 2017} [Kaiser et al 2017]'], doubtful: true },
      { name: '"u. a." and a year without brackets', text: 'So argumentieren Kaiser u. a. 2017 ebenfalls.', refs: [{ author: [{ family: 'Kaiser' }, { family: 'Lutz' }, { family: 'Sommer' }] }], expected: ['N{Kaiser u. a. 2017} [Kaiser et al 2017]'], doubtful: true },
      { name: '"et al.," and a year without brackets', text: 'See Kaiser et al., 2017.', refs: [{ author: [{ family: 'Kaiser' }, { family: 'Lutz' }, { family: 'Sommer' }] }], expected: ['N{Kaiser et al., 2017} [Kaiser et al 2017]'], doubtful: true },
      { name: 'a classical work’s book and chapter before the year of the edition', text: 'x (DIÓGENES LAERCIO, VI 77, 2010, p. 230) y (DIÓGENES LAERCIO VI, 40, 2010, p. 220) z', refs: [{ author: [{ literal: 'Diógenes Laercio' }] }], expected: ['P{(DIÓGENES LAERCIO, VI 77, 2010, p. 230)} [DIÓGENES LAERCIO 2010 page=230]', 'P{(DIÓGENES LAERCIO VI, 40, 2010, p. 220)} [DIÓGENES LAERCIO 2010 page=220]'], doubtful: false },
      { name: 'negative: a number alone between a name and a year', text: 'x (Smith, 12, 2010) y', refs: [{ author: [{ family: 'Smith' }] }], expected: [], doubtful: false },
      {
        name: 'the press cited by the day and month before the year',
        text: 'x (Folha de S. Paulo, 12 mar. 2019) y (The Guardian, May 3, 2017) z (O Globo, 5 de abril de 2019) w',
        refs: [{ author: [{ literal: 'Folha de S. Paulo' }] }, { author: [{ literal: 'The Guardian' }] }, { author: [{ literal: 'O Globo' }] }],
        expected: ['P{(Folha de S. Paulo, 12 mar. 2019)} [Folha de S. Paulo 2019]', 'P{(The Guardian, May 3, 2017)} [The Guardian 2017]', 'P{(O Globo, 5 de abril de 2019)} [Globo 2019 prefix=O]'],
        doubtful: false,
      },
      { name: 'negative: a month and a year alone are a date', text: 'x (September 2008) y', refs: [], expected: [], doubtful: false },
      { name: 'ABNT in mixed case (a reference manager): co-authors the list has, separated by semicolons, are one work (found PDF 28)', text: 'x (Gökşen; Kocaman; Yıldırım, 2023) y', refs: [{ author: [{ family: 'Gökşen' }, { family: 'Kocaman' }, { family: 'Yıldırım' }] }], expected: ['P{(Gökşen; Kocaman; Yıldırım, 2023)} [Gökşen | Kocaman | Yıldırım 2023]'], doubtful: false },
      { name: 'negative: a name the list does not have before a semicolon stays apart (mixed case)', text: 'x (Gökşen; Kocaman; Yıldırım, 2023) y', refs: [{ author: [{ family: 'Yıldırım' }] }], expected: ['P{(Gökşen; Kocaman; Yıldırım, 2023)} [Yıldırım 2023]'], doubtful: false },
      { name: 'ABNT: a title cut short by an ellipsis, "..."', text: 'x ( LA DAIA..., 2018 ) y', expected: ['P{( LA DAIA..., 2018 )} [LA DAIA 2018]'], doubtful: false },
      { name: 'ABNT: a title cut short by an ellipsis, "…"', text: 'x (ANUÁRIO…, 1987) y', expected: ['P{(ANUÁRIO…, 1987)} [ANUÁRIO 1987]'], doubtful: false },
      { name: 'a year with its letter after a title, the author named earlier in the sentence', text: 'Kirschenbaum goes on with Tu iras la chercher (2014b) and more.', refs: KNOWN, expected: ['P{(2014b)} [Kirschenbaum 2014b]'], doubtful: true },
      { name: 'a year alone after a lower-case word, the author named in the sentence', text: 'for Kirschenbaum, a self shown to others in public (2001). Then', refs: KNOWN, expected: ['P{(2001)} [Kirschenbaum 2001]'], doubtful: true },
      { name: 'a year after a journal’s name, the author named in the sentence', text: 'a dossier by Kirschenbaum for the journal Jeu (2014).', refs: KNOWN, expected: ['P{(2014)} [Kirschenbaum 2014]'], doubtful: true },
      // Negative rows.
      { name: 'negative: a year alone after a name from the sentence before', text: 'As Kirschenbaum shows, it grew. It was public (2001).', refs: KNOWN, expected: [], doubtful: false },
      { name: 'negative: a year alone after a capitalised name, the author named in the sentence', text: 'Kirschenbaum read the Public Manifesto (2001) twice.', refs: KNOWN, expected: ['N{Public Manifesto (2001)} [Public Manifesto 2001]'], doubtful: true },
      {
        name: 'negative: years that date named events in a parenthesis',
        text: 'courses (e.g., 2018 MIND Computational Summer School, 2018 Neuroscience School of Advanced Studies in Social Decision-Making, 2019 Computational Psychiatry Summer Course).',
        refs: KNOWN,
        expected: [],
        doubtful: false,
      },
      { name: 'negative: two letters not in sequence after a year', text: 'x (Smith, 2018ac).', expected: [], doubtful: false },
      { name: 'negative: a plausible number after a name is a page, not a slipped year', text: 'x (Smith, 1998, 2007).', expected: ['P{(Smith, 1998, 2007)} [Smith 1998][Smith 2007]'], doubtful: false },
      { name: 'negative: a year alone (no page) after a named author', text: 'As Kirschenbaum shows, the iPhone 7 (2016) was sealed.', refs: KNOWN, expected: [], doubtful: false },
      { name: 'negative: a name and a year without brackets the list does not know', text: 'It ran on Windows 2000 machines.', refs: KNOWN, expected: [], doubtful: false },
      { name: 'negative: a name with a comma before a year, no "et al."', text: 'As Long, 1979 was a dry year, the crops failed.', refs: KNOWN, expected: [], doubtful: false },
      { name: 'negative: "et al." and a year of a name the list does not know', text: 'Morgan et al. 2017 is not listed.', refs: KNOWN, expected: [], doubtful: false },
    ];
    for (const row of rows) {
      it(row.name, () => {
        const found = findCitations(row.text, { evidence: nameEvidence((row.refs ?? []).map((csl) => ({ csl: { id: 'x', type: 'book', ...csl } }))) });
        assert.deepEqual(found.map(picture), row.expected);
        for (const c of found) assert.equal(c.doubtful === true, row.doubtful, c.text);
      });
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
