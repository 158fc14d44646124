// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { CardPayload } from '@/lib/card-payload';
import { BUNDLED_KB } from '@/lib/kb/bundle';
import { modelCard } from '@/lib/kb/card';
import { renderCard } from './card-view';

function payloadFor(id: string): CardPayload {
  const card = modelCard(BUNDLED_KB, id);
  if (!card) throw new Error(`no model ${id}`);
  const names = Object.fromEntries(BUNDLED_KB.models.map((m) => [m.id, m.name]));
  return { kind: 'model', card, names, eras: [] };
}

const render = (id: string, text: string, unlisted = false) =>
  renderCard(payloadFor(id), { text, unlisted }, 'light');

describe('model card', () => {
  test('names the text found when it differs from the model’s name', () => {
    const card = render('veo-3', 'Veo 3 Fast');
    expect(card.querySelector('.name')?.textContent).toBe('Veo 3');
    expect(card.querySelector('.matched')?.textContent).toBe('as “Veo 3 Fast”');
    expect(card.querySelector('.unlisted')).toBeNull();
  });

  test('says when the release on the page has no entry of its own', () => {
    const card = render('wan-2-1', 'Wan 2.7', true);
    expect(card.querySelector('.unlisted')?.textContent).toBe(
      'The atlas has no entry of its own for “Wan 2.7”; it is counted under Wan 2.1.',
    );
    // Right under the organisation and date, before the badges.
    expect(card.querySelector('.unlisted')?.previousElementSibling?.className).toBe('meta');
  });
});
