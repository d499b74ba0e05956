import { z } from "zod";

/** A cell as every source gives it: xlsx (with Dates), CSV/HTML (text), Office.js (strings, numbers, booleans). */
export const Cell = z.union([z.string(), z.number(), z.boolean(), z.date(), z.null()]);
export type Cell = z.infer<typeof Cell>;

export const TableRow = z.object({
  /** 1-based, as the operator sees it in the sheet or file. */
  rowNumber: z.number().int().positive(),
  cells: z.array(Cell),
});
export type TableRow = z.infer<typeof TableRow>;

/** The one table shape every reader produces and every adapter consumes. */
export const Table = z.object({
  sheetName: z.string().optional(),
  /** Every sheet of the workbook, in order (one name, or none, for CSV and 2D arrays). */
  sheets: z.array(z.string()),
  rows: z.array(TableRow),
});
export type Table = z.infer<typeof Table>;

export function isBlankCell(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

export function isBlankRow(cells: readonly Cell[]): boolean {
  return cells.every(isBlankCell);
}

/**
 * The rows of a sheet as the operator sees them: every row number from `firstRowNumber` to
 * the last row with data, blank rows filled in where a reader left them out, trailing blank
 * rows dropped. Every reader ends with this, so an xlsx file, the same file streamed in Node
 * and the same rows pasted into Excel give the same rows, and the same row accounting.
 */
/** The cells of every filled-in blank row: one frozen array, so a sheet of gaps costs nothing per row. */
const NO_CELLS = Object.freeze([]) as unknown as Cell[];

export function sheetRows(rows: readonly TableRow[], firstRowNumber = 1): TableRow[] {
  let last = rows.length - 1;
  while (last >= 0 && isBlankRow((rows[last] as TableRow).cells)) last--;
  const out: TableRow[] = [];
  let next = firstRowNumber;
  for (let i = 0; i <= last; i++) {
    const row = rows[i] as TableRow;
    for (; next < row.rowNumber; next++) out.push({ rowNumber: next, cells: NO_CELLS });
    out.push(row);
    next = row.rowNumber + 1;
  }
  return out;
}
