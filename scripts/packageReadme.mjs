// The README that ships in the package (scripts/package.mjs writes it and hands it to vsce): README.md without the parts
// marked `<!-- not in the package -->` … `<!-- /not in the package -->` (how to build and test the project) and without
// its pictures, which VS Code's extension page could not show. That page (VS Code 1.139, the build the tests run) renders
// the README as markdown, then sanitizes it keeping an image's `src` only when it is an `http:` or `https:` address: a
// relative path is dropped (vsce could rewrite it only against a repository, and the package names none) and so is a
// `data:` URI, although the page's Content-Security-Policy (`img-src https: data:`) would allow one. The walkthrough
// ships the same pictures and shows them.

/**
 * README.md as the extension's page shows it: no build-and-test sections, no pictures (see above).
 * @param {string} markdown the project's README.md
 * @returns {string} the README to package
 */
export function packageReadme(markdown) {
  return (
    markdown
      .replace(/<!-- not in the package -->[\s\S]*?<!-- \/not in the package -->\n?/g, '')
      // A picture alone on its line, with the blank line after it.
      .replace(/^!\[[^\]]*\]\((?!https:)[^)]*\)\n(\n)?/gm, '')
      .replace(/\n{3,}/g, '\n\n')
  );
}
