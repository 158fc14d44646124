/**
 * Fuzzy "does this text approximately occur in that term" over a fixed list of
 * short terms, with Fuse.js doing the matching. Fuse's bitap matcher costs
 * several microseconds per term for a long query, so a bigram count first
 * rules out the terms that cannot be within the error budget; Fuse then only
 * runs over the few that are left.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';

/** One term that matched: its position in the list and Fuse's score (0 exact … threshold). */
export interface TermMatch {
  index: number;
  score: number;
}

/** Fuse's bitap handles at most 32 pattern characters in one piece; the filter's arithmetic assumes one piece. */
const MAX_FILTERED_QUERY = 32;

/** Matches queries against a fixed list of already-folded terms. */
export class FuzzyTerms {
  private readonly options: IFuseOptions<string>;
  private readonly fuse: Fuse<string>;
  /** Bigram → indices of the terms containing it (each index once). */
  private readonly bigrams = new Map<string, number[]>();
  private readonly counts: Uint16Array;

  constructor(
    private readonly terms: readonly string[],
    private readonly threshold: number,
  ) {
    this.options = {
      includeScore: true,
      // Terms and queries arrive folded, so Fuse need not fold them again.
      isCaseSensitive: true,
      // A name may sit anywhere inside a term ("Tencent HunyuanVideo").
      ignoreLocation: true,
      threshold,
    };
    this.fuse = new Fuse([...terms], this.options);
    this.counts = new Uint16Array(terms.length);
    terms.forEach((term, index) => {
      for (const gram of new Set(bigramsOf(term))) {
        const list = this.bigrams.get(gram);
        if (list) list.push(index);
        else this.bigrams.set(gram, [index]);
      }
    });
  }

  /** Every term that contains `query` with at most `threshold × length` edits. */
  match(query: string): TermMatch[] {
    const candidates = this.candidates(query);
    if (candidates === null) {
      return this.fuse.search(query).map((r) => ({ index: r.refIndex, score: r.score ?? 1 }));
    }
    const subset = new Fuse(
      candidates.map((i) => this.terms[i] ?? ''),
      this.options,
    );
    return subset
      .search(query)
      .map((r) => ({ index: candidates[r.refIndex] ?? -1, score: r.score ?? 1 }));
  }

  /**
   * Indices of the terms that can still match, or null when the filter cannot
   * rule anything out. A match with k edits leaves at least (m − 1) − 2k of the
   * query's m − 1 bigrams intact (one edit spoils at most two), all of which
   * then occur in the term; and the matched part is at least m − k long.
   */
  private candidates(query: string): number[] | null {
    const m = query.length;
    if (m > MAX_FILTERED_QUERY) return null;
    // The epsilon keeps floating-point error from shrinking the budget (which would wrongly drop terms).
    const k = Math.floor(this.threshold * m + 1e-9);
    const needed = m - 1 - 2 * k;
    if (needed <= 0) return null;
    this.counts.fill(0);
    for (const gram of bigramsOf(query)) {
      for (const i of this.bigrams.get(gram) ?? []) this.counts[i] = (this.counts[i] ?? 0) + 1;
    }
    const out: number[] = [];
    this.terms.forEach((term, i) => {
      if ((this.counts[i] ?? 0) >= needed && term.length >= m - k) out.push(i);
    });
    return out;
  }
}

function bigramsOf(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) out.push(text.slice(i, i + 2));
  return out;
}
