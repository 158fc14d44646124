import { describe, expect, it } from 'vitest';
import { fnv1a64 } from './fnv1a64';

/** Straightforward BigInt FNV-1a 64 to check the limb arithmetic against. */
function reference(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

describe('fnv1a64', () => {
  it('matches the published test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('agrees with a BigInt implementation on multi-byte UTF-8 text', () => {
    for (const text of [
      'NÜWA · DALL·E',
      'Täckström',
      '混元视频',
      'x'.repeat(1000),
      '{"a":[1,2,3]}',
    ]) {
      expect(fnv1a64(text)).toBe(reference(text));
    }
  });
});
