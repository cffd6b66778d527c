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

/** The words that announce an entry's web address or DOI: "Available at:", "Retrieved from", "Disponível em:". */
export const LINK_INTRO: WordList = {
  source: 'Harvard (Cite Them Right: Available at), APA 6 (Retrieved from), ABNT NBR 6023 (Disponível em), Spanish APA adaptation (Recuperado de, Disponible en), DIN ISO 690 and German usage (abrufbar unter, online unter, verfügbar unter), French usage (disponible sur); forms seen in the annotated essays',
  forms: {
    en: ['available at', 'available from', 'available online', 'retrieved from'],
    es: ['recuperado de', 'disponible en'],
    pt: ['disponível em'],
    fr: ['disponible sur'],
    de: ['abrufbar unter', 'online unter', 'verfügbar unter'],
  },
};

/** The words before the date a web page was read on: "Accessed 3 March 2020", "Acesso em: 05 fev. 2019". */
export const ACCESSED: WordList = {
  source: 'APA 7 §9.16 (Retrieved); Chicago 17 §14.12 (accessed); MLA 9 (Accessed); ABNT NBR 6023 (Acesso em); DIN ISO 690 and German usage (abgerufen am, letzter Zugriff); forms seen in the annotated essays',
  forms: {
    en: ['accessed', 'retrieved', 'last accessed', 'last access', 'last visited', 'access on', 'viewed on'],
    pt: ['acesso em', 'acessado em'],
    es: ['consultado', 'consultada', 'accedido', 'recuperado de', 'fecha de consulta'],
    fr: ['consulté le', 'consulté', 'page consultée le'],
    it: ['consultato il', 'ultimo accesso'],
    de: ['abgerufen am', 'abgerufen', 'zugegriffen am', 'letzter Zugriff', 'zuletzt abgerufen', 'Zugriff am'],
  },
};

/** The words that give an entry's other edition or translation and its year: "Trad. cast. … 2010", "2. Aufl. 2015". */
export const EDITION_NOTE: WordList = {
  source: 'Chicago 17 §14.88–14.90 (translations, reprints); ABNT NBR 6023 (Tradução, edição); APA 7 §9.39–9.41 (translations, republished works); DIN ISO 690 (Übersetzung, Auflage); forms seen in the annotated essays',
  forms: {
    en: ['trans.', 'translated', 'translation', 'reprint', 'reprinted', 'repr.', 'edition', 'ed.', 'orig.'],
    es: ['trad.', 'traducción', 'edición', 'reimpr.', 'reimpresión'],
    pt: ['tradução', 'traduzido', 'edição', 'reimpressão'],
    fr: ['traduction', 'traduit', 'édition', 'rééd.', 'réimpr.'],
    it: ['traduzione', 'tradotto', 'edizione', 'ristampa'],
    de: ['Übers.', 'übersetzt', 'Übersetzung', 'Aufl.', 'Auflage', 'Nachdruck', 'Neuausgabe'],
  },
};

/** The word after an edition's number: "1. ed.", "2nd edn", "3. Aufl.", "2. uitg.". */
export const EDITION_WORD: WordList = {
  source: 'APA 7 §9.41 and Chicago 17 §14.113 (ed., edn); ABNT NBR 6023 (ed.); DIN ISO 690 (Aufl.); forms seen in the annotated lists',
  forms: {
    en: ['ed.', 'edn.', 'edition'],
    fr: ['éd.'],
    pt: ['edição'],
    es: ['edición'],
    it: ['edizione'],
    de: ['Aufl.', 'Auflage'],
    nl: ['uitg.'],
  },
};

/**
 * The words that tell an entry's kind of work, as the parser reads them anywhere in an entry's fields (whole words, case
 * aside): reports, conferences, theses, interviews, and the words of journals' and publishers' names.
 */
