/**
 * `npm run bench` — the detection benchmark. Bundles the real content-script
 * pipeline (scanRoot, MentionStore, createHighlighter) for the page, loads
 * deterministic generated pages into headless Chromium, and times everything
 * in the page. It prints figures and asserts nothing.
 *
 *   npm run bench                  readable tables on stdout
 *   npm run --silent bench -- --json
 *                                  exactly one JSON object on stdout (the six
 *                                  figures); tables and progress on stderr
 *   npm run --silent bench -- --cold-only
 *                                  only the cold 5 MB content-script runs, raw JSON
 *   npm run --silent bench -- --quick
 *                                  only the 100k and arXiv pages (pipeline, floor,
 *                                  naive, phases, profile), raw JSON
 *
 * Figures (medians; ratios of medians):
 *   pipelineOverFloor   pipeline wall time ÷ one bare TreeWalker pass, worst page
 *   markjsOverPipeline  mark.js ÷ pipeline on the largest page mark.js finishes in 60 s
 *   naiveOverPipeline   one RegExp per alias over the extracted text ÷ pipeline, worst page
 *   aliasScaling        pipeline with 20,000 aliases ÷ with the real ones, 1 MB page
 *   longestTaskMs       longest main-thread task while a cold content script scans the 5 MB page,
 *                       the rendering it causes included (highlight sheet, painted highlights);
 *                       the table splits it into sheet / scan slices / paint
 *   contentScriptGzipBytes  gzip -9 of .output/chrome-mv3/content-scripts/content.js
 */
import { fileURLToPath } from 'node:url';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BUNDLED_KB } from '../lib/kb/bundle';
import {
  buildAliasIndex,
  compileMatcher,
  fnv1a,
  type AliasEntry,
  type AliasIndex,
} from '../lib/detect';
import { bundlePageSide, markJs, ROOT, type PageBundle } from './bench-bundle';
import { articlePage, arxivPage, syntheticAliases, type GeneratedPage } from './bench-pages';
import type { Bench } from './bench/entry';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/support/chromium';

const JSON_MODE = process.argv.includes('--json');
const COLD_ONLY = process.argv.includes('--cold-only');
const QUICK = process.argv.includes('--quick');
const RUNS_SMALL = 5;
/** Measured pipeline runs on the pages below 2 MB (many short runs: their median is noisy). */
const RUNS_PIPELINE = 9;
const RUNS_LARGE = 3;
/** mark.js: one run may take this long before it is abandoned. */
const MARK_BOUND_MS = 60_000;
/** mark.js: no new run is started once the mark.js runs have taken this long in total. */
const MARK_BUDGET_MS = 150_000;
const SCALING_ALIASES = 20_000;
/** Alternating real/scaled pipeline pairs on the 1 MB page (cheap, and the ratio is noise-sensitive). */
const SCALING_PAIRS = 15;
const CONTENT_JS = join(ROOT, '.output/chrome-mv3/content-scripts/content.js');

