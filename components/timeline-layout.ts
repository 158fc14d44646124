/**
 * Geometry of the timeline, kept apart from React so it can be tested: where
 * each era lane, model mark, label and year tick goes for a given width and
 * time span. From top to bottom the drawing has one lane per era (eras
 * overlap, so each gets its own row), a band of model labels, the marks
 * stacked as a dot plot (one column of dots per moment, so density reads as
 * height), and the year axis.
 *
 * Labels never overlap: each is tried in the label band's rows nearest the
 * marks first and dropped when no row has room, leader lines included. Only
 * the models that matter most here get a label; the rest are named by their
 * tooltip on hover or focus.
 */
import { fractionalYear } from './partial-dates';
import { placeLabels } from './timeline-labels';

export interface TimelineItem {
  id: string;
  name: string;
  /** `YYYY-MM[-DD]`. */
  released: string;
  /** Candidates for a label have a priority above 0; higher is placed first. */
  priority: number;
}

export interface TimelineEraInput {
  id: string;
  name: string;
  start: string;
  end: string | null;
}

export interface LayoutOptions {
  width: number;
  /** Visible span in fractional years. */
  domain: readonly [number, number];
  /** Width in pixels of a text at the label font size. */
  measure: (text: string) => number;
  /** Rows in the label band (0 for no labels). */
  labelRows: number;
  /** Where an ongoing era ends: today, as a fractional year. */
  now: number;
}

export interface LaneLayout {
  id: string;
  x0: number;
  x1: number;
  y: number;
  height: number;
  /** The era's name as drawn (shortened with … when nothing else fits). */
  text: string;
  textX: number;
  textAnchor: 'start' | 'end';
  /** True when the label sits inside the band rather than beside it. */
  textInside: boolean;
}

export interface MarkLayout {
  id: string;
  x: number;
  y: number;
  row: number;
}

export interface LabelLayout {
  id: string;
  text: string;
  /** Left edge of the label box. */
  x: number;
  /** Top of the label box. */
  y: number;
  width: number;
  height: number;
  row: number;
  /** The leader line runs at `leaderX` from the box's bottom to the mark. */
  leaderX: number;
  leaderY1: number;
  leaderY2: number;
}

export interface TickLayout {
  x: number;
  label: string | null;
}

export interface TimelineLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  lanes: LaneLayout[];
  labels: LabelLayout[];
  marks: MarkLayout[];
  ticks: TickLayout[];
  /** y of the axis line; tick labels sit just below it. */
  axisY: number;
  /** Top and bottom of the plot, for grid lines. */
  plotTop: number;
  /** Top of the marks (below the label band). */
  marksTop: number;
  plotBottom: number;
  /** Ids of the visible marks in time order (the keyboard order). */
  order: string[];
  /** Maps a fractional year to x. */
  x: (year: number) => number;
}

export const PAD_X = 12;
export const LANE_HEIGHT = 15;
const LANE_GAP = 2;
export const LABEL_ROW_HEIGHT = 16;
const LABEL_PAD = 4;
/** Distance between dot centres in the stack. */
export const CELL = 8;
const AXIS_HEIGHT = 22;
const MIN_TICK_SPACING = 38;

/** Years and their labels; long spans label every 2nd or 5th year, narrow ones use `'16`. */
function yearTicks(
  domain: readonly [number, number],
  x: (y: number) => number,
  plotWidth: number,
): TickLayout[] {
  const [d0, d1] = domain;
  const perYear = plotWidth / Math.max(d1 - d0, 1e-6);
  const step = [1, 2, 5, 10].find((s) => perYear * s >= MIN_TICK_SPACING) ?? 10;
  const short = perYear * step < 44;
  const ticks: TickLayout[] = [];
  for (let year = Math.ceil(d0); year <= d1; year++) {
    const labelled = year % step === 0;
    ticks.push({
      x: x(year),
      label: labelled ? (short ? `’${String(year).slice(2)}` : String(year)) : null,
    });
  }
  return ticks;
}

