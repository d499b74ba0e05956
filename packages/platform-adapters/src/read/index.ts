import { EncryptedWorkbookError } from "../errors/encrypted-workbook";
import { InputTooLargeError } from "../errors/input-too-large";
import { LegacyXlsError } from "../errors/legacy-xls";
import { NotSpreadsheetError } from "../errors/not-spreadsheet";
import { UnsupportedFormatError } from "../errors/unsupported-format";
import { type Limits, type LimitsInput, resolveLimits } from "../limits";
import { sheetRows, type Table } from "../table";
import { cutLongCells } from "./cell-text";
import { isControlCharacter, rowsFromCsv } from "./csv";
import { decodeText } from "./decode";
import { looksLikeHtml, rowsFromHtml } from "./html";
import { isEncryptedCfb, sniff, unsupportedText } from "./sniff";
import {
  bytesSource,
  type Crc32,
  checkWorkbookZip,
  defaultInflate,
  endsAsZip,
  type Inflate,
  readXlsx,
  zipDirectoryOf,
} from "./xlsx/index";

export interface ReadTableOptions {
  fileName?: string;
  /** Sheet name; by default the first sheet with data. */
  sheet?: string;
  limits?: LimitsInput;
  /** How xlsx entries are inflated; by default `DecompressionStream`, else fflate (Node's entry passes zlib). */
  inflate?: Inflate;
  /** How xlsx entries' checksums are taken; by default in JavaScript (Node's entry passes zlib's). */
  crc32?: Crc32;
}

/**
 * Control characters on the first line: the bytes are some binary file (no export's header holds
 * one). Further in they are a damaged text export, which `rowsFromCsv` refuses naming the row.
 */
function looksBinary(text: string): boolean {
  const firstLine = text.search(/[\r\n]/);
  const end = Math.min(firstLine < 0 ? text.length : firstLine, 4096);
  for (let i = 0; i < end; i++) {
    if (isControlCharacter(text.charCodeAt(i))) return true;
  }
  return false;
}

async function tableFromText(bytes: Uint8Array, fileName?: string): Promise<Table> {
  const decoded = decodeText(bytes);
  const { text } = decoded;
  const name = fileName?.replace(/\.[^.]+$/, "");
  if (looksLikeHtml(text)) {
    const rows = await rowsFromHtml(text);
    if (!rows) throw new NotSpreadsheetError("html_without_table", fileName);
    return {
      sheetName: name,
      sheets: name ? [name] : [],
      rows: sheetRows(rows.map(cutLongCells)),
      source: "html",
    };
  }
  if (looksBinary(text)) throw new NotSpreadsheetError("binary", fileName);
  return {
    sheetName: name,
    sheets: name ? [name] : [],
    rows: sheetRows(await rowsFromCsv(text, fileName, decoded)),
    source: "csv",
  };
}

/** Refuses what cannot or must not be read, before any parser sees the bytes. */
export function checkBytes(bytes: Uint8Array, limits: Limits, fileName?: string): ReturnType<typeof sniff> {
  if (bytes.byteLength === 0) throw new NotSpreadsheetError("empty", fileName);
  if (bytes.byteLength > limits.maxBytes)
    throw new InputTooLargeError("bytes", bytes.byteLength, limits.maxBytes);
  // A self-extracting archive starts with its program: it is a zip by its end.
  const sniffed = sniff(bytes);
  const kind = sniffed === "text" && endsAsZip(bytes) ? "zip" : sniffed;
  if (kind === "cfb")
    throw isEncryptedCfb(bytes) ? new EncryptedWorkbookError(fileName) : new LegacyXlsError(fileName);
  if (kind === "image" || kind === "pdf") throw new NotSpreadsheetError(kind, fileName);
  if (kind === "zip")
    checkWorkbookZip(zipDirectoryOf(bytes, fileName), limits.maxUncompressedBytes, fileName);
  if (kind === "text") {
    const format = unsupportedText(bytes);
    if (format) throw new UnsupportedFormatError(format, fileName);
  }
  return kind;
}

export function checkRowCount(table: Table, limits: Limits): Table {
  if (table.rows.length > limits.maxRows)
    throw new InputTooLargeError("rows", table.rows.length, limits.maxRows);
  return table;
}

/** Bytes of an export (xlsx, CSV in UTF-8/BOM/GB18030, HTML-table .xls) as one Table. */
export async function readTable(bytes: Uint8Array, options: ReadTableOptions = {}): Promise<Table> {
  const limits = resolveLimits(options.limits);
  const kind = checkBytes(bytes, limits, options.fileName);
  const table =
    kind === "zip"
      ? await readXlsx(bytesSource(bytes), {
          sheet: options.sheet,
          fileName: options.fileName,
          limits,
          inflate: options.inflate ?? defaultInflate(),
          crc32: options.crc32,
        })
      : await tableFromText(bytes, options.fileName);
  return checkRowCount(table, limits);
}
