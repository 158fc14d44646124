import { describe, expect, it } from 'vitest';
import { BUNDLED_SOURCES } from './bundle';
import { minimalSources, modelIn } from './test-fixtures/minimal-kb';
import type { KbSources, Problem } from './validate';
import { formatProblem, validateKnowledgeBase } from './validate';

/** Validates the fixture after `breakIt` changed one thing. */
function problemsAfter(breakIt: (kb: KbSources) => void): Problem[] {
  const kb = minimalSources();
  breakIt(kb);
  return validateKnowledgeBase(kb);
}

interface Case {
  what: string;
  breakIt: (kb: KbSources) => void;
  expected: { entry: string; field: string; message: RegExp; file?: string };
}

const cases: Case[] = [
  {
    what: 'a duplicate model id across files',
    breakIt: (kb) => {
      modelIn(kb, 'gamma-video').id = 'alpha-video';
    },
    expected: {
      file: 'models/b.json',
      entry: 'alpha-video',
      field: 'id',
      message: /duplicate model id \(also in models\/a\.json\)/,
    },
  },
  {
    what: 'a duplicate concept id',
    breakIt: (kb) => {
      const second = kb.concepts.entries[1];
      if (second) second.id = 'temporal-attention';
    },
    expected: { entry: 'temporal-attention', field: 'id', message: /duplicate concept id/ },
  },
  {
    what: 'a non-kebab-case id',
    breakIt: (kb) => {
      modelIn(kb, 'gamma-video').id = 'Gamma_Video';
    },
    expected: { entry: 'Gamma_Video', field: 'id', message: /kebab-case/ },
  },
  {
    what: 'an alias shared by two models without declaration',
    breakIt: (kb) => {
      modelIn(kb, 'beta-video').aliases = ['AlphaVid'];
    },
    expected: {
      entry: 'beta-video',
      field: 'aliases',
      message: /"alphavid" is also a name of alpha-video/,
    },
  },
  {
    what: 'an alias declared shared on only one of the two models',
    breakIt: (kb) => {
      modelIn(kb, 'beta-video').aliases = ['AlphaVid'];
      modelIn(kb, 'beta-video').sharedAliases = ['AlphaVid'];
    },
    expected: {
      entry: 'beta-video',
      field: 'aliases',
      message: /declare it in sharedAliases on both/,
    },
  },
  {
    what: 'a model name that equals a concept alias',
    breakIt: (kb) => {
      modelIn(kb, 'gamma-video').aliases = ['Temporal Self-Attention'];
    },
    expected: {
      entry: 'gamma-video',
      field: 'aliases',
      message: /also a name of concept:temporal-attention/,
    },
  },
  {
    what: 'a sharedAliases entry that is not an alias',
    breakIt: (kb) => {
      modelIn(kb, 'beta-video').sharedAliases = ['Nope'];
    },
    expected: { entry: 'beta-video', field: 'sharedAliases', message: /"Nope" is not an alias/ },
  },
  {
    what: 'an unknown era',
    breakIt: (kb) => {
      modelIn(kb, 'beta-video').era = 'bronze-age';
    },
    expected: { entry: 'beta-video', field: 'era', message: /unknown era "bronze-age"/ },
  },
  {
    what: 'an unknown family',
    breakIt: (kb) => {
      modelIn(kb, 'beta-video').family = 'steam-engine';
    },
    expected: { entry: 'beta-video', field: 'family', message: /unknown family "steam-engine"/ },
  },
  {
    what: 'an unknown concept on a model',
    breakIt: (kb) => {
      modelIn(kb, 'beta-video').concepts = ['telepathy'];
    },
    expected: { entry: 'beta-video', field: 'concepts', message: /unknown concept "telepathy"/ },
  },
  {
    what: 'an unknown concept on an architecture',
    breakIt: (kb) => {
      const arch = kb.architectures.entries[0];
      if (arch) arch.concepts = ['telepathy'];
    },
    expected: {
      entry: 'latent-diffusion-unet',
      field: 'concepts',
      message: /unknown concept "telepathy"/,
    },
  },
  {
    what: 'an unknown buildsOn model',
    breakIt: (kb) => {
      modelIn(kb, 'beta-video').buildsOn = ['ghost-model'];
    },
    expected: { entry: 'beta-video', field: 'buildsOn', message: /unknown model "ghost-model"/ },
  },
  {
    what: 'a model that builds on itself',
    breakIt: (kb) => {
      modelIn(kb, 'beta-video').buildsOn = ['beta-video'];
    },
    expected: { entry: 'beta-video', field: 'buildsOn', message: /cannot build on itself/ },
  },
  {
    what: 'a lineage cycle',
    breakIt: (kb) => {
      modelIn(kb, 'alpha-video').buildsOn = ['gamma-video'];
    },
    expected: {
      entry: 'alpha-video',
      field: 'buildsOn',
      message: /lineage cycle: .*alpha-video → .*alpha-video/,
    },
  },
  {
    what: 'a malformed released date',
    breakIt: (kb) => {
      modelIn(kb, 'beta-video').released = 'May 2023';
    },
    expected: { entry: 'beta-video', field: 'released', message: /"May 2023" is not a real/ },
  },
  {
    what: 'an impossible date (30 February)',
    breakIt: (kb) => {
      modelIn(kb, 'beta-video').released = '2023-02-30';
    },
    expected: { entry: 'beta-video', field: 'released', message: /"2023-02-30" is not a real/ },
  },
  {
    what: 'a thirteenth month',
    breakIt: (kb) => {
      modelIn(kb, 'beta-video').released = '2023-13';
    },
    expected: { entry: 'beta-video', field: 'released', message: /"2023-13" is not a real/ },
  },
  {
    what: 'a release outside its era without outsideEra',
    breakIt: (kb) => {
      modelIn(kb, 'beta-video').released = '2021-06';
    },
    expected: { entry: 'beta-video', field: 'released', message: /outside era "diffusion"/ },
  },
  {
    what: 'a malformed arXiv ID',
    breakIt: (kb) => {
      const m = modelIn(kb, 'alpha-video');
      m.arxiv = 'arXiv:2303.01234';
    },
    expected: { entry: 'alpha-video', field: 'arxiv', message: /not a bare arXiv ID/ },
  },
  {
    what: 'an arXiv ID with month 13',
    breakIt: (kb) => {
      modelIn(kb, 'alpha-video').arxiv = '2313.01234';
    },
    expected: { entry: 'alpha-video', field: 'arxiv', message: /not a bare arXiv ID/ },
  },
  {
    what: 'an arXiv ID older than released',
    breakIt: (kb) => {
      modelIn(kb, 'alpha-video').released = '2023-06';
    },
    expected: {
      entry: 'alpha-video',
      field: 'arxiv',
      message: /2303\.01234 is older than released 2023-06/,
    },
  },
  {
    what: 'an arXiv ID its sources do not cite',
    breakIt: (kb) => {
      modelIn(kb, 'alpha-video').sources = ['https://example.org/alpha'];
    },
    expected: {
      entry: 'alpha-video',
      field: 'sources',
      message: /should cite the arXiv abstract page/,
    },
  },
  {
    what: 'missing sources',
    breakIt: (kb) => {
      Reflect.deleteProperty(modelIn(kb, 'beta-video'), 'sources');
    },
    expected: {
      entry: 'beta-video',
      field: 'sources',
      message: /needs at least one http\(s\) URL/,
    },
  },
  {
    what: 'an empty sources list',
    breakIt: (kb) => {
      modelIn(kb, 'beta-video').sources = [];
    },
    expected: { entry: 'beta-video', field: 'sources', message: /needs at least one/ },
  },
  {
    what: 'a source that is not an http(s) URL',
    breakIt: (kb) => {
      modelIn(kb, 'beta-video').sources = ['arxiv.org/abs/2303.01234'];
    },
    expected: { entry: 'beta-video', field: 'sources', message: /http\(s\) URL/ },
  },
  {
    what: 'a javascript: source',
    breakIt: (kb) => {
      modelIn(kb, 'beta-video').sources = ['javascript:alert(1)'];
    },
    expected: { entry: 'beta-video', field: 'sources', message: /http\(s\) URL/ },
  },
  {
    what: 'a missing model summary',
    breakIt: (kb) => {
      Reflect.deleteProperty(modelIn(kb, 'beta-video'), 'summary');
    },
    expected: { entry: 'beta-video', field: 'summary', message: /missing or too short/ },
  },
  {
    what: 'a one-line model summary',
    breakIt: (kb) => {
      modelIn(kb, 'beta-video').summary = 'Too short.';
    },
    expected: { entry: 'beta-video', field: 'summary', message: /missing or too short/ },
  },
  {
    what: 'a caseSensitive name that is not the name or an alias',
    breakIt: (kb) => {
      modelIn(kb, 'beta-video').caseSensitive = ['BV'];
    },
    expected: {
      entry: 'beta-video',
      field: 'caseSensitive',
      message: /"BV" is not the name or an alias/,
    },
  },
  {
    what: 'a needsContext name that is not the name or an alias',
    breakIt: (kb) => {
      const concept = kb.concepts.entries[1];
      if (concept) concept.needsContext = ['guidance'];
    },
    expected: {
      entry: 'classifier-free-guidance',
      field: 'needsContext',
      message: /"guidance" is not the name/,
    },
  },
  {
    what: 'otherSenses on a model whose names all count without context',
    breakIt: (kb) => {
      modelIn(kb, 'beta-video').otherSenses = ['camera'];
    },
    expected: {
      entry: 'beta-video',
      field: 'otherSenses',
      message: /only for a model with needsContext names/,
    },
  },
  {
    what: 'an otherSenses word that is not lower case',
    breakIt: (kb) => {
      const m = modelIn(kb, 'beta-video');
      m.needsContext = [m.name];
      m.otherSenses = ['Camera'];
    },
    expected: {
      entry: 'beta-video',
      field: 'otherSenses',
      message: /"Camera" must be a trimmed lower-case word/,
    },
  },
  {
    what: 'an otherSenses word listed twice',
    breakIt: (kb) => {
      const m = modelIn(kb, 'beta-video');
      m.needsContext = [m.name];
      m.otherSenses = ['camera', 'camera'];
    },
    expected: { entry: 'beta-video', field: 'otherSenses', message: /listed twice: camera/ },
  },
  {
    what: 'a kind other than video or image',
    breakIt: (kb) => {
      Object.assign(modelIn(kb, 'beta-video'), { kind: 'audio' });
    },
    expected: { entry: 'beta-video', field: 'kind', message: /"video" or "image"/ },
  },
  {
    what: 'a missing organization',
    breakIt: (kb) => {
      modelIn(kb, 'beta-video').organization = ' ';
    },
    expected: { entry: 'beta-video', field: 'organization', message: /missing/ },
  },
  {
    what: 'openWeights that is not a boolean',
    breakIt: (kb) => {
      Object.assign(modelIn(kb, 'beta-video'), { openWeights: 'yes' });
    },
    expected: { entry: 'beta-video', field: 'openWeights', message: /true or false/ },
  },
  {
    what: 'a missing model name',
    breakIt: (kb) => {
      modelIn(kb, 'beta-video').name = '';
    },
    expected: { entry: 'beta-video', field: 'name', message: /missing/ },
  },
  {
    what: 'aliases that are not a list of names',
    breakIt: (kb) => {
      modelIn(kb, 'beta-video').aliases = ['ok', ''];
    },
    expected: { entry: 'beta-video', field: 'aliases', message: /list of names/ },
  },
  {
    what: 'a paper without authors',
    breakIt: (kb) => {
      modelIn(kb, 'alpha-video').paper = { title: 'Alpha Video', authors: [] };
    },
    expected: { entry: 'alpha-video', field: 'paper.authors', message: /needs authors/ },
  },
  {
    what: 'a paper without a title',
    breakIt: (kb) => {
      modelIn(kb, 'alpha-video').paper = { title: '', authors: ['Ada Lovelace'] };
    },
    expected: { entry: 'alpha-video', field: 'paper.title', message: /missing/ },
  },
  {
    what: 'an era colour that is not #rrggbb',
    breakIt: (kb) => {
      const era = kb.eras.entries[0];
      if (era) era.color = 'green';
    },
    expected: { entry: 'diffusion', field: 'color', message: /#rrggbb/ },
  },
  {
    what: 'a malformed era start',
    breakIt: (kb) => {
      const era = kb.eras.entries[0];
      if (era) era.start = '2022';
    },
    expected: { entry: 'diffusion', field: 'start', message: /not YYYY-MM/ },
  },
  {
    what: 'a malformed era end',
    breakIt: (kb) => {
      const era = kb.eras.entries[0];
      if (era) era.end = 'soon';
    },
    expected: { entry: 'diffusion', field: 'end', message: /not YYYY-MM or null/ },
  },
  {
    what: 'an era without hallmarks',
    breakIt: (kb) => {
      const era = kb.eras.entries[0];
      if (era) era.hallmarks = [];
    },
    expected: { entry: 'diffusion', field: 'hallmarks', message: /at least one/ },
  },
  {
    what: 'a short era summary',
    breakIt: (kb) => {
      const era = kb.eras.entries[0];
      if (era) era.summary = 'Short.';
    },
    expected: { entry: 'diffusion', field: 'summary', message: /too short/ },
  },
  {
    what: 'a short architecture explanation',
    breakIt: (kb) => {
      const arch = kb.architectures.entries[0];
      if (arch) arch.explanation = 'Too short to explain anything.';
    },
    expected: { entry: 'latent-diffusion-unet', field: 'explanation', message: /too short/ },
  },
  {
    what: 'a short concept summary',
    breakIt: (kb) => {
      const concept = kb.concepts.entries[0];
      if (concept) concept.summary = 'Short.';
    },
    expected: { entry: 'temporal-attention', field: 'summary', message: /too short/ },
  },
];

describe('validateKnowledgeBase', () => {
  it('finds nothing wrong with the clean fixture', () => {
    expect(validateKnowledgeBase(minimalSources())).toEqual([]);
  });

  it('finds nothing wrong with the bundled knowledge base', () => {
    const problems = validateKnowledgeBase(BUNDLED_SOURCES);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it.each(cases)('reports $what', ({ breakIt, expected }) => {
    const problems = problemsAfter(breakIt);
    expect(problems).toContainEqual({
      ...expected,
      message: expect.stringMatching(expected.message),
      file: expected.file ?? expect.any(String),
    });
  });

  it('accepts an alias that both models declare in sharedAliases', () => {
    const problems = problemsAfter((kb) => {
      modelIn(kb, 'alpha-video').sharedAliases = ['AlphaVid'];
      modelIn(kb, 'beta-video').aliases = ['AlphaVid'];
      modelIn(kb, 'beta-video').sharedAliases = ['AlphaVid'];
    });
    expect(problems).toEqual([]);
  });

  it('treats aliases differing only in case and accents as the same name', () => {
    const problems = problemsAfter((kb) => {
      modelIn(kb, 'beta-video').aliases = ['ÁLPHAVID'];
    });
    expect(problems.map((p) => p.field)).toEqual(['aliases']);
  });

  it('accepts a release outside its era when outsideEra explains why', () => {
    const problems = problemsAfter((kb) => {
      const m = modelIn(kb, 'beta-video');
      m.released = '2021-06';
      m.outsideEra =
        'The method paper came out before the era; the video model is what belongs here.';
    });
    expect(problems).toEqual([]);
  });

  it('accepts an arXiv ID from the same month as released', () => {
    const problems = problemsAfter((kb) => {
      modelIn(kb, 'alpha-video').released = '2023-03-28';
    });
    expect(problems).toEqual([]);
  });

  it('accepts 29 February in a leap year', () => {
    const problems = problemsAfter((kb) => {
      modelIn(kb, 'beta-video').released = '2024-02-29';
      modelIn(kb, 'beta-video').era = 'hybrid';
    });
    expect(problems).toEqual([]);
  });

  it('formats a problem as file › entry › field: message', () => {
    expect(formatProblem({ file: 'f.json', entry: 'x', field: 'y', message: 'bad' })).toBe(
      'f.json › x › y: bad',
    );
  });
});
