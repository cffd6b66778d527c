// Words for the fields a reference parse was unsure of. Apart from the formatter so that the views can
// use it without loading citation-js.
import { say } from '../messages';

/** The words, read when shown (in the reader's language: ../messages). */
const fieldWords = (): Readonly<Record<string, string>> => ({
  author: say('author'),
  editor: say('editor'),
  issued: say('year'),
  title: say('title'),
  'container-title': say('journal or book title'),
  'collection-title': say('series title'),
  volume: say('volume'),
  issue: say('issue'),
  page: say('pages'),
  publisher: say('publisher'),
  'publisher-place': say('place of publication'),
  type: say('kind of work'),
});

/**
 * The uncertain CSL fields of a reference in words a reader understands, joined as a list:
 * ["author", "issued"] → "author and year". Empty for no fields.
 */
export function describeUncertain(fields: readonly string[]): string {
  const known = fieldWords();
  const words = [...new Set(fields.map((f) => known[f] ?? f.replace(/-/g, ' ')))];
  if (words.length <= 1) return words.join('');
  return say('{0} and {1}', words.slice(0, -1).join(', '), words[words.length - 1]);
}
