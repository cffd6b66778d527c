/**
 * Turns a file's bytes into essay text, or says in one line why it cannot be read as an essay.
 * Shared by the command line and the extension.
 */
import { checkEssayInput } from './limits';
import { say } from './messages';

/** The outcome of {@link decodeEssay}: the text (BOM removed) with any warnings, or an error. */
export type DecodedEssay = { readonly text: string; readonly warnings: readonly string[] } | { readonly error: string };

/**
 * Decodes an essay file. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; bytes
 * that are not valid UTF-8 in a mostly-text file are read as Windows-1252 with a warning.
 * Errors (one line each): empty file, binary content (NUL bytes, control characters, or mostly
 * invalid UTF-8). Never throws.
 */
export function decodeEssay(bytes: Uint8Array): DecodedEssay {
  try {
    const check = checkEssayInput(bytes, 0);
    if (check.kind === 'empty') return { error: say('the file is empty') };
    if (check.kind === 'binary') return { error: say('not a text file ({0})', check.reason) };
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: stripLeadingBom(new TextDecoder('utf-16le').decode(bytes)), warnings: [] };
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: stripLeadingBom(new TextDecoder('utf-16be').decode(bytes)), warnings: [] };
    try {
      return { text: stripLeadingBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), warnings: [] };
    } catch {
      // Not valid UTF-8: a legacy 8-bit encoding when most bytes are still ASCII text, else binary.
      const loose = new TextDecoder('utf-8').decode(bytes);
      let bad = 0;
      for (let i = 0; i < loose.length; i++) if (loose.charCodeAt(i) === 0xfffd) bad++;
      if (bad > loose.length * 0.3) return { error: say('not a text file (most of it is not valid UTF-8)') };
      return { text: stripLeadingBom(new TextDecoder('windows-1252').decode(bytes)), warnings: ['the file is not valid UTF-8; it was read as Windows-1252 (Latin-1)'] };
    }
  } catch (error) {
    return { error: say('the file could not be decoded ({0})', error instanceof Error ? error.message : String(error)) };
  }
}

function stripLeadingBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
