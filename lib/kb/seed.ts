/**
 * Copies the bundled knowledge base into the KB database when (and only when)
 * the bundle has changed since the last copy.
 */
import { canonicalJson } from './canonical-json';
import type { KbDatabase, Ordered } from './db';
import { fnv1a64 } from './fnv1a64';
import type { KnowledgeBase } from './types';

/**
 * Bumped when the stored row shape changes without the bundle changing, so
 * that existing copies are rewritten in the new shape.
 */
const STORAGE_FORMAT = 1;

/** Stable hash of the KB content (and storage format), independent of key order. */
export function kbContentHash(kb: KnowledgeBase): string {
  return fnv1a64(canonicalJson({ format: STORAGE_FORMAT, kb }));
}

function withOrder<T extends object>(rows: T[]): Ordered<T>[] {
  return rows.map((row, order) => ({ ...row, order }));
}

/** Replaces the KB tables with `kb` unless they already hold it; returns whether it wrote. */
export async function seedKnowledgeBase(
  db: KbDatabase,
  kb: KnowledgeBase,
): Promise<{ seeded: boolean; hash: string }> {
  const hash = kbContentHash(kb);
  // The hash check sits inside the same read-write transaction as the writes,
  // so two seeders racing (two wake-ups of the background) cannot both write,
  // and a reader sees either the old KB or the new one, never a mix.
  const seeded = await db.transaction(
    'rw',
    [db.meta, db.eras, db.architectures, db.concepts, db.models],
    async () => {
      const stored = await db.meta.get('bundleHash');
      if (stored?.value === hash) return false;
      await Promise.all([
        db.meta.clear(),
        db.eras.clear(),
        db.architectures.clear(),
        db.concepts.clear(),
        db.models.clear(),
      ]);
      await Promise.all([
        db.eras.bulkPut(withOrder(kb.eras)),
        db.architectures.bulkPut(withOrder(kb.architectures)),
        db.concepts.bulkPut(withOrder(kb.concepts)),
        db.models.bulkPut(withOrder(kb.models)),
        db.meta.bulkPut([
          { key: 'bundleHash', value: hash },
          { key: 'seededAt', value: Date.now() },
        ]),
      ]);
      return true;
    },
  );
  return { seeded, hash };
}
