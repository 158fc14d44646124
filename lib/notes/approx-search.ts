/**
 * Approximate substring search: every place in a text where a pattern occurs
 * with at most k edits (Levenshtein). Myers' bit-parallel algorithm in the
 * blocked form described by Hyyrö, with Ukkonen's cut-off so only the blocks
 * that can still be within k are computed: O(n · k/32) word operations, so
 * a 256-character pattern over 1 MB of text takes tens of milliseconds.
 * Offsets are UTF-16 code units, the same as DOM text offsets.
 */

const W = 32;
const HIGH_BIT = 1 << 31;

/** A pattern prepared for scanning: per-character match masks, 32 pattern positions per block. */
interface CompiledPattern {
  length: number;
  blocks: number;
  /** Row of `peq` for each UTF-16 code unit; 0 is the "occurs nowhere" row. */
  rowOf: Uint16Array;
  peq: Int32Array;
}

/** A place the pattern was found: text offsets [start, end) and the edits needed. */
export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/** Options for `findApproximate`. */
export interface ApproxOptions {
  /** Search only text[from, to). */
  from?: number;
  to?: number;
  /** At most this many matches, fewest errors first. */
  limit?: number;
}

function compile(pattern: string): CompiledPattern {
  const m = pattern.length;
  const blocks = Math.ceil(m / W);
  const rowOf = new Uint16Array(0x10000);
  let rows = 1;
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    if (rowOf[c] === 0) rowOf[c] = rows++;
  }
  const peq = new Int32Array(rows * blocks);
  for (let i = 0; i < m; i++) {
    const at = rowOf[pattern.charCodeAt(i)]! * blocks + (i >>> 5);
    peq[at] = peq[at]! | (1 << (i & 31));
  }
  return { length: m, blocks, rowOf, peq };
}

/**
 * Walks text[from, to) and calls `onEnd(end, errors)` for every end offset
 * where the pattern matches with ≤ k errors. `anchored` pins the match start
 * at `from` (used to find where a match found backwards begins).
 */
function scan(
  p: CompiledPattern,
  text: string,
  from: number,
  to: number,
  k: number,
  anchored: boolean,
  onEnd: (end: number, errors: number) => void,
): void {
  const { length: m, blocks, rowOf, peq } = p;
  const last = blocks - 1;
  const lastHeight = m - last * W;
  const lastMask = 1 << ((m - 1) & 31);
  const pv = new Int32Array(blocks);
  const mv = new Int32Array(blocks);
  const score = new Int32Array(blocks);
  const height = (b: number): number => (b === last ? lastHeight : W);
  const mask = (b: number): number => (b === last ? lastMask : HIGH_BIT);

  // Column before the first character: D[i] = i, so only blocks whose rows
  // reach down to k can hold a cell ≤ k.
  let y = Math.min(last, Math.floor((Math.max(k, 1) - 1) / W));
  for (let b = 0; b <= y; b++) {
    pv[b] = -1;
    mv[b] = 0;
    score[b] = b * W + height(b);
  }

  // One column of the DP for block b; returns the change of the score at the
  // block's bottom row, which is also the carry into the block below.
  const advance = (b: number, eqIn: number, hin: number): number => {
    const pvb = pv[b]!;
    const mvb = mv[b]!;
    let eq = eqIn;
    const xv = eq | mvb;
    if (hin < 0) eq |= 1;
    const xh = (((eq & pvb) + pvb) ^ pvb) | eq;
    let ph = mvb | ~(xh | pvb);
    let mh = pvb & xh;
    const bit = mask(b);
    const hout = (ph & bit) !== 0 ? 1 : (mh & bit) !== 0 ? -1 : 0;
    ph <<= 1;
    mh <<= 1;
    if (hin < 0) mh |= 1;
    else if (hin > 0) ph |= 1;
    pv[b] = mh | ~(xv | ph);
    mv[b] = ph & xv;
    return hout;
  };

  for (let j = from; j < to; j++) {
    const base = rowOf[text.charCodeAt(j)]! * blocks;
    // Searching, the top row is all zeros (a match may start anywhere);
    // anchored, it grows by one per character skipped.
    let carry = anchored ? 1 : 0;
    for (let b = 0; b <= y; b++) {
      carry = advance(b, peq[base + b]!, carry);
      score[b] = score[b]! + carry;
    }
    // Ukkonen: the block below can only gain a cell ≤ k through its first
    // row, which needs the bottom of block y to have been ≤ k a column ago.
    if (y < last && score[y]! - carry <= k) {
      const prev = score[y]! - carry;
      y++;
      pv[y] = -1;
      mv[y] = 0;
      score[y] = prev + height(y) + advance(y, peq[base + y]!, carry);
    } else {
      while (y > 0 && score[y]! >= k + height(y)) y--;
    }
    if (y === last && score[last]! <= k) onEnd(j + 1, score[last]!);
  }
}

