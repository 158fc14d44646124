/**
 * Sample user data for the notes tests (not used by the extension): papers,
 * a news page, awkward characters, a multi-line quote and an orphan note.
 */
import type { UserDb } from './db';
import type { ArticleRecord, NoteRecord } from './types';

/** Articles of the sample data. */
export const SEED_ARTICLES: ArticleRecord[] = [
  {
    key: 'arxiv:2311.15127',
    title: 'Stable Video Diffusion: Scaling Latent Video Diffusion Models to Large Datasets',
    url: 'https://arxiv.org/abs/2311.15127v1',
    site: 'arXiv.org',
    arxivId: '2311.15127',
    doi: null,
    published: '2023-11-25',
    authors: ['Blattmann, Andreas', 'Dockhorn, Tim', 'Kulal, Sumith'],
    firstSeen: 1_700_000_000_000,
    lastSeen: 1_710_000_000_000,
  },
  {
    key: 'doi:10.1109/cvpr.2023.00123',
    title: 'Fast & {Cheap} Video_Gen: 100% #1 ~ ^ \\ better',
    url: 'https://ieeexplore.ieee.org/document/100123',
    site: 'IEEE Xplore',
    arxivId: null,
    doi: '10.1109/cvpr.2023.00123',
    published: '2023-06',
    authors: ['Müller, Jörg', 'Smith and Wesson Lab'],
    firstSeen: 1_690_000_000_000,
    lastSeen: 1_720_000_000_000,
  },
  {
    key: 'url:https://openai.com/index/sora',
    title: 'Sora: Creating video from text [blog]',
    url: 'https://openai.com/index/sora/',
    site: 'OpenAI',
    arxivId: null,
    doi: null,
    published: '2024-02-15',
    firstSeen: 1_707_000_000_000,
    lastSeen: 1_705_000_000_000,
  },
  {
    key: 'arxiv:2204.03458',
    title: 'Video Diffusion Models',
    url: 'https://arxiv.org/abs/2204.03458',
    site: 'arXiv.org',
    arxivId: '2204.03458',
    doi: null,
    published: null,
    firstSeen: 1_650_000_000_000,
    lastSeen: 1_650_000_000_000,
  },
];

/** Notes of the sample data. */
export const SEED_NOTES: NoteRecord[] = [
  {
    id: '0b7e9c1e-1d2f-4e59-9a41-8f0b2a6c3d01',
    articleKey: 'arxiv:2311.15127',
    body: 'Three training stages: **image pretraining**, video pretraining, finetuning.',
    quote: {
      exact: 'we identify and evaluate three different stages',
      prefix: 'In this paper, ',
      suffix: ' for successful training',
    },
    models: ['stable-video-diffusion'],
    created: 1_700_000_100_000,
    updated: 1_700_000_200_000,
  },
  {
    id: '0b7e9c1e-1d2f-4e59-9a41-8f0b2a6c3d02',
    articleKey: 'arxiv:2311.15127',
    body: 'Data curation matters more than architecture here.\n\n- filter by motion\n- caption with CoCa',
    quote: { exact: 'Line one of the quote\n# not a heading\nline three', prefix: '', suffix: '' },
    models: ['stable-video-diffusion', 'video-ldm'],
    created: 1_700_000_300_000,
    updated: 1_700_000_300_000,
  },
  {
    id: '0b7e9c1e-1d2f-4e59-9a41-8f0b2a6c3d03',
    articleKey: 'url:https://openai.com/index/sora',
    body: 'Spacetime patches 🎬 — « diffusion transformer »',
    models: ['sora'],
    created: 1_707_000_100_000,
    updated: 1_707_000_100_000,
  },
  {
    id: '0b7e9c1e-1d2f-4e59-9a41-8f0b2a6c3d04',
    articleKey: 'doi:10.1109/cvpr.2023.00123',
    body: 'No quote, no models.',
    models: [],
    created: 1_690_000_100_000,
    updated: 1_691_000_000_000,
  },
  {
    id: '0b7e9c1e-1d2f-4e59-9a41-8f0b2a6c3d05',
    articleKey: 'url:https://lost.example/article',
    body: 'Orphan: its article record is gone.',
    models: ['veo'],
    created: 1_600_000_000_000,
    updated: 1_600_000_000_000,
  },
];

/** Writes the sample data into a database. */
export async function seed(db: UserDb): Promise<void> {
  await db.articles.bulkAdd(structuredClone(SEED_ARTICLES));
  await db.notes.bulkAdd(structuredClone(SEED_NOTES));
}

/** Everything in the database, in a stable order, for before/after comparisons. */
export async function dump(
  db: UserDb,
): Promise<{ articles: ArticleRecord[]; notes: NoteRecord[] }> {
  return db.transaction('r', db.articles, db.notes, async () => ({
    articles: await db.articles.orderBy('key').toArray(),
    notes: await db.notes.orderBy('id').toArray(),
  }));
}
