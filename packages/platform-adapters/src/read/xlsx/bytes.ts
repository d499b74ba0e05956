import { DamagedWorkbookError } from "../../errors/damaged-workbook";
import {
  APOSTROPHE,
  BANG,
  COLON,
  GT,
  isSpace,
  LT,
  MAX_PENDING,
  MINUS,
  type PartOfFile,
  QUESTION,
  QUOTE,
  SLASH,
  type TagName,
} from "./tags";

/**
 * What the byte scanners of sheet and shared-strings XML share. Their structure is ASCII, so
 * they look for it in the bytes and decode only the text inside an element, one whole element
 * at a time: a UTF-8 character that a chunk boundary splits is never decoded half, and every
 * string is decoded from its own bytes (a slice of a decoded chunk would keep the whole chunk
 * alive for as long as any order holds the string).
 */

/** An ASCII name or marker as the bytes to compare. */
export const ascii = (text: string): readonly number[] => [...new TextEncoder().encode(text)];

const CDATA = ascii("<![CDATA[");
const DOCTYPE = ascii("<!DOCTYPE");
const BRACKET = 91;
const COMMENT = ascii("<!--");
const COMMENT_END = [MINUS, MINUS, GT] as const;

const utf8 = new TextDecoder("utf-8");

/** The text of `start..end`: a new string of its own. */
export const textOf = (bytes: Uint8Array, start: number, end: number): string =>
  utf8.decode(bytes.subarray(start, end));

/**
 * Zero bytes after the data of every joined chunk. The scanners read a few bytes ahead of where
 * they are (`bytes[at + 3]`), and a cell the chunk cuts short makes them read past the data: past
 * the end of a typed array that read deoptimises the scanner's optimised code, once per place it
 * happens, and each time V8 compiles the scanner again (19 times per 100k-row file, two thirds
 * of a second of compiling on a two-core machine). Zeros end every name, number and search the
 * scanners make, as the end of the data did.
 */
export const PADDING = 64;

/**
 * The chunk to scan: what the last chunk left unread (an element it ended inside), then this
 * one, then `PADDING` zero bytes; `length` is where the data ends. The part left is small (one
 * element); the copy is a memcpy of the chunk into a buffer the scanner keeps, since a fresh
 * 256 KiB buffer per chunk (allocated, zeroed, paged in) cost ten times the copy. What is
 * returned is valid until the next `join`: scanners decode what they keep and copy what they
 * leave for the next chunk (`restFrom`).
 */
export class ChunkJoiner {
  private buffer = new Uint8Array(0);
  /** The length of the data in the bytes `join` returned last (the padding follows it). */
  length = 0;

  join(rest: Uint8Array | undefined, chunk: Uint8Array): Uint8Array {
    const restLength = rest === undefined ? 0 : rest.length;
    const length = restLength + chunk.length;
    const padded = length + PADDING;
    if (this.buffer.length < padded) this.buffer = new Uint8Array(Math.max(padded, this.buffer.length * 2));
    if (rest !== undefined) this.buffer.set(rest, 0);
    this.buffer.set(chunk, restLength);
    this.buffer.fill(0, length, padded);
    this.length = length;
    return this.buffer.subarray(0, padded);
  }
}

/** The bytes from `at` to the end of the data, kept for the next chunk; an element longer than any real one is refused. */
export function restFrom(
  bytes: Uint8Array,
  at: number,
  end: number,
  where: PartOfFile,
): Uint8Array | undefined {
  if (at >= end) return undefined;
  if (end - at > MAX_PENDING) {
    throw new DamagedWorkbookError("oversized_cell", where.part, where.fileName);
  }
  return bytes.slice(at, end);
}

/**
 * Skips a comment, DOCTYPE or processing instruction at `open` (the data ending at `end`): the
 * index after it, or -1 while it is not complete yet. Nothing inside is interpreted (no DTD, no
 * entities). A CDATA section is refused: its text would be a cell's, and no spreadsheet program
 * writes one.
 */
export function skipMarkup(bytes: Uint8Array, open: number, end: number, where: PartOfFile): number {
  if (startsWithBytes(bytes, open, CDATA))
    throw new DamagedWorkbookError("cdata", where.part, where.fileName);
  // Too few bytes yet to tell a CDATA section or a comment from other markup.
  if (partlyMatches(bytes, open, end, CDATA) || partlyMatches(bytes, open, end, COMMENT)) return -1;
  if (startsWithBytes(bytes, open, COMMENT)) {
    const commentEnd = indexOfBytes(bytes, COMMENT_END, open + COMMENT.length);
    return commentEnd < 0 ? -1 : commentEnd + COMMENT_END.length;
  }
  const close = indexOfByte(bytes, GT, open + 2);
  if (close >= 0 && startsWithBytes(bytes, open, DOCTYPE)) refuseInternalSubset(bytes, open, close, where);
  return close < 0 ? -1 : close + 1;
}

/**
 * A DOCTYPE with an internal subset (`[ <!ENTITY …> ]`) declares entities, which an XML parser
 * expands and this scanner would leave literal: refused, as no spreadsheet program writes one.
 */
