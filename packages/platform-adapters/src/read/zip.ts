import { InputTooLargeError } from "../errors/input-too-large";
import { NotSpreadsheetError } from "../errors/not-spreadsheet";

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

function findEndOfCentralDirectory(view: DataView): number {
  const stop = Math.max(0, view.byteLength - EOCD_MIN - MAX_COMMENT);
  for (let at = view.byteLength - EOCD_MIN; at >= stop; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

/**
 * The entries a zip declares in its central directory, read without inflating anything.
 * `tail` is the end of the file (it must hold the whole central directory) and `fileSize`
 * the full size, so Node can pass only the last bytes of a large file.
 */
export function zipEntries(tail: Uint8Array, fileSize = tail.byteLength, fileName?: string): ZipEntry[] {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw new NotSpreadsheetError("truncated_zip", fileName);
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offsetInFile = view.getUint32(eocd + 16, true);
  const start = offsetInFile - (fileSize - tail.byteLength);
  if (start < 0 || start + size > eocd) throw new NotSpreadsheetError("truncated_zip", fileName);
  const entries: ZipEntry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > tail.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw new NotSpreadsheetError("truncated_zip", fileName);
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      name: new TextDecoder().decode(tail.subarray(at + 46, at + 46 + nameLength)),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** How many bytes from the end of a file `zipEntries` may need (Node reads only these). */
export const ZIP_TAIL_HINT = 4 * 1024 * 1024;

/** Zip64 marks sizes it moved elsewhere with 0xffffffff: treated as too large, since an export never needs Zip64. */
const ZIP64_MARK = 0xffffffff;

/** Refuses a zip that is no workbook, or whose declared content would inflate past the limit. */
export function checkWorkbookZip(entries: ZipEntry[], maxUncompressedBytes: number, fileName?: string): void {
  if (!entries.some((entry) => entry.name === "xl/workbook.xml")) {
    throw new NotSpreadsheetError("zip_without_workbook", fileName);
  }
  const total = entries.reduce(
    (sum, entry) =>
      sum + (entry.uncompressedSize === ZIP64_MARK ? Number.MAX_SAFE_INTEGER : entry.uncompressedSize),
    0,
  );
  if (total > maxUncompressedBytes) throw new InputTooLargeError("uncompressed", total, maxUncompressedBytes);
}