/**
 * Places where `pattern` occurs in `text` with at most `maxErrors` edits,
 * fewest errors first. Overlapping hits of one place are merged into its
 * best alignment, so each result is a distinct place.
 */
export function findApproximate(
  pattern: string,
  text: string,
  maxErrors: number,
  options: ApproxOptions = {},
): ApproxMatch[] {
  const m = pattern.length;
  const from = Math.max(0, options.from ?? 0);
  const to = Math.min(text.length, options.to ?? text.length);
  const limit = options.limit ?? 16;
  if (m === 0 || to <= from || limit <= 0) return [];
  const k = Math.max(0, Math.min(maxErrors, m - 1));

  // Ends within half a pattern of each other belong to one place; keep its best.
  const places: { end: number; errors: number }[] = [];
  let current: { end: number; errors: number } | null = null;
  const gap = Math.max(1, m >> 1);
  const flush = (): void => {
    if (!current) return;
    places.push(current);
    if (places.length > limit * 8) {
      places.sort((a, b) => a.errors - b.errors || a.end - b.end);
      places.length = limit * 2;
    }
  };
  const forward = compile(pattern);
  scan(forward, text, from, to, k, false, (end, errors) => {
    if (current && end - current.end < gap) {
      if (errors < current.errors) current = { end, errors };
      return;
    }
    flush();
    current = { end, errors };
  });
  flush();
  places.sort((a, b) => a.errors - b.errors || a.end - b.end);

  const reversed = compile(reverse(pattern, 0, m));
  const out: ApproxMatch[] = [];
  for (const place of places.slice(0, limit)) {
    // The forward pass knows where a match ends; where it starts comes from
    // an anchored pass backwards, and the end is then settled by an anchored
    // pass forwards from that start.
    const back = bestAnchored(
      reversed,
      reverse(text, Math.max(from, place.end - m - place.errors), place.end),
      place.errors,
    );
    if (!back) continue;
    const start = place.end - back.length;
    const forwardTo = Math.min(to, start + m + place.errors);
    const fwd = bestAnchored(forward, text.slice(start, forwardTo), place.errors);
    if (!fwd) continue;
    out.push({ start, end: start + fwd.length, errors: fwd.errors });
  }
  return out;
}

/**
 * The best alignment of the whole pattern against a prefix of `window`: fewest
 * errors, then the longest span. Preferring the longer span keeps an edited
 * first or last character inside the match ("Pack" for "pack") where a
 * deletion would cost the same and leave it out.
 */
function bestAnchored(
  p: CompiledPattern,
  window: string,
  k: number,
): { length: number; errors: number } | null {
  let best: { length: number; errors: number } | null = null;
  scan(p, window, 0, window.length, k, true, (length, errors) => {
    if (!best || errors < best.errors || (errors === best.errors && length > best.length))
      best = { length, errors };
  });
  return best;
}

function reverse(s: string, from: number, to: number): string {
  const parts: string[] = [];
  for (let i = to - 1; i >= from; i--) parts.push(s[i]!);
  return parts.join('');
}
