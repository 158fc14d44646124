/**
 * Disambiguation of names that are also ordinary words ("Sora", "Wan", "Veo",
 * "Mochi", "Cosmos"). Such a name counts when
 *  (a) the page as a whole is about video generation: its topic score reaches
 *      PAGE_TOPIC_THRESHOLD, or
 *  (b) the text within CONTEXT_WINDOW characters (same block) says so: the
 *      model's organisation (from the knowledge base) before it, a version
 *      number right after it, or a video-generation word nearby.
 * A weak page score never rescues a name on its own: the threshold needs
 * several distinct unambiguous models or several distinct domain terms, so a
 * game wiki or a router manual that merely contains "Sora" or "WAN" stays
 * silent: pages about something else rarely collect enough positive evidence.
 *
 * The one negative cue is the knowledge base's `otherSenses`: a word of the
 * other meaning written right beside the name ("the Veo sport camera",
 * "câmera Veo 3"). A page that does that uses the name for the other thing
 * (one sense per page), and there the name counts only beside the model's
 * organisation ("Google Veo"); a sports-camera page that says its camera
 * makes "AI-generated video" is not rescued by the vocabulary.
 */
import type { Automaton } from './automaton';
import { organizationCueCaseSensitive, type AliasEntry, type AliasIndex } from './alias-index';
import { endOk, keepMatches, startOk } from './boundary';
import { BLOCK_SEPARATOR, foldKey } from './fold';
import { versionFollows } from './versions';

/**
 * Page topic score needed before context-dependent names count on their own.
 * A distinct unambiguous video model scores 3, an image model or concept 1, a
 * strong domain term 2 and a weak one 1, each counted once: 6 means two
 * distinct video models, or three strong terms, or a mix of the kinds.
 */
export const PAGE_TOPIC_THRESHOLD = 6;
/** Characters on each side of a name searched for local cues. */
export const CONTEXT_WINDOW = 60;
/** An organisation may also follow the name this closely ("Sora (OpenAI)", "Sora by OpenAI"). */
const ORG_AFTER_WINDOW = 25;

const MODEL_WEIGHT: Record<AliasEntry['kind'], number> = { video: 3, image: 1, concept: 1 };

// [spellings separated by '|', topic weight, counts as a local cue]. Spellings
// in one line count once for the page score. A '!' prefix means case-sensitive.
const VOCABULARY: [string, number, boolean][] = [
  ['text-to-video|text to video|text2video|t2v', 2, true],
  ['image-to-video|image to video|i2v', 2, true],
  ['video-to-video', 2, true],
  ['video generation|video-generation|generating video|generating videos', 2, true],
  ['video generative|generative video', 2, true],
  ['video generator|video generators|video generation model|video generation models', 2, true],
  ['video diffusion|video diffusion model|video diffusion models', 2, true],
  ['generated video|generated videos|ai-generated video|ai-generated videos', 2, true],
  ['ai video|ai videos', 2, true],
  ['video model|video models|video foundation model|video foundation models', 2, true],
  ['diffusion model|diffusion models|latent diffusion', 2, true],
  ['text-to-image|text to image', 2, false],
  ['world model|world models', 2, false],
  ['video synthesis', 2, true],
  ['generated|ai-generated|generate|generates|generating', 0, true],
  ['prompt|prompts|prompted|prompting', 1, true],
  ['frames', 1, false],
  ['!DiT|!DiTs', 1, false],
  ['latent|latents', 1, false],
  ['denoising|denoiser', 1, false],
  ['diffusion', 1, true],
  ['generative', 1, true],
  ['transformer|transformers', 1, false],
  ['checkpoint|checkpoints', 1, false],
  ['!VAE|!VAEs', 1, false],
  ['fine-tuned|fine-tuning|finetuned|finetuning', 1, false],
  ['open weights|open-weight|open-weights', 1, false],
  ['text encoder', 1, false],
  ['noise schedule|sampling steps', 1, false],
  ['temporal consistency|temporal coherence', 1, false],
];

/** One word or phrase the context scan looks for. */
export interface ContextPattern {
  key: string;
  /** Case-kept form when the pattern is case-sensitive, else null. */
  keep: string | null;
  /** Which vocabulary line it belongs to, or ORGANIZATION_GROUP / OTHER_SENSE_GROUP. */
  group: number;
  topic: number;
  local: boolean;
  /** Model ids whose organisation this is, or whose other sense (empty for vocabulary). */
  ids: string[];
}

/** Group of the organisation cues (vocabulary lines are numbered from 0). */
export const ORGANIZATION_GROUP = -1;
/** Group of the words of another meaning of a model's names (KB otherSenses). */
export const OTHER_SENSE_GROUP = -2;

