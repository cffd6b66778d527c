import type * as Format from '../core/format';
import { platform } from '../platform';
import { readSettings } from '../settings';

let formatter: typeof Format | undefined;

/**
 * The formatter (src/core/format, with citation-js), loaded on first use. On the desktop the build writes
 * it to its own bundle, dist/format.js beside dist/extension.js, so that activating the extension neither
 * reads nor parses citation-js; the first copy pays for it once (src/platform).
 */
export function loadFormatter(): typeof Format {
  formatter ??= platform.loadFormatter();
  return formatter;
}

// The one warm-up of the formatter. Loading citation-js and building citeproc's first style take about a
// second and hold the extension host meanwhile, so they happen once, a moment after whatever asked first
// (the first essay shown, or a first hover), never at activation and never inside a hover.
let warmUpState: 'cold' | 'scheduled' | 'warming' | 'ready' | 'unavailable' = 'cold';
let warmUpTimer: ReturnType<typeof setTimeout> | undefined;

/** True once the formatter is loaded and has built the citation style's engine: formatting then answers at once. */
export function isFormatterReady(): boolean {
  return warmUpState === 'ready';
}

/**
 * Warms the formatter up in `delayMs`, in the citation style and locale set at that moment. Does
 * nothing when a warm-up is already scheduled, running or done.
 */
export function scheduleFormatterWarmUp(delayMs: number): void {
  if (warmUpState !== 'cold') return;
  warmUpState = 'scheduled';
  warmUpTimer = setTimeout(() => {
    warmUpTimer = undefined;
    warmUpState = 'warming';
    try {
      const format = loadFormatter();
      const { citationStyle, locale } = readSettings();
      // A style citeproc cannot build fails again, quietly, in the formatting that asks for it.
      void format
        .warmUp(citationStyle, locale)
        .catch(() => undefined)
        .finally(() => (warmUpState = 'ready'));
    } catch {
      warmUpState = 'unavailable';
    }
  }, delayMs);
}

/** Cancels a warm-up that has not started yet (when the extension is deactivated). */
export function cancelFormatterWarmUp(): void {
  if (warmUpState !== 'scheduled') return;
  clearTimeout(warmUpTimer);
  warmUpTimer = undefined;
  warmUpState = 'cold';
}
