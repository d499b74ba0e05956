import { AdapterError } from "./adapter-error";

/** A password-protected workbook: Excel stores it as an OLE container with an EncryptionInfo stream. */
export class EncryptedWorkbookError extends AdapterError {
  readonly fileName: string | undefined;

  constructor(fileName?: string) {
    super("encrypted_workbook", "The workbook is encrypted with a password");
    this.name = "EncryptedWorkbookError";
    this.fileName = fileName;
  }
}
