/**
 * Typo-tolerant search over models and concepts for a search box that runs on
 * every keystroke. Fuse.js finds which names, aliases, organisations and
 * concept names approximately contain the query; each candidate is then
 * ranked by how much of it the query covers, and the best field of each entry
 * decides, with other matching fields adding a little. Summaries count too,
 * by whole word or word prefix, but weakly.
 */
import { FuzzyTerms } from './fuzzy-terms';
import {
  buildSearchIndex,
  FIELD_WEIGHT,
  type SearchEntry,
  type SearchField,
  type SearchIndex,
} from './search-index';
import { foldSearchText, searchWords, subsequenceSimilarity } from './search-text';
import type { KnowledgeBase } from './types';

/** One search hit; lower `score` is better (0 is a perfect match). */
export interface KbSearchResult {
  kind: 'model' | 'concept';
  id: string;
  name: string;
  score: number;
  /** The name, alias, organisation or concept name that matched best, as the KB writes it (or the summary word, folded). */
  matched: string;
  /** First sentence of the summary, for a result list. */
  summary: string;
  /** Models only. */
  organization?: string;
  /** Models only: `YYYY-MM[-DD]`. */
  released?: string;
  /** Models only: era id. */
  era?: string;
  /** Models only: architecture family id. */
  family?: string;
}

/** A ready-built search over one knowledge base. */
export interface KbSearch {
  /** Hits for `query`, best first; at most `limit` (default 20). */
  search(query: string, limit?: number): KbSearchResult[];
}

/** Per entry, the best quality (0–1) found in each field and the text that gave it. */
type Hits = Map<number, Partial<Record<SearchField, { quality: number; text: string }>>>;

const FIELDS = Object.keys(FIELD_WEIGHT) as SearchField[];
/** Share of a field's weight that a non-best field adds. */
const SECONDARY = 0.1;
/** Best relevance possible: a perfect name match plus every other field at full strength. */
const MAX_RELEVANCE =
  1 + SECONDARY * FIELDS.reduce((sum, f) => sum + (f === 'name' ? 0 : FIELD_WEIGHT[f]), 0);
/** Matching word by word ranks below matching the whole query at once. */
const WORDWISE = 0.85;
const MIN_QUERY = 2;
/** Fuse threshold: about one typo in three letters. */
const THRESHOLD = 0.34;
/** How many texts' hits to remember between keystrokes. */
const RECENT_LIMIT = 64;

function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

function record(
  hits: Hits,
  entry: number,
  field: SearchField,
  quality: number,
  text: string,
): void {
  let fields = hits.get(entry);
  if (!fields) {
    fields = {};
    hits.set(entry, fields);
  }
  const before = fields[field];
  if (!before || before.quality < quality) fields[field] = { quality, text };
}

/** Weighted relevance of one entry's hits (0 when nothing matched) and the text behind the best field. */
function relevance(
  fields: Partial<Record<SearchField, { quality: number; text: string }>> | undefined,
): {
  value: number;
  text: string;
} {
  if (!fields) return { value: 0, text: '' };
  let best = 0;
  let sum = 0;
  let text = '';
  for (const f of FIELDS) {
    const hit = fields[f];
    if (!hit) continue;
    const v = FIELD_WEIGHT[f] * hit.quality;
    sum += v;
    if (v > best) {
      best = v;
      text = hit.text;
    }
  }
  return { value: best + SECONDARY * (sum - best), text };
}

class Searcher implements KbSearch {
  private readonly terms: FuzzyTerms;
  private readonly recent = new Map<string, Hits>();

  constructor(private readonly index: SearchIndex) {
    this.terms = new FuzzyTerms(
      index.terms.map((t) => t.folded),
      THRESHOLD,
    );
  }

