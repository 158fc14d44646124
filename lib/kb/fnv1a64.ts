/**
 * FNV-1a, 64-bit, over the UTF-8 bytes of a string. Synchronous on purpose:
 * the seeder hashes inside startup code where awaiting crypto.subtle would
 * only add a step, and this needs no BigInt (four 16-bit limbs stay exact in
 * ordinary numbers).
 */

/** 64-bit FNV-1a of `text` (UTF-8), as 16 lowercase hex digits. */
export function fnv1a64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  // Offset basis 0xcbf29ce484222325, least significant limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of bytes) {
    h0 ^= byte;
    // Multiply by the prime 0x100000001b3 = 2^40 + 0x1b3, modulo 2^64:
    // 2^40 shifts by two limbs plus 8 bits, hence the `* 0x100` two limbs up.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}
