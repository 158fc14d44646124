/**
 * Read functions over the KB database. Rows come back in the plain KB shapes
 * (the stored `order` field is dropped); lists keep a meaningful order: eras,
 * families and concepts as curated in data/, models by release date.
 */
import { unordered, type KbDatabase, type Ordered } from './db';
import { compareModels } from './model-order';
import { organizationMatches } from './organizations';
import type { Architecture, Concept, Era, Model } from './types';

function plainModels(rows: Ordered<Model>[]): Model[] {
  return rows.map((row) => unordered<Model>(row)).sort(compareModels);
}

function curated<T extends object>(rows: Ordered<T>[]): T[] {
  return [...rows].sort((a, b) => a.order - b.order).map((row) => unordered<T>(row));
}

function maybe<T extends object>(row: Ordered<T> | undefined): T | undefined {
  return row === undefined ? undefined : unordered<T>(row);
}

/** One model by id. */
export async function modelById(db: KbDatabase, id: string): Promise<Model | undefined> {
  return maybe<Model>(await db.models.get(id));
}

/** Every model, oldest first. */
export async function allModels(db: KbDatabase): Promise<Model[]> {
  return plainModels(await db.models.toArray());
}

/** Models of one era, oldest first. */
export async function modelsByEra(db: KbDatabase, eraId: string): Promise<Model[]> {
  return plainModels(await db.models.where('era').equals(eraId).toArray());
}

/** Models of one architecture family, oldest first. */
export async function modelsByFamily(db: KbDatabase, familyId: string): Promise<Model[]> {
  return plainModels(await db.models.where('family').equals(familyId).toArray());
}

/**
 * Models from one organisation, ignoring case. Joint work counts for each lab
 * ("Stability AI" finds "Stability AI, CompVis (LMU Munich) & Runway"), which
 * an index lookup on the whole string cannot do, hence the scan (a few hundred rows).
 */
export async function modelsByOrganization(db: KbDatabase, organization: string): Promise<Model[]> {
  return plainModels(
    await db.models.filter((m) => organizationMatches(m.organization, organization)).toArray(),
  );
}

/** Every era in curated order. */
export async function eras(db: KbDatabase): Promise<Era[]> {
  return curated<Era>(await db.eras.toArray());
}

/** One era by id. */
export async function eraById(db: KbDatabase, id: string): Promise<Era | undefined> {
  return maybe<Era>(await db.eras.get(id));
}

/** Every architecture family in curated order. */
export async function architectures(db: KbDatabase): Promise<Architecture[]> {
  return curated<Architecture>(await db.architectures.toArray());
}

/** One architecture family by id. */
export async function architectureById(
  db: KbDatabase,
  id: string,
): Promise<Architecture | undefined> {
  return maybe<Architecture>(await db.architectures.get(id));
}

/** Every concept in curated order. */
export async function concepts(db: KbDatabase): Promise<Concept[]> {
  return curated<Concept>(await db.concepts.toArray());
}

/** One concept by id. */
export async function conceptById(db: KbDatabase, id: string): Promise<Concept | undefined> {
  return maybe<Concept>(await db.concepts.get(id));
}

/** Models using a concept, oldest first (multi-entry index on `concepts`). */
export async function modelsByConcept(db: KbDatabase, conceptId: string): Promise<Model[]> {
  return plainModels(await db.models.where('concepts').equals(conceptId).toArray());
}

/** The models `id` builds on, in the order it lists them; unknown ids are skipped. */
export async function buildsOn(db: KbDatabase, id: string): Promise<Model[]> {
  const model = await db.models.get(id);
  if (!model) return [];
  const parents = await db.models.bulkGet(model.buildsOn);
  return parents
    .filter((p): p is Ordered<Model> => p !== undefined)
    .map((p) => unordered<Model>(p));
}

/** The models that build on `id`, oldest first (multi-entry index on `buildsOn`). */
export async function builtOnBy(db: KbDatabase, id: string): Promise<Model[]> {
  return plainModels(await db.models.where('buildsOn').equals(id).toArray());
}

/** One step of a lineage tree and the steps beyond it in the same direction. */
export interface LineageBranch {
  model: Model;
  /** Parents (in `ancestors`) or children (in `descendants`) of `model`. */
  next: LineageBranch[];
}

/** A model with its ancestors and descendants, each to a bounded depth. */
export interface LineageTree {
  model: Model;
  ancestors: LineageBranch[];
  descendants: LineageBranch[];
}

type Step = (id: string) => Promise<Model[]>;

/** Memoises a step so diamonds in the lineage cost one query per model. */
function memo(step: Step): Step {
  const cache = new Map<string, Promise<Model[]>>();
  return (id) => {
    let hit = cache.get(id);
    if (!hit) {
      hit = step(id);
      cache.set(id, hit);
    }
    return hit;
  };
}

async function grow(
  step: Step,
  id: string,
  depth: number,
  path: ReadonlySet<string>,
): Promise<LineageBranch[]> {
  if (depth <= 0) return [];
  const found = await step(id);
  // A model already on the path from the root would loop; the validator
  // rejects such cycles, but a tree walk must not hang on bad data.
  const fresh = found.filter((m) => !path.has(m.id));
  return Promise.all(
    fresh.map(async (model) => ({
      model,
      next: await grow(step, model.id, depth - 1, new Set([...path, model.id])),
    })),
  );
}

/** Ancestors and descendants of `id` up to `depth` steps each way, never looping; undefined for an unknown id. */
export async function lineageTree(
  db: KbDatabase,
  id: string,
  depth: number,
): Promise<LineageTree | undefined> {
  // One read transaction: a reseed landing halfway through the walk must not
  // mix the old KB with the new one.
  return db.transaction('r', db.models, async () => {
    const model = await modelById(db, id);
    if (!model) return undefined;
    const path = new Set([id]);
    const [ancestors, descendants] = await Promise.all([
      grow(
        memo((x) => buildsOn(db, x)),
        id,
        depth,
        path,
      ),
      grow(
        memo((x) => builtOnBy(db, x)),
        id,
        depth,
        path,
      ),
    ]);
    return { model, ancestors, descendants };
  });
}
