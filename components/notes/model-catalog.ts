/**
 * What the notes UI needs from the knowledge base: a model's display name,
 * its era, and suggestions for the tag box (the page's own models first,
 * then the whole KB through its typo-tolerant search).
 */
import type { KbSearch } from '@/lib/kb/search';
import { foldSearchText } from '@/lib/kb/search-text';
import type { KnowledgeBase, Model } from '@/lib/kb/types';

/** One model as the tag box lists it. */
export interface ModelOption {
  id: string;
  name: string;
  /** "Stability AI · 2023", with "on this page" for the page's models. */
  detail: string;
  onPage: boolean;
}

export interface ModelCatalog {
  /** The model's name, or the id itself when the KB no longer knows it. */
  nameOf(id: string): string;
  model(id: string): Model | undefined;
  /** The era's display name for an era id. */
  eraName(eraId: string): string;
  /** Every era, in the KB's (chronological) order. */
  eras(): { id: string; name: string }[];
  /** Up to `limit` models to tag, page models first; `exclude` are already tagged. */
  suggest(
    query: string,
    pageModelIds: readonly string[],
    exclude: readonly string[],
    limit?: number,
  ): ModelOption[];
}

/** A catalog over `kb`; the search is built only when the tag box first asks. */
export function createModelCatalog(kb: KnowledgeBase, search: () => KbSearch): ModelCatalog {
  const models = new Map(kb.models.map((m) => [m.id, m]));
  const eras = new Map(kb.eras.map((e) => [e.id, e.name]));
  const option = (m: Model, onPage: boolean): ModelOption => ({
    id: m.id,
    name: m.name,
    detail: [onPage ? 'on this page' : '', m.organization, m.released.slice(0, 4)]
      .filter(Boolean)
      .join(' · '),
    onPage,
  });
  const matches = (m: Model, folded: string) =>
    [m.name, ...m.aliases].some((n) => foldSearchText(n).includes(folded));

  return {
    nameOf: (id) => models.get(id)?.name ?? id,
    model: (id) => models.get(id),
    eraName: (id) => eras.get(id) ?? id,
    eras: () => kb.eras.map((e) => ({ id: e.id, name: e.name })),
    suggest(query, pageModelIds, exclude, limit = 8) {
      const skip = new Set(exclude);
      const out: ModelOption[] = [];
      const add = (m: Model | undefined, onPage: boolean) => {
        if (!m || skip.has(m.id) || out.length >= limit) return;
        skip.add(m.id);
        out.push(option(m, onPage));
      };
      const folded = foldSearchText(query);
      for (const id of pageModelIds) {
        const m = models.get(id);
        if (m && (folded === '' || matches(m, folded))) add(m, true);
      }
      if (folded !== '') {
        for (const hit of search().search(query, limit * 2)) {
          if (hit.kind === 'model') add(models.get(hit.id), pageModelIds.includes(hit.id));
        }
      }
      return out;
    },
  };
}
