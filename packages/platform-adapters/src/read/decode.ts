export type TextEncodingName = "utf-8" | "utf-16le" | "gb18030";

/** BOM -> its encoding; valid UTF-8 -> UTF-8; otherwise GB18030, the superset of GBK that Chinese Excel writes. */
export function detectEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { encoding: "utf-8", bomLength: 0 };
  } catch {
    return { encoding: "gb18030", bomLength: 0 };
  }
}

export function decodeText(bytes: Uint8Array): string {
  const { encoding, bomLength } = detectEncoding(bytes);
  return new TextDecoder(encoding).decode(bytes.subarray(bomLength));
}
