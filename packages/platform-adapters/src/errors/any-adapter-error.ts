import { ADAPTER_ERROR_NAMES, type AdapterErrorCode } from "./adapter-error";
import type { DamagedWorkbookError } from "./damaged-workbook";
import type { EncryptedWorkbookError } from "./encrypted-workbook";
import type { HeaderNotFoundError } from "./header-not-found";
import type { InputTooLargeError } from "./input-too-large";
import type { InvalidProfileError } from "./invalid-profile";
import type { LegacyXlsError } from "./legacy-xls";
import type { MalformedCsvError } from "./malformed-csv";
import type { NotSpreadsheetError } from "./not-spreadsheet";
import type { SheetNotFoundError } from "./sheet-not-found";
import type { UnknownPlatformError } from "./unknown-platform";
import type { UnrecognisedExportError } from "./unrecognised-export";
import type { UnsupportedFormatError } from "./unsupported-format";

/**
 * Every error this package throws, one class per code: `isAdapterError` narrows to it, and the
 * words (`formatErrorZh`) switch on `code` and read each class's own fields with no casts.
 */
export type AnyAdapterError =
  | NotSpreadsheetError
  | EncryptedWorkbookError
  | LegacyXlsError
  | HeaderNotFoundError
  | InputTooLargeError
  | SheetNotFoundError
  | InvalidProfileError
  | MalformedCsvError
  | UnknownPlatformError
  | DamagedWorkbookError
  | UnsupportedFormatError
  | UnrecognisedExportError;

/** The error of one code: `AdapterErrorOf<"malformed-csv">["row"]`. */
export type AdapterErrorOf<C extends AdapterErrorCode> = Extract<AnyAdapterError, { code: C }>;

// A new code does not compile here until its class joins the union under the name its guard checks.
ADAPTER_ERROR_NAMES satisfies { readonly [C in AdapterErrorCode]: AdapterErrorOf<C>["name"] };
