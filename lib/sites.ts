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

/** Origins the user granted for good, without the paper sites the manifest already covers. */
export async function grantedOrigins(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  const builtIn = new Set(PAPER_SITE_MATCHES);
  return (all.origins ?? []).filter((o) => !builtIn.has(o) && /^https?:\/\/[^*]/.test(o));
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
