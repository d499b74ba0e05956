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
  /** Where the directory starts in the file (its declared offset moved by `shift`). */
  offset: number;
  size: number;
  /**
   * Bytes before the archive: a self-extracting prefix (a program put before the zip) whose
   * writer left the offsets relative to the archive's start. Python's zipfile reads such a file by
   * where the directory really ends; so do these readers, adding it to every entry's offset.
   */
  shift: number;
}

const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const ZIP64_LOCATOR = 20;
const ZIP64_END = 56;
/** The tail read for the end record: its search range, and before it a Zip64 end record and locator. */
const TAIL = EOCD_SEARCH + ZIP64_END + ZIP64_LOCATOR;

/** An 8-byte size or offset as a number; one past 2^53 is no real file's. */
function uint64(view: DataView, at: number, fileName?: string): number {
  const value = view.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new NotSpreadsheetError("truncated_zip", fileName);
  return Number(value);
}

/**
 * The Zip64 end record of the end record at `at` (some tools write one for every file, others
 * once a file passes 4 GiB or 65,535 entries): its counts replace the
 * end record's, which then hold 0xffff and 0xffffffff. Found as Python's zipfile finds it, just
 * before its locator; undefined when there is no locator.
 */
function zip64End(
  view: DataView,
  at: number,
  fileName?: string,
): { recordAt: number; count: number; size: number; offset: number } | undefined {
  const locator = at - ZIP64_LOCATOR;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) return undefined;
  const recordAt = locator - ZIP64_END;
  if (recordAt < 0 || view.getUint32(recordAt, true) !== ZIP64_END_SIGNATURE) {
    throw new NotSpreadsheetError("truncated_zip", fileName);
  }
  return {
    recordAt,
    count: uint64(view, recordAt + 32, fileName),
    size: uint64(view, recordAt + 40, fileName),
    offset: uint64(view, recordAt + 48, fileName),
  };
}

/** The end record, found in the last bytes of the file (`tailStart` is where `tail` begins). */
export function findCentralDirectory(
  tail: Uint8Array,
  tailStart: number,
  fileName?: string,
): CentralDirectoryAt {
  const view = viewOf(tail);
  const stop = Math.max(0, tail.byteLength - EOCD_SEARCH);
  for (let at = tail.byteLength - EOCD_MIN; at >= stop; at--) {
    if (view.getUint32(at, true) !== EOCD_SIGNATURE) continue;
    const zip64 = zip64End(view, at, fileName);
    const count = zip64?.count ?? view.getUint16(at + 10, true);
    const size = zip64?.size ?? view.getUint32(at + 12, true);
    const declared = zip64?.offset ?? view.getUint32(at + 16, true);
    // The directory ends where the (Zip64) end record starts: what lies before the declared offset is a prefix.
    const directoryEnd = tailStart + (zip64?.recordAt ?? at);
    const shift = directoryEnd - size - declared;
    if (shift < 0) throw new NotSpreadsheetError("truncated_zip", fileName);
    return { count, offset: declared + shift, size, shift };
  }
  throw new NotSpreadsheetError("truncated_zip", fileName);
}

/** Zip64 marks a size or offset it moved to the entry's Zip64 extra field with 0xffffffff. */
const ZIP64_MARK = 0xffffffff;
const ZIP64_EXTRA = 0x0001;

/**
 * An entry's sizes and offset, those marked 0xffffffff taken from its Zip64 extra field, in the
 * order the format fixes (inflated size, compressed size, offset), each there only if marked.
 * A mark without its value is refused, as Python's zipfile refuses it.
 */
function zip64Fields(
  view: DataView,
  extraStart: number,
  extraEnd: number,
  fields: number[],
  name: string,
  fileName?: string,
): number[] {
  if (!fields.includes(ZIP64_MARK)) return fields;
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let next = at + 4;
      return fields.map((field) => {
        if (field !== ZIP64_MARK) return field;
        if (next + 8 > at + 4 + length) {
          throw new DamagedWorkbookError("bad_zip", name, fileName, "Zip64 extra field too short");
        }
        const value = uint64(view, next, fileName);
        next += 8;
        return value;
      });
    }
    at += 4 + length;
  }
  throw new DamagedWorkbookError("bad_zip", name, fileName, "Zip64 extra field missing");
}

/**
 * The entries of the central directory, read to the directory's end as its size says, as
 * Python's zipfile reads it: an end record that under-counts the entries must not drop the last
 * ones (the styles part, and every date with it). One that over-counts them is refused as cut
 * short. Two entries of one name are refused: readers differ on which one they take (exceljs
 * the first, others the last), so the file means two things. Offsets are moved by `shift`, the
 * bytes of a self-extracting prefix (see `CentralDirectoryAt`).
 */
export function parseCentralDirectory(
  directory: Uint8Array,
  count: number,
  fileName?: string,
  shift = 0,
): ZipEntry[] {
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
    const nameEnd = at + CENTRAL_HEADER + nameLength;
    if (nameEnd + extraLength > directory.byteLength)
      throw new NotSpreadsheetError("truncated_zip", fileName);
    const name = decoder.decode(directory.subarray(at + CENTRAL_HEADER, nameEnd));
    if (seen.has(name)) throw new DamagedWorkbookError("duplicate_entry", name, fileName);
    seen.add(name);
    const [uncompressedSize, compressedSize, localHeaderOffset] = zip64Fields(
      view,
      nameEnd,
      nameEnd + extraLength,
      [view.getUint32(at + 24, true), view.getUint32(at + 20, true), view.getUint32(at + 42, true)],
      name,
      fileName,
    ) as [number, number, number];
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      compressedSize,
      uncompressedSize,
      localHeaderOffset: localHeaderOffset + shift,
      crc32: view.getUint32(at + 16, true),
    });
    at = nameEnd + extraLength + commentLength;
  }
  if (entries.length < count) throw new NotSpreadsheetError("truncated_zip", fileName);
  return entries;
}

/** The directory of a zip held whole in memory (the browser and `readTable`). */
export function zipDirectoryOf(bytes: Uint8Array, fileName?: string): ZipEntry[] {
  const tailStart = Math.max(0, bytes.byteLength - TAIL);
  const at = findCentralDirectory(bytes.subarray(tailStart), tailStart, fileName);
  return parseCentralDirectory(bytes.subarray(at.offset, at.offset + at.size), at.count, fileName, at.shift);
}

/**
 * Whether bytes that do not start as a zip end as one: a self-extracting archive (a program,
 * then the zip). Its end record must point at a central directory, so no text file is taken for one.
 */
export function endsAsZip(bytes: Uint8Array): boolean {
  const tailStart = Math.max(0, bytes.byteLength - TAIL);
  try {
    const at = findCentralDirectory(bytes.subarray(tailStart), tailStart);
    return at.size > 0 && viewOf(bytes).getUint32(at.offset, true) === CENTRAL_SIGNATURE;
  } catch {
    return false;
  }
}

/** The directory read from the end of the source: only the last bytes and the directory itself. */
export async function readZipDirectory(source: ZipSource, fileName?: string): Promise<ZipEntry[]> {
  const tailStart = Math.max(0, source.size - TAIL);
  const tail = await source.read(tailStart, source.size - tailStart);
  const at = findCentralDirectory(tail, tailStart, fileName);
  const directory =
    at.offset >= tailStart
      ? tail.subarray(at.offset - tailStart, at.offset - tailStart + at.size)
      : await source.read(at.offset, at.size);
  return parseCentralDirectory(directory, at.count, fileName, at.shift);
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
