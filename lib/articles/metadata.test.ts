// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readArticleMetadata } from './metadata';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const ARXIV_ABS = `<!DOCTYPE html>
<html lang="en"><head>
  <meta charset="utf-8">
  <title>[2311.15127] Stable Video Diffusion: Scaling Latent Video Diffusion Models to Large Datasets</title>
  <meta name="citation_title" content="Stable Video Diffusion: Scaling Latent Video Diffusion Models to Large Datasets">
  <meta name="citation_author" content="Blattmann, Andreas">
  <meta name="citation_author" content="Dockhorn, Tim">
  <meta name="citation_author" content="Kulal, Sumith">
  <meta name="citation_author" content="Mendelevitch, Daniel">
  <meta name="citation_author" content="Kilian, Maciej">
  <meta name="citation_date" content="2023/11/25">
  <meta name="citation_online_date" content="2023/11/25">
  <meta name="citation_pdf_url" content="http://arxiv.org/pdf/2311.15127">
  <meta name="citation_arxiv_id" content="2311.15127">
  <meta name="citation_abstract" content="We present Stable Video Diffusion - a latent video diffusion model for high-resolution, state-of-the-art text-to-video and image-to-video generation.">
  <meta property="og:site_name" content="arXiv.org">
  <meta property="og:title" content="Stable Video Diffusion: Scaling Latent Video Diffusion Models to Large Datasets">
  <link rel="canonical" href="https://arxiv.org/abs/2311.15127v1">
</head><body>
  <div id="abs">
    <div class="dateline">[Submitted on 25 Nov 2023]</div>
    <h1 class="title mathjax"><span class="descriptor">Title:</span>Stable Video Diffusion</h1>
    <blockquote class="abstract mathjax">We present Stable Video Diffusion.</blockquote>
  </div>
</body></html>`;

const NEWS = `<!DOCTYPE html>
<html><head>
  <title>OpenAI’s Sora makes minute-long videos from text | The Daily Pixel</title>
  <meta property="og:title" content="OpenAI’s Sora makes minute-long videos from text">
  <meta property="og:site_name" content="The Daily Pixel">
  <meta property="og:description" content="The new model generates  up to a minute
     of video from a prompt.">
  <meta property="article:published_time" content="2024-02-15T16:00:00-05:00">
  <meta name="author" content="Jane Reporter">
  <link rel="canonical" href="https://www.dailypixel.example/2024/02/15/sora?ref=rss">
</head><body>
  <header><time datetime="2025-01-01">Today</time></header>
  <article><h1>OpenAI’s Sora makes minute-long videos from text</h1>
    <p>OpenAI on Thursday showed Sora, a diffusion transformer that turns text into video.</p>
  </article>
</body></html>`;

const paragraph =
  'Video diffusion models have become the dominant way to generate short clips from text prompts, ' +
  'and the last two years brought a flood of open models with temporal attention layers. ';

const BLOG = `<!DOCTYPE html>
<html><head><title>A tour of open video models - Frames and Noise</title></head>
<body>
  <nav><a href="/">Home</a> <a href="/about">About</a></nav>
  <main><article>
    <h1>A tour of open video models</h1>
    <p class="byline">By Sam Writer</p>
    <time datetime="2024-06-03T08:00:00Z">June 3</time>
    ${`<p>${paragraph.repeat(4)}</p>`.repeat(6)}
  </article></main>
  <footer>© Frames and Noise</footer>
</body></html>`;

const JOURNAL = `<!DOCTYPE html>
<html><head>
  <title>Some journal article</title>
  <meta name="citation_title" content="Latent Video Diffusion for Everyone">
  <meta name="citation_author" content="Doe, Jane">
  <meta name="citation_publication_date" content="2024/03">
  <meta name="citation_doi" content="10.1109/TPAMI.2024.1234567">
  <meta name="citation_pdf_url" content="/stamp/pdf/1234567.pdf">
  <meta name="description" content="We study latent video diffusion.">
  <meta property="og:site_name" content="IEEE Xplore">
