/**
 * What the background sends a content script to draw one hover card: the
 * model's or concept's card, the names it links to, and the eras for the
 * card's timeline strip.
 */
import type { ConceptCard, ModelCard } from './kb/card';

export interface EraBand {
  id: string;
  name: string;
  color: string;
  start: string;
  end: string | null;
}

export type CardPayload =
  | { kind: 'model'; card: ModelCard; names: Record<string, string>; eras: EraBand[] }
  | { kind: 'concept'; card: ConceptCard; names: Record<string, string>; eras: EraBand[] };

/** What the panel should show when it next opens (set by a card's actions). */
export type PanelRequest =
  | { view: 'model'; id: string; tabId: number }
  | { view: 'concept'; id: string; tabId: number }
  | { view: 'note'; modelId: string | null; tabId: number; quote?: { exact: string; prefix: string; suffix: string } };

/** True when `data` asks for a card: `{ id, kind }` with a short id. */
export function isCardRequest(data: unknown): data is { id: string; kind: 'model' | 'concept' } {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return typeof d.id === 'string' && d.id.length <= 200 && (d.kind === 'model' || d.kind === 'concept');
}
