// The language features of essay documents. Each looks the position up in the essay's last
// finished analysis (never waiting for a new one), asks a pure function what to show, and converts
// spans to ranges.
import * as vscode from 'vscode';
import { trustedHoverCommands } from '../commands';
import { toOffset, toRange } from '../convert';
import type { Reference } from '../core/model';
import type { Essay, EssayService } from '../essay/essayService';
import { readSettings } from '../settings';
import { essayPageAt } from '../essay/essayPages';
import { formatForHover } from './formatForHover';
import type { WorkspaceLibrary } from '../workspaceLibrary/libraryService';
import { hoverMarkdown, hoverReferences, hoverTarget, type LibraryFacts } from './hoverContent';
import type { OutlineNode } from './outline';
import { outline } from './outline';
import { definitionAt, highlightsAt, referencesAt } from './places';

/** How long a hover waits for formatted entries before showing the entries' own text. */
const formatWaitMs = 250;

abstract class EssayFeature {
  constructor(protected readonly essays: EssayService) {}

  /**
   * The essay shown in `document`: its last finished analysis, never a newer one; only a document
   * shown before its first analysis ended waits for that one.
   */
  protected async essayOf(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<Essay | undefined> {
    const essay = this.essays.get(document.uri) ?? (await this.essays.settled(document.uri));
    return token.isCancellationRequested ? undefined : essay;
  }
}

export class EssayHoverProvider extends EssayFeature implements vscode.HoverProvider {
  constructor(
    essays: EssayService,
    private readonly library?: WorkspaceLibrary,
  ) {
    super(essays);
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const essay = await this.essayOf(document, token);
    const target = essay && hoverTarget(essay.index, toOffset(document, position));
    if (!essay || !target) return undefined;
    const references = hoverReferences(target, essay.index);
    const formatted = await formatAll(references, token);
    if (token.isCancellationRequested) return undefined;
    const library = this.libraryFacts(essay, references);
    const options = { essayUri: essay.uri.toString(), style: readSettings(document.uri).citationStyle, formatted, pageAt: essayPageAt(essay), library };
    const markdown = new vscode.MarkdownString(hoverMarkdown(target, essay.index, options));
    markdown.isTrusted = { enabledCommands: [...trustedHoverCommands] };
    return new vscode.Hover(markdown, toRange(document, target.span));
  }

  /** What the workspace's library knows of the references shown, by reference id. */
  private libraryFacts(essay: Essay, references: readonly Reference[]): Map<string, LibraryFacts> | undefined {
    const library = this.library;
    if (!library) return undefined;
    const file = essay.sourceUri.toString();
    const facts = new Map<string, LibraryFacts>();
    for (const reference of references) {
      const work = library.lookup.workOf(file, reference.id);
      if (!work) continue;
      facts.set(reference.id, { elsewhere: library.lookup.elsewhere(file, reference.id), bibliographyKey: work.bibliography?.key });
    }
    return facts;
  }
}

/** Formatted entries by reference id, as many as the formatter gives within a moment. */
async function formatAll(references: readonly Reference[], token: vscode.CancellationToken): Promise<Map<string, string>> {
  const formatted = new Map<string, string>();
  const all = Promise.all(
    references.map(async (reference) => {
      const text = await formatForHover(reference).catch(() => undefined);
      if (text) formatted.set(reference.id, text);
    }),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const enough = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, formatWaitMs);
    token.onCancellationRequested(() => resolve());
  });
  await Promise.race([all, enough]);
  clearTimeout(timer);
  return formatted;
}

export class EssayDefinitionProvider extends EssayFeature implements vscode.DefinitionProvider {
  async provideDefinition(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.LocationLink[] | undefined> {
    const essay = await this.essayOf(document, token);
    const definition = essay && definitionAt(essay.index, toOffset(document, position));
    if (!definition) return undefined;
    const origin = toRange(document, definition.origin);
    return definition.references.map((reference) => {
      const range = toRange(document, reference);
      return { originSelectionRange: origin, targetUri: document.uri, targetRange: range, targetSelectionRange: range };
    });
  }
}

export class EssayReferenceProvider extends EssayFeature implements vscode.ReferenceProvider {
  async provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[] | undefined> {
    const essay = await this.essayOf(document, token);
    if (!essay) return undefined;
    const spans = referencesAt(essay.index, toOffset(document, position), context.includeDeclaration);
    return spans.map((span) => new vscode.Location(document.uri, toRange(document, span)));
  }
}

export class EssayHighlightProvider extends EssayFeature implements vscode.DocumentHighlightProvider {
  async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.DocumentHighlight[] | undefined> {
    const essay = await this.essayOf(document, token);
    if (!essay) return undefined;
    const kind = { declaration: vscode.DocumentHighlightKind.Write, use: vscode.DocumentHighlightKind.Read } as const;
    return highlightsAt(essay.index, toOffset(document, position)).map((h) => new vscode.DocumentHighlight(toRange(document, h.span), kind[h.kind]));
  }
}

// Headings are strings, as in VS Code's own Markdown outline; an entry of the list is a key of the
// bibliography (a screen reader said "field", a word for code, of an entry before).
const symbolKinds: Readonly<Record<OutlineNode['kind'], vscode.SymbolKind>> = {
  title: vscode.SymbolKind.File,
  section: vscode.SymbolKind.String,
  references: vscode.SymbolKind.String,
  reference: vscode.SymbolKind.Key,
};

export class EssaySymbolProvider extends EssayFeature implements vscode.DocumentSymbolProvider {
  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const essay = await this.essayOf(document, token);
    if (!essay) return undefined;
    const pageAt = essayPageAt(essay);
    const toSymbol = (node: OutlineNode): vscode.DocumentSymbol => {
      const page = node.kind === 'references' ? undefined : pageAt?.(node.selection.start);
      const detail = page === undefined ? node.detail : node.detail ? vscode.l10n.t('p. {0} · {1}', page, node.detail) : vscode.l10n.t('p. {0}', page);
      const symbol = new vscode.DocumentSymbol(node.name || '…', detail, symbolKinds[node.kind], toRange(document, node.span), toRange(document, node.selection));
      symbol.children = node.children.map(toSymbol);
      return symbol;
    };
    return outline(essay.analysis).map(toSymbol);
  }
}
