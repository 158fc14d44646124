/**
 * Watches the page for content that changes or arrives later (single-page
 * apps, infinite scroll) and hands the changed blocks to a re-scan. Debounced,
 * and bounded: a page that mutates in a loop gets at most a few re-scans per
 * window of time, and a flood of changes becomes one re-scan of the body.
 */
import { SKIP_ATTRIBUTE } from '@/lib/detect';

export interface MutationWatcherOptions {
  /** Re-scan these roots (never nested in each other); `null` means the whole body. */
  rescan(roots: Node[] | null): Promise<void>;
  debounceMs?: number;
  /** At most this many re-scans per `windowMs`. */
  maxRescans?: number;
  windowMs?: number;
  /** More changed roots than this in one batch re-scan the whole body instead. */
  maxRoots?: number;
}

const BLOCKISH = new Set([
  'p', 'div', 'li', 'td', 'th', 'dd', 'dt', 'section', 'article', 'main', 'aside', 'header',
  'footer', 'blockquote', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'body', 'ul', 'ol',
  'table', 'tr', 'nav', 'figure', 'details', 'summary', 'caption', 'dl',
]);

/** The nearest block-level ancestor: inline text must be re-read with its whole block. */
function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && !BLOCKISH.has(el.localName)) el = el.parentElement;
  return el;
}

function isOurs(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el?.closest(`[${SKIP_ATTRIBUTE}]`) != null;
}

/** Drops roots inside other roots. */
function outermost(roots: Set<Element>): Element[] {
  const list = [...roots];
  return list.filter((r) => !list.some((other) => other !== r && other.contains(r)));
}

export function watchMutations(target: Node, options: MutationWatcherOptions): () => void {
  const debounceMs = options.debounceMs ?? 400;
  const maxRescans = options.maxRescans ?? 8;
  const windowMs = options.windowMs ?? 10_000;
  const maxRoots = options.maxRoots ?? 200;

  const pending = new Set<Element>();
  let flood = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let stopped = false;
  const recent: number[] = [];

  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
  };

  const flush = async () => {
    if (stopped) return;
    if (running) return schedule(debounceMs);
    const now = Date.now();
    while (recent.length > 0 && now - recent[0]! > windowMs) recent.shift();
    if (recent.length >= maxRescans) {
      // Over budget: wait for the oldest re-scan to leave the window.
      return schedule(windowMs - (now - recent[0]!) + debounceMs);
    }
    const roots = flood ? null : outermost(pending);
    pending.clear();
    flood = false;
    recent.push(now);
    running = true;
    try {
      await options.rescan(roots);
    } finally {
      running = false;
    }
  };

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (flood) break;
      if (isOurs(r.target)) continue;
      const nodes = r.type === 'childList' ? [r.target, ...r.addedNodes] : [r.target];
      for (const node of nodes) {
        if (isOurs(node)) continue;
        const block = blockOf(node);
        if (block) pending.add(block);
      }
      if (pending.size > maxRoots) {
        flood = true;
        pending.clear();
      }
    }
    if (flood || pending.size > 0) schedule(debounceMs);
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });

  return () => {
    stopped = true;
    clearTimeout(timer);
    observer.disconnect();
  };
}
