// The state of an essay document lives in its URI, so that a restored editor or a link can reopen
// it without any other bookkeeping: `citeread:/<source path>/<Title>?source=<source URI>`. The
// path's last segment is what the editor tab shows, so it is the essay's readable title, with no
// extension (the language is set on the document, not guessed from its name); the segment before it
// is the source file's name, which VS Code shows as the tab's description when two tabs share a
// title, and the whole path (the source file's own path, then the title) is the tab's tooltip. Pure string functions
// (no `vscode` import) so they are tested in plain Node; the service wraps them in `vscode.Uri`.

/** The path and query of an essay URI (its scheme is `citeread`). */
export interface EssayLocation {
  readonly path: string;
  readonly query: string;
}

/** What an essay URI says: the title shown and the URI (as a string) of the text's source. */
export interface EssayAddress {
  readonly title: string;
  readonly source: string;
}

const suffix = '.essay';
const maxTitleLength = 100;

/**
 * A title that reads well as a tab label and is a single path segment: slashes become "∕",
 * control characters and runs of white space become one space, trailing dots and spaces go,
 * long titles are cut at a word with "…". An empty title becomes "Essay".
 */
export function tabTitle(title: string): string {
  let t = title
    .replace(/[/\\]/g, '\u2215')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\s]+/g, ' ')
    .trim();
  if (t.length > maxTitleLength) {
    const cut = t.slice(0, maxTitleLength - 1);
    const space = cut.lastIndexOf(' ');
    t = `${(space > maxTitleLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }
  t = t.replace(/[.\s]+$/, '');
  return t === '' ? 'Essay' : t;
}

/**
 * Where a source is, as path segments a reader recognises: a file's own path ("/home/ann/essays/a.txt"),
 * else the URI's scheme then its path ("/untitled/Untitled-1"). Empty segments are dropped; never empty.
 */
function sourcePath(source: string): string {
  const match = /^([a-z][\w+.-]*):(?:\/\/[^/?#]*)?([^?#]*)/i.exec(source);
  let path = match?.[2] ?? '';
  try {
    path = decodeURIComponent(path);
  } catch {
    // A damaged escape stays as written.
  }
  const segments = path.split('/').filter((s) => s !== '' && s !== '.' && s !== '..');
  const scheme = match?.[1].toLowerCase() ?? 'source';
  return `/${[...(scheme === 'file' ? [] : [scheme]), ...segments].join('/') || scheme}`;
}

/**
 * The title without a byline after it: "Soft Power, by Joseph Nye" → "Soft Power". A byline is
 * ", by" (or " — by") and two to four capitalised words at the end, as a name is written ("Power,
 * by Design" keeps its last word); a title that is only a byline stays as it is.
 */
export function withoutByline(title: string): string {
  const m = /^(.*\S)\s*(?:,|[—–-])\s*by\s+(?:\p{Lu}[\p{L}'’.-]*\s*){2,4}$/u.exec(title.trim());
  return m && m[1].trim() !== '' ? m[1].trim() : title;
}

/**
 * The path and query of the essay URI for a text read from `source` (a URI string), shown as `title`:
 * the source's path, then the title, so that essays of different files never share a URI and each
 * tab can say which file it shows.
 */
export function encodeEssayLocation(address: EssayAddress): EssayLocation {
  return { path: `${sourcePath(address.source)}/${tabTitle(withoutByline(address.title))}`, query: `source=${encodeURIComponent(address.source)}` };
}

/**
 * Reads an essay URI's path and query back. Returns undefined when the query names no source
 * (a hand-made or damaged URI). The title is the path's last segment (without a ".essay" some
 * links carry).
 */
export function decodeEssayLocation(location: EssayLocation): EssayAddress | undefined {
  let source: string | undefined;
  for (const part of location.query.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq) === 'source') {
      try {
        source = decodeURIComponent(part.slice(eq + 1));
      } catch {
        return undefined;
      }
    }
  }
  if (!source) return undefined;
  const segment = location.path.slice(location.path.lastIndexOf('/') + 1);
  const title = segment.endsWith(suffix) ? segment.slice(0, -suffix.length) : segment;
  return { title: title === '' ? 'Essay' : title, source };
}
