// The library: works merged across essays, the reader's bibliographies matched, the cache. Rows are
// real reference entries (test/fixtures/essays, test/fixtures/real, corpus/) parsed by the engine,
// and real exports of reference managers (test/fixtures/bibliographies).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { buildLibrary, citationSentence, contentHash, indexLibrary, LibraryCache, matchReasons, readBibliography, sameWork, sortWorks, summariseEssay, SummaryCompactor, SUMMARY_VERSION, workReasons } from '../../src/core';
import type { CslItem, EssaySummary, Work } from '../../src/core';
import { useMessages } from '../../src/core/messages';
import { parseReference } from '../../src/core/references/parse';
import { indexEssays } from '../../src/library';

const ROOT = join(__dirname, '..', '..');
const BIBS = join(ROOT, 'test', 'fixtures', 'bibliographies');

function csl(entry: string): CslItem {
  return { ...parseReference(entry).csl, id: 'x' } as CslItem;
}

function summaryOf(path: string, file = path): EssaySummary {
  const text = readFileSync(join(ROOT, path), 'utf8');
  return summariseEssay(file, analyze(text), contentHash(text));
}

describe('library: the same work', () => {
  const SAME: { name: string; a: string; b: string; reason: RegExp }[] = [
    {
      name: 'an organisation, its abbreviation in brackets on one side, another place (affrication-quebec, loi101-fr)',
      a: 'Office québécois de la langue française [OQLF] (2019). Rapport sur l’évolution de la situation linguistique au Québec. Québec : OQLF.',
      b: 'Office québécois de la langue française (2019), Rapport sur l’évolution de la situation linguistique au Québec, Montréal, OQLF.',
      reason: /same title/,
    },
    {
      name: 'two authors joined by "e" and "&", subtitle after a full stop or a colon (dispersione-scolastica-it, schooladvies-kansen)',
      a: 'Bourdieu, P. e Passeron, J.-C. (1970). La reproduction. Éléments pour une théorie du système d’enseignement. Paris: Éditions de Minuit.',
      b: "Bourdieu, P., & Passeron, J.-C. (1970). La reproduction: Éléments pour une théorie du système d'enseignement. Parijs: Éditions de Minuit.",
      reason: /same authors \(Bourdieu, Passeron\)/,
    },
    {
      name: 'capitals and initials against APA with full given names, "U.S." against "US" (corpus seed)',
      a: 'PAUL, T.V. (2005), Soft Balancing in the Age of U.S. Primacy, International Security, 30:1, pp. 46-71.',
      b: 'Paul, Thazha V. (2005). Soft balancing in the age of US primacy. International Security, 30(1), 46–71.',
      reason: /same title/,
    },
    {
      name: 'a second author without given names (corpus seed) against Chicago',
      a: 'BROOKS, Stephen G., and WOHLFORTH (2005). Hard Times for Soft Balancing, International Security 30, no. 1 (Summer 2005), pp. 72-108.',
      b: 'Brooks, Stephen G., and William C. Wohlforth. 2005. “Hard Times for Soft Balancing.” International Security 30 (1): 72–108.',
      reason: /same authors \(Brooks, Wohlforth\)/,
    },
    {
      name: 'the subtitle left out on one side (republican-workplace)',
      a: 'Anderson, Elizabeth. 2017. Private Government: How Employers Rule Our Lives (and Why We Don’t Talk about It). Princeton, NJ: Princeton University Press.',
      b: 'Anderson, E. (2017). Private government. Princeton University Press.',
      reason: /a subtitle left out on one side/,
    },
    {
      name: 'initials against given names, the year letter of one essay (05-dothraki-gf)',
      a: 'Ranta, A. (2011a). Grammatical Framework: Programming with Multilingual Grammars. Stanford: CSLI Publications.',
      b: 'Ranta, Aarne. 2011. Grammatical Framework: Programming with Multilingual Grammars. Stanford, CA: CSLI Publications.',
      reason: /same year 2011/,
    },
    {
      name: '"et al." against the four authors (mhealth-physical-activity, Harvard)',
      a: 'Lally, P., van Jaarsveld, C. H. M., Potts, H. W. W., & Wardle, J. (2010). How are habits formed: Modelling habit formation in the real world. European Journal of Social Psychology, 40(6), 998–1009.',
      b: "Lally, P. et al. (2010) 'How are habits formed: modelling habit formation in the real world', European Journal of Social Psychology, 40(6), pp. 998–1009.",
      reason: /et al/,
    },
    {
      name: 'the same DOI, the title transcribed differently (lecture-mindwandering)',
      a: 'Aldana, R., Whitfield, K. L., & Moreno, T. (2019a). Off-task thought during video lectures: A multilevel analysis of probe-caught mind-wandering. Journal of Educational Psychology, 111(6), 1012–1027. https://doi.org/10.1037/edu0000341',
      b: 'Aldana, R., Whitfield, K., Moreno, T. 2019. Off task thought in video lectures. J. Educ. Psychol. 111: 1012-27. doi:10.1037/edu0000341',
      reason: /same DOI 10\.1037\/edu0000341/,
    },
    {
      name: 'a title run on into the next field after a comma (corpus seed against a Zotero entry)',
      a: 'FERNANDES, Moisés Silva. (2010). Entrevista pessoal, Instituto Confúcio. Lisboa.',
      b: 'Fernandes, Moisés Silva. 2010. Entrevista pessoal. Lisboa.',
      reason: /after a comma/,
    },
    {
      name: 'accents and particles written differently (04-hdlab-infraestructuras)',
      a: 'Rio Riande, G. del, Brussa, V. y Hathcock, A. (2018b). Dónde está lo abierto en las Humanidades Digitales?. Presentaciones del III Congreso Internacional de la Asociación de Humanidades Digitales (AAHD).',
      b: 'del Río Riande, Gimena, Virginia Brussa, and April Hathcock. 2018. “¿Dónde está lo abierto en las Humanidades Digitales?” Paper presented at the III Congreso Internacional de la AAHD.',
      reason: /same authors/,
    },
  ];
  for (const row of SAME) {
    it(`merges ${row.name}`, () => {
      const verdict = sameWork(csl(row.a), csl(row.b));
      assert.equal(verdict.same, true, verdict.reasons.join('; '));
      assert.match(verdict.reasons.join('; '), row.reason);
      assert.deepEqual(sameWork(csl(row.b), csl(row.a)).same, true, 'symmetric');
    });
  }

  const DIFFERENT: { name: string; a: string; b: string; doubtful: boolean; reason: RegExp }[] = [
    {
      name: 'same surname and year, different titles (tax-sugar essays: Kessler 2019)',
      a: 'Kessler, J. (2019). Heterogeneous consumer responses to soda taxes: Evidence from Mexico. American Economic Journal: Economic Policy, 11(3), 203–231.',
      b: 'Kessler, R. M. (2019). Sugar, salience, and the labelling alternative to taxation. Appetite, 139, Article 104689.',
      doubtful: false,
      reason: /different titles/,
    },
    {
      name: 'same author and year, different works (05-dothraki-gf: Peterson 2016a, 2016b)',
      a: 'Peterson, D. J. (2016a). The Art of Language Invention. Retrieved from http://www.artoflanguageinvention.com/',
      b: 'Peterson, D. J. (2016b). About Dothraki. Retrieved from http://www.dothraki.com/about-dothraki/',
      doubtful: false,
      reason: /different titles/,
    },
    {
      name: 'two volumes of one title (Habermas 1981a, 1981b)',
      a: 'Habermas, Jürgen (1981a): Theorie des kommunikativen Handelns. Band 1: Handlungsrationalität und gesellschaftliche Rationalisierung. Frankfurt am Main: Suhrkamp.',
      b: 'Habermas, Jürgen (1981b): Theorie des kommunikativen Handelns. Band 2: Zur Kritik der funktionalistischen Vernunft. Frankfurt am Main: Suhrkamp.',
      doubtful: false,
      reason: /different volumes \(1 and 2\)/,
    },
    {
      name: 'two volumes in roman numerals (Nipperdey 1990a, 1990b)',
      a: 'Nipperdey, Thomas (1990a): Deutsche Geschichte 1866–1918. Bd. I: Arbeitswelt und Bürgergeist. München: C. H. Beck.',
      b: 'Nipperdey, Thomas (1990b): Deutsche Geschichte 1866–1918. Bd. II: Machtstaat vor der Demokratie. München: C. H. Beck.',
      doubtful: false,
      reason: /different (volumes|titles)/,
    },
    {
      name: 'different DOIs, same authors and year (lecture-mindwandering: Aldana 2019a, 2019b)',
      a: 'Aldana, R., Whitfield, K. L., & Moreno, T. (2019a). Off-task thought during video lectures: A multilevel analysis of probe-caught mind-wandering. Journal of Educational Psychology, 111(6), 1012–1027. https://doi.org/10.1037/edu0000341',
      b: 'Aldana, R., Whitfield, K. L., & Moreno, T. (2019b). Interpolated testing reduces mind-wandering in online learning: A registered replication. Psychological Science, 30(9), 1330–1342. https://doi.org/10.1177/0956797619861154',
      doubtful: false,
      reason: /different DOIs/,
    },
    {
      name: 'two authors of one journal issue (Pape and Paul, International Security 30(1))',
      a: 'Pape, R. A. (2005). Soft balancing against the United States. International Security, 30(1), 7–45.',
      b: 'PAUL, T.V. (2005), Soft Balancing in the Age of U.S. Primacy, International Security, 30:1, pp. 46-71.',
      doubtful: false,
      reason: /different (titles|authors)/,
    },
    {
      name: 'two editions of a translation (cotton-famine-relief: Marx 1887 and 1976)',
      a: 'Marx, Karl. (1867) 1887. Capital: A Critical Analysis of Capitalist Production. Vol. 1. Translated by Samuel Moore and Edward Aveling. London: Swan Sonnenschein, Lowrey.',
      b: 'Marx, Karl. (1867) 1976. Capital: A Critique of Political Economy. Vol. 1. Translated by Ben Fowkes. Harmondsworth: Penguin.',
      doubtful: false,
      reason: /different titles/,
    },
    {
      name: 'surname and year alone: a title missing on one side is doubtful, not merged',
      a: 'Said, Edward W. 1978. Orientalism. New York: Pantheon Books.',
      b: 'Said, E. (1978).',
      doubtful: true,
      reason: /title is missing/,
    },
    {
      name: 'same title and author, another year: another edition is doubtful',
      a: 'Said, Edward W. 1978. Orientalism. New York: Pantheon Books.',
      b: 'Said, Edward W. 2003. Orientalism. 25th anniversary ed. New York: Vintage Books.',
      doubtful: true,
      reason: /different years \(1978 and 2003\)/,
    },
    {
      name: 'same surname, title and year, other initials: doubtful',
      a: 'Wang, H. (2007). Prospect for Russia’s resurgence and its global impact. Russian, Central Asian and East European Studies, 1, 1–7.',
      b: 'Wang, Y. (2007). Prospect for Russia’s resurgence and its global impact. Russian, Central Asian and East European Studies, 1, 1–7.',
      doubtful: true,
      reason: /given names differ/,
    },
  ];
  it('merges unsigned entries only by a long title and the year ("Editorial" is not enough)', () => {
    const unsigned = (title: string, container: string): CslItem => ({ id: 'x', type: 'article-journal', title, 'container-title': container, issued: { 'date-parts': [[2019]] } });
    const short = sameWork(unsigned('Editorial', 'Nature Climate Change'), unsigned('Editorial', 'The Lancet'));
    assert.deepEqual([short.same, short.doubtful], [false, true]);
    const long = sameWork(unsigned('Global Tuberculosis Report 2019', 'World Health Organization'), unsigned('Global tuberculosis report 2019', ''));
    assert.equal(long.same, true, long.reasons.join('; '));
  });

  for (const row of DIFFERENT) {
    it(`does not merge ${row.name}`, () => {
      const verdict = sameWork(csl(row.a), csl(row.b));
      assert.equal(verdict.same, false, verdict.reasons.join('; '));
      assert.equal(verdict.doubtful === true, row.doubtful, verdict.reasons.join('; '));
      assert.match(verdict.reasons[0], row.reason);
      assert.equal(sameWork(csl(row.b), csl(row.a)).same, false, 'symmetric');
    });
  }
});

