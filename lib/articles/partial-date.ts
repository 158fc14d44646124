/**
 * Publication dates as pages write them (`2023/11/25`, ISO timestamps,
 * `25 Nov 2023`, `November 2023`) turned into `YYYY-MM-DD` or `YYYY-MM`.
 * Timestamps keep the calendar date the publisher wrote rather than being
 * shifted to UTC: an article dated late on the 24th in New York was published
 * on the 24th for its readers. `Date.parse` is avoided because its handling of
 * non-ISO text differs between engines.
 */

// prettier-ignore
const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

const NUMERIC = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?=$|[T\s])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DAY_MONTH_YEAR = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})\b/i;
const MONTH_DAY_YEAR = /^(?:[a-z]+,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const MONTH_YEAR = /^([a-z]+)\.?,?\s+(\d{4})$/i;

/** `YYYY-MM-DD` or `YYYY-MM` for a date a page gives, or null when it is not a usable date. */
export function normalizePartialDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const s = text.trim();
  let m = NUMERIC.exec(s) ?? COMPACT.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3]));
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return build(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return build(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  m = MONTH_YEAR.exec(s);
  if (m) return build(Number(m[2]), monthNumber(m[1]!), null);
  return null;
}

/** 1–12 for a month name or its abbreviation (`Nov`, `Sept`), else 0. */
function monthNumber(name: string): number {
  const key = name.toLowerCase();
  if (key.length < 3) return 0;
  return MONTH_NAMES.findIndex((full) => full.startsWith(key)) + 1;
}

function build(year: number, month: number, day: number | null): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12) return null;
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  if (day === null) return ym;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return `${ym}-${String(day).padStart(2, '0')}`;
}
