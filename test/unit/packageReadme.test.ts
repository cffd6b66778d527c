import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageReadme } from '../../scripts/packageReadme.mjs';
import { pictureAddresses } from '../support/markdownPictures';

const root = join(__dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const packaged = packageReadme(readme);

/** The files .vscodeignore lets into the package (its `!` lines), as globs. */
const shipped = readFileSync(join(root, '.vscodeignore'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('!'))
  .map((line) => new RegExp(`^${line.slice(1).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`));

describe('the README in the package', () => {
  it('leaves out the build-and-test parts and keeps the user’s part', () => {
    assert.ok(readme.includes('<!-- not in the package -->'), 'README.md marks parts to leave out');
    assert.doesNotMatch(packaged, /not in the package/);
    assert.doesNotMatch(packaged, /npm run package|run-vscode-tests/);
    assert.match(packaged, /^## Install$/m);
  });
  it('has no picture the extension page would drop: none relative, none a data: URI, only https', () => {
    assert.ok(pictureAddresses(readme).length >= 2, 'README.md has pictures');
    for (const address of pictureAddresses(packaged)) assert.match(address, /^https:\/\//, address);
  });
  it('links to no file of the repository that the package does not ship', () => {
    for (const [, target] of packaged.matchAll(/\]\(\s*<?([^)\s>#]+)/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      assert.ok(
        shipped.some((glob) => glob.test(target.replace(/^\.\//, ''))),
        `${target} is not in the package`,
      );
    }
  });

  const cases: [string, string, string][] = [
    ['a picture alone on its line goes, with the blank line after it', 'Text.\n\n![A view](media/a.png)\n\nMore.\n', 'Text.\n\nMore.\n'],
    ['an https picture stays', 'Text.\n\n![A view](https://example.org/a.png)\n\nMore.\n', 'Text.\n\n![A view](https://example.org/a.png)\n\nMore.\n'],
    ['a marked part goes, markers and all', 'A.\n<!-- not in the package -->\nBuild it.\n<!-- /not in the package -->\nB.\n', 'A.\nB.\n'],
    ['two marked parts go, the text between stays', '<!-- not in the package -->\nx\n<!-- /not in the package -->\nA.\n<!-- not in the package -->\ny\n<!-- /not in the package -->\n', 'A.\n'],
    ['the blank lines left behind collapse to one', 'A.\n\n<!-- not in the package -->\nx\n<!-- /not in the package -->\n\n\nB.\n', 'A.\n\nB.\n'],
  ];
  for (const [name, markdown, expected] of cases) {
    it(name, () => assert.equal(packageReadme(markdown), expected));
  }
});
