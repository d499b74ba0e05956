export { ADAPTER_ERROR_CODES, AdapterError, type AdapterErrorCode, isAdapterError } from "./adapter-error";
export { EncryptedWorkbookError } from "./encrypted-workbook";
export { HeaderNotFoundError } from "./header-not-found";
export { InputTooLargeError, type SizeLimit } from "./input-too-large";
export { InvalidProfileError } from "./invalid-profile";
export { LegacyXlsError } from "./legacy-xls";
export { NotSpreadsheetError, type NotSpreadsheetReason } from "./not-spreadsheet";
export { SheetNotFoundError } from "./sheet-not-found";
