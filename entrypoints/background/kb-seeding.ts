/**
 * Keeps the KB database equal to the bundled knowledge base: seeded on
 * install and update, and checked at every start (a no-op when the bundle's
 * hash is unchanged). The user database is never touched here.
 */
import { browser } from 'wxt/browser';
import { BUNDLED_KB } from '@/lib/kb/bundle';
import { kbDatabase } from '@/lib/kb/db';
import { seedKnowledgeBase } from '@/lib/kb/seed';

let seeding: Promise<unknown> | null = null;

/** Seeds once per service-worker life; later callers wait for the same run. */
export function ensureKnowledgeBase(): Promise<unknown> {
  seeding ??= seedKnowledgeBase(kbDatabase(), BUNDLED_KB).catch((error: unknown) => {
    seeding = null;
    console.warn('Video Model Atlas: the knowledge base could not be stored', error);
  });
  return seeding;
}

export function registerKbSeeding(): void {
  browser.runtime.onInstalled.addListener(() => void ensureKnowledgeBase());
  browser.runtime.onStartup.addListener(() => void ensureKnowledgeBase());
  void ensureKnowledgeBase();
}
