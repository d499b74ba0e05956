import { open, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { InputTooLargeError } from "./errors/input-too-large";
import { NotSpreadsheetError } from "./errors/not-spreadsheet";
import { SheetNotFoundError } from "./errors/sheet-not-found";
import { type Limits, resolveLimits } from "./limits";
import { excelRowCells } from "./read/excel-cell";
import { type ReadTableOptions, readTable } from "./read/index";
import { sniff } from "./read/sniff";
import { readerSheetNames, utf8SafeWorkbookReader } from "./read/utf8-safe-reader";
import { checkWorkbookZip, ZIP_TAIL_HINT, zipEntries } from "./read/zip";
import { isBlankRow, sheetRows, type Table, type TableRow } from "./table";

export { decodeUtf8Chunks, utf8SafeWorkbookReader } from "./read/utf8-safe-reader";

async function readSlice(file: string, start: number, length: number): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, start);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

interface SheetChoice {
  sheet?: string;
  limits: Limits;
}

async function collectRows(
  worksheet: AsyncIterable<{ number: number; values: unknown }>,
  limits: Limits,
): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  for await (const row of worksheet) {
    rows.push({ rowNumber: row.number, cells: excelRowCells(row.values) });
    if (rows.length > limits.maxRows) throw new InputTooLargeError("rows", rows.length, limits.maxRows);
  }
  const filled = sheetRows(rows);
  if (filled.length > limits.maxRows) throw new InputTooLargeError("rows", filled.length, limits.maxRows);
  return filled;
}

async function drain(worksheet: AsyncIterable<unknown>): Promise<void> {
  for await (const _row of worksheet) {
    // Rows of sheets not chosen must still be read off the zip stream.
  }
}

/**
 * Streams the workbook: only the chosen sheet's rows are kept (the named one, else the first
 * with data). Styles are not loaded (exceljs's default; it saves memory), so date cells arrive
 * as Excel serial numbers, which `parseDateCell` reads as Shanghai wall time.
 */
async function streamXlsx(file: string, choice: SheetChoice): Promise<Table> {
  const reader = utf8SafeWorkbookReader(file, {
    sharedStrings: "cache",
    styles: "ignore",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  let chosen: { name: string; rows: TableRow[] } | undefined;
  for await (const worksheet of reader) {
    const name = (worksheet as unknown as { name: string }).name;
    const wanted = choice.sheet === undefined ? chosen === undefined : name === choice.sheet;
    if (!wanted) {
      await drain(worksheet);
      continue;
    }
    const rows = await collectRows(worksheet, choice.limits);
    if (choice.sheet !== undefined || rows.some((row) => !isBlankRow(row.cells))) chosen = { name, rows };
  }
  const sheets = readerSheetNames(reader);
  if (choice.sheet !== undefined && !chosen) throw new SheetNotFoundError(choice.sheet, sheets);
  return { sheetName: chosen?.name ?? sheets[0], sheets, rows: chosen?.rows ?? [] };
}

/**
 * A file as one Table, in Node. Large xlsx files go through exceljs's streaming reader
 * (with the UTF-8 fix), after the zip's declared sizes were checked; other formats are
 * read whole by `readTable`.
 */
export async function readTableFromFile(file: string, options: ReadTableOptions = {}): Promise<Table> {
  const limits = resolveLimits(options.limits);
  const fileName = options.fileName ?? path.basename(file);
  const { size } = await stat(file);
  if (size === 0) throw new NotSpreadsheetError("empty", fileName);
  if (size > limits.maxBytes) throw new InputTooLargeError("bytes", size, limits.maxBytes);
  if (sniff(await readSlice(file, 0, 8)) !== "zip") {
    return readTable(new Uint8Array(await readFile(file)), { ...options, fileName });
  }
  const tailStart = Math.max(0, size - ZIP_TAIL_HINT);
  checkWorkbookZip(
    zipEntries(await readSlice(file, tailStart, size - tailStart), size, fileName),
    limits.maxUncompressedBytes,
    fileName,
  );
  try {
    return await streamXlsx(file, { sheet: options.sheet, limits });
  } catch (error) {
    if (error instanceof InputTooLargeError || error instanceof SheetNotFoundError) throw error;
    throw new NotSpreadsheetError(
      "unreadable_workbook",
      fileName,
      error instanceof Error ? error.message : undefined,
    );
  }
}
