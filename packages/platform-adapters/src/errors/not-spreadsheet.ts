import { AdapterError, isAdapterErrorOf } from "./adapter-error";

export type NotSpreadsheetReason =
  | "empty"
  | "truncated_zip"
  | "zip_without_workbook"
  | "image"
  | "pdf"
  | "binary"
  | "html_without_table"
  | "unreadable_workbook";

/** The bytes are no spreadsheet this package can read (empty, an image, a broken zip, a web page). */
export class NotSpreadsheetError extends AdapterError<"not-spreadsheet"> {
  override readonly name = "NotSpreadsheetError" as const;
  readonly reason: NotSpreadsheetReason;
  readonly fileName: string | undefined;

  constructor(reason: NotSpreadsheetReason, fileName?: string, detail?: string) {
    super("not-spreadsheet", `Not a readable spreadsheet (${reason})${detail ? `: ${detail}` : ""}`);
    this.reason = reason;
    this.fileName = fileName;
  }
}

export function isNotSpreadsheetError(value: unknown): value is NotSpreadsheetError {
  return isAdapterErrorOf(value, "not-spreadsheet");
}
