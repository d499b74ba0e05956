import Papa from "papaparse";
import type { TableRow } from "../table";

/** CSV (or tab-separated) text into rows; the delimiter is detected, row numbers are record numbers. */
export function rowsFromCsv(text: string): TableRow[] {
  const parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    delimitersToGuess: [",", "\t", ";", "|"],
  });
  const rows = parsed.data.map((cells, index) => ({ rowNumber: index + 1, cells }));
  // Papa yields one empty record for the final line break: not a row the operator has.
  const last = rows.at(-1);
  if (last && last.cells.length === 1 && last.cells[0] === "") rows.pop();
  return rows;
}
