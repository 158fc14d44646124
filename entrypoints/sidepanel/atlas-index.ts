/**
 * Everything the panel looks up, built once per knowledge-base object: the
 * search, and id → entry tables with the reverse links (who builds on a
 * model, which models use a concept).
 */
import { compareModels } from '@/lib/kb/model-order';
import { createKbSearch, type KbSearch } from '@/lib/kb/search';
import type { Architecture, Concept, Era, KnowledgeBase, Model } from '@/lib/kb/types';

export interface AtlasIndex {
  kb: KnowledgeBase;
  search: KbSearch;
  model(id: string): Model | undefined;
  era(id: string): Era | undefined;
  family(id: string): Architecture | undefined;
  concept(id: string): Concept | undefined;
  /** Models `id` builds on, as it lists them (unknown ids skipped). */
  buildsOn(id: string): Model[];
  /** Models that build on `id`, oldest first. */
  builtOnBy(id: string): Model[];
  /** Models that use concept `id`, oldest first. */
  usedBy(conceptId: string): Model[];
  /** Display name of a model or concept id (the id itself when unknown). */
  nameOf(id: string): string;
}

function push(map: Map<string, Model[]>, key: string, model: Model): void {
  const list = map.get(key);
  if (list) list.push(model);
  else map.set(key, [model]);
}

export function createAtlasIndex(kb: KnowledgeBase): AtlasIndex {
  const models = new Map(kb.models.map((m) => [m.id, m]));
  const eras = new Map(kb.eras.map((e) => [e.id, e]));
  const families = new Map(kb.architectures.map((a) => [a.id, a]));
  const concepts = new Map(kb.concepts.map((c) => [c.id, c]));
  const children = new Map<string, Model[]>();
  const users = new Map<string, Model[]>();
  for (const m of [...kb.models].sort(compareModels)) {
    for (const p of new Set(m.buildsOn)) push(children, p, m);
    for (const c of new Set(m.concepts)) push(users, c, m);
  }
  let search: KbSearch | null = null;
  return {
    kb,
    // Built on first use: the page view does not need it to draw.
    get search() {
      search ??= createKbSearch(kb);
      return search;
    },
    model: (id) => models.get(id),
    era: (id) => eras.get(id),
    family: (id) => families.get(id),
    concept: (id) => concepts.get(id),
    buildsOn: (id) =>
      (models.get(id)?.buildsOn ?? []).map((p) => models.get(p)).filter((m): m is Model => !!m),
    builtOnBy: (id) => children.get(id) ?? [],
    usedBy: (id) => users.get(id) ?? [],
    nameOf: (id) => models.get(id)?.name ?? concepts.get(id)?.name ?? id,
  };
}
