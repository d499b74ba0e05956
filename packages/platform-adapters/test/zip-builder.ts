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

export function buildZip(entries: ZipSpec[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const common = [
      le(20, 2),
      le(UTF8_NAMES, 2),
      le(entry.method, 2),
      le(0, 2),
      le(FIRST_DOS_DATE, 2),
      le(entry.crc ?? trueCrc(entry), 4),
      le(entry.data.length, 4),
      le(entry.declaredSize, 4),
      le(name.length, 2),
      le(0, 2),
    ];
    const local = Buffer.concat([le(0x04034b50, 4), ...common, name, entry.data]);
    central.push(
      le(0x02014b50, 4),
      le(20, 2),
      ...common,
      le(0, 2),
      le(0, 2),
      le(0, 2),
      le(0, 4),
      le(offset, 4),
      name,
    );
    parts.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(central);
  const end = [
    le(0x06054b50, 4),
    le(0, 2),
    le(0, 2),
    le(entries.length, 2),
    le(entries.length, 2),
    le(directory.length, 4),
    le(offset, 4),
    le(0, 2),
  ];
  return new Uint8Array(Buffer.concat([...parts, directory, ...end]));
}
