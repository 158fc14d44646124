/**
 * Answers hover cards from the bundled knowledge base in memory (no database
 * read per hover), and a card's "open in panel" / "add note" actions.
 */
import type { CardPayload, EraBand, PanelRequest } from '@/lib/card-payload';
import { isCardRequest } from '@/lib/card-payload';
import { BUNDLED_KB } from '@/lib/kb/bundle';
import { conceptCard, modelCard } from '@/lib/kb/card';
import { onMessage } from '@/lib/messages';
import { panelRequest } from '@/lib/panel-request';
import { openPanel } from './panel';

const names = new Map(BUNDLED_KB.models.map((m) => [m.id, m.name]));
const eras: EraBand[] = BUNDLED_KB.eras.map((e) => ({
  id: e.id,
  name: e.name,
  color: e.color,
  start: e.start,
  end: e.end,
}));

function namesFor(ids: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of ids) out[id] = names.get(id) ?? id;
  return out;
}

/** The payload for one card, or null when the id is unknown. */
export function cardPayload(id: string, kind: 'model' | 'concept'): CardPayload | null {
  if (kind === 'model') {
    const card = modelCard(BUNDLED_KB, id);
    return card ? { kind, card, names: namesFor([...card.buildsOn, ...card.builtOnBy]), eras } : null;
  }
  const card = conceptCard(BUNDLED_KB, id);
  return card ? { kind, card, names: namesFor(card.usedBy.slice(0, 12)), eras } : null;
}

function isPanelOpenRequest(data: unknown): data is { view: 'model' | 'concept' | 'note'; id: string | null } {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  const idOk = d.id === null || (typeof d.id === 'string' && d.id.length <= 200);
  return idOk && (d.view === 'model' || d.view === 'concept' || d.view === 'note');
}

export function registerCardService(): void {
  onMessage('getCard', isCardRequest, ({ id, kind }) => cardPayload(id, kind));

  onMessage('openPanelOn', isPanelOpenRequest, async ({ view, id }, sender) => {
    const tabId = sender.tab?.id;
    const windowId = sender.tab?.windowId;
    if (tabId === undefined || windowId === undefined) return { opened: false };
    // Open first, while the click's user gesture still counts.
    const opening = openPanel(windowId).then(
      () => true,
      () => false,
    );
    const request: PanelRequest =
      view === 'note'
        ? { view, modelId: id, tabId }
        : { view, id: id ?? '', tabId };
    await panelRequest.setValue(request);
    return { opened: await opening };
  });
}
