import { AdapterError, isAdapterErrorOf } from "./adapter-error";

/** A binary Excel 97-2003 (BIFF) .xls: no library here reads it safely, the operator saves it as .xlsx. */
export class LegacyXlsError extends AdapterError<"legacy-xls"> {
  override readonly name = "LegacyXlsError" as const;
  readonly fileName: string | undefined;

  constructor(fileName?: string) {
    super("legacy-xls", "Binary .xls (Excel 97-2003) is not supported");
    this.fileName = fileName;
  }
}

export function isLegacyXlsError(value: unknown): value is LegacyXlsError {
  return isAdapterErrorOf(value, "legacy-xls");
}
