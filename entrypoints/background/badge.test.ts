import { describe, expect, it } from 'vitest';
import { badgeText, videoModelCount } from './badge';

describe('the action badge', () => {
  it('counts distinct video models only', () => {
    const report = {
      url: 'https://arxiv.org/abs/2311.15127',
      title: 'SVD',
      mentions: [
        { id: 'stable-video-diffusion', kind: 'video' as const, count: 3, first: 0 },
        { id: 'stable-diffusion', kind: 'image' as const, count: 1, first: 1 },
        { id: 'temporal-attention', kind: 'concept' as const, count: 2, first: 2 },
        { id: 'animatediff', kind: 'video' as const, count: 1, first: 3 },
      ],
    };
    expect(videoModelCount(report)).toBe(2);
  });

  it('adds a pencil when the article has notes, and is empty when there is nothing', () => {
    expect(badgeText(5, 0)).toBe('5');
    expect(badgeText(5, 2)).toBe('5✎');
    expect(badgeText(0, 1)).toBe('✎');
    expect(badgeText(0, 0)).toBe('');
  });
});
