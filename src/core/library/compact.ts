/**
 * Summaries made small in memory. A thousand essays drawing on one pool of works repeat the same
 * names, titles, labels and whole entries many times over, and each summary that crossed a worker
 * boundary or came out of the cache's JSON holds its own copy of every one: equal strings and equal
 * entries are shared instead. Nothing here changes what a summary says.
 */
import type { CslItem } from '../model';
import { contentHash } from './hash';
import type { EssaySummary, SummaryCitation, SummaryReference } from './model';

/**
 * Shares equal strings and equal parsed entries between the summaries handed to it. One
 * compactor serves one reading of many summaries (an indexing run, a cache read back) and is then
 * dropped: what it shares stays shared, and it keeps nothing alive once the summaries are gone.
 * The summaries it gives back must not be changed (they are `readonly`): their entries may be shared.
 */
export class SummaryCompactor {
  private readonly strings = new Map<string, string>();
  /** Entries by the hash of their JSON text (checked against the text on a hit, so a collision only costs a copy). */
  private readonly entries = new Map<string, CslItem>();

  /** `text`, or an equal string met before. */
  string(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    this.strings.set(text, text);
    return text;
  }

  /** `csl`, or an equal entry met before; its strings shared. */
  entry(csl: CslItem): CslItem {
    const json = JSON.stringify(csl);
    const key = contentHash(json);
    const known = this.entries.get(key);
    if (known !== undefined && JSON.stringify(known) === json) return known;
    const shared = this.value(csl) as CslItem;
    if (known === undefined) this.entries.set(key, shared);
    return shared;
  }

  /**
   * `summary` with its strings and entries shared with the summaries compacted before, and the
   * sentences of one citation of several works shared among them. A new object; `summary` is left as it is.
   */
  summary(summary: EssaySummary): EssaySummary {
    const sentences = new Map<string, string>();
    const sentence = (text: string): string => {
      const known = sentences.get(text);
      if (known !== undefined) return known;
      sentences.set(text, text);
      return text;
    };
    const citation = (c: SummaryCitation): SummaryCitation => ({ ...c, text: this.string(c.text), sentence: sentence(c.sentence) });
    const reference = (r: SummaryReference): SummaryReference => ({
      id: this.string(r.id),
      label: this.string(r.label),
      text: this.string(r.text),
      csl: this.entry(r.csl),
      citations: r.citations.map(citation),
    });
    return { ...summary, file: this.string(summary.file), references: summary.references.map(reference) };
  }

  /** A copy of plain JSON data with every string shared. */
  private value(value: unknown): unknown {
    if (typeof value === 'string') return this.string(value);
    if (Array.isArray(value)) return value.map((v) => this.value(v));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.value(v);
      return out;
    }
    return value;
  }
}
