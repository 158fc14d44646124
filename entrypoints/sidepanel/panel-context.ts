/** What any view can ask of the panel: navigate, change the comparison, focus the search. */
import { createContext, useContext } from 'react';
import type { AddResult } from './compare-list';
import type { Route } from './navigation';

export interface PanelActions {
  open(route: Route): void;
  back(): void;
  canGoBack: boolean;
  /** Counts navigations. */
  navSeq: number;
  /** The latest navigation asks the new view to take focus (its heading). */
  focusView: boolean;
  compare: readonly string[];
  addToCompare(id: string): AddResult;
  removeFromCompare(id: string): void;
  focusSearch(): void;
}

export const PanelContext = createContext<PanelActions | null>(null);

export function usePanel(): PanelActions {
  const panel = useContext(PanelContext);
  if (!panel) throw new Error('usePanel: outside the panel');
  return panel;
}
