import { DamagedWorkbookError } from "../../errors/damaged-workbook";
import { InputTooLargeError } from "../../errors/input-too-large";
import type { Crc32 } from "./crc32";
import type { Inflate } from "./inflate";
import { entryDataStart, type ZipEntry, type ZipSource } from "./zip-directory";

/** Inflated bytes of the whole read, counted as they come against the limit. */
export interface InflateBudget {
  used: number;
  readonly max: number;
}

export interface EntryReader {
  readonly source: ZipSource;
  readonly inflate: Inflate;
  readonly crc32: Crc32;
  readonly budget: InflateBudget;
  readonly fileName: string | undefined;
}

/** An error of the operating system (Node's `EMFILE`, `EIO` …); zlib's own codes start `Z_`. */
function isSystemError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code);
}

/**
 * An entry's inflated bytes, counted per entry and in total as they stream: more than the
 * directory declared is refused at once, so a zip that lies about its sizes costs at most
 * one chunk past what it declared. Their CRC-32 is taken as they pass and checked at the end:
 * raw deflate has no checksum of its own, so one flipped bit can inflate to other valid text
 * (another digit in an amount). A caller must read an entry to its end for the check to run,
 * and must not use what it read before then (the error comes after the last chunk).
 */
export async function* entryBytes(reader: EntryReader, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const { source, budget, fileName, crc32 } = reader;
  if (entry.method !== 0 && entry.method !== 8) {
    throw new DamagedWorkbookError("bad_zip", entry.name, fileName, `compression method ${entry.method}`);
  }
  const start = await entryDataStart(source, entry, fileName);
  const compressed = source.stream(start, entry.compressedSize);
  const chunks = entry.method === 0 ? compressed : reader.inflate(compressed);
  let inflated = 0;
  let crc = 0;
  const iterator = chunks[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await iterator.next();
      } catch (error) {
        // The file's read failed (too many open files, a disk error): the host says so with the path; not damage.
        if (isSystemError(error)) throw error;
        throw new DamagedWorkbookError(
          "inflate_failed",
          entry.name,
          fileName,
          error instanceof Error ? error.message : undefined,
        );
      }
      if (next.done) break;
      const chunk = next.value;
      inflated += chunk.byteLength;
      budget.used += chunk.byteLength;
      if (inflated > entry.uncompressedSize) {
        throw new DamagedWorkbookError(
          "size_mismatch",
          entry.name,
          fileName,
          `more than ${entry.uncompressedSize} bytes`,
        );
      }
      if (budget.used > budget.max) throw new InputTooLargeError("uncompressed", budget.used, budget.max);
      crc = crc32(chunk, crc);
      // As a plain Uint8Array view: Node's zlib and file reads give Buffers, a subclass with a map
      // of its own, and scanner loops that saw both kinds read every byte through a polymorphic check.
      if (chunk.byteLength > 0)
        yield chunk.constructor === Uint8Array
          ? chunk
          : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
  } finally {
    await iterator.return?.();
  }
  if (inflated !== entry.uncompressedSize) {
    throw new DamagedWorkbookError(
      "size_mismatch",
      entry.name,
      fileName,
      `${inflated} of ${entry.uncompressedSize} bytes`,
    );
  }
  if (crc !== entry.crc32) {
    throw new DamagedWorkbookError(
      "crc_mismatch",
      entry.name,
      fileName,
      `CRC-32 ${hex(crc)}, the directory says ${hex(entry.crc32)}`,
    );
  }
}

const hex = (value: number): string => value.toString(16).padStart(8, "0");

/**
 * How a part's first bytes say it is UTF-16: a byte-order mark, or without one `<?` as two-byte
 * units (XML's appendix F); anything else is UTF-8, as every spreadsheet program writes it.
 */
function utf16Of(head: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const [a, b, c, d] = head;
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0 && c === 0x3f && d === 0)) return "utf-16le";
  if ((a === 0xfe && b === 0xff) || (a === 0 && b === 0x3c && c === 0 && d === 0x3f)) return "utf-16be";
  return undefined;
}

/** The first four bytes decide a part's encoding; a chunk may hold fewer. */
const HEAD = 4;

/**
 * A part's bytes as UTF-8, for the scanners, which look for ASCII structure in the bytes: a part
 * written in UTF-16 (some .NET writers do) is transcoded as it streams; a UTF-8 part passes as
 * it is, checked by its first bytes only.
 */
export async function* partBytes(reader: EntryReader, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  let head: Uint8Array | undefined = new Uint8Array(0);
  let decoder: TextDecoder | undefined;
  const encoder = new TextEncoder();
  const pass = (chunk: Uint8Array): Uint8Array | undefined => {
    if (decoder === undefined) return chunk;
    const text = decoder.decode(chunk, { stream: true });
    return text === "" ? undefined : encoder.encode(text);
  };
  for await (const chunk of entryBytes(reader, entry)) {
    let bytes = chunk;
    if (head !== undefined) {
      bytes = head.byteLength === 0 ? chunk : concat(head, chunk);
      if (bytes.byteLength < HEAD) {
        head = bytes;
        continue;
      }
      head = undefined;
      const encoding = utf16Of(bytes);
      if (encoding) decoder = new TextDecoder(encoding);
    }
    const out = pass(bytes);
    if (out) yield out;
  }
  if (head !== undefined && head.byteLength > 0) yield head;
  const rest = decoder?.decode();
  if (rest) yield encoder.encode(rest);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.byteLength + b.byteLength);
  out.set(a, 0);
  out.set(b, a.byteLength);
  return out;
}

/**
 * An entry's text as it streams, through one UTF-8 decoder for the whole entry: a character
 * whose bytes a chunk boundary splits is completed by the next chunk, never turned into U+FFFD.
 */
export async function* entryText(reader: EntryReader, entry: ZipEntry): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of partBytes(reader, entry)) {
    const text = decoder.decode(chunk, { stream: true });
    if (text !== "") yield text;
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

/** A DOCTYPE with an internal subset, where entities are declared. */
const INTERNAL_SUBSET = /<!DOCTYPE[^>[]*\[/i;

/**
 * A small part (workbook, rels, styles) as one string. One that declares entities is refused:
 * an XML parser would expand them, these readers would not (see `skipMarkup`).
 */
export async function wholeText(reader: EntryReader, entry: ZipEntry): Promise<string> {
  let text = "";
  for await (const chunk of entryText(reader, entry)) text += chunk;
  if (text.indexOf("<!") >= 0 && INTERNAL_SUBSET.test(text)) {
    throw new DamagedWorkbookError("doctype", entry.name, reader.fileName);
  }
  return text;
}
