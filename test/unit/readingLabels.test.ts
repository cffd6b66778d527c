import * as assert from 'node:assert/strict';
import type { CslItem, Locator, Reference } from '../../src/core/model';
import { referenceLabel } from '../../src/core/labels';
import { locatorText } from '../../src/reading/labels';
import { commandLink, escapeMarkdown } from '../../src/reading/markdown';

describe('escapeMarkdown', () => {
  const cases: { name: string; input: string; output: string }[] = [
    { name: 'plain words stay', input: 'Soft Balancing in the Age', output: 'Soft Balancing in the Age' },
    { name: 'a link is written out', input: '[x](command:a.b)', output: '\\[x\\]\\(command\\:a\\.b\\)' },
    { name: 'HTML is written out', input: '<img src=x>', output: '\\<img src\\=x\\>' },
    { name: 'emphasis and code marks are written out', input: '**b** _i_ `c`', output: '\\*\\*b\\*\\* \\_i\\_ \\`c\\`' },
    { name: 'an entity is written out', input: 'A &amp; B', output: 'A \\&amp; B' },
    { name: 'a heading or list mark at the start is written out', input: '# 1. - x', output: '\\# 1\\. \\- x' },
    { name: 'a backslash stays a backslash', input: 'a\\b', output: 'a\\\\b' },
    { name: 'line breaks of a wrapped entry become spaces', input: 'PAUL, T.V.\n  (2005)\r\nX', output: 'PAUL, T\\.V\\. \\(2005\\) X' },
    { name: 'typographic quotes and accents stay', input: '“Soft” Moisés ‘x’', output: '“Soft” Moisés ‘x’' },
  ];
  for (const c of cases) it(c.name, () => assert.equal(escapeMarkdown(c.input), c.output));
});

describe('commandLink', () => {
  it('carries its arguments as URI-encoded JSON', () => {
    const link = commandLink('Go to reference', 'citeread.goToReference', ['citeread:/A.essay?source=x', 3]);
    const match = /^\[Go to reference\]\(command:citeread\.goToReference\?([^ )]+)\)$/.exec(link);
    assert.ok(match, link);
    assert.deepEqual(JSON.parse(decodeURIComponent(match[1])), ['citeread:/A.essay?source=x', 3]);
  });
  it('escapes its label and drops quotes from its tooltip', () => {
    assert.equal(commandLink('[a]', 'x.y', [], 'say "hi"'), `[\\[a\\]](command:x.y?${encodeURIComponent('[]')} "say hi")`);
  });
});

describe('locatorText', () => {
  const cases: { locator: Locator; text: string }[] = [
    { locator: { label: 'page', value: '7' }, text: 'p. 7' },
    { locator: { label: 'page', value: '3-4' }, text: 'pp. 3-4' },
    { locator: { label: 'page', value: '12–14' }, text: 'pp. 12–14' },
    { locator: { label: 'page', value: '3, 9' }, text: 'pp. 3, 9' },
    { locator: { label: 'chapter', value: '2' }, text: 'chap. 2' },
    { locator: { label: 'section', value: '4.1' }, text: 'sec. 4.1' },
    { locator: { label: 'figure', value: '3' }, text: 'fig. 3' },
    { locator: { label: 'note', value: '12' }, text: 'n. 12' },
    { locator: { label: 'verse', value: '3' }, text: 'verse 3' },
  ];
  for (const c of cases) it(`${c.locator.label} ${c.locator.value} → ${c.text}`, () => assert.equal(locatorText(c.locator), c.text));
});

// The outline and the pickers name a reference by the engine's one author-year label.
describe('referenceLabel: a reference as the outline and pickers name it', () => {
  const ref = (csl: Omit<CslItem, 'id' | 'type'>, text = 'Some entry text that is long enough to be cut somewhere.'): Reference => ({
    id: 'r1', index: 0, start: 0, end: text.length, text, csl: { id: 'r1', type: 'book', ...csl }, uncertain: [],
  });
  const cases: { name: string; reference: Reference; label: string }[] = [
    { name: 'one author in capitals', reference: ref({ author: [{ family: 'PAUL', given: 'T.V.' }], issued: { 'date-parts': [[2005]] } }), label: 'Paul 2005' },
    { name: 'two authors', reference: ref({ author: [{ family: 'BROOKS' }, { family: 'WOHLFORTH' }], issued: { 'date-parts': [[2005]] } }), label: 'Brooks & Wohlforth 2005' },
    { name: 'three authors', reference: ref({ author: [{ family: 'Lee' }, { family: 'Kim' }, { family: 'Park' }], issued: { 'date-parts': [[2019]] } }), label: 'Lee et al. 2019' },
    { name: 'a year suffix', reference: ref({ author: [{ family: 'Nye' }], issued: { 'date-parts': [[2004]] }, 'year-suffix': 'b' }), label: 'Nye 2004b' },
    { name: 'no date', reference: ref({ author: [{ family: 'Nye' }], issued: { literal: 'n.d.' } }), label: 'Nye n.d.' },
    { name: 'an organisation', reference: ref({ author: [{ literal: 'World Bank' }], issued: { 'date-parts': [[2020]] } }), label: 'World Bank 2020' },
    { name: 'an editor when there is no author', reference: ref({ editor: [{ family: 'Smith' }], issued: { 'date-parts': [[1999]] } }), label: 'Smith 1999' },
    { name: 'a particle kept', reference: ref({ author: [{ family: 'Hippel', 'non-dropping-particle': 'von' }], issued: { 'date-parts': [[2014]] } }), label: 'von Hippel 2014' },
  ];
  for (const c of cases) it(c.name, () => assert.equal(referenceLabel(c.reference), c.label));
  it('no author: the start of the entry, cut with "…"', () => {
    const label = referenceLabel(ref({ issued: { 'date-parts': [[1999]] } }));
    assert.match(label, /^Some entry text that is long enough to ?…$/);
    assert.ok(label.length <= 40, label);
  });
});
