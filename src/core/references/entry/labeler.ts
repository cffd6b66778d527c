/**
 * The entry labeller: an entry's tokens, each with the field it belongs to and how sure the model is.
 * The trained model ships as a JSON string (./modelData.ts) that is parsed on the first labelling, not
 * when the engine is loaded.
 */
import { entryFeatures } from './features';
import { decode, decodeModel, type LinearChainModel, type SerializedModel } from './model';
import { MODEL_JSON } from './modelData';
import { tokenizeEntry, type EntryToken } from './tokens';

/** A token with its label ("author", "title", "container-title", "journal", …) and the model's confidence in it (0–1). */
export interface LabelledToken extends EntryToken {
  readonly label: string;
  readonly confidence: number;
}

/** Labels the tokens of one entry. `text` is the entry as one line; token offsets are into it. */
export interface EntryLabeler {
  label(text: string): LabelledToken[];
}

let model: LinearChainModel | undefined;

/** The decoded model, parsed on first use. */
export function labellerModel(): LinearChainModel {
  model ??= decodeModel(JSON.parse(MODEL_JSON) as SerializedModel);
  return model;
}

/** The trained data hash the committed model carries (see tools/train/data.ts). */
export function modelDataHash(): string {
  return (JSON.parse(MODEL_JSON) as SerializedModel).dataHash;
}

/** Longest run of tokens labelled at once; a run-away entry is labelled by its start only. */
const MAX_TOKENS = 400;

/** A labeller with the model `get` returns (read on each labelling). Never throws on any string; empty text gives no tokens. */
export function labelerOf(get: () => LinearChainModel): EntryLabeler {
  return {
    label(text: string): LabelledToken[] {
      const tokens = tokenizeEntry(typeof text === 'string' ? text : '').slice(0, MAX_TOKENS);
      if (tokens.length === 0) return [];
      const m = get();
      const decoded = decode(m, entryFeatures(tokens, m.bits, m.dictionary), tokens.length);
      return tokens.map((t, i) => ({ text: t.text, start: t.start, end: t.end, label: m.labels[decoded.labels[i]], confidence: decoded.confidence[i] }));
    },
  };
}

/** The trained linear-chain labeller, with the committed model. */
export const trainedLabeler: EntryLabeler = labelerOf(labellerModel);
