/**
 * The KB's partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as numbers for
 * drawing and as short labels for reading. Labels use fixed English month
 * abbreviations so that names such as "Sora, Feb 2024" read the same for
 * every user and in every test.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Parts {
  year: number;
  month: number | null;
  day: number | null;
}

function parts(date: string): Parts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date.trim());
  if (!m) return null;
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  return { year: Number(m[1]), month, day };
}

/** The date as a fractional year (`2023-11-21` → about 2023.89); NaN when it is not a date. */
export function fractionalYear(date: string): number {
  const p = parts(date);
  if (!p) return NaN;
  if (p.month === null) return p.year + 0.5;
  // A month without a day sits in the middle of the month.
  const day = p.day === null ? 15 : Math.min(Math.max(p.day, 1), 31);
  return p.year + (p.month - 1) / 12 + (day - 1) / 365;
}

/** `Nov 2023` for `2023-11` or `2023-11-21`; the year alone for `2023`; the input when unreadable. */
export function monthLabel(date: string): string {
  const p = parts(date);
  if (!p) return date;
  return p.month === null ? String(p.year) : `${MONTHS[p.month - 1]} ${p.year}`;
}

/** `21 Nov 2023` when the day is known, else as `monthLabel`. */
export function dayLabel(date: string): string {
  const p = parts(date);
  if (!p || p.day === null) return monthLabel(date);
  return `${p.day} ${monthLabel(date)}`;
}

/** Today as a fractional year. */
export function todayYear(now: Date = new Date()): number {
  const start = Date.UTC(now.getUTCFullYear(), 0, 1);
  const end = Date.UTC(now.getUTCFullYear() + 1, 0, 1);
  return now.getUTCFullYear() + (now.getTime() - start) / (end - start);
}
