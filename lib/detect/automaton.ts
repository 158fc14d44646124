/**
 * An Aho–Corasick automaton over folded UTF-16 code units. One walk over the
 * text finds every key occurrence, whatever the number of keys; there is no
 * backtracking and no per-alias regular expression.
 *
 * Two forms:
 *  - AutomatonData, built once (background / Node) and sent as JSON: the trie
 *    in breadth-first order with its failure and output links, as plain
 *    number arrays (no dense table: that would be megabytes of JSON).
 *  - Automaton, loaded where pages are read: the arrays become typed arrays
 *    (native copies, no per-state work, so a cold content script loads fast)
 *    and the walk runs on a DENSE transition table over character classes
 *    with the failure transitions folded in (the goto function of the
 *    equivalent DFA): one character costs one read for its class and one for
 *    the next state, with no failure-link loop and no search. A state's row
 *    is built the first time the walk leaves that state, from its failure
 *    state's row, so load time and memory follow the states a page actually
 *    visits. Only the DENSE_CELL_BUDGET shallowest states may get rows;
 *    deeper ones (huge alias lists only) keep the sparse path: sorted edges
 *    and failure links, until a state with a row takes over again.
 *
 * Folding happens on the fly: a per-automaton table maps each page code unit
 * to its class (filled lazily from foldCode), so no folded copy of the text is
 * ever built. Skipped characters and whitespace after a space read as 0 in the
 * table: the walk stays where it is and notes the offset, so a key's start is
 * known without walking back over it.
 */
import { foldCode, SPACE, TRANSPARENT } from './fold';

/** The automaton as plain data; states are numbered breadth-first, 0 = root. */
export interface AutomatonData {
  /** Distinct edge labels (folded code units), ascending. */
  labels: number[];
  /** Per state, offset of its first edge; length n + 1. */
  edgeStart: number[];
  /**
   * Edge labels, state by state, ascending within a state. Breadth-first
   * numbering means the e-th edge leads to state e + 1.
   */
  edgeChar: number[];
  /** Failure link of each state. */
  fail: number[];
  /** Nearest state with keys on the failure chain (0 = none). */
  dict: number[];
  /** Per state, offset of its first key in outList; length n + 1. */
  outStart: number[];
  /** Keys ending at each state, in key order. */
  outList: number[];
  /** Length of each key (folded code units). */
  keyLength: number[];
}

/** Builds the automaton of `keys` (empty keys are ignored); outputs are indices into `keys`. */
export function buildAutomaton(keys: readonly string[]): AutomatonData {
  const children: Map<number, number>[] = [new Map()];
  const ends: number[] = [];
  for (const key of keys) {
    let s = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let t = children[s]!.get(c);
      if (t === undefined) {
        t = children.length;
        children.push(new Map());
        children[s]!.set(c, t);
      }
      s = t;
    }
    ends.push(s);
  }
  // Renumber breadth-first, children in label order.
  const n = children.length;
  const id = new Array<number>(n).fill(0);
  const order: number[] = [0];
  const edgeStart: number[] = [];
  const edgeChar: number[] = [];
  const kids: Map<number, number>[] = [];
  for (let q = 0; q < n; q++) {
    const edges = [...children[order[q]!]!].sort((a, b) => a[0] - b[0]);
    edgeStart.push(edgeChar.length);
    const mine = new Map<number, number>();
    for (const [c, t] of edges) {
      id[t] = order.length;
      mine.set(c, order.length);
      order.push(t);
      edgeChar.push(c);
    }
    kids.push(mine);
  }
  edgeStart.push(edgeChar.length);
  const keyEnd = ends.map((s) => id[s]!);
  const own = new Array<number>(n).fill(0);
  for (const s of keyEnd) if (s > 0) own[s]!++;
  // Failure and output links; breadth-first, so a state's failure state
  // (shallower) is always finished before it.
  const fail = new Array<number>(n).fill(0);
  const dict = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++) {
    for (const [c, t] of kids[s]!) {
      let f = 0;
      if (s > 0) {
        let g = fail[s]!;
        for (;;) {
          const next = kids[g]!.get(c);
          if (next !== undefined) {
            f = next;
            break;
          }
          if (g === 0) break;
          g = fail[g]!;
        }
      }
      fail[t] = f;
      dict[t] = own[f]! > 0 ? f : dict[f]!;
    }
  }
  const outStart: number[] = [0];
  for (let s = 0; s < n; s++) outStart.push(outStart[s]! + own[s]!);
  const fill = outStart.slice(0, n);
  const outList = new Array<number>(outStart[n]!).fill(0);
  keyEnd.forEach((s, key) => {
    if (s > 0) outList[fill[s]!++] = key;
  });
  return {
    labels: [...new Set(edgeChar)].sort((a, b) => a - b),
    edgeStart,
    edgeChar,
    fail,
    dict,
    outStart,
    outList,
    keyLength: keys.map((k) => k.length),
  };
}

