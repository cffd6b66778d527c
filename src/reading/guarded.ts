// How every command of the extension fails: with one message to the reader, never with an exception
// escaping into VS Code's log.
import * as vscode from 'vscode';

/** Rejected programmatic input: the message is shown to the reader and the command rejects with it. */
export class CommandInputError extends Error {}

/**
 * Runs a command body (`what`, in the reader's language). A failure becomes one error message, "<what> failed: <why>", and the command
 * returns undefined; a {@link CommandInputError} also rejects, so that programmatic callers (hover links,
 * tests) learn of their bad input.
 */
export async function guarded<T>(what: string, body: () => Promise<T | undefined>): Promise<T | undefined> {
  try {
    return await body();
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} failed: {1}', what, error instanceof Error ? error.message : String(error)));
    if (error instanceof CommandInputError) throw error;
    return undefined;
  }
}
