/**
 * The page's mentions arranged for the panel: video models grouped by era
 * (in the KB's era order), then image models, then concepts; most-mentioned
 * first within a group. Mentions of ids the KB does not know are dropped.
 */
import type { Era, KnowledgeBase, Model } from '@/lib/kb/types';
import { withUnlisted, type MentionSummary } from '@/lib/page-report';

export interface PageEntry {
  id: string;
  name: string;
  count: number;
  /** Order of first appearance on the page (offset in its text). */
  first: number;
  model: Model | null;
  /** Releases the page names that have no entry of their own and count here ("Wan 2.7"). */
  unlisted: string[];
}

export type PageGroup =
  | { kind: 'era'; era: Era; entries: PageEntry[] }
  | { kind: 'image'; entries: PageEntry[] }
  | { kind: 'concept'; entries: PageEntry[] };

export interface PageModels {
  groups: PageGroup[];
  /** Distinct models (video and image) on the page. */
  modelCount: number;
  /** Distinct eras among those models. */
  eraCount: number;
  conceptCount: number;
  /** Ids of the page's models (video and image), most-mentioned first. */
  modelIds: string[];
}

function byCount(a: PageEntry, b: PageEntry): number {
  return b.count - a.count || a.first - b.first;
}

/** Groups one page's mentions against a knowledge base. */
export function groupPageModels(
  mentions: readonly MentionSummary[],
  kb: KnowledgeBase,
): PageModels {
  const models = new Map(kb.models.map((m) => [m.id, m]));
  const concepts = new Map(kb.concepts.map((c) => [c.id, c]));
  const byEra = new Map<string, PageEntry[]>();
  const images: PageEntry[] = [];
  const conceptEntries: PageEntry[] = [];
  const eras = new Set<string>();

  // A page report may (in principle) name an id twice; counts add up.
  const merged = new Map<string, MentionSummary>();
  for (const m of mentions) {
    const before = merged.get(m.id);
    merged.set(
      m.id,
      before
        ? {
            ...before,
            count: before.count + m.count,
            first: Math.min(before.first, m.first),
            unlisted: (m.unlisted ?? []).reduce(withUnlisted, before.unlisted ?? []),
          }
        : m,
    );
  }

  for (const mention of merged.values()) {
    const model = models.get(mention.id);
    if (model) {
      const entry: PageEntry = {
        id: model.id,
        name: model.name,
        count: mention.count,
        first: mention.first,
        model,
        unlisted: mention.unlisted ?? [],
      };
      eras.add(model.era);
      if (model.kind === 'image') images.push(entry);
      else {
        const list = byEra.get(model.era) ?? [];
        list.push(entry);
        byEra.set(model.era, list);
      }
      continue;
    }
    const concept = concepts.get(mention.id);
    if (concept) {
      conceptEntries.push({
        id: concept.id,
        name: concept.name,
        count: mention.count,
        first: mention.first,
        model: null,
        unlisted: [],
      });
    }
  }

  const groups: PageGroup[] = [];
  for (const era of kb.eras) {
    const entries = byEra.get(era.id);
    if (entries) groups.push({ kind: 'era', era, entries: entries.sort(byCount) });
  }
  if (images.length > 0) groups.push({ kind: 'image', entries: images.sort(byCount) });
  if (conceptEntries.length > 0)
    groups.push({ kind: 'concept', entries: conceptEntries.sort(byCount) });

  const modelEntries = groups.filter((g) => g.kind !== 'concept').flatMap((g) => g.entries);
  return {
    groups,
    modelCount: modelEntries.length,
    eraCount: eras.size,
    conceptCount: conceptEntries.length,
    modelIds: [...modelEntries].sort(byCount).map((e) => e.id),
  };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "7 models across 3 eras", "1 model", "No models · 2 concepts". */
export function pageSummaryLine(
  p: Pick<PageModels, 'modelCount' | 'eraCount' | 'conceptCount'>,
): string {
  const models =
    p.modelCount === 0
      ? 'No models'
      : p.eraCount > 1
        ? `${plural(p.modelCount, 'model', 'models')} across ${plural(p.eraCount, 'era', 'eras')}`
        : plural(p.modelCount, 'model', 'models');
  return p.conceptCount > 0
    ? `${models} · ${plural(p.conceptCount, 'concept', 'concepts')}`
    : models;
}
