/**
 * Which models get a label in the timeline's label band, and where. A label
 * sits in one of a few rows above the marks, over its own mark, with a
 * leader line straight down to it; no label may overlap another label or
 * another label's leader. Labels are tried in priority order. Two greedy
 * passes are compared (nearest row first, and farthest row first, which
 * keeps wide labels from walling off the leaders behind them), each then
 * settled downwards so that leaders stay short; the pass that names more
 * models wins.
 */

export interface LabelCandidate {
  id: string;
  text: string;
  /** x of the mark the label names. */
  markX: number;
  width: number;
  priority: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Left edge of the box. */
  x: number;
  width: number;
  /** 0 is the row nearest the marks. */
  row: number;
  leaderX: number;
  priority: number;
}

/** Room kept between two labels in a row. */
const GAP = 4;
/** Room kept free on each side of a leader line. */
const LEADER_ROOM = 3;
/** Where along a label its mark may sit: the middle, then near either end. */
const ANCHORS = [0.5, 0.12, 0.88];

function overlaps(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 < b1 && b0 < a1;
}

/** True when `label` can sit where it says among `placed` (ignoring one with id `except`). */
function fits(placed: readonly PlacedLabel[], label: PlacedLabel, except?: string): boolean {
  for (const p of placed) {
    if (p.id === except) continue;
    if (
      p.row === label.row &&
      overlaps(p.x - GAP, p.x + p.width + GAP, label.x, label.x + label.width)
    )
      return false;
    // A leader crosses every row below its label.
    if (
      label.row < p.row &&
      overlaps(p.leaderX - LEADER_ROOM, p.leaderX + LEADER_ROOM, label.x, label.x + label.width)
    ) {
      return false;
    }
    if (
      p.row < label.row &&
      overlaps(label.leaderX - LEADER_ROOM, label.leaderX + LEADER_ROOM, p.x, p.x + p.width)
    ) {
      return false;
    }
  }
  return true;
}

/** Left edges to try for a label: centred on its mark, else reaching right or left, inside the plot. */
function positions(markX: number, width: number, left: number, right: number): number[] {
  return [
    ...new Set(ANCHORS.map((f) => Math.min(Math.max(markX - width * f, left), right - width))),
  ];
}

function greedy(
  candidates: readonly LabelCandidate[],
  rowOrder: readonly number[],
  left: number,
  right: number,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const c of candidates) {
    search: for (const row of rowOrder) {
      for (const x of positions(c.markX, c.width, left, right)) {
        const label = {
          id: c.id,
          text: c.text,
          x,
          width: c.width,
          row,
          leaderX: c.markX,
          priority: c.priority,
        };
        if (fits(placed, label)) {
          placed.push(label);
          break search;
        }
      }
    }
  }
  return placed;
}

/** Moves labels to lower rows while they fit there, so leaders are as short as the others allow. */
function settle(placed: PlacedLabel[], left: number, right: number): PlacedLabel[] {
  const out = placed.map((p) => ({ ...p }));
  let moved = true;
  while (moved) {
    moved = false;
    for (const label of [...out].sort((a, b) => a.row - b.row)) {
      lower: for (let row = 0; row < label.row; row++) {
        for (const x of positions(label.leaderX, label.width, left, right)) {
          if (fits(out, { ...label, row, x }, label.id)) {
            label.row = row;
            label.x = x;
            moved = true;
            break lower;
          }
        }
      }
    }
  }
  return out;
}

function score(placed: readonly PlacedLabel[]): [number, number, number] {
  const rows = placed.reduce((n, p) => Math.max(n, p.row + 1), 0);
  return [placed.length, placed.reduce((s, p) => s + p.priority, 0), -rows];
}

function better(a: [number, number, number], b: [number, number, number]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

/** Places the candidates (highest priority first) in `rows` rows between `left` and `right`. */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  rows: number,
  left: number,
  right: number,
): PlacedLabel[] {
  if (rows <= 0) return [];
  const ordered = candidates
    .filter((c) => c.priority > 0 && c.width <= right - left)
    .sort((a, b) => b.priority - a.priority || a.markX - b.markX);
  const up = Array.from({ length: rows }, (_, i) => i);
  const nearFirst = settle(greedy(ordered, up, left, right), left, right);
  const farFirst = settle(greedy(ordered, [...up].reverse(), left, right), left, right);
  return better(score(farFirst), score(nearFirst)) ? farFirst : nearFirst;
}
