import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-syntax';

describe('findJsonSyntaxError', () => {
  it('accepts exactly what JSON.parse accepts, on a corpus of small texts', () => {
    const samples = [
      '{}',
      '[]',
      '0',
      '-0',
      '1.5e-3',
      '"a\\u00e9\\n"',
      'true',
      ' null ',
      '{"a":[1,{"b":null}]}',
      '[1,]',
      '{"a":1,}',
      '01',
      '1.',
      '.5',
      '-',
      '+1',
      '1e',
      '"\\x"',
      '"\\u12"',
      '"a\nb"',
      "{'a':1}",
      '{"a" 1}',
      '{a:1}',
      '[1 2]',
      '{} {}',
      'tru',
      'nul',
      'nullx',
      '"unterminated',
      '[',
      '{"a":',
      '{"a"',
      '1e+',
      '[-]',
      '\t[\r\n1\n]',
    ];
    for (const s of samples) {
      let valid = true;
      try {
        JSON.parse(s);
      } catch {
        valid = false;
      }
      expect(findJsonSyntaxError(s) === null, s).toBe(valid);
    }
  });

  it('names the position, line and column of the first problem', () => {
    expect(findJsonSyntaxError('{\n  "a": 1,\n  \\ "b": 2\n}')).toEqual({
      position: 14,
      line: 3,
      column: 3,
      problem: 'expected a property name in double quotes, found "\\\\"',
    });
    expect(findJsonSyntaxError('{"notes": [1, 2')).toEqual({
      position: 15,
      line: 1,
      column: 16,
      problem: 'unexpected end of input',
    });
    expect(findJsonSyntaxError('{"a": "b')?.problem).toBe(
      'unexpected end of input inside the string that starts at position 6',
    );
    expect(findJsonSyntaxError('[1, 2] x')?.problem).toBe(
      'unexpected "x" after the end of the JSON value',
    );
    expect(findJsonSyntaxError('[1 2]')?.problem).toBe(`expected ',' or ']', found "2"`);
  });

  it('does not overflow on deep nesting', () => {
    const deep = '['.repeat(200_000);
    expect(findJsonSyntaxError(deep)).toMatchObject({
      position: 200_000,
      problem: 'unexpected end of input',
    });
  });
});
