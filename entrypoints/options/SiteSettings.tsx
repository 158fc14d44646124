import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useStorageItem } from '@/components/use-storage-item';
import * as settings from '@/lib/settings';
import { grantedOrigins, originPattern } from '@/lib/sites';

function hostnameOf(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  try {
    return new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** Sites the extension runs on beyond the paper sites, and sites where it is off. */
export function SiteSettings() {
  const [granted, setGranted] = useState<string[]>([]);
  const [disabled, setDisabled] = useStorageItem(settings.disabledSites);
  const [allowInput, setAllowInput] = useState('');
  const [offInput, setOffInput] = useState('');
  const [message, setMessage] = useState('');

  const refresh = useCallback(() => {
    void grantedOrigins().then(setGranted);
  }, []);
  useEffect(refresh, [refresh]);

  const allow = async () => {
    const host = hostnameOf(allowInput);
    const pattern = host ? originPattern(`https://${host}/`) : null;
    if (!host || !pattern) {
      setMessage(`“${allowInput}” is not a site address.`);
      return;
    }
    // The request must run inside the click's gesture: nothing awaited before it.
    const ok = await browser.permissions.request({
      origins: [pattern, pattern.replace('https://', 'http://')],
    });
    setMessage(ok ? `Video Model Atlas now runs on ${host}.` : `Permission for ${host} was not given.`);
    if (ok) setAllowInput('');
    refresh();
  };

  const revoke = async (origin: string) => {
    await browser.permissions.remove({ origins: [origin] });
    refresh();
  };

  const turnOff = () => {
    const host = hostnameOf(offInput);
    if (!host) {
      setMessage(`“${offInput}” is not a site address.`);
      return;
    }
    const list = disabled ?? [];
    if (!list.includes(host)) setDisabled([...list, host]);
    setOffInput('');
  };

  return (
    <fieldset>
      <legend>Sites</legend>
      <p className="hint">
        It runs on arXiv, OpenReview and Hugging Face papers. On any other page, the toolbar button
        scans it once; allow a site here to have it scanned on every visit. Nothing from the pages
        you read leaves your browser.
      </p>
      <div className="row">
        <label htmlFor="allow-site">Allow a site</label>
        <input
          id="allow-site"
          placeholder="example.com"
          value={allowInput}
          onChange={(e) => setAllowInput(e.target.value)}
        />
        <button type="button" onClick={() => void allow()}>
          Allow
        </button>
      </div>
      <ul className="sites" aria-label="Allowed sites">
        {granted.map((origin) => (
          <li key={origin}>
            <span>{origin}</span>
            <button type="button" onClick={() => void revoke(origin)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="row">
        <label htmlFor="off-site">Turn off on a site</label>
        <input
          id="off-site"
          placeholder="example.com"
          value={offInput}
          onChange={(e) => setOffInput(e.target.value)}
        />
        <button type="button" onClick={turnOff}>
          Turn off
        </button>
      </div>
      <ul className="sites" aria-label="Sites turned off">
        {(disabled ?? []).map((host) => (
          <li key={host}>
            <span>{host}</span>
            <button type="button" onClick={() => setDisabled((disabled ?? []).filter((h) => h !== host))}>
              Turn on again
            </button>
          </li>
        ))}
      </ul>
      {message && (
        <p role="status" className="hint">
          {message}
        </p>
      )}
    </fieldset>
  );
}
