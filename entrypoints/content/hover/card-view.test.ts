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

const unlistedNote = (id: string, matched: string) =>
  renderCard(payloadFor(id), matched, 'light').querySelector('.unlisted')?.textContent ?? null;

describe('model card', () => {
  test('names the text found when it differs from the model’s name', () => {
    const card = renderCard(payloadFor('veo-3'), 'Veo 3 Fast', 'light');
    expect(card.querySelector('.name')?.textContent).toBe('Veo 3');
    expect(card.querySelector('.matched')?.textContent).toBe('as “Veo 3 Fast”');
  });

  test('says when the release on the page has no entry of its own', () => {
    expect(unlistedNote('wan-2-1', 'Wan 2.7')).toBe(
      'The atlas has no entry of its own for “Wan 2.7”; it is counted under Wan 2.1.',
    );
    expect(unlistedNote('veo', 'Veo 4')).toContain('“Veo 4”');
  });

  test('says nothing of the kind for the model’s own versions and variants', () => {
    expect(unlistedNote('wan-2-1', 'Wan2.1-T2V-14B')).toBeNull();
    expect(unlistedNote('kling', 'Kling 1.6')).toBeNull();
    expect(unlistedNote('veo-3', 'Veo 3 Fast')).toBeNull();
    expect(unlistedNote('veo', 'Veo')).toBeNull();
  });
});
