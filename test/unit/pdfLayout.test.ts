// The PDF layout layer on text items recorded from real PDFs (test/fixtures/pdf-items, each file naming the PDF
// and pages it was recorded from): reference lists split into entries by their hanging indent, web addresses and
// DOIs broken across lines rejoined, number ranges and accents drawn apart put together, tables of contents read
// one entry to a paragraph; columns of different type, accents over the next item, line numbers. A few rows are
// made up to show what must stay as it is. Recordings are made with
// `npx tsx tools/eval/pdf-items.ts FILE.pdf PAGES [--from-y N] [--to-y N] --source "…" > test/fixtures/pdf-items/NAME.json`.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutPages, type PdfItem, type PdfPage } from '../../src/core/formats';

type Recorded = [str: string, x: number, y: number, width: number, size: number];

interface RecordedFile {
  readonly source: string;
  readonly pages: readonly { number: number; width: number; height: number; items: readonly Recorded[] }[];
}

function recorded(name: string): PdfPage[] {
  const file = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'pdf-items', `${name}.json`), 'utf8')) as RecordedFile;
  return file.pages.map((p) => ({ number: p.number, width: p.width, height: p.height, items: p.items.map(([str, x, y, width, size]) => ({ str, x, y, width, size })) }));
}

/** The paragraphs of a layout (its blank-line separated blocks). */
function paragraphs(pages: readonly PdfPage[]): string[] {
  return layoutPages(pages).text.split(/\n{2,}/).map((p) => p.trim());
}

function line(text: string, x: number, y: number, size = 10): PdfItem {
  return { str: text, x, y, width: text.length * size * 0.5, size };
}

/** Lays out two-line entries under a heading, first lines at `firstX`, second at `restX`, and asserts each is one paragraph. */
function assertEntries(heading: string, entries: readonly (readonly string[])[], firstX: number, restX: number): void {
  const items: PdfItem[] = [line(heading, 72, 720, 14)];
  let y = 700;
  for (const [first, rest] of entries) {
    items.push(line(first, firstX, y), line(rest, restX, y - 12));
    y -= 24;
  }
  const got = paragraphs([{ number: 1, width: 612, height: 792, items }]);
  for (const [first, rest] of entries) assert.ok(got.includes(`${first} ${rest}`), got.join('\n'));
}

