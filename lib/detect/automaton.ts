/**
 * An Aho–Corasick automaton over folded UTF-16 code units. One walk over the
 * text finds every key occurrence; the work per character is amortised O(1)
 * whatever the number of keys (goto + failure links, output chains only for
 * real matches), so there is no backtracking and no per-alias regular
 * expression. The built form is plain number arrays (JSON-friendly); loading
 * copies them into typed arrays once.
 */
import { FOLD_CACHE, foldCode, SPACE, TRANSPARENT } from './fold';

/** The automaton as plain data: states are numbered 0 (root) .. n-1. */
export interface AutomatonData {
  /** Per state, offset of its first outgoing edge; length n + 1. */
  edgeStart: number[];
  /** Edge labels (folded code units), sorted within each state. */
  edgeChar: number[];
  /** Edge targets, parallel to edgeChar. */
  edgeTarget: number[];
  /** Failure link per state. */
  fail: number[];
  /** Nearest state on the failure chain that has outputs (0 = none). */
  dict: number[];
  /** Per state, offset of its first output; length n + 1. */
  outStart: number[];
  /** Key indices ending at each state. */
  outList: number[];
  /** Key length (in folded code units) of each state. */
  depth: number[];
  maxDepth: number;
}

/** Builds an automaton whose outputs are indices into `keys` (empty keys are ignored). */
export function buildAutomaton(keys: readonly string[]): AutomatonData {
  const children: Map<number, number>[] = [new Map()];
  const outs: number[][] = [[]];
  const depth: number[] = [0];
  keys.forEach((key, index) => {
    if (key.length === 0) return;
    let s = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let t = children[s]!.get(c);
      if (t === undefined) {
        t = children.length;
        children.push(new Map());
        outs.push([]);
        depth.push(depth[s]! + 1);
        children[s]!.set(c, t);
      }
      s = t;
    }
    outs[s]!.push(index);
  });
  const n = children.length;
  const fail = new Array<number>(n).fill(0);
  const dict = new Array<number>(n).fill(0);
  // Breadth-first, so a state's failure target is always finished before it.
  const queue: number[] = [...children[0]!.values()];
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    for (const [c, t] of children[s]!) {
      let f = fail[s]!;
      let g = children[f]!.get(c);
      while (g === undefined && f !== 0) {
        f = fail[f]!;
        g = children[f]!.get(c);
      }
      const ft = g ?? 0;
      fail[t] = ft;
      dict[t] = outs[ft]!.length > 0 ? ft : dict[ft]!;
      queue.push(t);
    }
  }
  const edgeStart: number[] = [];
  const edgeChar: number[] = [];
  const edgeTarget: number[] = [];
  const outStart: number[] = [];
  const outList: number[] = [];
  for (let s = 0; s < n; s++) {
    edgeStart.push(edgeChar.length);
    for (const [c, t] of [...children[s]!].sort((a, b) => a[0] - b[0])) {
      edgeChar.push(c);
      edgeTarget.push(t);
    }
    outStart.push(outList.length);
    outList.push(...outs[s]!);
  }
  edgeStart.push(edgeChar.length);
  outStart.push(outList.length);
  let maxDepth = 0;
  for (const d of depth) if (d > maxDepth) maxDepth = d;
  return { edgeStart, edgeChar, edgeTarget, fail, dict, outStart, outList, depth, maxDepth };
}

/** Receives one key occurrence: text offsets [start, end) and the key index. */
export type EmitFn = (start: number, end: number, key: number) => void;

// Root transitions for the common code units are a dense table: most text
// characters start no key, and this keeps them to one array read.
const DENSE = 0x3000;

/** A loaded automaton, ready to scan. */
export class Automaton {
  private readonly edgeStart: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeTarget: Int32Array;
  private readonly fail: Int32Array;
  private readonly dict: Int32Array;
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;
  private readonly depth: Int32Array;
  private readonly rootNext: Int32Array;
  private readonly ringMask: number;

  constructor(data: AutomatonData) {
    this.edgeStart = Int32Array.from(data.edgeStart);
    this.edgeChar = Uint16Array.from(data.edgeChar);
    this.edgeTarget = Int32Array.from(data.edgeTarget);
    this.fail = Int32Array.from(data.fail);
    this.dict = Int32Array.from(data.dict);
    this.outStart = Int32Array.from(data.outStart);
    this.outList = Int32Array.from(data.outList);
    this.depth = Int32Array.from(data.depth);
    this.rootNext = new Int32Array(DENSE);
    for (let e = this.edgeStart[0]!; e < this.edgeStart[1]!; e++) {
      const c = this.edgeChar[e]!;
      if (c < DENSE) this.rootNext[c] = this.edgeTarget[e]!;
    }
    let size = 1;
    while (size <= data.maxDepth) size <<= 1;
    this.ringMask = size - 1;
  }

  /** Number of states (for tests and diagnostics). */
  get stateCount(): number {
    return this.fail.length;
  }

  /** Root transition for characters beyond the dense table (0 = stay at the root). */
  private rootSparse(c: number): number {
    let lo = this.edgeStart[0]!;
    let hi = this.edgeStart[1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const label = this.edgeChar[mid]!;
      if (label === c) return this.edgeTarget[mid]!;
      if (label < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /**
   * Walks `text` once, calling `emit` for every key occurrence (all of them,
   * overlapping ones included). Skipped characters are stepped over and a run
   * of whitespace is read as one space. Returns the number of automaton steps
   * (transitions plus failure moves), which is at most twice the text length.
   */
  scan(text: string, emit: EmitFn): number {
    const {
      fail,
      dict,
      outStart,
      outList,
      depth,
      ringMask,
      rootNext,
      edgeStart,
      edgeChar,
      edgeTarget,
    } = this;
    const cache = FOLD_CACHE;
    // Offsets of the last consumed characters, so a key's start is known even
    // when skipped characters or collapsed spaces sit inside it.
    const ring = new Int32Array(ringMask + 1);
    let state = 0;
    let steps = 0;
    let k = 0;
    let prevSpace = true;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      let c = cache[code]!;
      if (c === 0) c = foldCode(code);
      if (c === TRANSPARENT) continue;
      if (c === SPACE) {
        if (prevSpace) continue;
        prevSpace = true;
      } else prevSpace = false;
      k++;
      ring[k & ringMask] = i;
      for (;;) {
        steps++;
        if (state === 0) {
          // Root: dense table for common characters; a miss stays at the root.
          state = c < DENSE ? rootNext[c]! : this.rootSparse(c);
          break;
        }
        // Sparse edges: binary search within the state's sorted labels.
        let lo = edgeStart[state]!;
        let hi = edgeStart[state + 1]! - 1;
        let t = -1;
        while (lo <= hi) {
          const mid = (lo + hi) >>> 1;
          const label = edgeChar[mid]!;
          if (label === c) {
            t = edgeTarget[mid]!;
            break;
          }
          if (label < c) lo = mid + 1;
          else hi = mid - 1;
        }
        if (t >= 0) {
          state = t;
          break;
        }
        state = fail[state]!;
      }
      if (state === 0) continue;
      let s = outStart[state]! !== outStart[state + 1]! ? state : dict[state]!;
      while (s !== 0) {
        const start = ring[(k - depth[s]! + 1) & ringMask]!;
        for (let j = outStart[s]!; j < outStart[s + 1]!; j++) emit(start, i + 1, outList[j]!);
        s = dict[s]!;
      }
    }
    return steps;
  }
}
