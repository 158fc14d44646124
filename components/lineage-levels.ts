/**
 * A model's lineage two steps each way, flattened into levels for a small
 * diagram: grandparents, parents, the model, children, grandchildren. A model
 * appears once, at the level nearest the centre, so diamonds in the lineage
 * do not repeat.
 */
import type { Model } from '@/lib/kb/types';

export interface LineageLevels {
  /** `[parents, grandparents]`. */
  ancestors: [Model[], Model[]];
  /** `[children, grandchildren]`. */
  descendants: [Model[], Model[]];
}

export interface LineageSource {
  buildsOn(id: string): Model[];
  builtOnBy(id: string): Model[];
}

function levels(id: string, step: (id: string) => Model[]): [Model[], Model[]] {
  const seen = new Set([id]);
  const take = (list: Model[], into: Model[]) => {
    for (const m of list) {
      if (seen.has(m.id)) continue;
      seen.add(m.id);
      into.push(m);
    }
  };
  const first: Model[] = [];
  take(step(id), first);
  const second: Model[] = [];
  for (const m of first) take(step(m.id), second);
  return [first, second];
}

export function lineageLevels(id: string, source: LineageSource): LineageLevels {
  return {
    ancestors: levels(id, (x) => source.buildsOn(x)),
    descendants: levels(id, (x) => source.builtOnBy(x)),
  };
}
