import { describe, expect, it } from 'vitest';
import { canonicalArticleKey, isTrackingParam, type PageIdentityHints } from './canonical-key';
import { arxivIdFromDoi, doiFromUrl, normalizeDoi } from './doi';
import { urlOfArticleKey } from './key-url';
import { sameSite, siteOf } from './same-site';

const SVD = 'arxiv:2311.15127';

// [page URL, what the page says about itself, expected key]
// prettier-ignore
const table: [string, PageIdentityHints | undefined, string][] = [
  // Every arXiv form of one paper.
  ['https://arxiv.org/abs/2311.15127', undefined, SVD],
  ['https://arxiv.org/abs/2311.15127v2', undefined, SVD],
  ['https://arxiv.org/pdf/2311.15127', undefined, SVD],
  ['https://arxiv.org/pdf/2311.15127v1.pdf', undefined, SVD],
  ['https://arxiv.org/html/2311.15127v1', undefined, SVD],
  ['https://arxiv.org/html/2311.15127v1/#S3', undefined, SVD],
  ['https://www.arxiv.org/abs/2311.15127', undefined, SVD],
  ['http://export.arxiv.org/abs/2311.15127', undefined, SVD],
  ['https://arxiv.org/abs/2311.15127?context=cs', undefined, SVD],
  ['https://ar5iv.labs.arxiv.org/html/2311.15127', undefined, SVD],
  ['https://ar5iv.org/abs/2311.15127', undefined, SVD],
  ['https://alphaxiv.org/abs/2311.15127', undefined, SVD],
  ['https://www.alphaxiv.org/overview/2311.15127v3', undefined, SVD],
  ['https://huggingface.co/papers/2311.15127', undefined, SVD],
  ['https://arxiv.org/abs/hep-th/9901001v1', undefined, 'arxiv:hep-th/9901001'],
  ['https://arxiv.org/pdf/cs/0601001v2', undefined, 'arxiv:cs/0601001'],
  // arXiv identity from metadata, from its DOI, or from a same-site canonical link.
  ['https://www.semanticscholar.org/paper/abc123', { arxivId: '2311.15127' }, SVD],
  ['https://doi.org/10.48550/arXiv.2311.15127', undefined, SVD],
  ['https://arxiv.org/abs/2311.15127', { doi: '10.1234/other.paper' }, SVD],
  // DOIs: lower-cased, from meta tags, resolver URLs and publisher paths.
  ['https://openaccess.thecvf.com/content/CVPR2023/html/Blattmann_Align.html', { doi: '10.1109/CVPR52729.2023.02161' }, 'doi:10.1109/cvpr52729.2023.02161'],
  ['https://doi.org/10.1145/3592433', undefined, 'doi:10.1145/3592433'],
  ['https://dx.doi.org/10.1007%2Fs11263-023-01234-5', undefined, 'doi:10.1007/s11263-023-01234-5'],
  ['https://dl.acm.org/doi/10.1145/3581783.3612345', undefined, 'doi:10.1145/3581783.3612345'],
  ['https://onlinelibrary.wiley.com/doi/full/10.1111/cgf.14749', undefined, 'doi:10.1111/cgf.14749'],
  ['https://www.nature.com/articles/s41586-023-06000-0', { doi: 'doi:10.1038/S41586-023-06000-0' }, 'doi:10.1038/s41586-023-06000-0'],
  ['https://www.science.org/doi/abs/10.1126/science.adk1234', undefined, 'doi:10.1126/science.adk1234'],
  // Other pages: the cleaned URL.
  ['https://openai.com/index/sora/', undefined, 'url:https://openai.com/index/sora'],
  ['https://openai.com/index/sora/?utm_source=twitter&utm_medium=social', undefined, 'url:https://openai.com/index/sora'],
  ['HTTPS://OpenAI.com:443/index/sora#safety', undefined, 'url:https://openai.com/index/sora'],
  ['https://www.theverge.com/2024/2/15/24074151/openai-sora-text-to-video-ai?fbclid=IwAR0abc', undefined, 'url:https://www.theverge.com/2024/2/15/24074151/openai-sora-text-to-video-ai'],
  ['https://deepmind.google/technologies/veo/?gclid=Cj0KCQ&ref=producthunt', undefined, 'url:https://deepmind.google/technologies/veo'],
  ['https://www.youtube.com/watch?v=HK6y8DAPN_0&si=abc123&feature=share', undefined, 'url:https://www.youtube.com/watch?feature=share&v=HK6y8DAPN_0'],
  ['https://github.com/Stability-AI/generative-models?tab=readme-ov-file&ref_src=twsrc', undefined, 'url:https://github.com/Stability-AI/generative-models?tab=readme-ov-file'],
  ['https://news.ycombinator.com/item?id=39386156', undefined, 'url:https://news.ycombinator.com/item?id=39386156'],
  ['https://example.com/search?q=video&b=2&a=1', undefined, 'url:https://example.com/search?a=1&b=2&q=video'],
  ['https://example.com/post?mc_cid=1&mc_eid=2&igshid=3&_hsenc=4&yclid=5', undefined, 'url:https://example.com/post'],
  ['http://localhost:8080/demo/', undefined, 'url:http://localhost:8080/demo'],
  ['https://example.com/', undefined, 'url:https://example.com/'],
  ['https://example.com', undefined, 'url:https://example.com/'],
  ['https://example.com/a%7eb', undefined, 'url:https://example.com/a%7Eb'],
  // Canonical links: used when same-site and sensible, ignored otherwise.
  ['https://m.example.com/story/123?utm_campaign=x', { canonical: 'https://www.example.com/story/123' }, 'url:https://www.example.com/story/123'],
  ['https://www.example.com/story/123?page=2', { canonical: '/story/123' }, 'url:https://www.example.com/story/123'],
  ['https://news.example.co.uk/a/1', { canonical: 'https://www.example.co.uk/a/1' }, 'url:https://www.example.co.uk/a/1'],
  ['https://blog.example.com/post', { canonical: 'https://evil.example.net/post' }, 'url:https://blog.example.com/post'],
  ['https://alice.github.io/paper', { canonical: 'https://bob.github.io/paper' }, 'url:https://alice.github.io/paper'],
  ['https://example.com/deep/article', { canonical: 'https://example.com/' }, 'url:https://example.com/deep/article'],
  ['https://example.com/article', { canonical: 'javascript:alert(1)' }, 'url:https://example.com/article'],
  ['https://example.com/article', { canonical: 'http://[bad' }, 'url:https://example.com/article'],
  // Not web pages.
  ['file:///home/me/paper.html#x', undefined, 'url:file:///home/me/paper.html'],
  ['not a url', undefined, 'url:not a url'],
];

