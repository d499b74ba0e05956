/** Every row of a group has this height in pixels, so the list knows where row n is without measuring it. */
export const ROW_HEIGHT = 48;
/** The height of a row that shows only where it is (its group's rows all say the same). */
export const SHORT_ROW_HEIGHT = 28;
/** Rows in view at once; a longer group scrolls inside its own box. */
export const VIEW_ROWS = 8;
/** Rows rendered beyond each edge, so a fast scroll does not show blank space before React catches up. */
export const OVERSCAN = 4;

export interface VisibleRows {
  /** First row to render (0-based, inclusive). */
  from: number;
  /** Row after the last one to render (exclusive). */
  to: number;
}

/**
 * The rows to put in the DOM for a scroll position: those in view plus the overscan. A group of
 * 50,000 rows stays a few dozen elements whatever the operator scrolls to.
 */
export function visibleRows(
  scrollTop: number,
  viewportHeight: number,
  count: number,
  rowHeight = ROW_HEIGHT,
  overscan = OVERSCAN,
): VisibleRows {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + viewportHeight) / rowHeight);
  return { from: Math.max(0, Math.min(count, first - overscan)), to: Math.min(count, last + overscan) };
}

/** The height of a group's scroll box: its rows, up to VIEW_ROWS of them. */
export function viewportHeight(count: number, rowHeight = ROW_HEIGHT): number {
  return Math.min(count, VIEW_ROWS) * rowHeight;
}
