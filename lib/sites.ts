import { browser } from 'wxt/browser';

/** Where the extension runs without asking: arXiv and the paper sites. */
export const PAPER_SITE_MATCHES = [
  'https://arxiv.org/abs/*',
  'https://arxiv.org/html/*',
  'https://arxiv.org/list/*',
  'https://www.arxiv.org/abs/*',
  'https://www.arxiv.org/html/*',
  'https://www.arxiv.org/list/*',
  'https://export.arxiv.org/abs/*',
  'https://export.arxiv.org/html/*',
  'https://export.arxiv.org/list/*',
  'https://openreview.net/forum*',
  'https://huggingface.co/papers/*',
];

/** The match pattern that grants one site (every path, its scheme only). */
export function originPattern(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** Hosts the manifest covers already; the browser reports them among the granted origins. */
const PAPER_HOSTS = new Set(['arxiv.org', 'www.arxiv.org', 'export.arxiv.org', 'openreview.net', 'huggingface.co']);

function hostOfPattern(pattern: string): string | null {
  const m = /^(?:https?|\*):\/\/([^/]+)\//.exec(pattern);
  return m ? (m[1] ?? null) : null;
}

/** Origins the user granted for good, without the paper sites the manifest already covers. */
export async function grantedOrigins(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  return (all.origins ?? []).filter((o) => {
    const host = hostOfPattern(o);
    return host !== null && !host.includes('*') && !PAPER_HOSTS.has(host);
  });
}

/**
 * Hosts the extension may read tab addresses on, so the panel knows the paper
 * in a tab even where no content script can run (arXiv PDFs).
 */
export const PAPER_HOST_PERMISSIONS = [
  'https://arxiv.org/*',
  'https://www.arxiv.org/*',
  'https://export.arxiv.org/*',
  'https://openreview.net/*',
  'https://huggingface.co/papers/*',
];