describe('PDF layout on recorded items', () => {
  const cases: { name: string; what: string; paragraphs: string[] }[] = [
    {
      name: 'biviz-list-hanging',
      what: 'a hanging biblatex list: one-line entries, a short last line, a DOI and addresses broken at a slash, a dot or a hyphen, a year range, a new page',
      paragraphs: [
        'Bannert, Matthias (2022). DevOps Carpentry. url: https://devops-carpentry.github.io/book/ (besucht am 30. 01. 2023).',
        'Bartram, Lyn, Abhisekh Patra und Maureen Stone (2017). “Affective Color in Visualization”. In: Proceedings of the 2017 CHI Conference on Human Factors in Computing Systems. Denver Colorado USA: ACM, S. 1364–1374. doi: 10.1145/3025453.3026041.',
        'Borland, David und Russell M. Taylor Ii (2007). “Rainbow Color Map (Still) Considered Harmful”. In: IEEE Computer Graphics and Applications 27.2, S. 14–17. doi: 10.1109/MCG.2007.323435.',
        'Bryan, Jennifer (2017). Project-oriented workflow. url: https://www.tidyverse.org/blog/2017/12/workflow-vs-script/ (besucht am 16. 01. 2023).',
        'Diaz-Bone, Rainer (2006). Statistik für Soziologen. UTB für Wissenschaft : Uni-Taschenbücher. Konstanz: UVK Verlagsgesellschaft.',
        'Gerste, Ronald D. (2022). Die Heilung der Welt: das Goldene Zeitalter der Medizin 1840-1914. Stuttgart: Klett-Cotta.',
        'Snow, John (1855). On the Mode of Communication of Cholera. 2. Auflage. London.',
        'Spiegelhalter, David (2020). The art of statistics: learning from data. Paperback edition. UK: Pelican Books.',
        '– (2011). “testthat: Get Started with Testing”. In: The R Journal 3.1. https://testthat.r-lib.org/, S. 5. doi: 10.32614/RJ-2011-002.',
        '– (2014). “Tidy Data”. In: Journal of Statistical Software 59, S. 1–23. doi: 10.18637/jss.v059.i10.',
        '– (2016). Ggplot2. New York, NY: Springer Science+Business Media, LLC.',
        '– (2019). Advanced R. Second edition. Boca Raton: CRC Press/Taylor und Francis Group.',
        '– (2022). The tidyverse style guide. https://github.com/tidyverse/style. url: https : / / style.tidyverse.org (besucht am 27. 01. 2023).',
      ],
    },
    {
      name: 'uhh-list-accent',
      what: 'a dot accent drawn after a space over the next letter, addresses broken after a slash',
      paragraphs: [
        'Bobba, Giuliano, Antonella Seddone und Christina Cremonesi (2017). “The Age Of Populism? An Analysis Of Facebook Political Communication In Italy, France, And Spain”. In: ECPR General Conference 2017. Oslo. URL: https://ecpr.eu/Events/PaperDetails.aspx?PaperID=35518&EventID=96 (besucht am 08. 07. 2018).',
        'Forchtner, Bernhard, Michał Krzyżanowski und Ruth Wodak (2013). “Mediatization, Right-Wing Populism and Political Campaigning: The Case of the Austrian Freedom Party”. In: Media Talk and Political Elections in Europe and America. Palgrave Macmillan, London, S. 205–228. ISBN: 978-1-349-44519-6 978-1-137-27332-1. DOI: 10.1057/9781137273321_10. URL: https://link.springer.com/chapter/10.1057/9781137273321_10 (besucht am 08. 07. 2018).',
      ],
    },
    {
      name: 'biviz-contents',
      what: 'tables of contents and of figures: one entry a paragraph, an entry over two lines joined',
      paragraphs: [
        '1 Einleitung 5',
        '2 Von Datenwerten zur Visualisierung 8',
        '2.1 Das kartesische Koordinatensystem als Positionsskala . . . . . . . . . . . . 10',
        '2.2 Farbe als Steuerungsinstrument . . . . . . . . . . . . . . . . . . . . . . . . . 12',
        '2.2 Anzahl brennbare Abfälle und Sperrgut je Gemeinde im Jahr 2021. Eigene Darstellung. . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 11',
        '2.4 Zahlen mit und ohne präattentivem Merkmal. Quelle: (Nussbaumer Knaflic 2017, S. 86). . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 13',
        '2.5 Das R Paket colorspace (Zeileis u. a. 2020) ist ein flexibles Werkzeug um eigene Farbpaletten zu erstellen (beispielsweise eine Okabe Ito Farbskala) oder auf bestehende Skalen zuzugreifen. Eigene Darstellung. . . . . . . . . . 14',
      ],
    },
    {
      name: 'acmtog-list-columns',
      what: 'two columns: a code line of body type beside a reference list set smaller, the list down the right column, its last entry alone at the top of the next page after an entry that ends with an address',
      paragraphs: [
        'Sarah Cohen, Werner Nutt, and Yehoshua Sagic. 2007. Deciding equivalances among conjunctive aggregate queries. J. ACM 54, 2, Article 5 (April 2007), 50 pages. https://doi.org/10.1145/1219092.1219093 The Name of the Title Is Hope • 111:5',
        'Bruce P. Douglass, David Harel, and Mark B. Trakhtenbrot. 1998. Statecarts in use: structured analysis and object-orientation. In Lectures on Embedded Systems, Grzegorz Rozenberg and Frits W. Vaandrager (Eds.). Lecture Notes in Computer Science, Vol. 1494. Springer-Verlag, London, 368–394. https://doi.org/10.1007/3-540-65193-4_29',
        'Ian Editor (Ed.). 2007. The title of book one (1st. ed.). The name of the series one, Vol. 9. University of Chicago Press, Chicago. https://doi.org/10.1007/3-540-09237-4',
        'Torben Hagerup, Kurt Mehlhorn, and J. Ian Munro. 1993. Maintaining Discrete Probability Distributions Optimally. In Proceedings of the 20th International Colloquium on Automata, Languages and Programming (Lecture Notes in Computer Science, Vol. 700). Springer-Verlag, Berlin, 253–264.',
        'Rafal Ablamowicz and Bertfried Fauser. 2007. CLIFFORD: a Maple 11 Package for Clifford Algebra Computations, version 11. Retrieved February 28, 2008 from http://math.tntech.edu/rafal/cliff11/index.html',
        'Lars Hörmander. 1985a. The analysis of linear partial differential operators. III. Grundlehren der Mathematischen Wissenschaften [Fundamental Principles of Mathematical Sciences], Vol. 275. Springer-Verlag, Berlin, Germany. viii+525 pages. Pseudodifferential operators.',
        'Harry Thornburg. 2001. Introduction to Bayesian Statistics. Retrieved March 2, 2005 from http://ccrma.stanford.edu/~jos/bayes/bayes.html',
        'Boris Veytsman. 2017. acmart—Class for typesetting publications of ACM. Retrieved May 27, 2017 from http://www.ctan.org/pkg/acmart',
        'language=french]{acmart}',
      ],
    },
    {
      name: 'ascelike-accents',
      what: 'a hanging list made by dvips and Ghostscript: accents drawn at the end of one item over the first letter of the next, a compound and a word broken at the line end',
      paragraphs: [
        'Duvant, G. and Lions, J. L. (1972). Les inéquations en méchanique et en physique. Dunod, Paris, France (in French).',
        'Eshenaur, S. R., Kulicki, J. M., and Mertz, D. R. (1991). “Retrofitting distortion-induced fatigue cracking of non-composite steel girder-floorbeam-stringer bridges.” Proc., 8th Annual Int. Bridge Conf., Engineers’ Soc. of Western Pennsylvania, Pittsburgh, Pa., 380–388.',
        'Garrett, D. L. (2003). “Coupled analysis of floating production systems.” Proc., Int. Symp. on Deep Mooring Systems, (CD-ROM), ASCE, Reston, VA, 152–167.',
      ],
    },
    {
      name: 'heinemann-list-flush',
      what: 'a flush-left list (pandoc-citeproc, no hanging indent): a line that leaves a parenthesis open ("(J.") goes on in the next, though that starts like a name; the entries after it are still their own',
      paragraphs: [
        'Fadel, C., Bialik, M., Trilling, B. & Schleicher, A. (2017). Die vier Dimensionen der Bildung. (J. Muuß-Merholz, Übers.). Hamburg: Verlag ZLL21 e.V., Zentralstelle für Lernen und Lehren im 21. Jahrhundert e.V.',
        'Flasdick, J., Goertz, L., Krämer, H., Michel, L.P. & Bundesinstitut für Berufsbildung (Hrsg.). (2009). Strukturwandel in Medienberufen: neue Profile in der Content-Produktion (Berichte zur beruflichen Bildung). Bielefeld: Bertelsmann.',
        'Cleland, S. & Mann, S. (2003). Agility in the Classroom: Using Agile Development Methods to Foster Team Work and Adaptability amongst Undergraduate Programmers. 16th Annual NACCQ.',
        'Hui, T.H. & Umar, I.N. (2011). Does a Combination of Metaphor and Pairing Activity Help Programming Performance of Students with Different Self-Regulated Learning Level? TOJET: The Turkish Online Journal of Educational Technology, 10 (4).',
      ],
    },
    {
      name: 'jose-list-flush-word',
      what: 'a list set as Word sets one with no hanging indent and no gap (flush left, justified): an entry that ends with an address, not a full stop, on a short line ends before the next name; after a full line that ends with an address, a line with authors and a bracketed year opens an entry',
      paragraphs: [
        'Allaire, J., Xie, Y., McPherson, J., Luraschi, J., Ushey, K., Atkins, A., Wickham, H., et al. (2018). Rmarkdown: Dynamic documents for R. Retrieved from https://rmarkdown. rstudio.com',
        'Bartoń, K. (2018). MuMIn: Multi-model inference. Retrieved from https://CRAN.R-project.org/package=MuMIn',
        'Bates, D., Mächler, M., Bolker, B., & Walker, S. (2015). Fitting linear mixed-effects models using lme4. Journal of Statistical Software, 67 (1), 1–48. doi:10.18637/jss.v067.i01',
        'Fox, J., & Weisberg, S. (2011). An R companion to applied regression (2nd ed.). Thousand Oaks, CA, USA: Sage. Retrieved from https://socialsciences.mcmaster.ca/jfox/Books/ Companion-2E',
      ],
    },
    {
      name: 'eps-list-flush-word',
      what: 'the same kind of list over three pages: an entry that ends with a DOI at the foot of a page ends there when the next page opens with a name',
      paragraphs: [
        'Barbier, J.M. (2013). Un nouvel enjeu pour la recherche en formation : entrer par l’activité. Savoirs, 3(33), 9-22. https://doi.org/10.3917/savo.033.0009',
        'Quidu, M. et Favier-Ambrosini, B. (2014). L’articulation des données en première et troisième personnes. De la genèse d’une méthodologie originale en Science du sport. Intellectica, 62(2), 7-34. https://doi. org/10.3406/intel.2014.1031.',
        'Sève, C. et Saury, J. (2010). Un programme de recherche en STAPS fondé sur la théorie du cours d’action. eJRIEPS. https://doi.org/10.4000/ejrieps.4829',
        'St-Arnaud, Y. (1992). Connaître par l’action. Les Presses de l’Université de Montréal.',
      ],
    },
    {
      name: 'ecos-list-flush-word',
      what: 'a Word list set flush left: an entry that opens with an organisation in capitals, a dash and its name ("NBS – National Bureau …") starts after a full line that ended an entry',
      paragraphs: [
        'NBS – National Bureau of Statistics of China. China Labour Statistical Yearbook, several editions.',
        'NBS – National Bureau of Statistics of China. 年全国农民工监测调查报告. 2012. Annual report on rural migrant workers monitoring survey. May 27, 2013. Available at: https://www.gov.cn/gzdt/2013-05/27/content_2411923.htm. Last access: Jan. 14, 2024.',
      ],
    },
    {
      name: 'execpay-list-spaced-word',
      what: 'a Word list set flush left with space after every paragraph, where writers also started paragraphs inside entries: a page range broken at its dash, a title broken mid-way, "Available at:" and an address set apart go on; an entry after an address opens one',
      paragraphs: [
        'Jensen, M.C. and Meckling, W.H. (1976) ‘Theory of the firm: Managerial behavior, agency costs and ownership structure’, Journal of Financial Economics, 3(4), pp. 305–360. Available at: https://pdf.sciencedirectassets.com/271671/1-s2.0-S0304405X00X01572/1-s2.0-0304405X7690026X/main.pdf?X-Amz-Security-Token',
        'Jensen, M.C. and Murphy, K.J. (1990) ‘Performance Pay and Top-Management Incentives’, Journal of Political Economy, 98(2), pp. 225–264. Available at: https://www.jstor.org/stable/2937665?seq=1',
        'Arellano, M. and Bond, S. (1991) ‘Some tests of specification for panel data: Monte Carlo evidence and an application to employment equations’, Review of Economic Studies, 58(2), pp. 277–297. Available at: https://people.stern.nyu.edu/wgreene/Econometrics/Arellano-Bond.pdf',
        'High Pay Centre (2024) Analysis of UK CEO pay in 2023. Available at: https://highpaycentre.org/wp-content/uploads/2024/08/CEO-pay-report-2024-ACTUAL-FINAL.pdf',
        'Investment Association (2024) Principles of Remuneration. Available at: https://www.theia.org/sites/default/files/2024-10/Principles%20of%20Remuneration%202025%20-%20Final.pdf',
        'Roodman, D. (2008) ‘A note on the theme of too many instruments’, Oxford Bulletin of Economics and Statistics. Available at: https://www.cgdev.org/sites/default/files/14256_file_Instruments.pdf',
        'Securities and Exchange Commission (SEC) (2023) ‘Listing Standards for Recovery of Erroneously Awarded Compensation (Clawbacks)’. Fact Sheet. Available at: https://www.sec.gov/files/33-11126-fact-sheet.pdf',
      ],
    },
    {
      name: 'land-list-ragged-word',
      what: 'a list set flush left and ragged right with no gap: a DOI alone on an entry\'s last line stays in that entry, and a name with a bracket before its bracketed year ("Satsan (Herb George). (2019, July).") opens the next',
      paragraphs: [
        'Datta, R. K. (2018). Rethinking environmental science education from Indigenous knowledge perspectives: An experience with a Dene First Nation community. Environmental Education Research, 24(1), 50–66. doi:10.1080/13504622.2016.1219980',
        'Robertson, S., & Ljubicic, G. (2019). Nunamii’luni quvianaqtuq (It is a happy moment to be on the land): Feelings, freedom and the spatial political ontology of well-being in Gjoa Haven and Tikiranajuk, Nunavut. Environment and Planning D: Society and Space, 37(3), 542–560. doi:10.1177/0263775818821129',
        'Satsan (Herb George). (2019, July). The Indian Act: An introduction and overview. Paper presented at the Transformational Governance Project, Dzawada’enuxw.',
      ],
    },
    {
      name: 'sedimentos-list-flush-word',
      what: 'an ABNT list set flush left and justified with no gap: a surname in capitals before an initial with no full stop ("HATJE, V;") opens an entry',
      paragraphs: [
        'GREEN, E.P.; MUMBY, P.J.; EDWARDS, A.J.; CLARK, C.D. Remote Sensing Handbook for Tropical Coastal Management. Coastal Management Sourcebooks. Paris: UNESCO, p.316, 2000.',
      ],
    },
    {
      name: 'mapa-list-addresses',
      what: 'an APA list in the right column beside figures, its addresses broken anywhere: inside a name ("https://github.com/c" + "rsh/papaja"), after a slash over three lines',
      paragraphs: [
        'Aust, F., & Barth, M. (2020). papaja: Create APA manuscripts with R Markdown. https://github.com/crsh/papaja',
        'Beitzel, B. D. (2021). Formatting documents in APA style (7th Edition) with the apa7 LaTeX class. http://ctan.math.washington.edu/tex-archive/macros/latex/contrib/apa7/apa7.pdf',
        'Wickham, H. (2016). ggplot2: Elegant graphics for data analysis. Springer-Verlag New York. https://ggplot2.tidyverse.org',
        'Xie, Y. (2019). TinyTeX: A lightweight, cross-platform, and easy-to-maintain LaTeX distribution based on TeX live. TUGboat, 1, 30–32. http://tug.org/TUGboat/Contents/contents40-1.html',
      ],
    },
    {
      name: 'tesis-accent-vowel',
      what: 'an accent drawn after its vowel at the end of an item, the next item drawn over it',
      paragraphs: ['el formato del pdf es para ser impreso por los dos lados, por eso incluye algunas páginas en blanco (por ejemplo, la página de atrás de la portada), y también los números de página se van alternando entre izquierda y derecha'],
    },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.what}`, () => {
      const got = paragraphs(recorded(c.name));
      for (const want of c.paragraphs) assert.ok(got.includes(want), `missing paragraph:\n${want}\n\nparagraphs:\n${got.join('\n')}`);
    });
  }

  it('land-list-flush-word: an entry after a DOI opens with its particle ("de Finney, S."); its authors go on in a line that opens like an entry ("Kelly, L., & Andrew, K. (2020).") after a comma', () => {
    const got = paragraphs(recorded('land-list-flush-word'));
    const finney = got.find((p) => p.startsWith('de Finney, S., Wright Cardinal, S.'));
    assert.ok(finney?.includes('Underwood, T., Kelly, L., & Andrew, K. (2020).') && finney.endsWith('Family Studies, 11(3).'), got.join('\n'));
    assert.ok(got.some((p) => p.startsWith('Datta, R. K. (2018).') && p.endsWith('doi:10.1080/13504622.2016.1219980')), got.join('\n'));
    assert.ok(got.includes('Deloria, V., Jr. (1969). Custer died for your sins: An Indian manifesto. Macmillan.'), got.join('\n'));
    assert.ok(!got.some((p) => p.startsWith('Kelly, L.')), got.join('\n'));
  });

  it('made-up-list-parts: a list under "Literatur- und Quellenverzeichnis" whose first line heads a part ("Monographien") is read as a list; the part headings are paragraphs of their own', () => {
    const got = paragraphs(recorded('made-up-list-parts'));
    for (const want of [
      'Monographien',
      'Meyer, Anna/Schulz, Peter (2018): Digitale Arbeit und soziale Ungleichheit. Eine empirische Untersuchung zur Lage der Beschäftigten. Wiesbaden: Springer VS.',
      'Schmidt, Karl (2015): Arbeit im Wandel. Eine Einführung in die Arbeitssoziologie. 2. Aufl., München: C.H. Beck.',
      'Internetquellen',
      'Statistisches Bundesamt (2021): Erwerbstätigkeit in Deutschland. Online verfügbar unter https://www.destatis.de/DE/Themen/Arbeit/Arbeitsmarkt/Erwerbstaetigkeit/_inhalt.html, zuletzt geprüft am 12.03.2022.',
    ]) assert.ok(got.includes(want), `missing paragraph:\n${want}\n\nparagraphs:\n${got.join('\n')}`);
  });

  it('a short line that ends an entry\'s words is no part heading: "Springer Verlag" after "Berlin:" goes on (made-up lines)', () => {
    const items: PdfItem[] = [line('Literaturverzeichnis', 72, 720, 14)];
    items.push(line('Müller, Hans (2010): Globalisierung und Arbeit. Berlin:', 72, 700), line('Springer Verlag', 72, 688), line('Schmidt, Karl (2015): Arbeit im Wandel. München: Beck.', 72, 676));
    const got = paragraphs([{ number: 1, width: 612, height: 792, items }]);
    assert.ok(got.includes('Müller, Hans (2010): Globalisierung und Arbeit. Berlin: Springer Verlag'), got.join('\n'));
  });

  it('made-up-footnotes: a note\'s mark raised after a year stays apart from it; the notes at the foot, numbered one a line down the page, are notes and not a line numbering', () => {
    const text = layoutPages(recorded('made-up-footnotes')).text;
    assert.ok(text.includes('Im Fall 1 argumentiert Weber 2012 1 ähnlich wie Schmidt (2015)2,'), text);
    assert.ok(!text.includes('20121'), text);
    const notes = text.slice(text.indexOf('\n\nNotes\n\n'));
    assert.ok(text.includes('\n\nNotes\n\n') && notes.includes('1Vgl. ebd., S. 1.') && notes.includes('21Siehe auch Meyer/Schulz 2018, S. 37 f.'), text);
  });

  it('heinemann-list-title-date: a line that opens with a title\'s last words before the bracketed date ("Digital und Print. (2015, September).") goes on the entry above', () => {
    const got = paragraphs(recorded('heinemann-list-title-date'));
    assert.ok(got.includes('Rahmenlehrplan für den Ausbildungsberuf Mediengestalter Digital und Print und Mediengestalterin Digital und Print. (2015, September). Kultusminister Konferenz.'), got.join('\n'));
    assert.ok(got.includes('Wagh, R. (2012). Using Scrum for Software Engineering Class Projects. In (S. 68–71). IEEE.'), got.join('\n'));
  });

  it('sedimentos-list-flush-word: "HATJE, V; BARROS, F.C." opens an entry after one that ends with its year', () => {
    const got = paragraphs(recorded('sedimentos-list-flush-word'));
    assert.ok(got.some((p) => p.startsWith('HATJE, V; BARROS, F.C. R. de ; FIGUEIREDO, D.G.')), got.join('\n'));
  });

  it('uhh-running-heads: a running head that prints its page number is dropped even on one page, the chapter heading under it kept', () => {
    const { text } = layoutPages(recorded('uhh-running-heads'));
    for (const head of ['1 Einleitung 1', '3 Reaktionen 8', 'Ebene 0 (chapter) 3', 'Ebene 0 (chapter) 4']) assert.ok(!text.includes(head), `${head} in:\n${text}`);
    for (const heading of ['1 Einleitung\n', '3 Reaktionen\n', '2 Überschrift auf Ebene 0 (chapter)\n']) assert.ok(text.includes(heading), `${heading} not in:\n${text}`);
  });

  it('a Word list with a little space after each entry (28.7 pt against 20.7 pt): an entry that does not open like one ("Wang CC.") is its own after a DOI (made-up lines after found PDF 20)', () => {
    const rows: [string, number][] = [
      ['Simon, M., Ragas, D., & Murphy, K. (2014). Leveraging a Community-Based Research Approach to Explore Research', 602],
      ['Perceptions. Journal of Community Engagement and Scholarship, 7(1).', 581.4],
      ['https://doi.org/10.54656/lnyx7578', 560.8],
      ['Wang CC. Youth participation in photovoice as a strategy for community change. J Community', 532],
      ['Pract. 2016;14: 147–161.', 511.3],
      ['Hulley, S. B., Cummings, S. R., & Newman, T. B. (2013). Designing Clinical Research. Lippincott', 482.6],
      ['Williams & Wilkins', 461.9],
    ];
    const items = [line('REFERENCES', 281.8, 680, 12), ...rows.map(([t, y]) => ({ ...line(t, 72, y, 12), width: t.length > 40 ? 467.8 : t.length * 6 }))];
    const got = paragraphs([{ number: 1, width: 612, height: 792, items }]);
    assert.deepEqual(got.slice(1), [
      'Simon, M., Ragas, D., & Murphy, K. (2014). Leveraging a Community-Based Research Approach to Explore Research Perceptions. Journal of Community Engagement and Scholarship, 7(1). https://doi.org/10.54656/lnyx7578',
      'Wang CC. Youth participation in photovoice as a strategy for community change. J Community Pract. 2016;14: 147–161.',
      'Hulley, S. B., Cummings, S. R., & Newman, T. B. (2013). Designing Clinical Research. Lippincott Williams & Wilkins',
    ]);
  });

  it('monografia-list-spaced-abntex: an abnTeX2 list set flush left with a gap between entries: a line at the lines\' pitch goes on with its entry, however it opens ("… São" + "Paulo: Editora Cultura Cristã, 2010.")', () => {
    const [page] = recorded('monografia-list-spaced-abntex');
    const got = paragraphs([{ ...page, items: [line('Referências', 260, 780, 12), ...page.items] }]);
    assert.ok(got.some((p) => p.startsWith('HORTON, M. Cristianismo sem Cristo: Um apelo evangélico autêntico. São Paulo: Editora Cultura Cristã, 2010.') && p.endsWith('ISBN 9788576223122.')), got.join('\n'));
    assert.ok(got.some((p) => p.startsWith('GONDIM, G. G. Dano moral transindividual para o vazamento de dados pessoais. 2023.')), got.join('\n'));
    assert.equal(got.filter((p) => p.startsWith('Paulo:')).length, 0, got.join('\n'));
  });

  it('a list set apart by gaps: past the gap, a line that ended a sentence ends its entry however full, when a capital follows (lines of found PDF 24)', () => {
    const rows: [string, number, number][] = [
      ['SCHAEFFER, F. A. Como viveremos? 1. ed. São Paulo: Editora Cultura Cristã,', 306.7, 523.4],
      ['2002.', 292.3, 111.7],
      ['SEGUNDO, C. P. C. Cartas: Livro X: Tradução completa. [S.l.]: Domínio público,', 268.2, 527.2],
      ['s.d. Tradução extraoficial disponível em PDF. Utilizado o trecho da Carta 96, p. 272.', 253.7, 530.3],
      ['Serviço Federal de Processamento de Dados (SERPRO). Linha do tempo da', 229.7, 502.8],
      ['proteção de dados no Brasil. 2022. Acesso em: 30 jun. 2025. Disponível em:', 215.2, 507.8],
      ['<https://www.serpro.gov.br/lgpd/menu/arquivos/linha-do-tempo-1/view>.', 200.8, 476.1],
      ['SILVA, I. Vídeo: missa é interrompida após mulher flagrar marido com', 176.7, 509.5],
      ['amante na igreja. 2023. Acesso em: 2 maio 2025.', 162.3, 380],
    ];
    const items = [line('Referências', 260, 340, 12), ...rows.map(([t, y, x1]) => ({ ...line(t, 85, y, 12), width: x1 - 85 }))];
    const got = paragraphs([{ number: 1, width: 595, height: 842, items }]);
    assert.deepEqual(got.slice(1), [
      'SCHAEFFER, F. A. Como viveremos? 1. ed. São Paulo: Editora Cultura Cristã, 2002.',
      'SEGUNDO, C. P. C. Cartas: Livro X: Tradução completa. [S.l.]: Domínio público, s.d. Tradução extraoficial disponível em PDF. Utilizado o trecho da Carta 96, p. 272.',
      'Serviço Federal de Processamento de Dados (SERPRO). Linha do tempo da proteção de dados no Brasil. 2022. Acesso em: 30 jun. 2025. Disponível em: <https://www.serpro.gov.br/lgpd/menu/arquivos/linha-do-tempo-1/view>.',
      'SILVA, I. Vídeo: missa é interrompida após mulher flagrar marido com amante na igreja. 2023. Acesso em: 2 maio 2025.',
    ]);
  });

  it('the short last line of an indented block quotation is not a centred heading: the citation it ends stays whole (lines of found PDF 24)', () => {
    const rows: [string, number, number, number, number][] = [
      ['A Igreja, segundo o Catecismo de Heidelberg, pergunta e resposta', 562, 85, 538.3, 12],
      ['55, ensina:', 534.6, 85, 139, 12],
      ['P. 55. Como você entende as palavras: “a comunhão dos santos”?', 507.2, 228.2, 519.1, 10],
      ['R. Primeiro: entendo que todos os crentes, juntos e cada um por si,', 495.3, 228.2, 538.3, 10],
      ['têm, como membros, comunhão com Cristo, o Senhor, e todos os seus', 483.3, 228.2, 538.2, 10],
      ['ricos dons. Segundo: que todos devem sentir-se obrigados a usar seus', 471.4, 228.2, 538.2, 10],
      ['dons com vontade e alegria para o bem dos outros membros (Igrejas', 459.4, 228.2, 538.2, 10],
      ['Reformadas da Alemanha, 1563).', 447.5, 228.2, 373.4, 10],
      ['O Catecismo destaca não apenas o privilégio da comunhão com Cristo, mas tam-', 417, 120.4, 538.3, 12],
      ['bém o dever alegre de empregar os dons recebidos em benefício da comunidade.', 399.1, 85, 538.3, 12],
    ];
    const items = rows.map(([t, y, x0, x1, size]) => ({ ...line(t, x0, y, size), width: x1 - x0 }));
    const { text } = layoutPages([{ number: 1, width: 595, height: 842, items }]);
    assert.ok(text.includes('para o bem dos outros membros (Igrejas Reformadas da Alemanha, 1563).'), text);
  });

  it('a short centred line at the top of the next page ends the list\'s last entry: the heading of the part after it (made-up lines after found PDF 20)', () => {
    const body = (t: string, y: number): PdfItem => ({ ...line(t, 72, y, 12), width: 467.6 });
    const pages: PdfPage[] = [
      {
        number: 1,
        width: 612,
        height: 792,
        items: [
          line('REFERENCES', 281.8, 700, 12),
          body('Lahti, A. (2017, December 13). Too much? Excessive sexual experiences and the sexual', 671),
          { ...line('stories. Subjectivity, 11(1), 21–39. https://doi.org/10.1057/s41286-017-0041-z', 72, 650.4, 12), width: 380 },
          body('Scott, K. W., & Howell, D. (2008, June). Clarifying Analysis and Interpretation in Grounded', 621.7),
          { ...line('Theory. International Journal of Qualitative Methods, 7(2), 1–15. https://doi.org/10.1177/160940690800700201', 72, 601, 12), width: 420 },
        ],
      },
      {
        number: 2,
        width: 612,
        height: 792,
        items: [
          line('PART 2', 286, 708.8, 12),
          body('A CRITICAL APPRAISAL OF THE RESEARCH PAPER “USING PARTICIPATORY ACTION RESEARCH TO', 685.9),
          body('EXAMINE BARRIERS AND FACILITATORS TO PHYSICAL ACTIVITY”. The paper asks what keeps', 665.1),
          body('rural adolescents with cerebral palsy from physical activity, and it answers with them.', 644.3),
        ],
      },
    ];
    const got = paragraphs(pages);
    assert.ok(got.includes('Scott, K. W., & Howell, D. (2008, June). Clarifying Analysis and Interpretation in Grounded Theory. International Journal of Qualitative Methods, 7(2), 1–15. https://doi.org/10.1177/160940690800700201'), got.join('\n'));
  });

  it('a list that indents the first line of each entry is split at the indents (made-up lines)', () => {
    const entries = [
      ['Adams, J. (1963). Towards an understanding of inequity. Journal of Abnormal', 'Psychology, 67, 422–436.'],
      ['Arendt, H. (2005). Sobre la violencia. Alianza Editorial, Madrid, segunda', 'edición revisada.'],
      ['Bufacchi, V. (2007). Violence and social justice. Palgrave Macmillan,', 'Basingstoke.'],
    ];
    assertEntries('Referencias', entries, 90, 72);
  });

  it('acmtog-list-columns: a letter set lower in a logo ("T" "E" "X") stays in its line, not in the other column\'s line between', () => {
    const { text } = layoutPages(recorded('acmtog-list-columns'));
    assert.ok(text.includes('Institutional members of the TEX Users Group. Retrieved May 27, 2017 from http://wwtug.org/instmem.html'), text);
    assert.ok(text.includes('Leslie Lamport. 1986. LATEX: A Document Preparation System.'), text);
  });

  const accents: { pieces: [string, string]; word: string }[] = [
    { pieces: ['el resumen en espa\u02dc', 'nol y en otra lengua'], word: 'español' },
    { pieces: ['a tese n\u00e3o, mas sim na\u02dc', 'o e talvez'], word: 'não' },
    { pieces: ['redacte aqu\u00b4', '\u0131 el resumen'], word: 'aquí' },
    { pieces: ['la p\u00b4', 'agina de atr\u00e1s'], word: 'página' },
  ];
  for (const c of accents) {
    it(`an accent drawn at an item's end over the next goes on its letter: ${c.word} (made-up items)`, () => {
      const [a, b] = c.pieces;
      const first: PdfItem = { str: a, x: 72, y: 700, width: a.length * 5, size: 10 };
      const items = [first, { str: b, x: 72 + a.length * 5 - 5, y: 700, width: b.length * 5, size: 10 }];
      const { text } = layoutPages([{ number: 1, width: 612, height: 792, items }]);
      assert.ok(text.includes(c.word), text);
    });
  }

  it('aapm-line-numbers: the line numbers of a manuscript, in the margin and in the gutter, are not read', () => {
    const got = paragraphs(recorded('aapm-line-numbers'));
    assert.ok(
      got.includes('The “lead paragraph” is encapsulated with the LATEX quotation environment and is formatted as a single paragraph before the first section heading. (The quotation environment reverts to its usual meaning after the first sectioning command.) Note that numbered references are allowed in the lead paragraph. The lead paragraph will only be found in an article being prepared for the journal Chaos.'),
      got.join('\n'),
    );
    assert.ok(!got.some((p) => /^\d{1,3}$/.test(p)), got.join('\n'));
  });

  it('a table column of numbers under its caption is kept (made-up lines)', () => {
    // Prose above and below, so that the table is not at the page's head or foot (where bare numbers are page numbers).
    const items: PdfItem[] = [line('The counts were taken by hand before the reader was run on any of them.', 72, 760)];
    items.push(line('Table 1. Counts of citations found in each of the five essays read', 72, 620));
    ['12', '7', '31', '4', '19', '23'].forEach((n, k) => items.push(line(`Essay ${k + 1}`, 72, 600 - k * 12), line(n, 200, 600 - k * 12)));
    items.push(line('Each count is of the citations in the body of the essay, not in its notes.', 72, 300));
    const { text } = layoutPages([{ number: 1, width: 612, height: 792, items }]);
    for (const n of ['12', '31', '19', '23']) assert.ok(new RegExp(`\\b${n}\\b`).test(text), text);
  });

  it('the numbers of a numbered reference list are kept: they step by one at the uneven pitch of the entries (made-up lines)', () => {
    const items: PdfItem[] = [line('The numbers were checked against the list in the body of the essay itself.', 90, 760), line('References', 90, 700, 14)];
    let y = 680;
    [2, 1, 3, 2, 1].forEach((lines, k) => {
      items.push(line(String(k + 1), 78, y));
      for (let j = 0; j < lines; j++) items.push(line(`Author${k} A, Writer B. A title of the work that runs on, part ${j}.`, 90, y - j * 12));
      y -= lines * 12 + 4;
    });
    items.push(line('Received on the first of May and accepted after review in the autumn.', 90, 300));
    const got = paragraphs([{ number: 1, width: 612, height: 792, items }]);
    for (let k = 1; k <= 5; k++) assert.ok(got.some((p) => p.startsWith(`${k} Author${k - 1} A`)), got.join('\n'));
  });

  it('marxismo-list-small-word: a list set smaller than the body under its heading in the page\'s lowest fifth is the list, not notes', () => {
    const got = paragraphs(recorded('marxismo-list-small-word'));
    const heading = got.indexOf('Bibliografía');
    const first = got.indexOf('Badiou, Alain. 1982. Théorie du sujet. Ordre philosophique. Paris: Éditions du Seuil.');
    assert.ok(heading >= 0 && first === heading + 1, got.join('\n'));
    assert.ok(got.includes('———. 1988. L’Être et l’événement. Seuil. Paris.'), got.join('\n'));
    assert.ok(!got.includes('Notes'), got.join('\n'));
  });

  it('korpus-list-columns-word: a list in two columns under its heading, below one-column text on the same page, is read column by column', () => {
    const got = paragraphs(recorded('korpus-list-columns-word'));
    assert.ok(got.includes('Bański, Piotr / Bingel, Joachim / Diewald, Nils / Frick, Elena / Hanl, Michael / Kupietz, Marc / Pęzik, Piotr / Schnober, Carsten / Witt, Andreas (2013): "KorAP: the new corpus analysis platform at IDS Mannheim." Präsentiert auf der 6th Conference on Language and Technology (LTC-2013), Poznan, Polen, Dezember 2013.'), got.join('\n'));
    assert.ok(got.some((p) => p.startsWith('Bartz, Thomas / Beißwenger, Michael / Storrer, Angelika (2014):') && p.endsWith('28, 1: 157-198.')), got.join('\n'));
  });

  it('a table of two columns under one-column text, with no list heading above it, is read row by row (made-up lines)', () => {
    const items: PdfItem[] = [line('Table 2', 72, 720, 13)];
    for (let y = 700; y > 380; y -= 18) items.push(line('The gold standard held for most of the period, and the exchange rates moved little.', 72, y, 11));
    const rows = [['Britain', '1821–1914'], ['France', '1878–1914'], ['Germany', '1873–1914'], ['Japan', '1897–1917'], ['Russia', '1897–1914'], ['United States', '1879–1933']];
    rows.forEach(([a, b], k) => items.push(line(a, 72, 340 - k * 14, 10), line(b, 330, 340 - k * 14, 10)));
    const text = layoutPages([{ number: 1, width: 612, height: 792, items }]).text;
    assert.ok(text.indexOf('Britain') < text.indexOf('1821–1914') && text.indexOf('1821–1914') < text.indexOf('France'), text);
  });

  it('manguezais-list-columns-word: an entry\'s last line of numbers alone ("55, 2017.") at a page\'s foot is no running foot, though a line of the same shape ("11950, 2014.") heads the next page', () => {
    const got = paragraphs(recorded('manguezais-list-columns-word'));
    assert.ok(got.includes('ELLIFF, Carla I.; KIKUCHI, R. K.P. Ecosystem services provided by coral reefs in a Southwestern Atlantic Archipelago. Ocean & coastal management, v. 136, p. 49-55, 2017.'), got.join('\n'));
    assert.ok(got.some((p) => p.includes('11950, 2014.')), got.join('\n'));
  });

  it('a date alone at the foot of every page is a running foot (made-up lines)', () => {
    const pages: PdfPage[] = [1, 2, 3].map((n) => ({
      number: n,
      width: 612,
      height: 792,
      items: [line(`Page ${n} says that the parity was restored in the spring and held for six years.`, 72, 700, 11), line('07.12.2026', 72, 60, 9)],
    }));
    assert.ok(!layoutPages(pages).text.includes('07.12.2026'), layoutPages(pages).text);
  });

  const feet: { what: string; foot: string[]; notes: boolean; headingSize?: number }[] = [
    { what: 'a numbered note under the body\'s last line', foot: ['1 See Eichengreen (1992, 31–35) on the sterling parity of 1925.'], notes: true },
    { what: 'a licence line in the page\'s lowest fifth under the body\'s last line', foot: ['This work is licensed under a Creative Commons Attribution 4.0 licence.'], notes: true },
    { what: 'small entries under a heading set larger than the body', foot: ['References', 'Eichengreen, B. (1992), Golden Fetters, New York: Oxford University Press.'], notes: false },
    { what: 'a list whose heading is set as small as its entries', foot: ['References', 'Eichengreen, B. (1992), Golden Fetters, New York: Oxford University Press.'], notes: false, headingSize: 8 },
  ];
  for (const c of feet) {
    it(`small type at a page's foot: ${c.what} ${c.notes ? 'is a note' : 'stays in place'} (made-up lines)`, () => {
      const items: PdfItem[] = [];
      for (let y = 720; y > 200; y -= 20) items.push(line('The pound returned to gold at its old parity, and the exporters paid for it in lost trade.', 72, y, 11));
      c.foot.forEach((t, k) => items.push(line(t, 72, 140 - k * 14, k === 0 && c.foot.length > 1 ? (c.headingSize ?? 13) : 8)));
      const got = paragraphs([{ number: 1, width: 612, height: 792, items }]);
      const last = c.foot[c.foot.length - 1];
      assert.equal(got.indexOf('Notes') >= 0 && got.indexOf(last) > got.indexOf('Notes'), c.notes, got.join('\n'));
      assert.ok(got.includes(last), got.join('\n'));
    });
  }

  it('acmtog-zero-space: a space item of no width before a full stop is no space', () => {
    const { text } = layoutPages(recorded('acmtog-zero-space'));
    assert.ok(text.includes('[Gundy et al. 2007]'), text);
  });

  const headings = ['Obras citadas', 'References Cited', 'Bibliografia consultada', 'Literatura citada', 'Riferimenti bibliografici', 'References and further reading'];
  for (const heading of headings) {
    it(`a hanging list under "${heading}" is split into its entries (made-up lines)`, () => {
      const entries = [
        ['Adams, John. 1850. The Works of John Adams, Second President of the United', 'States. Boston: Little, Brown and Company, in ten volumes.'],
        ['Bailyn, Bernard. 1967. The Ideological Origins of the American Revolution.', 'Cambridge, MA: Harvard University Press.'],
        ['Wood, Gordon S. 1969. The Creation of the American Republic, 1776–1787. Chapel', 'Hill: University of North Carolina Press.'],
      ];
      assertEntries(heading, entries, 72, 90);
    });
  }

  it('a section of prose under "Literature" stays prose: a heading that may head a list heads one only when an entry follows (made-up lines)', () => {
    const text = [
      'Earlier work on the question has taken two roads. The first reads the',
      'sources as evidence of practice, and the second as evidence of what',
      'was thought proper; both are needed here.',
      'The second road is the one taken in what follows, with care for the',
      'dates of the sources and for who wrote them.',
    ];
    const items: PdfItem[] = [line('Literature', 72, 720, 14)];
    text.forEach((t, k) => items.push(line(t, k === 3 ? 90 : 72, 700 - k * 12)));
    const got = paragraphs([{ number: 1, width: 612, height: 792, items }]);
    assert.ok(got.includes(`${text[0]} ${text[1]} ${text[2]}`), got.join('\n'));
  });

  const prose: { what: string; lines: [string, string]; joined: string }[] = [
    { what: 'a compound that goes on over the line end keeps its hyphen, with no space', lines: ['The work on girder-floorbeam-', 'stringer bridges was done in the field.'], joined: 'girder-floorbeam-stringer bridges' },
    { what: 'a compound of two words of the document keeps its hyphen', lines: ['The self-interest of each is plain: self-', 'interest is what they follow.'], joined: 'plain: self-interest is' },
    { what: 'a word broken where the rest is no word of the document is joined', lines: ['They met at the Engineers’ Society of West-', 'ern Pennsylvania in West Chester.'], joined: 'Society of Western Pennsylvania' },
    { what: 'an address broken after its scheme is one address', lines: ['The data for every year of the survey are at http:', '//www.example.org/data.html for all of them.'], joined: 'at http://www.example.org/data.html for' },
    { what: 'a web address that ends a line before prose keeps its space', lines: ['The paper is written with Quarto, see https://quarto.org/', 'for details of how it is built and rendered.'], joined: 'see https://quarto.org/ for details' },
    { what: 'an address ending a sentence before a label keeps its space', lines: ['Its source code is at https://github.com/r-lib/roxygen2.', 'url: https://roxygen2.r-lib.org/ is the site of the package.'], joined: 'roxygen2. url: https' },
    { what: 'an address broken inside a name is one address', lines: ['The package is kept at https://github.com/c', 'rsh/papaja and on the archive of packages.'], joined: 'at https://github.com/crsh/papaja and' },
    { what: 'an address ending in a letter before a word of prose keeps its space', lines: ['The format is described at https://quarto.org/docs', 'and the rest of the page explains the options.'], joined: 'https://quarto.org/docs and the' },
    { what: 'addresses one a line stay apart', lines: ['http://daringfireball.net/projects/markdown/syntax#img', 'https://github.com/adam-p/markdown-here/wiki/Markdown-Cheatsheet'], joined: 'syntax#img https://github.com/adam-p' },
    { what: 'a range of pages broken at its dash is one range', lines: ['The argument runs over the pages 221–', '231 of the second volume of the journal.'], joined: 'pages 221–231 of' },
    { what: 'a word hyphenated at the line end is still undone', lines: ['This sentence has a long hyphen-', 'ated word, and the hyphenated form occurs once.'], joined: 'long hyphenated word' },
  ];
  for (const c of prose) {
    it(c.what, () => {
      const items = [line(c.lines[0], 72, 700), line(c.lines[1], 72, 688)];
      const { text } = layoutPages([{ number: 1, width: 612, height: 792, items }]);
      assert.ok(text.includes(c.joined), text);
    });
  }
});
