// Documents already read, kept in the extension's own storage (never beside the reader's file) by the hash of their
// bytes, so that a large PDF opened again is not read again. Every failure of the store is a cache miss, never an
// error the reader sees.
import * as vscode from 'vscode';
import { cacheEntryName, cacheEvictions, decodeCachedDocument, defaultCacheLimits, encodeCachedDocument, type CacheLimits } from '../core/documentCache';
import type { ReadDocument } from '../core/formats/model';

/** A cache of read documents in `root` (a folder of the extension's global storage); none when `root` is undefined. */
export class DocumentCache {
  private evicting: Promise<void> | undefined;

  constructor(
    private readonly root: vscode.Uri | undefined,
    private readonly readerVersion: string,
    private readonly limits: CacheLimits = defaultCacheLimits,
  ) {}

  /** The name of the entry for these bytes read with this page limit. */
  key(bytes: Uint8Array, maxPages: number): Promise<string> {
    return cacheEntryName(bytes, this.readerVersion, maxPages);
  }

  /** The document kept under `key`, or undefined (none, damaged, or no storage). */
  async get(key: string): Promise<ReadDocument | undefined> {
    if (!this.root) return undefined;
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.root, key));
      return decodeCachedDocument(new TextDecoder().decode(bytes));
    } catch {
      return undefined;
    }
  }

  /** Keeps `document` under `key`, then drops the oldest entries beyond the bounds. */
  async put(key: string, document: ReadDocument): Promise<void> {
    if (!this.root) return;
    try {
      await vscode.workspace.fs.createDirectory(this.root);
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.root, key), new TextEncoder().encode(encodeCachedDocument(document)));
    } catch {
      return;
    }
    this.evicting ??= this.evict().finally(() => (this.evicting = undefined));
    await this.evicting;
  }

  private async evict(): Promise<void> {
    const root = this.root as vscode.Uri;
    try {
      const names = (await vscode.workspace.fs.readDirectory(root)).filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
      const stats = await Promise.all(
        names.map(async (name) => {
          const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(root, name));
          return { name, mtime: stat.mtime, size: stat.size };
        }),
      );
      for (const name of cacheEvictions(stats, this.limits)) await vscode.workspace.fs.delete(vscode.Uri.joinPath(root, name));
    } catch {
      // An entry deleted by another window meanwhile: the next write tries again.
    }
  }
}
