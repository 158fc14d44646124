/**
 * A small hand-written knowledge base for the detection tests (imported by
 * *.test.ts only). Shaped like the real schema; summaries and sources are
 * placeholders because detection never reads them.
 */
import type { Concept, KnowledgeBase, Model, ModelKind } from '../kb/types';
import { buildAliasIndex } from './alias-index';
import { createMatcher, type Matcher } from './matcher';

interface Spec {
  aliases?: string[];
  kind?: ModelKind;
  caseSensitive?: string[];
  needsContext?: string[];
  sharedAliases?: string[];
  otherSenses?: string[];
}

function model(id: string, name: string, organization: string, spec: Spec = {}): Model {
  return {
    id,
    name,
    aliases: spec.aliases ?? [],
    kind: spec.kind ?? 'video',
    released: '2024-01',
    organization,
    era: 'test',
    family: 'test',
    concepts: [],
    openWeights: false,
    summary: '',
    buildsOn: [],
    sources: [],
    ...(spec.caseSensitive ? { caseSensitive: spec.caseSensitive } : {}),
    ...(spec.needsContext ? { needsContext: spec.needsContext } : {}),
    ...(spec.sharedAliases ? { sharedAliases: spec.sharedAliases } : {}),
    ...(spec.otherSenses ? { otherSenses: spec.otherSenses } : {}),
  };
}

function concept(
  id: string,
  name: string,
  aliases: string[],
  extra: Partial<Concept> = {},
): Concept {
  return { id, name, aliases, summary: '', ...extra };
}

/** The test knowledge base. */
export const TEST_KB: KnowledgeBase = {
  eras: [],
  architectures: [],
  models: [
    model('sora', 'Sora', 'OpenAI', {
      aliases: ['OpenAI Sora', 'Sora Turbo'],
      caseSensitive: ['Sora'],
      needsContext: ['Sora'],
    }),
    model('open-sora', 'Open-Sora', 'HPC-AI Tech', { aliases: ['OpenSora', 'Open Sora'] }),
    model('svd', 'Stable Video Diffusion', 'Stability AI', {
      aliases: ['SVD', 'SVD-XT'],
      caseSensitive: ['SVD'],
      needsContext: ['SVD'],
    }),
    model('veo', 'Veo', 'Google DeepMind', {
      needsContext: ['Veo'],
      otherSenses: ['camera', 'cameras', 'câmera', 'sports'],
    }),
    model('veo-3', 'Veo 3', 'Google DeepMind', { aliases: ['Veo3'] }),
    model('veo-3-1', 'Veo 3.1', 'Google DeepMind'),
    model('wan-2-1', 'Wan 2.1', 'Alibaba Tongyi Lab', {
      aliases: ['Wan', 'Wan2.1', 'Wan 2.1'],
      needsContext: ['Wan'],
    }),
    model('wan-2-2', 'Wan 2.2', 'Alibaba Tongyi Lab', { aliases: ['Wan2.2'] }),
    model('pika', 'Pika', 'Pika Labs'),
    model('phenaki', 'Phenaki', 'Google Research'),
    model('cogvideox', 'CogVideoX', 'Tsinghua University & Zhipu AI', {
      aliases: ['CogVideoX-5B'],
    }),
    model('nuwa', 'NÜWA', 'Microsoft Research Asia', { aliases: ['NUWA'] }),
    model('lumiere', 'Lumiere', 'Google Research', {
      aliases: ['Lumière'],
      needsContext: ['Lumiere', 'Lumière'],
    }),
    model('gen-3', 'Gen-3 Alpha', 'Runway', {
      aliases: ['Gen-3', 'Gen-3 Alpha Turbo'],
      needsContext: ['Gen-3'],
    }),
    model('kling', 'Kling', 'Kuaishou'),
    model('mochi', 'Mochi 1', 'Genmo', {
      aliases: ['Mochi'],
      needsContext: ['Mochi'],
      otherSenses: ['ice', 'recipe'],
    }),
    model('cosmos', 'Cosmos', 'NVIDIA', { aliases: ['NVIDIA Cosmos'], needsContext: ['Cosmos'] }),
    model('genie', 'Genie', 'Google DeepMind', { needsContext: ['Genie'] }),
    model('dream-machine', 'Dream Machine', 'Luma AI', { needsContext: ['Dream Machine'] }),
    model('hunyuanvideo', 'HunyuanVideo', 'Tencent Hunyuan', {
      aliases: ['Hunyuan'],
      sharedAliases: ['Hunyuan'],
    }),
    model('stable-diffusion', 'Stable Diffusion', 'Stability AI', { kind: 'image' }),
    model('dall-e', 'DALL·E', 'OpenAI', { kind: 'image', aliases: ['DALL-E', 'DALL E'] }),
    model('hunyuan-image', 'HunyuanImage', 'Tencent Hunyuan', {
      kind: 'image',
      aliases: ['Hunyuan'],
      sharedAliases: ['Hunyuan'],
    }),
  ],
  concepts: [
    concept('temporal-attention', 'temporal attention', ['temporal self-attention']),
    concept('dit', 'Diffusion Transformer', ['DiT']),
  ],
};

let cached: Matcher | undefined;

/** The test KB's matcher, built once per test file. */
export function testMatcher(): Matcher {
  cached ??= createMatcher(buildAliasIndex(TEST_KB));
  return cached;
}

/** A small seeded PRNG (mulberry32), so fuzz tests are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
