import { join } from 'node:path';
import type * as Format from '../core/format';

let formatter: typeof Format | undefined;

/**
 * The formatter (src/core/format, with citation-js), loaded on first use. The build writes it to its
 * own bundle, dist/format.js beside dist/extension.js, so that activating the extension neither reads
 * nor parses citation-js; the first copy pays for it once.
 */
export function loadFormatter(): typeof Format {
  // A path built at run time: the bundler leaves this require alone instead of inlining the formatter.
  const file = join(__dirname, 'format.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading on first use is the point
  formatter ??= require(file) as typeof Format;
  return formatter;
}
