import Papa from "papaparse";
import type { TableRow } from "../table";

const DELIMITERS = [",", "\t", ";", "|"];

/** Papa guesses the delimiter from consistent field counts, which blank lines would break. */
function guessDelimiter(text: string): string {
  const preview = Papa.parse<string[]>(text, {
    preview: 20,
    skipEmptyLines: "greedy",
    delimitersToGuess: DELIMITERS,
  });
  return preview.meta.delimiter || ",";
}

/** CSV (or tab-separated) text into rows; blank lines are kept, so row numbers are record numbers. */
export function rowsFromCsv(text: string): TableRow[] {
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  const rows = parsed.data.map((cells, index) => ({ rowNumber: index + 1, cells }));
  // Papa yields one empty record for the final line break: not a row the operator has.
  const last = rows.at(-1);
  if (last && last.cells.length === 1 && last.cells[0] === "") rows.pop();
  return rows;
}
