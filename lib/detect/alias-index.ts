/**
 * Turns the knowledge base into the flat list of names the matcher looks for,
 * with the capitalisation and context rules of each, and the organisation
 * words that disambiguate a model's name on a page.
 */
import type { KnowledgeBase } from '../kb/types';
import type { MentionKind } from '../page-report';
import { foldKey } from './fold';
import { splitVersionedName } from './versions';

/** One name to look for. */
export interface AliasEntry {
  /** The name as the knowledge base writes it. */
  text: string;
  /** The id a match reports (for a shared alias, the resolved one). */
  id: string;
  kind: MentionKind;
  /** Must match with exactly this capitalisation. */
  caseSensitive: boolean;
  /** Counts only when the page or the nearby text is about video generation. */
  needsContext: boolean;
  /** Every id the name belongs to, `id` first (more than one for declared shared aliases). */
  ids: string[];
  /**
   * For a model name without a version whose family has numbered members:
   * version key → model id ("Wan" → { "2.1": wan-2-1, "2.2": wan-2-2 }).
   * A version after the name picks the member; one not listed means no
   * known model (see versions.ts modelForVersion).
   */
  versions?: Record<string, string>;
}

/** The alias index: entries plus per-model organisation cues. */
export interface AliasIndex {
  entries: AliasEntry[];
  /** Per model id, organisation names/words that mark the model in nearby text. */
  organizations: Record<string, string[]>;
  /** Per model id, words that beside its context-dependent names mean another thing (KB otherSenses). */
  otherSenses?: Record<string, string[]>;
  /** Aliases used by several ids without being declared in `sharedAliases` (first id kept). */
  conflicts: string[];
  /** Stable FNV-1a hash of entries and organisations. */
  hash: string;
}

/** True when a name is short enough (≤3, or all-caps ≤5) to be a word or acronym in any other case. */
export function defaultCaseSensitive(name: string): boolean {
  const key = foldKey(name, true);
  if (key.length <= 3) return true;
  return key.length <= 5 && key !== key.toLowerCase() && key === key.toUpperCase();
}

// Words in organisation names that say nothing about which organisation it is.
export const GENERIC_ORG_WORDS = new Set(
  (
    'university research institute lab labs laboratory laboratories ai inc ltd llc co group team ' +
    'technology technologies science sciences of the and for tech academy college school center ' +
    'centre department corporation corp company foundation national artificial intelligence ' +
    'computer vision studio studios cloud platform media others al et'
  ).split(' '),
);
// Ordinary or place words: fine inside a full name ("Sand AI", "Ant Group",
// "UC Santa Barbara") but too common to mark a model on their own.
const AMBIGUOUS_ORG_WORDS = new Set(
  (
    'new black white south north east west santa san los las hong kong show content seed ant sand ' +
    'brain theory preferred networks technological america asia europe park simon british johns ' +
    'columbia forest state city open world barbara'
  ).split(' '),
);

/**
 * Organisation cues for one `organization` field: each part ("Google
 * DeepMind"), plus its distinctive single words ("Google", "DeepMind"), minus
 * any whose folded key is in `excludeKeys` (model names are no evidence).
 */
export function organizationCues(
  organization: string,
  excludeKeys: ReadonlySet<string> = new Set(),
): string[] {
  const cues = new Set<string>();
  const parts = organization.split(/\s*(?:&|,|;|\/|\(|\)|\+|\band\b)\s*/);
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) continue;
    const words = part.split(/\s+/).map((w) => w.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, ''));
    const named = words.filter(
      (w) => w.length >= 3 && /^[A-Z0-9]/.test(w) && !GENERIC_ORG_WORDS.has(w.toLowerCase()),
    );
    if (named.length === 0) continue;
    if (words.length > 1) cues.add(part);
    for (const w of named) if (!AMBIGUOUS_ORG_WORDS.has(w.toLowerCase())) cues.add(w);
  }
  return [...cues].filter((c) => !excludeKeys.has(foldKey(c)));
}

/**
 * True when an organisation cue must match with its capitalisation: short or
 * all-caps ones ("MIT" vs "mit") and plain capitalised words ("Runway",
 * "Etched", "Google") that are also ordinary words or appear in URLs.
 */
export function organizationCueCaseSensitive(cue: string): boolean {
  if (defaultCaseSensitive(cue)) return true;
  return !/\s/.test(cue) && /^[A-Z][^A-Z]*$/.test(cue);
}

