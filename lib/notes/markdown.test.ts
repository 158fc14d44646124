import { describe, expect, test } from 'vitest';
import { parseInline, parseMarkdown, safeHref, type MdBlock, type MdInline } from './markdown';

const text = (t: string): MdInline => ({ type: 'text', text: t });
const para = (...children: MdInline[]): MdBlock => ({ type: 'paragraph', children });

/** All text of an inline tree, concatenated. */
function plain(nodes: MdInline[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text' || n.type === 'code') return n.text;
      if (n.type === 'break') return '\n';
      return plain(n.children);
    })
    .join('');
}

function links(nodes: MdInline[]): string[] {
  return nodes.flatMap((n) =>
    n.type === 'link' ? [n.href] : 'children' in n ? links(n.children) : [],
  );
}

describe('blocks', () => {
  test('paragraphs are separated by blank lines', () => {
    expect(parseMarkdown('one\n\n\ntwo')).toEqual([para(text('one')), para(text('two'))]);
  });

  test('a single newline inside a paragraph is a line break', () => {
    expect(parseMarkdown('first\nsecond')).toEqual([
      para(text('first'), { type: 'break' }, text('second')),
    ]);
  });

  test('ATX headings of every level, closing hashes dropped', () => {
    const blocks = parseMarkdown('# One\n## Two ##\n###### Six\n####### seven');
    expect(blocks.slice(0, 3)).toEqual([
      { type: 'heading', level: 1, children: [text('One')] },
      { type: 'heading', level: 2, children: [text('Two')] },
      { type: 'heading', level: 6, children: [text('Six')] },
    ]);
    expect(blocks[3]).toEqual(para(text('####### seven')));
  });

  test('a hash without a space is not a heading', () => {
    expect(parseMarkdown('#hashtag')).toEqual([para(text('#hashtag'))]);
  });

  test('setext headings', () => {
    expect(parseMarkdown('Title\n=====\n\nSub\n---')).toEqual([
      { type: 'heading', level: 1, children: [text('Title')] },
      { type: 'heading', level: 2, children: [text('Sub')] },
    ]);
  });

  test('fenced code keeps its text verbatim, markup and tags included', () => {
    expect(parseMarkdown('```ts\nconst a = *b*;\n\n<script>x</script>\n```\nafter')).toEqual([
      { type: 'codeBlock', lang: 'ts', text: 'const a = *b*;\n\n<script>x</script>' },
      para(text('after')),
    ]);
  });

  test('an unclosed fence runs to the end; tildes work too', () => {
    expect(parseMarkdown('~~~\ncode')).toEqual([{ type: 'codeBlock', lang: '', text: 'code' }]);
  });

  test('bullet lists, tight, with nesting', () => {
    expect(parseMarkdown('- a\n- b\n  - c\n* other list')).toEqual([
      {
        type: 'list',
        ordered: false,
        start: 1,
        tight: true,
        items: [
          [para(text('a'))],
          [
            para(text('b')),
            { type: 'list', ordered: false, start: 1, tight: true, items: [[para(text('c'))]] },
          ],
        ],
      },
      { type: 'list', ordered: false, start: 1, tight: true, items: [[para(text('other list'))]] },
    ]);
  });

  test('numbered lists keep their start; blank lines between items make them loose', () => {
    expect(parseMarkdown('3. three\n\n4) not the same list\n\n5. five')).toMatchObject([
      { type: 'list', ordered: true, start: 3, items: [[para(text('three'))]] },
      { type: 'list', ordered: true, start: 4 },
      { type: 'list', ordered: true, start: 5 },
    ]);
    expect(parseMarkdown('1. a\n\n2. b')).toMatchObject([{ type: 'list', tight: false }]);
  });

  test('a list item continues on indented and lazy lines', () => {
    expect(parseMarkdown('- first line\n  second\nlazy')).toEqual([
      {
        type: 'list',
        ordered: false,
        start: 1,
        tight: true,
        items: [
          [
            para(
              text('first line'),
              { type: 'break' },
              text('second'),
              { type: 'break' },
              text('lazy'),
            ),
          ],
        ],
      },
    ]);
  });

  test('a year at the start of a sentence inside a paragraph does not start a list', () => {
    expect(parseMarkdown('Released in\n2023. It was big.')).toHaveLength(1);
  });

  test('blockquotes hold blocks and nest', () => {
    expect(parseMarkdown('> quoted *text*\n>\n> > inner')).toEqual([
      {
        type: 'blockquote',
        children: [
          para(text('quoted '), { type: 'emphasis', children: [text('text')] }),
          { type: 'blockquote', children: [para(text('inner'))] },
        ],
      },
    ]);
  });

  test('thematic breaks', () => {
    expect(parseMarkdown('a\n\n* * *\n\nb')).toEqual([
      para(text('a')),
      { type: 'rule' },
      para(text('b')),
    ]);
  });

  test('Windows line endings and tabs', () => {
    expect(parseMarkdown('-\tx\r\n-\ty')).toMatchObject([
      { type: 'list', items: [[para(text('x'))], [para(text('y'))]] },
    ]);
  });

  test('very deep nesting stops at a depth limit instead of overflowing the stack', () => {
    const blocks = parseMarkdown(`${'> '.repeat(5000)}deep`);
    let depth = 0;
    let b: MdBlock | undefined = blocks[0];
    while (b?.type === 'blockquote') {
      depth++;
      b = b.children[0];
    }
    expect(depth).toBeLessThanOrEqual(12);
    expect(b?.type).toBe('paragraph');
  });
});

