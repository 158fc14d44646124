/**
 * Where a JSON text goes wrong. `JSON.parse` says so in words that differ
 * between engines (V8 often quotes a snippet and no position; Firefox counts
 * lines), so after it fails this checker walks the text with the RFC 8259
 * grammar and names the first bad character by position, line and column —
 * what a person needs to fix a hand-edited export. Iterative, so deep
 * nesting cannot overflow the stack; only runs on text that already failed.
 */

/** The first syntax error in a JSON text. */
export interface JsonSyntaxError {
  /** Offset in UTF-16 code units. */
  position: number;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  problem: string;
}

// What the checker expects next.
const Expect = {
  Value: 0,
  ValueOrArrayEnd: 1,
  Key: 2,
  KeyOrObjectEnd: 3,
  Colon: 4,
  AfterValue: 5,
} as const;
type Expect = (typeof Expect)[keyof typeof Expect];

class SyntaxAt extends Error {
  constructor(
    readonly position: number,
    readonly problem: string,
  ) {
    super(problem);
  }
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  try {
    check(text);
    return null;
  } catch (e) {
    if (!(e instanceof SyntaxAt)) throw e;
    const before = text.slice(0, e.position);
    const line = before.split('\n').length;
    const column = e.position - (before.lastIndexOf('\n') + 1) + 1;
    return { position: e.position, line, column, problem: e.problem };
  }
}

function check(text: string): void {
  const n = text.length;
  const stack: number[] = []; // '{' or '[' codes
  let state: Expect = Expect.Value;
  let i = 0;
  for (;;) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) {
      if (state === Expect.AfterValue && stack.length === 0) return;
      throw new SyntaxAt(
        n,
        n === 0 || /^\s*$/.test(text) ? 'no JSON value' : 'unexpected end of input',
      );
    }
    const c = text.charCodeAt(i);
    switch (state) {
      case Expect.Value:
      case Expect.ValueOrArrayEnd:
        if (c === 0x5d /* ] */ && state === Expect.ValueOrArrayEnd) {
          stack.pop();
          state = Expect.AfterValue;
          i++;
        } else if (c === 0x7b /* { */) {
          stack.push(c);
          state = Expect.KeyOrObjectEnd;
          i++;
        } else if (c === 0x5b /* [ */) {
          stack.push(c);
          state = Expect.ValueOrArrayEnd;
          i++;
        } else {
          i = scalar(text, i);
          state = Expect.AfterValue;
        }
        break;
      case Expect.Key:
      case Expect.KeyOrObjectEnd:
        if (c === 0x7d /* } */ && state === Expect.KeyOrObjectEnd) {
          stack.pop();
          state = Expect.AfterValue;
          i++;
        } else if (c === 0x22 /* " */) {
          i = string(text, i);
          state = Expect.Colon;
        } else {
          throw new SyntaxAt(
            i,
            `expected a property name in double quotes, found ${shown(text, i)}`,
          );
        }
        break;
      case Expect.Colon:
        if (c !== 0x3a /* : */)
          throw new SyntaxAt(i, `expected ':' after the property name, found ${shown(text, i)}`);
        state = Expect.Value;
        i++;
        break;
      case Expect.AfterValue: {
        const top = stack[stack.length - 1];
        if (top === undefined)
          throw new SyntaxAt(i, `unexpected ${shown(text, i)} after the end of the JSON value`);
        const close = top === 0x7b ? 0x7d : 0x5d;
        if (c === 0x2c /* , */) state = top === 0x7b ? Expect.Key : Expect.Value;
        else if (c === close) stack.pop();
        else
          throw new SyntaxAt(
            i,
            `expected ',' or '${String.fromCharCode(close)}', found ${shown(text, i)}`,
          );
        i++;
        break;
      }
    }
  }
}

/** Scans a string, number or literal starting at i; returns the offset after it. */
function scalar(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return string(text, i);
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return number(text, i);
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, i)) return i + word.length;
    if (word.startsWith(text.slice(i, i + word.length)) && i + word.length > text.length)
      throw new SyntaxAt(text.length, 'unexpected end of input');
  }
  throw new SyntaxAt(i, `unexpected ${shown(text, i)} where a value should be`);
}

function string(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    if (i >= text.length)
      throw new SyntaxAt(
        text.length,
        `unexpected end of input inside the string that starts at position ${start}`,
      );
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20)
      throw new SyntaxAt(i, 'unescaped control character (such as a line break) inside a string');
    if (c === 0x5c /* \ */) {
      const e = text[i + 1];
      if (e === undefined)
        throw new SyntaxAt(text.length, 'unexpected end of input inside a string');
      if (e === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
          if (i + 6 > text.length && /^[0-9a-fA-F]*$/.test(hex))
            throw new SyntaxAt(text.length, 'unexpected end of input inside a string');
          throw new SyntaxAt(i, 'bad \\u escape: expected four hex digits');
        }
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(e)) throw new SyntaxAt(i, `bad escape \\${e} in a string`);
      i += 2;
      continue;
    }
    i++;
  }
}

function number(text: string, start: number): number {
  let i = start;
  if (text[i] === '-') i++;
  const digits = (): number => {
    const from = i;
    while (i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    return i - from;
  };
  const need = (what: string): void => {
    if (i >= text.length) throw new SyntaxAt(i, 'unexpected end of input inside a number');
    throw new SyntaxAt(i, `expected ${what} in a number, found ${shown(text, i)}`);
  };
  if (text[i] === '0') i++;
  else if (digits() === 0) need('a digit');
  if (text[i] === '.') {
    i++;
    if (digits() === 0) need('a digit after the decimal point');
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    if (digits() === 0) need('a digit in the exponent');
  }
  return i;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function shown(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? 'the end' : JSON.stringify(String.fromCodePoint(cp));
}
