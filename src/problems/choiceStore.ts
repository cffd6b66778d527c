import * as vscode from 'vscode';
import { applyChoices } from '../core/choices';
import type { Choices, ChosenReference } from '../core/choices';
import type { Analysis } from '../core/model';

/**
 * The reader's remembered choices of references, per essay source, kept in the workspace state so
 * they outlive the window. One store per extension context: every part of the extension that asks
 * `choiceStoreFor(context)` gets the same one.
 */
export interface ChoiceStore {
  /** Fires with the source URI of the essay whose choices changed. */
  readonly onDidChange: vscode.Event<vscode.Uri>;
  /** The choices for the essay read from `sourceUri` (empty when there are none). The same object until they change. */
  get(sourceUri: vscode.Uri): Choices;
  /** Remembers `chosen` for the work with choice key `key`, or forgets that work's choice when `chosen` is undefined. */
  set(sourceUri: vscode.Uri, key: string, chosen: ChosenReference | undefined): Promise<void>;
  /** The analysis with the choices for `sourceUri` applied (see `applyChoices`); `analysis` itself when none apply. */
  apply(analysis: Analysis, sourceUri: vscode.Uri): Analysis;
}

const stateKey = (sourceUri: vscode.Uri): string => `choices:${sourceUri.toString()}`;

class WorkspaceChoiceStore implements ChoiceStore, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  // Parsed once per source so `get` returns a stable object (callers cache by identity).
  private readonly cache = new Map<string, Choices>();

  constructor(private readonly state: vscode.Memento) {}

  get(sourceUri: vscode.Uri): Choices {
    const key = stateKey(sourceUri);
    let choices = this.cache.get(key);
    if (!choices) {
      const stored = this.state.get<unknown>(key);
      choices = isChoices(stored) ? stored : {};
      this.cache.set(key, choices);
    }
    return choices;
  }

  async set(sourceUri: vscode.Uri, key: string, chosen: ChosenReference | undefined): Promise<void> {
    const next: Record<string, ChosenReference> = { ...this.get(sourceUri) };
    if (chosen) next[key] = { referenceId: chosen.referenceId, referenceKey: chosen.referenceKey };
    else delete next[key];
    const id = stateKey(sourceUri);
    this.cache.set(id, next);
    await this.state.update(id, Object.keys(next).length > 0 ? next : undefined);
    this.changed.fire(sourceUri);
  }

  apply(analysis: Analysis, sourceUri: vscode.Uri): Analysis {
    return applyChoices(analysis, this.get(sourceUri));
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Workspace state is user data that may come from an older version: accept only the expected shape. */
function isChoices(value: unknown): value is Choices {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (v) => typeof v === 'object' && v !== null && typeof (v as ChosenReference).referenceId === 'string' && typeof (v as ChosenReference).referenceKey === 'string',
  );
}

const stores = new WeakMap<vscode.ExtensionContext, WorkspaceChoiceStore>();

/**
 * The choice store of this extension context, created on first use and disposed with the context.
 * The essay service applies it when it builds an essay:
 * `analysis = choiceStoreFor(context).apply(rawAnalysis, sourceUri)`, and re-publishes the essay on
 * `choiceStoreFor(context).onDidChange`.
 */
export function choiceStoreFor(context: vscode.ExtensionContext): ChoiceStore {
  let store = stores.get(context);
  if (!store) {
    store = new WorkspaceChoiceStore(context.workspaceState);
    stores.set(context, store);
    context.subscriptions.push(store);
  }
  return store;
}
