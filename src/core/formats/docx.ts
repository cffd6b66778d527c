/**
 * Word files (.docx) read through mammoth's HTML output, so that footnotes and endnotes survive, and
 * then the HTML reader. The zip is looked at before anything is inflated: a zip that is not a Word
 * document, or whose parts would inflate past the limit, ends with one line.
 */
import mammoth from 'mammoth';
import { readHtml } from './html';
import type { ReadLimits, ReadOutcome } from './model';
import { inflatedSize, zipEntries } from './zip';
import { say } from '../messages';

/** Reads a .docx file's bytes. Never throws. */
export async function readDocx(bytes: Uint8Array, limits: ReadLimits): Promise<ReadOutcome> {
  const entries = zipEntries(bytes);
  if (!entries) return { error: say('not a Word document (the zip archive is damaged or truncated)') };
  if (!entries.some((e) => e.name === 'word/document.xml')) return { error: say('a zip archive but not a Word document (it has no word/document.xml)') };
  let total = 0;
  for (const e of entries) {
    if (!/\.(?:xml|rels)$/i.test(e.name)) continue;
    const size = await inflatedSize(bytes, e, limits.maxInflatedBytes - total);
    if (size === undefined) {
      return { error: say("the Word document's part {0} is damaged or inflates past {1} MB (a zip bomb?)", e.name, Math.round(limits.maxInflatedBytes / 1048576)) };
    }
    total += size;
  }
  try {
    // mammoth hands `buffer` to JSZip, which takes any Uint8Array (a Node Buffer is not needed).
    const result = await mammoth.convertToHtml(
      { buffer: bytes as Buffer },
      // Pictures are not read: without this, each would be inlined in the HTML as base64.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    const read = readHtml(result.value, limits.maxTextChars, 'docx');
    return read;
  } catch (error) {
    return { error: say('the Word document could not be read ({0})', firstLine(error)) };
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 200);
}
