/**
 * "Same site" for deciding whether a page's `link[rel=canonical]` may be
 * trusted. A full Public Suffix List would be exact but weighs ~200 KB; this
 * heuristic covers the common two-level country suffixes and the big hosting
 * platforms where sibling subdomains belong to different people. A miss only
 * means a canonical link is ignored (the page URL is used), never that notes
 * are filed under another site's page.
 */

// Second-level labels under a country code that act as public suffixes
// (example.co.uk, example.com.au, example.ac.jp).
// prettier-ignore
const COUNTRY_SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'ac', 'edu', 'gov', 'ne', 'or', 'go', 'gv', 'nic']);

// Platforms where `alice.github.io` and `bob.github.io` are different owners.
// prettier-ignore
const SHARED_HOSTING = new Set([
  'github.io', 'gitlab.io', 'pages.dev', 'netlify.app', 'vercel.app', 'web.app', 'firebaseapp.com',
  'herokuapp.com', 'blogspot.com', 'wordpress.com', 'substack.com', 'medium.com', 'notion.site',
  'readthedocs.io', 'hf.space', 'azurewebsites.net', 'cloudfront.net', 'appspot.com',
]);

/** The registrable part of a host name (`news.example.co.uk` → `example.co.uk`). */
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  // IP addresses and single-label hosts (localhost) are their own site.
  if (/^[\d.]+$/.test(host) || host.includes(':') || !host.includes('.')) return host;
  const labels = host.split('.');
  const lastTwo = labels.slice(-2).join('.');
  if (SHARED_HOSTING.has(lastTwo)) return labels.slice(-3).join('.');
  const tld = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  if (tld.length === 2 && COUNTRY_SECOND_LEVEL.has(second)) return labels.slice(-3).join('.');
  return lastTwo;
}

/** True when both host names belong to one registrable site. */
export function sameSite(a: string, b: string): boolean {
  return siteOf(a) === siteOf(b);
}
