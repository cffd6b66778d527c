// The library's indexer where no worker thread can be started (VS Code for the Web): each file read once, a file
// whose content the cache knows not summarised again, unreadable files listed with their reason while the rest goes
// on, and a cancellation honoured between files.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LibraryCache } from '../../src/core/library/cache';
import type { IndexFile } from '../../src/library';
import { indexInSlices } from '../../src/workspaceLibrary/indexInSlices';

const seed = readFileSync(join(__dirname, '..', '..', 'corpus', 'soft-balancing.txt'));
const other = new TextEncoder().encode(
  'Unipolarity\n\nStates pursue soft balancing (Paul, 2005).\n\nReferences\n\nPaul, T. V. (2005). Soft balancing in the age of U.S. primacy. International Security, 30(1), 46–71.\n',
);

function files(entries: Record<string, Uint8Array | Error>, reads: string[]): IndexFile[] {
  return Object.entries(entries).map(([file, content]) => ({
    file,
    read: async () => {
      reads.push(file);
      if (content instanceof Error) throw content;
      return content;
    },
  }));
}

describe('indexing the library in slices', () => {
  it('summarises each essay and lists the files it cannot read, with the reason', async () => {
    const reads: string[] = [];
    const result = await indexInSlices(
      files({ 'a.txt': seed, 'b.txt': other, 'junk.txt': new Uint8Array([0x61, 0, 0, 1, 2]), 'gone.txt': Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' }), 'empty.txt': new Uint8Array() }, reads),
    );
    assert.deepEqual(
      result.summaries.map((s) => [s.file, s.references.length]),
      [
        ['a.txt', 10],
        ['b.txt', 1],
      ],
    );
    assert.deepEqual(
      result.failures.map((f) => f.file),
      ['junk.txt', 'gone.txt', 'empty.txt'],
    );
    assert.match(result.failures[0].reason, /NUL/);
    assert.match(result.failures[1].reason, /no such file/);
    assert.equal(result.cancelled, false);
  });

  it('takes an unchanged file from the cache and reads a changed one again', async () => {
    const cache = new LibraryCache('test');
    const first = await indexInSlices(files({ 'a.txt': seed, 'b.txt': other }, []), { cache });
    assert.equal(first.fromCache, 0);
    assert.equal(cache.size, 2);
    const changed = new TextEncoder().encode(new TextDecoder().decode(other).replace('Unipolarity', 'Unipolarity, revised'));
    const second = await indexInSlices(files({ 'a.txt': seed, 'b.txt': changed }, []), { cache });
    assert.equal(second.fromCache, 1, 'a.txt is unchanged');
    assert.equal(cache.size, 3);
    assert.equal(second.summaries[0], cache.get(second.summaries[0].hash, 'a.txt'));
  });

  it('stops between files when cancelled, keeping what it read, and reports every file done', async () => {
    const reads: string[] = [];
    const progress: string[] = [];
    const result = await indexInSlices(files({ 'a.txt': seed, 'b.txt': other, 'c.txt': other }, reads), {
      onProgress: (done, total) => progress.push(`${done}/${total}`),
      isCancelled: () => reads.length >= 1,
    });
    assert.deepEqual(reads, ['a.txt']);
    assert.deepEqual(progress, ['1/3']);
    assert.equal(result.cancelled, true);
    assert.deepEqual(
      result.summaries.map((s) => s.file),
      ['a.txt'],
    );
  });
});
