/**
 * The hand-off from a card's action to the panel: the background stores what
 * the panel should show, and the panel (open already, or opening now) shows
 * it and clears it.
 */
import { storage } from 'wxt/utils/storage';
import type { PanelRequest } from './card-payload';

/** The latest request, or null once the panel has taken it. */
export const panelRequest = storage.defineItem<PanelRequest | null>('session:panelRequest', {
  fallback: null,
});
