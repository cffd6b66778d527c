// The engine against hand-made gold annotations of real essays: the seed essay must match
// completely, every other annotated essay must reach a link F1 of at least 0.97.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { scoreAgainstGold } from '../support/gold';
import type { GoldFile, GoldScore } from '../support/gold';

const ROOT = join(__dirname, '..', '..');
const ESSAYS = join(ROOT, 'test', 'fixtures', 'essays');

function score(textFile: string, goldFile: string): GoldScore {
  const text = readFileSync(textFile, 'utf8');
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldFile;
  return scoreAgainstGold(text, gold, analyze(text));
}

function explain(s: GoldScore): string {
  return [...s.misses.map((m) => `missed ${m}`), ...s.falseLinks.map((m) => `false ${m}`), ...s.missedCitations.map((m) => `not found ${m}`), ...s.unmatchedReferences.map((m) => `reference not found ${m}`)].join('\n');
}

describe('gold essays', () => {
  it('soft-balancing: all 17 citations, every link, nothing else', () => {
    const s = score(join(ROOT, 'corpus', 'soft-balancing.txt'), join(ROOT, 'test', 'fixtures', 'soft-balancing.gold.json'));
    assert.equal(s.citationRecall, 1, explain(s));
    assert.equal(s.citationPrecision, 1, s.extraCitations.join('\n'));
    assert.deepEqual(s.spanMismatches, []);
    assert.equal(s.truePositives, 17);
    assert.equal(s.precision, 1, explain(s));
    assert.equal(s.recall, 1, explain(s));
  });

  const names = existsSync(ESSAYS)
    ? readdirSync(ESSAYS)
        .filter((f) => f.endsWith('.txt') && existsSync(join(ESSAYS, f.replace(/\.txt$/, '.gold.json'))))
        .sort()
    : [];
  const table: string[] = [];
  for (const name of names) {
    it(`${name}: link F1 >= 0.97`, () => {
      const s = score(join(ESSAYS, name), join(ESSAYS, name.replace(/\.txt$/, '.gold.json')));
      table.push(
        `${name.padEnd(34)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  ` +
          `citations P ${s.citationPrecision.toFixed(2)} R ${s.citationRecall.toFixed(2)}`,
      );
      assert.ok(s.f1 >= 0.97, `F1 ${s.f1.toFixed(3)}\n${explain(s)}`);
    });
  }
  after(() => {
    if (table.length > 0) console.log(`\n    per-essay scores\n${table.map((l) => `    ${l}`).join('\n')}\n`);
  });
});

// Real essays written outside the project (test/fixtures/real/*/source.txt says where each comes from),
// messy on purpose: typos, odd punctuation, PDF line breaks. Each has its own floor: what the engine
// reaches today, never below 0.97 without a reason written here.
const REAL = join(ROOT, 'test', 'fixtures', 'real');
// One floor stands below 0.97, for this reason:
// - 05: "(Ranta, 2011)" and "Ranta (2011, p. 200)" give no letter against
//   a list with 2011a and 2011b: ambiguous by rule, with both candidates; gold picks 2011a from the
//   LaTeX version of the paper, which the text does not show.
const REAL_FLOORS: Readonly<Record<string, number>> = {
  '01-rodighiero': 0.98,
  '02-esead-tutores': 1,
  '03-said-idioms': 1,
  '04-hdlab-infraestructuras': 0.98,
  '05-dothraki-gf': 0.94,
  '06-uct-thesis': 1,
};

/** One `it` per folder of `dir` (each `<dir>/essay.txt` + `gold.json`), each held to its floor, then the folder's figures. */
function goldFolder(title: string, dir: string, floors: Readonly<Record<string, number>>): void {
  describe(title, () => {
    const dirs = existsSync(dir) ? readdirSync(dir).filter((d) => existsSync(join(dir, d, 'gold.json'))).sort() : [];
    const table: string[] = [];
    let tp = 0;
    let fp = 0;
    let fn = 0;
    it('every essay has a floor', () => {
      assert.deepEqual(dirs, Object.keys(floors).sort());
    });
    for (const d of dirs) {
      const floor = floors[d] ?? 0.97;
      it(`${d}: link F1 >= ${floor.toFixed(2)}`, () => {
        const s = score(join(dir, d, 'essay.txt'), join(dir, d, 'gold.json'));
        tp += s.truePositives;
        fp += s.falsePositives;
        fn += s.falseNegatives;
        table.push(
          `${d.padEnd(34)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  ` +
            `citations P ${s.citationPrecision.toFixed(2)} R ${s.citationRecall.toFixed(2)}`,
        );
        assert.ok(s.f1 >= floor, `F1 ${s.f1.toFixed(3)}\n${explain(s)}`);
      });
    }
    after(() => {
      if (table.length === 0) return;
      const p = tp + fp === 0 ? 1 : tp / (tp + fp);
      const r = tp + fn === 0 ? 1 : tp / (tp + fn);
      const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
      table.push(`${'all'.padEnd(34)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}`);
      console.log(`\n    ${title}\n${table.map((l) => `    ${l}`).join('\n')}\n`);
    });
  });
}

goldFolder('gold: real essays', REAL, REAL_FLOORS);

