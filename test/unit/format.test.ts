// Formatted references through citation-js. Every expected string below is written from the rules
// of the style (its manual's pattern for a journal article and a book), not copied from the output:
// a difference is either a wrong expectation or a wrong style, and both are worth knowing.
// Text is compared without markup (the formatter returns plain text: italics are dropped).
import * as assert from 'node:assert/strict';
import { readableKeys, describeUncertain, formatBibliography, formatEntry, formatInText, resolveLocale, spaceInitials, styleInfos, toBibtex, toCslJson, toRis, type OutputStyle } from '../../src/core/format';
import { citationJs } from '../../src/core/format/citationJs';
import type { CslItem } from '../../src/core/model';

const article: CslItem = {
  id: 'paul2005',
  type: 'article-journal',
  author: [{ family: 'Paul', given: 'T. V.' }],
  issued: { 'date-parts': [[2005]] },
  title: 'Soft Balancing in the Age of U.S. Primacy',
  'container-title': 'International Security',
  volume: '30',
  issue: '1',
  page: '46-71',
};

const book: CslItem = {
  id: 'brooks2008',
  type: 'book',
  author: [
    { family: 'Brooks', given: 'Stephen G.' },
    { family: 'Wohlforth', given: 'William C.' },
  ],
  issued: { 'date-parts': [[2008]] },
  title: 'World Out of Balance',
  publisher: 'Princeton University Press',
  'publisher-place': 'Princeton, NJ',
};

const threeAuthors: CslItem = {
  id: 'cohen2012',
  type: 'article-journal',
  author: [
    { family: 'Cohen', given: 'Ariel' },
    { family: 'Lee', given: 'Ann' },
    { family: 'Moreau', given: 'Jean' },
  ],
  issued: { 'date-parts': [[2012]] },
  title: 'Russia in Central Asia',
  'container-title': 'Policy Forum',
  volume: '3',
  page: '2-10',
};

describe('format: bibliography entries by style', () => {
  const cases: { name: string; style: OutputStyle; item: CslItem; expected: string }[] = [
    // APA 7 (10.1): Author, A. A. (Year). Title of article. Journal, volume(issue), pages. En dash in ranges.
    { name: 'APA 7 journal article', style: 'apa', item: article, expected: 'Paul, T. V. (2005). Soft Balancing in the Age of U.S. Primacy. International Security, 30(1), 46–71.' },
    // APA 7 (10.2): two authors joined with ", &"; the publisher's place is no longer given.
    { name: 'APA 7 book, two authors', style: 'apa', item: book, expected: 'Brooks, S. G., & Wohlforth, W. C. (2008). World Out of Balance. Princeton University Press.' },
    // MLA 9: Surname, Given. "Title." Container, vol. #, no. #, Year, pp. #–#.
    { name: 'MLA 9 journal article', style: 'mla', item: article, expected: 'Paul, T. V. “Soft Balancing in the Age of U.S. Primacy.” International Security, vol. 30, no. 1, 2005, pp. 46–71.' },
    // MLA 9: second author in natural order after ", and"; publisher, then year; no place.
    { name: 'MLA 9 book, two authors', style: 'mla', item: book, expected: 'Brooks, Stephen G., and William C. Wohlforth. World Out of Balance. Princeton University Press, 2008.' },
    // MLA 9: three or more authors: the first, then "et al."
    { name: 'MLA 9 three authors', style: 'mla', item: threeAuthors, expected: 'Cohen, Ariel, et al. “Russia in Central Asia.” Policy Forum, vol. 3, 2012, pp. 2–10.' },
    // Chicago 17 author-date (15.9): Surname, Given. Year. "Title." Journal volume (issue): pages.
    { name: 'Chicago author-date journal article', style: 'chicago', item: article, expected: 'Paul, T. V. 2005. “Soft Balancing in the Age of U.S. Primacy.” International Security 30 (1): 46–71.' },
    // Chicago 17 author-date: Place: Publisher.
    { name: 'Chicago author-date book', style: 'chicago', item: book, expected: 'Brooks, Stephen G., and William C. Wohlforth. 2008. World Out of Balance. Princeton, NJ: Princeton University Press.' },
    // Cite Them Right (Harvard): Surname, Initials. (Year) 'Title', Journal, vol(issue), pp. x–y. With en-US terms the
    // quotes are double and the comma goes inside them.
    { name: 'Harvard (Cite Them Right) journal article', style: 'harvard', item: article, expected: 'Paul, T.V. (2005) “Soft Balancing in the Age of U.S. Primacy,” International Security, 30(1), pp. 46–71.' },
    // Cite Them Right: authors joined with "and"; Place: Publisher.
    { name: 'Harvard (Cite Them Right) book', style: 'harvard', item: book, expected: 'Brooks, S.G. and Wohlforth, W.C. (2008) World Out of Balance. Princeton, NJ: Princeton University Press.' },
    // Vancouver / NLM Citing Medicine: Surname Initials (no points). Title. Journal. Year;Vol(Issue):pages.
    { name: 'Vancouver journal article', style: 'vancouver', item: article, expected: 'Paul TV. Soft Balancing in the Age of U.S. Primacy. International Security. 2005;30(1):46–71.' },
    // Citing Medicine: Authors. Title. Place: Publisher; Year.
    { name: 'Vancouver book', style: 'vancouver', item: book, expected: 'Brooks SG, Wohlforth WC. World Out of Balance. Princeton, NJ: Princeton University Press; 2008.' },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      assert.equal(await formatEntry(c.item, c.style), c.expected);
    });
  }
});

