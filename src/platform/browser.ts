// The web side of the seam (./types.ts), put in place of ./index.ts by the browser build (scripts/build.mjs). The
// web worker extension host can load no file but its bundle, so the formatter is part of it. That host is itself a
// worker, off the editor's thread: essays are analysed in it, and the editor stays responsive while a large one is.
import * as Format from '../core/format';
import { analyzeInProcess } from '../essay/createEssayService';
import type { Platform } from './types';

export const platform: Platform = {
  kind: 'web',
  analyzer: () => analyzeInProcess,
  loadFormatter: () => Format,
};
