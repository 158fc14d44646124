/**
 * The name matcher: the alias index compiled into an Aho–Corasick automaton
 * over folded keys. The background compiles it once (`compileMatcher`) and
 * sends the plain-JSON result to content scripts, which only `loadMatcher`.
 */
import { Automaton, buildAutomaton, type AutomatonData } from './automaton';
import type { AliasEntry, AliasIndex } from './alias-index';
import { endOk, extendOverMarks, keepMatches, startOk } from './boundary';
import { compileContext, loadContext, type CompiledContext, type LoadedContext } from './context';
import { foldKey } from './fold';
import { gluedVersionEnd } from './versions';

/** Format tag of CompiledMatcher; bump when the shape changes. */
export const MATCHER_FORMAT = 1;

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
  return {
    format: MATCHER_FORMAT,
    hash: index.hash,
    entries,
    automaton: buildAutomaton(entries.map((e) => e.key)),
    context: compileContext(index),
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

class LoadedMatcher implements Matcher {
  readonly hash: string;
  readonly entries: readonly MatchEntry[];
  readonly context: LoadedContext;
  private readonly automaton: Automaton;

  constructor(compiled: CompiledMatcher) {
    if (compiled.format !== MATCHER_FORMAT)
      throw new Error(`Unsupported matcher format ${String(compiled.format)}`);
    this.hash = compiled.hash;
    this.entries = compiled.entries;
    this.automaton = new Automaton(compiled.automaton);
    this.context = loadContext(compiled.context);
  }

  scan(text: string, onMatch: (start: number, end: number, entry: number) => void): number {
    return this.automaton.scan(text, onMatch);
  }

  candidates(text: string): Candidate[] {
    const out: Candidate[] = [];
    this.automaton.scan(text, (start, rawEnd, index) => {
      const entry = this.entries[index]!;
      if (entry.caseSensitive && !keepMatches(text, start, rawEnd, entry.keep)) return;
      if (!startOk(text, start, entry.key)) return;
      let end = extendOverMarks(text, rawEnd);
      let glued = false;
      if (!endOk(text, end, entry.key)) {
        const next =
          entry.kind === 'concept' ? pluralEnd(text, end, entry) : gluedVersionEnd(text, end);
        if (next < 0) return;
        end = next;
        glued = entry.kind !== 'concept';
      }
      out.push({ start, end, index, entry, glued });
    });
    return out.sort(compareCandidates);
  }

  match(text: string): Candidate[] {
    return resolveOverlaps(this.candidates(text));
  }
}

/** Loads compiled matcher data (typed arrays built once; no automaton construction). */
export function loadMatcher(compiled: CompiledMatcher): Matcher {
  return new LoadedMatcher(compiled);
}

/** Compiles and loads in one go (tests, Node scripts). */
export function createMatcher(index: AliasIndex): Matcher {
  return loadMatcher(compileMatcher(index));
}
