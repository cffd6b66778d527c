/**
 * Word lists the citation finder consults: what joins authors, what belongs to a surname, and which
 * capitalised words are not names. Keys are `foldKey` forms (lower case, no diacritics, no final dot).
 */
import { CONNECTOR_WORDS, LOCATOR_LABEL_MAP, STRONG_PARTICLE_WORDS, WEAK_PARTICLE_WORDS } from '../lexicon';

/** Words that join two authors, in the languages essays are written in: "and", "e", "y", "und", "et"… (see lexicon/data.ts). */
export const CONNECTORS: ReadonlySet<string> = CONNECTOR_WORDS;

/**
 * Lower-case particles of surnames. The strong ones are rarely ordinary words, so they are kept
 * even without evidence from the reference list; the weak ones ("de", "da", "la") are also
 * prepositions or articles, so they are kept only when a reference has that particle.
 */
export const STRONG_PARTICLES: ReadonlySet<string> = STRONG_PARTICLE_WORDS;
export const WEAK_PARTICLES: ReadonlySet<string> = WEAK_PARTICLE_WORDS;

/** Months and seasons (English, Portuguese, Spanish, French, German, Italian, Dutch): "(September 2008)" is a date. */
const DATE_WORDS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro',
  'enero', 'febrero', 'mayo', 'junio', 'julio', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
  'januar', 'februar', 'marz', 'juni', 'juli', 'oktober', 'dezember',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'januari', 'februari', 'maart', 'mei', 'augustus',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'primavera', 'verao', 'outono', 'inverno', 'verano', 'otono', 'printemps', 'ete', 'automne', 'hiver',
  'fruhling', 'fruhjahr', 'sommer', 'herbst', 'estate', 'autunno',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];

/**
 * Capitalised words that start sentences or name things but are not authors: function words,
 * sentence adverbs, titles, and nouns that head the names of events and documents
 * ("the Kyoto Protocol (1997)"). A word listed here is still a name when a reference has it.
 */