describe('format: in-text citations', () => {
  const cases: { name: string; style: OutputStyle; item: CslItem; locator?: { label: string; value: string }; expected: string }[] = [
    { name: 'APA, no locator', style: 'apa', item: article, expected: '(Paul, 2005)' },
    { name: 'APA, page', style: 'apa', item: article, locator: { label: 'page', value: '7' }, expected: '(Paul, 2005, p. 7)' },
    { name: 'APA, page range', style: 'apa', item: article, locator: { label: 'page', value: '50-52' }, expected: '(Paul, 2005, pp. 50–52)' },
    { name: 'APA, two authors', style: 'apa', item: book, expected: '(Brooks & Wohlforth, 2008)' },
    { name: 'APA, three authors', style: 'apa', item: threeAuthors, expected: '(Cohen et al., 2012)' },
    { name: 'MLA, page', style: 'mla', item: article, locator: { label: 'page', value: '7' }, expected: '(Paul 7)' },
    { name: 'MLA, two authors', style: 'mla', item: book, expected: '(Brooks and Wohlforth)' },
    { name: 'Chicago author-date, page', style: 'chicago', item: article, locator: { label: 'page', value: '7' }, expected: '(Paul 2005, 7)' },
    { name: 'Chicago author-date, two authors', style: 'chicago', item: book, expected: '(Brooks and Wohlforth 2008)' },
    { name: 'Harvard, page', style: 'harvard', item: article, locator: { label: 'page', value: '7' }, expected: '(Paul, 2005, p. 7)' },
    { name: 'Vancouver, numbered', style: 'vancouver', item: article, expected: '(1)' },
    { name: 'an unknown locator label counts as a page', style: 'apa', item: article, locator: { label: 'leaf', value: '7' }, expected: '(Paul, 2005, p. 7)' },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      assert.equal(await formatInText(c.item, c.style, c.locator), c.expected);
    });
  }
});

