/**
 * The card's home in the page: one element with an open shadow root, shown in
 * the top layer (popover) so the page's z-indexes, transforms and overflow
 * cannot hide or move it, and styled inline with !important so global page
 * rules such as `* { all: unset }` cannot undo it.
 */
import { SKIP_ATTRIBUTE } from '@/lib/detect';
import { placeCard } from './card-position';
import { CARD_CSS } from './card-styles';

const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'inset: auto',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'background: transparent',
  'overflow: visible',
  'z-index: 2147483647',
  'width: auto',
  'height: auto',
  'max-width: none',
  'max-height: none',
  'transform: none',
  'direction: ltr',
  'color-scheme: normal',
];

function hostStyle(extra: Record<string, string>): string {
  const decls = [...HOST_STYLE, ...Object.entries(extra).map(([k, v]) => `${k}: ${v}`)];
  return decls.map((d) => `${d} !important`).join('; ');
}

/** Light or dark, from the page's own background where it has one. */
export function pageTheme(): 'light' | 'dark' {
  for (const el of [document.body, document.documentElement]) {
    if (!el) continue;
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(getComputedStyle(el).backgroundColor);
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) continue;
    const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110 ? 'dark' : 'light';
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export class CardHost {
  readonly element: HTMLElement;
  private readonly root: ShadowRoot;
  private content: HTMLElement | null = null;

  constructor() {
    this.element = document.createElement('div');
    this.element.setAttribute(SKIP_ATTRIBUTE, '');
    this.element.setAttribute('popover', 'manual');
    this.element.style.cssText = hostStyle({ display: 'none' });
    this.root = this.element.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = CARD_CSS;
    this.root.append(style);
  }

  get visible(): boolean {
    return this.content !== null;
  }

  /** The card element, when shown. */
  get card(): HTMLElement | null {
    return this.content;
  }

  /** True when `node` is inside the card. */
  contains(node: Node | null): boolean {
    return node !== null && (node === this.element || this.element.contains(node));
  }

  show(content: HTMLElement, anchor: DOMRect): void {
    this.content?.remove();
    this.content = content;
    this.root.append(content);
    if (!this.element.isConnected) document.documentElement.append(this.element);
    this.element.style.cssText = hostStyle({ display: 'block', left: '0px', top: '0px', visibility: 'hidden' });
    try {
      if (!this.element.matches(':popover-open')) this.element.showPopover();
    } catch {
      // No popover support: the fixed position and z-index still apply.
    }
    this.place(anchor);
  }

  /** Moves the card next to `anchor` (after scroll, resize or zoom). */
  place(anchor: DOMRect): void {
    const box = this.content?.getBoundingClientRect();
    if (!box) return;
    const at = placeCard(anchor, box, { width: window.innerWidth, height: window.innerHeight });
    this.element.style.cssText = hostStyle({ display: 'block', left: `${at.left}px`, top: `${at.top}px` });
    this.element.dataset.side = at.side;
  }

  hide(): void {
    if (!this.content) return;
    this.content.remove();
    this.content = null;
    try {
      if (this.element.matches(':popover-open')) this.element.hidePopover();
    } catch {
      // See show().
    }
    this.element.style.cssText = hostStyle({ display: 'none' });
  }

  destroy(): void {
    this.hide();
    this.element.remove();
  }
}
