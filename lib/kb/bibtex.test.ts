import { describe, expect, it } from 'vitest';
import { bibtexFor, bibtexKey, escapeBibtex } from './bibtex';
import { BUNDLED_KB } from './bundle';
import { fixtureModel } from './test-fixtures/minimal-kb';

function bundled(id: string) {
  const m = BUNDLED_KB.models.find((x) => x.id === id);
  if (!m) throw new Error(`bundled KB lacks ${id}`);
  return m;
}

/** True when every unescaped brace closes, in order. */
function balanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i += 1; // an escaped character is not a group delimiter
      continue;
    }
    if (text[i] === '{') depth += 1;
    if (text[i] === '}') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('bibtexFor', () => {
  it('writes a well-formed @misc entry for stable-video-diffusion', () => {
    expect(bibtexFor(bundled('stable-video-diffusion'))).toBe(
      [
        '@misc{blattmann2023stable,',
        '  title = {Stable Video Diffusion: Scaling Latent Video Diffusion Models to Large Datasets},',
        '  author = {Andreas Blattmann and Tim Dockhorn and Sumith Kulal and others},',
        '  year = {2023},',
        '  eprint = {2311.15127},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/abs/2311.15127}',
        '}',
      ].join('\n'),
    );
  });

  it('returns null for a model without a paper', () => {
    const noPaper = BUNDLED_KB.models.find((m) => m.paper === undefined);
    expect(noPaper).toBeDefined();
    if (noPaper) expect(bibtexFor(noPaper)).toBeNull();
  });

  it('escapes LaTeX special characters in the title and authors', () => {
    const model = fixtureModel('odd-video', 'Odd Video', {
      paper: { title: 'Fast & {Cheap}: 100% of $5 #1 a_b ~x^2 \\o/', authors: ['Ann O_Neil'] },
    });
    const title = /title = \{(.*)\},\n/.exec(bibtexFor(model) ?? '')?.[1];
    expect(title).toBe(
      'Fast \\& \\{Cheap\\}: 100\\% of \\$5 \\#1 a\\_b \\textasciitilde{}x\\textasciicircum{}2 \\textbackslash{}o/',
    );
    expect(bibtexFor(model)).toContain('author = {Ann O\\_Neil}');
  });

  it('writes accented names as LaTeX accents', () => {
    expect(escapeBibtex('Oscar Täckström, José, Łukasz')).toBe(
      'Oscar T{\\"a}ckstr{\\"o}m, Jos{\\\'e}, {\\L}ukasz',
    );
  });

  it('braces words with inner capitals so styles keep the model name', () => {
    const model = fixtureModel('x-video', 'X Video', {
      paper: { title: 'HunyuanVideo: A Framework for VQ-VAE Tokens', authors: ['Ann Lee'] },
    });
    expect(bibtexFor(model)).toContain('title = {{HunyuanVideo}: A Framework for {VQ-VAE} Tokens}');
  });

  it('takes the year from released and cites the first source when there is no arXiv ID', () => {
    const model = fixtureModel('no-arxiv', 'No Arxiv', {
      released: '2022-10-01',
      sources: ['https://example.org/paper'],
      paper: { title: 'The Quiet Paper', authors: ['Zoë Quinn', 'Bo Li'], venue: 'CVPR 2023' },
    });
    const entry = bibtexFor(model) ?? '';
    expect(entry.startsWith('@misc{quinn2022quiet,')).toBe(true);
    expect(entry).toContain('  url = {https://example.org/paper}');
    expect(entry).toContain('  note = {CVPR 2023}');
    expect(entry).not.toContain('eprint');
  });

  it('keeps braces balanced in every bundled entry', () => {
    for (const m of BUNDLED_KB.models) {
      const entry = bibtexFor(m);
      if (entry !== null) expect(balanced(entry), m.id).toBe(true);
    }
  });
});

describe('bibtexKey', () => {
  it('skips a leading stop word of the title', () => {
    const model = fixtureModel('t', 'T', {
      arxiv: '2401.00001',
      paper: { title: 'On the Nature of Video', authors: ['Mary van Dyke'] },
    });
    expect(bibtexKey(model)).toBe('dyke2024nature');
  });
});
