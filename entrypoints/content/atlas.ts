/**
 * One running instance of the extension inside a page. It is created once per
 * page: a second injection (toolbar button on a page that already runs it)
 * finds the instance and asks it to re-scan instead of doubling up.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isNull, onMessage, sendMessage } from '@/lib/messages';
import type { ContentStatus } from '@/lib/page-report';
import { articleIdentity } from './article-identity';
import * as settings from '@/lib/settings';
import { createHoverCard } from './hover/hover-card';
import { createMentionController } from './mention-controller';
import { createNoteAnchorer } from './note-anchors';
import { watchMutations } from './mutation-watcher';

const INSTANCE_KEY = Symbol.for('video-model-atlas/instance');

interface Instance {
  rescan(): void;
  /** True once this instance's extension context is gone (extension reloaded). */
  isInvalid(): boolean;
}

type InstanceHost = Record<symbol, Instance | undefined>;

function isScrollRequest(data: unknown): data is { id: string; n: number } {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return typeof d.id === 'string' && d.id.length < 200 && Number.isInteger(d.n);
}

function isNoteRef(data: unknown): data is { noteId: string } {
  return typeof data === 'object' && data !== null && typeof (data as { noteId?: unknown }).noteId === 'string';
}

function isKeyRef(data: unknown): data is { key: string } {
  return typeof data === 'object' && data !== null && typeof (data as { key?: unknown }).key === 'string';
}

export async function startAtlas(ctx: ContentScriptContext): Promise<void> {
  const host = window as unknown as InstanceHost;
  const existing = host[INSTANCE_KEY];
  if (existing && !existing.isInvalid()) {
    existing.rescan();
    return;
  }
  const instance: Instance = { rescan: () => void scan(), isInvalid: () => ctx.isInvalid };
  host[INSTANCE_KEY] = instance;
  // Teardown is registered before the first await: a context invalidated
  // while settings load must still give the page back.
  let teardown: () => void = () => undefined;
  ctx.onInvalidated(() => {
    teardown();
    if (host[INSTANCE_KEY] === instance) delete host[INSTANCE_KEY];
  });

  let highlightStyle = await settings.highlightStyle.getValue();
  let skipConcepts = !(await settings.showConcepts.getValue());
  let disabledHere = settings.isSiteDisabled(await settings.disabledSites.getValue(), location.hostname);
  const hover = {
    delayMs: await settings.hoverDelayMs.getValue(),
    requireAlt: await settings.requireAlt.getValue(),
  };
  let scanned = false;
  const mentions = createMentionController({ style: highlightStyle });
  const notes = createNoteAnchorer();
  let identity = articleIdentity();
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  const card = createHoverCard({
    store: mentions.store,
    settings: () => hover,
    turnOffSite: async () => {
      const list = await settings.disabledSites.getValue();
      const here = location.hostname.toLowerCase();
      if (!list.includes(here)) await settings.disabledSites.setValue([...list, here]);
    },
  });

  const report = () =>
    sendMessage('pageScanned', {
      url: location.href.slice(0, 4000),
      title: document.title.slice(0, 1000),
      articleKey: identity.key.slice(0, 4000),
      mentions: mentions.store.summary().slice(0, 5000),
    });

  /** Reports soon, at most once per half second, so re-scans do not flood the background. */
  const reportSoon = () => {
    clearTimeout(reportTimer);
    reportTimer = setTimeout(() => void report().catch(() => undefined), 500);
  };

  async function scan(): Promise<void> {
    if (ctx.isInvalid) return;
    if (disabledHere) {
      card.hide();
      mentions.clear();
    }
    else await mentions.scanPage({ skipConcepts });
    scanned = true;
    identity = articleIdentity();
    // A report the background cannot take must not stop the notes.
    await report().catch(() => undefined);
    await notes.refresh(identity.key).catch(() => undefined);
  }

  const status = (): ContentStatus => ({
    url: location.href,
    scanned,
    highlightStyle,
    disabledHere,
    mentions: mentions.store.summary(),
  });

  const stopWatching = watchMutations(document.body ?? document.documentElement, {
    rescan: async (roots) => {
      if (disabledHere || ctx.isInvalid) return;
      await mentions.rescan(roots, { skipConcepts });
      if (!ctx.isInvalid) reportSoon();
    },
  });

  const cleanups = [
    stopWatching,
    settings.highlightStyle.watch((value) => {
      highlightStyle = value;
      mentions.setStyle(value);
    }),
    settings.hoverDelayMs.watch((value) => {
      hover.delayMs = value;
    }),
    settings.requireAlt.watch((value) => {
      hover.requireAlt = value;
    }),
    settings.showConcepts.watch((value) => {
      skipConcepts = !value;
      void scan();
    }),
    settings.disabledSites.watch((list) => {
      // The list changes for any site; only a change for this one is work here.
      const next = settings.isSiteDisabled(list, location.hostname);
      if (next === disabledHere) return;
      disabledHere = next;
      void scan();
    }),
    onMessage('getContentStatus', isNull, status),
    onMessage('rescanPage', isNull, async () => {
      await scan();
      return { ok: true as const };
    }),
    onMessage('scrollToMention', isScrollRequest, ({ id, n }) => mentions.scrollTo(id, n)),
    onMessage('getArticleIdentity', isNull, () => articleIdentity()),
    onMessage('getSelectionQuote', isNull, () => notes.quoteSelection()),
    onMessage('scrollToNote', isNoteRef, ({ noteId }) => notes.scrollTo(noteId)),
    onMessage('notesChanged', isKeyRef, async ({ key }) => {
      if (key === identity.key) await notes.refresh(key);
      return { ok: true as const };
    }),
  ];

  teardown = () => {
    clearTimeout(reportTimer);
    for (const stop of cleanups) stop();
    card.destroy();
    notes.destroy();
    mentions.destroy();
  };
  if (ctx.isInvalid) return teardown();

  await scan();
}
