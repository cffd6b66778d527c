/**
 * The word lists of the engine, once, as data: each concept keyed by language, with a note on where
 * the forms come from. `lexicon.ts` builds the sets and regular expressions the finder, the list
 * reader and the linker use. Forms are written as essays and lists write them (dots, accents);
 * `lexicon.ts` folds them where a comparison needs it. Abbreviations are written with their dots
 * ("n.d."); a space may stand after each dot in the text ("n. d.").
 */

/** One concept: its forms by language (ISO 639-1; "la" for Latin, "*" for symbols). */
export interface WordList {
  /** Where the forms come from. */
  readonly source: string;
  readonly forms: Readonly<Record<string, readonly string[]>>;
}

/** "No date" in place of a year. */
export const NO_DATE: WordList = {
  source:
    'APA 7 §9.17 (n.d.); Chicago 17 §15.44; ABNT NBR 6023 (s.d., s/d); Spanish APA adaptation and Latin American usage (s.f., s/f, sin fecha); DIN 1505 and German usage (o.J.); Dutch (z.j.); Scandinavian (u.å.); forms seen in the annotated essays',
  forms: {
    en: ['n.d.', 'no date', 'undated'],
    la: ['s.d.'],
    es: ['s.f.', 's/f', 'sin fecha'],
    pt: ['s/d', 'sem data'],
    fr: ['sans date'],
    it: ['senza data'],
    de: ['o.J.', 'ohne Jahr'],
    nl: ['z.j.', 'zonder jaar'],
    sv: ['u.å.'],
  },
};

/** "In press" in place of a year. */
export const IN_PRESS: WordList = {
  source: 'APA 7 §9.17 (in press); Chicago 17 §15.44 (forthcoming); the same phrase in the style guides of each language; forms seen in the annotated essays',
  forms: {
    en: ['in press', 'forthcoming'],
    pt: ['no prelo'],
    es: ['en prensa'],
    fr: ['sous presse', 'à paraître', 'a paraître'],
    de: ['im Druck', 'im Erscheinen'],
    it: ['in corso di stampa', 'in stampa', 'in corso di pubblicazione', 'di prossima pubblicazione'],
    nl: ['in druk', 'te verschijnen', 'ter perse'],
    sv: ['i tryck'],
    pl: ['w druku'],
  },
};

/** "In preparation" in languages where the phrase is rarely a title's words: a date wherever an entry writes it. */
export const IN_PREPARATION: WordList = {
  source: 'APA 7 §9.17 (works in preparation) as its adaptations translate it; forms seen in reference lists',
  forms: {
    pt: ['a aparecer'],
    es: ['en preparación'],
    fr: ['en préparation'],
    nl: ['in voorbereiding'],
    de: ['in Vorbereitung'],
  },
};

/** Words a list writes in the brackets after the names of a work not yet out: a date there only (elsewhere they are a title's words). */
export const PENDING: WordList = {
  source: 'APA 7 §9.17 (unpublished and submitted works); forms seen in reference lists',
  forms: {
    en: ['in preparation', 'submitted', 'under review'],
    pt: ['em preparação'],
  },
};

/** The second word of "and others" after an author: "et al.", and the slips of the pen met in essays. */
export const ET_AL: WordList = {
  source: 'Latin "et alii" as APA, Chicago, Harvard and ABNT abbreviate it; German "u. a.", Dutch "e.a.", Scandinavian "m.fl."; the misspellings "etal.", "el at.", "et. al." seen in real essays',
  forms: {
    la: ['et al.', 'et alii', 'etal.', 'el at.'],
    de: ['u.a.'],
    nl: ['e.a.'],
    sv: ['m.fl.'],
  },
};

/** Words that join two authors in a citation. */
export const CONNECTORS: WordList = {
  source: 'the conjunction "and" of each language the essays are written in (Spanish "e" before i- and "u" before o-; Hungarian "és" also written without its accent)',
  forms: {
    '*': ['&'],
    en: ['and'],
    pt: ['e'],
    it: ['e'],
    es: ['y', 'e', 'u'],
    de: ['und'],
    fr: ['et'],
    nl: ['en'],
    no: ['og'],
    da: ['og'],
    sv: ['och'],
    ca: ['i'],
    tr: ['ve'],
    hu: ['és', 'es'],
    fi: ['ja'],
  },
};

/**
 * Connectors the list reader leaves out before the last author of an entry: in a list they are
 * more often words of a title ("en", "ve", "es", "ja") or an initial ("u").
 */
export const NOT_LIST_CONNECTORS: readonly string[] = ['en', 've', 'es', 'ja', 'u'];

