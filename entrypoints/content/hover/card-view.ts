/**
 * Builds the card's DOM from KB data. Text is only ever set as text (never as
 * HTML), and links are only http(s).
 */
import type { CardPayload, EraBand } from '@/lib/card-payload';
import type { ModelCard } from '@/lib/kb/card';

export type CardAction = 'open-panel' | 'add-note' | 'copy-bibtex' | 'turn-off-site';

const SVG = 'http://www.w3.org/2000/svg';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string } = {},
  ...children: (Node | null)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const c of children) if (c) node.append(c);
  return node;
}

function safeLink(href: string, text: string): HTMLAnchorElement | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const a = el('a', { text });
  a.href = url.href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

function badge(color: string, text: string, label: string): HTMLElement {
  const dot = el('span', { className: 'dot' });
  dot.style.background = color;
  const b = el('span', { className: 'badge' }, dot, document.createTextNode(text));
  b.title = label;
  return b;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Nov 2023" or "21 Nov 2023" from `YYYY-MM[-DD]`. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = MONTHS[Number(m) - 1] ?? '';
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

function monthValue(date: string): number {
  const [y, m] = date.split('-').map(Number);
  return (y ?? 2016) + ((m ?? 1) - 1) / 12;
}

/** A strip from 2016 to now: one thin lane per era and a marker at `date`. */
function timelineStrip(eras: EraBand[], date: string, eraId: string, eraName: string): SVGSVGElement {
  const now = new Date();
  const from = 2016;
  const to = now.getFullYear() + now.getMonth() / 12 + 0.1;
  const width = 330;
  const x = (v: number) => ((v - from) / (to - from)) * width;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'strip');
  svg.setAttribute('viewBox', `0 0 ${width} 30`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `Timeline: ${formatDate(date)}, in the era “${eraName}”`);
  const lane = 16 / Math.max(1, eras.length);
  eras.forEach((era, i) => {
    const r = document.createElementNS(SVG, 'rect');
    const start = Math.max(from, monthValue(era.start));
    const end = era.end ? monthValue(era.end) + 1 / 12 : to;
    r.setAttribute('x', String(x(start)));
    r.setAttribute('y', String(i * lane));
    r.setAttribute('width', String(Math.max(1, x(end) - x(start))));
    r.setAttribute('height', String(Math.max(1, lane - 0.5)));
    r.setAttribute('fill', era.color);
    r.setAttribute('opacity', era.id === eraId ? '1' : '0.3');
    svg.append(r);
  });
  const mark = document.createElementNS(SVG, 'line');
  const mx = String(x(monthValue(date)));
  for (const [k, v] of [['x1', mx], ['x2', mx], ['y1', '0'], ['y2', '18'], ['stroke', 'currentColor'], ['stroke-width', '2']]) {
    mark.setAttribute(k!, v!);
  }
  svg.append(mark);
  for (const year of [2016, 2019, 2022, 2025]) {
    if (year > to) continue;
    const t = document.createElementNS(SVG, 'text');
    t.setAttribute('x', String(Math.min(width - 22, x(year))));
    t.setAttribute('y', '29');
    t.textContent = String(year);
    svg.append(t);
  }
  return svg;
}

function actionButton(action: CardAction, label: string, quiet = false): HTMLButtonElement {
  const b = el('button', { text: label, className: quiet ? 'quiet' : undefined });
  b.type = 'button';
  b.dataset.action = action;
  return b;
}

