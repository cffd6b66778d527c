// The run-time messages in every language the extension ships: each `vscode.l10n.t('…')` of the adapters and each
// `say('…')` of the engine names its English template, and l10n/bundle.l10n.<locale>.json must translate every one
// (VS Code shows the English of a missing key, silently) with the same placeholders, and nothing else. Then the engine
// itself is run with a bundle: its notices, reasons and problems come out translated, and in English again without.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { readBibliography } from '../../src/core/library/bibliography';
import { sameWork } from '../../src/core/library/sameWork';
import { currentMessages, messageArgs, say, useMessages, type MessageBundle } from '../../src/core/messages';
import type { CslItem, Reference } from '../../src/core/model';
import { findProblems } from '../../src/core/problems';
import { referenceFields, referenceFieldsLine } from '../../src/core/referenceFields';
import { messageUses, placeholders } from './support/messageKeys';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { l10n?: string };
const uses = messageUses(root);
const keys = [...new Set(uses.map((u) => u.key).filter((k): k is string => k !== undefined))].sort();
const bundleFiles = readdirSync(join(root, 'l10n')).filter((name) => /^bundle\.l10n\.[\w-]+\.json$/.test(name));
const readBundle = (name: string): MessageBundle => JSON.parse(readFileSync(join(root, 'l10n', name), 'utf8')) as MessageBundle;

describe('run-time messages', () => {
  it('are found in the adapters and the engine (so the checks below look at the right thing)', () => {
    const files = new Set(uses.map((u) => u.where.replace(/:\d+$/, '')));
    for (const file of ['src/problems/statusBar.ts', 'src/sources/sourcesCommands.ts', 'src/reading/hoverContent.ts', 'src/core/problems.ts', 'src/core/link/score.ts']) {
      assert.ok(files.has(file), `no message found in ${file}`);
    }
    assert.ok(keys.length > 200, `only ${keys.length} messages`);
  });

  it('each names its English template as a string literal (a key the bundles can hold)', () => {
    assert.deepEqual(uses.filter((u) => u.key === undefined).map((u) => u.where), []);
  });

  it('each call fills every placeholder of its template, and no more', () => {
    const wrong = uses
      .filter((u) => u.key !== undefined && !u.recognises)
      .filter((u) => {
        const numbers = placeholders(u.key!).map((p) => Number(p.slice(1, -1)));
        const expected = numbers.length === 0 ? 0 : Math.max(...numbers) + 1;
        return numbers.length !== expected || u.args !== expected;
      })
      .map((u) => `${u.where}: “${u.key}” with ${u.args} argument(s)`);
    assert.deepEqual(wrong, []);
  });

  it('package.json points VS Code at the bundles, and Portuguese (Brazil) and Spanish are there', () => {
    assert.equal(manifest.l10n, './l10n');
    assert.deepEqual(bundleFiles.sort(), ['bundle.l10n.es.json', 'bundle.l10n.pt-br.json']);
  });

  for (const file of bundleFiles) {
    describe(file, () => {
      const bundle = readBundle(file);
      it('translates every message of the source (no key missing)', () => {
        assert.deepEqual(keys.filter((key) => typeof bundle[key] !== 'string' || bundle[key].trim() === ''), []);
      });
      it('holds no message the source no longer says (no stale key)', () => {
        assert.deepEqual(Object.keys(bundle).filter((key) => !keys.includes(key)), []);
      });
      it('keeps the placeholders and the quotation marks of each English template', () => {
        const marks = (s: string): string => [...s].filter((c) => c === '“' || c === '”').join('');
        const wrong = Object.keys(bundle).filter((key) => placeholders(bundle[key]).join() !== placeholders(key).join() || marks(bundle[key]) !== marks(key));
        assert.deepEqual(wrong, []);
      });
      it('translates the sentences (only names and units stay as in English)', () => {
        const same = Object.keys(bundle).filter((key) => key.split(/\s+/).length > 3 && bundle[key] === key);
        assert.deepEqual(same, []);
      });
    });
  }
});

