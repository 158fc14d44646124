/**
 * The name matcher: the alias index compiled into an Aho–Corasick automaton
 * over folded keys. The background compiles it once (`compileMatcher`) and
 * sends the plain-JSON result to content scripts, which only `loadMatcher`.
 * The context patterns (context.ts) share the automaton, after the names, so
 * one walk over a text yields both.
 */
import { Automaton, buildAutomaton, DENSE_CELL_BUDGET, type AutomatonData } from './automaton';
import type { AliasEntry, AliasIndex } from './alias-index';
import { endOk, extendOverMarks, keepMatches, startOk } from './boundary';
import {
  compileContext,
  contextHitsFrom,
  loadContext,
  scanContext,
  type CompiledContext,
  type ContextHit,
  type LoadedContext,
} from './context';
import { foldKey } from './fold';
import { gluedVersionEnd } from './versions';

/**
 * Format tag of CompiledMatcher; bump when the shape changes.
 * 2: one automaton for names and context patterns, trie only (breadth-first).
 */
export const MATCHER_FORMAT = 2;

/** An alias entry with its folded keys. */
export interface MatchEntry extends AliasEntry {
  /** Lowercased folded key the automaton matches. */
  key: string;
  /** Case-kept folded key, checked for case-sensitive entries. */
  keep: string;
}

/** A matcher as plain JSON-serialisable data. */
export interface CompiledMatcher {
  format: typeof MATCHER_FORMAT;
  /** Hash of the alias index it was built from. */
  hash: string;
  entries: MatchEntry[];
  /** Keys: every entry's key, then every context pattern's key. */
  automaton: AutomatonData;
  context: CompiledContext;
}

/** A name occurrence that passed the boundary and case checks. */
export interface Candidate {
  start: number;
  end: number;
  /** Index into matcher.entries. */
  index: number;
  entry: MatchEntry;
  /** True when the end was pushed over a glued version ("Wan2.3"). */
  glued: boolean;
  /** End of the name itself: before the glued version, else `end`. */
  nameEnd: number;
}

/** A loaded matcher. */
export interface Matcher {
  readonly hash: string;
  readonly entries: readonly MatchEntry[];
  readonly context: LoadedContext;
  /** Raw automaton walk: every key occurrence, unfiltered; returns the step count. */
  scan(text: string, onMatch: (start: number, end: number, entry: number) => void): number;
  /** Occurrences passing boundary and case rules, sorted by start, longest first. */
  candidates(text: string): Candidate[];
  /** Leftmost-longest non-overlapping candidates (no context rules). */
  match(text: string): Candidate[];
}

/** Compiles an alias index into JSON-serialisable matcher data. */
export function compileMatcher(index: AliasIndex): CompiledMatcher {
  const entries: MatchEntry[] = index.entries.map((e) => ({
    ...e,
    ids: [...e.ids],
    key: foldKey(e.text),
    keep: foldKey(e.text, true),
  }));
  const context = compileContext(index);
  const keys = [...entries.map((e) => e.key), ...context.patterns.map((p) => p.key)];
  return {
    format: MATCHER_FORMAT,
    hash: index.hash,
    entries,
    automaton: buildAutomaton(keys),
    context,
  };
}

/** Orders candidates by start, then longest, then real aliases before glued versions, then index order. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    a.start - b.start || b.end - a.end || Number(a.glued) - Number(b.glued) || a.index - b.index
  );
}

/**
 * Picks leftmost-longest non-overlapping candidates from a list sorted with
 * compareCandidates: "SVD-XT" beats "SVD", "Gen-3 Alpha Turbo" beats "Gen-3".
 */
export function resolveOverlaps(sorted: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let lastEnd = -1;
  for (const c of sorted) {
    if (c.start < lastEnd) continue;
    out.push(c);
    lastEnd = c.end;
  }
  return out;
}

/** Concept names may take a plural "s" ("DiTs"); returns the new end or -1. */
function pluralEnd(text: string, end: number, entry: MatchEntry): number {
  const c = text.charCodeAt(end);
  if (c !== 0x73 || !endOk(text, end + 1, entry.key)) return -1;
  const last = entry.key.charCodeAt(entry.key.length - 1);
  return last >= 0x61 && last <= 0x7a && last !== 0x73 ? end + 1 : -1;
}

/** Candidates and context hits of one text, from one automaton pass. */
export interface TextScan {
  candidates: Candidate[];
  /** Context hits (computed on first call). */
  contextHits(): ContextHit[];
}

class LoadedMatcher implements Matcher {
  readonly hash: string;
  readonly entries: readonly MatchEntry[];
  readonly context: LoadedContext;
  private readonly automaton: Automaton;