const started = Date.now();
const progress = (s: string) =>
  process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${s}\n`);
const report: string[] = [];
const say = (s = '') => report.push(s);

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const pad = (s: string | number, n: number) => String(s).padStart(n);
const padr = (s: string | number, n: number) => String(s).padEnd(n);

type BenchMethod = keyof Bench;
type Result<K extends BenchMethod> = Bench[K] extends (...a: never[]) => infer R
  ? Awaited<R>
  : never;

/** Calls a method of the page-side bench object. */
function call<K extends BenchMethod>(
  page: Page,
  method: K,
  ...args: unknown[]
): Promise<Result<K>> {
  return page.evaluate(
    ({ method: m, args: a }) =>
      (globalThis as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>)[
        '__vmaBench'
      ]![m]!(...a),
    { method, args },
  ) as Promise<Result<K>>;
}

// ---------------------------------------------------------------- inputs

function contentScriptGzipBytes(): number {
  if (!existsSync(CONTENT_JS)) {
    progress('content script not built; running `npx wxt build` …');
    execSync('npx wxt build', { cwd: ROOT, stdio: ['ignore', 2, 2] });
  }
  return gzipSync(readFileSync(CONTENT_JS), { level: 9 }).length;
}

/** The real alias index plus synthetic names up to `total` entries. */
function scaledIndex(real: AliasIndex, total: number): AliasIndex {
  const extra: AliasEntry[] = syntheticAliases(total - real.entries.length, 20_000).map(
    (text, i) => ({
      text,
      id: `synthetic-${i}`,
      kind: 'video',
      caseSensitive: false,
      needsContext: false,
      ids: [`synthetic-${i}`],
    }),
  );
  const entries = [...real.entries, ...extra];
  return { ...real, entries, hash: fnv1a(JSON.stringify(entries.length) + real.hash) };
}

// ---------------------------------------------------------------- browser

let browser: Browser;

async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

async function openPage(html: string, scripts: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.setContent(html, { waitUntil: 'load', timeout: 180_000 });
  // The content script's highlight rules, as the manifest injects them with the page.
  await page.addStyleTag({
    path: fileURLToPath(new URL('../entrypoints/content/highlights.css', import.meta.url)),
  });
  for (const content of scripts) await page.addScriptTag({ content });
  return page;
}

async function closePage(page: Page): Promise<void> {
  const closed = page
    .context()
    .close()
    .then(
      () => true,
      () => true,
    );
  const ok = await Promise.race([
    closed,
    new Promise<boolean>((r) => setTimeout(() => r(false), 15_000)),
  ]);
  if (!ok) {
    // The renderer is stuck in a script: start over with a new browser.
    progress('page did not close; restarting Chromium');
    await browser.close().catch(() => undefined);
    browser = await launch();
  }
}

// ---------------------------------------------------------------- measurements

type PipelineRun = Result<'pipeline'>;
type NaiveAlias = { text: string; caseSensitive: boolean };

interface PageFigures {
  page: GeneratedPage;
  floor: { ms: number; chars: number; nodes: number };
  /** A TreeWalker pass that also reads every character (context only). */
  charPassMs: number;
  cold: PipelineRun;
  runs: PipelineRun[];
  wallMs: number;
  workMs: number;
  naiveMs?: number;
  naiveHits?: number;
  matcherLoadMs: number;
  phases: Result<'phases'>;
}

async function measurePage(
  gen: GeneratedPage,
  bundle: PageBundle,
  realJson: string,
  opts: {
    runs: number;
    naive: boolean;
    scalingJson?: string;
    profile?: boolean;
    profileRuns?: number;
    naiveScaling?: { json: string; aliases: NaiveAlias[] };
  },
  naiveAliases: NaiveAlias[],
): Promise<{
  figures: PageFigures;
  scaling?: { real: number[]; synthetic: number[]; loadMs: number };
  naiveScaling?: { ours: number; naive: number };
  profile?: string[];
}> {
  progress(`${gen.name}: loading (${(gen.html.length / 1e6).toFixed(1)} MB of HTML)`);
  const page = await openPage(gen.html, [bundle.code]);
  const matcherLoadMs = await call(page, 'loadMatcher', realJson, 'real');
  // The first run is cold (as a content script on a fresh page); the JIT
  // needs a few runs on small pages before times settle, so warm-ups are
  // discarded before the measured runs.
  // V8 moves the scanner's hot functions up its compiler tiers over the first
  // runs; on the pages below 500k characters, whose runs are a few ms, that
  // takes about ten runs (measured: 100+ ms, then 20–40 ms, then steady).
  const warmups = gen.chars > 2_000_000 ? 1 : gen.chars > 500_000 ? 3 : 10;
  progress(`${gen.name}: pipeline and floor, ${opts.runs} runs (+${warmups} warm-up)`);
  const cold = await call(page, 'pipeline');
  for (let i = 1; i < warmups; i++) await call(page, 'pipeline');
  await call(page, 'floor');
  await call(page, 'floor', true);
  const floors: Result<'floor'>[] = [];
  const charPasses: number[] = [];
  const runs: PipelineRun[] = [];
  for (let i = 0; i < opts.runs; i++) {
    floors.push(await call(page, 'floor'));
    charPasses.push((await call(page, 'floor', true)).ms);
    runs.push(await call(page, 'pipeline'));
  }
  let naiveMs: number | undefined;
  let naiveHits: number | undefined;
  if (opts.naive) {
    const n = opts.runs;
    progress(`${gen.name}: naive per-alias RegExp baseline, ${n} runs (+1 warm-up)`);
    await call(page, 'naive', naiveAliases);
    const naive: number[] = [];
    for (let i = 0; i < n; i++) {
      const r = await call(page, 'naive', naiveAliases);
      naive.push(r.ms);
      naiveHits = r.hits;
    }
    naiveMs = median(naive);
  }
  let scaling: { real: number[]; synthetic: number[]; loadMs: number } | undefined;
  if (opts.scalingJson) {
    progress(
      `${gen.name}: alias scaling (${SCALING_ALIASES} aliases), ${SCALING_PAIRS} alternating pairs`,
    );
    const loadMs = await call(page, 'loadMatcher', opts.scalingJson, 'synthetic');
    await call(page, 'pipeline');
    scaling = { real: [], synthetic: [], loadMs };
    for (let i = 0; i < SCALING_PAIRS; i++) {
      await call(page, 'use', 'real');
      scaling.real.push((await call(page, 'pipeline')).wallMs);
      await call(page, 'use', 'synthetic');
      scaling.synthetic.push((await call(page, 'pipeline')).wallMs);
    }
    await call(page, 'use', 'real');
  }
  let naiveScaling: { ours: number; naive: number } | undefined;
  if (opts.naiveScaling) {
    progress(`${gen.name}: naive baseline and pipeline with ${SCALING_ALIASES} aliases`);
    await call(page, 'loadMatcher', opts.naiveScaling.json, 'synthetic');
    await call(page, 'pipeline');
    const ours: number[] = [];
    const naive: number[] = [];
    await call(page, 'naive', opts.naiveScaling.aliases);
    for (let i = 0; i < RUNS_LARGE; i++) {
      ours.push((await call(page, 'pipeline')).wallMs);
      naive.push((await call(page, 'naive', opts.naiveScaling.aliases)).ms);
    }
    await call(page, 'use', 'real');
    naiveScaling = { ours: median(ours), naive: median(naive) };
  }
  progress(`${gen.name}: phase breakdown`);
  await call(page, 'phases');
  const phaseRuns: Result<'phases'>[] = [];
  for (let i = 0; i < RUNS_LARGE; i++) phaseRuns.push(await call(page, 'phases'));
  const phases = Object.fromEntries(
    Object.keys(phaseRuns[0]!).map((k) => [
      k,
      median(phaseRuns.map((r) => r[k as keyof typeof r])),
    ]),
  ) as Result<'phases'>;
  let profile: string[] | undefined;
  if (opts.profile) {
    progress(`${gen.name}: CPU profile of one pipeline run`);
    profile = await cpuProfile(page, bundle, opts.profileRuns);
  }
  await closePage(page);
  const figures: PageFigures = {
    page: gen,
    floor: {
      ms: median(floors.map((f) => f.ms)),
      chars: floors[0]!.chars,
      nodes: floors[0]!.nodes,
    },
    charPassMs: median(charPasses),
    cold,
    runs,
    wallMs: median(runs.map((r) => r.wallMs)),
    workMs: median(runs.map((r) => r.workMs)),
    naiveMs,
    naiveHits,
    matcherLoadMs,
    phases,
  };
  return { figures, scaling, naiveScaling, profile };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; scriptId: string };
}

/** Self time per function over one pipeline run (V8 sampling profiler via CDP). */
async function cpuProfile(page: Page, bundle: PageBundle, runs = 1): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < runs; i++) await call(page, 'pipeline');
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  await cdp.detach();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]!)!;
    const dt = profile.timeDeltas[i] ?? 0;
    const f = node.callFrame;
    if (f.functionName === '(idle)') continue;
    const where =
      f.url === '' && f.lineNumber >= 0 ? bundle.moduleOfLine(f.lineNumber + 1) : f.url || '';
    const key = `${f.functionName || '(anonymous)'}  ${where.replace(/^.*\//, '')}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, QUICK ? 30 : 14)
    .map(
      ([k, us]) => `${pad(ms(us / 1000), 8)} ms ${pad(((100 * us) / total).toFixed(1), 5)} %  ${k}`,
    );
}

/**
 * Cold content-script runs on fresh 5 MB pages, as atlas.ts runs them (sheet,
 * matcher, scan, store, paint), with the Long Tasks / Long Animation Frames
 * observers and the slice timing; then two experiments on fresh pages: the
 * same run without painting (control), and the scan inside
 * scheduler.postTask({priority: 'background'}).
 */
async function longestTask(gen: GeneratedPage, bundle: PageBundle, realJson: string, runs: number) {
  const once = async (label: string, extra: Record<string, unknown>) => {
    progress(`${gen.name}: cold content-script run (${label})`);
    const page = await openPage(gen.html, [bundle.code]);
    const r = await call(page, 'pipeline', { matcherJson: realJson, ...extra });
    await closePage(page);
    return r;
  };
  const out: PipelineRun[] = [];
  for (let i = 0; i < runs; i++) out.push(await once(`${i + 1}/${runs}`, {}));
  const noPaint = await once('control: no highlights', { paint: false });
  const background = await once("experiment: postTask priority 'background'", {
    priority: 'background',
  });
  return { runs: out, noPaint, background };
}

interface MarkOutcome {
  page: string;
  chars: number;
  runs: number[];
  marks: number;
}

/** mark.js, from the smallest page up, while it finishes within the bound. */
async function markjs(
  pages: GeneratedPage[],
  aliases: string[],
  bundle: PageBundle,
  ours: Map<string, number>,
) {
  const mark = markJs();
  let best: MarkOutcome | null = null;
  const notes: string[] = [];
  const t0 = Date.now();
  for (const gen of pages) {
    const runs: number[] = [];
    let marks = 0;
    for (let i = 0; i < RUNS_SMALL; i++) {
      const spent = Date.now() - t0;
      const expected = runs.length
        ? median(runs)
        : best
          ? (median(best.runs) * gen.chars) / best.chars
          : 0;
      if (i > 0 && spent + expected > MARK_BUDGET_MS) break;
      if (i === 0 && expected > 3 * MARK_BOUND_MS) {
        notes.push(
          `${gen.name}: not attempted; linear extrapolation from ${best!.page} gives ${(expected / 1000).toFixed(0)} s > ${MARK_BOUND_MS / 1000} s bound`,
        );
        break;
      }
      if (i === 0 && spent + Math.min(expected, MARK_BOUND_MS) > MARK_BUDGET_MS + MARK_BOUND_MS) {
        notes.push(`${gen.name}: not attempted; mark.js time budget used up`);
        break;
      }
      progress(
        `mark.js on ${gen.name}: run ${i + 1}${expected ? ` (expect ~${(expected / 1000).toFixed(0)} s)` : ''}`,
      );
      const page = await openPage(gen.html, [bundle.code, mark]);
      const result = call(page, 'mark', aliases);
      result.catch(() => undefined);
      const timedOut = new Promise<null>((r) => setTimeout(() => r(null), MARK_BOUND_MS));
      const r = await Promise.race([result, timedOut]);
      await closePage(page);
      if (r === null) {
        notes.push(`${gen.name}: run did not finish within ${MARK_BOUND_MS / 1000} s (abandoned)`);
        break;
      }
      runs.push(r.ms);
      marks = r.marks;
    }
    if (runs.length === 0) break;
    best = { page: gen.name, chars: gen.chars, runs, marks };
    notes.push(
      `${gen.name}: ${runs.length} run(s), median ${ms(median(runs))} ms, ${marks} marks (ours ${ms(ours.get(gen.name)!)} ms)`,
    );
    if (runs.length < RUNS_SMALL && Date.now() - t0 > MARK_BUDGET_MS) {
      notes.push('mark.js time budget used up; larger pages not attempted');
      break;
    }
  }
  return { best: best as MarkOutcome | null, notes };
}

// ---------------------------------------------------------------- main

async function main() {
  progress('building inputs');
  const gzipBytes = contentScriptGzipBytes();
  const bundle = await bundlePageSide();
  const index = buildAliasIndex(BUNDLED_KB);
  const realJson = JSON.stringify(compileMatcher(index));
  const aliasTexts = index.entries.map((e) => e.text);
  const naiveAliases = index.entries.map((e) => ({ text: e.text, caseSensitive: e.caseSensitive }));
  const t = Date.now();
  const scaled = scaledIndex(index, SCALING_ALIASES);
  const scalingJson = JSON.stringify(compileMatcher(scaled));
  const scaledNaive = scaled.entries.map((e) => ({ text: e.text, caseSensitive: e.caseSensitive }));
  const scalingCompileMs = Date.now() - t;

  const p100k = articlePage('100k', 100_000, aliasTexts, 101);
  const p1m = articlePage('1m', 1_000_000, aliasTexts, 102);
  const p5m = articlePage('5m', 5_000_000, aliasTexts, 103);
  const arxiv = arxivPage(150_000, aliasTexts, 104);

  browser = await launch();
  const version = browser.version();
  if (COLD_ONLY) {
    // A development aid: only the cold 5 MB runs, raw, to stdout.
    const cold = await longestTask(p5m, bundle, realJson, RUNS_LARGE);
    await browser.close();
    process.stdout.write(JSON.stringify(cold, null, 1) + '\n');
    return;
  }
  if (QUICK) {
    // A development aid: the two pages where the ratios are worst.
    const out = [];
    for (const gen of [p100k, arxiv]) {
      const { figures, profile } = await measurePage(
        gen,
        bundle,
        realJson,
        { runs: RUNS_PIPELINE, naive: true, profile: true, profileRuns: 40 },
        naiveAliases,
      );
      out.push({
        page: gen.name,
        wallMs: figures.wallMs,
        floorMs: figures.floor.ms,
        charPassMs: figures.charPassMs,
        naiveMs: figures.naiveMs,
        overFloor: figures.wallMs / figures.floor.ms,
        overChars: figures.wallMs / figures.charPassMs,
        naiveOver: figures.naiveMs! / figures.wallMs,
        phases: figures.phases,
        profile,
      });
    }
    await browser.close();
    process.stdout.write(JSON.stringify(out, null, 1) + '\n');
    return;
  }
  const results: PageFigures[] = [];
  let scaling: { real: number[]; synthetic: number[]; loadMs: number } | undefined;
  let profile: string[] = [];
  let naiveScaling: { ours: number; naive: number } | undefined;
  for (const [gen, opts] of [
    [
      p100k,
      {
        runs: RUNS_PIPELINE,
        naive: true,
        naiveScaling: { json: scalingJson, aliases: scaledNaive },
      },
    ],
    [arxiv, { runs: RUNS_PIPELINE, naive: true }],
    [p1m, { runs: RUNS_PIPELINE, naive: true, scalingJson }],
    [p5m, { runs: RUNS_LARGE, naive: false, profile: true }],
  ] as const) {
    const r = await measurePage(gen, bundle, realJson, opts, naiveAliases);
    results.push(r.figures);
    if (r.scaling) scaling = r.scaling;
    if (r.profile) profile = r.profile;
    if (r.naiveScaling) naiveScaling = r.naiveScaling;
  }
  const cold5m = await longestTask(p5m, bundle, realJson, RUNS_LARGE);
  const ours = new Map(results.map((r) => [r.page.name, r.wallMs]));
  const mark = await markjs([p100k, p1m, p5m], aliasTexts, bundle, ours);
  await browser.close();

  // ------------------------------------------------------------ figures
  const ratios = results.map((r) => ({ name: r.page.name, v: r.wallMs / r.floor.ms }));
  const worstFloor = ratios.reduce((a, b) => (b.v > a.v ? b : a));
  const naiveRatios = results
    .filter((r) => r.naiveMs !== undefined)
    .map((r) => ({ name: r.page.name, v: r.naiveMs! / r.wallMs }));
  const worstNaive = naiveRatios.reduce((a, b) => (b.v < a.v ? b : a));
  const aliasScaling = scaling ? median(scaling.synthetic) / median(scaling.real) : NaN;
  const longest = cold5m.runs.map((r) => Math.max(r.longTaskMs, r.longestSliceMs));
  const longestTaskMs = median(longest);
  let markRatio: number;
  let markLabel: string;
  if (mark.best) {
    markRatio = median(mark.best.runs) / ours.get(mark.best.page)!;
    markLabel = `mark.js page: ${mark.best.page}`;
  } else {
    markRatio = MARK_BOUND_MS / ours.get('100k')!;
    markLabel = `mark.js did not finish 100k within ${MARK_BOUND_MS / 1000} s: lower bound`;
  }

  const figures = {
    pipelineOverFloor: round(worstFloor.v, 2),
    markjsOverPipeline: round(markRatio, 1),
    naiveOverPipeline: round(worstNaive.v, 1),
    aliasScaling: round(aliasScaling, 3),
    longestTaskMs: round(longestTaskMs, 1),
    contentScriptGzipBytes: gzipBytes,
  };

  // ------------------------------------------------------------ report
  say(
    `Video Model Atlas — detection benchmark (Chromium ${version}, headless; ${index.entries.length} real aliases)`,
  );
  say();
  say('Pages (generated, seeded)');
  say(
    `  ${padr('page', 11)}${pad('text chars', 11)}${pad('text nodes', 11)}${pad('names written', 14)}${pad('found', 8)}${pad('html MB', 9)}`,
  );
  for (const r of results) {
    say(
      `  ${padr(r.page.name, 11)}${pad(r.floor.chars, 11)}${pad(r.floor.nodes, 11)}${pad(r.page.mentions, 14)}${pad(r.runs[0]!.mentions, 8)}${pad((r.page.html.length / 1e6).toFixed(2), 9)}`,
    );
  }
  say();
  say(
    'Pipeline = scanRoot(document.body) + MentionStore.append + highlighter.add per mention (ms, medians, warm)',
  );
  say(
    `  ${padr('page', 11)}${pad('floor', 8)}${pad('chars', 7)}${pad('wall', 9)}${pad('work', 9)}${pad('÷floor', 8)}${pad('cold 1st', 10)}${pad('slices', 8)}${pad('max slice', 11)}${pad('MB/s', 7)}${pad('naive', 9)}${pad('÷ours', 7)}${pad('÷analyze', 10)}`,
  );
  for (const r of results) {
    say(
      `  ${padr(r.page.name, 11)}${pad(ms(r.floor.ms), 8)}${pad(ms(r.charPassMs), 7)}${pad(ms(r.wallMs), 9)}${pad(ms(r.workMs), 9)}${pad((r.wallMs / r.floor.ms).toFixed(1), 8)}${pad(ms(r.cold.wallMs), 10)}${pad(median(r.runs.map((x) => x.slices)), 8)}${pad(ms(Math.max(...r.runs.map((x) => x.longestSliceMs))), 11)}${pad((r.floor.chars / 1e3 / r.wallMs).toFixed(1), 7)}${pad(r.naiveMs === undefined ? '—' : ms(r.naiveMs), 9)}${pad(r.naiveMs === undefined ? '—' : (r.naiveMs / r.wallMs).toFixed(1), 7)}${pad(r.naiveMs === undefined ? '—' : (r.naiveMs / r.phases.analyzeMs).toFixed(1), 10)}`,
    );
  }
  say(
    '  floor: TreeWalker pass summing .data.length; chars: the same pass reading every character (context);',
  );
  say(
    '  cold 1st: the first run on the page (JIT cold), the case a content script meets on a real visit',
  );
  say(
    `  matcher load (loadMatcher, real KB): ${ms(results[0]!.matcherLoadMs)} ms per page; ${(realJson.length / 1024).toFixed(0)} KiB of JSON`,
  );
  say('  naive = one RegExp per alias over the pre-extracted text (extraction not counted);');
  say(
    '  ÷analyze = naive ÷ analyzeText alone over the same page (text in, mentions out: like for like)',
  );
  if (naiveScaling) {
    say(
      `  with ${SCALING_ALIASES} aliases on 100k: naive ${ms(naiveScaling.naive)} ms, ours ${ms(naiveScaling.ours)} ms` +
        ` (÷ours ${(naiveScaling.naive / naiveScaling.ours).toFixed(0)})`,
    );
  }
  if (scaling) {
    say(
      `  alias scaling on 1m: real ${ms(median(scaling.real))} ms, ${SCALING_ALIASES} aliases ${ms(median(scaling.synthetic))} ms` +
        ` (matcher ${(scalingJson.length / 1e6).toFixed(1)} MB JSON, compiled in ${scalingCompileMs} ms in Node, loaded in ${ms(scaling.loadMs)} ms)`,
    );
  }
  say();
  say(
    'Cold content-script runs on fresh 5m pages, as atlas.ts runs them: highlight sheet, loadMatcher,',
  );
  say(
    'scan, store, highlight.add; then 40 frames (painting included). Long tasks by part of the run (Long Tasks API, ms):',
  );
  say(
    `  ${padr('run', 24)}${pad('wall', 7)}${pad('slices', 7)}${pad('max slice', 10)}${pad('frames', 7)}${pad('task wait', 10)}${pad('sheet task', 11)}${pad('scan task', 10)}${pad('paint task', 11)}${pad('longest', 9)}`,
  );
  const lt = (x: number) => (x > 0 ? ms(x) : '<50');
  const coldRow = (label: string, r: PipelineRun) =>
    say(
      `  ${padr(label, 24)}${pad(ms(r.wallMs), 7)}${pad(r.slices, 7)}${pad(ms(r.longestSliceMs), 10)}${pad(r.framesDuringScan, 7)}${pad(ms(r.pageTaskMaxWaitMs), 10)}${pad(lt(r.longTaskSheetMs), 11)}${pad(lt(r.longTaskScanMs), 10)}${pad(lt(r.longTaskPaintMs), 11)}${pad(ms(Math.max(r.longTaskMs, r.longestSliceMs)), 9)}`,
    );
  cold5m.runs.forEach((r, i) => coldRow(`run ${i + 1}`, r));
  coldRow('control: no highlight.add', cold5m.noPaint);
  coldRow("scan in postTask 'background'", cold5m.background);
  say(
    '  wall: scan start to last highlight.add; max slice: longest stretch between scheduler.yield calls;',
  );
  say(
    '  frames: animation frames rendered during the scan; task wait: longest gap of a 5 ms timer chain the',
  );
  say(
    '  page runs (how long its own tasks were held off); sheet/scan/paint task: longest long task that began',
  );
  say("  in the highlight sheet's frame / during the scan / after it (rendering the highlights)");
  const f = cold5m.runs[0]!.longestFrames;
  const fr = (label: string, x: (typeof f)['sheet']) =>
    x &&
    say(
      `  longest animation frame, ${label}: ${ms(x.duration)} ms (scripts ${ms(x.scriptMs)}, style+layout ${ms(x.styleLayoutMs)})`,
    );
  fr('sheet (run 1)', f.sheet);
  fr('scan (run 1)', f.scan);
  fr('paint (run 1)', f.paint);
  fr('paint (control, no highlights)', cold5m.noPaint.longestFrames.paint);
  say(
    '  longestTaskMs = median over the runs of max(longest long task, longest slice), rendering included',
  );
  say();
  say(
    'mark.js (new Mark(document.body).mark(aliases, {separateWordSearch:false, accuracy:"exactly", diacritics:false}))',
  );
  for (const n of mark.notes) say(`  ${n}`);
  say(`  ${markLabel}`);
  say();
  const p = results.find((r) => r.page.name === '5m')!.phases;
  say(
    `Where the time goes on the 5m page (each phase timed separately, warm, median of ${RUNS_LARGE}; real modules, 24k chunks)`,
  );
  const rows: [string, number, string][] = [
    ['extractChunks (24k chunks)', p.extractMs, `${p.chunks} chunks, ${p.segments} text segments`],
    ['  (extractText, one piece)', p.extractWholeMs, `${p.wholeChars} chars`],
    ['matcher.scan (automaton only)', p.automatonMs, `${p.rawHits} raw key hits`],
    [
      'matcher.candidates',
      p.candidatesMs,
      `${p.candidates} candidates (automaton + boundary/case + sort)`,
    ],
    ['analyzeText (all rules)', p.analyzeMs, `${p.mentions} mentions`],
    ['chunk.locate ×2 per mention', p.locateMs, ''],
    [
      'covered-node lists',
      p.nodesMs,
      `${p.segmentSteps} segment steps (scan from chunk start per mention)`,
    ],
    ['new StaticRange', p.staticRangeMs, ''],
    ['highlight.add', p.highlightMs, `${p.mentions} ranges`],
  ];
  for (const [label, v, note] of rows) say(`  ${padr(label, 32)}${pad(ms(v), 8)} ms  ${note}`);
  say();
  say('CPU profile of one warm pipeline run on the 5m page (self time, top functions)');
  for (const line of profile) say(`  ${line}`);
  say();
  const verdict = (ok: boolean) => (ok ? 'pass' : 'MISS');
  say('Figures');
  say(`  ${padr('figure', 24)}${pad('value', 10)}  ${padr('target', 10)}result  basis`);
  const line = (name: string, value: number, target: string, ok: boolean, basis: string) =>
    say(
      `  ${padr(name, 24)}${pad(value, 10)}  ${padr(target, 10)}${padr(verdict(ok), 7)} ${basis}`,
    );
  line(
    'pipelineOverFloor',
    figures.pipelineOverFloor,
    '≤ 2',
    figures.pipelineOverFloor <= 2,
    `worst page: ${worstFloor.name}`,
  );
  line(
    'markjsOverPipeline',
    figures.markjsOverPipeline,
    '≥ 50',
    figures.markjsOverPipeline >= 50,
    markLabel,
  );
  line(
    'naiveOverPipeline',
    figures.naiveOverPipeline,
    '≥ 10',
    figures.naiveOverPipeline >= 10,
    `worst page: ${worstNaive.name}`,
  );
  line(
    'aliasScaling',
    figures.aliasScaling,
    '≤ 1.3',
    figures.aliasScaling <= 1.3,
    `1m page, ${SCALING_ALIASES} vs ${index.entries.length} aliases`,
  );
  line(
    'longestTaskMs',
    figures.longestTaskMs,
    '≤ 50',
    figures.longestTaskMs <= 50,
    `5m page, median of ${RUNS_LARGE} cold runs (50 ms = long task)`,
  );
  line(
    'contentScriptGzipBytes',
    figures.contentScriptGzipBytes,
    '≤ 30000',
    figures.contentScriptGzipBytes <= 30_000,
    '.output/chrome-mv3/content-scripts/content.js, gzip -9',
  );
  say();
  say(`Finished in ${((Date.now() - started) / 1000).toFixed(0)} s.`);

  const text = report.join('\n') + '\n';
  if (JSON_MODE) {
    process.stderr.write(text);
    process.stdout.write(JSON.stringify(figures) + '\n');
  } else process.stdout.write(text);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

main().catch(async (error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  await browser?.close().catch(() => undefined);
  process.exit(1);
});