describe('the engine with a translation bundle', () => {
  afterEach(() => useMessages(undefined));

  const closestMiss = ['Wang', '', 'First (Wang 2018). Then (Doe, 1999).', '', 'References', '', 'Wang, Haiyun (2007). Eluosi. Beijing.'].join('\n');
  const problemsOf = (text: string): string[] => findProblems(analyze(text), { uncitedReferences: false }).map((p) => p.message.replace(/ (In|Em|En) “.*$/u, ''));

  const cases: { name: string; bundle: string; expected: string[] }[] = [
    {
      name: 'Portuguese (Brazil)',
      bundle: 'bundle.l10n.pt-br.json',
      expected: [
        'Nenhuma referência da lista corresponde a “Wang 2018”. A mais próxima é “Wang 2007” (entrada 1), mas o ano difere: texto 2018, referência 2007.',
        'Nenhuma referência da lista corresponde a “Doe 1999”.',
      ],
    },
    {
      name: 'Spanish',
      bundle: 'bundle.l10n.es.json',
      expected: [
        'Ninguna referencia de la lista coincide con “Wang 2018”. La más cercana es “Wang 2007” (entrada 1), pero el año difiere: texto 2018, referencia 2007.',
        'Ninguna referencia de la lista coincide con “Doe 1999”.',
      ],
    },
  ];
  for (const c of cases) {
    it(`says an unresolved citation once, in ${c.name} (its own reasons recognised in translation)`, () => {
      useMessages(readBundle(c.bundle));
      assert.deepEqual(problemsOf(closestMiss), c.expected);
    });
  }

  it('notices an essay without a reference list in Portuguese, with its count', () => {
    useMessages(readBundle('bundle.l10n.pt-br.json'));
    const notice = analyze('An essay (Paul, 2005) and (Pape, 2004) with no list at all.').notices.find((n) => n.code === 'no-reference-list');
    assert.equal(notice?.message, 'Nenhuma lista de referências foi encontrada, então as 2 citações não podem ser vinculadas.');
  });

  // The library's reasons and problems, and the kind of work, each read in the language of the moment it is asked.
  const paul = (year: number, title: string): CslItem => ({ id: 'x', type: 'article-journal', author: [{ family: 'Paul', given: 'T. V.' }], title, issued: { 'date-parts': [[year]] } });
  const chapter: Reference = { id: 'r1', index: 0, start: 0, end: 1, text: 'x', csl: { id: 'r1', type: 'chapter', editor: [{ family: 'Smith', given: 'J.' }] }, uncertain: [] };
  const library: { name: string; bundle: string | undefined; reasons: string[]; problems: string[]; fields: string }[] = [
    {
      name: 'English without a bundle (the command line)',
      bundle: undefined,
      reasons: ['different years (2005 and 2006)', 'same authors (Paul)', 'same title'],
      problems: ['the file is empty', 'one entry has BibTeX syntax errors and was left out: broken (line 2)'],
      fields: 'Editors: Smith, J. · Type: book chapter',
    },
    {
      name: 'Portuguese (Brazil)',
      bundle: 'bundle.l10n.pt-br.json',
      reasons: ['anos diferentes (2005 e 2006)', 'mesmos autores (Paul)', 'mesmo título'],
      problems: ['o arquivo está vazio', 'uma entrada tem erros de sintaxe BibTeX e foi deixada de fora: broken (linha 2)'],
      fields: 'Organizadores: Smith, J. · Tipo: capítulo de livro',
    },
    {
      name: 'Spanish',
      bundle: 'bundle.l10n.es.json',
      reasons: ['años distintos (2005 y 2006)', 'mismos autores (Paul)', 'mismo título'],
      problems: ['el archivo está vacío', 'una entrada tiene errores de sintaxis BibTeX y se dejó fuera: broken (línea 2)'],
      fields: 'Editores: Smith, J. · Tipo: capítulo de libro',
    },
  ];
  const bib = ['@article{good, author = {Paul, T. V.}, title = {Soft Balancing}, year = {2005}}', '@article{broken, author = {Pape, Robert, title = {Soft Balancing}, year = 2005', '@book{fine, author = {Nye, Joseph}, title = {Soft Power}, year = {2004}}'].join('\n');
  for (const c of library) {
    it(`gives the library's reasons, a bibliography's problems and the kind of work in ${c.name}`, () => {
      useMessages(c.bundle === undefined ? undefined : readBundle(c.bundle));
      assert.deepEqual(sameWork(paul(2005, 'Soft Balancing against the United States'), paul(2006, 'Soft balancing against the United States')).reasons, c.reasons);
      assert.deepEqual([...readBibliography('refs.bib', '').problems, ...readBibliography('refs.bib', bib).problems], c.problems);
      assert.equal(referenceFieldsLine(referenceFields(chapter)), c.fields);
    });
  }

  it('speaks English again without a bundle: the command line and every other test read it', () => {
    useMessages(readBundle('bundle.l10n.es.json'));
    useMessages(undefined);
    assert.equal(currentMessages(), undefined);
    assert.deepEqual(problemsOf(closestMiss), [
      'No reference in the list matches “Wang 2018”. The closest is “Wang 2007” (entry 1), but the year differs: text 2018, reference 2007.',
      'No reference in the list matches “Doe 1999”.',
    ]);
  });

  const formatting: { name: string; template: string; args: (string | number)[]; bundle: MessageBundle | undefined; expected: string }[] = [
    { name: 'English, in order', template: '{0} of {1}', args: [3, 10], bundle: undefined, expected: '3 of 10' },
    { name: 'a translation that swaps the arguments', template: '{0} of {1}', args: ['a', 'b'], bundle: { '{0} of {1}': '{1} / {0}' }, expected: 'b / a' },
    { name: 'a template this bundle lacks falls back to English', template: 'Open', args: [], bundle: { Copy: 'Copiar' }, expected: 'Open' },
    { name: 'a placeholder without its argument is left as written', template: 'page {0} of {1}', args: [2], bundle: undefined, expected: 'page 2 of {1}' },
  ];
  for (const f of formatting) {
    it(`formats ${f.name}`, () => {
      useMessages(f.bundle);
      assert.equal(say(f.template, ...f.args), f.expected);
    });
  }

  it('reads a translated message’s arguments back by placeholder number, whatever their order', () => {
    useMessages({ '{0} of {1}': '{1} / {0}' });
    assert.deepEqual(messageArgs('b / a', '{0} of {1}'), ['a', 'b']);
    assert.equal(messageArgs('a of b', '{0} of {1}'), undefined);
  });
});
