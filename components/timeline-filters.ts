/** What the timeline shows: an era to zoom to, and filters on family, weights and organisation. */
import { organizationMatches, organizationParts } from '@/lib/kb/organizations';
import type { KnowledgeBase, Model } from '@/lib/kb/types';

export interface TimelineSettings {
  /** Era id to zoom to, or null for 2016 to today. */
  era: string | null;
  /** Architecture family id, or '' for all. */
  family: string;
  /** Organisation name, or '' for all. */
  organization: string;
  openWeightsOnly: boolean;
}

export const DEFAULT_TIMELINE: TimelineSettings = {
  era: null,
  family: '',
  organization: '',
  openWeightsOnly: false,
};

/** True when a model passes the filters (the era zoom is not a filter). */
export function passesFilters(model: Model, s: TimelineSettings): boolean {
  if (s.family !== '' && model.family !== s.family) return false;
  if (s.openWeightsOnly && !model.openWeights) return false;
  if (s.organization !== '' && !organizationMatches(model.organization, s.organization))
    return false;
  return true;
}

/** True when any filter is on. */
export function filtering(s: TimelineSettings): boolean {
  return s.family !== '' || s.organization !== '' || s.openWeightsOnly;
}

/** Organisations with at least `min` models, by name; joint work counts for each lab. */
export function organizationOptions(kb: KnowledgeBase, min = 2): { name: string; count: number }[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const m of kb.models) {
    // Only the bare names ("CompVis", not "CompVis (LMU Munich)") and each lab once per model.
    const names = new Set(organizationParts(m.organization).filter((p) => !p.includes('(')));
    for (const name of names) {
      const key = name.toLowerCase();
      const entry = counts.get(key) ?? { name, count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()]
    .filter((o) => o.count >= min)
    .sort((a, b) => a.name.localeCompare(b.name));
}
