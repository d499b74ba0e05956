import type { Cell, TableRow } from "../table";

/** A merged range, 1-based and inclusive. */
export interface CellRange {
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
}

/** `B3:D4` (or one cell `B3`, `$B$3`) as a range; undefined for anything else. */
export function parseRange(ref: string): CellRange | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim());
  if (!match) return undefined;
  const [, c1 = "", r1 = "", c2 = c1, r2 = r1] = match;
  const range = {
    firstRow: Math.min(Number(r1), Number(r2)),
    firstColumn: Math.min(columnNumber(c1), columnNumber(c2)),
    lastRow: Math.max(Number(r1), Number(r2)),
    lastColumn: Math.max(columnNumber(c1), columnNumber(c2)),
  };
  return range.firstRow > 0 ? range : undefined;
}

function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return column;
}

/**
 * Every cell of each merged range given its top-left cell's value, as Excel shows the sheet: an
 * ERP export that merges an order's number, status and payment over its product lines has each
 * line under its order (the exceljs reader used before filled them the same way). Every column
 * is filled, not only order-level ones: a merged cell means one value for the whole range, and
 * which columns are order-level is the adapters' knowledge, not the reader's. A cell of the range
 * that holds a value of its own in the file shows the top-left value all the same, in Excel and
 * in openpyxl and exceljs: so it does here.
 *
 * Ranges are clipped to the rows and columns that hold values: a range over a whole column or
 * row (`A:A` written as `A1:A1048576`) costs no more than the cells already read. `rows` are in
 * ascending row number; the result is too, with rows the ranges reach added.
 */
export function fillMergedRanges(rows: TableRow[], ranges: readonly CellRange[]): TableRow[] {
  if (ranges.length === 0 || rows.length === 0) return rows;
  const byNumber = new Map<number, Cell[]>();
  let lastRow = 0;
  let width = 0;
  for (const row of rows) {
    byNumber.set(row.rowNumber, row.cells);
    lastRow = Math.max(lastRow, row.rowNumber);
    width = Math.max(width, row.cells.length);
  }
  let added = false;
  for (const range of ranges) {
    const value = byNumber.get(range.firstRow)?.[range.firstColumn - 1] ?? null;
    if (value === null) continue;
    const rowEnd = Math.min(range.lastRow, lastRow);
    const columnEnd = Math.min(range.lastColumn, width);
    for (let rowNumber = range.firstRow; rowNumber <= rowEnd; rowNumber++) {
      let cells = byNumber.get(rowNumber);
      if (!cells) {
        cells = [];
        byNumber.set(rowNumber, cells);
        added = true;
      }
      while (cells.length < columnEnd) cells.push(null);
      for (let column = range.firstColumn; column <= columnEnd; column++) cells[column - 1] = value;
    }
  }
  if (!added) return rows;
  const noted = new Map(rows.flatMap((row) => (row.notes ? [[row.rowNumber, row.notes] as const] : [])));
  return [...byNumber.entries()]
    .sort(([a], [b]) => a - b)
    .map(([rowNumber, cells]) => {
      // A reader's notes stay with their row (filled cells are copies of a top-left value, noted there).
      const notes = noted.get(rowNumber);
      return notes ? { rowNumber, cells, notes } : { rowNumber, cells };
    });
}
