import { crc32, inflateRawSync } from "node:zlib";

/**
 * A zip's bytes exactly as described: the sizes each entry declares (true or not), a CRC where
 * given, two entries of the same name if asked. The one zip writer of these tests: files a
 * reader must refuse, and crafted workbooks it must read.
 */
export interface ZipSpec {
  name: string;
  /** The entry's bytes as stored (already deflated for method 8). */
  data: Uint8Array;
  /** What the entry claims to inflate to. */
  declaredSize: number;
  method: 0 | 8;
  /**
   * CRC-32 written for the entry; by default the true one of what `data` inflates to (0 when it
   * does not inflate: such a file is refused before its checksum matters).
   */
  crc?: number;
}

function trueCrc(entry: ZipSpec): number {
  try {
    return crc32(entry.method === 8 ? inflateRawSync(entry.data) : entry.data);
  } catch {
    return 0;
  }
}

function le(value: number, size: 2 | 4): Buffer {
  const buffer = Buffer.alloc(size);
  if (size === 2) buffer.writeUInt16LE(value);
  else buffer.writeUInt32LE(value >>> 0);
  return buffer;
}

const UTF8_NAMES = 0x0800;
/** 1980-01-01, the first date a zip can hold: a valid date for readers that check it. */
const FIRST_DOS_DATE = 0x21;

/**
 * How the archive is laid out around its entries: Zip64 records as some tools write them for
 * every file (each size and offset moved to a Zip64 extra field, a Zip64 end record and locator,
 * the end record saturated), and a self-extracting prefix before the first local header, with the
 * offsets counted from the archive's start (as `cat sfx archive.zip` leaves them) or from the file's.
 */
export interface ZipLayout {
  zip64?: boolean;
  prefix?: Uint8Array;
  offsetsFrom?: "archive" | "file";
}

const MARK = 0xffffffff;

function le64(value: number): Buffer {
  const buffer = Buffer.alloc(8);
  buffer.writeBigUInt64LE(BigInt(value));
  return buffer;
}

/** A Zip64 extra field holding the values in the order the format fixes them. */
const zip64Extra = (...values: number[]): Buffer =>
  Buffer.concat([le(0x0001, 2), le(values.length * 8, 2), ...values.map(le64)]);

export function buildZip(entries: ZipSpec[], layout: ZipLayout = {}): Uint8Array {
  const { zip64 = false, prefix = new Uint8Array(0) } = layout;
  const base = layout.offsetsFrom === "file" ? prefix.length : 0;
  const parts: Buffer[] = [Buffer.from(prefix)];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const sizes = zip64 ? [le(MARK, 4), le(MARK, 4)] : [le(entry.data.length, 4), le(entry.declaredSize, 4)];
    const head = [
      le(zip64 ? 45 : 20, 2),
      le(UTF8_NAMES, 2),
      le(entry.method, 2),
      le(0, 2),
      le(FIRST_DOS_DATE, 2),
      le(entry.crc ?? trueCrc(entry), 4),
      ...sizes,
      le(name.length, 2),
    ];
    const localExtra = zip64 ? zip64Extra(entry.declaredSize, entry.data.length) : Buffer.alloc(0);
    const centralExtra = zip64
      ? zip64Extra(entry.declaredSize, entry.data.length, base + offset)
      : Buffer.alloc(0);
    const local = Buffer.concat([
      le(0x04034b50, 4),
      ...head,
      le(localExtra.length, 2),
      name,
      localExtra,
      entry.data,
    ]);
    central.push(
      le(0x02014b50, 4),
      le(zip64 ? 45 : 20, 2),
      ...head,
      le(centralExtra.length, 2),
      le(0, 2),
      le(0, 2),
      le(0, 2),
      le(0, 4),
      le(zip64 ? MARK : base + offset, 4),
      name,
      centralExtra,
    );
    parts.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(central);
  const zip64End = zip64
    ? [
        le(0x06064b50, 4),
        le64(44),
        le(45, 2),
        le(45, 2),
        le(0, 4),
        le(0, 4),
        le64(entries.length),
        le64(entries.length),
        le64(directory.length),
        le64(base + offset),
        le(0x07064b50, 4),
        le(0, 4),
        le64(base + offset + directory.length),
        le(1, 4),
      ]
    : [];
  const end = [
    le(0x06054b50, 4),
    le(0, 2),
    le(0, 2),
    le(zip64 ? 0xffff : entries.length, 2),
    le(zip64 ? 0xffff : entries.length, 2),
    le(zip64 ? MARK : directory.length, 4),
    le(zip64 ? MARK : base + offset, 4),
    le(0, 2),
  ];
  return new Uint8Array(Buffer.concat([...parts, directory, ...zip64End, ...end]));
}