describe('library: works across essays', () => {
  const ESSAYS = [
    'test/fixtures/essays/dispersione-scolastica-it.txt',
    'test/fixtures/essays/schooladvies-kansen.txt',
    'test/fixtures/essays/affrication-quebec.txt',
    'test/fixtures/essays/loi101-fr.txt',
    'test/fixtures/real/05-dothraki-gf/essay.txt',
  ];
  let summaries: EssaySummary[] = [];
  before(() => {
    summaries = ESSAYS.map((p) => summaryOf(p));
  });

  it('merges the works two essays share, with the essays and their citations, most essays first', () => {
    const library = buildLibrary(summaries);
    const shared = library.works.filter((w) => w.essays.length > 1);
    assert.deepEqual(shared.map((w) => w.label).sort(), ['Bourdieu & Passeron 1970', 'Office québécois de la langue française 2019']);
    assert.ok(library.works.indexOf(shared[0]) < 2 && library.works.indexOf(shared[1]) < 2, 'shared works first');
    const bourdieu = shared.find((w) => w.label.startsWith('Bourdieu'));
    assert.deepEqual(bourdieu?.essays, [
      { file: 'test/fixtures/essays/dispersione-scolastica-it.txt', citations: 1 },
      { file: 'test/fixtures/essays/schooladvies-kansen.txt', citations: 3 },
    ]);
    assert.equal(bourdieu?.merges.length, 1);
    assert.match(bourdieu ? workReasons(bourdieu)[0] : '', /^test\/fixtures\/essays\/schooladvies-kansen\.txt r\d+: same authors \(Bourdieu, Passeron\); same year 1970; same title/);
    const references = summaries.reduce((n, s) => n + s.references.length, 0);
    assert.equal(library.works.reduce((n, w) => n + w.members.length, 0), references, 'every reference is in one work');
    assert.equal(library.works.length, references - 2);
  });

  it('keeps two references of one essay apart even when they read alike (Ranta 2011a, 2011b)', () => {
    const library = buildLibrary(summaries);
    const ranta = library.works.filter((w) => /^Ranta 2011/.test(w.label));
    assert.equal(ranta.length, 2);
  });

  it('gives the same work ids whatever the order of the essays, and ids that name the work', () => {
    const one = buildLibrary(summaries).works.map((w) => w.id).sort();
    const two = buildLibrary([...summaries].reverse()).works.map((w) => w.id).sort();
    assert.deepEqual(one, two);
    assert.equal(new Set(one).size, one.length, 'ids are unique');
    assert.ok(one.some((id) => /^bourdieu1970reproduction-[0-9a-f]{8}$/.test(id)), one.join(' '));
  });

  it('sorts the works by author, year and title', () => {
    const works = buildLibrary(summaries).works;
    const byAuthor = sortWorks(works, 'author');
    assert.equal(byAuthor.length, works.length);
    const families = byAuthor.map((w) => w.label.split(' ')[0].toLowerCase());
    assert.ok(families.indexOf('bourdieu') < families.indexOf('ranta'));
    const years = sortWorks(works, 'year').map((w) => Number(/\d{4}/.exec(w.label)?.[0] ?? 9999));
    assert.deepEqual(years, [...years].sort((a, b) => a - b));
    const titles = sortWorks(works, 'title').map((w) => String(w.csl.title ?? ''));
    assert.equal(titles.length, works.length);
    assert.deepEqual(sortWorks(works, 'essays'), works);
  });

  it('finds the work of a reference', () => {
    const library = buildLibrary(summaries);
    const index = indexLibrary(library);
    const quebec = summaries[2];
    const oqlf = quebec.references.find((r) => /^Office québécois/.test(r.text));
    assert.ok(oqlf);
    assert.deepEqual(index.workOf(quebec.file, oqlf.id)?.essays.map((e) => e.file), ['test/fixtures/essays/affrication-quebec.txt', 'test/fixtures/essays/loi101-fr.txt']);
    assert.equal(index.workOf(quebec.file, 'r999'), undefined);
  });

  it('keeps an entry with another DOI out of a work whose members carry one, even when it reads like them', () => {
    const one = (file: string, entry: string): EssaySummary => ({ ...summaries[0], file, references: [{ ...summaries[0].references[0], id: 'r1', csl: csl(entry), citations: [] }] });
    const library = buildLibrary([
      one('a.txt', 'Fenwick, J. A., & Osei, P. (2010). Isolation at a distance: Professional isolation in virtual work. Journal of Applied Psychology, 95(6), 1100–1113.'),
      one('b.txt', 'Fenwick, J. A., & Osei, P. (2010). Isolation at a distance: Professional isolation in virtual work. Journal of Applied Psychology, 95(6), 1100–1113. https://doi.org/10.1037/a0020531'),
      one('c.txt', 'Fenwick, J. A., & Osei, P. (2010). Isolation at a distance: Professional isolation in virtual work. Journal of Vocational Behavior, 77(2), 310–322. https://doi.org/10.1016/j.jvb.2010.04.006'),
    ]);
    assert.deepEqual(library.works.map((w) => w.members.map((m) => m.file)), [['a.txt', 'b.txt'], ['c.txt']]);
  });

  it('merges an entry with no year by its title and authors', () => {
    const a: EssaySummary = { ...summaries[0], file: 'a.txt', references: [{ ...summaries[0].references[0], id: 'r1', csl: csl('Wurman, Richard Saul. 2001. Information Anxiety 2. Indianapolis, IN: Que.'), citations: [] }] };
    const b: EssaySummary = { ...summaries[0], file: 'b.txt', references: [{ ...summaries[0].references[0], id: 'r1', csl: csl('Wurman, R. S. Information anxiety 2. Indianapolis: Que.'), citations: [] }] };
    const library = buildLibrary([a, b]);
    assert.equal(library.works.length, 1, JSON.stringify(library.works.map((w) => w.csl)));
    assert.match(workReasons(library.works[0])[0], /one shows no year/);
  });
});

