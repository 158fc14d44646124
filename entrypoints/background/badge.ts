/**
 * The action badge: how many distinct video models the tab's page mentions,
 * with a pencil and another colour when the user has notes on the article.
 */
import { browser } from 'wxt/browser';
import { userDb } from '@/lib/notes/db';
import type { PageReport } from '@/lib/page-report';
import { getTabState, listTabStates } from '@/lib/tab-state';

const action = browser.action ?? browser.browserAction;

/** Number of distinct video models in a report (image models and concepts are not counted). */
export function videoModelCount(report: PageReport): number {
  return report.mentions.filter((m) => m.kind === 'video').length;
}

/** Badge text: the model count, and a pencil when the article has notes. */
export function badgeText(models: number, notes: number): string {
  const count = models > 0 ? String(models) : '';
  return notes > 0 ? `${count}✎` : count;
}

async function notesOn(articleKey: string | undefined): Promise<number> {
  if (!articleKey) return 0;
  return userDb().notes.where('articleKey').equals(articleKey).count();
}

export async function showBadge(tabId: number, report: PageReport): Promise<void> {
  const models = videoModelCount(report);
  const notes = await notesOn(report.articleKey);
  await action.setBadgeBackgroundColor({ tabId, color: notes > 0 ? '#1e7d45' : '#4b3fa8' });
  await action.setBadgeText({ tabId, text: badgeText(models, notes) });
  const parts = ['Video Model Atlas'];
  if (models > 0) parts.push(`${models} video model${models === 1 ? '' : 's'} on this page`);
  if (notes > 0) parts.push(`${notes} note${notes === 1 ? '' : 's'} saved on this article`);
  await action.setTitle({ tabId, title: parts.join(' · ') });
}

/** Re-draws every scanned tab's badge (after notes change). */
export async function refreshNoteBadges(): Promise<void> {
  for (const [tabId] of await listTabStates()) {
    // Read again: a newer report may have landed since the list was taken.
    const state = await getTabState(tabId);
    if (state) await showBadge(tabId, state).catch(() => undefined);
  }
}
