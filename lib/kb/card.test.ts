import { describe, expect, it } from 'vitest';
import { BUNDLED_KB } from './bundle';
import { conceptCard, modelCard } from './card';

describe('modelCard', () => {
  it('shapes stable-video-diffusion with its era, family and lineage', () => {
    const card = modelCard(BUNDLED_KB, 'stable-video-diffusion');
    const model = BUNDLED_KB.models.find((m) => m.id === 'stable-video-diffusion');
    const era = BUNDLED_KB.eras.find((e) => e.id === model?.era);
    const family = BUNDLED_KB.architectures.find((a) => a.id === model?.family);
    expect(card).toMatchObject({
      id: 'stable-video-diffusion',
      name: 'Stable Video Diffusion',
      kind: 'video',
      organization: 'Stability AI',
      arxiv: '2311.15127',
      era: { id: era?.id, name: era?.name, color: era?.color },
      family: {
        id: family?.id,
        name: family?.name,
        color: family?.color,
        summary: family?.summary,
      },
      openWeights: model?.openWeights,
      sources: model?.sources,
    });
    expect(card?.buildsOn).toContain('stable-diffusion');
    expect(card?.bibtex).toMatch(/^@misc\{blattmann2023stable,/);
  });

  it('lists the models built on a model, oldest first', () => {
    const card = modelCard(BUNDLED_KB, 'stable-diffusion');
    const expected = BUNDLED_KB.models
      .filter((m) => m.buildsOn.includes('stable-diffusion'))
      .sort((a, b) =>
        a.released < b.released ? -1 : a.released > b.released ? 1 : a.name.localeCompare(b.name),
      )
      .map((m) => m.id);
    expect(card?.builtOnBy).toEqual(expected);
    expect(card?.builtOnBy).toContain('stable-video-diffusion');
  });

  it('gives null for paper, arXiv and BibTeX when the model has no paper', () => {
    const noPaper = BUNDLED_KB.models.find((m) => m.paper === undefined && m.arxiv === undefined);
    if (!noPaper) throw new Error('bundled KB has only papers');
    expect(modelCard(BUNDLED_KB, noPaper.id)).toMatchObject({
      paper: null,
      arxiv: null,
      bibtex: null,
    });
  });

  it('returns null for an unknown id', () => {
    expect(modelCard(BUNDLED_KB, 'no-such-model')).toBeNull();
  });

  it('returns copies, so a caller editing a card cannot change the KB', () => {
    const card = modelCard(BUNDLED_KB, 'mocogan');
    card?.aliases.push('changed');
    expect(modelCard(BUNDLED_KB, 'mocogan')?.aliases).not.toContain('changed');
  });
});

describe('conceptCard', () => {
  it('shapes a concept with its families and the models using it', () => {
    const card = conceptCard(BUNDLED_KB, 'temporal-attention');
    expect(card).toMatchObject({ id: 'temporal-attention', name: 'Temporal attention' });
    expect(card?.usedBy).toContain('stable-video-diffusion');
    expect(card?.usedBy).toHaveLength(
      BUNDLED_KB.models.filter((m) => m.concepts.includes('temporal-attention')).length,
    );
    expect(card?.families.map((f) => f.id)).toEqual(
      BUNDLED_KB.architectures
        .filter((a) => a.concepts.includes('temporal-attention'))
        .map((a) => a.id),
    );
  });

  it('returns null for an unknown id', () => {
    expect(conceptCard(BUNDLED_KB, 'no-such-concept')).toBeNull();
  });
});
