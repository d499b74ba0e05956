import type { CellNote, TableRow } from "../table";

/** The most characters (UTF-16 code units, as Excel counts) one Excel cell holds. */
export const EXCEL_CELL_MAX = 32_767;

/**
 * Text past Excel's limit, cut so that it fits with the cut said at its end: a report that copies
 * the cell stays writable, and whoever reads the cell sees it is not whole. A character is never
 * split in half (a surrogate pair stays together or goes).
 */
export function cutCellText(text: string): string {
  if (text.length <= EXCEL_CELL_MAX) return text;
  const said = `…(已截断, 原有 ${text.length} 个字)`;
  let end = EXCEL_CELL_MAX - said.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + said;
}

/** The row with each cell past the limit cut and noted (`cell-cut`); the same row when none is. */
export function cutLongCells(row: TableRow): TableRow {
  const notes: CellNote[] = [];
  let cells = row.cells;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell !== "string" || cell.length <= EXCEL_CELL_MAX) continue;
    if (cells === row.cells) cells = [...row.cells];
    cells[i] = cutCellText(cell);
    notes.push({ code: "cell-cut", column: i, length: cell.length });
  }
  return notes.length > 0 ? { ...row, cells, notes: [...(row.notes ?? []), ...notes] } : row;
}
