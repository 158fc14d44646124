import { describe, expect, it } from 'vitest';
import { describeQuote, findQuote, MIN_SCORE, type TextQuote } from './anchor';

const WORDS = (
  'the a of and to in is that for on with as by this we model video diffusion frames temporal attention ' +
  'latent space training data results show our method generates high quality motion text prompt image ' +
  'network layers spatial resolution sampling noise denoising steps benchmark evaluation human preference ' +
  'dataset clips seconds camera scene object consistency baseline compared prior work transformer tokens ' +
  'autoregressive adversarial generator discriminator encoder decoder upsampling cascade guidance scale'
).split(' ');

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Pseudo-English: sentences of random words, deterministic for a seed. */
function prose(length: number, seed: number): string {
  const rand = lcg(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const n = 6 + Math.floor(rand() * 14);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(rand() * WORDS.length)]!);
    const sentence = `${words.join(' ')}. `;
    parts.push(sentence[0]!.toUpperCase() + sentence.slice(1));
    size += sentence.length;
  }
  return parts.join('').slice(0, length);
}

function quoteAt(text: string, start: number, end: number): TextQuote {
  return describeQuote(text, start, end);
}

const ARTICLE =
  'Stable Video Diffusion is a latent video diffusion model for high-resolution text-to-video and ' +
  'image-to-video generation. Recently, latent diffusion models trained for 2D image synthesis have been ' +
  'turned into generative video models by inserting temporal layers and finetuning them on small, ' +
  'high-quality video datasets. However, training methods in the literature vary widely, and the field ' +
  'has yet to agree on a unified strategy for curating video data. In this paper, we identify and evaluate ' +
  'three different stages for successful training of video LDMs: text-to-image pretraining, video ' +
  'pretraining, and high-quality video finetuning.';

describe('describeQuote', () => {
  it('takes the passage and up to contextLength characters on each side', () => {
    const text = 'abcdefghijklmnopqrstuvwxyz';
    expect(describeQuote(text, 10, 13, 4)).toEqual({
      exact: 'klm',
      prefix: 'ghij',
      suffix: 'nopq',
    });
    expect(describeQuote(text, 1, 3, 4)).toEqual({ exact: 'bc', prefix: 'a', suffix: 'defg' });
    expect(describeQuote(text, 24, 26)).toEqual({
      exact: 'yz',
      prefix: 'abcdefghijklmnopqrstuvwx',
      suffix: '',
    });
  });

  it('clamps offsets to the text and rejects an end before the start', () => {
    expect(describeQuote('hello', -3, 99, 2).exact).toBe('hello');
    expect(() => describeQuote('hello', 3, 1)).toThrow(RangeError);
  });

  it('does not cut a surrogate pair at the edge of the context', () => {
    const text = 'x😀abc😀y';
    // text: x, \ud83d, \ude00, a, b, c, \ud83d, \ude00, y
    const q = describeQuote(text, 3, 6, 2);
    expect(q.exact).toBe('abc');
    expect(q.prefix).toBe('😀');
    expect(q.suffix).toBe('😀');
    const narrow = describeQuote(text, 3, 6, 1);
    expect(narrow.prefix).toBe('');
    expect(narrow.suffix).toBe('');
  });
});

describe('findQuote: exact', () => {
  it('finds a unique passage with full confidence', () => {
    const start = ARTICLE.indexOf('inserting temporal layers');
    const q = quoteAt(ARTICLE, start, start + 25);
    expect(findQuote(ARTICLE, q)).toEqual({ start, end: start + 25, exactMatch: true, score: 1 });
  });

  it('picks the copy whose context agrees when the passage occurs several times', () => {
    const text =
      'Intro: we train the model on video clips and report results. ' +
      'Method: we train the model on video clips with a new temporal loss. ' +
      'Appendix: we train the model on video clips at low resolution.';
    const phrase = 'we train the model on video clips';
    const second = text.indexOf(phrase, text.indexOf(phrase) + 1);
    const q = quoteAt(text, second, second + phrase.length);
    expect(findQuote(text, q)).toMatchObject({ start: second, exactMatch: true });

    // The context itself was edited a little: still the second copy, less sure.
    const edited = text
      .replace('Method: we', 'Methods: we')
      .replace('with a new temporal', 'with a novel temporal');
    const again = findQuote(edited, q);
    const secondEdited = edited.indexOf(phrase, edited.indexOf(phrase) + 1);
    expect(again).toMatchObject({
      start: secondEdited,
      end: secondEdited + phrase.length,
      exactMatch: true,
    });
    expect(again!.score).toBeLessThan(1);
    expect(again!.score).toBeGreaterThan(0.8);
  });

  it('is less sure when two copies cannot be told apart', () => {
    const text = 'same words here. same words here.';
    const found = findQuote(text, { exact: 'same words', prefix: '', suffix: '' });
    expect(found).not.toBeNull();
    expect(found!.score).toBeLessThan(0.8);
  });
});