describe('inlines', () => {
  test('emphasis and strong with * and _', () => {
    expect(parseInline('*a* _b_ **c** __d__')).toEqual([
      { type: 'emphasis', children: [text('a')] },
      text(' '),
      { type: 'emphasis', children: [text('b')] },
      text(' '),
      { type: 'strong', children: [text('c')] },
      text(' '),
      { type: 'strong', children: [text('d')] },
    ]);
  });

  test('strong inside emphasis and triple delimiters', () => {
    expect(parseInline('***x***')).toEqual([
      { type: 'emphasis', children: [{ type: 'strong', children: [text('x')] }] },
    ]);
    expect(parseInline('*a **b** c*')).toEqual([
      {
        type: 'emphasis',
        children: [text('a '), { type: 'strong', children: [text('b')] }, text(' c')],
      },
    ]);
  });

  test('underscores inside words are text', () => {
    expect(parseInline('snake_case_name')).toEqual([text('snake_case_name')]);
  });

  test('unmatched delimiters stay as text', () => {
    expect(parseInline('2 * 3 * 4 and *open')).toEqual([text('2 * 3 * 4 and *open')]);
  });

  test('inline code keeps its content literally and strips one padding space', () => {
    expect(parseInline('use `*not em*` and `` a ` b ``')).toEqual([
      text('use '),
      { type: 'code', text: '*not em*' },
      text(' and '),
      { type: 'code', text: 'a ` b' },
    ]);
  });

  test('an unclosed backtick run is text', () => {
    expect(parseInline('a ``b` c')).toEqual([text('a ``b` c')]);
  });

  test('backslash escapes', () => {
    expect(parseInline('\\*not em\\* \\[x]')).toEqual([text('*not em* [x]')]);
  });

  test('a backslash at the end of a line is a hard break', () => {
    expect(parseInline('a\\\nb')).toEqual([text('a'), { type: 'break' }, text('b')]);
  });

  test('links with http, https and mailto, inline content inside', () => {
    expect(
      parseInline('[the *paper*](https://arxiv.org/abs/2311.15127) [mail](mailto:a@b.org)'),
    ).toEqual([
      {
        type: 'link',
        href: 'https://arxiv.org/abs/2311.15127',
        children: [text('the '), { type: 'emphasis', children: [text('paper')] }],
      },
      text(' '),
      { type: 'link', href: 'mailto:a@b.org', children: [text('mail')] },
    ]);
  });

  test('link destinations may hold balanced parentheses', () => {
    expect(links(parseInline('[w](https://en.wikipedia.org/wiki/Sora_(model))'))).toEqual([
      'https://en.wikipedia.org/wiki/Sora_(model)',
    ]);
  });

  test('links do not nest', () => {
    const nodes = parseInline('[a [b](http://b.example) c](http://a.example)');
    expect(nodes[0]).toEqual(text('[a '));
    expect(nodes[1]).toEqual({ type: 'link', href: 'http://b.example/', children: [text('b')] });
    // The outer brackets stay text (its URL is then an ordinary bare link).
    expect(plain(nodes.slice(2))).toBe(' c](http://a.example)');
  });

  test('angle-bracket autolinks for URLs and e-mail addresses', () => {
    expect(parseInline('<https://example.org/x> <me@example.org>')).toEqual([
      { type: 'link', href: 'https://example.org/x', children: [text('https://example.org/x')] },
      text(' '),
      { type: 'link', href: 'mailto:me@example.org', children: [text('me@example.org')] },
    ]);
  });

  test('bare URLs become links without their trailing punctuation', () => {
    expect(parseInline('See https://openai.com/sora. Or (www.example.com/a_(b)).')).toEqual([
      text('See '),
      {
        type: 'link',
        href: 'https://openai.com/sora',
        children: [text('https://openai.com/sora')],
      },
      text('. Or ('),
      {
        type: 'link',
        href: 'https://www.example.com/a_(b)',
        children: [text('www.example.com/a_(b)')],
      },
      text(').'),
    ]);
  });
});

