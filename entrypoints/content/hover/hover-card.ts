/**
 * The hover card's behaviour: what the pointer rests on, when the card shows
 * and hides, and what its buttons do. Pointer handling runs at most once per
 * animation frame, and a lookup that is overtaken by a newer one is dropped.
 *
 * Timing follows WCAG 1.4.13: the card shows after a short rest (setting),
 * stays while the pointer travels into it and while it is hovered or focused,
 * hides a moment after the pointer leaves both, and Esc dismisses it.
 */
import type { CardPayload } from '@/lib/card-payload';
import { sendMessage } from '@/lib/messages';
import type { MentionStore, PageMention } from '../mention-store';
import { CardHost, pageTheme } from './card-host';
import { renderCard, type CardAction } from './card-view';
import { liveRange, mentionAt, type PointerHit } from './pointer-target';

export interface HoverSettings {
  delayMs: number;
  requireAlt: boolean;
}

export interface HoverCardOptions {
  store: MentionStore;
  settings: () => HoverSettings;
  /** Turns the extension off for this site (the card's quiet action). */
  turnOffSite: () => Promise<void>;
}

const HIDE_AFTER_MS = 300;

export interface HoverCard {
  /** The mention the card shows, if any. */
  readonly current: PageMention | null;
  hide(): void;
  destroy(): void;
}

export function createHoverCard(options: HoverCardOptions): HoverCard {
  const host = new CardHost();
  const cache = new Map<string, Promise<CardPayload | null>>();
  let current: PointerHit | null = null;
  let pending: PageMention | null = null;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let token = 0;
  let last = { x: -1, y: -1, alt: false, target: null as EventTarget | null };
  let dismissed: PageMention | null = null;

  const payloadFor = (m: PageMention) => {
    const kind = m.kind === 'concept' ? 'concept' : 'model';
    const key = `${kind}:${m.id}`;
    let p = cache.get(key);
    if (!p) {
      p = sendMessage('getCard', { id: m.id, kind }).catch(() => null);
      cache.set(key, p);
    }
    return p;
  };

  const cancelShow = () => {
    clearTimeout(showTimer);
    pending = null;
    token++;
  };

  const hideNow = () => {
    cancelShow();
    clearTimeout(hideTimer);
    host.hide();
    current = null;
  };

  const hideSoon = () => {
    if (!host.visible) return;
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hideNow, HIDE_AFTER_MS);
  };

  const show = async (hit: PointerHit, mine: number) => {
    const payload = await payloadFor(hit.mention);
    if (mine !== token || !payload) return;
    clearTimeout(hideTimer);
    const card = renderCard(payload, hit.mention, pageTheme());
    card.addEventListener('click', (e) => void onAction(e, hit.mention, payload));
    current = hit;
    pending = null;
    host.show(card, hit.rect);
  };

  const evaluate = () => {
    frame = 0;
    const { x, y, alt, target } = last;
    if (host.contains(target as Node | null)) {
      clearTimeout(hideTimer);
      return;
    }
    const hit = mentionAt(options.store, x, y);
    if (!hit) {
      dismissed = null;
      if (pending) cancelShow();
      hideSoon();
      return;
    }
    if (hit.mention === dismissed) return;
    if (current?.mention === hit.mention) {
      clearTimeout(hideTimer);
      return;
    }
    if (pending === hit.mention) return;
    const settings = options.settings();
    if (settings.requireAlt && !alt) {
      cancelShow();
      hideSoon();
      return;
    }
    cancelShow();
    pending = hit.mention;
    const mine = token;
    void payloadFor(hit.mention); // fetch while the pointer rests
    showTimer = setTimeout(() => void show(hit, mine), settings.delayMs);
  };

  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(evaluate);
  };

  const onPointerMove = (e: PointerEvent) => {
    last = { x: e.clientX, y: e.clientY, alt: e.altKey, target: e.target };
    schedule();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && (host.visible || pending)) {
      dismissed = current?.mention ?? pending;
      hideNow();
      return;
    }
    if (e.key === 'Alt') {
      last = { ...last, alt: true };
      schedule();
    }
  };
  const onKeyUp = (e: KeyboardEvent) => {
    if (e.key === 'Alt') last = { ...last, alt: false };
  };
  const onScroll = () => {
    if (!current) return;
    const rects = liveRange(current.mention)?.getClientRects();
    const rect = rects?.[Math.min(current.line, rects.length - 1)];
    if (!rect || rect.bottom < 0 || rect.top > window.innerHeight) return hideNow();
    current = { ...current, rect };
    host.place(rect);
  };

  const setStatus = (text: string) => {
    const status = host.card?.querySelector('.status');
    if (status) status.textContent = text;
  };

  const onAction = async (e: Event, mention: PageMention, payload: CardPayload) => {
    // Only the reader's own clicks: a page script calling .click() is not them.
    if (!e.isTrusted) return;
    const button = (e.target as Element | null)?.closest('button');
    const action = button?.getAttribute('data-action') as CardAction | null;
    if (!action) return;
    if (action === 'open-panel' || action === 'add-note') {
      const view = action === 'add-note' ? 'note' : payload.kind;
      const { opened } = await sendMessage('openPanelOn', { view, id: mention.id }).catch(() => ({ opened: false }));
      setStatus(opened ? 'Opened in the side panel.' : 'Ready in the panel: open it with the toolbar button.');
    } else if (action === 'copy-bibtex' && payload.kind === 'model' && payload.card.bibtex) {
      try {
        await navigator.clipboard.writeText(payload.card.bibtex);
        setStatus('BibTeX copied.');
      } catch {
        setStatus('The browser refused the clipboard; use the panel’s Copy BibTeX.');
      }
    } else if (action === 'turn-off-site') {
      hideNow();
      await options.turnOffSite();
    }
  };

  const onFocusOut = (e: FocusEvent) => {
    // Keyboard users: leaving the card with Tab hides it.
    if (!host.contains(e.relatedTarget as Node | null)) hideSoon();
  };

  document.addEventListener('pointermove', onPointerMove, { passive: true });
  document.addEventListener('keydown', onKeyDown, true);
  document.addEventListener('keyup', onKeyUp, true);
  window.addEventListener('scroll', onScroll, { passive: true, capture: true });
  window.addEventListener('resize', onScroll, { passive: true });
  host.element.addEventListener('focusout', onFocusOut);

  return {
    get current() {
      return current?.mention ?? null;
    },
    hide: hideNow,
    destroy() {
      hideNow();
      cancelAnimationFrame(frame);
      document.removeEventListener('pointermove', onPointerMove);
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('keyup', onKeyUp, true);
      window.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('resize', onScroll);
      host.destroy();
    },
  };
}
