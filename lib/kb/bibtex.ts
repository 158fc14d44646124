/**
 * BibTeX for a model's paper, built from the KB's `paper` and `arxiv` fields
 * in the shape arXiv's own export uses (@misc with eprint/archivePrefix).
 */
import type { Model } from './types';

/** Characters BibTeX/LaTeX treat specially, with the text that prints them. */
const SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Combining accents → LaTeX accent commands, so classic BibTeX (not only biber) prints "Täckström". */
const ACCENT: Readonly<Record<string, string>> = {
  '\u0300': '\\`',
  '\u0301': "\\'",
  '\u0302': '\\^',
  '\u0303': '\\~',
  '\u0304': '\\=',
  '\u0306': '\\u ',
  '\u0307': '\\.',
  '\u0308': '\\"',
  '\u030a': '\\r ',
  '\u030b': '\\H ',
  '\u030c': '\\v ',
  '\u0327': '\\c ',
  '\u0328': '\\k ',
};

/** Letters with no base-letter decomposition. */
const LETTER: Readonly<Record<string, string>> = {
  ø: '{\\o}',
  Ø: '{\\O}',
  ł: '{\\l}',
  Ł: '{\\L}',
  ß: '{\\ss}',
  æ: '{\\ae}',
  Æ: '{\\AE}',
  œ: '{\\oe}',
  Œ: '{\\OE}',
  đ: '{\\dj}',
  Đ: '{\\DJ}',
};

/** Escapes text for a BibTeX field value: specials, accents, and a brace-balanced result. */
export function escapeBibtex(text: string): string {
  const chars = [...text.normalize('NFD')];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const next = chars[i + 1] ?? '';
    const accent = ACCENT[next];
    if (accent !== undefined && /[A-Za-z]/.test(ch)) {
      out += `{${accent}${ch}}`;
      i += 1;
    } else {
      out += SPECIAL[ch] ?? LETTER[ch] ?? ch;
    }
  }
  // Any combining mark we had no command for stays attached as in the input.
  return out.normalize('NFC');
}

/**
 * A title with its inner-capital words ("HunyuanVideo", "VQ-VAE") braced, so
 * bibliography styles that lower-case titles keep model names intact.
 */
function protectedTitle(title: string): string {
  return title
    .split(/(\s+)/)
    .map((token) => {
      // Surrounding punctuation stays outside the braces: "{HunyuanVideo}:".
      const [, lead = '', core = '', trail = ''] =
        /^([("'[]*)(.*?)([)"'\]:;,.!?]*)$/su.exec(token) ?? [];
      const escaped = escapeBibtex(core);
      const word = core.replace(/^[^\p{L}\p{N}]+/u, '');
      const guard = /^.+\p{Lu}/u.test(word) || /^\p{Lu}\d/u.test(word);
      return escapeBibtex(lead) + (guard ? `{${escaped}}` : escaped) + escapeBibtex(trail);
    })
    .join('');
}

/** ASCII letters and digits of a word, lower case (for the citation key). */
function keyPart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const TITLE_STOPWORDS = new Set([
  'a',
  'an',
  'the',
  'on',
  'of',
  'in',
  'for',
  'to',
  'and',
  'with',
  'towards',
  'toward',
]);

/** Year of the paper: the arXiv ID's when there is one (that is the paper's date), else `released`. */
function paperYear(model: Model): string {
  const arxiv = /^(\d{2})\d{2}\./.exec(model.arxiv ?? '');
  if (arxiv) return String(2000 + Number(arxiv[1]));
  return model.released.slice(0, 4);
}

/** Citation key like `blattmann2023stable`: first author's surname, year, first real title word. */
export function bibtexKey(model: Model): string {
  const paper = model.paper;
  const firstAuthor = paper?.authors[0] ?? '';
  const surname =
    keyPart(firstAuthor.trim().split(/\s+/).pop() ?? '') || keyPart(model.id) || 'anon';
  const word =
    (paper?.title ?? '')
      .split(/[\s:,.;!?()-]+/)
      .map(keyPart)
      .find((w) => w !== '' && !TITLE_STOPWORDS.has(w)) ?? '';
  return `${surname}${paperYear(model)}${word}`;
}

/** A BibTeX @misc entry for the model's paper, or null when the KB has no paper for it. */
export function bibtexFor(model: Model): string | null {
  const paper = model.paper;
  if (!paper || paper.authors.length === 0) return null;
  const authors = paper.authors.map(escapeBibtex);
  if (paper.moreAuthors) authors.push('others');
  const fields: [string, string][] = [
    ['title', protectedTitle(paper.title)],
    ['author', authors.join(' and ')],
    ['year', paperYear(model)],
  ];
  if (model.arxiv) {
    fields.push(
      ['eprint', model.arxiv],
      ['archivePrefix', 'arXiv'],
      ['url', `https://arxiv.org/abs/${model.arxiv}`],
    );
  } else if (model.sources[0]) {
    // URLs go in verbatim (the url package reads them raw); only braces would unbalance the entry.
    fields.push(['url', model.sources[0].replace(/\{/g, '%7B').replace(/\}/g, '%7D')]);
  }
  if (paper.venue) fields.push(['note', escapeBibtex(paper.venue)]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${bibtexKey(model)},\n${body}\n}`;
}
