/**
 * Text-quote anchors (the W3C Web Annotation "TextQuoteSelector" idea): a note
 * remembers the quoted passage plus a little text on each side, and finds it
 * again in the page's text even after the page was edited.
 *
 * Finding prefers, in order: the quote with its full context verbatim; the
 * quote verbatim (several copies told apart by their context); an approximate
 * match. Approximate matches pay for their errors and for weak context, and an
 * answer that could just as well be somewhere else is marked down, so a low
 * score means "unsure" and below MIN_SCORE the answer is null: it is better to
 * show a note as detached than pinned to the wrong sentence.
 *
 * Offsets are UTF-16 code units, as in DOM Range and Text offsets.
 */
import { findApproximate, type ApproxMatch } from './approx-search';
import { diffDistance, similarity } from './edit-distance';

/** The quoted passage and the text just before and after it. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Where a quote was found: text[start, end). */
export interface QuoteMatch {
  start: number;
  end: number;
  /** True when text[start, end) equals the quote exactly. */
  exactMatch: boolean;
  /**
   * Confidence, 1 for the quote and its context verbatim and unique. Verbatim
   * matches are always returned, scoring low when their context disagrees or
   * other copies fit as well; approximate ones only from MIN_SCORE up.
   */
  score: number;
}

/** Approximate matches scoring below this are not returned. */
export const MIN_SCORE = 0.6;
/** Quotes up to this length are searched approximately in one pass; longer ones through probes. */
export const SINGLE_PASS_MAX = 256;

// Fewest characters worth an approximate search: below this a couple of
// edits turn any quote into common words found everywhere.
const FUZZY_MIN_LENGTH = 8;
// Edits allowed per quote character.
const ERROR_RATE = 0.25;
// Context compared on each side, at most.
const CONTEXT_COMPARE = 64;
// Verbatim hits whose context agrees less than this may be coincidences.
const WEAK_CONTEXT = 0.5;
// Exact hits beyond this count are ranked by a cheap context check first.
const FULL_CONTEXT_CHECKS = 200;
// A second place scoring within AMBIGUITY_MARGIN of the best costs up to
// AMBIGUITY_PENALTY: the evidence does not say which of the two is meant.
const AMBIGUITY_MARGIN = 0.1;
const AMBIGUITY_PENALTY = 0.3;
// Long quotes: probe length, number of probes, hits that make a probe useless.
const PROBE_LENGTH = 32;
const MAX_PROBES = 16;
const MAX_FUZZY_PROBES = 6;
const MAX_PROBE_HITS = 32;
// The bounded diff for long quotes stops after this many edits.
const MAX_DIFF_EDITS = 4000;

interface Candidate {
  start: number;
  end: number;
  exactMatch: boolean;
  score: number;
  /** contextSimilarity of the place. */
  context: number;
}

/** Describes text[start, end) as a quote with up to `contextLength` characters of context on each side. */
export function describeQuote(
  text: string,
  start: number,
  end: number,
  contextLength = 32,
): TextQuote {
  const s = clamp(Math.floor(start), 0, text.length);
  const e = clamp(Math.floor(end), 0, text.length);
  if (e < s) throw new RangeError(`describeQuote: end (${end}) is before start (${start})`);
  const ctx = Math.max(0, Math.floor(contextLength));
  let prefixStart = Math.max(0, s - ctx);
  let suffixEnd = Math.min(text.length, e + ctx);
  // Never cut a surrogate pair in half: the lone half would not be found again.
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart)) && prefixStart < s)
    prefixStart++;
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1)) && suffixEnd > e)
    suffixEnd--;
  return {
    exact: text.slice(s, e),
    prefix: text.slice(prefixStart, s),
    suffix: text.slice(e, suffixEnd),
  };
}

