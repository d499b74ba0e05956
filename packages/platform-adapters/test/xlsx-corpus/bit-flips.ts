import { inflateRawSync } from "node:zlib";
import { type ZipEntry, zipDirectoryOf } from "../../src/read/xlsx/index";
import { craftZip } from "./zip";

/** Where an entry's stored bytes start: after its local header (name and extra field). */
export function dataStart(bytes: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  return at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
}

/** The byte range of each entry's data as the zip holds it (deflated or stored), with the entry. */
export function entryRanges(bytes: Uint8Array): { entry: ZipEntry; start: number; end: number }[] {
  return zipDirectoryOf(bytes)
    .filter((entry) => entry.compressedSize > 0)
    .map((entry) => {
      const start = dataStart(bytes, entry);
      return { entry, start, end: start + entry.compressedSize };
    });
}

/** The same workbook with every entry stored, not deflated (as some tools write small parts). */
export function storedCopy(bytes: Uint8Array): Uint8Array {
  return craftZip(
    zipDirectoryOf(bytes).map((entry) => {
      const start = dataStart(bytes, entry);
      const data = bytes.subarray(start, start + entry.compressedSize);
      return { name: entry.name, data: entry.method === 8 ? inflateRawSync(data) : data, store: true };
    }),
  );
}

/** A small deterministic generator of bit positions within byte ranges: the same flips on every run. */
export function* bitsOf(seed: number, count: number, ranges: [number, number][]): Generator<number> {
  let state = seed;
  const total = ranges.reduce((sum, [start, end]) => sum + (end - start) * 8, 0);
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    let bit = state % total;
    for (const [start, end] of ranges) {
      if (bit < (end - start) * 8) {
        yield start * 8 + bit;
        break;
      }
      bit -= (end - start) * 8;
    }
  }
}

export function flipped(bytes: Uint8Array, bit: number): Uint8Array {
  const copy = bytes.slice();
  copy[bit >> 3] = (copy[bit >> 3] as number) ^ (1 << (bit & 7));
  return copy;
}
