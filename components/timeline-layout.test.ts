import { describe, expect, test } from 'vitest';
import { BUNDLED_KB } from '@/lib/kb/bundle';
import { fractionalYear } from './partial-dates';
import {
  CELL,
  layoutTimeline,
  timelineDomain,
  type TimelineItem,
  type TimelineLayout,
} from './timeline-layout';

// Wider than real 11px system-ui text on average, so that a layout that is
// clean with it is clean with the real font too.
const measure = (text: string) => text.length * 6.4;
const NOW = 2026.9;
const WIDTHS = [240, 320, 360, 420, 560, 800, 1200];

/** Every model a label candidate; the influential ones first, like the panel does. */
function allItems(): TimelineItem[] {
  const children = new Map<string, number>();
  for (const m of BUNDLED_KB.models)
    for (const p of m.buildsOn) children.set(p, (children.get(p) ?? 0) + 1);
  return BUNDLED_KB.models.map((m) => ({
    id: m.id,
    name: m.name,
    released: m.released,
    priority: 1 + (children.get(m.id) ?? 0),
  }));
}

function layoutAt(
  width: number,
  domain: [number, number] = timelineDomain(null, NOW),
): TimelineLayout {
  return layoutTimeline(allItems(), BUNDLED_KB.eras, {
    width,
    domain,
    measure,
    labelRows: 4,
    now: NOW,
  });
}

function overlaps(
  a: { x: number; y: number; width: number; height: number },
  b: typeof a,
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('timeline labels', () => {
  test.each(WIDTHS)('no two labels overlap for the real KB at %ipx', (width) => {
    const { labels } = layoutAt(width);
    expect(labels.length).toBeGreaterThan(0);
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        expect(overlaps(labels[i]!, labels[j]!), `${labels[i]!.text} / ${labels[j]!.text}`).toBe(
          false,
        );
      }
    }
  });

  test.each(WIDTHS)('no leader line crosses another label at %ipx', (width) => {
    const { labels } = layoutAt(width);
    for (const a of labels) {
      for (const b of labels) {
        if (a === b) continue;
        const crosses =
          a.leaderX > b.x && a.leaderX < b.x + b.width && b.y >= a.leaderY1 && b.y < a.leaderY2;
        expect(crosses, `${a.text}'s leader crosses ${b.text}`).toBe(false);
      }
    }
  });

  test.each(WIDTHS)('labels stay inside the drawing at %ipx', (width) => {
    const layout = layoutAt(width);
    for (const l of layout.labels) {
      expect(l.x).toBeGreaterThanOrEqual(layout.left);
      expect(l.x + l.width).toBeLessThanOrEqual(layout.right + 0.001);
      // The label sits over its own mark.
      expect(l.leaderX).toBeGreaterThanOrEqual(l.x);
      expect(l.leaderX).toBeLessThanOrEqual(l.x + l.width);
    }
  });

  test('the highest priority wins the room, and a wider drawing labels more', () => {
    const items = allItems().map((i) =>
      i.id === 'stable-video-diffusion' ? { ...i, priority: 1000 } : i,
    );
    const narrow = layoutTimeline(items, BUNDLED_KB.eras, {
      width: 300,
      domain: timelineDomain(null, NOW),
      measure,
      labelRows: 2,
      now: NOW,
    });
    expect(narrow.labels.map((l) => l.id)).toContain('stable-video-diffusion');
    expect(layoutAt(1200).labels.length).toBeGreaterThan(layoutAt(320).labels.length);
  });

  test('no labels are drawn when the band has no rows', () => {
    const layout = layoutTimeline(allItems(), BUNDLED_KB.eras, {
      width: 400,
      domain: timelineDomain(null, NOW),
      measure,
      labelRows: 0,
      now: NOW,
    });
    expect(layout.labels).toEqual([]);
  });
});

describe('timeline marks', () => {
  test.each(WIDTHS)('no two marks share a cell at %ipx', (width) => {
    const { marks } = layoutAt(width);
    expect(marks).toHaveLength(BUNDLED_KB.models.length);
    for (let i = 0; i < marks.length; i++) {
      for (let j = i + 1; j < marks.length; j++) {
        const a = marks[i]!;
        const b = marks[j]!;
        if (a.row === b.row) expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(CELL);
      }
    }
  });

  test('marks sit at their date and the keyboard order follows time', () => {
    const layout = layoutAt(600);
    const released = new Map(BUNDLED_KB.models.map((m) => [m.id, fractionalYear(m.released)]));
    const years = layout.order.map((id) => released.get(id)!);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    const svd = layout.marks.find((m) => m.id === 'stable-video-diffusion')!;
    expect(svd.x).toBeCloseTo(layout.x(fractionalYear('2023-11-21')));
  });

  test('zooming to an era keeps only the models inside its span', () => {
    const era = BUNDLED_KB.eras.find((e) => e.id === 'diffusion')!;
    const domain = timelineDomain(era, NOW);
    const layout = layoutAt(400, domain);
    expect(layout.order.length).toBeLessThan(BUNDLED_KB.models.length);
    for (const id of layout.order) {
      const m = BUNDLED_KB.models.find((x) => x.id === id)!;
      const year = fractionalYear(m.released);
      expect(year).toBeGreaterThanOrEqual(domain[0]);
      expect(year).toBeLessThanOrEqual(domain[1]);
    }
  });
});

describe('timeline eras and axis', () => {
  test.each(WIDTHS)('each era has its own lane and a label inside the drawing at %ipx', (width) => {
    const layout = layoutAt(width);
    expect(layout.lanes).toHaveLength(BUNDLED_KB.eras.length);
    expect(new Set(layout.lanes.map((l) => l.y)).size).toBe(layout.lanes.length);
    for (const lane of layout.lanes) {
      expect(lane.text.length).toBeGreaterThan(0);
      const w = measure(lane.text);
      const [a, b] =
        lane.textAnchor === 'start' ? [lane.textX, lane.textX + w] : [lane.textX - w, lane.textX];
      expect(a).toBeGreaterThanOrEqual(layout.left - 0.001);
      expect(b).toBeLessThanOrEqual(layout.right + 0.001);
    }
  });

  test.each(WIDTHS)('year labels do not collide at %ipx', (width) => {
    const shown = layoutAt(width).ticks.filter((t) => t.label !== null);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < shown.length; i++) {
      const gap = shown[i]!.x - shown[i - 1]!.x;
      expect(gap).toBeGreaterThan(measure(shown[i]!.label!) * 0.9);
    }
  });

  test('the full span runs from 2016 to today', () => {
    const [start, end] = timelineDomain(null, NOW);
    expect(start).toBe(2016);
    expect(end).toBeGreaterThan(NOW);
  });
});
