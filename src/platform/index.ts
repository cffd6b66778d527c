// The desktop side of the seam (./types.ts): Node's worker threads for large essays, and the formatter as a bundle of
// its own (dist/format.js) that is read on the first copy, not at activation, and the document readers likewise
// (dist/formats.js, on the first PDF, Word file, web page or Markdown essay).
import { join } from 'node:path';
import * as vscode from 'vscode';
import type * as Format from '../core/format';
import type * as Readers from '../core/formats';
import type * as Indexer from '../library';
import { currentMessages } from '../core/messages';
import { analyzeInBackground } from '../essay/analyzeInBackground';
import { createBackgroundAnalyzer } from '../essay/backgroundAnalysis';
import type { Platform } from './types';

export const platform: Platform = {
  kind: 'node',
  analyzer: (context) => analyzeInBackground(context, createBackgroundAnalyzer(vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js'))),
  async loadFormatter() {
    // A path built at run time: the bundler leaves this require alone instead of inlining the formatter.
    const file = join(__dirname, 'format.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading on first use is the point
    return require(file) as typeof Format;
  },
  async loadReaders() {
    // The readers' own bundle (dist/formats.js: pdf.js, mammoth, htmlparser2, markdown-it), read on the first such file.
    const file = join(__dirname, 'formats.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading on first use is the point
    const readers = require(file) as typeof Readers;
    // Its own copy of the messages: it says its problems in the reader's language.
    readers.useMessages(currentMessages());
    return readers;
  },
  indexEssays(files, options) {
    // The indexer's bundle (dist/indexer.js) starts its worker threads from dist/indexWorker.js beside it.
    const file = join(__dirname, 'indexer.js');
    // Its own copy of the messages: it is handed the reader's language.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading on first use is the point
    return (require(file) as typeof Indexer).indexEssays(files, { ...options, messages: currentMessages() });
  },
};
