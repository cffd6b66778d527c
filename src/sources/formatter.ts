import type * as Format from '../core/format';
import { platform } from '../platform';
import { readSettings } from '../settings';

/**
 * The formatter (src/core/format, with citation-js), loaded on first use. The build writes it to its own
 * bundle, dist/format.js beside dist/extension.js, for the desktop and the web alike, so that activating the
 * extension neither reads nor parses citation-js; the first copy pays for it once (src/platform).
 */
export function loadFormatter(): Promise<typeof Format> {
  return platform.loadFormatter();
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
    const { citationStyle, locale } = readSettings();
    void loadFormatter().then(
      (format) =>
        // A style citeproc cannot build fails again, quietly, in the formatting that asks for it.
        format
          .warmUp(citationStyle, locale)
          .catch(() => undefined)
          .finally(() => (warmUpState = 'ready')),
      () => (warmUpState = 'unavailable'),
    );
  }, delayMs);
}

/** Cancels a warm-up that has not started yet (when the extension is deactivated). */
export function cancelFormatterWarmUp(): void {
  if (warmUpState !== 'scheduled') return;
  clearTimeout(warmUpTimer);
  warmUpTimer = undefined;
  warmUpState = 'cold';
}