/** Particles of surnames. */
export const PARTICLES = {
  source: 'Dutch, German, French, Spanish, Portuguese, Italian and Arabic surname particles as the Chicago Manual of Style (17 §8.5–8.14) and CSL name particles describe them',
  /** Rarely ordinary words: kept even without evidence from the list. */
  strong: ['van', 'von', 'der', 'den', 'ter', 'ten', 'vom', 'zu', 'zur', "'t", "'s", 'bin', 'ibn', 'abu', 'ap', 'af', 'av'],
  /** Also prepositions or articles: kept only when a reference has the particle. */
  weak: ['de', 'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'delle', 'degli', 'dei', 'des', 'du', 'la', 'le', 'al', 'el', 'ben'],
  /** As the list reader compares them. */
  list: ['de', 'da', 'do', 'das', 'dos', 'del', 'della', 'delle', 'degli', 'dei', 'di', 'du', 'des', 'la', 'le', 'lo', 'van', 'von', 'der', 'den', 'ter', 'ten', 'op', "'t", '\u2019t', "'s", '\u2019s', 'zu', 'zum', 'zur', 'vom', 'bin', 'ibn', 'al', 'el', 'st', 'af', 'av'],
} as const;

/** Function words an organisation's abbreviation skips: "World Health Organization" is "WHO", "Ministério da Saúde" "MS". */
export const ORGANISATION_SMALL_WORDS: WordList = {
  source: 'articles, prepositions and conjunctions of the languages the essays are written in',
  forms: {
    en: ['of', 'the', 'for', 'and', 'on', 'in', 'at', 'to', 'a', 'an'],
    fr: ['de', 'des', 'du', 'la', 'le', 'les', 'et', 'pour'],
    es: ['y', 'del', 'para'],
    pt: ['e', 'da', 'do', 'dos', 'das'],
    it: ['di', 'della', 'per'],
    de: ['und', 'fur', 'der', 'die', 'zur', 'zum'],
    nl: ['van', 'voor', 'en', 'het'],
    sv: ['och'],
    no: ['og', 'for'],
  },
};

/**
 * Words of institutions and of titles that two capitalised words before a full stop are made of
 * ("Computer Science and Artificial Intelligence.", "Social Sciences and Humanities Research Council."):
 * such a line is a title or a body going on, not persons written given name first.
 */
export const INSTITUTION_WORDS: WordList = {
  source: 'the nouns of university, council, press and conference names and of subject names in reference lists',
  forms: {
    en: ['Science', 'Sciences', 'Press', 'University', 'Research', 'Council', 'Intelligence', 'Studies', 'Society', 'Journal', 'Review', 'Conference', 'Proceedings', 'Institute', 'Department', 'Center', 'Centre', 'Association', 'Humanities', 'Systems', 'Computing', 'Engineering', 'Technology', 'Management', 'Education', 'Health', 'Development', 'Policy', 'Learning', 'Processing', 'Analysis', 'Theory', 'Practice', 'Methods', 'History', 'Culture', 'Communication', 'Company', 'Group', 'Library', 'Museum', 'Foundation', 'Office', 'Ministry', 'Committee', 'Agency', 'Organization', 'Organisation', 'Services', 'Applications', 'Networks', 'Design'],
  },
};

/** Locator labels as written (folded, final dot removed) → the CSL locator label. */
export const LOCATOR_LABELS = {
  source: 'CSL locator terms (page, chapter, section, paragraph, figure, table, note, volume, line, folio, article) and their abbreviations in the languages the essays are written in',
  labels: [
    ['p', 'page'], ['pp', 'page'], ['pg', 'page'], ['pgs', 'page'], ['page', 'page'], ['pages', 'page'], ['s', 'page'],
    ['pag', 'page'], ['pags', 'page'], ['pagina', 'page'], ['paginas', 'page'], ['pagine', 'page'], ['seite', 'page'],
    ['chap', 'chapter'], ['ch', 'chapter'], ['chapter', 'chapter'], ['cap', 'chapter'], ['capitulo', 'chapter'], ['kap', 'chapter'], ['chapitre', 'chapter'],
    ['sec', 'section'], ['sect', 'section'], ['section', 'section'], ['§', 'section'], ['§§', 'section'], ['secc', 'section'],
    ['para', 'paragraph'], ['paras', 'paragraph'], ['par', 'paragraph'], ['paragraph', 'paragraph'], ['¶', 'paragraph'], ['abs', 'paragraph'],
    ['fig', 'figure'], ['figs', 'figure'], ['figure', 'figure'], ['abb', 'figure'],
    ['tab', 'table'], ['table', 'table'], ['tabla', 'table'], ['tabela', 'table'],
    ['n', 'note'], ['nn', 'note'], ['note', 'note'], ['fn', 'note'],
    ['vol', 'volume'], ['vols', 'volume'], ['bd', 'volume'], ['t', 'volume'],
    ['l', 'line'], ['ll', 'line'], ['line', 'line'], ['lines', 'line'], ['z', 'line'],
    ['loc', 'location'], ['f', 'folio'], ['fol', 'folio'], ['art', 'article'],
  ] as readonly (readonly [string, string])[],
} as const;
