import { HEADER_SCAN_ROWS } from "@syt/platform-adapters";
import type { ExcelRunner } from "./excel";

/** The rows the operator selected, with the top of their sheet (where the header is) to name the columns. */
export interface SelectedRows {
  sheet: string;
  /** The first rows of the sheet's used range above the selection: the header is one of them. */
  top: unknown[][];
  /** The selected rows, across every column of the used range. */
  rows: unknown[][];
  /** 1-based sheet row of the first selected row. */
  rowNumber: number;
}

/** An order spans a few rows (one per product); more than this is not "the selected order". */
export const MAX_SELECTED_ROWS = 50;
/** How far down a title block may push the header: as far as the library's recogniser looks. */
export const HEADER_ROWS = HEADER_SCAN_ROWS;

/**
 * The selected rows and the top rows of their sheet, each across the used range's columns: two
 * small reads, whatever the size of the sheet. `null` when the selection is on an empty sheet or
 * on the header itself (nothing below it to read).
 */
export async function readSelection(run: ExcelRunner): Promise<SelectedRows | null> {
  return run(async (context) => {
    const selected = context.workbook.getSelectedRange().load(["rowIndex", "rowCount"]);
    const sheet = selected.worksheet.load("name");
    const used = sheet.getUsedRangeOrNullObject().load(["rowIndex", "columnIndex", "columnCount"]);
    await context.sync();
    if (used.isNullObject) return null;
    const topRows = Math.min(HEADER_ROWS, selected.rowIndex - used.rowIndex);
    if (topRows <= 0) return null;
    const rowCount = Math.min(selected.rowCount, MAX_SELECTED_ROWS);
    const top = sheet
      .getRangeByIndexes(used.rowIndex, used.columnIndex, topRows, used.columnCount)
      .load("values");
    const rows = sheet
      .getRangeByIndexes(selected.rowIndex, used.columnIndex, rowCount, used.columnCount)
      .load("values");
    await context.sync();
    return { sheet: sheet.name, top: top.values, rows: rows.values, rowNumber: selected.rowIndex + 1 };
  });
}