describe('format: no silent fallback to APA', () => {
  it('an unknown style is an error, not APA', async () => {
    await assert.rejects(formatBibliography([article], 'turabian' as OutputStyle), /Unknown citation style/);
    await assert.rejects(formatInText(article, 'turabian' as OutputStyle), /Unknown citation style/);
  });
  it('a data format is not a citation style', async () => {
    await assert.rejects(formatInText(article, 'bibtex'), /not a citation style/);
  });
  it('every CSL style is registered under its own template with the promised edition', () => {
    const { styles } = citationJs().plugins.config.get('@csl');
    for (const info of styleInfos.filter((s) => s.kind === 'csl')) {
      assert.ok(styles.has(info.template!), `${info.id}: ${info.template} is not registered`);
      const title = /<title>([^<]*)<\/title>/.exec(String(styles.get(info.template!)))?.[1] ?? '';
      assert.match(title, info.expectTitle!, `${info.id}: registered “${title}”`);
    }
  });
  it('the five citation styles give five different entries', async () => {
    const entries = await Promise.all((['apa', 'mla', 'chicago', 'harvard', 'vancouver'] as const).map((s) => formatEntry(article, s)));
    assert.equal(new Set(entries).size, 5);
  });
});

describe('format: bibliographies and locales', () => {
  it('an author-date bibliography is sorted by author, one entry a line', async () => {
    const text = await formatBibliography([article, book], 'apa');
    assert.deepEqual(
      text.split('\n').map((line) => line.slice(0, 8)),
      ['Brooks, ', 'Paul, T.'],
    );
  });
  it('a numbered bibliography keeps the given order and its numbers', async () => {
    const text = await formatBibliography([article, book], 'vancouver');
    assert.match(text, /^1\. Paul TV\..*\n2\. Brooks SG, Wohlforth WC\./);
  });
  it('an interview APA leaves out of its list is written as a document, not lost', async () => {
    const interview: CslItem = { id: 'i', type: 'interview', author: [{ family: 'Fernandes', given: 'Moisés Silva' }], issued: { 'date-parts': [[2010]] }, title: 'Entrevista pessoal, Instituto Confúcio', 'publisher-place': 'Lisboa' };
    assert.equal(await formatBibliography([interview], 'apa'), 'Fernandes, M. S. (2010). Entrevista pessoal, Instituto Confúcio.');
    assert.equal((await formatBibliography([article, interview, book], 'apa')).split('\n').length, 3);
  });
  it('an empty list is an empty bibliography', async () => {
    assert.equal(await formatBibliography([], 'mla'), '');
  });
  const locales: { name: string; requested: string | undefined; locale: string; fellBack: boolean }[] = [
    { name: 'en-US is bundled', requested: 'en-US', locale: 'en-US', fellBack: false },
    { name: 'de-DE is bundled', requested: 'de-DE', locale: 'de-DE', fellBack: false },
    { name: 'fr-FR is bundled', requested: 'fr-FR', locale: 'fr-FR', fellBack: false },
    { name: 'pt-BR falls back to en-US', requested: 'pt-BR', locale: 'en-US', fellBack: true },
    { name: 'en-GB falls back to en-US', requested: 'en-GB', locale: 'en-US', fellBack: true },
    { name: 'nonsense falls back to en-US', requested: 'xx', locale: 'en-US', fellBack: true },
    { name: 'no locale is en-US', requested: undefined, locale: 'en-US', fellBack: false },
  ];
  for (const c of locales) {
    it(`locale: ${c.name}`, () => assert.deepEqual(resolveLocale(c.requested), { locale: c.locale, fellBack: c.fellBack }));
  }
  it('German terms in a German locale (Cite Them Right: "S." for pages)', async () => {
    assert.match(await formatEntry(article, 'harvard', 'de-DE'), /, S\. 46–71\.$/);
  });
});

