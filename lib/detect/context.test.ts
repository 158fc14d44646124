import { describe, expect, test } from 'vitest';
import { PAGE_TOPIC_THRESHOLD } from './context';
import {
  analyzeText,
  createPageContext,
  findMentions,
  pageTopicScore,
  summarizeMentions,
} from './find-mentions';
import { testMatcher } from './test-fixture';

const m = testMatcher();
const found = (text: string) => findMentions(text, m).map((x) => `${x.text}=${x.id}`);

const SORA_SENTENCE = 'Sora can now produce minute-long clips with consistent characters.';

const VIDEO_PAGE = `Text-to-video has moved fast. Kling and Phenaki showed long clips, and
open models such as CogVideoX made video generation accessible. ${SORA_SENTENCE}`;

const KINGDOM_HEARTS = `Kingdom Hearts III. ${SORA_SENTENCE} Sora, Riku and Kairi travel
between worlds; Sora wields the Keyblade and the game runs at 60 frames per second.`;

describe('page topic', () => {
  test('the same Sora sentence counts on a video-generation page', () => {
    expect(found(VIDEO_PAGE)).toContain('Sora=sora');
    expect(pageTopicScore(VIDEO_PAGE, m)).toBeGreaterThanOrEqual(PAGE_TOPIC_THRESHOLD);
  });

  test('and not on a Kingdom Hearts page', () => {
    expect(found(KINGDOM_HEARTS)).toEqual([]);
    expect(pageTopicScore(KINGDOM_HEARTS, m)).toBeLessThan(PAGE_TOPIC_THRESHOLD);
  });

  test('one unambiguous model alone is not enough', () => {
    expect(found(`Kling is popular. ${SORA_SENTENCE}`)).toEqual(['Kling=kling']);
  });

  test('two distinct unambiguous models are', () => {
    expect(found(`Kling and Phenaki. ${SORA_SENTENCE}`)).toEqual([
      'Kling=kling',
      'Phenaki=phenaki',
      'Sora=sora',
    ]);
  });

  test('several domain terms are', () => {
    const text = `A diffusion model for text-to-video with a video generator. ${SORA_SENTENCE}`;
    expect(found(text)).toEqual(['Sora=sora']);
  });

  test('a caller-supplied page score is used as is', () => {
    expect(findMentions(SORA_SENTENCE, m, { topicScore: 10 })).toHaveLength(1);
    const text = `Kling and Phenaki. ${SORA_SENTENCE}`;
    expect(findMentions(text, m).map((x) => x.id)).toContain('sora');
    expect(findMentions(text, m, { topicScore: 0 }).map((x) => x.id)).not.toContain('sora');
  });
});

