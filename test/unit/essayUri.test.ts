import * as assert from 'node:assert/strict';
import { decodeEssayLocation, encodeEssayLocation, tabTitle, withoutByline } from '../../src/essay/essayUri';

describe('essay URIs', () => {
  const roundTrips: { name: string; title: string; source: string; path: string }[] = [
    {
      name: 'a bundled essay keeps its typographic title',
      title: 'The ‘Soft Balancing’ in China’s Foreign Policy',
      source: 'file:///ext/corpus/soft-balancing.txt',
      path: '/ext/corpus/soft-balancing.txt/The ‘Soft Balancing’ in China’s Foreign Policy',
    },
    { name: 'a source with spaces, # and ?', title: 'Notes', source: 'file:///home/a%20b/x%23y.txt?q', path: '/home/a b/x#y.txt/Notes' },
    { name: 'an untitled editor', title: 'Untitled-1', source: 'untitled:Untitled-1', path: '/untitled/Untitled-1/Untitled-1' },
    { name: 'a remote file', title: 'Essay', source: 'vscode-remote://ssh-remote%2Bhost/home/x.md', path: '/vscode-remote/home/x.md/Essay' },
    { name: 'a title with a slash stays one segment', title: 'Trade / Power', source: 'file:///t.txt', path: '/t.txt/Trade ∕ Power' },
    { name: 'a Windows file', title: 'Notes', source: 'file:///c%3A/Users/ann/notes.md', path: '/c:/Users/ann/notes.md/Notes' },
  ];
  for (const c of roundTrips) {
    it(c.name, () => {
      const location = encodeEssayLocation({ title: c.title, source: c.source });
      assert.equal(location.path, c.path);
      const decoded = decodeEssayLocation(location);
      assert.equal(decoded?.source, c.source);
      assert.equal(decoded?.title, c.path.slice(c.path.lastIndexOf('/') + 1));
    });
  }

  it('three files with the same title get three URIs, each naming its file before the title', () => {
    const paths = ['file:///a/one.txt', 'file:///a/two.md', 'file:///b/one.txt'].map((source) => encodeEssayLocation({ title: 'Soft Balancing', source }).path);
    assert.equal(new Set(paths).size, 3);
    assert.deepEqual(
      paths.map((p) => p.split('/').slice(-2).join(' | ')),
      ['one.txt | Soft Balancing', 'two.md | Soft Balancing', 'one.txt | Soft Balancing'],
    );
  });

  const titles: { name: string; input: string; output: string }[] = [
    { name: 'line breaks and tabs become spaces', input: 'A\n\tTitle\r\n', output: 'A Title' },
    { name: 'a backslash is no separator', input: 'A\\B', output: 'A∕B' },
    { name: 'trailing dots go', input: 'The End...', output: 'The End' },
    { name: 'empty becomes Essay', input: '  \n', output: 'Essay' },
    { name: 'a long title is cut at a word', input: `${'word '.repeat(40)}end`, output: `${'word '.repeat(19).trim()}…` },
  ];
  for (const c of titles) it(`tab title: ${c.name}`, () => assert.equal(tabTitle(c.input), c.output));

  const bylines: [string, string][] = [
    ['The ‘Soft Balancing’ in China’s Foreign Policy, by Paulo Duarte', 'The ‘Soft Balancing’ in China’s Foreign Policy'],
    ['Soft Power — by Joseph S. Nye', 'Soft Power'],
    ['Stand by Me', 'Stand by Me'],
    ['Security, by Design', 'Security, by Design'],
    ['Written by the People, by the Way', 'Written by the People, by the Way'],
    [', by Anonymous', ', by Anonymous'],
  ];
  for (const [input, output] of bylines) it(`byline: “${input}”`, () => assert.equal(withoutByline(input), output));

  it('the title in the URI has no byline, so every route names the bundled essay alike', () => {
    const { path } = encodeEssayLocation({ title: 'The ‘Soft Balancing’ in China’s Foreign Policy, by Paulo Duarte', source: 'file:///c/soft-balancing.txt' });
    assert.equal(path, '/c/soft-balancing.txt/The ‘Soft Balancing’ in China’s Foreign Policy');
  });

  it('a link that still carries the .essay suffix reads the same title', () => {
    assert.equal(decodeEssayLocation({ path: '/Notes.essay', query: 'source=file%3A%2F%2F%2Fn.txt' })?.title, 'Notes');
  });

  const broken: { name: string; path: string; query: string }[] = [
    { name: 'no query', path: '/A.essay', query: '' },
    { name: 'no source in the query', path: '/A.essay', query: 'x=1' },
    { name: 'a damaged escape', path: '/A.essay', query: 'source=%E0%A4%A' },
  ];
  for (const c of broken) it(`undefined for ${c.name}`, () => assert.equal(decodeEssayLocation(c), undefined));
});