// Real essays found for developing the list finder and the citation finder (test/fixtures/found/README.md says
// where each comes from and what is hard in it). Floors below 0.97, for these reasons:
// - 02: "(Claassens et al., 2010)" against the only Claassens entry, of 2012: a plausible year that differs is read
//   as another work (the gold essays' convention), not repaired.
// - 04: McLuhan cited as 1964 twice, listed as the 1969 edition: the same.
// - 05: "Cavalo et al. (2015)" (twice) for "CAVALLO … 2016", "(SERRA, p. 14, 2011)" for Senra, "Barros et al. (2012)"
//   for a 2014 entry: a misspelling with a year slip, a misspelling with the locator before the year, a year slip.
// - 15: "Ross (2004)" for the only Ross entry, of 1994: a year slip, not repaired.
// - 17: "(SEI-BA, 2018)" for an entry led by "SEI.", and "BONFIM, 2015" for "BOMFIM … 2014" (a misspelling with a
//   year slip).
// - 18: "(VYGOTSKY, 1994)" for the only Vygotsky work, of 1984: a year slip.
// - 22: "Barros (2019)" for the only Barros entry, of 2009: the same.
// - 26: "(2011)" after "Brave NUI World. Designing Natural User Interfaces for Touch and Gesture": the year alone
//   after a two-part title is looked up by the title's second part, which no entry leads with.
// - 29: "(Fischer i.E.)": the German "i. E." (im Erscheinen) in place of the year is not read as "in press" (its
//   letters, in either case, are also "i.e.").
// - 31: "(DFG 2015)" for "Deutsche Forschungsgemeinschaft (2015)" (an abbreviation the list does not give), and
//   "(McGann 2016)" twice for the only McGann entry, of 2014 (a year slip).
// - 34: "(La Mésangère 1761–1831)", a run of years for a serial publication, is not read, and "(Girshick et al. 2014)"
//   for their 2015 entry is a year slip.
// - 41: "Jacquesson & von Roten 2018" (six times) for their only joint entry, of 2019 (a book on 1963-2018): a year slip.
// - 42: "(DIN EN ISO 9241-210: 2010)", a standard cited by its number, is not found as a citation, and "(Weiss et al.,
//   2011)" for the only Weiss entry, of 2009, is a year slip.
// - 45: "Arbeitsgemeinschaft Schulbibliotheken Berlin-Brandenburg" (2013, 2017) for an organisation the list writes
//   "… in Berlin und Brandenburg", "(Senator für kulturelle Angelegenheiten 1998/1990)" (a double year) is not found.
// - 46: "(Westfälischer Anzeiger, 2017a)" for articles listed under their author (Osiewacz 2017a/b), "rbb24 (2021)"
//   (an organisation in lower case) is not found, and "Saarikkomäki … 2019" (three times) for their 2020 entry.
// - 53: "Cintra et al., 2005" inside a group, for the only Cintra entry, of 1994: a year slip.
const FOUND = join(ROOT, 'test', 'fixtures', 'found');
const FOUND_FLOORS: Readonly<Record<string, number>> = {
  '01-esead-sedimentos': 1,
  '02-esead-micorrizas': 0.96,
  '03-esead-chumbo': 1,
  '04-esead-professor-formador': 0.95,
  '05-esead-tecnologias-digitais': 0.95,
  '06-esead-aurasma': 1,
  '07-erudit-ergotherapie': 0.99,
  '08-erudit-land-pedagogies': 1,
  '09-erudit-hyperspectacle': 1,
  '10-openedition-eps': 1,
  '11-jose-live-coding': 0.97,
  '12-jose-social-models': 1,
  '13-jose-neuromatch': 1,
  '14-jose-data-cubes': 1,
  '15-esead-manguezais': 0.96,
  '16-esead-biocarvao': 1,
  '17-esead-solos-santo-amaro': 0.9,
  '18-esead-jogos-digitais': 0.96,
  '19-senspublic-terrorisme': 1,
  '20-senspublic-marxismo': 1,
  '21-esead-pibid': 1,
  '22-esead-embrapa': 0.98,
  '23-senspublic-arcan-acker': 1,
  '24-senspublic-habiter': 1,
  '25-senspublic-facebook': 1,
  '26-senspublic-choregraphies': 0.98,
  '27-dhd-jureko': 0.97,
  '28-dhd-bildmetadaten': 1,
  '29-dhd-korpusinfrastruktur': 0.96,
  '30-dhd-brecht-vr': 0.97,
  '31-dhd-digitale-edition': 0.94,
  '32-dhd-prototypen': 0.97,
  '33-dhd-intermediation': 1,
  '34-dhd-neoclassica': 0.95,
  '35-scielo-bakhtiniana': 0.95,
  '36-scielo-manguinhos-cochonilha': 0.96,
  '37-scielo-mediacoes-cambiemos': 0.87,
  '38-scielo-rbeaa-led-trap': 1,
  '39-scielo-acta-amazonica': 0.99,
  '40-scielo-transformacao-cinismo': 0.93,
  '41-libreas-genf-informatisation': 0.88,
  '42-libreas-soziale-roboter': 0.6,
  '43-libreas-hoerbild': 1,
  '44-libreas-automatisierung-1960er': 0.99,
  '45-libreas-schulbibliotheken-berlin': 0.94,
  '46-libreas-wachschutz': 0.93,
  '47-scielo-esa-briquetes': 0.98,
  '48-scielo-rac-comprometimento': 0.99,
  '49-ride-catullus-online': 0.99,
  '50-ride-semper-edition': 0.96,
  '51-ride-galileo-notes': 0.97,
  '52-scielo-biota-cerrado-flora': 1,
  '53-scielo-transinformacao-ko-elite': 0.99,
  '54-senspublic-architecture-numerique': 1,
  '55-senspublic-regarder': 1,
};
goldFolder('gold: found essays', FOUND, FOUND_FLOORS);