/** Context patterns, JSON-friendly. Their keys follow the name keys in the matcher's automaton. */
export interface CompiledContext {
  patterns: ContextPattern[];
}

/** Context patterns with the automaton that finds them (shared with the names). */
export interface LoadedContext {
  patterns: ContextPattern[];
  automaton: Automaton;
  /** Key index of pattern 0 in the automaton (the name keys come first). */
  keyOffset: number;
  /** Ids that have other-sense words. */
  otherSenseIds: ReadonlySet<string>;
}

/** One occurrence of a context pattern. */
export interface ContextHit {
  start: number;
  end: number;
  pattern: number;
}

/** Compiles the domain vocabulary plus the index's organisation cues. */
export function compileContext(index: AliasIndex): CompiledContext {
  const patterns: ContextPattern[] = [];
  VOCABULARY.forEach(([spellings, topic, local], group) => {
    for (const s of spellings.split('|')) {
      const cs = s.startsWith('!');
      const text = cs ? s.slice(1) : s;
      patterns.push({
        key: foldKey(text),
        keep: cs ? foldKey(text, true) : null,
        group,
        topic,
        local,
        ids: [],
      });
    }
  });
  const byCue = new Map<string, ContextPattern>();
  for (const [id, cues] of Object.entries(index.organizations)) {
    for (const cue of cues) {
      const cs = organizationCueCaseSensitive(cue);
      const mapKey = cs ? `K${foldKey(cue, true)}` : `L${foldKey(cue)}`;
      let p = byCue.get(mapKey);
      if (!p) {
        p = {
          key: foldKey(cue),
          keep: cs ? foldKey(cue, true) : null,
          group: ORGANIZATION_GROUP,
          topic: 0,
          local: false,
          ids: [],
        };
        byCue.set(mapKey, p);
        patterns.push(p);
      }
      if (!p.ids.includes(id)) p.ids.push(id);
    }
  }
  const byWord = new Map<string, ContextPattern>();
  for (const [id, words] of Object.entries(index.otherSenses ?? {})) {
    for (const word of words) {
      const key = foldKey(word);
      let p = byWord.get(key);
      if (!p) {
        p = { key, keep: null, group: OTHER_SENSE_GROUP, topic: 0, local: false, ids: [] };
        byWord.set(key, p);
        patterns.push(p);
      }
      if (!p.ids.includes(id)) p.ids.push(id);
    }
  }
  return { patterns };
}

/** Loads a compiled context onto the automaton that holds its keys from `keyOffset` on. */
export function loadContext(
  compiled: CompiledContext,
  automaton: Automaton,
  keyOffset: number,
): LoadedContext {
  const otherSenseIds = new Set<string>();
  for (const p of compiled.patterns)
    if (p.group === OTHER_SENSE_GROUP) for (const id of p.ids) otherSenseIds.add(id);
  return { patterns: compiled.patterns, automaton, keyOffset, otherSenseIds };
}

/**
 * Context hits from raw automaton occurrences: `raw` holds (start, end, key)
 * triples up to `length`, in the order the automaton found them; keys below
 * ctx.keyOffset (names) are passed over. Applies the case and word-boundary
 * rules and sorts by start, then end.
 */
export function contextHitsFrom(
  text: string,
  ctx: LoadedContext,
  raw: ArrayLike<number>,
  length: number,
): ContextHit[] {
  const hits: ContextHit[] = [];
  const offset = ctx.keyOffset;
  for (let j = 0; j < length; j += 3) {
    const key = raw[j + 2]!;
    if (key < offset) continue;
    const start = raw[j]!;
    const end = raw[j + 1]!;
    const pattern = key - offset;
    const p = ctx.patterns[pattern]!;
    if (p.keep !== null && !keepMatches(text, start, end, p.keep)) continue;
    // No hyphen rule here: "Sora-generated" must find "generated".
    if (!startOk(text, start, p.key, false) || !endOk(text, end, p.key)) continue;
    hits.push({ start, end, pattern });
  }
  return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Finds every context pattern in `text` (word-bounded, case rules applied), sorted by start. */
export function scanContext(text: string, ctx: LoadedContext): ContextHit[] {
  const found = ctx.automaton.collect(text, true);
  return contextHitsFrom(text, ctx, found.data, found.length);
}

/** Topic evidence collected so far (mutable; one object can gather a whole page, chunk by chunk). */
export interface TopicEvidence {
  /** Ids of unambiguous model and concept names seen. */
  ids: Set<string>;
  /** Vocabulary lines seen. */
  groups: Set<number>;
  /** Score of the evidence (see PAGE_TOPIC_THRESHOLD). */
  score: number;
}

/** Empty topic evidence. */
export function createTopicEvidence(): TopicEvidence {
  return { ids: new Set(), groups: new Set(), score: 0 };
}

/** Adds unambiguous names and domain-term hits to `evidence`; returns the new score. */
export function addTopicEvidence(
  evidence: TopicEvidence,
  unambiguous: readonly AliasEntry[],
  hits: readonly ContextHit[],
  ctx: LoadedContext,
): number {
  for (const e of unambiguous) {
    if (evidence.ids.has(e.id)) continue;
    evidence.ids.add(e.id);
    evidence.score += MODEL_WEIGHT[e.kind];
  }
  for (const h of hits) {
    const p = ctx.patterns[h.pattern]!;
    if (p.topic === 0 || evidence.groups.has(p.group)) continue;
    evidence.groups.add(p.group);
    evidence.score += p.topic;
  }
  return evidence.score;
}

/** Page topic score: distinct unambiguous models plus distinct domain terms (see PAGE_TOPIC_THRESHOLD). */
export function topicScore(
  unambiguous: readonly AliasEntry[],
  hits: readonly ContextHit[],
  ctx: LoadedContext,
): number {
  return addTopicEvidence(createTopicEvidence(), unambiguous, hits, ctx);
}

/** Sorted offsets of block separators, for keeping cue windows inside one block. */
export function separatorOffsets(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(BLOCK_SEPARATOR); i >= 0; i = text.indexOf(BLOCK_SEPARATOR, i + 1))
    out.push(i);
  return out;
}