/** Receives one key occurrence: text offsets [start, end) and the key index. */
export type EmitFn = (start: number, end: number, key: number) => void;

/**
 * Cells (states × classes) the dense table may have; 4 bytes each, so at most
 * 4 MiB, and only the rows of states a page visits are ever written. States
 * beyond it (breadth-first, so the deepest) use the sparse path. The real
 * knowledge base (≈9.5k states × 63 classes) fits whole; 20,000 synthetic
 * aliases get their ≈16k shallowest states, which covers every state an
 * ordinary text visits more than rarely.
 */
export const DENSE_CELL_BUDGET = 1 << 20;

// Class ids. 0 marks a code unit not classified yet; 1 and 2 are the skipped
// and whitespace code units; 3 is every code unit that appears in no key; the
// other key characters follow from 4, in label order.
const UNKNOWN = 0;
const SKIP = 1;
const BLANK = 2;
const OTHER = 3;
const FIRST_LABEL = 4;

/** Raw hits of one scan: (start, end, key) triples in a reusable buffer. */
export interface ScanHits {
  /** Triples start, end, key; valid up to `length`. */
  data: Int32Array;
  /** Number of used slots (3 per hit). */
  length: number;
  /** Automaton steps: one per code unit, plus failure moves on the sparse path. */
  steps: number;
  /** Counts collect calls: a reader that kept this object can tell whether it was overwritten. */
  generation: number;
}

// ASCII letters, digits and '_' (the ASCII word characters of boundary.ts).
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  ASCII_WORD[c] =
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f
      ? 1
      : 0;

const malformed = () => new Error('Malformed automaton data');

/** A loaded automaton, ready to scan. */
export class Automaton {
  /** Columns of the dense table. */
  readonly classCount: number;
  /** States that may get a dense row (the first ones, breadth-first). */
  readonly denseStates: number;
  /** Total number of states. */
  readonly stateCount: number;
  /**
   * Dense transitions. State s owns cells [s × C + 1, s × C + 1 + C) and is
   * named by that first offset, its "row" (never 0). delta[row + class] is
   * the next state's row; or -(state + 1) when that state needs attention
   * (it has outputs, or is sparse); or 0 while the row is not built yet.
   */
  private readonly delta: Int32Array;
  /** Rows at or above this are sparse states. */
  private readonly sparseRow: number;
  /** Code unit → class, filled lazily (0 = not yet). */
  private readonly classes = new Uint16Array(0x10000);
  private readonly labelClass = new Map<number, number>();
  /** Class → its label (-1: none), for the sparse path's binary search. */
  private readonly classLabel: Int32Array;
  private readonly edgeStart: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly fail: Int32Array;
  private readonly dict: Int32Array;
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;
  private readonly keyLength: Int32Array;
  private rowsBuilt = 0;
  private readonly hits: ScanHits = {
    data: new Int32Array(3 * 256),
    length: 0,
    steps: 0,
    generation: 0,
  };

