import { type CellTyping, isBlankText } from "@syt/orders-model";
import { z } from "zod";

/** A cell as every source gives it: xlsx (with Dates), CSV/HTML (text), Office.js (strings, numbers, booleans). */
export const Cell = z.union([z.string(), z.number(), z.boolean(), z.date(), z.null()]);
export type Cell = z.infer<typeof Cell>;

/**
 * What a reader had to say about one cell of a row: the cell is given as read, and the adapters
 * turn each note of a data row into a warning (see `RowRun`). `column` is the 0-based cell index.
 */
export const CellNote = z.discriminatedUnion("code", [
  /** Past Excel's 32,767 characters: cut, the cut said at the cell's end (`cutCellText`). */
  z.object({ code: z.literal("cell-cut"), column: z.number().int().nonnegative(), length: z.number().int() }),
  /** A value that is not what its type says (`t="d"` that is no date, …): kept as its raw text. */
  z.object({
    code: z.literal("not-its-type"),
    column: z.number().int().nonnegative(),
    type: z.enum(["number", "date", "boolean"]),
  }),
  /** Bytes that are no character of the file's encoding: each shown as U+FFFD in the cell. */
  z.object({ code: z.literal("invalid-bytes"), column: z.number().int().nonnegative() }),
]);
export type CellNote = z.infer<typeof CellNote>;

export const TableRow = z.object({
  /** 1-based, as the operator sees it in the sheet or file. */
  rowNumber: z.number().int().positive(),
  cells: z.array(Cell),
  /** Absent on nearly every row: only a row with a cell the reader changed or kept raw has notes. */
  notes: z.array(CellNote).optional(),
});
export type TableRow = z.infer<typeof TableRow>;

/** The one table shape every reader produces and every adapter consumes. */
export const Table = z.object({
  sheetName: z.string().optional(),
  /** Every sheet of the workbook, in order (one name, or none, for CSV and 2D arrays). */
  sheets: z.array(z.string()),
  rows: z.array(TableRow),
  /**
   * What produced the cells: `xlsx` and `values` (Office.js) keep a text cell apart from a
   * number cell, `csv` and `html` hold text only. Whether a long ID can have been destroyed by
   * Excel depends on it (see `cellTypingOf`). Absent on a table built by hand: read as typed.
   */
  source: z.enum(["xlsx", "csv", "html", "values"]).optional(),
});
export type Table = z.infer<typeof Table>;

/** Whether the table's cells carry their type: a CSV's digit text may be a number Excel rounded before it was saved. */
export function cellTypingOf(table: Pick<Table, "source">): CellTyping {
  return table.source === "csv" || table.source === "html" ? "untyped" : "typed";
}

export function isBlankCell(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  return typeof cell === "string" && isBlankText(cell);
}

export function isBlankRow(cells: readonly Cell[]): boolean {
  return cells.every(isBlankCell);
}

/** The cells of every filled-in blank row: one frozen array, so a sheet of gaps costs nothing per row. */
const NO_CELLS = Object.freeze([]) as unknown as Cell[];

/**
 * The rows of a sheet as the operator sees them, row by row as a reader produces them: every
 * row number from `firstRowNumber` to the last row with data, blank rows filled in where a
 * reader left them out, trailing blank rows dropped (a blank row is passed on only once a row
 * with data follows it). Every reader ends with this, so an xlsx file, the same file streamed
 * in Node and the same rows pasted into Excel give the same rows, and the same row accounting.
 */
export class SheetRowStream {
  private readonly blanks: TableRow[] = [];
  private next: number;

  constructor(
    private readonly emit: (row: TableRow) => void,
    firstRowNumber = 1,
  ) {
    this.next = firstRowNumber;
  }

  /** Rows in ascending row number. */
  add(row: TableRow): void {
    for (; this.next < row.rowNumber; this.next++)
      this.blanks.push({ rowNumber: this.next, cells: NO_CELLS });
    this.next = row.rowNumber + 1;
    if (isBlankRow(row.cells)) {
      this.blanks.push(row);
      return;
    }
    if (this.blanks.length > 0) {
      for (const blank of this.blanks) this.emit(blank);
      this.blanks.length = 0;
    }
    this.emit(row);
  }
}

export function sheetRows(rows: readonly TableRow[], firstRowNumber = 1): TableRow[] {
  const out: TableRow[] = [];
  const stream = new SheetRowStream((row) => out.push(row), firstRowNumber);
  for (const row of rows) stream.add(row);
  return out;
}