export const KIND_WORDS = {
  /** The kinds of report a series or a note names: "working paper", "technical report", "policy brief". */
  reportQualifier: {
    source: 'the report series of research institutes and agencies (working, discussion, occasional, policy, technical papers) as APA 7 §10.4 and Chicago 17 §14.220 cite them',
    forms: { en: ['working', 'discussion', 'occasional', 'policy', 'background', 'research', 'briefing', 'technical', 'white'] },
  },
  reportNoun: {
    source: 'the nouns after a report qualifier (see reportQualifier); their plurals are read too',
    forms: { en: ['paper', 'report', 'brief', 'note'] },
  },
  report: {
    source: 'words that name a report in each language; BibTeX\'s techreport',
    forms: {
      en: ['techreport', 'report', 'policy brief', 'technical brief', 'briefing'],
      pt: ['relatório', 'texto para discussão'],
      es: ['informe', 'documento de trabajo'],
      de: ['arbeitspapier', 'diskussionspapier'],
    },
  },
  conference: {
    source: 'words that name a conference, a paper given there or its proceedings, in each language and abbreviated',
    forms: {
      en: ['paper presented', 'presented at', 'conference', 'meeting', 'congress', 'symposium', 'symposia', 'seminar', 'workshop', 'colloquium', 'proc', 'conf', 'proceedings', 'convention'],
      pt: ['congresso', 'simpósio', 'anais', 'atas', 'colóquio', 'seminário'],
      es: ['congreso', 'simposio', 'actas', 'seminario'],
      fr: ['actes', 'colloque'],
      it: ['atti', 'convegno'],
      de: ['kongress', 'tagung', 'konferenz'],
    },
  },
  thesis: {
    source: 'the names of theses and dissertations and their degrees in each language',
    forms: {
      en: ['thesis', 'dissertation', 'doctoral', 'phd', 'ph.d', "master's", 'masters'],
      pt: ['tese', 'dissertação', 'mestrado', 'doutorado'],
      es: ['tesis', 'doctorado'],
      de: ['diplomarbeit', 'masterarbeit', 'doktorarbeit', 'habilitationsschrift'],
      fr: ['thèse', 'mémoire'],
    },
  },
  interview: {
    source: 'words that name an interview or a personal communication (APA 7 §8.9)',
    forms: { en: ['interview', 'interviewed', 'personal communication'], pt: ['entrevista', 'comunicação pessoal'], fr: ['entretien'] },
  },
  journal: {
    source: 'words of journal and newspaper titles in each language',
    forms: {
      en: ['journal', 'review', 'quarterly', 'studies', 'bulletin', 'annals', 'forum', 'magazine', 'letters', 'proceedings', 'yearbook', 'times', 'post', 'gazette', 'herald'],
      es: ['revista', 'anuario'],
      pt: ['cadernos', 'anuário'],
      de: ['zeitschrift', 'jahrbuch'],
      it: ['rivista'],
      fr: ['revue'],
    },
  },
  publisher: {
    source: 'words of publishers\' and institutions\' names in each language, and the largest academic publishers',
    forms: {
      en: ['press', 'publisher', 'publishers', 'publishing', 'books', 'university', 'institute', 'center', 'centre', 'foundation', 'routledge', 'springer', 'wiley', 'elsevier', 'sage', 'palgrave', 'macmillan', 'penguin', 'harper'],
      de: ['verlag', 'universität', 'campus', 'nomos'],
      pt: ['editora', 'edições', 'universidade', 'instituto'],
      es: ['editorial', 'ediciones', 'universidad'],
      fr: ['éditions'],
    },
  },
} as const satisfies Readonly<Record<string, WordList>>;

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
export const SAME_AUTHOR: WordList = {
  source: 'the pronoun that repeats the author of the work cited just before it in the same citation: German "ders." (derselbe), "dies." (dieselbe, dieselben), "dens." (denselben); Latin "id." / "idem", "ead." / "eadem", "eid." (eidem), as French, Spanish and Italian essays use them',
  forms: {
    de: ['ders.', 'dies.', 'dens.', 'derselbe', 'dieselbe', 'dieselben'],
    la: ['id.', 'idem', 'ead.', 'eadem', 'eid.', 'eidem'],
  },
};

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
    en: ['Science', 'Sciences', 'Press', 'University', 'Research', 'Council', 'Intelligence', 'Studies', 'Society', 'Journal', 'Review', 'Conference', 'Proceedings', 'Institute', 'Department', 'Center', 'Centre', 'Association', 'Humanities', 'Systems', 'Computing', 'Engineering', 'Technology', 'Management', 'Education', 'Health', 'Development', 'Policy', 'Learning', 'Processing', 'Analysis', 'Theory', 'Practice', 'Methods', 'History', 'Culture', 'Communication', 'Company', 'Group', 'Library', 'Museum', 'Foundation', 'Office', 'Ministry', 'Committee', 'Agency', 'Organization', 'Organisation', 'Services', 'Applications', 'Networks', 'Design', 'Bureau', 'Board', 'Commission', 'Administration', 'Authority', 'Corporation', 'Government', 'Secretariat', 'Directorate', 'Federation', 'Programme', 'Statistics', 'Team', 'Consortium', 'Collaboration', 'Project'],
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

