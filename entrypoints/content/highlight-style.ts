/**
 * Names under which highlights are registered in `CSS.highlights`. The rules
 * for them are static (highlights.css); a mention kind's look is picked by
 * registering it under `vma-<kind>-<style>`, so a style change re-registers
 * three objects and never edits a style sheet.
 */
import type { MentionKind } from '@/lib/page-report';
import type { HighlightStyle } from '@/lib/settings';

export const HIGHLIGHT = {
  focus: 'vma-focus',
  note: 'vma-note',
} as const;

/** The registry name for mentions of `kind` painted in `style` (null: not painted). */
export function highlightName(kind: MentionKind, style: HighlightStyle): string | null {
  return style === 'none' ? null : `vma-${kind}-${style}`;
}
