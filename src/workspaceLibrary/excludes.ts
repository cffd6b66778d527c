// The library's exclude patterns applied to the files its watcher reports. Pure: no `vscode` import.

/**
 * Whether a simple exclude pattern ("**\/node_modules/**", "**\/*.log") covers a path relative to the folder
 * ("/a/node_modules/x.txt"). The watcher reports every file of the include patterns; findFiles applied the
 * excludes to the first listing, and this keeps the watcher to the same files for the common patterns.
 */
export function excludedBy(pattern: string, relative: string): boolean {
  let source = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') {
      braces++;
      source += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (c === ',' && braces > 0) source += '|';
    else source += c.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
  }
  if (braces > 0) return false;
  return new RegExp(`^${source}$`).test(relative.replace(/^\/+/, ''));
}
