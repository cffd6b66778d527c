/**
 * A content hash for the library's cache: 64-bit FNV-1a, in plain JavaScript (no node:crypto, so the
 * same hash is computed in a Node worker, a web worker and the extension host). Not cryptographic:
 * it tells a changed file from an unchanged one.
 */

import { documentKind } from '../formats/kind';

const encoder = new TextEncoder();

/**
 * The 64-bit FNV-1a hash of `input` as 16 lower-case hex digits. A string is hashed as its UTF-8
 * bytes, so `contentHash(text)` equals `contentHash(new TextEncoder().encode(text))`. Linear in
 * the input's length; never throws.
 */
export function contentHash(input: Uint8Array | string): string {
  const bytes = typeof input === 'string' ? encoder.encode(input) : input;
  // The 64-bit state as four 16-bit limbs, so that every product stays a small integer (no heap
  // numbers in the loop). The prime is 2^40 + 0x1b3: h * prime is h * 0x1b3 + (h << 40).
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < bytes.length; i++) {
    h0 ^= bytes[i];
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0);
}

function hex4(n: number): string {
  return n.toString(16).padStart(4, '0');
}

/**
 * The key an essay's summary is cached under: the hash of its bytes, and the reader its name
 * chooses (the same bytes read as Markdown and as plain text give different reading texts):
 * "85944171f73967e8" for plain text, "85944171f73967e8.markdown" for Markdown, and so on.
 */
export function summaryKey(file: string, bytes: Uint8Array): string {
  const hash = contentHash(bytes);
  const kind = documentKind(file, bytes);
  return 'kind' in kind && kind.kind !== 'text' ? `${hash}.${kind.kind}` : hash;
}
