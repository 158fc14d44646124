import { describe, expect, test } from 'vitest';
import {
  fold,
  foldCaseKeep,
  foldCode,
  foldKey,
  MIDDLE_DOT,
  SEPARATOR_CODE,
  TRANSPARENT,
} from './fold';

describe('fold', () => {
  test('keeps offsets 1:1 for every BMP code unit', () => {
    let all = '';
    for (let c = 0; c < 0x10000; c += 1) all += String.fromCharCode(c);
    expect(fold(all)).toHaveLength(all.length);
    expect(foldCaseKeep(all)).toHaveLength(all.length);
  });

  test('lowercases, and foldCaseKeep does not', () => {
    expect(fold('SoRa ÉTÉ')).toBe('sora ete');
    expect(foldCaseKeep('SoRa ÉTÉ')).toBe('SoRa ETE');
  });

  test('full-width ASCII folds to ASCII', () => {
    expect(fold('ＳＶＤ－ＸＴ１')).toBe('svd-xt1');
    expect(foldCaseKeep('ＳＶＤ')).toBe('SVD');
  });

  test('Unicode spaces, tabs and newlines fold to a space', () => {
    expect(fold('a\u00a0b\u202fc\u2009d\te\nf\u3000g\u2028h')).toBe('a b c d e f g h');
  });

  test('the block separator stays itself, never a space', () => {
    expect(foldCode(0x2029)).toBe(SEPARATOR_CODE);
  });

  test('dashes, minus and non-breaking hyphen fold to "-"', () => {
    expect(fold('\u2010\u2011\u2012\u2013\u2014\u2015\u2212')).toBe('-------');
  });

  test('Latin letters with diacritics fold to the base letter', () => {
    expect(fold('ÜèéöñçÅøłŁİ')).toBe('ueeoncaolli');
    expect(foldCaseKeep('NÜWA Lumière')).toBe('NUWA Lumiere');
  });

  test('middle dots and bullets fold to one canonical "·"', () => {
    for (const dot of ['\u00b7', '\u2022', '\u2027', '\u22c5', '\u30fb']) {
      expect(foldCode(dot.charCodeAt(0))).toBe(MIDDLE_DOT);
    }
    expect(fold('DALL·E')).not.toBe(fold('DALL-E'));
  });

  test('combining marks and invisible format characters are transparent', () => {
    for (const c of [0x301, 0x308, 0x200b, 0x200d, 0xad, 0xfeff])
      expect(foldCode(c)).toBe(TRANSPARENT);
  });

  test('surrogate halves pass through unchanged', () => {
    expect(fold('😀')).toBe('😀');
  });

  test('foldKey collapses whitespace, drops marks and trims', () => {
    expect(foldKey('  Stable \u00a0 Video\tDiffusion ')).toBe('stable video diffusion');
    expect(foldKey('Lume\u0300re')).toBe('lumere');
    expect(foldKey('NÜWA', true)).toBe('NUWA');
    expect(foldKey('a\u2029b')).toBe('a b');
  });
});
