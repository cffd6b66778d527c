// The run-time messages of the source, read from its syntax: every `vscode.l10n.t('…', …)` of the adapters and every
// `say('…', …)` (or `message('…', …)`, said later) of the engine (src/core/messages), with the English template that is the message's key in the
// translation bundles (l10n/bundle.l10n.<locale>.json).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One call that names a message. */
export interface MessageUse {
  /** "src/reading/guarded.ts:17". */
  readonly where: string;
  /** The English template, or undefined when the call's first argument is not a string literal. */
  readonly key: string | undefined;
  /** How many arguments fill the placeholders (for `isMessage` and `messageArgs`, which only name a template: none). */
  readonly args: number;
  /** True for calls that only recognise a message (`isMessage`, `messageArgs`): they pass no arguments. */
  readonly recognises: boolean;
}

// `message` names a message said later (`sayMessage`): its template is a key like any other.
const translating = new Set(['say', 'message']);
const recognising = new Set(['isMessage', 'messageArgs']);

/** `vscode.l10n.t`, `l10n.t`: the callee's text ends with `l10n.t`. */
function isL10nT(callee: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't' && /(^|\.)l10n$/.test(callee.expression.getText());
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every message named in the `.ts` files under `srcDir` (the definitions in src/core/messages.ts excepted). */
export function messageUses(root: string, srcDir = join(root, 'src')): MessageUse[] {
  const uses: MessageUse[] = [];
  for (const file of filesUnder(srcDir)) {
    const text = readFileSync(file, 'utf8');
    if (!/l10n\.t\(|\bsay\(|\bmessage\(|isMessage\(|messageArgs\(/.test(text)) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const own = relative(root, file).replace(/\\/g, '/');
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee) ? callee.text : undefined;
        const recognises = name !== undefined && recognising.has(name);
        if (isL10nT(callee) || (name !== undefined && translating.has(name)) || recognises) {
          // The messages module passes its own parameters on; every other call names a template.
          if (own !== 'src/core/messages.ts') {
            const first = recognises ? node.arguments[1] : node.arguments[0];
            const key = first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) ? first.text : undefined;
            const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
            uses.push({ where: `${own}:${line}`, key, args: recognises ? 0 : node.arguments.length - 1, recognises });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** The placeholders of a template, sorted: "{1} of {0}" → ["{0}", "{1}"]. */
export function placeholders(template: string): string[] {
  return [...new Set(template.match(/\{\d+\}/g) ?? [])].sort();
}
