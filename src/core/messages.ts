// The engine's words for readers (notices, link reasons, problems, the Sources view's groups), translatable without
// the engine knowing VS Code. Each message is written as its English template with numbered placeholders, the key
// VS Code's `vscode.l10n.t` uses too ("{0} references match “{1}”"); the extension hands the engine the translations
// VS Code loaded for its display language (l10n/bundle.l10n.<locale>.json), and the command line and the tests,
// which hand none, read the English.

/** Translations by English template, as `vscode.l10n.bundle` gives them. */
export type MessageBundle = Readonly<Record<string, string>>;

let bundle: MessageBundle | undefined;

/**
 * The message `template` in the reader's language, its placeholders `{0}`, `{1}`, … replaced by `args` in order (a
 * placeholder without an argument is left as written). Without translations, or without this template among
 * them, the English template.
 */
export function say(template: string, ...args: readonly (string | number)[]): string {
  const text = bundle?.[template] ?? template;
  return args.length === 0 ? text : text.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : whole));
}

/** Makes `say` read `translations` from now on; undefined goes back to English. */
export function useMessages(translations: MessageBundle | undefined): void {
  bundle = translations && Object.keys(translations).length > 0 ? translations : undefined;
}

/** The translations `say` reads now (to hand to an analysis worker), or undefined for English. */
export function currentMessages(): MessageBundle | undefined {
  return bundle;
}

/**
 * The arguments of `text` when it is the message `template` (in the reader's language), by placeholder number;
 * undefined when it is another text. How the engine recognises one of its own messages among others.
 */
export function messageArgs(text: string, template: string): string[] | undefined {
  // The template's literal parts, with the placeholder numbers between them: "a {1} b {0}" → ["a ", " b ", ""], [1, 0].
  const parts = say(template).split(/\{(\d+)\}/);
  const literals = parts.filter((_, i) => i % 2 === 0);
  const order = parts.filter((_, i) => i % 2 === 1).map(Number);
  const whole = text.trim();
  const last = literals[literals.length - 1];
  if (!whole.startsWith(literals[0]) || whole.length < literals[0].length + last.length || !whole.endsWith(last)) return undefined;
  if (order.length === 0) return whole === literals[0] ? [] : undefined;
  // Each argument runs to the next literal part's first occurrence (the last one to the final part): one pass, no pattern.
  const args: string[] = [];
  const end = whole.length - last.length;
  let at = literals[0].length;
  for (let i = 0; i < order.length; i++) {
    const next = i + 1 < order.length ? whole.indexOf(literals[i + 1], at) : end;
    if (next < 0 || next > end) return undefined;
    args[order[i]] = whole.slice(at, next);
    at = next + literals[i + 1].length;
  }
  return args;
}

/** True when `text` is the message `template` with any arguments (see {@link messageArgs}). */
export function isMessage(text: string, template: string): boolean {
  return messageArgs(text, template) !== undefined;
}

/**
 * A message not said yet: its English template (the key of the translations) and its arguments. Plain
 * JSON data, so that what is stored (the library's cache) is said in the language of the session that
 * shows it, not of the one that stored it. {@link sayMessage} says it.
 */
export type Message = readonly [template: string, ...args: (string | number)[]];

/** The message `template` with `args`, to be said later (see {@link Message}). */
export function message(template: string, ...args: readonly (string | number)[]): Message {
  return [template, ...args];
}

/** `m` in the reader's language now (see {@link say}). */
export function sayMessage(m: Message): string {
  const [template, ...args] = m;
  return say(template, ...args);
}
