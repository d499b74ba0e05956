import { type Cell, sheetRows, type Table } from "../table";

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  return String(value);
}

/**
 * A 2D array as Office.js hands it (`range.values`: strings, numbers, booleans, `""` for blanks,
 * serial numbers for dates). `firstRowNumber` is the sheet row of the first array row.
 */
export function tableFromValues(
  values: unknown[][],
  options: { sheetName?: string; firstRowNumber?: number } = {},
): Table {
  const first = options.firstRowNumber ?? 1;
  return {
    sheetName: options.sheetName,
    sheets: options.sheetName ? [options.sheetName] : [],
    rows: sheetRows(
      values.map((row, index) => ({ rowNumber: first + index, cells: row.map(toCell) })),
      first,
    ),
    source: "values",
  };
}