describe('library: the reader’s bibliography', () => {
  const read = (name: string) => readBibliography(name, readFileSync(join(BIBS, name), 'utf8'));

  it('reads a Better BibTeX export: keys, @string, accents in braces, biblatex fields, @incollection', () => {
    const bib = read('zotero-bbt.bib');
    assert.deepEqual(bib.problems, []);
    assert.deepEqual(bib.entries.map((e) => e.key), ['paul2005soft', 'pape2005soft', 'duarte2012china', 'fernandes2010entrevista', 'bourdieu1970reproduction', 'keohane1986theory']);
    const paul = bib.entries[0].csl;
    assert.equal(paul['container-title'], 'International Security');
    assert.equal(paul.title, 'Soft Balancing in the Age of U.S. Primacy');
    assert.deepEqual(bib.entries[3].csl.author, [{ family: 'Fernandes', given: 'Moisés Silva' }]);
    const chapter = bib.entries[5].csl;
    assert.equal(chapter.type, 'chapter');
    assert.equal(chapter['container-title'], 'Neorealism and Its Critics');
  });

  it('keeps the readable entries of a BibTeX file with a syntax error and reports it once', () => {
    const bib = read('broken.bib');
    assert.deepEqual(bib.entries.map((e) => e.key), ['paul2005soft', 'bourdieu1970reproduction']);
    assert.equal(bib.problems.length, 1);
    assert.match(bib.problems[0], /one entry has BibTeX syntax errors and was left out: pape2005soft \(line 13\)/);
  });

  it('reads CSL-JSON and RIS exports (RIS records without an ID get a readable key)', () => {
    assert.deepEqual(read('zotero.json').entries.map((e) => e.key), ['lally2010habits', 'wang2007eluosi', 'aldana2019offtask']);
    const ris = read('mendeley.ris');
    assert.deepEqual(ris.problems, []);
    assert.deepEqual(ris.entries.map((e) => e.key), ['brooks2005hard', 'safiullin2010shanghai', 'said1978orientalism']);
    assert.deepEqual(ris.entries[0].csl.author, [{ family: 'Brooks', given: 'Stephen G.' }, { family: 'Wohlforth', given: 'William C.' }]);
  });

  it('says in one line why a file is no bibliography', () => {
    assert.deepEqual(readBibliography('notes.txt', 'Some notes.').problems, ['not a bibliography: expected BibTeX (.bib), CSL-JSON (.json) or RIS (.ris)']);
    assert.match(readBibliography('refs.json', '[{"id": "a",').problems[0], /^not valid JSON/);
    assert.deepEqual(readBibliography('refs.bib', '').problems, ['the file is empty']);
  });

  it('matches the works of essays to the entries, with the reasons, never on surname and year alone', () => {
    const bibs = ['zotero-bbt.bib', 'zotero.json', 'mendeley.ris'].map(read);
    const essays = ['corpus/soft-balancing.txt', 'test/fixtures/essays/mhealth-physical-activity.txt', 'test/fixtures/essays/lecture-mindwandering.txt'].map((p) => summaryOf(p));
    const library = buildLibrary(essays, bibs);
    const keyOf = (label: string): string | undefined => library.works.find((w) => w.label === label)?.bibliography?.key;
    const EXPECTED: [string, string | undefined][] = [
      ['Paul 2005', 'paul2005soft'],
      ['Brooks & Wohlforth 2005', 'brooks2005hard'],
      ['Duarte 2012', 'duarte2012china'],
      ['Fernandes 2010', 'fernandes2010entrevista'],
      ['Safiullin 2010', 'safiullin2010shanghai'],
      ['Wang 2007', 'wang2007eluosi'],
      ['Lally et al. 2010', 'lally2010habits'],
      ['Aldana et al. 2019a', 'aldana2019offtask'],
      // Pape's 2004 conference paper is not his 2005 article in the bibliography.
      ['Pape 2004', undefined],
      ['Aldana et al. 2019b', undefined],
      ['Cohen 2012', undefined],
    ];
    assert.deepEqual(EXPECTED.map(([label]) => [label, keyOf(label)]), EXPECTED);
    const paul = library.works.find((w) => w.label === 'Paul 2005');
    assert.deepEqual(paul?.bibliography && { ...paul.bibliography, reasons: matchReasons(paul.bibliography) }, { file: 'zotero-bbt.bib', key: 'paul2005soft', reasons: ['same authors (Paul)', 'same year 2005', 'same title'] });
    const lally = library.works.find((w) => w.label === 'Lally et al. 2010')?.bibliography;
    assert.match(lally ? matchReasons(lally)[0] : '', /same DOI 10\.1002\/ejsp\.674/);
  });
});

