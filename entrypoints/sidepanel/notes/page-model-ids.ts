/** The models a page mentions (not concepts), most mentioned first: the tag box suggests these first. */
import type { TabState } from '@/lib/tab-state';

export function pageModelIds(state: TabState | null | undefined): string[] {
  if (!state) return [];
  return state.mentions
    .filter((m) => m.kind !== 'concept')
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .map((m) => m.id);
}
