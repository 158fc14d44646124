/** Opens this panel, bound to the current tab, in a window of its own. */
import { browser } from 'wxt/browser';

export function PopOutButton({ tabId }: { tabId: number }) {
  const popOut = () => {
    void browser.windows
      .create({
        url: browser.runtime.getURL(`/sidepanel.html?tab=${tabId}`),
        type: 'popup',
        width: 460,
        height: 780,
      })
      .catch((error: unknown) => console.warn('Video Model Atlas: could not open a window', error));
  };
  return (
    <button
      type="button"
      className="small"
      onClick={popOut}
      title="Open this panel in its own window, following this tab"
    >
      Pop out
    </button>
  );
}
