/**
 * Page side of `npm run bench`. esbuild bundles this file with the REAL
 * content-script modules (page scanner, mention store, highlighter, detect
 * engine) and the benchmark injects the bundle into each generated page.
 * Everything is timed in the page with performance.now(); nothing here
 * re-implements the pipeline under test.
 */
import {
  analyzeText,
  createPageContext,
  extractChunks,
  extractText,
  loadMatcher,
  PAGE_TOPIC_THRESHOLD,
  type CompiledMatcher,
  type Matcher,
} from '@/lib/detect';
import { scanRoot } from '@/entrypoints/content/page-scanner';
import type { PageMention } from '@/entrypoints/content/mention-store';
import { createHighlighter } from '@/entrypoints/content/highlighter';
import { createMentionController } from '@/entrypoints/content/mention-controller';

interface Scheduler {
  yield(): Promise<void>;
  postTask?: PostTask;
}

interface MarkInstance {
  mark(keywords: string[], options: Record<string, unknown>): void;
}
declare const Mark: new (context: Element) => MarkInstance;

let matcher: Matcher | null = null;
const matchers = new Map<string, Matcher>();
const longTasks: { start: number; duration: number }[] = [];

interface Loaf {
  start: number;
  duration: number;
  renderStart: number;
  styleAndLayoutStart: number;
  scriptMs: number;
}
const loafs: Loaf[] = [];

type PostTask = <T>(cb: () => T | Promise<T>, options: { priority: string }) => Promise<T>;

type LoafEntry = PerformanceEntry & {
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: { duration: number }[];
};

const observed: [PerformanceObserver, (entries: PerformanceEntryList) => void][] = [];

/** Observes `type` (buffered, so earlier entries arrive too); callers filter by time window. */
function observe(type: string, handle: (entries: PerformanceEntryList) => void): void {
  try {
    const o = new PerformanceObserver((list) => handle(list.getEntries()));
    o.observe({ type, buffered: true });
    observed.push([o, handle]);
  } catch {
    // Entry type not supported: the slice instrumentation still measures.
  }
}

observe('longtask', (entries) => {
  for (const e of entries) longTasks.push({ start: e.startTime, duration: e.duration });
});
observe('long-animation-frame', (entries) => {
  for (const e of entries as LoafEntry[]) {
    loafs.push({
      start: e.startTime,
      duration: e.duration,
      renderStart: e.renderStart,
      styleAndLayoutStart: e.styleAndLayoutStart,
      scriptMs: e.scripts.reduce((a, x) => a + x.duration, 0),
    });
  }
});

/** Hands over entries still queued for the observers' callbacks. */
function flushObservers(): void {
  for (const [o, handle] of observed) handle(o.takeRecords());
}

function need(): Matcher {
  if (!matcher) throw new Error('bench: matcher not loaded');
  return matcher;
}

/**
 * Wraps scheduler.yield (what page-scanner.ts calls between slices) so every
 * synchronous stretch between two yields is timed. The wrapper adds one
 * performance.now() per yield. Returns a function that restores it and
 * reports the stretches.
 */
function instrumentYields(): { stretchStart: () => void; finish: () => number[] } {
  const sched = (globalThis as { scheduler?: Scheduler }).scheduler;
  const stretches: number[] = [];
  let from = performance.now();
  const original = sched?.yield;
  const originalPost = sched?.postTask;
  if (sched && original) {
    sched.yield = function (this: Scheduler) {
      stretches.push(performance.now() - from);
      return original.call(sched).then(() => {
        from = performance.now();
      });
    };
  }
  // The scanner yields with a posted task: the stretch ends when it posts and
  // the next one starts when the posted task runs.
  if (sched && originalPost) {
    sched.postTask = function <T>(cb: () => T | Promise<T>, options: { priority: string }) {
      stretches.push(performance.now() - from);
      return originalPost.call(
        sched,
        () => {
          from = performance.now();
          return cb();
        },
        options,
      ) as Promise<T>;
    } as PostTask;
  }
  return {
    stretchStart: () => {
      from = performance.now();
    },
    finish: () => {
      stretches.push(performance.now() - from);
      if (sched && original) sched.yield = original;
      if (sched && originalPost) sched.postTask = originalPost;
      return stretches;
    },
  };
}

