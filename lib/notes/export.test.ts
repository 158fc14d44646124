import { afterEach, describe, expect, it } from 'vitest';
import { openUserDb, type UserDb } from './db';
import { escapeBibtex, exportBibtex, exportJson, exportMarkdown } from './export';
import { SEED_ARTICLES, SEED_NOTES, seed } from './test-seed';

const opened: UserDb[] = [];
async function seededDb(): Promise<UserDb> {
  const db = openUserDb(`test-export-${crypto.randomUUID()}`);
  opened.push(db);
  await seed(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const KB: Record<string, { name: string }> = {
  'stable-video-diffusion': { name: 'Stable Video Diffusion' },
  'video-ldm': { name: 'Video LDM' },
  sora: { name: 'Sora' },
};

describe('exportJson', () => {
  it('writes the format header and every record in a stable order', async () => {
    const db = await seededDb();
    const text = await exportJson(db, new Date('2025-01-02T03:04:05.000Z'));
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'articles', 'notes']);
    expect(file.format).toBe('video-model-atlas-notes');
    expect(file.version).toBe(1);
    expect(file.exportedAt).toBe('2025-01-02T03:04:05.000Z');
    expect(file.articles).toEqual([...SEED_ARTICLES].sort((a, b) => (a.key < b.key ? -1 : 1)));
    expect(file.notes).toEqual([...SEED_NOTES].sort((a, b) => a.created - b.created));
    // Same data, same file (apart from the time).
    expect(await exportJson(db, new Date('2025-01-02T03:04:05.000Z'))).toBe(text);
  });
});

describe('exportMarkdown', () => {
  it('has a section per article with title, link, arXiv ID, quotes and tags', async () => {
    const db = await seededDb();
    const md = await exportMarkdown(db, (id) => KB[id], new Date('2025-01-02T00:00:00Z'));

    expect(md).toContain('# Video Model Atlas notes');
    expect(md).toContain('Exported 2025-01-02 · 5 notes on 4 articles');
    expect(md).toContain(
      '## [Stable Video Diffusion: Scaling Latent Video Diffusion Models to Large Datasets](https://arxiv.org/abs/2311.15127v1)',
    );
    expect(md).toContain(
      'arXiv: [2311.15127](https://arxiv.org/abs/2311.15127) · arXiv.org · published 2023-11-25',
    );
    expect(md).toContain(
      '## [Sora: Creating video from text \\[blog\\]](https://openai.com/index/sora/)',
    );
    expect(md).toContain('DOI: [10.1109/cvpr.2023.00123](https://doi.org/10.1109/cvpr.2023.00123)');
    // Quotes are blockquotes, line by line; page text cannot become a heading.
    expect(md).toContain('> we identify and evaluate three different stages');
    expect(md).toContain('> Line one of the quote\n> \\# not a heading\n> line three');
    // Bodies stay Markdown.
    expect(md).toContain(
      'Three training stages: **image pretraining**, video pretraining, finetuning.',
    );
    expect(md).toContain('- filter by motion\n- caption with CoCa');
    expect(md).toContain(
      'Models: #stable-video-diffusion (Stable Video Diffusion) #video-ldm (Video LDM)',
    );
    expect(md).toContain('Models: #sora (Sora)');
    expect(md).toContain('*Saved 2023-11-14*');
    // An orphan note keeps a section, linked from its key.
    expect(md).toContain('## [url:https://lost.example/article](https://lost.example/article)');
    expect(md).toContain('Models: #veo');
    // Articles without notes are left out.
    expect(md).not.toContain('Video Diffusion Models]');

    // Most recently read first.
    const order = [
      'Fast & {Cheap}',
      'Stable Video Diffusion: Scaling',
      'Sora: Creating',
      'lost.example',
    ].map((s) => md.indexOf(s));
    expect(order.every((x) => x >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('writes tags without a lookup', async () => {
    const db = await seededDb();
    expect(await exportMarkdown(db)).toContain('Models: #stable-video-diffusion #video-ldm');
  });
});

describe('exportBibtex', () => {
  it('has an entry per paper, escaped', async () => {
    const db = await seededDb();
    const bib = await exportBibtex(db);
    const entries = bib.trim().split(/\n(?=@)/);
    expect(entries).toHaveLength(3); // two arXiv papers and one DOI; the blog post is not a paper

    expect(bib).toContain(
      [
        '@misc{blattmann2023stable,',
        '  title = {{Stable Video Diffusion: Scaling Latent Video Diffusion Models to Large Datasets}},',
        '  author = {Blattmann, Andreas and Dockhorn, Tim and Kulal, Sumith},',
        '  year = {2023},',
        '  eprint = {2311.15127},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/abs/2311.15127},',
        '}',
      ].join('\n'),
    );
    expect(bib).toContain(
      [
        '@article{muller2023fast,',
        '  title = {{Fast \\& \\{Cheap\\} Video\\_Gen: 100\\% \\#1 \\~{} \\^{} \\textbackslash{} better}},',
        '  author = {Müller, Jörg and {Smith and Wesson Lab}},',
        '  year = {2023},',
        '  doi = {10.1109/cvpr.2023.00123},',
        '  url = {https://doi.org/10.1109/cvpr.2023.00123},',
        '}',
      ].join('\n'),
    );
    // No authors and no date: the year comes from the arXiv ID.
    expect(bib).toContain(
      '@misc{video2022,\n  title = {{Video Diffusion Models}},\n  year = {2022},',
    );
    expect(bib).not.toContain('openai.com');

    // Every entry's braces balance once escaped ones are ignored.
    for (const entry of entries) {
      const bare = entry.replace(/\\[{}]/g, '');
      expect(bare.split('{').length).toBe(bare.split('}').length);
    }
  });

  it('escapes every TeX special character', () => {
    expect(escapeBibtex('a\\b{c}d$e&f%g#h_i^j~k')).toBe(
      'a\\textbackslash{}b\\{c\\}d\\$e\\&f\\%g\\#h\\_i\\^{}j\\~{}k',
    );
    expect(escapeBibtex('  two\n lines ')).toBe('two lines');
  });
});
