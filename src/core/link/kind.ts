/**
 * The kind of work a citation names with its author: "Ranta's book (2011, pp. 237-245)",
 * "Peterson’s blog (2016b)". When the year's letter is missing and the list has two works of that
 * year, the noun may tell them apart: only one of them is a book.
 */

/** Nouns for kinds of work, in the languages the engine reads, and the CSL types each fits. */
const KINDS: readonly (readonly [nouns: readonly string[], types: readonly string[]])[] = [
  [['book', 'monograph', 'livro', 'libro', 'livre', 'buch', 'boek', 'bok'], ['book']],
  [['article', 'paper', 'artigo', 'artículo', 'articolo', 'artikel', 'aufsatz'], ['article-journal', 'article', 'article-magazine', 'article-newspaper', 'paper-conference']],
  [['chapter', 'capítulo', 'capitolo', 'chapitre', 'kapitel'], ['chapter']],
  [['thesis', 'dissertation', 'tese', 'tesis', 'tesi', 'thèse'], ['thesis']],
  [['report', 'relatório', 'informe', 'rapport', 'bericht'], ['report']],
  [['blog'], ['post-weblog', 'webpage', 'post']],
];

const TYPES_BY_NOUN: ReadonlyMap<string, readonly string[]> = new Map(KINDS.flatMap(([nouns, types]) => nouns.map((n) => [n, types] as const)));

/** An English possessive and a noun right before the bracket: "Ranta's book (", "Peterson’s blog (". */
const POSSESSIVE_NOUN_RE = /\p{L}(?:['’]s|s['’])\s+(\p{L}+)\s*[([]/u;

/** The noun of the kind of work a citation's text names ("book" in "Ranta's book (2011, …)") and the CSL types it fits. */
export function kindNamed(citationText: string): { readonly noun: string; readonly types: readonly string[] } | undefined {
  const m = POSSESSIVE_NOUN_RE.exec(citationText.slice(0, 200));
  if (!m) return undefined;
  const types = TYPES_BY_NOUN.get(m[1].toLowerCase());
  return types ? { noun: m[1], types } : undefined;
}
