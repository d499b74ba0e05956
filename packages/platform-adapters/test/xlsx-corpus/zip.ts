import { crc32, deflateRawSync } from "node:zlib";

/** One entry of a crafted zip, in the order it is written. */
export interface CraftEntry {
  name: string;
  data: Uint8Array | string;
  /** Stored instead of deflated. */
  store?: boolean;
  /** What the entry claims to inflate to, in both headers; by default the truth. */
  declaredSize?: number;
}

const fields = (values: [number, 2 | 4][]): number[] =>
  values.flatMap(([value, size]) =>
    Array.from({ length: size }, (_, i) => Math.floor(value / 256 ** i) % 256),
  );

const bytesOf = (data: Uint8Array | string): Uint8Array =>
  typeof data === "string" ? new TextEncoder().encode(data) : data;

/**
 * A zip as Excel writes one (local headers, central directory, end record, real CRCs), except
 * where an entry asks to lie about its size or two entries share a name: the files a reader
 * must not trust.
 */
export function craftZip(entries: CraftEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: number[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = bytesOf(entry.data);
    const data = entry.store ? raw : new Uint8Array(deflateRawSync(raw));
    const name = new TextEncoder().encode(entry.name);
    const common = fields([
      [20, 2],
      [0x0800, 2], // names are UTF-8
      [entry.store ? 0 : 8, 2],
      [0, 2],
      [0x21, 2],
      [crc32(raw), 4],
      [data.length, 4],
      [entry.declaredSize ?? raw.length, 4],
      [name.length, 2],
      [0, 2],
    ]);
    const local = new Uint8Array([...fields([[0x04034b50, 4]]), ...common, ...name]);
    central.push(
      ...fields([
        [0x02014b50, 4],
        [20, 2],
      ]),
      ...common,
      ...fields([
        [0, 2],
        [0, 2],
        [0, 2],
        [0, 4],
        [offset, 4],
      ]),
      ...name,
    );
    chunks.push(local, data);
    offset += local.length + data.length;
  }
  const end = fields([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [entries.length, 2],
    [entries.length, 2],
    [central.length, 4],
    [offset, 4],
    [0, 2],
  ]);
  chunks.push(new Uint8Array(central), new Uint8Array(end));
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