  constructor(compiled: CompiledMatcher, denseBudget: number) {
    if (compiled.format !== MATCHER_FORMAT)
      throw new Error(`Unsupported matcher format ${String(compiled.format)}`);
    const keys = compiled.entries.length + compiled.context.patterns.length;
    if (compiled.automaton.keyLength.length !== keys) throw new Error('Malformed matcher data');
    this.hash = compiled.hash;
    this.entries = compiled.entries;
    this.automaton = new Automaton(compiled.automaton, denseBudget);
    this.context = loadContext(compiled.context, this.automaton, compiled.entries.length);
  }

  /** The automaton (tests and diagnostics). */
  get engine(): Automaton {
    return this.automaton;
  }

  scan(text: string, onMatch: (start: number, end: number, entry: number) => void): number {
    const found = this.automaton.collect(text);
    const names = this.entries.length;
    const data = found.data;
    const own: number[] = [];
    for (let j = 0; j < found.length; j += 3)
      if (data[j + 2]! < names) own.push(data[j]!, data[j + 1]!, data[j + 2]!);
    const steps = found.steps;
    for (let j = 0; j < own.length; j += 3) onMatch(own[j]!, own[j + 1]!, own[j + 2]!);
    return steps;
  }

  /** One pass over `text`: name candidates, and the context occurrences on demand. */
  scanText(text: string): TextScan {
    const automaton = this.automaton;
    const found = automaton.collect(text, true);
    const generation = found.generation;
    const data = found.data;
    const length = found.length;
    const entries = this.entries;
    const names = entries.length;
    const out: Candidate[] = [];
    for (let j = 0; j < length; j += 3) {
      const index = data[j + 2]!;
      if (index >= names) continue;
      const start = data[j]!;
      const rawEnd = data[j + 1]!;
      const entry = entries[index]!;
      if (entry.caseSensitive && !keepMatches(text, start, rawEnd, entry.keep)) continue;
      if (!startOk(text, start, entry.key)) continue;
      let end = extendOverMarks(text, rawEnd);
      const nameEnd = end;
      let glued = false;
      if (!endOk(text, end, entry.key)) {
        const next =
          entry.kind === 'concept' ? pluralEnd(text, end, entry) : gluedVersionEnd(text, end);
        if (next < 0) continue;
        end = next;
        glued = entry.kind !== 'concept';
      }
      out.push({ start, end, index, entry, glued, nameEnd });
    }
    out.sort(compareCandidates);
    let hits: ContextHit[] | null = null;
    const context = this.context;
    // The context occurrences are read from the same walk while its buffer
    // is intact (the usual case: asked for right away); else walk again.
    const contextHits = () => {
      if (hits) return hits;
      const raw = found.generation === generation ? found : automaton.collect(text, true);
      hits = contextHitsFrom(text, context, raw.data, raw.length);
      return hits;
    };
    return { candidates: out, contextHits };
  }

  candidates(text: string): Candidate[] {
    return this.scanText(text).candidates;
  }

  match(text: string): Candidate[] {
    return resolveOverlaps(this.candidates(text));
  }
}

/**
 * Candidates and context hits of `text` in one automaton pass when the
 * matcher was loaded here; otherwise two passes.
 */
export function scanText(matcher: Matcher, text: string): TextScan {
  if (matcher instanceof LoadedMatcher) return matcher.scanText(text);
  const candidates = matcher.candidates(text);
  let hits: ContextHit[] | null = null;
  return { candidates, contextHits: () => (hits ??= scanContext(text, matcher.context)) };
}

/**
 * Loads with a given dense-table budget in cells (tests compare the dense
 * and sparse paths; 0 leaves only the root dense).
 */
export function loadMatcherWithBudget(compiled: CompiledMatcher, denseBudget: number): Matcher {
  return new LoadedMatcher(compiled, denseBudget);
}

/** The loaded automaton of a matcher from loadMatcher (tests and diagnostics), else null. */
export function matcherAutomaton(matcher: Matcher): Automaton | null {
  return matcher instanceof LoadedMatcher ? matcher.engine : null;
}

/**
 * Loads compiled matcher data: native copies into typed arrays, nothing per
 * state; the dense transition table fills in as texts are scanned.
 */
export function loadMatcher(compiled: CompiledMatcher): Matcher {
  return new LoadedMatcher(compiled, DENSE_CELL_BUDGET);
}

/** Compiles and loads in one go (tests, Node scripts). */
export function createMatcher(index: AliasIndex): Matcher {
  return loadMatcher(compileMatcher(index));
}