/** Index of the first of `n` ascending values (read through `at`) that is >= value. */
function lowerBound(n: number, value: number, at: (i: number) => number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Everything the local check needs about one text, computed once per text. */
export interface ContextScan {
  text: string;
  hits: ContextHit[];
  separators: number[];
  ctx: LoadedContext;
}

/**
 * True when the text around [start, end) marks the name as the model with one
 * of `ids`. With `organizationOnly`, only the model's organisation counts.
 * A version after the name counts when the family's table (`versions`), if
 * any, knows it.
 */
export function hasLocalCue(
  scan: ContextScan,
  start: number,
  end: number,
  ids: readonly string[],
  organizationOnly = false,
  versions?: Readonly<Record<string, string>>,
): boolean {
  const { text, hits, separators, ctx } = scan;
  if (!organizationOnly && versionFollows(text, end, versions)) return true;
  // Clip the window to the block that holds the name.
  const s = lowerBound(separators.length, start, (i) => separators[i]!);
  const blockStart = s > 0 ? separators[s - 1]! + 1 : 0;
  const blockEnd = s < separators.length ? separators[s]! : text.length;
  const lo = Math.max(blockStart, start - CONTEXT_WINDOW);
  const hi = Math.min(blockEnd, end + CONTEXT_WINDOW);
  for (let i = lowerBound(hits.length, lo, (j) => hits[j]!.start); i < hits.length; i++) {
    const h = hits[i]!;
    if (h.start >= hi) break;
    if (h.end > hi || (h.start < end && h.end > start)) continue;
    const p = ctx.patterns[h.pattern]!;
    if (p.local && !organizationOnly) return true;
    if (p.group === ORGANIZATION_GROUP && ids.some((id) => p.ids.includes(id))) {
      if (h.end <= start || h.start - end <= ORG_AFTER_WINDOW) return true;
    }
  }
  return false;
}

/**
 * What may stand between a name and a word of another sense: a little
 * whitespace, a hyphen, or the bracket or quote of an acronym's expansion
 * ("PIA (Pakistan International Airlines)", "Private Internet Access (PIA)").
 */
const BESIDE = /^[\s\u00a0\u2010\u2011\-()[\]"'\u201c\u201d\u2018\u2019]{1,3}$/;
/** Longer than any word of another sense plus its gap: where to start looking before a name. */
const OTHER_SENSE_REACH = 40;

/**
 * Ids among `ids` whose other-sense word is written right before or right
 * after [start, end) ("Veo sport camera", "câmera Veo 3").
 */
export function otherSensesBeside(
  scan: ContextScan,
  start: number,
  end: number,
  ids: readonly string[],
): string[] {
  const { text, hits, ctx } = scan;
  const out: string[] = [];
  const from = lowerBound(hits.length, start - OTHER_SENSE_REACH, (j) => hits[j]!.start);
  for (let i = from; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.start > end + 3) break;
    const p = ctx.patterns[h.pattern]!;
    if (p.group !== OTHER_SENSE_GROUP) continue;
    const gap =
      h.end <= start ? text.slice(h.end, start) : h.start >= end ? text.slice(end, h.start) : '';
    if (!BESIDE.test(gap)) continue;
    for (const id of ids) if (p.ids.includes(id) && !out.includes(id)) out.push(id);
  }
  return out;
}