/**
 * A page heartbeat: a 5 ms timer chain, like a page's own polling or
 * animation timers. Returns the longest gap between two beats, i.e. how long
 * the page's ordinary tasks were held off. (A timer, not a busy message loop,
 * so lower-priority work is not starved by the heartbeat itself.)
 */
function heartbeat(): { stop: () => number } {
  let last = performance.now();
  let maxGap = 0;
  let timer = 0;
  const beat = () => {
    const now = performance.now();
    if (now - last > maxGap) maxGap = now - last;
    last = now;
    timer = window.setTimeout(beat, 5);
  };
  timer = window.setTimeout(beat, 5);
  return {
    stop: () => {
      clearTimeout(timer);
      const now = performance.now();
      if (now - last > maxGap) maxGap = now - last;
      return maxGap;
    },
  };
}

/** Counts rendered frames (requestAnimationFrame callbacks) until stopped. */
function frameCounter(): { stop: () => number } {
  let n = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    n++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    stop: () => {
      running = false;
      return n;
    },
  };
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

const bench = {
  /** Loads a compiled matcher (JSON text, as the background would send it) and uses it; returns ms. */
  loadMatcher(json: string, name = 'real'): number {
    const compiled = JSON.parse(json) as CompiledMatcher;
    const t0 = performance.now();
    matcher = loadMatcher(compiled);
    const ms = performance.now() - t0;
    matchers.set(name, matcher);
    return ms;
  },

  /** Switches to a matcher loaded earlier. */
  use(name: string): void {
    const m = matchers.get(name);
    if (!m) throw new Error(`bench: no matcher ${name}`);
    matcher = m;
  },

  /** Names the matcher knows (for the naive and mark.js baselines). */
  aliasCount(): number {
    return need().entries.length;
  },

  /**
   * The floor: one TreeWalker pass over SHOW_TEXT summing `.data.length`,
   * repeated until ≥ 40 ms have passed (per-pass time returned). With
   * `chars`, the pass also reads every character (charCodeAt), the least a
   * character-level matcher must do (reported for context only).
   */
  floor(chars = false): { ms: number; chars: number; nodes: number; reps: number } {
    let reps = 0;
    let total = 0;
    let nodes = 0;
    let check = 0;
    const t0 = performance.now();
    let elapsed = 0;
    do {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let sum = 0;
      let count = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const data = (n as Text).data;
        sum += data.length;
        count++;
        if (chars) for (let i = 0; i < data.length; i++) check = (check + data.charCodeAt(i)) | 0;
      }
      total = sum;
      nodes = count;
      reps++;
      elapsed = performance.now() - t0;
    } while (elapsed < 40 || reps < 3);
    // `check` keeps the character loop from being optimised away.
    return { ms: elapsed / reps, chars: total + (check === 0.5 ? 1 : 0), nodes, reps };
  },

  /**
   * The pipeline as the content script runs it (mention-controller.ts
   * scanPage): scanRoot over document.body with a fresh page context, then
   * the store and one highlight per mention. Wall time includes the yields;
   * work time is the sum of the synchronous stretches between yields.
   *
   * Cold mode (`matcherJson`) follows atlas.ts on a fresh page: install the
   * highlight sheet, load the matcher, scan, store, paint; then 40 frames so
   * the rendering the highlights cause is inside the observed window.
   * `paint: false` leaves the highlights out (a control for the rendering
   * cost); `priority` runs the scan inside scheduler.postTask (an experiment:
   * its scheduler.yield continuations inherit that priority).
   */
  async pipeline(
    options: {
      matcherJson?: string;
      paint?: boolean;
      priority?: 'user-blocking' | 'user-visible' | 'background';
    } = {},
  ) {
    const cold = options.matcherJson !== undefined;
    const paint = options.paint ?? true;
    const sched = (globalThis as { scheduler?: Scheduler & { postTask?: PostTask } }).scheduler;
    let sheetFrameMs = 0;
    let t0 = performance.now();
    if (cold) {
      // The highlight rules come with the page (as the manifest injects them
      // at document start); this frame is timed for comparison only.
      await nextFrame();
      t0 = performance.now();
      await nextFrame();
      sheetFrameMs = performance.now() - t0;
    }
    const yields = instrumentYields();
    // Heartbeat and frame counter only in cold runs: warm runs stay undisturbed.
    const beat = cold ? heartbeat() : null;
    const frames = cold ? frameCounter() : null;
    let loadMs = 0;
    if (cold) {
      const compiled = JSON.parse(options.matcherJson!) as CompiledMatcher;
      yields.stretchStart();
      const l0 = performance.now();
      matcher = loadMatcher(compiled);
      loadMs = performance.now() - l0;
      await sched!.yield();
    }
    const start = performance.now();
    yields.stretchStart();
    // The content script's own controller: scan, store and paint as atlas.ts does.
    const controller = createMentionController({
      style: 'underline',
      getMatcher: async () => need(),
    });
    const scan = async () => {
      if (paint) {
        await controller.scanPage({ skipConcepts: false });
        return [...controller.store.all()];
      }
      return scanRoot(document.body, need(), createPageContext(), {});
    };
    const mentions =
      options.priority && sched?.postTask
        ? await sched.postTask(scan, { priority: options.priority })
        : await scan();
    const end = performance.now();
    const stretches = yields.finish();
    const framesDuringScan = frames?.stop() ?? 0;
    const maxWait = beat?.stop() ?? 0;
    let frameMs = 0;
    if (cold) {
      const f0 = performance.now();
      // Long enough for the highlighter to hand every element to its
      // observer (a batch per frame) and paint: all of that counts.
      for (let i = 0; i < 40; i++) await nextFrame();
      frameMs = performance.now() - f0;
    }
    flushObservers();
    const windowEnd = performance.now();
    const inWindow = <T extends { start: number; duration: number }>(list: T[]) =>
      list.filter((t) => t.start + t.duration > t0 && t.start < windowEnd);
    const longestOf = <T extends { duration: number }>(list: T[]) =>
      list.reduce<T | null>((a, t) => (a && a.duration >= t.duration ? a : t), null);
    const tasks = inWindow(longTasks);
    // Which part of the run a long task belongs to: the sheet's frame, the
    // scan (script slices), or the frames after it (painting the highlights).
    const phaseOf = (t: { start: number }) =>
      t.start < start ? 'sheet' : t.start < end - 1 ? 'scan' : 'paint';
    const longest = longestOf(tasks);
    const longestIn = (phase: string) =>
      longestOf(tasks.filter((t) => phaseOf(t) === phase))?.duration ?? 0;
    const frameList = inWindow(loafs);
    const work = stretches.reduce((a, b) => a + b, 0);
    const result = {
      wallMs: end - start,
      workMs: work - loadMs,
      loadMs,
      slices: stretches.length,
      longestSliceMs: Math.max(...stretches),
      longTaskMs: longest?.duration ?? 0,
      longTaskPhase: longest ? phaseOf(longest) : '',
      longTaskCount: tasks.length,
      longTaskSheetMs: longestIn('sheet'),
      longTaskScanMs: longestIn('scan'),
      longTaskPaintMs: longestIn('paint'),
      /** Per part of the run, the longest animation frame: total, scripts, and style+layout. */
      longestFrames: {
        sheet: frameSummary(longestOf(frameList.filter((f) => phaseOf(f) === 'sheet'))),
        scan: frameSummary(longestOf(frameList.filter((f) => phaseOf(f) === 'scan'))),
        paint: frameSummary(longestOf(frameList.filter((f) => phaseOf(f) === 'paint'))),
      },
      framesDuringScan,
      pageTaskMaxWaitMs: maxWait,
      sheetFrameMs,
      frameMs,
      mentions: mentions.length,
      byKind: countKinds(mentions),
    };
    if (!cold) controller.destroy();
    return result;
  },

  /**
   * Where the time goes, phase by phase, with the same modules and the same
   * chunk size as page-scanner.ts (24k chunks; each chunk is below the 48k
   * window, so one analysis per chunk). Ranges are built the way the scanner
   * builds them (locate both ends, collect the covered nodes, StaticRange).
   */
  phases() {
    const m = need();
    const now = () => performance.now();
    const t0 = now();
    const chunks = [...extractChunks(document.body, { chunkChars: 24_000 })];
    const extractMs = now() - t0;

    let automatonMs = 0;
    let candidatesMs = 0;
    let analyzeMs = 0;
    let rawHits = 0;
    let candidates = 0;
    const page = createPageContext();
    const found: { chunk: (typeof chunks)[number]; start: number; end: number; kind: string }[] =
      [];
    for (const chunk of chunks) {
      let a = now();
      m.scan(chunk.text, () => {
        rawHits++;
      });
      automatonMs += now() - a;
      a = now();
      candidates += m.candidates(chunk.text).length;
      candidatesMs += now() - a;
      a = now();
      // As page-scanner.ts analyses a window.
      const confident = page.score >= PAGE_TOPIC_THRESHOLD;
      const analysis = analyzeText(
        chunk.text,
        m,
        confident
          ? { anchors: page.anchors, contested: page.contested, topicScore: page.score }
          : { page },
      );
      analyzeMs += now() - a;
      for (const id of analysis.anchors) page.anchors.add(id);
      for (const x of analysis.mentions)
        found.push({ chunk, start: x.start, end: x.end, kind: x.kind });
    }

    // Ranges: locate + covered-node collection (the scanner walks the
    // chunk's segment list from its start for every mention) + StaticRange.
    let locateMs = 0;
    let nodesMs = 0;
    let staticRangeMs = 0;
    let segmentSteps = 0;
    const ranges: StaticRange[] = [];
    for (const f of found) {
      let a = now();
      const s = f.chunk.locate(f.start)!;
      const l = f.chunk.locate(f.end - 1)!;
      locateMs += now() - a;
      a = now();
      const nodes: Text[] = [];
      for (const seg of f.chunk.segments) {
        segmentSteps++;
        if (seg.end <= f.start) continue;
        if (seg.start >= f.end) break;
        nodes.push(seg.node);
      }
      nodesMs += now() - a;
      a = now();
      ranges.push(
        new StaticRange({
          startContainer: s.node,
          startOffset: s.offset,
          endContainer: l.node,
          endOffset: l.offset + 1,
        }),
      );
      staticRangeMs += now() - a;
    }
    let a = now();
    const highlighter = createHighlighter('underline');
    for (const r of ranges) highlighter.add('video', { startNode: r.startContainer, range: r });
    const highlightMs = now() - a;
    highlighter.destroy();
    a = now();
    const whole = extractText(document.body);
    const extractWholeMs = now() - a;
    return {
      chunks: chunks.length,
      chars: chunks.reduce((n, c) => n + c.text.length, 0),
      segments: chunks.reduce((n, c) => n + c.segments.length, 0),
      extractMs,
      extractWholeMs,
      wholeChars: whole.text.length,
      automatonMs,
      rawHits,
      candidatesMs,
      candidates,
      analyzeMs,
      mentions: found.length,
      locateMs,
      nodesMs,
      segmentSteps,
      staticRangeMs,
      highlightMs,
    };
  },

  /**
   * The naive baseline: one RegExp per alias (escaped, word-bounded,
   * case-insensitive unless the alias is case-sensitive) over the text the
   * real extractor produces. Extraction is not timed (in the baseline's
   * favour); compiling the expressions is.
   */
  naive(aliases: { text: string; caseSensitive: boolean }[]): { ms: number; hits: number } {
    const text = extractText(document.body).text;
    const t0 = performance.now();
    let hits = 0;
    for (const a of aliases) {
      const escaped = a.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const lead = /^\w/.test(a.text) ? '\\b' : '(?<!\\w)';
      const tail = /\w$/.test(a.text) ? '\\b' : '(?!\\w)';
      const re = new RegExp(lead + escaped + tail, a.caseSensitive ? 'g' : 'gi');
      while (re.exec(text) !== null) hits++;
    }
    return { ms: performance.now() - t0, hits };
  },

  /** mark.js over document.body with every alias (must be injected first). */
  mark(aliases: string[]): Promise<{ ms: number; marks: number }> {
    return new Promise((resolve) => {
      const t0 = performance.now();
      let marks = 0;
      new Mark(document.body).mark(aliases, {
        separateWordSearch: false,
        accuracy: 'exactly',
        diacritics: false,
        each: () => {
          marks++;
        },
        done: () => resolve({ ms: performance.now() - t0, marks }),
      });
    });
  },
};

function frameSummary(f: Loaf | null) {
  if (!f) return null;
  return {
    duration: f.duration,
    scriptMs: f.scriptMs,
    styleLayoutMs: f.styleAndLayoutStart ? f.start + f.duration - f.styleAndLayoutStart : 0,
  };
}

function countKinds(mentions: readonly PageMention[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of mentions) out[m.kind] = (out[m.kind] ?? 0) + 1;
  return out;
}

(globalThis as unknown as { __vmaBench: typeof bench }).__vmaBench = bench;
export type Bench = typeof bench;