describe('canonicalArticleKey', () => {
  it('has a table of at least 30 real URL forms', () => {
    expect(table.length).toBeGreaterThanOrEqual(30);
  });

  it.each(table)('%s %j → %s', (url, meta, key) => {
    expect(canonicalArticleKey(url, meta)).toBe(key);
  });
});

describe('helpers', () => {
  it('recognises tracking parameters but not real ones', () => {
    for (const p of [
      'utm_source',
      'UTM_Campaign',
      'fbclid',
      'gclid',
      'mc_cid',
      'mc_eid',
      'ref',
      'ref_src',
      'igshid',
      'si',
      'pk_kwd',
    ]) {
      expect(isTrackingParam(p)).toBe(true);
    }
    for (const p of ['id', 'q', 'page', 'v', 'tab', 'source', 'reference'])
      expect(isTrackingParam(p)).toBe(false);
  });

  it('normalises DOIs', () => {
    expect(normalizeDoi('https://doi.org/10.1145/3592433')).toBe('10.1145/3592433');
    expect(normalizeDoi('DOI: 10.1109/CVPR.2023.001')).toBe('10.1109/cvpr.2023.001');
    expect(normalizeDoi('10.1007%2Fs11263-023-01234-5')).toBe('10.1007/s11263-023-01234-5');
    // A DOI never contains whitespace, escaped or not.
    expect(normalizeDoi('10.1000/abc%20def')).toBeNull();
    expect(normalizeDoi('11.1000/x')).toBeNull();
    expect(normalizeDoi('')).toBeNull();
    expect(doiFromUrl('https://example.com/10.1145/1')).toBeNull();
    expect(arxivIdFromDoi('10.48550/arxiv.2311.15127')).toBe('2311.15127');
    expect(arxivIdFromDoi('10.1145/3592433')).toBeNull();
  });

  it('maps keys back to URLs', () => {
    expect(urlOfArticleKey(SVD)).toBe('https://arxiv.org/abs/2311.15127');
    expect(urlOfArticleKey('doi:10.1000/a#b')).toBe('https://doi.org/10.1000/a%23b');
    expect(urlOfArticleKey('url:https://openai.com/index/sora')).toBe(
      'https://openai.com/index/sora',
    );
    expect(urlOfArticleKey('other')).toBeNull();
  });

  it('groups hosts into sites', () => {
    expect(siteOf('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('www.arxiv.org')).toBe('arxiv.org');
    expect(siteOf('ar5iv.labs.arxiv.org')).toBe('arxiv.org');
    expect(siteOf('localhost')).toBe('localhost');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
    expect(sameSite('alice.github.io', 'bob.github.io')).toBe(false);
    expect(sameSite('m.example.com', 'www.example.com')).toBe(true);
  });
});