function listNames(ids: string[], names: Record<string, string>, max: number): string {
  const shown = ids.slice(0, max).map((id) => names[id] ?? id);
  const more = ids.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

function modelBody(card: ModelCard, payload: CardPayload, matched: string, unlisted: boolean): HTMLElement[] {
  const head = el('div', { className: 'head' }, el('h2', { className: 'name', text: card.name }));
  if (matched && matched !== card.name) head.append(el('span', { className: 'matched', text: `as “${matched}”` }));
  // "Wan 2.7" on the page, Wan 2.1's card: say that this release has no entry of its own.
  const unlistedNote = unlisted
    ? [
        el('p', {
          className: 'note unlisted',
          text: `The atlas has no entry of its own for “${matched}”; it is counted under ${card.name}.`,
        }),
      ]
    : [];
  const parts: HTMLElement[] = [
    el('p', { className: 'kind', text: card.kind === 'image' ? 'Image model' : 'Video model' }),
    head,
    el('p', { className: 'meta', text: `${card.organization} · first public ${formatDate(card.released)}` }),
    ...unlistedNote,
    el(
      'div',
      { className: 'badges' },
      badge(card.era.color, card.era.name, 'Era'),
      badge(card.family.color, card.family.name, 'Architecture family'),
      el('span', { className: 'badge', text: card.openWeights ? 'Open weights' : 'Closed weights' }),
    ),
    el('p', { className: 'summary', text: card.summary }),
  ];
  if (card.kind === 'image') {
    const built = card.builtOnBy.length
      ? `An image model. Video work built on it: ${listNames(card.builtOnBy, payload.names, 6)}.`
      : 'An image model; listed for the video work that builds on it.';
    parts.push(el('p', { className: 'note', text: built }));
  } else if (card.buildsOn.length) {
    parts.push(el('p', { className: 'note', text: `Builds on ${listNames(card.buildsOn, payload.names, 4)}.` }));
  }
  const strip = el('div');
  strip.append(timelineStrip(payload.eras, card.released, card.era.id, card.era.name));
  parts.push(strip);
  const links = el('p', { className: 'links' });
  if (card.arxiv) {
    const paper = safeLink(`https://arxiv.org/abs/${card.arxiv}`, `Paper (arXiv:${card.arxiv})`);
    if (paper) links.append(paper);
  }
  card.sources
    .filter((s) => !card.arxiv || !s.includes(card.arxiv))
    .slice(0, 2)
    .forEach((s, i) => {
      const host = (() => {
        try {
          return new URL(s).hostname.replace(/^www\./, '');
        } catch {
          return `source ${i + 1}`;
        }
      })();
      const a = safeLink(s, host);
      if (a) links.append(a);
    });
  parts.push(links);
  return parts;
}

/**
 * The card's whole content for a payload; `found` is the mention on the page:
 * its text, and whether it names a release without an entry of its own.
 */
export function renderCard(
  payload: CardPayload,
  found: { text: string; unlisted: boolean },
  theme: 'light' | 'dark',
): HTMLElement {
  const card = el('div', { className: 'card' });
  card.dataset.theme = theme;
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', `${payload.card.name} — Video Model Atlas`);
  if (payload.kind === 'model') {
    card.append(...modelBody(payload.card, payload, found.text, found.unlisted));
  } else {
    const c = payload.card;
    card.append(
      el('p', { className: 'kind', text: 'Concept' }),
      el('div', { className: 'head' }, el('h2', { className: 'name', text: c.name })),
      el('p', { className: 'summary', text: c.summary }),
    );
    if (c.families.length) {
      card.append(el('div', { className: 'badges' }, ...c.families.map((f) => badge(f.color, f.name, 'Architecture family'))));
    }
    if (c.usedBy.length) {
      card.append(el('p', { className: 'note', text: `Used by ${listNames(c.usedBy, payload.names, 6)}.` }));
    }
  }
  const actions = el('div', { className: 'actions' }, actionButton('open-panel', 'Open in side panel'));
  if (payload.kind === 'model') actions.append(actionButton('add-note', 'Add note'));
  if (payload.kind === 'model' && payload.card.bibtex) actions.append(actionButton('copy-bibtex', 'Copy BibTeX'));
  actions.append(actionButton('turn-off-site', 'Turn off on this site', true));
  card.append(actions, el('p', { className: 'status' }));
  card.querySelector('.status')?.setAttribute('role', 'status');
  return card;
}
