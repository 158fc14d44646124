import { describe, expect, test } from 'vitest';
import { createModelCatalog } from '@/components/notes/model-catalog';
import { BUNDLED_KB } from '@/lib/kb/bundle';
import { createKbSearch } from '@/lib/kb/search';
import { SEED_ARTICLES, SEED_NOTES } from '@/lib/notes/test-seed';
import { buildRows, createNoteSearch, filterChoices, filterRows, NO_FILTERS } from './note-search';

const catalog = createModelCatalog(BUNDLED_KB, () => createKbSearch(BUNDLED_KB));
const rows = buildRows(SEED_NOTES, SEED_ARTICLES, catalog);
const search = createNoteSearch(rows);
const ids = (list: { note: { id: string } }[]) => list.map((r) => r.note.id.slice(-2));

describe('all-notes search and filters', () => {
  test('rows come newest first, with article title, site and model names', () => {
    expect(ids(rows)).toEqual(['03', '02', '01', '04', '05']);
    expect(rows[0]).toMatchObject({
      title: 'Sora: Creating video from text [blog]',
      site: 'OpenAI',
      modelNames: ['Sora'],
    });
  });

  test('a note whose article record is gone gets its title and site from the key', () => {
    const orphan = rows.find((r) => r.note.id.endsWith('05'))!;
    expect(orphan).toMatchObject({ url: 'https://lost.example/article', site: 'lost.example' });
  });

  test('no filters: everything', () => {
    expect(filterRows(search, NO_FILTERS)).toHaveLength(SEED_NOTES.length);
  });

  test('searches body, quote, title and model names, forgiving a typo', () => {
    expect(ids(filterRows(search, { ...NO_FILTERS, query: 'spacetime' }))).toEqual(['03']);
    expect(ids(filterRows(search, { ...NO_FILTERS, query: 'three different stages' }))).toContain(
      '01',
    );
    expect(ids(filterRows(search, { ...NO_FILTERS, query: 'Scaling Latent' })).sort()).toEqual([
      '01',
      '02',
    ]);
    expect(ids(filterRows(search, { ...NO_FILTERS, query: 'Video LDM' }))).toContain('02');
    expect(ids(filterRows(search, { ...NO_FILTERS, query: 'curaton' }))).toEqual(['02']);
  });

  test('filters by model, era and site, combined with the query', () => {
    expect(ids(filterRows(search, { ...NO_FILTERS, model: 'stable-video-diffusion' }))).toEqual([
      '02',
      '01',
    ]);
    expect(ids(filterRows(search, { ...NO_FILTERS, site: 'arXiv.org' }))).toEqual(['02', '01']);
    const svdEra = catalog.model('stable-video-diffusion')!.era;
    expect(ids(filterRows(search, { ...NO_FILTERS, era: svdEra }))).toEqual(
      expect.arrayContaining(['02', '01']),
    );
    expect(filterRows(search, { ...NO_FILTERS, model: 'sora', query: 'curation' })).toEqual([]);
  });

  test('filter choices list only what the notes have, eras in KB order', () => {
    const choices = filterChoices(rows, catalog);
    expect(choices.models.map((m) => m.id)).toEqual(
      expect.arrayContaining(['sora', 'stable-video-diffusion', 'video-ldm', 'veo']),
    );
    expect(choices.sites).toEqual(['arXiv.org', 'IEEE Xplore', 'lost.example', 'OpenAI']);
    const order = BUNDLED_KB.eras.map((e) => e.id);
    const positions = choices.eras.map((e) => order.indexOf(e.id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
