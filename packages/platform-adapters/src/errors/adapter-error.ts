import { isCodedError } from "@syt/orders-model";
import type { AnyAdapterError } from "./any-adapter-error";

export const ADAPTER_ERROR_CODES = [
  "not-spreadsheet",
  "encrypted-workbook",
  "legacy-xls",
  "header-not-found",
  "input-too-large",
  "sheet-not-found",
  "invalid-profile",
  "malformed-csv",
  "unknown-platform",
  "damaged-workbook",
  "unsupported-format",
  "unrecognised-export",
] as const;
export type AdapterErrorCode = (typeof ADAPTER_ERROR_CODES)[number];

/**
 * The class name of each code. Guards check both, so an error of another package that shares
 * a class name or a code is never taken for ours; a new code does not compile without its name.
 */
export const ADAPTER_ERROR_NAMES = {
  "not-spreadsheet": "NotSpreadsheetError",
  "encrypted-workbook": "EncryptedWorkbookError",
  "legacy-xls": "LegacyXlsError",
  "header-not-found": "HeaderNotFoundError",
  "input-too-large": "InputTooLargeError",
  "sheet-not-found": "SheetNotFoundError",
  "invalid-profile": "InvalidProfileError",
  "malformed-csv": "MalformedCsvError",
  "unknown-platform": "UnknownPlatformError",
  "damaged-workbook": "DamagedWorkbookError",
  "unsupported-format": "UnsupportedFormatError",
  "unrecognised-export": "UnrecognisedExportError",
} as const satisfies Record<AdapterErrorCode, `${string}Error`>;
type AdapterErrorName<C extends AdapterErrorCode> = (typeof ADAPTER_ERROR_NAMES)[C];

/**
 * Base of every error this package throws: only for input nothing can be read from. A subclass
 * fixes its code (`AdapterError<"legacy-xls">`) and its literal `name`; the base is never thrown
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
