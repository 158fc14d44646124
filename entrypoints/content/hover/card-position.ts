/**
 * Where the card goes: below the line it explains (never over the line being
 * read), above it when there is no room below, kept inside the viewport.
 */
export interface CardPlacement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

const GAP = 6;
const MARGIN = 8;

export function placeCard(
  anchor: { left: number; top: number; bottom: number },
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): CardPlacement {
  const spaceBelow = viewport.height - anchor.bottom - GAP - MARGIN;
  const spaceAbove = anchor.top - GAP - MARGIN;
  const side = card.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - card.height;
  const maxLeft = Math.max(MARGIN, viewport.width - card.width - MARGIN);
  const left = Math.min(Math.max(MARGIN, anchor.left), maxLeft);
  return { left, top: Math.max(MARGIN, top), side };
}
