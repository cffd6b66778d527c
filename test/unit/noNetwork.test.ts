// The extension reads essays offline: nothing in src/ may reach the network. This static check
// parses every source file and fails on an import or require of a network module and on a call of
// a network API, so that a reader's essay never leaves the machine.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..', '..');

const NETWORK_MODULES = new Set(
  ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'undici', 'axios', 'node-fetch', 'cross-fetch', 'sync-fetch', 'got', 'ws', 'request', 'superagent'].flatMap(
    (m) => [m, `node:${m}`],
  ),
);
const NETWORK_GLOBALS = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource']);

/** Every network use in one TypeScript source, as "file:line what". */
function networkUses(fileName: string, code: string): string[] {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const uses: string[] = [];
  const at = (node: ts.Node, what: string): void => {
    uses.push(`${fileName}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1} ${what}`);
  };
  const moduleName = (node: ts.Expression | undefined): string | undefined => (node && ts.isStringLiteralLike(node) ? node.text : undefined);
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      const name = moduleName(node.moduleSpecifier);
      if (name && NETWORK_MODULES.has(name)) at(node, `imports ${name}`);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const name = moduleName(node.moduleReference.expression);
      if (name && NETWORK_MODULES.has(name)) at(node, `imports ${name}`);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
      const isDynamicImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      if (isRequire || isDynamicImport) {
        const name = moduleName(node.arguments[0]);
        if (name && NETWORK_MODULES.has(name)) at(node, `loads ${name}`);
      }
      const called = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
      const onGlobal = ts.isIdentifier(callee) || (ts.isPropertyAccessExpression(callee) && /^(globalThis|window|self)$/.test(callee.expression.getText(sf)));
      if (called && NETWORK_GLOBALS.has(called) && onGlobal) {
        at(node, `calls ${called}`);
      }
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && NETWORK_GLOBALS.has(node.expression.text)) {
      at(node, `constructs ${node.expression.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return uses;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('no network access', () => {
  describe('the checker finds each kind of network use', () => {
    const rows: [string, string, number][] = [
      ['import of https', "import * as https from 'https';", 1],
      ['import of node:net', "import { connect } from 'node:net';", 1],
      ['require of http', "const http = require('http');", 1],
      ['dynamic import of undici', "const u = await import('undici');", 1],
      ['a fetch call', "await fetch('https://example.org');", 1],
      ['globalThis.fetch', "await globalThis.fetch(url);", 1],
      ['new WebSocket', "const s = new WebSocket('wss://x');", 1],
      ['a method named fetch on our own object is fine', 'cache.fetch(key);', 0],
      ['file system and worker threads are fine', "import { readFile } from 'node:fs'; import { Worker } from 'node:worker_threads';", 0],
    ];
    for (const [name, code, count] of rows) it(name, () => assert.equal(networkUses('row.ts', code).length, count));
  });

  it('src/ neither imports a network module nor calls a network API', () => {
    const files = tsFiles(join(ROOT, 'src'));
    assert.ok(files.length > 5, 'src/ has sources to check');
    const uses = files.flatMap((f) => networkUses(relative(ROOT, f), readFileSync(f, 'utf8')));
    assert.deepEqual(uses, []);
  });
});