/** The longest prefix of `text` (plus …) that fits in `room` pixels. */
function shorten(text: string, room: number, measure: (t: string) => number): string {
  if (measure(text) <= room) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${text.slice(0, mid).trimEnd()}…`) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : `${text.slice(0, lo).trimEnd()}…`;
}

function layoutLanes(
  eras: readonly TimelineEraInput[],
  o: LayoutOptions,
  x: (y: number) => number,
  left: number,
  right: number,
): LaneLayout[] {
  const lanes: LaneLayout[] = [];
  for (const era of eras) {
    const start = fractionalYear(era.start) - 0.5 / 12;
    const end = era.end === null ? o.now : fractionalYear(era.end) + 0.5 / 12;
    if (!(end > o.domain[0] && start < o.domain[1])) continue;
    const x0 = Math.max(left, x(start));
    const x1 = Math.min(right, x(end));
    const y = lanes.length * (LANE_HEIGHT + LANE_GAP);
    const width = o.measure(era.name);
    const inside = x1 - x0 - 2 * LABEL_PAD;
    const before = x0 - left - LABEL_PAD;
    const after = right - x1 - LABEL_PAD;
    let lane: Omit<LaneLayout, 'id' | 'x0' | 'x1' | 'y' | 'height'>;
    if (width <= inside)
      lane = { text: era.name, textX: x0 + LABEL_PAD, textAnchor: 'start', textInside: true };
    else if (width <= before)
      lane = { text: era.name, textX: x0 - LABEL_PAD, textAnchor: 'end', textInside: false };
    else if (width <= after)
      lane = { text: era.name, textX: x1 + LABEL_PAD, textAnchor: 'start', textInside: false };
    else {
      // Nothing fits whole: shorten it where there is most room.
      const room = Math.max(inside, before, after);
      const text = shorten(era.name, room, o.measure);
      if (room === inside)
        lane = { text, textX: x0 + LABEL_PAD, textAnchor: 'start', textInside: true };
      else if (room === before)
        lane = { text, textX: x0 - LABEL_PAD, textAnchor: 'end', textInside: false };
      else lane = { text, textX: x1 + LABEL_PAD, textAnchor: 'start', textInside: false };
    }
    lanes.push({ id: era.id, x0, x1, y, height: LANE_HEIGHT, ...lane });
  }
  return lanes;
}

/** Dot-plot stacking: each mark takes the first row (from the top) where no dot is closer than a cell. */
function stackMarks(items: readonly { id: string; x: number }[]): Map<string, number> {
  const rows: number[][] = [];
  const result = new Map<string, number>();
  for (const item of items) {
    let row = rows.findIndex((xs) => xs.every((x) => Math.abs(x - item.x) >= CELL));
    if (row === -1) {
      row = rows.length;
      rows.push([]);
    }
    rows[row]!.push(item.x);
    result.set(item.id, row);
  }
  return result;
}

/** Lays out the timeline for `items` (the visible models) and `eras` at one width. */
export function layoutTimeline(
  items: readonly TimelineItem[],
  eras: readonly TimelineEraInput[],
  o: LayoutOptions,
): TimelineLayout {
  const left = PAD_X;
  const right = Math.max(left + 40, o.width - PAD_X);
  const [d0, d1] = o.domain;
  const x = (year: number) => left + ((year - d0) / Math.max(d1 - d0, 1e-6)) * (right - left);

  const lanes = layoutLanes(eras, o, x, left, right);
  const lanesBottom = lanes.length * (LANE_HEIGHT + LANE_GAP) + (lanes.length > 0 ? 4 : 0);

  const placedItems = items
    .map((item) => ({ ...item, year: fractionalYear(item.released) }))
    .filter((item) => item.year >= d0 && item.year <= d1)
    .map((item) => ({ ...item, x: x(item.year) }))
    .sort((a, b) => a.year - b.year || a.name.localeCompare(b.name));

  const labelled = placeLabels(
    placedItems.map((i) => ({
      id: i.id,
      text: i.name,
      markX: i.x,
      width: Math.ceil(o.measure(i.name)) + 2 * LABEL_PAD,
      priority: i.priority,
    })),
    o.labelRows,
    left,
    right,
  );
  const labelRowsUsed = labelled.reduce((n, l) => Math.max(n, l.row + 1), 0);
  const bandTop = lanesBottom;
  const bandBottom = bandTop + labelRowsUsed * LABEL_ROW_HEIGHT;
  const marksTop = bandBottom + CELL;

  // Labelled marks are stacked first so they sit in the top row, right under
  // their label, and their leader lines do not pass through other dots.
  const labelledIds = new Set(labelled.map((l) => l.id));
  const stackOrder = [
    ...placedItems.filter((i) => labelledIds.has(i.id)),
    ...placedItems.filter((i) => !labelledIds.has(i.id)),
  ];
  const rows = stackMarks(stackOrder);
  const marks: MarkLayout[] = placedItems.map((item) => {
    const row = rows.get(item.id) ?? 0;
    return { id: item.id, x: item.x, y: marksTop + row * CELL, row };
  });
  const rowCount = marks.reduce((n, m) => Math.max(n, m.row + 1), 0);
  const plotBottom = marksTop + Math.max(rowCount - 1, 0) * CELL + CELL;
  const markY = new Map(marks.map((m) => [m.id, m.y]));

  const labels: LabelLayout[] = labelled.map((l) => {
    const y = bandBottom - (l.row + 1) * LABEL_ROW_HEIGHT;
    return {
      ...l,
      y,
      height: LABEL_ROW_HEIGHT - 2,
      leaderY1: y + LABEL_ROW_HEIGHT - 2,
      leaderY2: (markY.get(l.id) ?? marksTop) - 4,
    };
  });

  return {
    width: o.width,
    height: plotBottom + AXIS_HEIGHT,
    left,
    right,
    lanes,
    labels,
    marks,
    ticks: yearTicks(o.domain, x, right - left),
    axisY: plotBottom,
    plotTop: 0,
    marksTop,
    plotBottom,
    order: placedItems.map((i) => i.id),
    x,
  };
}

/** The span to show: everything from 2016 to today, or one era with a little margin. */
export function timelineDomain(
  era: { start: string; end: string | null } | null,
  now: number,
  firstYear = 2016,
): [number, number] {
  if (!era) return [firstYear, now + 0.15];
  const start = fractionalYear(era.start);
  const end = era.end === null ? now : fractionalYear(era.end);
  return [Math.max(firstYear, start - 0.25), Math.min(now + 0.15, end + 0.25)];
}