describe('format: BibTeX, RIS and CSL-JSON records', () => {
  /** The `field = {value}` pairs of one BibTeX entry. */
  function bibtexFields(entry: string): Record<string, string> {
    return Object.fromEntries([...entry.matchAll(/^\s*([a-z]+) = \{(.*)\},?$/gm)].map((m) => [m[1], m[2]]));
  }
  it('a journal article is an @article with journal, volume, number, pages (double hyphen) and year', async () => {
    const text = await toBibtex([article]);
    assert.match(text, /^@article\{[A-Za-z0-9]+,/);
    const f = bibtexFields(text);
    assert.equal(f.author, 'Paul, T. V.');
    assert.equal(f.journal, 'International Security');
    assert.equal(f.volume, '30');
    assert.equal(f.number, '1');
    assert.equal(f.pages, '46--71');
    assert.equal(f.year, '2005');
    // Capitals are braced so that BibTeX styles do not lower-case them.
    assert.equal(f.title.replace(/[{}]/g, ''), 'Soft Balancing in the Age of U.S. Primacy');
  });
  it('a book is a @book with authors joined by "and", publisher and address', async () => {
    const f = bibtexFields(await toBibtex([book]));
    assert.equal(f.author, 'Brooks, Stephen G. and Wohlforth, William C.');
    assert.equal(f.publisher, 'Princeton University Press');
    assert.equal(f.address, 'Princeton, NJ');
  });
  it('two items are two BibTeX entries with different keys', async () => {
    const keys = [...(await toBibtex([article, book])).matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    assert.equal(keys.length, 2);
    assert.notEqual(keys[0], keys[1]);
  });
  it('RIS: TY first, ER last, the 2011 tags (SP holds the page range)', async () => {
    const text = await toRis([article]);
    assert.ok(text.endsWith('ER  - \n'), 'a record ends with “ER  - ” and a line break');
    const lines = text.slice(0, -1).split('\n');
    assert.equal(lines[0], 'TY  - JOUR');
    assert.equal(lines[lines.length - 1], 'ER  - ');
    for (const expected of ['AU  - Paul, T. V.', 'PY  - 2005', 'TI  - Soft Balancing in the Age of U.S. Primacy', 'T2  - International Security', 'VL  - 30', 'IS  - 1', 'SP  - 46-71']) {
      assert.ok(lines.includes(expected), `missing “${expected}” in\n${lines.join('\n')}`);
    }
  });
  it('RIS: a book is TY BOOK with publisher and place', async () => {
    const lines = (await toRis([book])).split('\n');
    assert.equal(lines[0], 'TY  - BOOK');
    assert.ok(lines.includes('AU  - Brooks, Stephen G.') && lines.includes('AU  - Wohlforth, William C.'));
    assert.ok(lines.includes('PB  - Princeton University Press'));
    assert.ok(lines.includes('CY  - Princeton, NJ'));
  });
  it('RIS and CSL-JSON carry readable keys, never the internal ids of an analysis', async () => {
    const internal = [{ ...article, id: 'r8' }, { ...book, id: 'r9' }];
    const ris = await toRis(internal);
    assert.deepEqual(ris.split('\n').filter((l) => l.startsWith('ID  - ')), ['ID  - Paul2005', 'ID  - Brooks2008']);
    const json = JSON.parse(await toCslJson(internal)) as CslItem[];
    assert.deepEqual(json.map((i) => i.id), ['Paul2005', 'Brooks2008']);
    assert.doesNotMatch(await toBibtex(internal), /\br[89]\b/);
  });
  it('CSL-JSON round-trips the fields', async () => {
    const parsed = JSON.parse(await toCslJson([article, book])) as CslItem[];
    assert.equal(parsed.length, 2);
    assert.deepEqual(
      parsed.map((p) => [p.type, p.title, p.issued]),
      [
        ['article-journal', article.title, article.issued],
        ['book', book.title, book.issued],
      ],
    );
  });
  it('the items given are not changed', async () => {
    const before = JSON.stringify(article);
    await formatEntry(article, 'apa');
    await toBibtex([article]);
    assert.equal(JSON.stringify(article), before);
  });
});

describe('format: initials written together are spaced before formatting', () => {
  const cases: { name: string; given: string; expected: string }[] = [
    { name: 'two initials', given: 'T.V.', expected: 'T. V.' },
    { name: 'three initials', given: 'J.R.R.', expected: 'J. R. R.' },
    { name: 'a hyphenated initial', given: 'J.-P.', expected: 'J.-P.' },
    { name: 'already spaced', given: 'T. V.', expected: 'T. V.' },
    { name: 'a full given name', given: 'Stephen G.', expected: 'Stephen G.' },
    { name: 'a name with a dot inside', given: 'St.John', expected: 'St.John' },
  ];
  for (const c of cases) it(c.name, () => assert.equal(spaceInitials(c.given), c.expected));

  const paulTogether: CslItem = { ...article, author: [{ family: 'Paul', given: 'T.V.' }] };
  const styles: { name: string; style: OutputStyle; expected: RegExp }[] = [
    // Chicago (CMOS 10.12) and APA put a space between initials; Cite Them Right writes them closed up.
    { name: 'Chicago prints them spaced', style: 'chicago', expected: /^Paul, T\. V\. 2005\./ },
    { name: 'APA prints them spaced', style: 'apa', expected: /^Paul, T\. V\. \(2005\)/ },
    { name: 'Harvard closes them up', style: 'harvard', expected: /^Paul, T\.V\. \(2005\)/ },
    { name: 'BibTeX gets two initials', style: 'bibtex', expected: /author = \{Paul, T\. V\.\}/ },
  ];
  for (const c of styles) it(c.name, async () => assert.match(await formatEntry(paulTogether, c.style), c.expected));
});

describe('format: uncertain fields in words', () => {
  const cases: { name: string; fields: string[]; expected: string }[] = [
    { name: 'none', fields: [], expected: '' },
    { name: 'one', fields: ['title'], expected: 'title' },
    { name: 'two', fields: ['author', 'issued'], expected: 'author and year' },
    { name: 'three, a journal among them', fields: ['author', 'container-title', 'page'], expected: 'author, journal or book title and pages' },
    { name: 'an unknown field by its name', fields: ['event-place'], expected: 'event place' },
    { name: 'repeats once', fields: ['title', 'title'], expected: 'title' },
  ];
  for (const c of cases) it(c.name, () => assert.equal(describeUncertain(c.fields), c.expected));
});

describe('readableKeys', () => {
  const item = (id: string, csl: Partial<CslItem>): CslItem => ({ id, type: 'book', ...csl });
  const cases: [string, CslItem[], string[]][] = [
    ['surname and year', [item('r1', { author: [{ family: 'Smith', given: 'J.' }], issued: { 'date-parts': [[2010]] } })], ['Smith2010']],
    ['the year’s letter is kept', [item('r1', { author: [{ family: 'Smith' }], issued: { 'date-parts': [[2010]] }, 'year-suffix': 'a' })], ['Smith2010a']],
    ['a particle and accents', [item('r1', { author: [{ family: 'Berg', 'non-dropping-particle': 'van der' }], issued: { 'date-parts': [[2001]] } }), item('r2', { author: [{ family: 'Müller-Lüdenscheidt' }], issued: { 'date-parts': [[1999]] } })], ['VanDerBerg2001', 'MullerLudenscheidt1999']],
    ['an institution, an editor, no year', [item('r1', { author: [{ literal: 'World Bank' }], issued: { 'date-parts': [[2019]] } }), item('r2', { editor: [{ family: 'Ikenberry' }] })], ['WorldBank2019', 'IkenberryND']],
    ['no name: the title’s first words', [item('r1', { title: 'Pop Internationalism', issued: { 'date-parts': [[1996]] } })], ['PopInternationalism1996']],
    [
      'two equal keys get letters, and a letter already taken is skipped',
      [
        item('r3', { author: [{ family: 'Smith' }], issued: { 'date-parts': [[2010]] } }),
        item('r4', { author: [{ family: 'Smith' }], issued: { 'date-parts': [[2010]] } }),
        item('r5', { author: [{ family: 'Smith' }], issued: { 'date-parts': [[2010]] }, 'year-suffix': 'a' }),
      ],
      ['Smith2010b', 'Smith2010c', 'Smith2010a'],
    ],
  ];
  for (const [name, items, expected] of cases) it(name, () => assert.deepEqual(readableKeys(items), expected));
});