</head><body><p>Abstract text.</p></body></html>`;

describe('readArticleMetadata', () => {
  it('reads an arXiv abstract page from its citation tags', () => {
    const meta = readArticleMetadata(parse(ARXIV_ABS), 'https://arxiv.org/abs/2311.15127v1');
    expect(meta).toEqual({
      key: 'arxiv:2311.15127',
      title: 'Stable Video Diffusion: Scaling Latent Video Diffusion Models to Large Datasets',
      byline: 'Andreas Blattmann, Tim Dockhorn, Sumith Kulal et al.',
      authors: [
        'Blattmann, Andreas',
        'Dockhorn, Tim',
        'Kulal, Sumith',
        'Mendelevitch, Daniel',
        'Kilian, Maciej',
      ],
      site: 'arXiv.org',
      published: '2023-11-25',
      excerpt:
        'We present Stable Video Diffusion - a latent video diffusion model for high-resolution, state-of-the-art text-to-video and image-to-video generation.',
      arxivId: '2311.15127',
      doi: null,
      pdfUrl: 'http://arxiv.org/pdf/2311.15127',
    });
  });

  it('gives the same key for the PDF and HTML forms of the paper', () => {
    expect(
      readArticleMetadata(parse(ARXIV_ABS), 'https://arxiv.org/html/2311.15127v2/#S3').key,
    ).toBe('arxiv:2311.15127');
    // A page about the paper elsewhere that declares its arXiv ID joins it too.
    expect(readArticleMetadata(parse(ARXIV_ABS), 'https://scholar.example.org/paper/1').key).toBe(
      'arxiv:2311.15127',
    );
  });

  it('reads a news article from OpenGraph and article tags', () => {
    const meta = readArticleMetadata(
      parse(NEWS),
      'https://www.dailypixel.example/2024/02/15/sora?utm_source=twitter',
    );
    expect(meta).toMatchObject({
      key: 'url:https://www.dailypixel.example/2024/02/15/sora',
      title: 'OpenAI’s Sora makes minute-long videos from text',
      byline: 'Jane Reporter',
      site: 'The Daily Pixel',
      // The publisher's calendar day, not shifted to UTC; not the header's clock.
      published: '2024-02-15',
      excerpt: 'The new model generates up to a minute of video from a prompt.',
      arxivId: null,
      doi: null,
      pdfUrl: null,
    });
  });

  it('falls back to Readability and <time>, leaving the page untouched', () => {
    const doc = parse(BLOG);
    const before = doc.documentElement.outerHTML;
    const meta = readArticleMetadata(doc, 'https://framesandnoise.example/tour/');
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(meta.key).toBe('url:https://framesandnoise.example/tour');
    expect(meta.title).toBe('A tour of open video models');
    expect(meta.byline).toBe('By Sam Writer');
    expect(meta.published).toBe('2024-06-03');
    expect(meta.excerpt).toMatch(/^Video diffusion models have become/);
    expect(meta.site).toBe('framesandnoise.example');
  });

  it('reads a journal page with a DOI', () => {
    const meta = readArticleMetadata(
      parse(JOURNAL),
      'https://ieeexplore.ieee.org/document/1234567',
    );
    expect(meta).toMatchObject({
      key: 'doi:10.1109/tpami.2024.1234567',
      title: 'Latent Video Diffusion for Everyone',
      byline: 'Jane Doe',
      published: '2024-03',
      doi: '10.1109/tpami.2024.1234567',
      pdfUrl: 'https://ieeexplore.ieee.org/stamp/pdf/1234567.pdf',
      site: 'IEEE Xplore',
      excerpt: 'We study latent video diffusion.',
    });
  });

  it('copes with an empty document', () => {
    const meta = readArticleMetadata(
      parse('<html><head></head><body></body></html>'),
      'https://example.com/x',
    );
    expect(meta).toMatchObject({
      key: 'url:https://example.com/x',
      title: null,
      byline: null,
      published: null,
      site: 'example.com',
    });
  });

  it('uses the arXiv month when a paper page gives no date', () => {
    const html = '<html><head><meta name="citation_title" content="T"></head><body></body></html>';
    expect(
      readArticleMetadata(parse(html), 'https://huggingface.co/papers/2311.15127').published,
    ).toBe('2023-11');
  });
});
