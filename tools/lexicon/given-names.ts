// Writes src/core/lexicon/givenNames.ts: the given names of @faker-js/faker's person data (MIT, its licence in
// src/core/lexicon/givenNames.LICENSE) in the locales of the languages essays are written in, kept when they are
// written in Latin letters, have three letters or more, are no word of another of the lexicon's classes (months,
// particles, connectors…) and never stand in lower case in the labelled entries of tools/train/data (there they
// are ordinary words: "will", "hope", "grace").
//   npm pack @faker-js/faker@8.4.1 && tar xzf faker-js-faker-8.4.1.tgz && npx tsx tools/lexicon/given-names.ts package
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadTrainingData } from '../train/data';
import { wordClasses } from '../../src/core/lexicon';

const LOCALES = ['en', 'en_GB', 'en_IE', 'en_AU', 'en_CA', 'en_IN', 'en_ZA', 'en_NG', 'de', 'de_AT', 'de_CH', 'fr', 'fr_BE', 'fr_CA', 'fr_CH', 'es', 'es_MX', 'pt_BR', 'pt_PT', 'it', 'nl', 'nl_BE', 'sv', 'da', 'nb_NO', 'fi', 'pl', 'cs_CZ', 'sk', 'hu', 'ro', 'hr', 'tr', 'id_ID', 'vi', 'af_ZA', 'yo_NG', 'zu_ZA'];

const root = resolve(process.argv[2] ?? 'package');
const names = new Set<string>();
const collect = (v: unknown): void => {
  if (typeof v === 'string') names.add(v);
  else if (Array.isArray(v)) v.forEach(collect);
  else if (v && typeof v === 'object') Object.values(v).forEach(collect);
};
for (const locale of LOCALES) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(join(root, 'dist', 'cjs', 'locales', locale, 'index.js')) as Record<string, { person?: { first_name?: unknown } }>;
  const definitions = Object.values(mod).find((m) => m && typeof m === 'object' && 'person' in m);
  collect(definitions?.person?.first_name);
}
const lowerWords = new Set<string>();
for (const e of loadTrainingData()) for (const w of e.text.split(/[^\p{L}'-]+/u)) if (w !== '' && w === w.toLowerCase()) lowerWords.add(w);
const kept = [...names]
  .map((n) => n.toLowerCase())
  .filter((n) => /^\p{Script=Latin}[\p{Script=Latin}'-]{2,}$/u.test(n) && !lowerWords.has(n) && wordClasses(n).every((c) => c === 'given'));
const sorted = [...new Set(kept)].sort();
writeFileSync(
  join(__dirname, '..', '..', 'src', 'core', 'lexicon', 'givenNames.ts'),
  `/*! Given names from the person data of @faker-js/faker 8.4.1, Faker - Copyright (c) 2022-2024, MIT licence (givenNames.LICENSE). */\n/**\n * Given names, lower case, from the person data of @faker-js/faker 8.4.1 in ${LOCALES.length} locales, filtered by\n * tools/lexicon/given-names.ts (which writes this file). ${sorted.length} names.\n */\nexport const GIVEN_NAMES = '${sorted.join(' ').replace(/'/g, "\\'")}';\n`,
);
console.log(`${names.size} names read, ${sorted.length} kept`);
