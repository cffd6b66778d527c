import * as assert from 'node:assert/strict';
import { nonce, webviewPage, type WebviewPage } from '../../src/webview/page';

const base: WebviewPage = {
  language: 'pt-br',
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  style: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/readingView.css',
  script: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/readingView.js',
  title: 'Reading: Soft balancing',
  body: '<main id="content"></main>',
};

describe('the page of a webview', () => {
  const rows: { name: string; page: WebviewPage; contains: string[]; lacks?: string[] }[] = [
    {
      name: 'the reading view: nothing but its own resources, its one script by nonce',
      page: base,
      contains: [
        `content="default-src 'none'; style-src ${base.cspSource}; img-src ${base.cspSource}; font-src ${base.cspSource}; script-src 'nonce-`,
        '<html lang="pt-br">',
        `<link rel="stylesheet" href="${base.style}">`,
        '<title>Reading: Soft balancing</title>',
        '<body>\n<main id="content"></main>',
      ],
      lacks: ['unsafe-inline', 'unsafe-eval', 'http:'],
    },
    {
      name: 'the PDF view: canvas images from blob: and data:, fonts from data:, its words in body attributes',
      page: { ...base, moreImageSources: 'blob: data:', moreFontSources: 'data:', bodyAttributes: { 'data-page-of': 'Página {0} de {1}' } },
      contains: [`img-src ${base.cspSource} blob: data:`, `font-src ${base.cspSource} data:`, '<body data-page-of="Página {0} de {1}">'],
    },
    {
      name: 'a title or an attribute holding markup stays text',
      page: { ...base, title: 'A <script>alert(1)</script> "essay"', bodyAttributes: { 'data-cannot': '"><script>x</script>' } },
      contains: ['<title>A &lt;script&gt;alert(1)&lt;/script&gt; &quot;essay&quot;</title>', 'data-cannot="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"'],
      lacks: ['<script>alert(1)', '"><script>x'],
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const html = webviewPage(row.page);
      for (const c of row.contains) assert.ok(html.includes(c), `missing ${c} in\n${html}`);
      for (const l of row.lacks ?? []) assert.ok(!html.includes(l), `unexpected ${l} in\n${html}`);
      const n = /script-src 'nonce-([0-9a-f]{32})'/.exec(html)?.[1];
      assert.ok(n, 'a nonce of 32 hex digits');
      assert.ok(html.includes(`<script nonce="${n}" src="${row.page.script}"></script>`), 'the one script carries the nonce');
      assert.equal(html.match(/<script\b/g)?.length, 1, 'one script element');
    });
  }

  it('a fresh nonce each time', () => {
    const seen = new Set(Array.from({ length: 50 }, () => nonce()));
    assert.equal(seen.size, 50);
  });
});