/**
 * The word classes the entry labeller's features look up: the words that mark a field in the citation
 * styles of the languages the engine reads. A word may belong to several classes. Particles, connectors,
 * "et al." and the page and volume labels are not repeated here: `lexicon.ts` takes them from the lists
 * above ({@link PARTICLES}, {@link CONNECTORS}, {@link ET_AL}, {@link LOCATOR_LABELS}).
 */
export const ENTRY_WORD_CLASSES: Readonly<Record<string, WordList>> = {
  month: {
    source: 'month names and their usual abbreviations in each language; the seasons that journals print in place of a month',
    forms: {
      en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'spring', 'summer', 'autumn', 'fall', 'winter'],
      es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'ene', 'dic', 'primavera', 'verano', 'otoño', 'invierno'],
      pt: ['janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro', 'fev', 'mai', 'out', 'dez', 'verão', 'outono', 'inverno'],
      fr: ['janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'janv', 'févr', 'avr', 'juil', 'déc', 'printemps', 'été', 'automne', 'hiver'],
      de: ['januar', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember', 'mär', 'okt', 'frühling', 'sommer', 'herbst'],
      it: ['gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre'],
    },
  },
  in: { source: 'the word before the book or journal that holds a chapter or an article', forms: { en: ['in'], pt: ['em'], es: ['en'], fr: ['dans'], de: ['im'] } },
  editorWord: {
    source: 'the editor marks of APA, Chicago, MLA, ABNT, DIN 1505 and their translations',
    forms: {
      en: ['ed', 'eds', 'editor', 'editors', 'edited', 'edit', 'comp', 'comps', 'compiled', 'edd', 'ed(s)'],
      de: ['hrsg', 'hg', 'herausgegeben'],
      pt: ['org', 'orgs', 'organizador', 'organizadores', 'organizado', 'coord', 'coords'],
      es: ['compilador', 'dir', 'dirs'],
      fr: ['éd', 'éds'],
      it: ['a', 'cura'],
    },
  },
  by: { source: '"by" before the names of an editor or translator', forms: { en: ['by'], de: ['von'], es: ['por'], fr: ['par'], it: ['di'] } },
  translatorWord: {
    source: 'the translator marks of the style guides and their translations',
    forms: {
      en: ['trans', 'translated', 'translator', 'translation', 'tr', 'transl'],
      de: ['übers', 'übersetzt'],
      es: ['trad', 'traducción'],
      pt: ['tradução'],
      fr: ['traduit', 'traduction'],
      it: ['traduzione', 'tradotto'],
    },
  },
  pages: { source: 'page labels a reference list writes beside those of LOCATOR_LABELS', forms: { en: ['pages'], de: ['seiten', 'ss'], es: ['pág', 'págs'] } },
  volume: { source: 'volume labels a reference list writes beside those of LOCATOR_LABELS', forms: { en: ['volume', 'volumes'], de: ['band', 'jg', 'jahrgang'], fr: ['tome'], es: ['tomo'] } },
  issue: { source: 'issue and number labels', forms: { en: ['no', 'num', 'n', 'nos', 'issue'], de: ['nr', 'heft'], it: ['fasc'], es: ['número'], pt: ['numero'] } },
  edition: {
    source: 'edition labels and the ordinals written before them',
    forms: { en: ['edn', 'edition', 'ed', 'rev', 'revised', '2nd', '3rd', '4th', '5th', 'first', 'second', 'third'], de: ['aufl', 'auflage'], fr: ['éd'], es: ['edición'], pt: ['edição'], it: ['edizione'] },
  },
  publisher: {
    source: 'words of publishers\' names in each language, and the names of the largest academic publishers',
    forms: {
      en: ['press', 'publishers', 'publisher', 'publishing', 'publications', 'books', 'university', 'inc', 'ltd', 'llc', 'co', 'company', 'publ', 'routledge', 'springer', 'wiley', 'elsevier', 'sage', 'palgrave', 'macmillan', 'penguin', 'harper', 'blackwell', 'kluwer', 'brill', 'mit', 'oup', 'cup', 'norton', 'vintage', 'random', 'house', 'basic', 'academic'],
      de: ['verlag', 'verlags', 'universität', 'gmbh', 'gruyter', 'suhrkamp'],
      es: ['universidad', 'editorial', 'ediciones'],
      pt: ['universidade', 'editora', 'edições'],
      it: ['università', 'editore', 'editori'],
      fr: ['université', 'éditions', 'editions', 'presses', 'gallimard', 'seuil', 'puf'],
    },
  },
  journal: {
    source: 'words of journal titles in each language and their usual abbreviations',
    forms: {
      en: ['journal', 'journals', 'review', 'quarterly', 'studies', 'bulletin', 'annals', 'forum', 'magazine', 'letters', 'yearbook', 'transactions', 'archives', 'research', 'science', 'sciences', 'nature', 'j', 'rev', 'proc', 'trans', 'international', 'american', 'european', 'british', 'psychology', 'sociology', 'economics', 'history', 'philosophy', 'linguistics', 'inquiry'],
      la: ['acta'],
      fr: ['annales', 'revue'],
      es: ['revista', 'anuario'],
      pt: ['cadernos', 'anuário'],
      de: ['zeitschrift', 'jahrbuch'],
      it: ['rivista'],
    },
  },
  conference: {
    source: 'words that name a conference or its proceedings in each language',
    forms: {
      en: ['proceedings', 'proc', 'conference', 'conf', 'congress', 'symposium', 'workshop', 'meeting', 'convention', 'annual'],
      pt: ['congresso', 'simpósio', 'anais', 'atas', 'colóquio', 'seminário'],
      es: ['congreso', 'simposio', 'actas', 'seminario'],
      de: ['kongress', 'tagung', 'konferenz'],
      fr: ['colloque'],
    },
  },
  thesis: KIND_WORDS.thesis,
  report: {
    source: 'the names of reports and working papers in each language',
    forms: { en: ['report', 'reports', 'working', 'paper', 'papers', 'discussion', 'occasional', 'policy', 'brief', 'technical', 'memorandum', 'series'], pt: ['relatório', 'documento'], es: ['informe'], de: ['arbeitspapier'] },
  },
  access: {
    source: 'the words that announce a link or the date it was read',
    forms: { en: ['retrieved', 'accessed', 'available', 'online', 'viewed', 'visited', 'from', 'at', 'url', 'doi'], es: ['consultado', 'accedido'], fr: ['consulté'], pt: ['acesso'], de: ['abgerufen'] },
  },
  place: {
    source: 'the cities where most academic books are published, in the forms lists write them',
    forms: {
      '*': (
        'new york london paris berlin oxford cambridge chicago boston amsterdam madrid barcelona lisboa lisbon rio janeiro são paulo buenos aires ' +
        'méxico mexico frankfurt münchen munich hamburg leipzig wien vienna zürich basel bern milano milan roma rome torino bologna princeton ' +
        'stanford berkeley los angeles san francisco washington philadelphia baltimore toronto montreal sydney melbourne tokyo beijing ' +
        'heidelberg stuttgart köln cologne bruxelles brussels leiden utrecht stockholm copenhagen oslo helsinki dordrecht hoboken thousand oaks ' +
        'abingdon durham ithaca minneapolis cape town johannesburg pretoria bogotá santiago lima caracas montevideo québec genève geneva'
      ).split(' '),
    },
  },
  given: {
    source: 'the most frequent given names of the United States census and of the languages the essays are written in',
    forms: {
      en: (
        'john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark paul steven andrew kenneth ' +
        'joshua kevin brian george edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon ' +
        'benjamin samuel frank gregory raymond alexander patrick jack dennis jerry peter henry walter carl arthur harold ' +
        'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra ashley dorothy kimberly emily ' +
        'donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela ' +
        'nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria ' +
        'kelly christina joan evelyn lauren judith olivia martha cheryl megan andrea hannah jacqueline ann jean alice kathryn gloria teresa ben noam jane ellen sara'
      ).split(' '),
      fr: 'jean pierre jacques michel françois bruno luc marie claude'.split(' '),
      de: 'hans jürgen klaus wolfgang karl friedrich heinrich'.split(' '),
      es: 'josé juan carlos luis antonio manuel francisco jorge pedro miguel javier ana carmen lucía marta'.split(' '),
      pt: 'joão paulo ricardo'.split(' '),
      it: 'marco giovanni giuseppe luca paolo andrea francesco alessandro'.split(' '),
      sv: 'lars erik anders nils'.split(' '),
    },
  },
};
