// @vitest-environment happy-dom
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractChunks, extractText, SKIP_ATTRIBUTE } from './extract';
import { BLOCK_SEPARATOR } from './fold';
import { findMentions } from './find-mentions';
import { testMatcher } from './test-fixture';

const m = testMatcher();
const SEP = BLOCK_SEPARATOR;

function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('extractText', () => {
  test('joins text across inline elements: "Stable <em>Video</em> Diffusion" is one mention', () => {
    const root = dom('<p>We used Stable <em>Video</em> <b>Diff</b>usion here.</p>');
    const ex = extractText(root);
    const ms = findMentions(ex.text, m);
    expect(ms).toMatchObject([{ id: 'svd', text: 'Stable Video Diffusion' }]);
    const start = ex.locate(ms[0]!.start)!;
    const end = ex.locate(ms[0]!.end)!;
    expect(start.node.data).toBe('We used Stable ');
    expect(start.offset).toBe(8);
    expect(end.node.data).toBe('usion here.');
    expect(end.offset).toBe(5);
  });

  test('blocks are separated, so names never join across them', () => {
    const ex = extractText(
      dom('<div>Stable</div><div>Diffusion</div><ul><li>Open</li><li>Sora</li></ul>'),
    );
    expect(ex.text).toBe(`Stable${SEP}Diffusion${SEP}Open${SEP}Sora${SEP}`);
    expect(findMentions(ex.text, m, { ignoreContext: true })).toMatchObject([{ text: 'Sora' }]);
  });

  test('<br> and table cells separate too', () => {
    const ex = extractText(
      dom('Stable<br>Diffusion<table><tr><td>Gen-3</td><td>Alpha</td></tr></table>'),
    );
    expect(findMentions(ex.text, m, { ignoreContext: true }).map((x) => x.text)).toEqual(['Gen-3']);
  });

  test('NBSP between "Wan" and "2.1" across nodes', () => {
    const ex = extractText(dom('<p><span>Wan</span>&nbsp;2.1 is open</p>'));
    expect(findMentions(ex.text, m)).toMatchObject([{ id: 'wan-2-1', text: 'Wan\u00a02.1' }]);
  });

  test('skips non-visible and non-page text', () => {
    const root = dom(`<p>Kling</p>
      <script>Phenaki</script><style>.Phenaki{}</style><noscript>Phenaki</noscript>
      <template><p>Phenaki</p></template><textarea>Phenaki</textarea>
      <select><option>Phenaki</option></select><input value="Phenaki">
      <div id="svg-here"></div>
      <div contenteditable="true"><p>Phenaki</p></div>
      <div contenteditable="false">Kling 2.1</div>
      <p hidden>Phenaki</p><p style="color: red; display: none">Phenaki</p>
      <p style="visibility:hidden">Phenaki</p><p ${SKIP_ATTRIBUTE}>Phenaki</p>
      <p aria-hidden="true">CogVideoX</p>`);
    // happy-dom's innerHTML parser mishandles <style> inside <svg>, so build it by hand.
    const NS = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(NS, 'svg');
    const style = document.createElementNS(NS, 'style');
    style.textContent = 'Phenaki';
    const label = document.createElementNS(NS, 'text');
    label.textContent = 'Pika';
    svg.append(style, label);
    root.querySelector('#svg-here')!.appendChild(svg);
    const ms = findMentions(extractText(root).text, m).map((x) => x.text);
    expect(ms).toEqual(['Kling', 'Pika', 'Kling 2.1', 'CogVideoX']);
  });

  test('a formula reads as one break: neither its symbols nor its TeX annotation are scanned', () => {
    const root = dom(
      '<p>SVD at 576<math><semantics><mo>×</mo><annotation encoding="application/x-tex">Phenaki</annotation></semantics></math>1024 beats Kling<math><mi>x</mi></math>Sora.</p>',
    );
    const ex = extractText(root);
    expect(ex.text).toBe(`SVD at 576${SEP}1024 beats Kling${SEP}Sora.${SEP}`);
    expect(findMentions(ex.text, m, { ignoreContext: true }).map((x) => x.text)).toEqual([
      'SVD',
      'Kling',
      'Sora',
    ]);
    const inside = root.querySelector('annotation')!;
    expect(extractText(inside).text).toBe('');
  });

  test('a skip callback can hide more', () => {
    const root = dom('<p class="ad">Phenaki</p><p>Kling</p>');
    const ex = extractText(root, { skip: (el) => el.classList.contains('ad') });
    expect(findMentions(ex.text, m).map((x) => x.text)).toEqual(['Kling']);
  });

  test('inline code joins its sentence; <pre> is a block whose lines are separate', () => {
    const root = dom(
      '<p>Load <code>CogVideoX-5B</code> first.</p><pre>x = "Stable\nDiffusion"\nPika</pre>',
    );
    const ex = extractText(root);
    expect(ex.text).toBe(
      `Load CogVideoX-5B first.${SEP}x = "Stable${SEP}Diffusion"${SEP}Pika${SEP}`,
    );
    expect(findMentions(ex.text, m).map((x) => x.text)).toEqual(['CogVideoX-5B', 'Pika']);
    expect(extractText(root, { includeCode: false }).text).toBe(`Load  first.${SEP}`);
  });

  test('offsets map back for every segment', () => {
    const root = dom('<h1>Title</h1><p>a <i>b</i> c</p>');
    const ex = extractText(root);
    for (const s of ex.segments) {
      expect(ex.text.slice(s.start, s.end)).toBe(s.node.data);
      expect(ex.locate(s.start)).toEqual({ node: s.node, offset: 0 });
    }
    expect(ex.locate(-1)).toBeNull();
    expect(ex.locate(ex.text.length + 1)).toBeNull();
  });

  test('a sub-tree can be extracted alone, honouring skipped ancestors and <pre>', () => {
    const root = dom(
      '<div contenteditable><p id="a">Kling</p></div><pre><span id="b">Pika\nKling</span></pre>',
    );
    expect(extractText(root.querySelector('#a')!).text).toBe('');
    expect(extractText(root.querySelector('#b')!).text).toBe(`Pika${SEP}Kling`);
    expect(extractText(root.querySelector('#b')!.firstChild!).text).toBe(`Pika${SEP}Kling`);
  });

  test('chunks are whole blocks and add up to the full text', () => {
    const root = dom(Array.from({ length: 200 }, (_, i) => `<p>Para ${i} with Kling</p>`).join(''));
    const full = extractText(root);
    const chunks = [...extractChunks(root, { chunkChars: 500 })];
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.map((c) => c.text).join('')).toBe(full.text);
    let base = 0;
    for (const c of chunks) {
      expect(c.base).toBe(base);
      expect(c.text.endsWith(SEP)).toBe(true);
      base += c.text.length;
    }
    const count = chunks.reduce((n, c) => n + findMentions(c.text, m).length, 0);
    expect(count).toBe(200);
  });

  test('works with linkedom', () => {
    const { document: doc } = parseHTML(
      '<html><body><p>Stable <em>Video</em> Diffusion</p><script>Pika</script></body></html>',
    );
    const ex = extractText(doc.body as unknown as Node);
    expect(findMentions(ex.text, m).map((x) => x.id)).toEqual(['svd']);
    expect(ex.locate(0)?.node.data).toBe('Stable ');
  });
});