  constructor(data: AutomatonData, denseBudget = DENSE_CELL_BUDGET) {
    // Native copies only: no loop over states or edges here.
    const n = data.fail.length;
    this.edgeStart = Int32Array.from(data.edgeStart);
    this.edgeChar = Uint16Array.from(data.edgeChar);
    this.fail = Int32Array.from(data.fail);
    this.dict = Int32Array.from(data.dict);
    this.outStart = Int32Array.from(data.outStart);
    this.outList = Int32Array.from(data.outList);
    this.keyLength = Int32Array.from(data.keyLength);
    if (
      n === 0 ||
      this.edgeStart.length !== n + 1 ||
      this.edgeChar.length !== n - 1 ||
      this.edgeStart[n] !== n - 1 ||
      this.dict.length !== n ||
      this.outStart.length !== n + 1 ||
      this.outStart[n] !== this.outList.length
    )
      throw malformed();
    let next = FIRST_LABEL;
    for (const c of data.labels) this.labelClass.set(c, c === SPACE ? BLANK : next++);
    const C = next;
    if (C > 0xffff) throw malformed(); // class ids are 16-bit
    this.classLabel = new Int32Array(C).fill(-1);
    for (const [c, k] of this.labelClass) this.classLabel[k] = c;
    this.stateCount = n;
    this.classCount = C;
    const D = Math.max(1, Math.min(n, Math.floor(denseBudget / C)));
    this.denseStates = D;
    this.sparseRow = D * C + 1;
    this.delta = new Int32Array(D * C + 1);
    this.buildRow(0);
  }

  /** Bytes allocated for the dense table (an upper bound: unvisited rows are never written). */
  get denseBytes(): number {
    return this.delta.byteLength;
  }

  /** Dense rows built so far. */
  get denseRowsBuilt(): number {
    return this.rowsBuilt;
  }

  /** Class of a code unit, computed and remembered on first sight. */
  private classify(code: number): number {
    const f = foldCode(code);
    const k = f === TRANSPARENT ? SKIP : f === SPACE ? BLANK : (this.labelClass.get(f) ?? OTHER);
    this.classes[code] = k;
    return k;
  }

  /** True when the state's last character is a space. */
  private endsInBlank(s: number): boolean {
    return s > 0 && this.edgeChar[s - 1] === SPACE;
  }

  /** Table value naming state t: its row, or -(t + 1) when it has outputs or is sparse. */
  private target(t: number): number {
    const attention =
      t >= this.denseStates || this.outStart[t] !== this.outStart[t + 1] || this.dict[t] !== 0;
    return attention ? -(t + 1) : t * this.classCount + 1;
  }

  /**
   * Builds the dense row of state s (< denseStates) if it is not built: its
   * failure state's row (built first; it is shallower) with its own edges
   * written over it. Skipped characters, and whitespace right after a space,
   * get 0: the walk stays where it is and notes the offset as not consumed.
   * Keys never hold two spaces in a row and a failure state ends in the same
   * character, so that whitespace cell is never copied into a row that
   * should not have it. The root needs none: whitespace there leads nowhere
   * anyway, and no key occurrence spans a character read at the root. The
   * OTHER cell of a built row always names the root (1), so it tells built
   * rows from unbuilt ones.
   */
  private buildRow(s: number): void {
    const { delta, classCount: C } = this;
    const row = s * C + 1;
    if (delta[row + OTHER] !== 0) return;
    if (s === 0) delta.fill(row, row, row + C);
    else {
      const f = this.fail[s]!;
      this.buildRow(f);
      const from = f * C + 1;
      delta.copyWithin(row, from, from + C);
    }
    for (let e = this.edgeStart[s]!; e < this.edgeStart[s + 1]!; e++)
      delta[row + this.labelClass.get(this.edgeChar[e]!)!] = this.target(e + 1);
    delta[row + SKIP] = 0;
    if (this.endsInBlank(s)) delta[row + BLANK] = 0;
    this.rowsBuilt++;
  }