/** FNV-1a (32 bit) of a string, as 8 hex digits. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

interface Raw {
  text: string;
  id: string;
  kind: MentionKind;
  caseSensitive: boolean;
  needsContext: boolean;
  shared: boolean;
}

interface Named {
  id: string;
  name: string;
  aliases: string[];
  caseSensitive?: string[];
  needsContext?: string[];
  sharedAliases?: string[];
  notDetected?: string[];
}

function rawEntries(item: Named, kind: MentionKind, out: Raw[]): void {
  const cs = new Set((item.caseSensitive ?? []).map((n) => foldKey(n, true)));
  const nc = new Set((item.needsContext ?? []).map((n) => foldKey(n)));
  const shared = new Set((item.sharedAliases ?? []).map((n) => foldKey(n)));
  const skip = new Set(item.notDetected ?? []);
  for (const text of [item.name, ...item.aliases]) {
    if (skip.has(text)) continue;
    const key = foldKey(text);
    if (!key) continue;
    out.push({
      text,
      id: item.id,
      kind,
      caseSensitive: cs.has(foldKey(text, true)) || defaultCaseSensitive(text),
      needsContext: nc.has(key),
      shared: shared.has(key),
    });
  }
}

/**
 * Version tables of model families, keyed by model id: for each model with a
 * name that carries no version ("Kling", "Kling AI"), the versions that its
 * own and other models' names write after one of those names ("Kling 2.1" →
 * kling-2-1), among models of the same kind; a name that ends at the version
 * decides before one that goes on ("Wan2.1-VACE"). A model's plain name stands for
 * version 1 unless another model claims it. Models whose names are never
 * followed by a version in the KB get no table.
 */
export function familyVersions(
  models: readonly (Named & { kind: string })[],
): Map<string, Record<string, string>> {
  const versioned: { prefix: string; version: string; whole: boolean; id: string; kind: string }[] =
    [];
  const plain = new Map<string, Set<string>>(); // model id → folded plain names
  for (const m of models) {
    const names = new Set<string>();
    for (const text of [m.name, ...m.aliases]) {
      const split = splitVersionedName(text);
      if (split)
        versioned.push({ ...split, prefix: foldKey(split.prefix), id: m.id, kind: m.kind });
      else names.add(foldKey(text));
    }
    plain.set(m.id, names);
  }
  const tables = new Map<string, Record<string, string>>();
  for (const m of models) {
    const names = plain.get(m.id)!;
    if (names.size === 0) continue;
    const table: Record<string, string> = {};
    // "Wan 2.1" itself decides what "Wan" + "2.1" is, before a longer name
    // that starts so ("Wan2.1-VACE" is another model).
    for (const whole of [true, false]) {
      for (const v of versioned) {
        if (v.whole !== whole || v.kind !== m.kind || !names.has(v.prefix)) continue;
        table[v.version] ??= v.id;
      }
    }
    if (Object.keys(table).length === 0) continue;
    table['1'] ??= m.id;
    tables.set(m.id, table);
  }
  return tables;
}

/** Builds the alias index from the knowledge base. */
export function buildAliasIndex(kb: KnowledgeBase): AliasIndex {
  const raws: Raw[] = [];
  for (const m of kb.models) rawEntries(m, m.kind, raws);
  for (const c of kb.concepts) rawEntries(c, 'concept', raws);

  // Group spellings that the matcher cannot tell apart: same folded key and,
  // for case-sensitive names, the same capitalisation.
  const groups = new Map<string, Raw[]>();
  for (const r of raws) {
    const k = foldKey(r.text) + (r.caseSensitive ? '\u0000' + foldKey(r.text, true) : '');
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const tables = familyVersions(kb.models);
  const entries: AliasEntry[] = [];
  const conflicts: string[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const ids = [...new Set(group.map((r) => r.id))];
    let chosen = ids.slice(0, 1);
    if (ids.length > 1) {
      const allShared = ids.every((id) => group.some((r) => r.id === id && r.shared));
      if (allShared) {
        // A shared alias maps to every id; the video model wins when it is the only one.
        const videos = ids.filter((id) => group.some((r) => r.id === id && r.kind === 'video'));
        const lead = videos.length === 1 ? videos[0]! : ids[0]!;
        chosen = [lead, ...ids.filter((id) => id !== lead)];
      } else {
        conflicts.push(`"${first.text}" is used by ${ids.join(', ')} without sharedAliases`);
      }
    }
    const lead = group.find((r) => r.id === chosen[0])!;
    const versions =
      lead.kind !== 'concept' && !splitVersionedName(lead.text) && tables.get(lead.id);
    entries.push({
      text: lead.text,
      id: lead.id,
      kind: lead.kind,
      caseSensitive: lead.caseSensitive,
      needsContext: group.some((r) => r.id === lead.id && r.needsContext),
      ids: chosen,
      ...(versions ? { versions } : {}),
    });
  }

  // "Tongyi Wan team" may mark Wan, but the bare word "Wan" may not mark itself.
  const nameKeys = new Set(raws.map((r) => foldKey(r.text)));
  const organizations: Record<string, string[]> = {};
  for (const m of kb.models) {
    const cues = organizationCues(m.organization, nameKeys);
    if (cues.length > 0) organizations[m.id] = cues;
  }
  const otherSenses: Record<string, string[]> = {};
  for (const m of kb.models) if (m.otherSenses?.length) otherSenses[m.id] = [...m.otherSenses];
  const hash = fnv1a(JSON.stringify([entries, organizations, otherSenses]));
  return { entries, organizations, otherSenses, conflicts, hash };
}
