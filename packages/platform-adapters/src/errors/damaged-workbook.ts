import { AdapterError, isAdapterErrorOf } from "./adapter-error";

export type DamagedWorkbookReason =
  | "truncated_xml"
  | "missing_shared_strings"
  | "shared_string_index"
  | "duplicate_entry"
  | "bad_zip"
  | "inflate_failed"
  | "size_mismatch"
  /** The inflated bytes are not those the zip's checksum was taken of: damaged in storage or transfer. */
  | "crc_mismatch"
  | "oversized_cell"
  /** A CDATA section: no spreadsheet program writes one in a sheet, and skipping it would lose text. */
  | "cdata"
  /** A DOCTYPE declaring entities: an XML parser expands them, these readers do not; no program writes one. */
  | "doctype";

/**
 * The file is an xlsx workbook, but a part of it is damaged so that some cells cannot be
 * read. Refused rather than read in part: a lost row is a lost order.
 */
export class DamagedWorkbookError extends AdapterError<"damaged-workbook"> {
  override readonly name = "DamagedWorkbookError" as const;
  readonly reason: DamagedWorkbookReason;
  /** The zip entry at fault, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string | undefined;
  readonly fileName: string | undefined;

  constructor(reason: DamagedWorkbookReason, part?: string, fileName?: string, detail?: string) {
    super(
      "damaged-workbook",
      `Damaged workbook (${reason}${part ? ` in ${part}` : ""})${detail ? `: ${detail}` : ""}`,
    );
    this.reason = reason;
    this.part = part;
    this.fileName = fileName;
  }
}

export function isDamagedWorkbookError(value: unknown): value is DamagedWorkbookError {
  return isAdapterErrorOf(value, "damaged-workbook");
}
