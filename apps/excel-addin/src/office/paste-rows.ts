/**
 * Blank rows in a row that end what was pasted. An export has at most a blank row between its
 * title and header or among its rows; three in a row are the gap between a paste and whatever
 * was already lower on the sheet.
 */
export const BLANK_RUN = 3;

export interface PastedRows {
  /** The rows from A1 down to the last row before the first run of blank rows. */
  values: unknown[][];
  /** Rows with data below that run: not read. */
  unusedRows: number;
  /** Row number (1-based, as Excel shows it) where the unused rows start, if any. */
  unusedFrom?: number;
}

const isBlank = (row: readonly unknown[] | undefined) =>
  row === undefined || row.every((cell) => cell === "" || cell === null || cell === undefined);

/**
 * Cuts what the operator pasted from what lay on the sheet before: reading stops at the first
 * run of `BLANK_RUN` blank rows after the first row with data, and the rows with data below it
 * are counted, so the taskpane can say they were left out instead of summing two days.
 */
export function cutAtBlankRun(values: unknown[][], run = BLANK_RUN): PastedRows {
  const start = values.findIndex((row) => !isBlank(row));
  if (start < 0) return { values, unusedRows: 0 };
  let blanks = 0;
  for (let i = start; i < values.length; i++) {
    blanks = isBlank(values[i]) ? blanks + 1 : 0;
    if (blanks < run) continue;
    const end = i - run + 1;
    const rest = values.slice(i + 1);
    const unusedRows = rest.filter((row) => !isBlank(row)).length;
    if (unusedRows === 0) return { values: values.slice(0, end), unusedRows: 0 };
    const unusedFrom = i + 2 + rest.findIndex((row) => !isBlank(row));
    return { values: values.slice(0, end), unusedRows, unusedFrom };
  }
  return { values, unusedRows: 0 };
}
