/**
 * Where the detail pane goes at a given panel size (issue #18), like Chrome's Network panel: beside
 * the list when there is width (docked at the bottom, 1400×300), under it when there is height but
 * not width (docked right, 420–600 px wide), and in place of the list, with a back control, when
 * there is neither. The view tabs stay above all three, so the pane can never cover them.
 */
export type DetailPlacement = 'beside' | 'under' | 'replace';

/** Below this width the list and a usable pane (≥ 300 px) no longer fit side by side. */
export const BESIDE_MIN_WIDTH = 720;
/** Below this height a list above a pane would show only a few rows of each. */
export const UNDER_MIN_HEIGHT = 560;
/** Below this width the toolbar folds its secondary controls into a "More" menu. */
export const COMPACT_TOOLBAR_BELOW = 1100;

export function detailPlacement(width: number, height: number): DetailPlacement {
  if (width === 0 || width >= BESIDE_MIN_WIDTH) return 'beside';
  if (height === 0 || height >= UNDER_MIN_HEIGHT) return 'under';
  return 'replace';
}

/** The pane's size along the split axis, kept inside the panel so both sides stay usable. */
export function clampSplit(size: number, total: number, min = 200): number {
  if (total <= 0) return size;
  const max = Math.max(min, total - min);
  return Math.round(Math.min(max, Math.max(min, size)));
}