/** Finds a quote in (possibly changed) text; null when it is gone or cannot be placed with confidence. */
export function findQuote(text: string, quote: TextQuote): QuoteMatch | null {
  const { exact } = quote;
  if (exact.length === 0 || text.length === 0) return null;

  // The quote with its whole context, once: nothing is more certain.
  if (quote.prefix || quote.suffix) {
    const whole = quote.prefix + exact + quote.suffix;
    const at = text.indexOf(whole);
    if (at !== -1 && text.indexOf(whole, at + 1) === -1) {
      const start = at + quote.prefix.length;
      return { start, end: start + exact.length, exactMatch: true, score: 1 };
    }
  }

  const exactHits = findExact(text, quote);
  const fuzzyAllowed = exact.length >= FUZZY_MIN_LENGTH;
  // A verbatim copy whose surroundings disagree may be a coincidence (a
  // common phrase) while the real passage was edited: then look for that too.
  const contextless = !quote.prefix && !quote.suffix;
  const exactIsWeak = exactHits.every((c) => c.context < WEAK_CONTEXT);
  if (exactHits.length > 0 && (contextless || !exactIsWeak || !fuzzyAllowed)) {
    return decide(exactHits);
  }
  if (!fuzzyAllowed) return null;

  const fuzzy =
    exact.length <= SINGLE_PASS_MAX ? findShortFuzzy(text, quote) : findLongFuzzy(text, quote);
  const best = decide([...exactHits, ...fuzzy]);
  return best && (best.exactMatch || best.score >= MIN_SCORE) ? best : null;
}

const MAX_EXACT_POSITIONS = 20_000;

/** Every verbatim occurrence, scored by how well its surroundings match the context. */
function findExact(text: string, quote: TextQuote): Candidate[] {
  const positions: number[] = [];
  // A very common quote (a word, a letter) is bounded: the first occurrences
  // are ranked by context, the rest of a huge page is not searched.
  for (
    let at = text.indexOf(quote.exact);
    at !== -1 && positions.length < MAX_EXACT_POSITIONS;
    at = text.indexOf(quote.exact, at + 1)
  )
    positions.push(at);
  if (positions.length === 0) return [];
  const m = quote.exact.length;

  let ranked = positions;
  if (positions.length > FULL_CONTEXT_CHECKS) {
    // A common phrase: rank by matching characters next to the quote (linear)
    // and give the full comparison only to the most promising.
    ranked = positions
      .map((start) => ({ start, agree: agreeingContext(text, start, start + m, quote) }))
      .sort((a, b) => b.agree - a.agree || a.start - b.start)
      .slice(0, FULL_CONTEXT_CHECKS)
      .map((c) => c.start);
  }
  // A short quote turns up verbatim by chance far more often than a long one,
  // so the shorter it is, the more its score rests on the context.
  const base = 0.5 + 0.3 * Math.min(1, m / 32);
  return ranked.map((start) => {
    const context = contextSimilarity(text, start, start + m, quote);
    return { start, end: start + m, exactMatch: true, score: base + (1 - base) * context, context };
  });
}

function findShortFuzzy(text: string, quote: TextQuote): Candidate[] {
  const m = quote.exact.length;
  const matches = findApproximate(quote.exact, text, Math.floor(m * ERROR_RATE), { limit: 12 });
  return matches.map((match) => fuzzyCandidate(text, quote, match, 1 - match.errors / m));
}

/**
 * Long quotes: a single bit-parallel pass would cost O(n · m/32), so
 * short probes taken along the quote vote for where it starts; the place
 * most probes agree on is aligned at both ends and compared as a whole.
 */
function findLongFuzzy(text: string, quote: TextQuote): Candidate[] {
  const m = quote.exact.length;
  const probes = probeOffsets(m);
  const tolerance = Math.floor(m * ERROR_RATE) + PROBE_LENGTH;

  let votes = exactProbeVotes(text, quote.exact, probes);
  let places = clusterVotes(votes, probes.length, tolerance);
  if ((places[0]?.support ?? 0) < 2) {
    votes = votes.concat(fuzzyProbeVotes(text, quote.exact, probes));
    places = clusterVotes(votes, probes.length, tolerance);
  }

  const out: Candidate[] = [];
  for (const place of places.slice(0, 2)) {
    if (place.support < 2) break;
    const span = alignEnds(text, quote.exact, place.start, tolerance);
    if (!span) continue;
    const found = text.slice(span.start, span.end);
    const maxEdits = Math.min(MAX_DIFF_EDITS, Math.ceil((m + found.length) * ERROR_RATE));
    const edits = diffDistance(quote.exact, found, maxEdits);
    if (edits < 0) continue;
    const match = { start: span.start, end: span.end, errors: edits };
    out.push(fuzzyCandidate(text, quote, match, 1 - edits / (m + found.length)));
  }
  return out;
}

