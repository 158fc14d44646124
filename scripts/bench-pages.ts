/**
 * Deterministic test pages for `npm run bench`: a seeded PRNG, ordinary
 * prose with model names from the real knowledge base at a realistic
 * density, in realistic markup (a long article, and a LaTeXML-style arXiv
 * paper), plus synthetic aliases for the alias-scaling figure.
 */

/** sfc32: small, fast, good enough for test data; fully determined by the seed. */
export function createRandom(seed: number): () => number {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 + seed;
  let c = 0xb7e15162 ^ (seed << 7);
  let d = seed | 1;
  const next = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  return next;
}

type Rand = () => number;

const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Ordinary English, weighted by repetition towards function words, plus a
// sprinkling of the field's vocabulary (which also feeds the topic score).
const FUNCTION_WORDS = (
  'the the the the of of of and and and to to a a a in in is is that it for for on with as was ' +
  'are be this by at from or an but not which have has had their its they we our can more than ' +
  'when so if into also most these those some other such only over between about after before'
).split(' ');
const CONTENT_WORDS = (
  'people time year way day thing world life hand part child eye woman place work week case point ' +
  'government company number group problem fact system program question night home water room ' +
  'mother area money story month lot right study book job word business issue side kind head house ' +
  'service friend father power hour game line end member law car city community name president team ' +
  'minute idea body information back parent face level office door health person art war history party ' +
  'result change morning reason research girl guy moment air teacher force education foot boy age ' +
  'policy process music market sense nation plan college interest death experience effect class control ' +
  'field development role effort rate heart drug show leader light voice wife police mind price report ' +
  'decision son view relationship town road arm difference value building action model season society ' +
  'tax director position player record paper space ground form event official matter center couple site ' +
  'project activity star table need court oil situation cost industry figure street image phone data ' +
  'picture practice piece land product doctor wall patient worker news test movie north love support ' +
  'technology step baby computer type attention film tree source organization hair window evidence ' +
  'population site camera scene motion frame clip sequence quality detail shot lighting texture pixel ' +
  'benchmark dataset training sample prompt video frames resolution length audio style character'
).split(' ');
const VERBS = (
  'make said went take come see know get give find think tell become show leave feel put bring begin ' +
  'keep hold write stand hear let mean set meet run pay sit speak lie lead read grow lose fall send ' +
  'build understand draw break spend cut rise drive buy wear choose generates produces renders shows ' +
  'improves compares evaluates reports describes releases trains outperforms extends'
).split(' ');
const ADJECTIVES = (
  'good new first last long great little own other old right big high different small large next early ' +
  'young important few public bad same able recent strong short clear temporal realistic smooth ' +
  'consistent coherent sharp longer higher visual open public natural careful simple detailed'
).split(' ');
const TOPIC_PHRASES = [
  'text-to-video',
  'image-to-video',
  'video generation',
  'diffusion models',
  'generated videos',
  'temporal consistency',
  'latent diffusion',
];
const CONNECTIVES = [
  'However,',
  'In practice,',
  'By contrast,',
  'Meanwhile,',
  'Overall,',
  'Still,',
  'Notably,',
];

function word(r: Rand): string {
  const x = r();
  if (x < 0.42) return pick(r, FUNCTION_WORDS);
  if (x < 0.74) return pick(r, CONTENT_WORDS);
  if (x < 0.87) return pick(r, VERBS);
  if (x < 0.993) return pick(r, ADJECTIVES);
  return pick(r, TOPIC_PHRASES);
}

/** A name as a page would write it: the KB spelling, sometimes with a version or a possessive. */
function mentionText(r: Rand, names: readonly string[]): string {
  let name = pick(r, names);
  const x = r();
  if (x < 0.06) name += ` ${int(r, 1, 4)}.${int(r, 0, 9)}`;
  else if (x < 0.1) name += "'s";
  return name;
}

/**
 * Writes inline text: words with a name roughly every `gap` characters, some
 * runs wrapped in <em>/<a>/<strong>/<code>. Returns HTML; `count.chars` and
 * `count.mentions` grow by the visible characters and names written.
 */
interface Counter {
  chars: number;
  mentions: number;
  nextMention: number;
}

function schedule(r: Rand, c: Counter, gap: number): void {
  // Exponential gaps with the given mean, at least a few words apart.
  c.nextMention = c.chars + Math.max(40, Math.round(-Math.log(1 - r()) * gap));
}

