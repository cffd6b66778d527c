// The sort and filter commands every Citeread tree offers (Sources, Library): the value given by a program, or the
// reader's pick.
import * as vscode from 'vscode';

/** One order a tree can be sorted in, with the words the picker shows. */
export interface TreeSort<Id extends string> {
  readonly id: Id;
  readonly label: string;
  readonly description: string;
}

/** The sort `arg` names, or the reader's pick among `sorts` (the `current` one marked); undefined when dismissed. */
export async function chooseSort<Id extends string>(sorts: readonly TreeSort<Id>[], current: Id, arg: unknown, title: string): Promise<Id | undefined> {
  const given = sorts.find((s) => s.id === arg)?.id;
  if (given) return given;
  const picked = await vscode.window.showQuickPick(
    sorts.map((s) => ({ label: s.label, description: s.description, id: s.id, picked: s.id === current })),
    { title, placeHolder: vscode.l10n.t('Now: {0}', sorts.find((s) => s.id === current)?.label ?? '') },
  );
  return picked?.id;
}

/** The filter `arg` gives as a string, or the words the reader types (starting from `value`); undefined when dismissed. */
export async function askFilter(arg: unknown, box: { readonly title: string; readonly prompt: string; readonly value: string }): Promise<string | undefined> {
  if (typeof arg === 'string') return arg;
  return vscode.window.showInputBox({ ...box, placeHolder: vscode.l10n.t('e.g. soft balancing 2005') });
}
