/** Errors of the taskpane's own Excel layer; src/ui/describe-error.ts turns them into words. */
export type AddinErrorCode =
  | "sheet-missing"
  | "sheet-empty"
  | "read-failed"
  | "paste-outside-window"
  | "paste-rows-apart";

/** Pasted orders from outside the export's window: where they are, and which days. */
export interface OutsideWindow {
  rows: number;
  firstDay: string;
  lastDay: string;
  from: string;
  to: string;
}

export class AddinError extends Error {
  override name = "AddinError";
  constructor(
    readonly code: AddinErrorCode,
    readonly sheetName: string,
    readonly row?: number,
    readonly outside?: OutsideWindow,
    /** `paste-rows-apart`: how many orders have rows in two places, and the first of them. */
    readonly apart?: { orders: number; orderNo: string; firstRow: number },
  ) {
    super(`${code}: ${sheetName}${row === undefined ? "" : ` row ${row}`}`);
  }
}

/** Cross-realm safe: Office.js and the fake may hand errors from another window. */
export function isAddinError(error: unknown): error is AddinError {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AddinError";
}

export function isAbortError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError";
}