describe('safety', () => {
  test('raw HTML comes out as text', () => {
    const input = '<img src=x onerror=alert(1)> and <script>alert(1)</script>';
    expect(parseMarkdown(input)).toEqual([para(text(input))]);
  });

  test('an HTML block is a paragraph of text', () => {
    expect(parseMarkdown('<div onclick="x()">\n<b>hi</b>\n</div>')).toEqual([
      para(
        text('<div onclick="x()">'),
        { type: 'break' },
        text('<b>hi</b>'),
        { type: 'break' },
        text('</div>'),
      ),
    ]);
  });

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    '/relative/path',
    '#fragment',
    'file:///etc/passwd',
  ])('[x](%s) is not a link and keeps its source as text', (url) => {
    const nodes = parseInline(`[x](${url})`);
    expect(links(nodes)).toEqual([]);
    expect(plain(nodes)).toBe(`[x](${url})`);
  });

  test('javascript: in an angle autolink is text', () => {
    expect(parseInline('<javascript:alert(1)>')).toEqual([text('<javascript:alert(1)>')]);
  });

  test('safeHref accepts only http, https and mailto', () => {
    expect(safeHref('https://a.example/')).toBe('https://a.example/');
    expect(safeHref('http://a.example')).toBe('http://a.example/');
    expect(safeHref('mailto:x@y.z')).toBe('mailto:x@y.z');
    expect(safeHref(' javascript:alert(1)')).toBeNull();
    expect(safeHref('java\nscript:alert(1)')).toBeNull();
    expect(safeHref('ftp://a.example')).toBeNull();
  });
});

describe('cost on large and hostile input', () => {
  const MB = 1_000_000;

  function timed(input: string): number {
    const start = performance.now();
    parseMarkdown(input);
    return performance.now() - start;
  }

  // Generous bounds: a quadratic parser takes minutes on these, a linear one about a second at worst on a busy machine.
  test.each([
    [
      'ordinary prose',
      'Stable Video Diffusion *adds* **temporal** layers to `SD 2.1`. See https://x.org.\n',
    ],
    ['unclosed emphasis openers', '*a '],
    ['unclosed underscores', '_a '],
    ['unclosed strong openers', '**a '],
    ['alternating runs', '*_'],
    ['unclosed brackets', '[a'],
    ['brackets without destinations', '[a]('],
    ['unterminated link destinations', '[a](b'],
    ['nested parentheses', '[a](('],
    ['backtick runs of growing length', '`a``b'],
    ['angle brackets', '<a'],
    ['bare URL starts without spaces', '(http://a'],
    ['closing parentheses', ')'],
    ['list markers', '- '],
    ['quote markers', '> '],
    ['hashes', '#'],
    ['backslashes', '\\'],
  ])(
    '1 MB of %s parses quickly',
    (_name, unit) => {
      const input = unit.repeat(Math.ceil(MB / unit.length));
      expect(timed(input)).toBeLessThan(5000);
    },
    20_000,
  );

  test('a 1 MB body of many lines parses quickly', () => {
    const line = '- item with *emphasis* and [a link](https://example.org/x)\n';
    expect(timed(line.repeat(Math.ceil(MB / line.length)))).toBeLessThan(5000);
  }, 20_000);
});
