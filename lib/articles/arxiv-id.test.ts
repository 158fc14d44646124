import { describe, expect, it } from 'vitest';
import { arxivMonth, parseArxiv, parseArxivId, parseArxivUrl } from './arxiv-id';

describe('parseArxivUrl', () => {
  const cases: [string, string, number | null][] = [
    ['https://arxiv.org/abs/2311.15127', '2311.15127', null],
    ['arxiv.org/abs/2311.15127', '2311.15127', null],
    ['https://arxiv.org/abs/2311.15127v2', '2311.15127', 2],
    ['https://arxiv.org/pdf/2311.15127', '2311.15127', null],
    ['https://arxiv.org/pdf/2311.15127v1.pdf', '2311.15127', 1],
    ['https://arxiv.org/pdf/2311.15127.pdf', '2311.15127', null],
    ['https://arxiv.org/html/2311.15127v1', '2311.15127', 1],
    ['https://arxiv.org/html/2311.15127v1/#S3', '2311.15127', 1],
    ['https://arxiv.org/html/2311.15127v1/x1.png', '2311.15127', 1],
    ['https://www.arxiv.org/abs/2311.15127', '2311.15127', null],
    ['http://export.arxiv.org/abs/2311.15127v3', '2311.15127', 3],
    ['https://arxiv.org/abs/2311.15127?context=cs', '2311.15127', null],
    ['https://arxiv.org/abs/arXiv:2311.15127', '2311.15127', null],
    ['https://arxiv.org/format/2311.15127', '2311.15127', null],
    ['https://ar5iv.labs.arxiv.org/html/2311.15127', '2311.15127', null],
    ['https://ar5iv.org/abs/2311.15127', '2311.15127', null],
    ['https://alphaxiv.org/abs/2311.15127', '2311.15127', null],
    ['https://www.alphaxiv.org/overview/2311.15127v1', '2311.15127', 1],
    ['https://huggingface.co/papers/2311.15127', '2311.15127', null],
    ['https://huggingface.co/papers/2311.15127#community', '2311.15127', null],
    ['https://arxiv.org/abs/1412.6980', '1412.6980', null],
    ['https://arxiv.org/abs/0704.0001v1', '0704.0001', 1],
    ['https://arxiv.org/abs/hep-th/9901001', 'hep-th/9901001', null],
    ['https://arxiv.org/abs/cs/0601001v2', 'cs/0601001', 2],
    ['https://arxiv.org/pdf/cs/0601001v2.pdf', 'cs/0601001', 2],
    ['https://arxiv.org/abs/math.GT/0309136', 'math/0309136', null],
    ['https://arxiv.org/abs/cond-mat/0207270', 'cond-mat/0207270', null],
    ['https://arxiv.org/abs/hep-th%2F9901001', 'hep-th/9901001', null],
  ];
  it.each(cases)('%s → %s v%s', (url, id, version) => {
    expect(parseArxivUrl(url)).toEqual({ id, version });
  });

  it.each([
    'https://arxiv.org/list/cs.CV/recent',
    'https://arxiv.org/a/blattmann_a_1',
    'https://arxiv.org/',
    'https://example.com/abs/2311.15127',
    'https://huggingface.co/stabilityai/stable-video-diffusion-img2vid',
    'https://huggingface.co/models/2311.15127',
    'https://arxiv.org/abs/2313.15127', // month 13
    'https://arxiv.org/abs/2311.1512', // 4 digits after 2015
    'https://arxiv.org/abs/1412.69801', // 5 digits before 2015
    'https://arxiv.org/abs/0612.0001', // before the new scheme
    'https://arxiv.org/abs/hep-th/0801001', // old scheme after it ended
    'not a url at all',
    '',
  ])('rejects %s', (url) => {
    expect(parseArxivUrl(url)).toBeNull();
  });
});

describe('parseArxivId / parseArxiv', () => {
  it('reads bare IDs with or without the arXiv: prefix', () => {
    expect(parseArxivId('2311.15127')).toEqual({ id: '2311.15127', version: null });
    expect(parseArxivId(' arXiv:2311.15127v4 ')).toEqual({ id: '2311.15127', version: 4 });
    expect(parseArxivId('hep-th/9901001v1')).toEqual({ id: 'hep-th/9901001', version: 1 });
    expect(parseArxivId('2311.15127x')).toBeNull();
    expect(parseArxiv('https://arxiv.org/abs/2311.15127')).toEqual({
      id: '2311.15127',
      version: null,
    });
    expect(parseArxiv('2204.03458')).toEqual({ id: '2204.03458', version: null });
  });
});

describe('arxivMonth', () => {
  it.each([
    ['2311.15127', '2023-11'],
    ['2311.15127v2', '2023-11'],
    ['0704.0001', '2007-04'],
    ['hep-th/9901001', '1999-01'],
    ['cs/0601001', '2006-01'],
    ['math/9108001', '1991-08'],
  ])('%s → %s', (id, month) => {
    expect(arxivMonth(id)).toBe(month);
  });
  it('is null for something that is not an ID', () => {
    expect(arxivMonth('hello')).toBeNull();
  });
});
