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