function fuzzyCandidate(
  text: string,
  quote: TextQuote,
  match: ApproxMatch,
  quoteSimilarity: number,
): Candidate {
  const { start, end } = noSplitPairs(text, match.start, match.end);
  const ctx = contextSimilarity(text, start, end, quote);
  // Squared so that errors in the quote itself weigh more than weak context.
  const score = quoteSimilarity * quoteSimilarity * (0.6 + 0.4 * ctx);
  return { start, end, exactMatch: text.slice(start, end) === quote.exact, score, context: ctx };
}

/** Picks the best candidate, marked down when a different place scores nearly as well. */
function decide(candidates: Candidate[]): QuoteMatch | null {
  if (candidates.length === 0) return null;
  const sorted = [...candidates].sort((a, b) => b.score - a.score || a.start - b.start);
  const best = sorted[0]!;
  const rival = sorted.find((c) => c !== best && (c.end <= best.start || c.start >= best.end));
  let score = best.score;
  if (rival) {
    const margin = best.score - rival.score;
    score -= Math.max(0, AMBIGUITY_PENALTY * (1 - margin / AMBIGUITY_MARGIN));
  }
  return { start: best.start, end: best.end, exactMatch: best.exactMatch, score: round(score) };
}

/**
 * How well the text around [start, end) matches the quote's prefix and suffix,
 * 0–1, each side weighted by its length. 0.5 when the quote has no context.
 */
function contextSimilarity(text: string, start: number, end: number, quote: TextQuote): number {
  const prefix = quote.prefix.slice(-CONTEXT_COMPARE);
  const suffix = quote.suffix.slice(0, CONTEXT_COMPARE);
  const total = prefix.length + suffix.length;
  if (total === 0) return 0.5;
  let sum = 0;
  if (prefix)
    sum +=
      prefix.length * similarity(prefix, text.slice(Math.max(0, start - prefix.length), start));
  if (suffix) sum += suffix.length * similarity(suffix, text.slice(end, end + suffix.length));
  return sum / total;
}

/** Characters of context matching verbatim right next to the quote (cheap pre-ranking). */
function agreeingContext(text: string, start: number, end: number, quote: TextQuote): number {
  let n = 0;
  const { prefix, suffix } = quote;
  while (
    n < prefix.length &&
    start - n - 1 >= 0 &&
    text.charCodeAt(start - n - 1) === prefix.charCodeAt(prefix.length - n - 1)
  )
    n++;
  let s = 0;
  while (
    s < suffix.length &&
    end + s < text.length &&
    text.charCodeAt(end + s) === suffix.charCodeAt(s)
  )
    s++;
  return n + s;
}

function probeOffsets(m: number): number[] {
  const count = Math.min(MAX_PROBES, Math.floor(m / PROBE_LENGTH));
  const span = m - PROBE_LENGTH;
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(Math.round((i * span) / Math.max(1, count - 1)));
  return out;
}

interface Vote {
  start: number;
  probe: number;
}

function exactProbeVotes(text: string, exact: string, probes: number[]): Vote[] {
  const votes: Vote[] = [];
  probes.forEach((offset, probe) => {
    const piece = exact.slice(offset, offset + PROBE_LENGTH);
    const hits: number[] = [];
    for (
      let at = text.indexOf(piece);
      at !== -1 && hits.length <= MAX_PROBE_HITS;
      at = text.indexOf(piece, at + 1)
    )
      hits.push(at);
    // A probe found everywhere (boilerplate, repeated headings) says nothing.
    if (hits.length > MAX_PROBE_HITS) return;
    for (const at of hits) votes.push({ start: at - offset, probe });
  });
  return votes;
}

