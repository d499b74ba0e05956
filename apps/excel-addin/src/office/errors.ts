/** Errors of the taskpane's own Excel layer; src/ui/describe-error.ts turns them into words. */
export type AddinErrorCode = "sheet-missing" | "sheet-empty" | "read-failed";

export class AddinError extends Error {
  override name = "AddinError";
  constructor(
    readonly code: AddinErrorCode,
    readonly sheetName: string,
    readonly row?: number,
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
