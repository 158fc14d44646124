import { describe, expect, test } from 'vitest';
import { BUNDLED_KB } from '@/lib/kb/bundle';
import { cleanTitle, identifyPage } from './page-identity';

describe('identifyPage', () => {
  test.each([
    'https://arxiv.org/abs/2311.15127',
    'https://arxiv.org/abs/2311.15127v2',
    'https://arxiv.org/pdf/2311.15127',
    'https://arxiv.org/pdf/2311.15127v1.pdf',
    'https://arxiv.org/html/2311.15127v1',
    'https://www.arxiv.org/abs/2311.15127',
    'https://export.arxiv.org/abs/2311.15127',
  ])('knows %s is the paper that introduces Stable Video Diffusion', (url) => {
    const page = identifyPage([url], '', BUNDLED_KB);
    expect(page.arxivId).toBe('2311.15127');
    expect(page.model?.name).toBe('Stable Video Diffusion');
    expect(page.month).toBe('2023-11');
  });

  test('an arXiv paper the atlas does not know has an ID and a month but no model', () => {
    const page = identifyPage(['https://arxiv.org/abs/2401.00001'], 'Some paper', BUNDLED_KB);
    expect(page).toMatchObject({ arxivId: '2401.00001', model: null, month: '2024-01' });
  });

  test('arXiv listings and other sites are not papers', () => {
    expect(
      identifyPage(['https://arxiv.org/list/cs.CV/recent'], '', BUNDLED_KB).arxivId,
    ).toBeNull();
    const news = identifyPage(
      ['https://www.example.com/ai/video'],
      'The race for video',
      BUNDLED_KB,
    );
    expect(news).toMatchObject({
      arxivId: null,
      model: null,
      site: 'example.com',
      title: 'The race for video',
    });
  });

  test('falls back to the reported address when the tab’s is hidden', () => {
    const page = identifyPage(['', 'https://arxiv.org/abs/2307.04725'], '', BUNDLED_KB);
    expect(page.model?.name).toBe('AnimateDiff');
    expect(page.url).toBe('https://arxiv.org/abs/2307.04725');
  });

  test('a PDF is recognised as one', () => {
    expect(identifyPage(['https://arxiv.org/pdf/2311.15127'], '', BUNDLED_KB).isPdf).toBe(true);
    expect(identifyPage(['https://arxiv.org/abs/2311.15127'], '', BUNDLED_KB).isPdf).toBe(false);
  });
});

describe('cleanTitle', () => {
  test('drops arXiv’s bracketed ID prefix', () => {
    expect(cleanTitle('[2311.15127] Stable Video Diffusion: Scaling')).toBe(
      'Stable Video Diffusion: Scaling',
    );
    expect(cleanTitle('[v2] not an id but short')).toBe('[v2] not an id but short');
  });
});
