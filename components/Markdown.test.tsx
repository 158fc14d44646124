import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { Markdown } from './Markdown';

function html(source: string, topHeading?: 2 | 3 | 4 | 5 | 6): string {
  return renderToStaticMarkup(<Markdown source={source} topHeading={topHeading} />);
}

describe('Markdown', () => {
  test('renders every construct as its element', () => {
    const out = html(
      [
        '# Head',
        '',
        'Some *em*, **strong**, `code`',
        'next line',
        '',
        '- one',
        '- two',
        '',
        '3. three',
        '',
        '> quoted',
        '',
        '```',
        'x < y',
        '```',
        '',
        '---',
      ].join('\n'),
    );
    expect(out).toBe(
      '<div class="markdown"><h4>Head</h4>' +
        '<p>Some <em>em</em>, <strong>strong</strong>, <code>code</code><br/>next line</p>' +
        '<ul><li><span>one</span></li><li><span>two</span></li></ul>' +
        '<ol start="3"><li><span>three</span></li></ol>' +
        '<blockquote><p>quoted</p></blockquote>' +
        '<pre><code>x &lt; y</code></pre>' +
        '<hr/></div>',
    );
  });

  test('heading levels start at the given tag and stop at h6', () => {
    expect(html('# a\n### b\n###### c', 3)).toContain('<h3>a</h3><h5>b</h5><h6>c</h6>');
  });

  test('safe links open in a new tab without an opener', () => {
    expect(html('[paper](https://arxiv.org/abs/2311.15127)')).toContain(
      '<a href="https://arxiv.org/abs/2311.15127" target="_blank" rel="noopener noreferrer">paper</a>',
    );
  });

  test('<img onerror> and <script> come out as escaped text, never as elements', () => {
    const out = html('<img src=x onerror=alert(1)> <script>alert(1)</script>');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<script');
    expect(out).toContain(
      '&lt;img src=x onerror=alert(1)&gt; &lt;script&gt;alert(1)&lt;/script&gt;',
    );
  });

  test.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '/relative'])(
    'a %s link is plain text',
    (url) => {
      const out = html(`[click](${url})`);
      expect(out).not.toContain('<a');
      expect(out).not.toContain('href');
      expect(out).toContain('[click](');
    },
  );

  test('HTML inside code stays text', () => {
    expect(html('`<b>bold</b>`')).toContain('<code>&lt;b&gt;bold&lt;/b&gt;</code>');
  });
});
