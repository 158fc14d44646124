/**
 * From text to mentions: matcher candidates, then the context rules for names
 * that are also ordinary words, then leftmost-longest selection, then version
 * tokens ("Kling 2.1"). Also the per-model summary the page report carries.
 */
import { withUnlisted, type MentionKind, type MentionSummary } from '../page-report';
import { continuesIntoLongerName } from './compound-names';
import {
  addTopicEvidence,
  createTopicEvidence,
  hasLocalCue,
  otherSensesBeside,
  PAGE_TOPIC_THRESHOLD,
  separatorOffsets,
  topicScore,
  type ContextScan,
  type TopicEvidence,
} from './context';
import { resolveOverlaps, scanText, type Candidate, type Matcher, type TextScan } from './matcher';
import { looksLikePersonName } from './person-names';
import { insideUrl } from './urls';
import {
  extendVersion,
  gluedSuccessor,
  modelForVersion,
  plausibleRelease,
  versionFollows,
  versionKeyAfter,
} from './versions';

/** One model or concept name found in a text. */
export interface Mention {
  id: string;
  kind: MentionKind;
  /** Exactly `text.slice(start, end)` of the scanned string. */
  text: string;
  start: number;
  end: number;
  /** True when `text` names a release of the family that has no entry of its own ("Wan 2.7"). */
  unlisted?: true;
}

/**
 * What one page has established so far, shared by the calls that scan its
 * chunks: topic evidence and anchored ids. Mutable; pass the same object to
 * every call for the page.
 */
export interface PageContext extends TopicEvidence {
  /** Ids established on the page: their context-dependent names count anywhere. */
  anchors: Set<string>;
  /** Ids whose names the page uses for another thing (see context.ts otherSensesBeside). */
  contested: Set<string>;
}

/** A fresh page context. */
export function createPageContext(): PageContext {
  return { ...createTopicEvidence(), anchors: new Set(), contested: new Set() };
}

/** Options of findMentions / analyzeText. */
export interface FindOptions {
  /** Page topic score to use instead of the evidence (tests, callers that scored the page themselves). */
  topicScore?: number;
  /** Evidence shared across the chunks of one page; this text's evidence is added to it. */
  page?: PageContext;
  /** Ids already established elsewhere on the page; their context-dependent names count anywhere. */
  anchors?: Iterable<string>;
  /**
   * Ids the page already uses for another thing; ids found so in this text
   * are added. Mutable: pass the same set for every text of a page.
   */
  contested?: Set<string>;
  /** Report context-dependent names without checking context (debugging, KB tooling). */
  ignoreContext?: boolean;
}

/** Mentions plus what the context rules concluded, so a caller can carry it to the next chunk. */
export interface TextAnalysis {
  mentions: Mention[];
  /** The topic score used, or null when no context-dependent name needed one (and no page was given). */
  topicScore: number | null;
  /** True when the text had context-dependent names, so what counted hung on the context. */
  ambiguous: boolean;
  /** Ids established so far (unambiguous names and names confirmed by local cues); the page's set when given. */
  anchors: Set<string>;
  /** Ids the page uses for another thing; the given set when there was one. */
  contested: Set<string>;
}

function contextScan(text: string, matcher: Matcher, scan: TextScan): ContextScan {
  return {
    text,
    hits: scan.contextHits(),
    separators: separatorOffsets(text),
    ctx: matcher.context,
  };
}

/** Page topic score of a text on its own (see PAGE_TOPIC_THRESHOLD). */
export function pageTopicScore(text: string, matcher: Matcher): number {
  const scan = scanText(matcher, text);
  const unambiguous = resolveOverlaps(scan.candidates.filter((c) => !c.entry.needsContext));
  return topicScore(
    unambiguous.map((c) => c.entry),
    scan.contextHits(),
    matcher.context,
  );
}

/** Applies the context rules to candidates; returns those that count. */
function applyContext(
  text: string,
  matcher: Matcher,
  candidates: Candidate[],
  options: FindOptions,
  anchors: Set<string>,
  contested: Set<string>,
  textScan: TextScan,
): { kept: Candidate[]; score: number | null; ambiguous: boolean } {
  const unambiguous = resolveOverlaps(candidates.filter((c) => !c.entry.needsContext));
  for (const c of unambiguous) anchors.add(c.entry.id);
  const ambiguous = !options.ignoreContext && candidates.some((c) => c.entry.needsContext);
  // Context hits come from the same automaton walk as the names; they are
  // only filtered when some context-dependent name was found, or when a
  // page gathers evidence, and only when the score is not given already.
  if (!ambiguous && !options.page)
    return { kept: candidates, score: options.topicScore ?? null, ambiguous };
  let scan: ContextScan | null = null;
  let score: number;
  if (options.topicScore !== undefined) score = options.topicScore;
  else {
    scan = contextScan(text, matcher, textScan);
    const evidence = options.page ?? createTopicEvidence();
    const entries = unambiguous.map((c) => c.entry);
    score = addTopicEvidence(evidence, entries, scan.hits, matcher.context);
  }
  if (!ambiguous) return { kept: candidates, score, ambiguous };
  // A name written beside a word of its other sense marks the page as using
  // it for that thing; there only the organisation vouches for the name.
  const senses = matcher.context.otherSenseIds;
  if (
    senses.size > 0 &&
    candidates.some((c) => c.entry.needsContext && c.entry.ids.some((id) => senses.has(id)))
  ) {
    scan ??= contextScan(text, matcher, textScan);
    for (const c of candidates) {
      if (!c.entry.needsContext) continue;
      for (const id of otherSensesBeside(scan, c.start, c.end, c.entry.ids)) contested.add(id);
    }
  }
  const isContested = (c: Candidate) =>
    contested.size > 0 && c.entry.ids.some((id) => contested.has(id));
  const byOrganization = (c: Candidate) =>
    hasLocalCue((scan ??= contextScan(text, matcher, textScan)), c.start, c.end, c.entry.ids, true);
  if (score >= PAGE_TOPIC_THRESHOLD) {
    const kept = candidates.filter(
      (c) => !c.entry.needsContext || !isContested(c) || byOrganization(c),
    );
    return { kept, score, ambiguous };
  }
  scan ??= contextScan(text, matcher, textScan);
  // Local cues first, so that "OpenAI's Sora … Sora" counts both times.
  const confirmed = new Set<Candidate>();
  for (const c of candidates) {
    if (!c.entry.needsContext) continue;
    if (isContested(c)) {
      if (byOrganization(c)) confirmed.add(c);
    } else if (
      (c.glued && versionFollows(text, c.nameEnd, c.entry.versions)) ||
      hasLocalCue(scan, c.start, c.end, c.entry.ids, false, c.entry.versions)
    ) {
      confirmed.add(c);
      anchors.add(c.entry.id);
    }
  }
  const kept = candidates.filter(
    (c) =>
      !c.entry.needsContext ||
      confirmed.has(c) ||
      (!isContested(c) && c.entry.ids.some((id) => anchors.has(id))),
  );
  return { kept, score, ambiguous };
}