function fuzzyProbeVotes(text: string, exact: string, probes: number[]): Vote[] {
  const votes: Vote[] = [];
  const step = Math.max(1, Math.floor(probes.length / MAX_FUZZY_PROBES));
  for (let probe = 0; probe < probes.length; probe += step) {
    const offset = probes[probe]!;
    const piece = exact.slice(offset, offset + PROBE_LENGTH);
    const hits = findApproximate(piece, text, Math.floor(PROBE_LENGTH * 0.2), { limit: 8 });
    for (const hit of hits) votes.push({ start: hit.start - offset, probe });
  }
  return votes;
}

/** Groups votes lying within `tolerance` of each other; support is the number of distinct probes. */
function clusterVotes(
  votes: Vote[],
  probeCount: number,
  tolerance: number,
): { start: number; support: number }[] {
  const sorted = [...votes].sort((a, b) => a.start - b.start);
  const counts = new Int32Array(probeCount);
  const windows: { start: number; support: number; from: number; to: number }[] = [];
  let distinct = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    if (counts[sorted[hi]!.probe]!++ === 0) distinct++;
    while (sorted[hi]!.start - sorted[lo]!.start > tolerance) {
      if (--counts[sorted[lo]!.probe]! === 0) distinct--;
      lo++;
    }
    windows.push({ start: 0, support: distinct, from: lo, to: hi });
  }
  windows.sort((a, b) => b.support - a.support || a.from - b.from);
  const out: { start: number; support: number }[] = [];
  for (const w of windows) {
    const starts = sorted.slice(w.from, w.to + 1).map((v) => v.start);
    const median = starts[starts.length >> 1]!;
    if (out.some((p) => Math.abs(p.start - median) <= tolerance)) continue;
    out.push({ start: median, support: w.support });
    if (out.length === 2) break;
  }
  return out;
}

/** Aligns the quote's first and last characters near an estimated start. */
function alignEnds(
  text: string,
  exact: string,
  estimate: number,
  slack: number,
): { start: number; end: number } | null {
  const m = exact.length;
  const edge = Math.min(64, m);
  const k = Math.floor(edge * ERROR_RATE);
  // An edge with one more error but right where the probes said beats a
  // clean copy of the same words a paragraph away: 32 characters of
  // displacement weigh as much as one error.
  const cost = (x: number, errors: number, near: number): number =>
    errors + Math.abs(x - near) / 32;
  const pick = (
    matches: ApproxMatch[],
    near: number,
    at: (x: ApproxMatch) => number,
  ): ApproxMatch | undefined =>
    [...matches].sort((a, b) => cost(at(a), a.errors, near) - cost(at(b), b.errors, near))[0];

  const headMatches = findApproximate(exact.slice(0, edge), text, k, {
    from: estimate - slack,
    to: estimate + edge + slack,
    limit: 4,
  });
  const start =
    pick(headMatches, estimate, (x) => x.start)?.start ?? clamp(estimate, 0, text.length);
  const endEstimate = start + m;
  const tailMatches = findApproximate(exact.slice(m - edge), text, k, {
    from: endEstimate - edge - slack,
    to: endEstimate + slack,
    limit: 4,
  });
  const end =
    pick(tailMatches, endEstimate, (x) => x.end)?.end ?? clamp(endEstimate, 0, text.length);
  return end > start ? { start, end } : null;
}

function noSplitPairs(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  if (s > 0 && isLowSurrogate(text.charCodeAt(s)) && isHighSurrogate(text.charCodeAt(s - 1))) s--;
  if (
    e < text.length &&
    isHighSurrogate(text.charCodeAt(e - 1)) &&
    isLowSurrogate(text.charCodeAt(e))
  )
    e++;
  return { start: s, end: e };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