const NOT_NAMES = [
  // English
  'a', 'an', 'the', 'as', 'according', 'for', 'in', 'on', 'at', 'by', 'from', 'to', 'of', 'with', 'without', 'this', 'that',
  // what stands before a year in an aside: "(Founded 1998)", "(born 1950)", "(est. 1870)", "(c. 1500)"
  'founded', 'established', 'est', 'born', 'died', 'opened', 'built', 'ca', 'circa', 'approx', 'approximately',
  'these', 'those', 'while', 'when', 'where', 'whereas', 'although', 'though', 'but', 'and', 'or', 'nor', 'however', 'thus',
  'also', 'both', 'like', 'unlike', 'following', 'per', 'see', 'cf', 'eg', 'ie', 'yet', 'so', 'then', 'here', 'there', 'hence',
  'since', 'after', 'before', 'during', 'until', 'moreover', 'furthermore', 'indeed', 'similarly', 'likewise', 'recently',
  'notably', 'nevertheless', 'nonetheless', 'some', 'many', 'most', 'several', 'other', 'others', 'each', 'every', 'our', 'we',
  'i', 'he', 'she', 'they', 'it', 'his', 'her', 'their', 'its', 'my', 'your', 'if', 'because', 'therefore', 'finally', 'first',
  'second', 'third', 'later', 'earlier', 'later', 'again', 'only', 'even', 'already', 'still', 'what', 'which', 'who', 'whom',
  'whose', 'why', 'how', 'all', 'any', 'no', 'not', 'one', 'two', 'three', 'between', 'among', 'around', 'about', 'above',
  'below', 'under', 'over', 'through', 'into', 'upon', 'against', 'toward', 'towards', 'within', 'beyond', 'despite', 'via',
  'until', 'ever', 'never', 'often', 'perhaps', 'rather', 'such', 'instead', 'meanwhile', 'overall', 'today', 'now',
  'table', 'figure', 'fig', 'chapter', 'section', 'part', 'volume', 'vol', 'no', 'nos', 'page', 'appendix', 'note', 'notes',
  'edition', 'ed', 'eds', 'trans', 'ibid', 'ibidem', 'idem', 'op', 'cit', 'loc', 'passim', 'et', 'al', 'ca', 'circa',
  'professor', 'prof', 'dr', 'mr', 'mrs', 'ms', 'sir', 'president', 'minister', 'prime', 'secretary', 'general', 'chairman',
  'act', 'acts', 'protocol', 'treaty', 'agreement', 'accord', 'accords', 'pact', 'charter', 'convention', 'declaration',
  'summit', 'conference', 'war', 'crisis', 'revolution', 'constitution', 'law', 'census', 'survey', 'olympics', 'games',
  'cup', 'strategy', 'doctrine', 'initiative', 'plan', 'programme', 'program', 'resolution', 'directive', 'regulation',
  'bill', 'code', 'reform', 'election', 'elections', 'referendum', 'report', 'review', 'era', 'century', 'decade', 'period',
  'since', 'before', 'after', 'bc', 'ad', 'bce', 'ce', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii',
  // Portuguese
  'o', 'os', 'as', 'um', 'uma', 'como', 'segundo', 'para', 'em', 'na', 'no', 'nas', 'nos', 'num', 'numa', 'por', 'pelo',
  'pela', 'conforme', 'assim', 'ja', 'ainda', 'tambem', 'mas', 'porem', 'contudo', 'entretanto', 'este', 'esta', 'esse',
  'essa', 'isso', 'isto', 'aquele', 'aquela', 'nesse', 'nessa', 'neste', 'nesta', 'desde', 'apos', 'antes', 'depois',
  'sobre', 'entre', 'segundo', 'ver', 'cfr', 'ou', 'nao', 'sim', 'quando', 'onde', 'embora', 'alem', 'portanto', 'logo',
  'lei', 'decreto', 'guerra', 'tratado', 'acordo', 'relatorio', 'capitulo', 'tabela', 'quadro', 'grafico',
  // Spanish
  'el', 'los', 'las', 'un', 'unos', 'unas', 'segun', 'en', 'con', 'sin', 'pero', 'sin', 'embargo', 'asi', 'tambien',
  'aunque', 'cuando', 'donde', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'hacia', 'hasta', 'durante', 'ley',
  'tratado', 'informe', 'cuadro', 'tabla', 'vease', 'vease', 'ademas', 'sobre',
  // French
  'le', 'les', 'une', 'des', 'du', 'au', 'aux', 'selon', 'pour', 'dans', 'comme', 'chez', 'mais', 'ainsi', 'aussi',
  'depuis', 'apres', 'avant', 'pendant', 'lorsque', 'quand', 'cette', 'ces', 'ce', 'cet', 'voir', 'loi', 'traite',
  'rapport', 'tableau', 'dapres', "d'apres", 'toutefois', 'cependant', 'enfin', 'donc', 'puis', 'parmi', 'vers', 'sans',
  // German
  'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einer', 'eines', 'nach', 'laut', 'wie', 'fur', 'im', 'bei', 'auch',
  'aber', 'gemass', 'vgl', 'siehe', 'seit', 'vor', 'wahrend', 'zwischen', 'uber', 'unter', 'mit', 'ohne', 'gegen', 'zum',
  'zur', 'dieser', 'diese', 'dieses', 'jedoch', 'dabei', 'daher', 'somit', 'also', 'gesetz', 'vertrag', 'bericht',
  'tabelle', 'abbildung', 'kapitel', 'bis', 'um', 'weil', 'wenn', 'als', 'auf', 'aus',
  // Italian
  'il', 'lo', 'gli', 'una', 'secondo', 'come', 'per', 'nel', 'nella', 'nei', 'negli', 'anche', 'ma', 'tuttavia',
  'quindi', 'dopo', 'prima', 'durante', 'questo', 'questa', 'tra', 'fra', 'legge', 'trattato',
  // Dutch
  'volgens', 'zoals', 'het', 'een', 'ook', 'maar', 'naar', 'voor', 'tijdens', 'sinds', 'deze', 'dit', 'wet', 'tabel',
];

/** Lower-case keys of capitalised words that are dates rather than authors. */
export const DATES: ReadonlySet<string> = new Set(DATE_WORDS);
/** Lower-case keys of capitalised words that are not author names (unless a reference says otherwise). */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([...NOT_NAMES, ...DATE_WORDS]);

/** Locator labels as written (folded, final dot removed) → CSL locator label. */
export const LOCATOR_LABELS: ReadonlyMap<string, string> = LOCATOR_LABEL_MAP;
