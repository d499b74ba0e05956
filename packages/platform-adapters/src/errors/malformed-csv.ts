import { AdapterError, isAdapterErrorOf } from "./adapter-error";

/**
 * Why a CSV file is refused rather than read: each would merge rows into one cell, shift cells
 * into the wrong columns, or hand over bytes no text export has, and the rows would still add up.
 */
export type MalformedCsvReason =
  /** A quote opens a cell and never closes: every row after it is in that cell. */
  | "unclosed_quote"
  /** A quoted cell closes rows later, and the lines it swallowed look like records of their own. */
  | "merged_rows"
  /** Text after a closing quote: the parser keeps looking for another quote, cells run together. */
  | "stray_quote"
  /** More cells than the table is wide (empty ones too): a delimiter in an unquoted cell shifts the columns. */
  | "extra_cells"
  /** NUL and other control characters deep in the file: damaged bytes. */
  | "control_character"
  /**
   * Lines in two encodings (UTF-8 and GBK): a file pieced together from two exports. Read as one
   * encoding, the other's lines become mojibake; `line` is the first line of the fewer kind.
   */
  | "mixed_encoding";

export interface MalformedCsvDetails {
  /** The record, 1-based, as Excel numbers it when it opens the file (the `rowNumber` of the table). */
  row: number;
  /** The line, 1-based, as a text editor numbers it, where the faulty cell begins. */
  line: number;
  /** `merged_rows`: lines swallowed by the cell; `extra_cells`: cells beyond the table's width. */
  count?: number;
  fileName?: string;
}

/** A CSV file that cannot be read without losing or merging rows; names the row to fix. */
export class MalformedCsvError extends AdapterError<"malformed-csv"> {
  override readonly name = "MalformedCsvError" as const;
  readonly reason: MalformedCsvReason;
  readonly row: number;
  readonly line: number;
  readonly count: number | undefined;
  readonly fileName: string | undefined;

  constructor(reason: MalformedCsvReason, details: MalformedCsvDetails) {
    super("malformed-csv", `Malformed CSV (${reason}) at row ${details.row}, line ${details.line}`);
    this.reason = reason;
    this.row = details.row;
    this.line = details.line;
    this.count = details.count;
    this.fileName = details.fileName;
  }
}

export function isMalformedCsvError(value: unknown): value is MalformedCsvError {
  return isAdapterErrorOf(value, "malformed-csv");
}
