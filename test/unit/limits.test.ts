import * as assert from 'node:assert/strict';
import { checkEssayInput, describeEssayInput, formatSize } from '../../src/core/limits';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const MB = 1024 * 1024;

describe('checkEssayInput', () => {
  const cases: { name: string; input: Uint8Array; limit: number; kind: string }[] = [
    { name: 'plain essay', input: utf8('Title\n\nText (Paul, 2005).\n\nReferences\n\nPAUL, T.V. (2005). X.'), limit: MB, kind: 'ok' },
    { name: 'UTF-8 with BOM and CRLF', input: utf8('\ufeffTitle\r\n\r\nText (Paul, 2005).\r\n'), limit: MB, kind: 'ok' },
    { name: 'accents and CJK', input: utf8('Moisés Silva Fernandes (2010) 王海运 (2007)'), limit: MB, kind: 'ok' },
    { name: 'zero bytes', input: new Uint8Array(0), limit: MB, kind: 'empty' },
    { name: 'only a BOM', input: bytes(0xef, 0xbb, 0xbf), limit: MB, kind: 'empty' },
    { name: 'only white space and line breaks', input: utf8(' \r\n\t\n  \n'), limit: MB, kind: 'empty' },
    { name: 'PNG header', input: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), limit: MB, kind: 'binary' },
    { name: 'text with one NUL byte', input: utf8('Some text\u0000more text'), limit: MB, kind: 'binary' },
    { name: 'mostly control characters', input: bytes(...Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01))), limit: MB, kind: 'binary' },
    { name: 'UTF-16LE with BOM is text, not binary', input: bytes(0xff, 0xfe, 0x41, 0, 0x42, 0), limit: MB, kind: 'ok' },
    { name: 'UTF-16LE BOM and a space only', input: bytes(0xff, 0xfe, 0x20, 0), limit: MB, kind: 'empty' },
    { name: 'one byte over the limit', input: new Uint8Array(1025).fill(0x61), limit: 1024, kind: 'too-large' },
    { name: 'exactly at the limit', input: new Uint8Array(1024).fill(0x61), limit: 1024, kind: 'ok' },
    { name: 'a huge binary is refused, not offered', input: new Uint8Array(4096), limit: 1024, kind: 'binary' },
    { name: 'no limit when the limit is 0', input: new Uint8Array(4096).fill(0x61), limit: 0, kind: 'ok' },
    { name: 'no limit when the limit is NaN', input: new Uint8Array(4096).fill(0x61), limit: NaN, kind: 'ok' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = checkEssayInput(c.input, c.limit);
      assert.equal(result.kind, c.kind);
      assert.equal(result.size, c.input.length);
    });
  }

  it('reports the limit it was given', () => {
    assert.deepEqual(checkEssayInput(new Uint8Array(3000).fill(0x61), 2000), { kind: 'too-large', size: 3000, limit: 2000 });
  });
});

describe('formatSize', () => {
  const cases: [number, string][] = [
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [812 * 1024, '812 KB'],
    [1.5 * MB, '1.5 MB'],
    [8 * MB, '8 MB'],
    [12.4 * MB, '12 MB'],
  ];
  for (const [n, expected] of cases) it(`${n} → ${expected}`, () => assert.equal(formatSize(n), expected));
});

describe('describeEssayInput', () => {
  it('names the file, both sizes and the setting for a large essay', () => {
    const message = describeEssayInput({ kind: 'too-large', size: 12 * MB, limit: 8 * MB }, 'thesis.txt');
    assert.match(message, /“thesis\.txt” is 12 MB, more than the 8 MB set in Citeread: Max Essay Size MB/);
  });
  it('says why a binary file is refused', () => {
    assert.match(describeEssayInput({ kind: 'binary', size: 10, reason: 'it contains NUL bytes' }, 'a.txt'), /NUL bytes/);
  });
  it('says an empty file has no essay', () => {
    assert.match(describeEssayInput({ kind: 'empty', size: 0 }, 'a.txt'), /empty/);
  });
});
