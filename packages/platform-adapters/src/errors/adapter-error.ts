import { isCodedError } from "@syt/orders-model";
import type { AnyAdapterError } from "./any-adapter-error";

export const ADAPTER_ERROR_CODES = [
  "not_spreadsheet",
  "encrypted_workbook",
  "legacy_xls",
  "header_not_found",
  "input_too_large",
  "sheet_not_found",
  "invalid_profile",
  "malformed_csv",
  "unknown_platform",
  "damaged_workbook",
  "unsupported_format",
  "unrecognised_export",
] as const;
export type AdapterErrorCode = (typeof ADAPTER_ERROR_CODES)[number];

/**
 * The class name of each code. Guards check both, so an error of another package that shares
 * a class name or a code is never taken for ours; a new code does not compile without its name.
 */
export const ADAPTER_ERROR_NAMES = {
  not_spreadsheet: "NotSpreadsheetError",
  encrypted_workbook: "EncryptedWorkbookError",
  legacy_xls: "LegacyXlsError",
  header_not_found: "HeaderNotFoundError",
  input_too_large: "InputTooLargeError",
  sheet_not_found: "SheetNotFoundError",
  invalid_profile: "InvalidProfileError",
  malformed_csv: "MalformedCsvError",
  unknown_platform: "UnknownPlatformError",
  damaged_workbook: "DamagedWorkbookError",
  unsupported_format: "UnsupportedFormatError",
  unrecognised_export: "UnrecognisedExportError",
} as const satisfies Record<AdapterErrorCode, `${string}Error`>;
type AdapterErrorName<C extends AdapterErrorCode> = (typeof ADAPTER_ERROR_NAMES)[C];

/**
 * Base of every error this package throws: only for input nothing can be read from. A subclass
 * fixes its code (`AdapterError<"legacy_xls">`) and its literal `name`; the base is never thrown
 * itself, so that every error the guards answer for is one of `AnyAdapterError`'s classes.
 */
export class AdapterError<C extends AdapterErrorCode = AdapterErrorCode> extends Error {
  override readonly name: "AdapterError" | AdapterErrorName<C> = "AdapterError";
  readonly code: C;

  protected constructor(code: C, message: string) {
    super(message);
    this.code = code;
  }
}

const ADAPTER_ERRORS = { codes: ADAPTER_ERROR_CODES, names: ADAPTER_ERROR_NAMES } as const;

/**
 * Any error of this package, judged by its class's name and its code (`isCodedError`), never by
 * prototype: a taskpane frame has its own `Error`, and a bundle may carry its own copy of these classes.
 */
export function isAdapterError(value: unknown): value is AnyAdapterError {
  return isCodedError(value, ADAPTER_ERRORS);
}

/** The check behind each class's own guard (`isLegacyXlsError`, …): that class's name and code. */
export function isAdapterErrorOf(value: unknown, code: AdapterErrorCode): boolean {
  return isCodedError(value, ADAPTER_ERRORS, code);
}
