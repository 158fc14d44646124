/** The action badge: how many distinct video models the tab's page mentions. */
import { browser } from 'wxt/browser';
import type { PageReport } from '@/lib/page-report';

const action = browser.action ?? browser.browserAction;

/** Number of distinct video models in a report (image models and concepts are not counted). */
export function videoModelCount(report: PageReport): number {
  return report.mentions.filter((m) => m.kind === 'video').length;
}

export async function showBadge(tabId: number, report: PageReport): Promise<void> {
  const n = videoModelCount(report);
  await action.setBadgeBackgroundColor({ tabId, color: '#4b3fa8' });
  await action.setBadgeText({ tabId, text: n > 0 ? String(n) : '' });
  await action.setTitle({
    tabId,
    title: n > 0 ? `Video Model Atlas: ${n} video model${n === 1 ? '' : 's'} on this page` : 'Video Model Atlas',
  });
}