describe('findQuote: after the page changed', () => {
  const start = ARTICLE.indexOf('latent diffusion models trained');
  const end = ARTICLE.indexOf(' However');
  const quote = quoteAt(ARTICLE, start, end);

  it('finds the passage after a typo fix and an inserted word', () => {
    const edited = ARTICLE.replace(
      'latent diffusion models trained',
      'latent diffusion models (LDMs) trained',
    )
      .replace('small, high-quality', 'small, very high-quality')
      .replace('Stable Video Diffusion is', 'Stable Video Diffusion (SVD) is');
    const found = findQuote(edited, quote);
    expect(found).not.toBeNull();
    expect(found!.exactMatch).toBe(false);
    expect(edited.slice(found!.start, found!.end)).toBe(
      'latent diffusion models (LDMs) trained for 2D image synthesis have been turned into generative video ' +
        'models by inserting temporal layers and finetuning them on small, very high-quality video datasets.',
    );
    expect(found!.score).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('finds a short passage with a corrected spelling', () => {
    const text =
      'Video generation has improved. We evalute the modle on UCF-101 and report FVD. Results follow.';
    const s = text.indexOf('We evalute');
    const q = quoteAt(text, s, s + 'We evalute the modle on UCF-101'.length);
    const fixed = text.replace('evalute', 'evaluate').replace('modle', 'model');
    const found = findQuote(fixed, q);
    expect(found).not.toBeNull();
    expect(fixed.slice(found!.start, found!.end)).toBe('We evaluate the model on UCF-101');
  });

  it('prefers the edited passage in its context over a verbatim copy elsewhere', () => {
    const text =
      'Intro. In short, the temporal layers are frozen during the first stage of training. More intro. ' +
      'Method: after pretraining on images, the temporal layers are frozen in stage one, then unfrozen.';
    const s = text.indexOf('the temporal layers are frozen in stage');
    const q = quoteAt(text, s, s + 'the temporal layers are frozen'.length);
    // The method section is reworded; the intro still has the words verbatim.
    const edited = text.replace(
      'the temporal layers are frozen in',
      'the temporal layer are frozen in',
    );
    const found = findQuote(edited, q);
    expect(found).not.toBeNull();
    expect(found!.exactMatch).toBe(false);
    expect(found!.start).toBe(edited.indexOf('the temporal layer are frozen in'));
  });

  it('returns null when the passage is gone', () => {
    const without = ARTICLE.slice(0, start) + ARTICLE.slice(end);
    expect(findQuote(without, quote)).toBeNull();
    expect(findQuote(prose(20_000, 3), quote)).toBeNull();
  });

  it('returns null for a short quote that is not there', () => {
    expect(findQuote(ARTICLE, { exact: 'Sora', prefix: 'OpenAI ', suffix: ' is' })).toBeNull();
    expect(findQuote(ARTICLE, { exact: '', prefix: '', suffix: '' })).toBeNull();
    expect(findQuote('', { exact: 'x', prefix: '', suffix: '' })).toBeNull();
  });

  it('does not place heavily rewritten or foreign passages with confidence', () => {
    const text = prose(50_000, 11);
    const rand = lcg(99);
    let placed = 0;
    for (let i = 0; i < 40; i++) {
      const s = Math.floor(rand() * (text.length - 200));
      const len = 20 + Math.floor(rand() * 150);
      const q = quoteAt(text, s, s + len);
      // Replace every third character: a different passage, not an edit.
      const garbled = { ...q, exact: q.exact.replace(/(..)./g, '$1#') };
      const found = findQuote(text, garbled);
      if (found) {
        placed++;
        // Anything it does return overlaps the true place.
        expect(found.end).toBeGreaterThan(s);
        expect(found.start).toBeLessThan(s + len);
      }
      const foreign = quoteAt(prose(5_000, 1000 + i), 100, 100 + len);
      expect(findQuote(text, foreign)?.score ?? 0).toBeLessThan(0.8);
    }
    expect(placed).toBeLessThan(40);
  });
});

describe('findQuote: long quotes and large pages', () => {
  const big = prose(1_000_000, 5);

  it('finds a 3,000-character passage verbatim and after scattered edits, fast', () => {
    const s = 612_345;
    const q = quoteAt(big, s, s + 3000);
    expect(findQuote(big, q)).toMatchObject({ start: s, end: s + 3000, exactMatch: true });

    // Edits throughout: inserted sentence, deleted words, typos.
    const passage = big.slice(s, s + 3000);
    const editedPassage =
      passage.slice(0, 400) +
      'An inserted sentence about Veo and Kling. ' +
      passage.slice(400, 1500).replace(/the /g, 'teh ') +
      passage.slice(1540, 3000);
    const edited = big.slice(0, s) + editedPassage + big.slice(s + 3000);
    const found = findQuote(edited, q);
    expect(found).not.toBeNull();
    expect(found!.exactMatch).toBe(false);
    expect(Math.abs(found!.start - s)).toBeLessThanOrEqual(2);
    expect(Math.abs(found!.end - (s + editedPassage.length))).toBeLessThanOrEqual(2);
  });

  it('gives up on a long passage that was removed, returning null', () => {
    const s = 300_000;
    const q = quoteAt(big, s, s + 2000);
    const removed = big.slice(0, s) + big.slice(s + 2000);
    expect(findQuote(removed, q)).toBeNull();
  });

  it('finds a 200-character passage with edits in 1 MB', () => {
    const s = 876_543;
    const q = quoteAt(big, s, s + 200);
    const passage = big.slice(s, s + 200);
    const editedPassage =
      passage.slice(0, 50) + 'XYZ' + passage.slice(53, 120) + passage.slice(125);
    const edited = big.slice(0, s) + editedPassage + big.slice(s + 200);
    const found = findQuote(edited, q);
    expect(found).toMatchObject({ start: s, end: s + editedPassage.length, exactMatch: false });
  });

  it('handles a one-letter quote in a huge page', () => {
    const found = findQuote(big, {
      exact: 'e',
      prefix: big.slice(499_990, 500_000),
      suffix: big.slice(500_001, 500_011),
    });
    expect(found).not.toBeNull();
  });
});

describe('findQuote: Unicode', () => {
  it('works in code units for CJK, emoji and accents, exact and fuzzy', () => {
    const text =
      '视频生成模型的发展 🎬 很快。Sora 和 Veo 都能生成一分钟的视频，质量接近真实拍摄。Café crème über alles 🎥 fin.';
    const s = text.indexOf('Sora');
    const e = text.indexOf('。', s) + 1;
    const q = quoteAt(text, s, e);
    expect(findQuote(text, q)).toMatchObject({ start: s, end: e, exactMatch: true, score: 1 });

    const edited = text.replace('一分钟', '两分钟').replace('🎬', '🎞️');
    const found = findQuote(edited, q);
    expect(found).not.toBeNull();
    expect(edited.slice(found!.start, found!.end)).toBe(
      'Sora 和 Veo 都能生成两分钟的视频，质量接近真实拍摄。',
    );

    const emoji = describeQuote(text, text.indexOf('Café'), text.indexOf(' fin'));
    expect(emoji.exact).toBe('Café crème über alles 🎥');
    const changed = text.replace('Café crème', 'Cafe creme');
    const again = findQuote(changed, emoji);
    expect(again).not.toBeNull();
    expect(changed.slice(again!.start, again!.end)).toBe('Cafe creme über alles 🎥');
  });

  it('never returns a match that splits an emoji', () => {
    const text = 'aaaa 🎥🎥🎥 bbbb cccc dddd';
    const q = { exact: '🎥🎥 bbbb cccX dddd', prefix: '', suffix: '' };
    const found = findQuote(text, q);
    expect(found).not.toBeNull();
    const code = (i: number): number => text.charCodeAt(i);
    expect(code(found!.start) >= 0xdc00 && code(found!.start) <= 0xdfff).toBe(false);
  });
});
