/**
 * What the extension accepts as an essay before analysing it: the size limit, binary content,
 * empty files. Pure decisions on the file's bytes; the essay service shows the messages.
 */
import { say } from './messages';

/** Texts above this size are analysed in a worker thread rather than in the extension host. */
export const IN_PROCESS_LIMIT_CHARS = 200 * 1024;

/** How many leading bytes the binary sniffing looks at (as git and VS Code do, a prefix is enough). */
const SNIFF_BYTES = 8 * 1024;

/** The verdict on a file's bytes. `size` is in bytes. */
export type EssayInputCheck =
  | { readonly kind: 'ok'; readonly size: number }
  | { readonly kind: 'empty'; readonly size: number }
  | { readonly kind: 'binary'; readonly size: number; readonly reason: string }
  | { readonly kind: 'too-large'; readonly size: number; readonly limit: number };

/**
 * Decides whether `bytes` can be analysed as an essay.
 *
 * - `empty`: no bytes, or only a byte-order mark and white space.
 * - `binary`: a NUL byte or mostly control characters in the first 8 KiB (UTF-16 text with its
 *   byte-order mark is not binary: its NULs are the high bytes of ASCII characters).
 * - `too-large`: more than `limitBytes` bytes (the reader may still choose to analyse it).
 * - `ok` otherwise.
 *
 * Binary wins over too-large: a huge binary file is refused, not offered for analysis.
 * A non-positive or non-finite `limitBytes` means no limit.
 */
export function checkEssayInput(bytes: Uint8Array, limitBytes: number): EssayInputCheck {
  const size = bytes.length;
  const sample = bytes.subarray(0, SNIFF_BYTES);
  const utf16 = hasUtf16Bom(sample);
  if (!utf16) {
    const reason = binaryReason(sample);
    if (reason) return { kind: 'binary', size, reason };
  }
  if (isBlank(bytes, utf16)) return { kind: 'empty', size };
  if (Number.isFinite(limitBytes) && limitBytes > 0 && size > limitBytes) return { kind: 'too-large', size, limit: limitBytes };
  return { kind: 'ok', size };
}

function hasUtf16Bom(b: Uint8Array): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}

/** Why the sample looks binary, or undefined when it looks like text. */
function binaryReason(sample: Uint8Array): string | undefined {
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) return say('it contains NUL bytes');
    // C0 controls other than tab, line feed, vertical tab, form feed, carriage return and escape.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.1) return say('most of it is control characters');
  return undefined;
}

/** True when the bytes hold nothing but a byte-order mark and ASCII white space. */
function isBlank(bytes: Uint8Array, utf16: boolean): boolean {
  let i = 0;
  if (utf16) i = 2;
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  for (; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0b || b === 0x0c || (utf16 && b === 0)) continue;
    return false;
  }
  return true;
}

/** A size for people: "812 KB", "1.5 MB", "12 MB" (units of 1024, as editors show them). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return say('{0} bytes', bytes);
  if (bytes < 1024 * 1024) return say('{0} KB', Math.round(bytes / 1024));
  const mb = bytes / (1024 * 1024);
  // "8 MB", not "8.0 MB": the setting is usually a whole number.
  const text = mb < 10 ? mb.toFixed(1) : String(Math.round(mb));
  return say('{0} MB', text.endsWith('.0') ? text.slice(0, -2) : text);
}

/**
 * The one-line message for a verdict that is not `ok`, naming the file (`name` is its base name).
 * For `too-large` it is a question the reader answers with "Analyse anyway" or "Cancel".
 */
export function describeEssayInput(check: EssayInputCheck, name: string): string {
  switch (check.kind) {
    case 'ok':
      return say('“{0}” can be read as an essay.', name);
    case 'empty':
      return say('“{0}” is empty: there is no essay to read.', name);
    case 'binary':
      return say('“{0}” does not look like a text file ({1}), so it cannot be read as an essay.', name, check.reason);
    case 'too-large':
      return say(
        '“{0}” is {1}, more than the {2} set in Citeread: Max Essay Size MB. Analysing it may take a while; it runs in the background and can be cancelled.',
        name,
        formatSize(check.size),
        formatSize(check.limit),
      );
  }
}

/** The choices offered for a `too-large` essay, in order. */
export const ANALYSE_ANYWAY = 'Analyse anyway';
export const CANCEL = 'Cancel';
