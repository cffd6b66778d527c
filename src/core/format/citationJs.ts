// The one place that loads citation-js. It is required on first use, never at import time, so that
// neither the extension's activation nor the command line pays for it until a reference is formatted.
/* eslint-disable @typescript-eslint/no-require-imports -- lazy loading is the point of this module */
import { styleInfos } from './styles';

/** A citation-js register (styles, locales): names to values. */
export interface CitationJsRegister {
  has(name: string): boolean;
  get(name: string): unknown;
  add(name: string, value: unknown): void;
}

/** The part of @citation-js/core this module uses. The package ships no type declarations. */
export interface CitationJs {
  readonly plugins: {
    /** Reads input (BibTeX, RIS, CSL-JSON…) into CSL-JSON items; throws on input it cannot parse. */
    readonly input: { chain(data: unknown, options?: { forceType?: string; generateGraph?: boolean }): unknown };
    readonly output: { format(name: string, data: unknown[], options?: Record<string, unknown>): unknown };
    readonly config: { get(name: '@csl'): { readonly styles: CitationJsRegister; readonly locales: CitationJsRegister } };
  };
}

let loaded: CitationJs | undefined;

/**
 * citation-js with the CSL, BibTeX and RIS plugins, and the CSL styles that plugin-csl does not
 * ship registered under the names in {@link styleInfos}. Loaded once, on the first call.
 */
export function citationJs(): CitationJs {
  if (loaded) return loaded;
  const core = require('@citation-js/core') as CitationJs;
  require('@citation-js/plugin-csl');
  require('@citation-js/plugin-bibtex');
  require('@citation-js/plugin-ris');
  const { styles } = core.plugins.config.get('@csl');
  for (const info of styleInfos) {
    if (info.template && info.source?.from === 'rehype-citation' && !styles.has(info.template)) {
      styles.add(info.template, pinnedStyleXml(info.source.file));
    }
  }
  loaded = core;
  return core;
}

/**
 * The CSL XML that rehype-citation pins. Its package `exports` map only a folder ("./node/"), which
 * Node no longer resolves, so the files are named by their path; the bundler inlines them.
 */
function pinnedStyleXml(file: 'mla' | 'chicago'): string {
  const module =
    file === 'mla'
      ? (require('../../../node_modules/rehype-citation/dist/node/styles/mla.js') as { default: string })
      : (require('../../../node_modules/rehype-citation/dist/node/styles/chicago.js') as { default: string });
  return module.default;
}
