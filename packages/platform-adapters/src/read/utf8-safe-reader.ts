import { Readable } from "node:stream";
import ExcelJS from "exceljs";

/**
 * Text of a stream of UTF-8 chunks, decoded across chunk boundaries: a character whose
 * bytes are split between two chunks is completed by the next one instead of becoming U+FFFD.
 */
export async function* decodeUtf8Chunks(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of chunks) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (text !== "") yield text;
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

/** The undocumented methods of exceljs's WorkbookReader that receive the raw entry bytes. */
interface ReaderInternals {
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<Uint8Array | string>, sheetNo: string): Generator<unknown>;
  model?: { sheets?: { name: string }[] };
}

export type StreamReaderOptions = ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookReader>[1];

/**
 * exceljs's streaming reader with its UTF-8 bug fixed (exceljs issues #2063, #2084): it
 * decodes every inflated chunk on its own, so a Chinese character split across chunks
 * becomes U+FFFD. Each entry is handed on as text decoded by one streaming TextDecoder;
 * exceljs passes strings through untouched.
 */
export function utf8SafeWorkbookReader(
  path: string,
  options: StreamReaderOptions,
): ExcelJS.stream.xlsx.WorkbookReader {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, options);
  const internals = reader as unknown as ReaderInternals;
  const parseWorkbook = internals._parseWorkbook.bind(reader);
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  internals._parseWorkbook = (entry) => parseWorkbook(Readable.from(decodeUtf8Chunks(entry)));
  internals._parseSharedStrings = (entry) => parseSharedStrings(Readable.from(decodeUtf8Chunks(entry)));
  internals._parseWorksheet = (iterator, sheetNo) => parseWorksheet(decodeUtf8Chunks(iterator), sheetNo);
  return reader;
}

/** Sheet names in workbook order, known once the reader has passed `xl/workbook.xml`. */
export function readerSheetNames(reader: ExcelJS.stream.xlsx.WorkbookReader): string[] {
  return ((reader as unknown as ReaderInternals).model?.sheets ?? []).map((sheet) => sheet.name);
}
