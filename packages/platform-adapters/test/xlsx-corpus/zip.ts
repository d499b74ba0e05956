import { crc32, deflateRawSync } from "node:zlib";
import { buildZip, type ZipLayout } from "../zip-builder";

/** One entry of a crafted zip, in the order it is written. */
export interface CraftEntry {
  name: string;
  data: Uint8Array | string;
  /** Stored instead of deflated. */
  store?: boolean;
  /** What the entry claims to inflate to, in both headers; by default the truth. */
  declaredSize?: number;
}

const bytesOf = (data: Uint8Array | string): Uint8Array =>
  typeof data === "string" ? new TextEncoder().encode(data) : data;

/**
 * A zip as Excel writes one (local headers, central directory, end record, real CRCs), except
 * where an entry asks to lie about its size or two entries share a name: the files a reader
 * must not trust.
 */
export function craftZip(entries: CraftEntry[], layout?: ZipLayout): Uint8Array {
  return buildZip(
    entries.map((entry) => {
      const raw = bytesOf(entry.data);
      return {
        name: entry.name,
        data: entry.store ? raw : new Uint8Array(deflateRawSync(raw)),
        declaredSize: entry.declaredSize ?? raw.length,
        method: entry.store ? 0 : 8,
        crc: crc32(raw),
      };
    }),
    layout,
  );
}
