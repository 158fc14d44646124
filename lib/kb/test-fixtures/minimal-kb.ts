/**
 * A small knowledge base that validates clean, for tests to break one thing
 * at a time. Every call returns a fresh copy, so a test may mutate it freely.
 */
import type { KbSources } from '../validate';
import type { Model } from '../types';

const SUMMARY =
  'A test model that exists only in this fixture. It is here so that every required field has a plausible value.';

/** A valid model with the given id and name; override any field. */
export function fixtureModel(id: string, name: string, overrides: Partial<Model> = {}): Model {
  return {
    id,
    name,
    aliases: [],
    kind: 'video',
    released: '2023-03',
    organization: 'Test Lab',
    era: 'diffusion',
    family: 'latent-diffusion-unet',
    concepts: ['temporal-attention'],
    openWeights: true,
    summary: SUMMARY,
    buildsOn: [],
    sources: ['https://example.org/model'],
    ...overrides,
  };
}

/** Two eras, one family, two concepts and three models (b builds on a, c on b). */
export function minimalSources(): KbSources {
  return {
    eras: {
      file: 'eras.json',
      entries: [
        {
          id: 'diffusion',
          name: 'The diffusion era',
          start: '2022-04',
          end: '2024-06',
          color: '#2e9e5b',
          summary:
            'Denoising diffusion models took over video generation in this period of the test fixture.',
          hallmarks: ['Latent diffusion'],
        },
        {
          id: 'hybrid',
          name: 'Hybrids',
          start: '2023-12',
          end: null,
          color: '#3b7ddd',
          summary:
            'Diffusion transformers over spacetime patches became the standard recipe in this fixture era.',
          hallmarks: ['Diffusion transformers'],
        },
      ],
    },
    architectures: {
      file: 'architectures.json',
      entries: [
        {
          id: 'latent-diffusion-unet',
          name: 'Latent diffusion U-Nets',
          color: '#4a9e2f',
          summary: 'Diffusion U-Nets in the latent space of an autoencoder.',
          explanation:
            'An autoencoder compresses frames into latents and a U-Net learns to denoise them; temporal layers added to a pretrained image U-Net let it model motion across frames.',
          concepts: ['temporal-attention'],
        },
      ],
    },
    concepts: {
      file: 'concepts.json',
      entries: [
        {
          id: 'temporal-attention',
          name: 'Temporal attention',
          aliases: ['temporal self-attention'],
          summary:
            'Self-attention along the time axis, so each location attends to the same place in other frames.',
        },
        {
          id: 'classifier-free-guidance',
          name: 'Classifier-free guidance',
          aliases: ['CFG'],
          summary:
            'Runs the model with and without the condition and pushes the prediction towards the condition.',
          caseSensitive: ['CFG'],
          needsContext: ['CFG'],
        },
      ],
    },
    models: [
      {
        file: 'models/a.json',
        entries: [
          fixtureModel('alpha-video', 'Alpha Video', {
            aliases: ['AlphaVid'],
            arxiv: '2303.01234',
            sources: ['https://arxiv.org/abs/2303.01234'],
            paper: { title: 'Alpha Video: A Test', authors: ['Ada Lovelace'], moreAuthors: true },
          }),
          fixtureModel('beta-video', 'Beta Video', {
            buildsOn: ['alpha-video'],
            released: '2023-05-02',
          }),
        ],
      },
      {
        file: 'models/b.json',
        entries: [
          fixtureModel('gamma-video', 'Gamma Video', {
            buildsOn: ['beta-video'],
            released: '2023-07',
          }),
        ],
      },
    ],
  };
}

/** The model with `id` in `sources` (throws when absent, which is a broken test). */
export function modelIn(sources: KbSources, id: string): Model {
  for (const file of sources.models) {
    const found = file.entries.find((m) => m.id === id);
    if (found) return found;
  }
  throw new Error(`fixture has no model ${id}`);
}
