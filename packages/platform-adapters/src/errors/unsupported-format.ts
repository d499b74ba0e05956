import { AdapterError, isAdapterErrorOf } from "./adapter-error";

/** Spreadsheet formats that arrive by mistake and that this package does not read. */
export type UnsupportedFormat = "xlsb" | "ods" | "fods" | "numbers" | "utf-16be";

/** A real spreadsheet, in a format this package does not read: saved again as .xlsx, it reads. */
export class UnsupportedFormatError extends AdapterError<"unsupported-format"> {
  override readonly name = "UnsupportedFormatError" as const;
  readonly format: UnsupportedFormat;
  readonly fileName: string | undefined;

  constructor(format: UnsupportedFormat, fileName?: string) {
    super("unsupported-format", `Unsupported spreadsheet format ${format}; save it as .xlsx`);
    this.format = format;
    this.fileName = fileName;
  }
}

export function isUnsupportedFormatError(value: unknown): value is UnsupportedFormatError {
  return isAdapterErrorOf(value, "unsupported-format");
}