describe('library: the cache', () => {
  const files = new Map<string, string>();
  const reads: string[] = [];
  const source = (name: string) => ({
    file: name,
    read: () => {
      reads.push(name);
      const text = files.get(name);
      return text === undefined ? Promise.reject(Object.assign(new Error('gone'), { code: 'ENOENT' })) : Promise.resolve(new TextEncoder().encode(text));
    },
  });

  it('summarises a changed file again and takes an unchanged one from the cache, after a round trip through JSON', async () => {
    const seed = readFileSync(join(ROOT, 'corpus', 'soft-balancing.txt'), 'utf8');
    files.set('a.txt', seed);
    files.set('b.txt', readFileSync(join(ROOT, 'test/fixtures/essays/loi101-fr.txt'), 'utf8'));
    const cache = new LibraryCache('test');
    const first = await indexEssays([source('a.txt'), source('b.txt')], { cache, threads: 0 });
    assert.equal(first.summaries.length, 2);
    assert.equal(first.fromCache, 0);
    assert.equal(cache.size, 2);

    const restored = LibraryCache.fromJSON(JSON.parse(JSON.stringify(cache)) as unknown, 'test');
    assert.equal(restored.size, 2);
    // One more citation in the body, after the title.
    const changed = (files.get('b.txt') ?? '').replace('\n\n', '\n\nUne phrase de plus (Bourdieu et Passeron, 1970).\n\n');
    files.set('b.txt', changed);
    const second = await indexEssays([source('a.txt'), source('b.txt')], { cache: restored, threads: 0 });
    assert.equal(second.fromCache, 1, 'a.txt came from the cache');
    assert.deepEqual(second.summaries[0], first.summaries[0]);
    assert.equal(second.summaries[1].hash, contentHash(changed), 'b.txt was read again');
    assert.ok(restored.has(contentHash(changed)));
    assert.equal(second.summaries[1].counts.citations, first.summaries[1].counts.citations + 1);
  });

  it('keeps the merged works: the same essays give them back without merging, a changed essay merges again', () => {
    const essays = ['test/fixtures/essays/affrication-quebec.txt', 'test/fixtures/essays/loi101-fr.txt'].map((p) => summaryOf(p));
    const cache = new LibraryCache('test');
    for (const e of essays) cache.set(e);
    const merged = buildLibrary(essays, [], { cache });
    // What comes back from the stored cache is what was stored: a label changed there shows.
    const json = JSON.parse(JSON.stringify(cache)) as { works: { works: { label: string }[] } };
    json.works.works[0].label = 'from the cache';
    const reopened = LibraryCache.fromJSON(json, 'test');
    assert.equal(buildLibrary(essays, [], { cache: reopened }).works[0].label, 'from the cache');
    assert.deepEqual(buildLibrary([...essays].reverse(), [], { cache }).works, merged.works);
    // Another content for one essay, or a bibliography: merged again.
    const changed = [essays[0], { ...essays[1], hash: 'changed' }];
    assert.equal(buildLibrary(changed, [], { cache: reopened }).works[0].label, merged.works[0].label);
    const bib = readBibliography('refs.json', '[{"id": "oqlf2019", "type": "report", "title": "Rapport sur l’évolution de la situation linguistique au Québec", "author": [{"literal": "Office québécois de la langue française"}], "issued": {"date-parts": [[2019]]}}]');
    assert.equal(buildLibrary(essays, [bib], { cache }).works[0].bibliography?.key, 'oqlf2019');
  });

  it('starts empty from a cache of another stamp or a damaged one', () => {
    const cache = new LibraryCache('0.2.0');
    cache.set(summariseEssay('x.txt', analyze('A claim (Paul, 2005).\n\nReferences\n\nPaul, T. V. (2005). Soft balancing. International Security, 30(1).\n'), 'abc'));
    assert.equal(LibraryCache.fromJSON(cache.toJSON(), '0.2.0').size, 1);
    assert.equal(LibraryCache.fromJSON(cache.toJSON(), '0.3.0').size, 0);
    assert.equal(LibraryCache.fromJSON('{"version": 1, "summaries": [', '0.2.0').size, 0);
    assert.equal(LibraryCache.fromJSON(null).size, 0);
    assert.equal(LibraryCache.fromJSON(JSON.stringify(cache), '0.2.0').get('abc', 'y.txt')?.file, 'y.txt', 'same content under another name');
  });

  it('stores its text in ASCII and reads back the same summaries and works (two French essays)', () => {
    const essays = ['test/fixtures/essays/affrication-quebec.txt', 'test/fixtures/essays/loi101-fr.txt'].map((p) => summaryOf(p));
    const cache = new LibraryCache('test');
    for (const e of essays) cache.set(e);
    const merged = buildLibrary(essays, [], { cache });
    const text = cache.toText();
    assert.ok(/[^\t\n\r -~]/.test(JSON.stringify(cache)), 'the essays have characters past ASCII');
    assert.ok(!/[^\t\n\r -~]/.test(text), 'the stored text is ASCII only');
    const reopened = LibraryCache.fromJSON(text, 'test');
    assert.deepEqual(reopened.values(), cache.values());
    // Each entry is stored once, however many essays list it (here: twice, the same essays under two names).
    const twice = new LibraryCache('test');
    for (const e of essays) for (const file of ['a', 'b']) twice.set({ ...e, file: `${file}-${e.file}`, hash: `${file}-${e.hash}` });
    const stored = JSON.parse(twice.toText()) as { entries: unknown[]; summaries: unknown[] };
    assert.equal(stored.entries.length, essays.reduce((n, e) => n + new Set(e.references.map((r) => JSON.stringify(r.csl))).size, 0));
    const back = LibraryCache.fromJSON(twice.toText(), 'test').values();
    assert.deepEqual(back, twice.values());
    assert.ok(back[0].references[0].csl === back.find((s) => s.file === `b-${back[0].file.slice(2)}`)?.references[0].csl, 'read back as one object');
    assert.deepEqual(buildLibrary(essays, [], { cache: reopened }).works, merged.works);
    // A cache of an earlier summary version (version 2 kept each sentence with its "…") is dropped: the essays are read again.
    assert.equal(LibraryCache.fromJSON(text.replace(`{"version":${SUMMARY_VERSION},`, '{"version":2,'), 'test').size, 0);
  });

  it('shares equal names and entries between summaries read in one go, and says the same', () => {
    // Two essays citing the same works, each read back from JSON as a worker or the cache hands it over.
    const a = summaryOf('test/fixtures/essays/affrication-quebec.txt', 'a.txt');
    const b = summaryOf('test/fixtures/essays/affrication-quebec.txt', 'b.txt');
    const compactor = new SummaryCompactor();
    const [ca, cb] = [a, b].map((s) => compactor.summary(JSON.parse(JSON.stringify(s)) as EssaySummary));
    assert.deepEqual(ca, a);
    assert.deepEqual(cb, b);
    assert.ok(a.references.length > 5);
    a.references.forEach((r, i) => {
      assert.equal(r.csl.id, '', 'a summary keeps the reference id beside its entry, not in it');
      assert.ok(ca.references[i].csl === cb.references[i].csl, `${r.label}: one entry object for both essays`);
    });
    // A long sentence is kept without its "…", which is added when it is shown.
    const cut = a.references.flatMap((r) => r.citations).filter((c) => c.cutBefore || c.cutAfter);
    assert.ok(cut.length > 0, 'some sentences are shortened');
    for (const c of cut) {
      assert.ok(!c.sentence.includes('…'));
      const shown = citationSentence(c);
      assert.equal(shown.startsWith('…'), c.cutBefore === true);
      assert.equal(shown.endsWith('…'), c.cutAfter === true);
      assert.ok(shown.includes(c.sentence));
    }
  });

  it('says the reasons of works read back from the cache in the language of the session reading them', () => {
    const essays = ['test/fixtures/essays/dispersione-scolastica-it.txt', 'test/fixtures/essays/schooladvies-kansen.txt'].map((p) => summaryOf(p));
    const portuguese = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.pt-br.json'), 'utf8')) as Record<string, string>;
    const reasonsOf = (works: readonly Work[]): string[] => works.flatMap((w) => [...workReasons(w), ...(w.bibliography ? matchReasons(w.bibliography) : [])]);
    try {
      // Merged and stored by a session in Portuguese…
      useMessages(portuguese);
      const cache = new LibraryCache('test');
      const merged = buildLibrary(essays, [], { cache });
      const stored = cache.toText();
      assert.ok(reasonsOf(merged.works).some((r) => r.includes(portuguese['same title'])), 'said in Portuguese when merged');
      // …read back by a session in English: the works come from the cache, said in English.
      useMessages(undefined);
      const reopened = LibraryCache.fromJSON(stored, 'test');
      const works = buildLibrary(essays, [], { cache: reopened }).works;
      assert.ok(reopened.works((JSON.parse(stored) as { works: { key: string } }).works.key), 'the works come from the cache, not from a new merge');
      const english = reasonsOf(works);
      assert.ok(english.some((r) => /same authors \(Bourdieu, Passeron\); same year 1970; same title/.test(r)), english.join('\n'));
      assert.ok(!english.some((r) => r.includes(portuguese['same title'])));
      // And the other way round: the same cache read in Portuguese says them in Portuguese.
      useMessages(portuguese);
      assert.deepEqual(reasonsOf(buildLibrary(essays, [], { cache: LibraryCache.fromJSON(stored, 'test') }).works), reasonsOf(merged.works));
    } finally {
      useMessages(undefined);
    }
  });

  it('lists a file deleted while it is read as a failure, and goes on', async () => {
    files.set('c.txt', readFileSync(join(ROOT, 'corpus', 'soft-balancing.txt'), 'utf8'));
    const result = await indexEssays([source('gone.txt'), source('c.txt')], { threads: 0 });
    assert.deepEqual(result.failures, [{ file: 'gone.txt', reason: 'the file is gone (deleted or moved while the library was read)' }]);
    assert.equal(result.summaries.length, 1);
  });

  it('says why a file is left out in the language it is handed (the indexer is a bundle of its own)', async () => {
    const portuguese = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.pt-br.json'), 'utf8')) as Record<string, string>;
    files.set('empty.txt', '');
    try {
      const result = await indexEssays([source('gone.txt'), source('empty.txt')], { threads: 0, messages: portuguese });
      assert.deepEqual(result.failures, [
        { file: 'gone.txt', reason: portuguese['the file is gone (deleted or moved while the library was read)'] },
        { file: 'empty.txt', reason: portuguese['the file is empty'] },
      ]);
    } finally {
      useMessages(undefined);
      files.delete('empty.txt');
    }
  });

  it('reports progress after each file and stops when cancelled, with what is done', async () => {
    const text = readFileSync(join(ROOT, 'corpus', 'soft-balancing.txt'), 'utf8');
    for (let i = 0; i < 5; i++) files.set(`e${i}.txt`, `${text}\n${i}\n`);
    const progress: string[] = [];
    const all = await indexEssays([0, 1, 2, 3, 4].map((i) => source(`e${i}.txt`)), { threads: 0, onProgress: (done, total) => progress.push(`${done}/${total}`) });
    assert.deepEqual(progress, ['1/5', '2/5', '3/5', '4/5', '5/5']);
    assert.equal(all.cancelled, false);
    let done = 0;
    const stopped = await indexEssays([0, 1, 2, 3, 4].map((i) => source(`e${i}.txt`)), { threads: 0, onProgress: (n) => (done = n), isCancelled: () => done >= 2 });
    assert.equal(stopped.cancelled, true);
    assert.deepEqual(stopped.summaries.map((s) => s.file), ['e0.txt', 'e1.txt']);
  });

  it('hashes as 64-bit FNV-1a, strings as their UTF-8 bytes', () => {
    assert.equal(contentHash(''), 'cbf29ce484222325');
    assert.equal(contentHash('a'), 'af63dc4c8601ec8c');
    assert.equal(contentHash('foobar'), '85944171f73967e8');
    assert.equal(contentHash('Moisés'), contentHash(new TextEncoder().encode('Moisés')));
  });
});