describe('large DOMs', () => {
  test('100k nodes', () => {
    const root = document.createElement('div');
    for (let i = 0; i < 10_000; i++) {
      const p = document.createElement('p');
      for (let j = 0; j < 4; j++) {
        const span = document.createElement('span');
        span.appendChild(document.createTextNode(j === 2 ? 'Kling ' : 'word '));
        p.appendChild(span);
      }
      p.appendChild(document.createTextNode(' tail'));
      root.appendChild(p);
    }
    const ex = extractText(root);
    expect(ex.segments.length).toBe(50_000);
    expect(findMentions(ex.text, m).length).toBe(10_000);
  }, 60_000);

  test('10k levels deep', () => {
    const root = document.createElement('div');
    let cur: HTMLElement = root;
    for (let i = 0; i < 10_000; i++) {
      const child = document.createElement(i % 2 ? 'span' : 'div');
      if (i % 1000 === 0) child.appendChild(document.createTextNode('Kling '));
      cur.appendChild(child);
      cur = child;
    }
    cur.appendChild(document.createTextNode('Pika'));
    const ex = extractText(root);
    expect(findMentions(ex.text, m).map((x) => x.text)).toEqual([
      ...Array(10).fill('Kling'),
      'Pika',
    ]);
  }, 60_000);
});