describe('local context', () => {
  test.each([
    ["OpenAI's Sora is impressive.", 'Sora=sora'],
    ['OpenAI’s Sora is impressive.', 'Sora=sora'],
    ["Google's Veo is impressive.", 'Veo=veo'],
    ['Runway Gen-3 is impressive.', 'Gen-3=gen-3'],
    ["Alibaba's Wan is impressive.", 'Wan=wan-2-1'],
    ["Luma's Dream Machine is impressive.", 'Dream Machine=dream-machine'],
    ["NVIDIA's Cosmos is impressive.", 'Cosmos=cosmos'],
    ["DeepMind's Genie is impressive.", 'Genie=genie'],
    ["Genmo's Mochi is impressive.", 'Mochi=mochi'],
    ['Sora (OpenAI) is impressive.', 'Sora=sora'],
    ['Sora 2 is impressive.', 'Sora 2=sora'],
    ['This clip was generated with Sora.', 'Sora=sora'],
    ['A Sora-generated video went viral.', 'Sora=sora'],
    ['Veo, the video model, is impressive.', 'Veo=veo'],
    ['Mochi is a text-to-video model.', 'Mochi=mochi'],
    ['You prompt Genie with a sketch.', 'Genie=genie'],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  test('an organisation of another model does not count', () => {
    expect(found("OpenAI's Veo is impressive.")).toEqual([]);
  });

  test('cues do not cross block boundaries', () => {
    expect(found('OpenAI\u2029Sora is impressive.')).toEqual([]);
  });

  test('cues farther than the window do not count', () => {
    expect(found(`OpenAI ${'x '.repeat(40)}Sora is impressive.`)).toEqual([]);
  });

  test('once established, later bare mentions of the same model count', () => {
    const text = "OpenAI's Sora is here. Later in the article, Sora is compared again.";
    expect(found(text)).toEqual(['Sora=sora', 'Sora=sora']);
    expect(found('OpenAI Sora arrived. Sora is nice.')).toEqual(['OpenAI Sora=sora', 'Sora=sora']);
  });

  test('anchors carry from an earlier chunk', () => {
    const first = analyzeText("OpenAI's Sora is here.", m);
    expect(first.anchors.has('sora')).toBe(true);
    expect(findMentions(SORA_SENTENCE, m, { anchors: first.anchors })).toHaveLength(1);
  });

  test('a page context carries evidence and anchors from chunk to chunk', () => {
    expect(findMentions(SORA_SENTENCE, m)).toEqual([]);
    const page = createPageContext();
    findMentions('Kling and Phenaki are text-to-video models.', m, { page });
    expect(page.score).toBeGreaterThanOrEqual(PAGE_TOPIC_THRESHOLD);
    expect(findMentions(SORA_SENTENCE, m, { page })).toHaveLength(1);
    const other = createPageContext();
    findMentions("OpenAI's Sora is here.", m, { page: other });
    expect(other.anchors.has('sora')).toBe(true);
    expect(other.score).toBeLessThan(PAGE_TOPIC_THRESHOLD);
    expect(findMentions(SORA_SENTENCE, m, { page: other })).toHaveLength(1);
  });

  test('names that need no context need none', () => {
    expect(found('Phenaki.')).toEqual(['Phenaki=phenaki']);
  });
});

describe('kinds', () => {
  test('image models are reported as image, concepts as concept', () => {
    const ms = findMentions('Stable Diffusion, DALL·E 3 and temporal attention', m);
    expect(ms.map((x) => [x.text, x.kind])).toEqual([
      ['Stable Diffusion', 'image'],
      ['DALL·E 3', 'image'],
      ['temporal attention', 'concept'],
    ]);
  });

  test('summaries per id match the page report shape', () => {
    const ms = findMentions('Kling, Phenaki, Kling 2.1 and DiT.', m);
    expect(summarizeMentions(ms, 100)).toEqual([
      { id: 'kling', kind: 'video', count: 2, first: 100 },
      { id: 'phenaki', kind: 'video', count: 1, first: 107 },
      { id: 'dit', kind: 'concept', count: 1, first: 130 },
    ]);
  });
});

// Pages that contain context-dependent names in another sense. None may yield
// a context-dependent mention.
const NEGATIVE_PAGES: Record<string, string> = {
  'Kingdom Hearts wiki': `Sora is the main protagonist of the Kingdom Hearts series. Sora, Donald
and Goofy visit many worlds. Riku and Kairi are Sora's closest friends, and Sora's Keyblade,
the Kingdom Key, was first seen in 2002. The game renders at 60 frames per second.`,
  'WAN router manual': `Connect the WAN port to your modem. Wan settings: choose DHCP or PPPoE.
If the WAN light is off, check the cable. Wan failover lets a second line take over. The
router's firmware update may prompt you to restart.`,
  'Veo camera review': `The Veo Cam 3 is a sports camera that records a whole match in 4K. Veo
follows the ball automatically, and the Veo app lets coaches cut clips. Compared with a GoPro,
Veo captures more frames of the wide pitch; GoPro still wins on stabilisation.`,
  'mochi recipe': `Mochi is a Japanese rice cake. To make Mochi, steam glutinous rice, then
pound it. Mochi ice cream wraps ice cream in a thin layer; dust the Mochi with starch.`,
  'Lumière brothers': `Auguste and Louis Lumière patented the cinématographe in 1895. The Lumière
brothers filmed workers leaving their factory at 16 frames per second; Lumière films were
about fifty seconds long. Lumiere is also the name of a Lyon cinema.`,
  'PCIe article': `A PCIe Gen-3 x16 slot offers about 16 GB/s. Gen-3 SSDs are cheaper than
Gen-4 ones, and most GPUs lose little performance on Gen-3 lanes.`,
  'Pokémon page': `Pikachu is an Electric-type Pokémon. Pikachu evolves from Pichu and into
Raichu. Ash's Pikachu refuses to enter its Poké Ball.`,
  'Azure Cosmos DB': `Azure Cosmos DB is a fully managed NoSQL database. Cosmos DB offers
multiple consistency levels; the Cosmos emulator runs locally. Partition keys matter.`,
  'fashion runway': `The Runway show opened with a Dream Machine of sequins. Models walked the
runway in Gen-3 streetwear, and the Genie collection closed the night.`,
};

describe('negative pages yield no context-dependent mentions', () => {
  test.each(Object.entries(NEGATIVE_PAGES))('%s', (_name, text) => {
    const ms = findMentions(text, m);
    const entryNeedsContext = (id: string) => m.entries.some((e) => e.id === id && e.needsContext);
    expect(ms.filter((x) => entryNeedsContext(x.id))).toEqual([]);
    expect(pageTopicScore(text, m)).toBeLessThan(PAGE_TOPIC_THRESHOLD);
  });
});

// A page that uses a context-dependent name for another thing beside a word
// of that sense (the KB's otherSenses) and still talks about AI video enough
// to pass the page-topic threshold on its vocabulary.
const CAMERA_PAGE_WITH_AI_TALK = `The Veo camera records every match. Its makers say AI-generated
video highlights and text-to-video recaps come next, built on a diffusion model and a video
generator. Veo follows the ball automatically.`;

describe('other senses (KB otherSenses)', () => {
  test('a name beside a word of its other sense is not the model, however video-minded the page', () => {
    expect(pageTopicScore(CAMERA_PAGE_WITH_AI_TALK, m)).toBeGreaterThanOrEqual(
      PAGE_TOPIC_THRESHOLD,
    );
    expect(found(CAMERA_PAGE_WITH_AI_TALK).filter((x) => x.endsWith('=veo'))).toEqual([]);
  });

  test('there, only the organisation still vouches for the name', () => {
    const text = `${CAMERA_PAGE_WITH_AI_TALK} Google's Veo, the video model, shares only the name.`;
    expect(found(text).filter((x) => x.endsWith('=veo'))).toEqual(['Veo=veo']);
  });

  test('the word of the other sense may come first, in any language the KB lists', () => {
    const text = `A câmera Veo grava o jogo inteiro. Text-to-video and a diffusion model and a video generator. Veo again.`;
    expect(found(text).filter((x) => x.endsWith('=veo'))).toEqual([]);
  });

  test('a page about the model that never writes the other sense beside it is unaffected', () => {
    const text = `Kling and Phenaki set the pace; Veo answered with sharper camera motion. Veo renders 1080p.`;
    expect(found(text).filter((x) => x.endsWith('=veo'))).toEqual(['Veo=veo', 'Veo=veo']);
  });

  test('a word of the other sense farther away than a space or hyphen does not count', () => {
    const text = `Kling and Phenaki set the pace. Veo's camera control is new: Veo pans on request.`;
    expect(found(text).filter((x) => x.endsWith('=veo'))).toHaveLength(2);
  });

  test('a word of the other sense inside brackets or quotes beside the name counts too', () => {
    const lead = 'Kling and Phenaki are text-to-video models.';
    expect(
      found(`${lead} Veo (camera) follows the ball.`).filter((x) => x.endsWith('=veo')),
    ).toEqual([]);
    expect(found(`${lead} The "camera" Veo films it.`).filter((x) => x.endsWith('=veo'))).toEqual(
      [],
    );
    expect(found(`${lead} Veo (2024) renders 1080p.`).filter((x) => x.endsWith('=veo'))).toEqual([
      'Veo=veo',
    ]);
  });

  test('the contested name stays contested for the rest of the page', () => {
    const page = createPageContext();
    findMentions('Kling and Phenaki are text-to-video models.', m, { page });
    expect(findMentions('Mochi ice cream is sweet.', m, { page })).toEqual([]);
    expect(page.contested.has('mochi')).toBe(true);
    expect(findMentions('Mochi is soft.', m, { page })).toEqual([]);
    expect(findMentions("Genmo's Mochi is a video model.", m, { page }).map((x) => x.id)).toEqual([
      'mochi',
    ]);
  });

  test('other models with the same page are not affected', () => {
    const page = createPageContext();
    findMentions('Kling and Phenaki are text-to-video models. Mochi ice cream.', m, { page });
    expect(findMentions(SORA_SENTENCE, m, { page }).map((x) => x.id)).toEqual(['sora']);
  });
});
