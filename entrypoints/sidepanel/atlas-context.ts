/** The panel's knowledge base and its lookups, shared with every view. */
import { createContext, useContext } from 'react';
import type { AtlasIndex } from './atlas-index';

export const AtlasContext = createContext<AtlasIndex | null>(null);

/** The atlas; only views rendered once the knowledge base has loaded call this. */
export function useAtlas(): AtlasIndex {
  const atlas = useContext(AtlasContext);
  if (!atlas) throw new Error('useAtlas: no knowledge base loaded yet');
  return atlas;
}
