/**
 * Just enough of the zip format to look at a Word file before inflating it: its entries' names and
 * sizes from the central directory, and a bounded inflation that stops as soon as a part grows past
 * what it declared or past a limit (a zip bomb ends with a message, not a gigabyte in memory).
 */

/** One entry of a zip's central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
}

/** The central directory's entries, or undefined when `bytes` is not a readable zip. Never throws. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  if (bytes.length < 22) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return undefined;
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/**
 * Inflates `entry` only to count its bytes, stopping at `limit`. Returns the inflated size, or
 * undefined when the entry cannot be read or grows past `limit`.
 */
export async function inflatedSize(bytes: Uint8Array, entry: ZipEntry, limit: number): Promise<number | undefined> {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const h = entry.localHeader;
    if (h + 30 > bytes.length || view.getUint32(h, true) !== 0x04034b50) return undefined;
    const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
    const data = bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
    if (entry.method === 0) return data.length <= limit ? data.length : undefined;
    if (entry.method !== 8) return undefined;
    const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    const reader = stream.getReader();
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.length;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return undefined;
      }
    }
  } catch {
    return undefined;
  }
}