  /**
   * Hits for one folded text, remembered for a while: typing a query letter by
   * letter asks for the same finished words again on every keystroke.
   */
  private hitsFor(text: string): Hits {
    const cached = this.recent.get(text);
    if (cached) {
      // Re-insert so the Map's order stays least-recently-used first.
      this.recent.delete(text);
      this.recent.set(text, cached);
      return cached;
    }
    const hits = this.computeHits(text);
    this.recent.set(text, hits);
    if (this.recent.size > RECENT_LIMIT) {
      const oldest = this.recent.keys().next();
      if (!oldest.done) this.recent.delete(oldest.value);
    }
    return hits;
  }

  /** Hits for one folded text: fuzzy over the terms, whole-word or prefix over summaries. */
  private computeHits(text: string): Hits {
    const hits: Hits = new Map();
    for (const { index, score } of this.terms.match(text)) {
      const term = this.index.terms[index];
      if (!term) continue;
      // Fuse's score says how well `text` appears somewhere in the term; the
      // similarity says how much of the term it accounts for; a term that
      // starts with the text gets a small lift, since someone typing a name
      // letter by letter expects it first.
      const start = term.folded.startsWith(text) ? 0.1 : 0;
      const quality =
        (1 - score) * (0.55 + 0.35 * subsequenceSimilarity(text, term.folded) + start);
      for (const p of term.postings) record(hits, p.entry, p.field, quality, term.text);
    }
    if (text.length >= 3) {
      this.index.entries.forEach((entry, i) => {
        if (entry.summaryWords.includes(` ${text} `)) record(hits, i, 'summary', 1, text);
        else if (entry.summaryWords.includes(` ${text}`)) record(hits, i, 'summary', 0.8, text);
      });
    }
    return hits;
  }

  search(query: string, limit = 20): KbSearchResult[] {
    const folded = foldSearchText(query);
    if (folded.length < MIN_QUERY) return [];
    const whole = this.hitsFor(folded);
    const scored = new Map<number, { value: number; text: string }>();
    for (const [entry, fields] of whole) scored.set(entry, relevance(fields));

    // Words may match different fields ("google veo": organisation + name).
    const words = [...new Set(searchWords(folded).filter((w) => w.length >= MIN_QUERY))];
    if (words.length > 1) {
      const perWord = words.map((w) => this.hitsFor(w));
      const candidates = new Set(perWord.flatMap((h) => [...h.keys()]));
      for (const entry of candidates) {
        const parts = perWord.map((h) => relevance(h.get(entry)));
        const value = (WORDWISE * parts.reduce((s, p) => s + p.value, 0)) / words.length;
        const before = scored.get(entry);
        if (!before || before.value < value) {
          const text = parts.reduce((a, b) => (b.value > a.value ? b : a)).text;
          scored.set(entry, { value, text });
        }
      }
    }

    return [...scored]
      .map(([i, { value, text }]) => ({ entry: this.index.entries[i], value, text }))
      .filter(
        (r): r is { entry: SearchEntry; value: number; text: string } =>
          r.entry !== undefined && r.value > 0,
      )
      .sort((a, b) => b.value - a.value || a.entry.name.length - b.entry.name.length)
      .slice(0, limit)
      .map(({ entry, value, text }) =>
        toResult(entry, Math.max(0, 1 - value / MAX_RELEVANCE), text),
      );
  }
}

function toResult(entry: SearchEntry, score: number, matched: string): KbSearchResult {
  const result: KbSearchResult = {
    kind: entry.kind,
    id: entry.id,
    name: entry.name,
    score,
    matched,
    summary: firstSentence(entry.summary),
  };
  if (entry.organization !== undefined) result.organization = entry.organization;
  if (entry.released !== undefined) result.released = entry.released;
  if (entry.era !== undefined) result.era = entry.era;
  if (entry.family !== undefined) result.family = entry.family;
  return result;
}

/** Builds the search index for `kb` once; reuse the returned object for every query. */
export function createKbSearch(kb: KnowledgeBase): KbSearch {
  return new Searcher(buildSearchIndex(kb));
}