/** Finds mentions and reports the context decisions (topic score, anchored ids). */
export function analyzeText(
  text: string,
  matcher: Matcher,
  options: FindOptions = {},
): TextAnalysis {
  const anchors = options.page?.anchors ?? new Set<string>();
  for (const id of options.anchors ?? []) anchors.add(id);
  const contested = options.contested ?? options.page?.contested ?? new Set<string>();
  const textScan = scanText(matcher, text);
  const candidates = textScan.candidates.filter(
    (c) =>
      !(
        (c.entry.needsContext &&
          (looksLikePersonName(text, c.start, c.end, matcher) ||
            (!c.glued && continuesIntoLongerName(text, c.end)))) ||
        insideUrl(text, c.start)
      ),
  );
  const { kept, score, ambiguous } = applyContext(
    text,
    matcher,
    candidates,
    options,
    anchors,
    contested,
    textScan,
  );
  const chosen = resolveOverlaps(kept);
  const mentions: Mention[] = [];
  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i]!;
    let end = c.end;
    let id = c.entry.id;
    // A family name with a version is the member of that version ("Kling AI
    // 2.1"). A version no member has ("Wan 2.7", "Veo 4") is a release the
    // knowledge base has no entry for: it counts under the family's own name
    // (`unlisted`; the card and the panel say so). Such a version is no local
    // evidence for a name that needs context (see hasLocalCue). A number that
    // is no release ("Sora 20 seconds") leaves the name alone.
    const versions = c.entry.versions;
    let unlisted = false;
    let quantity = false;
    if (versions) {
      const key = versionKeyAfter(text, c.nameEnd);
      const member = key === null ? id : modelForVersion(versions, key);
      quantity = member === null && !c.glued && !plausibleRelease(text, c.nameEnd, key!, versions);
      unlisted = member === null && !quantity;
      id = member ?? id;
    } else if (c.entry.kind !== 'concept' && gluedSuccessor(text, c.nameEnd)) {
      // Without a table, "Hallo2" is a later model the knowledge base lacks.
      continue;
    }
    // Versions only after model names, never into the next mention.
    if (c.entry.kind !== 'concept' && !quantity)
      end = extendVersion(text, end, chosen[i + 1]?.start ?? text.length);
    const mention: Mention = {
      id,
      kind: c.entry.kind,
      text: text.slice(c.start, end),
      start: c.start,
      end,
    };
    if (unlisted) mention.unlisted = true;
    mentions.push(mention);
  }
  return { mentions, topicScore: score, ambiguous, anchors, contested };
}

/** Finds model and concept mentions in `text`, sorted by start. */
export function findMentions(text: string, matcher: Matcher, options: FindOptions = {}): Mention[] {
  return analyzeText(text, matcher, options).mentions;
}

/** Sums mentions per id (kind, count, first offset plus `base`), in order of first appearance. */
export function summarizeMentions(mentions: readonly Mention[], base = 0): MentionSummary[] {
  const byId = new Map<string, MentionSummary>();
  for (const m of mentions) {
    let s = byId.get(m.id);
    if (s) {
      s.count++;
      s.first = Math.min(s.first, m.start + base);
    } else byId.set(m.id, (s = { id: m.id, kind: m.kind, count: 1, first: m.start + base }));
    if (m.unlisted) s.unlisted = withUnlisted(s.unlisted, m.text);
  }
  return [...byId.values()].sort((a, b) => a.first - b.first);
}

/** Merges summaries (e.g. from several chunks of one page) into one list. */
export function mergeSummaries(...lists: readonly MentionSummary[][]): MentionSummary[] {
  const byId = new Map<string, MentionSummary>();
  for (const list of lists) {
    for (const s of list) {
      const t = byId.get(s.id);
      if (t) {
        t.count += s.count;
        t.first = Math.min(t.first, s.first);
        for (const u of s.unlisted ?? []) t.unlisted = withUnlisted(t.unlisted, u);
      } else byId.set(s.id, { ...s });
    }
  }
  return [...byId.values()].sort((a, b) => a.first - b.first);
}
