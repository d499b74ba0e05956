import type { Sheet } from "./sheet";
import { cellFormat, excelSerial } from "./text-cells";

/** What Office.js `Range.values` and `Range.numberFormat` take for a sheet, cell by cell. */
export interface SheetGrid {
  values: (string | number | boolean)[][];
  formats: string[][];
}

/**
 * A sheet for an open workbook, by the rules the xlsx writer follows: the same cells are Text,
 * dates are serial numbers with the date format. Every row as wide as the widest, and empty cells
 * as "": Excel takes a rectangle, where `null` would mean "leave the cell as it is".
 */
export function sheetGrid(sheet: Sheet): SheetGrid {
  const width = Math.max(1, sheet.columns.length, ...sheet.rows.map((row) => row.cells.length));
  const rows = sheet.rows.length > 0 ? sheet.rows : [{ cells: [] }];
  const values: SheetGrid["values"] = [];
  const formats: SheetGrid["formats"] = [];
  for (const row of rows) {
    const rowValues: SheetGrid["values"][number] = [];
    const rowFormats: string[] = [];
    for (let i = 0; i < width; i++) {
      const value = row.cells[i] ?? null;
      const own = "formats" in row ? row.formats?.[i] : undefined;
      rowFormats.push(cellFormat(value, sheet.columns[i], own) ?? "General");
      rowValues.push(value === null ? "" : value instanceof Date ? excelSerial(value) : value);
    }
    values.push(rowValues);
    formats.push(rowFormats);
  }
  return { values, formats };
}