function refuseInternalSubset(bytes: Uint8Array, open: number, close: number, where: PartOfFile): void {
  for (let at = open; at < close; at++) {
    if (bytes[at] === BRACKET) throw new DamagedWorkbookError("doctype", where.part, where.fileName);
  }
}

/** Whether `<` at `open` starts markup `skipMarkup` steps over (`<!`, `<?`). */
export const isMarkup = (next: number | undefined): boolean => next === BANG || next === QUESTION;

export function indexOfByte(bytes: Uint8Array, byte: number, from: number): number {
  const length = bytes.length;
  for (let at = from; at < length; at++) if (bytes[at] === byte) return at;
  return -1;
}

export function startsWithBytes(bytes: Uint8Array, at: number, pattern: ArrayLike<number>): boolean {
  if (at + pattern.length > bytes.length) return false;
  for (let k = 0; k < pattern.length; k++) if (bytes[at + k] !== pattern[k]) return false;
  return true;
}

/** Whether the bytes from `at` to the end are the start of `pattern`, too few to tell yet. */
function partlyMatches(bytes: Uint8Array, at: number, end: number, pattern: ArrayLike<number>): boolean {
  const available = end - at;
  if (available >= pattern.length) return false;
  for (let k = 0; k < available; k++) if (bytes[at + k] !== pattern[k]) return false;
  return true;
}

export function indexOfBytes(bytes: Uint8Array, pattern: ArrayLike<number>, from: number): number {
  const first = pattern[0] as number;
  for (let at = indexOfByte(bytes, first, from); at >= 0; at = indexOfByte(bytes, first, at + 1)) {
    if (startsWithBytes(bytes, at, pattern)) return at;
  }
  return -1;
}

/**
 * The end tag `</name>` of the start tag whose name is at `nameStart..nameEnd`: the index of its
 * `<`, or -1 while it is not in the data yet. As XML reads it: whitespace may stand before its
 * `>` (`</c >`), and an end tag inside a comment or processing instruction (`<!-- </c> -->`) is
 * none. The caller finds the tag's `>` with `indexOfByte`.
 */
export function indexOfEndTag(bytes: Uint8Array, nameStart: number, nameEnd: number, from: number): number {
  const length = nameEnd - nameStart;
  for (let at = indexOfByte(bytes, LT, from); at >= 0; at = indexOfByte(bytes, LT, at + 1)) {
    const next = bytes[at + 1];
    if (next !== SLASH) {
      if (next === BANG || next === QUESTION) {
        const markupEnd = endOfCommentOrPi(bytes, at);
        if (markupEnd < 0) return -1;
        at = markupEnd - 1;
      }
      continue;
    }
    let k = 0;
    while (k < length && bytes[at + 2 + k] === bytes[nameStart + k]) k++;
    if (k < length) continue;
    let after = at + 2 + length;
    while (isSpace(bytes[after] as number)) after++;
    if (bytes[after] === GT) return at;
  }
  return -1;
}

const PI_END = [QUESTION, GT] as const;

/**
 * The index after the comment or processing instruction at `open` (`<!` or `<?`), -1 while its
 * end is not in the data yet. Other `<!` markup (a CDATA section, which the cell's reader
 * refuses) is no comment and is left where it is: the index after its `<`.
 */
function endOfCommentOrPi(bytes: Uint8Array, open: number): number {
  if (bytes[open + 1] === QUESTION) {
    const end = indexOfBytes(bytes, PI_END, open + 2);
    return end < 0 ? -1 : end + PI_END.length;
  }
  if (!startsWithBytes(bytes, open, COMMENT)) return open + 1;
  const end = indexOfBytes(bytes, COMMENT_END, open + COMMENT.length);
  return end < 0 ? -1 : end + COMMENT_END.length;
}

/**
 * The `>` that ends the tag whose attributes start at `from`, read by the quotes: a `>` or `/`
 * inside a quoted value (`note="a>b"`, either quote) is the value's. -1 while it is not in the
 * data yet.
 */
export function endOfTag(bytes: Uint8Array, from: number): number {
  const length = bytes.length;
  for (let at = from; at < length; at++) {
    const code = bytes[at];
    if (code === GT) return at;
    if (code === QUOTE || code === APOSTROPHE) {
      at = indexOfByte(bytes, code, at + 1);
      if (at < 0) return -1;
    }
  }
  return -1;
}

/** Whether `byte` occurs in `start..end`. */
export function hasByte(bytes: Uint8Array, byte: number, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (bytes[at] === byte) return true;
  return false;
}

/** Where the tag at `open` ends its name; its local name (after any `x:` prefix) starts at `localStart`. */
export function tagNameOf(bytes: Uint8Array, open: number, close: number, out: TagName): void {
  let at = open + 1;
  if (bytes[at] === SLASH) at++;
  let localStart = at;
  for (; at < close; at++) {
    const code = bytes[at] as number;
    if (code === SLASH || isSpace(code)) break;
    if (code === COLON) localStart = at + 1;
  }
  out.localStart = localStart;
  out.end = at;
}

export function nameIsBytes(bytes: Uint8Array, start: number, end: number, name: ArrayLike<number>): boolean {
  return end - start === name.length && startsWithBytes(bytes, start, name);
}
