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
  // The 64-bit state as two 32-bit halves. The prime is 2^40 + 0x1b3, so h * prime is
  // (h << 40) + h * 0x1b3, modulo 2^64.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < bytes.length; i++) {
    lo ^= bytes[i];
    const low = (lo >>> 0) * 0x1b3; // < 2^41: exact in a double
    const carry = Math.floor(low / 0x100000000);
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = low >>> 0;
  }
  return hex8(hi) + hex8(lo);
}

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
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
