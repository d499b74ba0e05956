import type Papa from "papaparse";
import type { TableRow } from "../table";

const DELIMITERS = [",", "\t", ";", "|"];

/** Papa guesses the delimiter from consistent field counts, which blank lines would break. */
function guessDelimiter(papa: typeof Papa, text: string): string {
  const preview = papa.parse<string[]>(text, {
    preview: 20,
    skipEmptyLines: "greedy",
    delimitersToGuess: DELIMITERS,
  });
  return preview.meta.delimiter || ",";
}

/** CSV (or tab-separated) text into rows; blank lines are kept, so row numbers are record numbers. */
export async function rowsFromCsv(text: string): Promise<TableRow[]> {
  // Loaded on first use: xlsx users (and the taskpane's first paint) never pay for it.
  const { default: papa } = await import("papaparse");
  const parsed = papa.parse<string[]>(text, { delimiter: guessDelimiter(papa, text), skipEmptyLines: false });
  const rows = parsed.data.map((cells, index) => ({ rowNumber: index + 1, cells }));
  // Papa yields one empty record for the final line break: not a row the operator has.
  const last = rows.at(-1);
  if (last && last.cells.length === 1 && last.cells[0] === "") rows.pop();
  return rows;
}