  /**
   * Next table value from a sparse state's row: its edges, else its failure
   * link, until a dense state answers; 0 (stay) like a dense row for skipped
   * characters and whitespace after a space.
   */
  private sparseStep(row: number, k: number, hits: ScanHits): number {
    const C = this.classCount;
    let s = (row - 1) / C;
    if (k === SKIP || (k === BLANK && this.endsInBlank(s))) return 0;
    const label = this.classLabel[k]!;
    if (label < 0) return 1; // a character in no key leads back to the root
    for (;;) {
      if (s < this.denseStates) {
        this.buildRow(s);
        return this.delta[s * C + 1 + k]!;
      }
      let lo = this.edgeStart[s]!;
      let hi = this.edgeStart[s + 1]! - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const c = this.edgeChar[mid]!;
        if (c === label) return this.target(mid + 1);
        if (c < label) lo = mid + 1;
        else hi = mid - 1;
      }
      hits.steps++;
      s = this.fail[s]!;
    }
  }

  /**
   * Start of a key of length `d` whose last character is at `i`: the d-th
   * character counting back, where skipped characters do not count and a
   * whitespace run counts once (as the walk read them). Keys never start
   * with a space, so the answer is always a visible character. Costs d reads
   * per occurrence, nothing per character.
   */
  private startOf(text: string, i: number, d: number): number {
    const classes = this.classes;
    let seen = 0;
    let inBlank = false;
    for (let p = i; p >= 0; p--) {
      const k = classes[text.charCodeAt(p)]!;
      if (k === SKIP) continue;
      if (k === BLANK) {
        if (!inBlank) seen++;
        inBlank = true;
        continue;
      }
      inBlank = false;
      if (++seen === d) return p;
    }
    return 0;
  }

  private grow(hits: ScanHits): Int32Array {
    const bigger = new Int32Array(hits.data.length * 2);
    bigger.set(hits.data);
    hits.data = bigger;
    return bigger;
  }

  /**
   * Walks `text` once and collects every key occurrence (overlapping ones
   * included) as (start, end, key) triples, by end, then longest first.
   * Skipped characters are stepped over and a run of whitespace is read as
   * one space; each code unit costs a class read and a table read, and the
   * only branches are rarely taken (new code unit, row not built, skipped
   * character, sparse state, outputs). The result is a
   * buffer owned by the automaton: the next call overwrites it.
   *
   * With `wordStartsOnly`, occurrences glued to an ASCII word character
   * before them ("ark" in "mark") are left out when they start with one
   * too: every word-boundary check (boundary.ts startOk) rejects them.
   */
  collect(text: string, wordStartsOnly = false): ScanHits {
    const hits = this.hits;
    const { delta, classes, sparseRow, outStart, outList, dict, keyLength } = this;
    const C = this.classCount;
    let data = hits.data;
    let h = 0;
    hits.steps = 0;
    hits.generation++;
    let row = 1; // the root
    // Last offset not consumed (a skipped character, or whitespace after a
    // space): a key ending at i starts at i - length + 1 unless one is inside.
    let lastSkip = -1;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      let k = classes[text.charCodeAt(i)]!;
      if (k === UNKNOWN) k = this.classify(text.charCodeAt(i));
      let v = row < sparseRow ? delta[row + k]! : this.sparseStep(row, k, hits);
      if (v > 0) {
        row = v;
        continue;
      }
      if (v === 0) {
        if (row < sparseRow && delta[row + OTHER] === 0) {
          // First time out of this state: build its row.
          this.buildRow((row - 1) / C);
          v = delta[row + k]!;
          if (v > 0) {
            row = v;
            continue;
          }
        }
        if (v === 0) {
          lastSkip = i;
          continue;
        }
      }
      // The new state has outputs, or is sparse.
      const s = -v - 1;
      row = s * C + 1;
      let t = outStart[s] !== outStart[s + 1] ? s : dict[s]!;
      while (t !== 0) {
        const d = keyLength[outList[outStart[t]!]!]!;
        const start = lastSkip <= i - d ? i - d + 1 : this.startOf(text, i, d);
        let glued = false;
        if (wordStartsOnly && start > 0) {
          const before = text.charCodeAt(start - 1);
          const first = text.charCodeAt(start);
          glued =
            before < 0x80 && first < 0x80 && ASCII_WORD[before] === 1 && ASCII_WORD[first] === 1;
        }
        if (!glued) {
          for (let j = outStart[t]!; j < outStart[t + 1]!; j++) {
            if (h + 3 > data.length) data = this.grow(hits);
            data[h] = start;
            data[h + 1] = i + 1;
            data[h + 2] = outList[j]!;
            h += 3;
          }
        }
        t = dict[t]!;
      }
    }
    hits.length = h;
    hits.steps += n;
    return hits;
  }

  /**
   * Calls `emit` for every key occurrence, in the order `collect` finds
   * them. Returns the number of automaton steps (one per code unit plus
   * failure moves on the sparse path), at most twice the text length.
   */
  scan(text: string, emit: EmitFn): number {
    const hits = this.collect(text);
    // A copy, so that `emit` may scan again.
    const data = hits.data.slice(0, hits.length);
    const steps = hits.steps;
    for (let j = 0; j < data.length; j += 3) emit(data[j]!, data[j + 1]!, data[j + 2]!);
    return steps;
  }
}
