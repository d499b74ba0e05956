import type { SheetCell, SheetColumn } from "./sheet";

/** Excel's (and WPS's, LibreOffice's) Text number format: what is in the cell, or typed into it, stays text. */
export const TEXT_FORMAT = "@";
export const DATE_FORMAT = "yyyy-mm-dd hh:mm:ss";

/**
 * Text a spreadsheet reads as a formula when it is typed or pasted: `=`, `+`, `-`, `@` (and so the
 * DDE forms, `=cmd|' /C calc'!A0`, `@SUM(…)`, `+cmd|…`), their full-width forms ＝＋－＠ that
 * Chinese input methods type and Excel and WPS turn into formulas on entry, and a leading tab,
 * CR, LF, space or ideographic space, which hide the sign from the eye while a retyped cell still
 * evaluates it.
 */
const FORMULA_LIKE = /^[=+\-@\t\r\n \u3000＝＋－＠]/;

/**
 * Text Excel's entry would turn into something else in a General cell: a digit anywhere may make a
 * number (a long order number becomes 2.02511E+19 and loses its last digits), a date, a time, a
 * fraction or a percentage; TRUE/FALSE become booleans and `#N/A` an error. Coarse on purpose:
 * text that would have stayed text loses nothing by the Text format.
 */
const VALUE_LIKE = /[0-9０-９]|^\s*(true|false|#)/i;

export function isFormulaLike(text: string): boolean {
  return FORMULA_LIKE.test(text);
}

/**
 * The one rule for which cells are text, for every output (the xlsx writer and the taskpane's
 * Excel grid): identifier columns, formula-like text, and text Excel would read as a value.
 * Such a cell is written as the string with the Text format, so it shows as written and never
 * runs or changes, not even after someone edits it.
 */
export function isTextCell(value: SheetCell, column?: SheetColumn): boolean {
  if (column?.text === true) return true;
  return typeof value === "string" && (FORMULA_LIKE.test(value) || VALUE_LIKE.test(value));
}

/**
 * A cell's number format: its row's own (an amount), Text by the rule above, a date's, else none
 * (General). An empty cell of an identifier column is Text too.
 */
export function cellFormat(
  value: SheetCell,
  column: SheetColumn | undefined,
  own: string | undefined,
): string | undefined {
  if (own !== undefined) return own;
  if (value instanceof Date) return DATE_FORMAT;
  return isTextCell(value, column) ? TEXT_FORMAT : undefined;
}

/** Excel's day 0 is 1899-12-30: 25,569 days before 1970-01-01. Dates are written by their UTC wall clock. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 24 * 3600 * 1000;

export function excelSerial(date: Date): number {
  return UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY;
}
