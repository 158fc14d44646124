/**
 * Text widths for SVG layout, measured with a canvas in the font the
 * timeline's labels use. Where no canvas exists (tests), a generous estimate.
 */

export const LABEL_FONT = '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

function canvasContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    context =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (context) context.font = LABEL_FONT;
  }
  return context;
}

/** Width in pixels of `text` at the label font. */
export function measureLabel(text: string): number {
  let width = widths.get(text);
  if (width === undefined) {
    const ctx = canvasContext();
    width = ctx ? ctx.measureText(text).width : text.length * 6.4;
    widths.set(text, width);
  }
  return width;
}