function sentence(
  r: Rand,
  names: readonly string[],
  c: Counter,
  gap: number,
  cite?: () => string,
): string {
  const n = int(r, 7, 26);
  const parts: string[] = [];
  let open: string | null = null;
  let openLeft = 0;
  if (r() < 0.12) {
    const w = pick(r, CONNECTIVES);
    parts.push(w);
    c.chars += w.length + 1;
  }
  for (let i = 0; i < n; i++) {
    let w: string;
    let html: string;
    if (c.chars >= c.nextMention) {
      w = mentionText(r, names);
      c.mentions++;
      schedule(r, c, gap);
      const y = r();
      if (open === null && y < 0.12)
        html = `<a href="https://example.org/models/${c.mentions}">${escapeHtml(w)}</a>`;
      else if (open === null && y < 0.2) html = `<em>${escapeHtml(w)}</em>`;
      else if (open === null && y < 0.23 && w.includes(' ')) {
        // A name across inline elements: "Stable <em>Video</em> Diffusion".
        const at = w.indexOf(' ');
        html = `${escapeHtml(w.slice(0, at))} <strong>${escapeHtml(w.slice(at + 1))}</strong>`;
      } else html = escapeHtml(w);
    } else {
      w = word(r);
      if (i === 0 && parts.length === 0) w = w[0]!.toUpperCase() + w.slice(1);
      html = escapeHtml(w);
      if (open === null && i > 0 && i < n - 3) {
        const y = r();
        if (y < 0.025) open = 'em';
        else if (y < 0.04) open = 'a';
        else if (y < 0.047) open = 'strong';
        else if (y < 0.05) open = 'code';
        if (open) {
          openLeft = int(r, 1, 3);
          const attrs = open === 'a' ? ` href="https://example.org/${w}/${c.chars}"` : '';
          html = `<${open}${attrs}>` + html;
        }
      }
    }
    if (open !== null && --openLeft <= 0) {
      html += `</${open}>`;
      open = null;
    }
    if (i > 0 && r() < 0.06) {
      parts[parts.length - 1] += ',';
      c.chars++;
    }
    parts.push(html);
    c.chars += w.length + 1;
  }
  if (open !== null) parts[parts.length - 1] += `</${open}>`;
  let out = parts.join(' ');
  if (cite && r() < 0.45) out += ' ' + cite();
  const end = r() < 0.9 ? '.' : r() < 0.5 ? '?' : ';';
  return out + end;
}

function paragraph(
  r: Rand,
  names: readonly string[],
  c: Counter,
  gap: number,
  cite?: () => string,
): string {
  const k = int(r, 2, 7);
  const s: string[] = [];
  for (let i = 0; i < k; i++) s.push(sentence(r, names, c, gap, cite));
  return s.join(' ');
}

function titleWords(r: Rand, names: readonly string[], c: Counter, gap: number, n: number): string {
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    let w: string;
    if (c.chars >= c.nextMention) {
      w = mentionText(r, names);
      c.mentions++;
      schedule(r, c, gap);
    } else {
      w = word(r);
      w = w[0]!.toUpperCase() + w.slice(1);
    }
    words.push(w);
    c.chars += w.length + 1;
  }
  return escapeHtml(words.join(' '));
}

export interface GeneratedPage {
  name: string;
  html: string;
  /** Visible characters written (approximate: counts spaces between words). */
  chars: number;
  /** Names written into the text. */
  mentions: number;
}

