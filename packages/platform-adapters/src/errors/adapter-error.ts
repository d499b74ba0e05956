export const ADAPTER_ERROR_CODES = [
  "not_spreadsheet",
  "encrypted_workbook",
  "legacy_xls",
  "header_not_found",
  "input_too_large",
  "sheet_not_found",
  "invalid_profile",
] as const;
export type AdapterErrorCode = (typeof ADAPTER_ERROR_CODES)[number];

/** Base of every error this package throws: only for input nothing can be read from. */
export class AdapterError extends Error {
  readonly code: AdapterErrorCode;

  constructor(code: AdapterErrorCode, message: string) {
    super(message);
    this.name = "AdapterError";
    this.code = code;
  }
}

/** Cross-realm safe (a taskpane may get errors from another frame): checks the shape, not the prototype. */
export function isAdapterError(value: unknown): value is AdapterError {
  if (!(value instanceof Error) && (typeof value !== "object" || value === null)) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" && (ADAPTER_ERROR_CODES as readonly string[]).includes(code);
}
