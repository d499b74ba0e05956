/**
 * CRC-32 (the zip one: polynomial 0xEDB88320), continued from `value` over `data`, the
 * signature of Node's `zlib.crc32`. Injected like `Inflate`: Node passes zlib's native one,
 * other hosts get `jsCrc32`.
 */
export type Crc32 = (data: Uint8Array, value: number) => number;

/** Eight tables of 256: slice-by-8, eight bytes per step (about 8x the byte-at-a-time loop). */
const TABLE = (() => {
  const table = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = table[n] as number;
    for (let k = 1; k < 8; k++) {
      c = (table[c & 255] as number) ^ (c >>> 8);
      table[k * 256 + n] = c;
    }
  }
  return table;
})();

/** CRC-32 in plain JavaScript, for hosts without a native one (browsers, the fflate path). */
export const jsCrc32: Crc32 = (data, value) => {
  const t = TABLE;
  let c = ~value;
  let i = 0;
  const n = data.length;
  for (; i + 8 <= n; i += 8) {
    c ^=
      (data[i] as number) |
      ((data[i + 1] as number) << 8) |
      ((data[i + 2] as number) << 16) |
      ((data[i + 3] as number) << 24);
    const high =
      (data[i + 4] as number) |
      ((data[i + 5] as number) << 8) |
      ((data[i + 6] as number) << 16) |
      ((data[i + 7] as number) << 24);
    c =
      (t[1792 + (c & 255)] as number) ^
      (t[1536 + ((c >>> 8) & 255)] as number) ^
      (t[1280 + ((c >>> 16) & 255)] as number) ^
      (t[1024 + (c >>> 24)] as number) ^
      (t[768 + (high & 255)] as number) ^
      (t[512 + ((high >>> 8) & 255)] as number) ^
      (t[256 + ((high >>> 16) & 255)] as number) ^
      (t[high >>> 24] as number);
  }
  for (; i < n; i++) c = (t[(c ^ (data[i] as number)) & 255] as number) ^ (c >>> 8);
  return ~c >>> 0;
};
