import { AdapterError, isAdapterErrorOf } from "./adapter-error";

/** A password-protected workbook: Excel stores it as an OLE container with an EncryptionInfo stream. */
export class EncryptedWorkbookError extends AdapterError<"encrypted-workbook"> {
  override readonly name = "EncryptedWorkbookError" as const;
  readonly fileName: string | undefined;

  constructor(fileName?: string) {
    super("encrypted-workbook", "The workbook is encrypted with a password");
    this.fileName = fileName;
  }
}

export function isEncryptedWorkbookError(value: unknown): value is EncryptedWorkbookError {
  return isAdapterErrorOf(value, "encrypted-workbook");
}
