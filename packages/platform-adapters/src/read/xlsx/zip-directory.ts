import { DamagedWorkbookError } from "../../errors/damaged-workbook";
import { NotSpreadsheetError } from "../../errors/not-spreadsheet";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else is refused when the entry is read. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** The CRC-32 of the inflated bytes, from the central directory (a local header may hold 0 and put it after the data). */
  crc32: number;
}

/** Where the zip's bytes come from: a whole buffer, or a file read in ranges (Node). */
export interface ZipSource {
  readonly size: number;
  read(start: number, length: number): Promise<Uint8Array>;
  /** The bytes of a range as chunks, for entries too large to hold compressed and inflated at once. */
  stream(start: number, length: number): AsyncIterable<Uint8Array>;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;
const CENTRAL_HEADER = 46;
const LOCAL_HEADER = 30;

/** How many bytes from the end of a file may hold the end-of-central-directory record. */
export const EOCD_SEARCH = EOCD_MIN + MAX_COMMENT;

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export interface CentralDirectoryAt {
  count: number;
  offset: number;
  size: number;
}

/** The end record, found in the last bytes of the file (`tailStart` is where `tail` begins). */
export function findCentralDirectory(
  tail: Uint8Array,
  tailStart: number,
  fileSize: number,
  fileName?: string,
): CentralDirectoryAt {
  const view = viewOf(tail);
  const stop = Math.max(0, tail.byteLength - EOCD_SEARCH);
  for (let at = tail.byteLength - EOCD_MIN; at >= stop; at--) {
    if (view.getUint32(at, true) !== EOCD_SIGNATURE) continue;
    const count = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 12, true);
    const offset = view.getUint32(at + 16, true);
    if (offset + size > tailStart + at || offset + size > fileSize) {
      throw new NotSpreadsheetError("truncated_zip", fileName);
    }
    return { count, offset, size };
  }
  throw new NotSpreadsheetError("truncated_zip", fileName);
}

/**
 * The entries of the central directory, read to the directory's end as its size says, as
 * Python's zipfile reads it: an end record that under-counts the entries must not drop the last
 * ones (the styles part, and every date with it). One that over-counts them is refused as cut
 * short. Two entries of one name are refused: readers differ on which one they take (exceljs
 * the first, others the last), so the file means two things.
 */
export function parseCentralDirectory(directory: Uint8Array, count: number, fileName?: string): ZipEntry[] {
  const view = viewOf(directory);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let at = 0;
  while (at < directory.byteLength) {
    if (at + CENTRAL_HEADER > directory.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw new NotSpreadsheetError("truncated_zip", fileName);
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(directory.subarray(at + CENTRAL_HEADER, at + CENTRAL_HEADER + nameLength));
    if (seen.has(name)) throw new DamagedWorkbookError("duplicate_entry", name, fileName);
    seen.add(name);
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      crc32: view.getUint32(at + 16, true),
    });
    at += CENTRAL_HEADER + nameLength + extraLength + commentLength;
  }
  if (entries.length < count) throw new NotSpreadsheetError("truncated_zip", fileName);
  return entries;
}

/** The directory of a zip held whole in memory (the browser and `readTable`). */
export function zipDirectoryOf(bytes: Uint8Array, fileName?: string): ZipEntry[] {
  const tailStart = Math.max(0, bytes.byteLength - EOCD_SEARCH);
  const at = findCentralDirectory(bytes.subarray(tailStart), tailStart, bytes.byteLength, fileName);
  return parseCentralDirectory(bytes.subarray(at.offset, at.offset + at.size), at.count, fileName);
}

/** The directory read from the end of the source: only the last bytes and the directory itself. */
export async function readZipDirectory(source: ZipSource, fileName?: string): Promise<ZipEntry[]> {
  const tailStart = Math.max(0, source.size - EOCD_SEARCH);
  const tail = await source.read(tailStart, source.size - tailStart);
  const at = findCentralDirectory(tail, tailStart, source.size, fileName);
  const directory =
    at.offset >= tailStart
      ? tail.subarray(at.offset - tailStart, at.offset - tailStart + at.size)
      : await source.read(at.offset, at.size);
  return parseCentralDirectory(directory, at.count, fileName);
}

/** Where an entry's compressed bytes start: after its local header, whose lengths may differ from the directory's. */
export async function entryDataStart(source: ZipSource, entry: ZipEntry, fileName?: string): Promise<number> {
  const header = await source.read(entry.localHeaderOffset, LOCAL_HEADER);
  const view = viewOf(header);
  if (header.byteLength < LOCAL_HEADER || view.getUint32(0, true) !== LOCAL_SIGNATURE) {
    throw new DamagedWorkbookError("bad_zip", entry.name, fileName);
  }
  const start = entry.localHeaderOffset + LOCAL_HEADER + view.getUint16(26, true) + view.getUint16(28, true);
  if (start + entry.compressedSize > source.size)
    throw new DamagedWorkbookError("bad_zip", entry.name, fileName);
  return start;
}

/** A zip held whole in memory as a source; `chunkSize` lets tests cut entries at every boundary. */
export function bytesSource(bytes: Uint8Array, chunkSize = 64 * 1024): ZipSource {
  return {
    size: bytes.byteLength,
    read: async (start, length) => bytes.subarray(start, Math.min(bytes.byteLength, start + length)),
    async *stream(start, length) {
      const end = Math.min(bytes.byteLength, start + length);
      for (let at = start; at < end; at += chunkSize) yield bytes.subarray(at, Math.min(end, at + chunkSize));
    },
  };
}

/** Zip64 marks sizes it moved elsewhere with 0xffffffff: an export never needs Zip64. */
export const ZIP64_MARK = 0xffffffff;
