import { join } from 'node:path';
import type * as Readers from '../core/formats';

let readers: typeof Readers | undefined;

/**
 * The document readers (src/core/formats: pdf.js, mammoth, htmlparser2, markdown-it), loaded when the
 * first PDF, Word file, web page or Markdown essay is opened. The build writes them to their own
 * bundle, dist/formats.js beside dist/extension.js, so that activation neither reads nor parses them.
 */
export function loadReaders(): typeof Readers {
  // A path built at run time: the bundler leaves this require alone instead of inlining the readers.
  const file = join(__dirname, 'formats.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading on first use is the point
  readers ??= require(file) as typeof Readers;
  return readers;
}