/** A long article/blog/wiki page with `targetChars` of visible text. */
export function articlePage(
  name: string,
  targetChars: number,
  names: readonly string[],
  seed: number,
  gap = 460,
): GeneratedPage {
  const r = createRandom(seed);
  const c: Counter = { chars: 0, mentions: 0, nextMention: 0 };
  schedule(r, c, gap);
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    `<title>Bench page ${name}</title>`,
    '<style>body{font:16px/1.55 Georgia,serif;margin:0;color:#222}main{max-width:46em;margin:0 auto;padding:1em}' +
      'nav a{margin-right:1em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}</style>',
    '</head><body>\n<header><nav>',
  );
  for (const label of ['Home', 'News', 'Research', 'Models', 'About']) {
    out.push(`<a href="/${label.toLowerCase()}">${label}</a>`);
    c.chars += label.length;
  }
  out.push('</nav></header>\n<main><article>\n');
  out.push(`<h1>${titleWords(r, names, c, gap, int(r, 5, 10))}</h1>\n`);
  let section = 0;
  while (c.chars < targetChars) {
    const x = r();
    if (x < 0.08) {
      section++;
      out.push(`<h2 id="s${section}">${titleWords(r, names, c, gap, int(r, 2, 7))}</h2>\n`);
    } else if (x < 0.12) {
      out.push(`<h3>${titleWords(r, names, c, gap, int(r, 2, 6))}</h3>\n`);
    } else if (x < 0.19) {
      const tag = r() < 0.7 ? 'ul' : 'ol';
      const items: string[] = [];
      for (let i = int(r, 3, 8); i > 0; i--) items.push(`<li>${sentence(r, names, c, gap)}</li>`);
      out.push(`<${tag}>\n${items.join('\n')}\n</${tag}>\n`);
    } else if (x < 0.22) {
      const cols = int(r, 3, 5);
      const rows: string[] = [];
      const head: string[] = [];
      for (let j = 0; j < cols; j++) head.push(`<th>${titleWords(r, names, c, gap, 1)}</th>`);
      rows.push(`<thead><tr>${head.join('')}</tr></thead><tbody>`);
      for (let i = int(r, 3, 12); i > 0; i--) {
        const cells: string[] = [];
        // First column: a model name, like a comparison table.
        const nm = mentionText(r, names);
        c.mentions++;
        c.chars += nm.length;
        cells.push(`<td>${escapeHtml(nm)}</td>`);
        for (let j = 1; j < cols; j++) {
          const v =
            r() < 0.5
              ? (r() * 100).toFixed(int(r, 0, 2))
              : titleWords(r, names, c, gap, int(r, 1, 3));
          if (/^[\d.]+$/.test(v)) c.chars += v.length;
          cells.push(`<td>${v}</td>`);
        }
        rows.push(`<tr>${cells.join('')}</tr>`);
      }
      out.push(`<table>${rows.join('\n')}</tbody></table>\n`);
    } else if (x < 0.24) {
      out.push(`<blockquote><p>${paragraph(r, names, c, gap)}</p></blockquote>\n`);
    } else if (x < 0.26) {
      out.push(
        `<figure><img alt="" width="640" height="360"><figcaption>${sentence(r, names, c, gap)}</figcaption></figure>\n`,
      );
    } else {
      out.push(`<p>${paragraph(r, names, c, gap)}</p>\n`);
    }
  }
  out.push(
    '</article></main>\n<footer><p>© 2025 Example Media. All rights reserved.</p></footer>\n',
  );
  // A little script, as real pages have; its text is not page text.
  out.push('<script>window.__pageReady = true;</script>\n</body></html>');
  return { name, html: out.join(''), chars: c.chars, mentions: c.mentions };
}

const MATH = [
  'x_t',
  '\\epsilon_\\theta',
  'T',
  'z_0',
  'f(x)',
  '\\mathcal{L}',
  'H\\times W',
  '\\alpha_t',
  'N',
  'K',
];

function inlineMath(r: Rand, id: string): string {
  const tex = pick(r, MATH);
  const mi = escapeHtml(tex.replace(/\\[a-z]+|[{}_]/g, '').slice(0, 3) || 'x');
  return (
    `<math id="${id}" class="ltx_Math" alttext="${escapeHtml(tex)}" display="inline">` +
    `<semantics><mrow><mi>${mi}</mi></mrow><annotation encoding="application/x-tex">${escapeHtml(tex)}</annotation></semantics></math>`
  );
}

