/**
 * What the content script tells the rest of the extension about a page: the
 * models it found there. Also the validators the receiving side runs on it.
 */

export type MentionKind = 'video' | 'image' | 'concept';

/** One model or concept found on the page, summed over all its mentions. */
export interface MentionSummary {
  id: string;
  kind: MentionKind;
  count: number;
  /** Offset of the first mention in the page's extracted text. */
  first: number;
  /**
   * How the page wrote releases that have no entry of their own and count
   * under this one ("Wan 2.7" under Wan 2.1); distinct, at most MAX_UNLISTED.
   */
  unlisted?: string[];
}

/** At most this many unlisted spellings are kept per model. */
export const MAX_UNLISTED = 5;
const MAX_UNLISTED_TEXT = 200;

/**
 * `texts` plus `text`, kept distinct and bounded, so that a report always
 * passes isMentionSummary (a new array; `texts` is not changed).
 */
export function withUnlisted(texts: readonly string[] | undefined, text: string): string[] {
  const list = texts ? [...texts] : [];
  const fits = text.length > 0 && text.length <= MAX_UNLISTED_TEXT;
  if (fits && list.length < MAX_UNLISTED && !list.includes(text)) list.push(text);
  return list;
}

export interface PageReport {
  url: string;
  title: string;
  /** The article's canonical key (one per paper, whatever its URL). */
  articleKey?: string;
  mentions: MentionSummary[];
}

export interface ContentStatus {
  url: string;
  /** True once the first scan of the page finished. */
  scanned: boolean;
  /** The highlight style in force, as read from settings. */
  highlightStyle: string;
  /** True when the user turned the extension off for this site. */
  disabledHere: boolean;
  mentions: MentionSummary[];
}

const KINDS = new Set<string>(['video', 'image', 'concept']);
const MAX_MENTIONS = 5_000;
const MAX_STRING = 4_096;

function isShortString(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_STRING;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** True when `value` is a well-formed mention summary. */
export function isMentionSummary(value: unknown): value is MentionSummary {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    isShortString(m.id) &&
    typeof m.kind === 'string' &&
    KINDS.has(m.kind) &&
    isCount(m.count) &&
    m.count > 0 &&
    isCount(m.first) &&
    (m.unlisted === undefined ||
      (Array.isArray(m.unlisted) &&
        m.unlisted.length <= MAX_UNLISTED &&
        m.unlisted.every(
          (t) => typeof t === 'string' && t.length > 0 && t.length <= MAX_UNLISTED_TEXT,
        )))
  );
}

/** True when `value` is a well-formed page report (bounded in size). */
export function isPageReport(value: unknown): value is PageReport {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    isShortString(r.url) &&
    isShortString(r.title) &&
    (r.articleKey === undefined || isShortString(r.articleKey)) &&
    Array.isArray(r.mentions) &&
    r.mentions.length <= MAX_MENTIONS &&
    r.mentions.every(isMentionSummary)
  );
}
