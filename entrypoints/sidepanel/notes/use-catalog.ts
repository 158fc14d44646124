/**
 * The model catalog for the notes views: from the panel's knowledge base when
 * the panel provides one, otherwise from the bundled KB (so the views also
 * work on their own, e.g. before the KB database answers).
 */
import { useContext, useMemo } from 'react';
import { createModelCatalog, type ModelCatalog } from '@/components/notes/model-catalog';
import { BUNDLED_KB } from '@/lib/kb/bundle';
import { AtlasContext } from '../atlas-context';
import { createAtlasIndex, type AtlasIndex } from '../atlas-index';

let bundled: AtlasIndex | null = null;

export function useCatalog(): ModelCatalog {
  const atlas = useContext(AtlasContext);
  return useMemo(() => {
    const index = atlas ?? (bundled ??= createAtlasIndex(BUNDLED_KB));
    return createModelCatalog(index.kb, () => index.search);
  }, [atlas]);
}
