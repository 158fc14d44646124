/**
 * The `::highlight()` rules that paint mentions. They live in one constructed
 * style sheet adopted by the document, so the page's DOM is not touched; where
 * a browser refuses a sheet from the content script's world, one <style>
 * element is the fallback.
 */
import type { HighlightStyle } from '@/lib/settings';

/** Names of the highlights registered in `CSS.highlights`. */
export const HIGHLIGHT = {
  video: 'vma-video',
  image: 'vma-image',
  concept: 'vma-concept',
  focus: 'vma-focus',
  note: 'vma-note',
} as const;

function rules(style: HighlightStyle): string {
  // Notes' passages are the reader's own marks: painted whatever the mention style.
  const focus = [
    `::highlight(${HIGHLIGHT.note}) { background-color: rgba(255, 221, 87, 0.45); }`,
    `::highlight(${HIGHLIGHT.focus}) { background-color: rgba(255, 196, 0, 0.55); color: inherit; }`,
  ].join('\n');
  if (style === 'none') return focus;
  if (style === 'background') {
    return [
      `::highlight(${HIGHLIGHT.video}) { background-color: rgba(120, 100, 255, 0.18); }`,
      `::highlight(${HIGHLIGHT.image}) { background-color: rgba(0, 150, 136, 0.16); }`,
      `::highlight(${HIGHLIGHT.concept}) { background-color: rgba(140, 140, 140, 0.14); }`,
      focus,
    ].join('\n');
  }
  return [
    `::highlight(${HIGHLIGHT.video}) { text-decoration: underline dotted rgba(100, 80, 230, 0.9); text-decoration-thickness: 2px; text-underline-offset: 3px; }`,
    `::highlight(${HIGHLIGHT.image}) { text-decoration: underline dotted rgba(0, 140, 126, 0.9); text-decoration-thickness: 2px; text-underline-offset: 3px; }`,
    `::highlight(${HIGHLIGHT.concept}) { text-decoration: underline dotted rgba(128, 128, 128, 0.7); text-underline-offset: 3px; }`,
    focus,
  ].join('\n');
}

export interface HighlightSheet {
  apply(style: HighlightStyle): void;
  destroy(): void;
}

/** Installs the highlight rules in `doc` and returns a handle to restyle or remove them. */
export function installHighlightSheet(doc: Document, style: HighlightStyle): HighlightSheet {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules(style));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return {
      apply: (next) => sheet.replaceSync(rules(next)),
      destroy: () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
  } catch {
    const element = doc.createElement('style');
    element.dataset.videoModelAtlas = '';
    element.textContent = rules(style);
    (doc.head ?? doc.documentElement).append(element);
    return {
      apply: (next) => {
        element.textContent = rules(next);
      },
      destroy: () => element.remove(),
    };
  }
}
