export {
  ADAPTER_ERROR_CODES,
  ADAPTER_ERROR_NAMES,
  AdapterError,
  type AdapterErrorCode,
  isAdapterError,
} from "./adapter-error";
export type { AdapterErrorOf, AnyAdapterError } from "./any-adapter-error";
export { DamagedWorkbookError, type DamagedWorkbookReason, isDamagedWorkbookError } from "./damaged-workbook";
export { EncryptedWorkbookError, isEncryptedWorkbookError } from "./encrypted-workbook";
export { HeaderNotFoundError, isHeaderNotFoundError } from "./header-not-found";
export { InputTooLargeError, isInputTooLargeError, type SizeLimit } from "./input-too-large";
export { InvalidProfileError, isInvalidProfileError } from "./invalid-profile";
export { isLegacyXlsError, LegacyXlsError } from "./legacy-xls";
export {
  isMalformedCsvError,
  type MalformedCsvDetails,
  MalformedCsvError,
  type MalformedCsvReason,
} from "./malformed-csv";
export { isNotSpreadsheetError, NotSpreadsheetError, type NotSpreadsheetReason } from "./not-spreadsheet";
export { isSheetNotFoundError, SheetNotFoundError } from "./sheet-not-found";
export { isUnknownPlatformError, UnknownPlatformError } from "./unknown-platform";
export { isUnrecognisedExportError, UnrecognisedExportError } from "./unrecognised-export";
export {
  isUnsupportedFormatError,
  type UnsupportedFormat,
  UnsupportedFormatError,
} from "./unsupported-format";
