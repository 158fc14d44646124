import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fromExtensionPage } from './messages';

describe('fromExtensionPage', () => {
  it('accepts the panel and the options page', () => {
    expect(fromExtensionPage({ id: browser.runtime.id })).toBe(true);
    expect(
      fromExtensionPage({
        id: browser.runtime.id,
        url: browser.runtime.getURL('/sidepanel.html'),
        tab: { id: 3 } as never,
      }),
    ).toBe(true);
  });

  it('refuses a content script running inside a website', () => {
    expect(
      fromExtensionPage({
        id: browser.runtime.id,
        url: 'https://example.com/',
        tab: { id: 7 } as never,
      }),
    ).toBe(false);
  });
});
