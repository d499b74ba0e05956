export type Sniffed = "zip" | "cfb" | "image" | "pdf" | "text";

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((byte, index) => bytes[index] === byte);

// Ordered by how often each arrives by mistake; zip and CFB are what Excel itself writes.
const MAGIC: readonly [Sniffed, readonly number[]][] = [
  ["zip", [0x50, 0x4b, 0x03, 0x04]],
  ["zip", [0x50, 0x4b, 0x05, 0x06]],
  ["cfb", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ["image", [0x89, 0x50, 0x4e, 0x47]],
  ["image", [0xff, 0xd8, 0xff]],
  ["image", [0x47, 0x49, 0x46, 0x38]],
  ["pdf", [0x25, 0x50, 0x44, 0x46]],
];

/** What the bytes are, from their first bytes, whatever the file name says. */
export function sniff(bytes: Uint8Array): Sniffed {
  return MAGIC.find(([, magic]) => startsWith(bytes, magic))?.[0] ?? "text";
}

const ENCRYPTION_INFO = new Uint8Array([..."EncryptionInfo"].flatMap((ch) => [ch.charCodeAt(0), 0]));

/** An encrypted OOXML workbook is a CFB container with an `EncryptionInfo` stream (named in UTF-16LE). */
export function isEncryptedCfb(bytes: Uint8Array): boolean {
  const first = ENCRYPTION_INFO[0];
  outer: for (let at = bytes.indexOf(first as number); at >= 0; at = bytes.indexOf(first as number, at + 1)) {
    for (let i = 1; i < ENCRYPTION_INFO.length; i++) {
      if (bytes[at + i] !== ENCRYPTION_INFO[i]) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * Text spreadsheets this package does not read: UTF-16 BE text (byte-order mark FE FF) and
 * flat OpenDocument XML (`.fods`, an `office:document` root), named so the operator is told
 * to save the file as .xlsx rather than that it is no spreadsheet.
 */
export function unsupportedText(bytes: Uint8Array): "utf-16be" | "fods" | undefined {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return /<office:document[\s>]/.test(head) ? "fods" : undefined;
}
