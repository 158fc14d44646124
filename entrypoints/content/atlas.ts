/**
 * One running instance of the extension inside a page. It is created once per
 * page: a second injection (toolbar button on a page that already runs it)
 * finds the instance and asks it to re-scan instead of doubling up.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isNull, onMessage, sendMessage } from '@/lib/messages';
import type { ContentStatus, MentionSummary } from '@/lib/page-report';
import * as settings from '@/lib/settings';
import { installHighlightSheet, type HighlightSheet } from './highlight-style';

const INSTANCE_KEY = Symbol.for('video-model-atlas/instance');

interface Instance {
  rescan(): void;
}

type InstanceHost = Record<symbol, Instance | undefined>;

export async function startAtlas(ctx: ContentScriptContext): Promise<void> {
  const host = window as unknown as InstanceHost;
  const existing = host[INSTANCE_KEY];
  if (existing) {
    existing.rescan();
    return;
  }
  const instance: Instance = { rescan: () => void scan() };
  host[INSTANCE_KEY] = instance;

  let highlightStyle = await settings.highlightStyle.getValue();
  let disabledHere = settings.isSiteDisabled(
    await settings.disabledSites.getValue(),
    location.hostname,
  );
  let scanned = false;
  let mentions: MentionSummary[] = [];
  let sheet: HighlightSheet | null = null;

  async function scan(): Promise<void> {
    if (ctx.isInvalid) return;
    mentions = disabledHere ? [] : [];
    scanned = true;
    await sendMessage('pageScanned', { url: location.href, title: document.title, mentions });
  }

  function applyStyle(): void {
    if (disabledHere) {
      sheet?.destroy();
      sheet = null;
    } else if (sheet) {
      sheet.apply(highlightStyle);
    } else {
      sheet = installHighlightSheet(document, highlightStyle);
    }
  }

  const status = (): ContentStatus => ({
    url: location.href,
    scanned,
    highlightStyle,
    disabledHere,
    mentions,
  });

  const unwatch = [
    settings.highlightStyle.watch((value) => {
      highlightStyle = value;
      applyStyle();
    }),
    settings.disabledSites.watch((list) => {
      disabledHere = settings.isSiteDisabled(list, location.hostname);
      applyStyle();
      void scan();
    }),
    onMessage('getContentStatus', isNull, status),
    onMessage('rescanPage', isNull, async () => {
      await scan();
      return { ok: true as const };
    }),
  ];

  ctx.onInvalidated(() => {
    for (const stop of unwatch) stop();
    sheet?.destroy();
    delete host[INSTANCE_KEY];
  });

  applyStyle();
  await scan();
}
