/** The engine's word lists, as data, and the sets and regular expressions built from them. */
export * from './lexicon';
export * as lexiconData from './data';
