export type TextEncodingName = "utf-8" | "utf-16le" | "gb18030";

/** How a text export's bytes became text, and what did not fit its encoding. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Bytes no character of the encoding is made of: each is U+FFFD in `text`, and the cell says so. */
  invalidBytes: boolean;
  /**
   * The first line (1-based, as split by LF) written in the other encoding than most of the
   * file's lines: a file pieced together from a UTF-8 and a GBK export. Such a file is refused.
   */
  otherEncodingLine?: number;
}

const isValid = (encoding: TextEncodingName, bytes: Uint8Array): boolean => {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

enum LineKind {
  Ascii,
  /** Well-formed UTF-8 with a three- or four-byte character (any CJK text): UTF-8, not GBK by chance. */
  Utf8,
  /** Well-formed UTF-8 with two-byte characters only: GBK text can look like it. */
  Ambiguous,
  NotUtf8,
}

/** What the bytes of one line are, by the shape of UTF-8 sequences (no decoding, no allocation). */
function lineKind(bytes: Uint8Array, start: number, end: number): LineKind {
  let kind = LineKind.Ascii;
  for (let i = start; i < end; i++) {
    const byte = bytes[i] as number;
    if (byte < 0x80) continue;
    const extra =
      byte >= 0xc2 && byte <= 0xdf
        ? 1
        : byte >= 0xe0 && byte <= 0xef
          ? 2
          : byte >= 0xf0 && byte <= 0xf4
            ? 3
            : -1;
    if (extra < 0 || i + extra >= end) return LineKind.NotUtf8;
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k] as number;
      if (next < 0x80 || next > 0xbf) return LineKind.NotUtf8;
    }
    if (extra >= 2) kind = LineKind.Utf8;
    else if (kind === LineKind.Ascii) kind = LineKind.Ambiguous;
    i += extra;
  }
  return kind;
}

/**
 * A file whose lines are not all UTF-8: GB18030 (the superset of GBK that Chinese Excel writes)
 * unless most lines that tell are UTF-8. Where both kinds of lines are found, the first line of
 * the fewer kind is where the file was pieced together.
 */
function judgeLines(bytes: Uint8Array): { encoding: TextEncodingName; otherEncodingLine?: number } {
  let utf8 = 0;
  let notUtf8 = 0;
  let firstUtf8: number | undefined;
  let firstNotUtf8: number | undefined;
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const kind = lineKind(bytes, start, end);
    if (kind === LineKind.Utf8) {
      utf8++;
      firstUtf8 ??= line;
    } else if (kind === LineKind.NotUtf8) {
      notUtf8++;
      firstNotUtf8 ??= line;
    }
    start = end + 1;
  }
  if (utf8 > notUtf8) return { encoding: "utf-8", otherEncodingLine: firstNotUtf8 };
  return { encoding: "gb18030", otherEncodingLine: firstUtf8 };
}

/** BOM -> its encoding; valid UTF-8 -> UTF-8; otherwise GB18030, unless most lines are UTF-8. */
export function detectEncoding(bytes: Uint8Array): {
  encoding: TextEncodingName;
  bomLength: number;
  otherEncodingLine?: number;
} {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (isValid("utf-8", bytes)) return { encoding: "utf-8", bomLength: 0 };
  return { ...judgeLines(bytes), bomLength: 0 };
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const { encoding, bomLength, otherEncodingLine } = detectEncoding(bytes);
  const body = bytes.subarray(bomLength);
  const text = new TextDecoder(encoding).decode(body);
  // Only a file that held no valid text needs the second look: most are read by the first.
  const invalidBytes = text.includes("\uFFFD") && !isValid(encoding, body);
  return otherEncodingLine === undefined
    ? { text, encoding, invalidBytes }
    : { text, encoding, invalidBytes, otherEncodingLine };
}
