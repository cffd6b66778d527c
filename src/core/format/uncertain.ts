// Words for the fields a reference parse was unsure of. Apart from the formatter so that the views can
// use it without loading citation-js.

const fieldWords: Readonly<Record<string, string>> = {
  author: 'author',
  editor: 'editor',
  issued: 'year',
  title: 'title',
  'container-title': 'journal or book title',
  'collection-title': 'series title',
  volume: 'volume',
  issue: 'issue',
  page: 'pages',
  publisher: 'publisher',
  'publisher-place': 'place of publication',
  type: 'kind of work',
};

/**
 * The uncertain CSL fields of a reference in words a reader understands, joined as a list:
 * ["author", "issued"] → "author and year". Empty for no fields.
 */
export function describeUncertain(fields: readonly string[]): string {
  const words = [...new Set(fields.map((f) => fieldWords[f] ?? f.replace(/-/g, ' ')))];
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