/** An arXiv HTML (LaTeXML) paper: many small text nodes, citations, inline math, tables, bibliography. */
export function arxivPage(
  targetChars: number,
  names: readonly string[],
  seed: number,
  gap = 260,
): GeneratedPage {
  const r = createRandom(seed);
  const c: Counter = { chars: 0, mentions: 0, nextMention: 0 };
  schedule(r, c, gap);
  let mathId = 0;
  const cite = () => {
    const refs: string[] = [];
    for (let i = int(r, 1, 3); i > 0; i--) {
      const n = int(r, 1, 120);
      refs.push(`<a href="#bib.bib${n}" title="" class="ltx_ref">${n}</a>`);
      c.chars += String(n).length + 2;
    }
    return `<cite class="ltx_cite ltx_citemacro_cite">[${refs.join(', ')}]</cite>`;
  };
  const para = (id: string) => {
    let html = paragraph(r, names, c, gap, cite);
    // A couple of inline formulas per paragraph.
    for (let i = int(r, 0, 3); i > 0; i--) {
      const at = html.indexOf(' ', int(r, 0, Math.max(0, html.length - 1)));
      if (at < 0 || html.lastIndexOf('<', at) > html.lastIndexOf('>', at)) continue;
      html = html.slice(0, at) + ' ' + inlineMath(r, `${id}.m${++mathId}`) + html.slice(at);
      c.chars += 6;
    }
    return `<div id="${id}" class="ltx_para"><p class="ltx_p">${html}</p></div>\n`;
  };
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>arXiv-like paper</title>',
    '<style>.ltx_page_main{max-width:52em;margin:0 auto}.ltx_p{text-align:justify}.ltx_tag{margin-right:.35em}</style>',
    '</head><body>\n<header class="arxiv-html-header"><a href="https://arxiv.org/abs/0000.00000">Back to abstract page</a></header>\n',
    '<div class="ltx_page_main"><div class="ltx_page_content"><article class="ltx_document ltx_authors_1line">\n',
  );
  out.push(`<h1 class="ltx_title ltx_title_document">${titleWords(r, names, c, gap, 9)}</h1>\n`);
  out.push(
    '<div class="ltx_authors"><span class="ltx_creator ltx_role_author"><span class="ltx_personname">',
  );
  const authors: string[] = [];
  for (let i = 0; i < 12; i++) authors.push(`${pick(r, CONTENT_WORDS)} ${pick(r, CONTENT_WORDS)}`);
  out.push(authors.join('  ') + '</span></span></div>\n');
  c.chars += authors.join('  ').length;
  out.push(
    `<div class="ltx_abstract"><h6 class="ltx_title ltx_title_abstract">Abstract</h6><p class="ltx_p">${paragraph(r, names, c, gap)} ${paragraph(r, names, c, gap)}</p></div>\n`,
  );
  const bibChars = Math.round(targetChars * 0.15);
  let sec = 0;
  let fig = 0;
  let eq = 0;
  while (c.chars < targetChars - bibChars) {
    sec++;
    out.push(
      `<section id="S${sec}" class="ltx_section"><h2 class="ltx_title ltx_title_section"><span class="ltx_tag ltx_tag_section">${sec} </span>${titleWords(r, names, c, gap, int(r, 1, 4))}</h2>\n`,
    );
    for (let sub = 1; sub <= int(r, 2, 5) && c.chars < targetChars - bibChars; sub++) {
      out.push(
        `<section id="S${sec}.SS${sub}" class="ltx_subsection"><h3 class="ltx_title ltx_title_subsection"><span class="ltx_tag ltx_tag_subsection">${sec}.${sub} </span>${titleWords(r, names, c, gap, int(r, 2, 5))}</h3>\n`,
      );
      for (let p = 1; p <= int(r, 2, 6); p++) {
        out.push(para(`S${sec}.SS${sub}.p${p}`));
        const x = r();
        if (x < 0.1) {
          eq++;
          out.push(
            `<table id="S${sec}.E${eq}" class="ltx_equation ltx_eqn_table"><tbody><tr class="ltx_equation ltx_eqn_row ltx_align_baseline">` +
              `<td class="ltx_eqn_cell ltx_eqn_center_padleft"></td><td class="ltx_eqn_cell ltx_align_center">${inlineMath(r, `S${sec}.E${eq}.m1`).replace('display="inline"', 'display="block"')}</td>` +
              `<td class="ltx_eqn_cell ltx_eqn_center_padright"></td><td rowspan="1" class="ltx_eqn_cell ltx_eqn_eqno ltx_align_middle ltx_align_right"><span class="ltx_tag ltx_tag_equation ltx_align_right">(${eq})</span></td></tr></tbody></table>\n`,
          );
          c.chars += 10;
        } else if (x < 0.16) {
          fig++;
          out.push(
            `<figure id="S${sec}.F${fig}" class="ltx_figure"><img src="x${fig}.png" class="ltx_graphics" width="600" height="200" alt="Refer to caption">` +
              `<figcaption class="ltx_caption ltx_centering"><span class="ltx_tag ltx_tag_figure">Figure ${fig}: </span>${sentence(r, names, c, gap, cite)} ${sentence(r, names, c, gap)}</figcaption></figure>\n`,
          );
        } else if (x < 0.21) {
          fig++;
          const rows: string[] = [];
          rows.push(
            '<tr class="ltx_tr"><th class="ltx_td ltx_th ltx_align_left ltx_border_tt">Method</th><th class="ltx_td ltx_th ltx_align_center ltx_border_tt">FVD</th><th class="ltx_td ltx_th ltx_align_center ltx_border_tt">CLIPSIM</th><th class="ltx_td ltx_th ltx_align_center ltx_border_tt">IS</th></tr>',
          );
          for (let i = int(r, 4, 12); i > 0; i--) {
            const nm = mentionText(r, names);
            c.mentions++;
            const cells = [(r() * 900).toFixed(1), (r() * 0.4).toFixed(4), (r() * 60).toFixed(2)];
            c.chars += nm.length + cells.join('').length + 10;
            rows.push(
              `<tr class="ltx_tr"><td class="ltx_td ltx_align_left">${escapeHtml(nm)} ${cite()}</td>` +
                cells.map((v) => `<td class="ltx_td ltx_align_center">${v}</td>`).join('') +
                '</tr>',
            );
          }
          out.push(
            `<figure id="S${sec}.T${fig}" class="ltx_table"><figcaption class="ltx_caption ltx_centering"><span class="ltx_tag ltx_tag_table">Table ${fig}: </span>${sentence(r, names, c, gap)}</figcaption>` +
              `<table class="ltx_tabular ltx_centering ltx_guessed_headers ltx_align_middle"><tbody class="ltx_tbody">${rows.join('')}</tbody></table></figure>\n`,
          );
        }
      }
      out.push('</section>\n');
    }
    out.push('</section>\n');
  }
  out.push(
    '<section id="bib" class="ltx_bibliography"><h2 class="ltx_title ltx_title_bibliography">References</h2><ul class="ltx_biblist">\n',
  );
  let bib = 0;
  while (c.chars < targetChars) {
    bib++;
    const who: string[] = [];
    for (let i = int(r, 2, 6); i > 0; i--)
      who.push(`${pick(r, CONTENT_WORDS)[0]!.toUpperCase()}. ${pick(r, CONTENT_WORDS)}`);
    const year = int(r, 2014, 2025);
    const authorsText = who.join(', ') + '.';
    c.chars += authorsText.length + 30;
    out.push(
      `<li id="bib.bib${bib}" class="ltx_bibitem"><span class="ltx_tag ltx_role_refnum ltx_tag_bibitem">[${bib}]</span>` +
        `<span class="ltx_bibblock">${escapeHtml(authorsText)}</span><span class="ltx_bibblock">${titleWords(r, names, c, gap, int(r, 5, 12))}.</span>` +
        `<span class="ltx_bibblock"><em class="ltx_emph ltx_font_italic">arXiv preprint arXiv:${int(r, 1501, 2512)}.${int(r, 10000, 99999)}</em>, ${year}.</span></li>\n`,
    );
  }
  out.push('</ul></section>\n</article></div></div>\n</body></html>');
  return { name: 'arxiv-150k', html: out.join(''), chars: c.chars, mentions: c.mentions };
}

/**
 * Synthetic aliases: random 6–14 letter words, most with digits ("Vorqualen-12",
 * "zentarix7", "Pelmorath 3"), none of which occur in generated prose.
 */
export function syntheticAliases(count: number, seed: number): string[] {
  const r = createRandom(seed);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const vowels = 'aeiou';
  const seen = new Set<string>();
  const out: string[] = [];
  while (out.length < count) {
    const len = int(r, 6, 14);
    let w = '';
    for (let i = 0; i < len; i++)
      w += i % 2 === 1 && r() < 0.7 ? pick(r, [...vowels]) : pick(r, [...letters]);
    if (r() < 0.6) w = w[0]!.toUpperCase() + w.slice(1);
    const x = r();
    if (x < 0.3) w += `-${int(r, 1, 999)}`;
    else if (x < 0.55) w += String(int(r, 1, 99));
    else if (x < 0.75) w += ` ${int(r, 1, 9)}`;
    const key = w.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(w);
  }
  return out;
}
