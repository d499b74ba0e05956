import { type Sheet, sheetGrid } from "@syt/sheets";
import { AddinError } from "./errors";

/** `Excel.run` itself, or a fake of it in tests: every function here receives it, nothing calls `Excel` directly. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ReadProgress {
  sheetName: string;
  rowsRead: number;
  totalRows: number;
}

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
  /** Start size of a chunk in cells; Excel on the web refuses responses over 5 MB. */
  maxCellsPerChunk?: number;
  /** Lets the host breathe between chunks (desktop Excel restarts an add-in that blocks for 5 s). */
  yieldToHost?: () => Promise<void>;
}

const DEFAULT_CELLS_PER_CHUNK = 40_000;
const PAYLOAD_ERROR_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "PayloadTooLarge",
]);
/** Columns formatted as text on a paste sheet: wider than any export seen. */
const PASTE_COLUMNS = "A:BZ";

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException("已取消", "AbortError");
}

export function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && PAYLOAD_ERROR_CODES.has(code);
}

/** One chunk, one sync; `null` when Excel says the payload was too large or returns no values. */
async function readChunk(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  startRow: number,
  rowCount: number,
  columnCount: number,
): Promise<unknown[][] | null> {
  const range = sheet.getRangeByIndexes(startRow, 0, rowCount, columnCount).load("values");
  try {
    await context.sync();
  } catch (error) {
    if (isPayloadError(error)) return null;
    throw error;
  }
  return Array.isArray(range.values) ? range.values : null;
}

/**
 * Reads what the operator pasted, from A1 to the end of the used range, so that row i of the
 * result is row i + 1 of the sheet: findings then point at the row the operator sees.
 */
export async function readSheetValues(
  run: ExcelRunner,
  sheetName: string,
  options: ReadOptions = {},
): Promise<unknown[][]> {
  const { signal, onProgress, yieldToHost = nextTask } = options;
  return run(async (context) => {
    throwIfAborted(signal);
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    const used = sheet
      .getUsedRangeOrNullObject(true)
      .load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    await context.sync();
    if (sheet.isNullObject) throw new AddinError("sheet-missing", sheetName);
    if (used.isNullObject) throw new AddinError("sheet-empty", sheetName);
    const totalRows = used.rowIndex + used.rowCount;
    const columnCount = used.columnIndex + used.columnCount;
    let chunkRows = Math.max(
      1,
      Math.floor((options.maxCellsPerChunk ?? DEFAULT_CELLS_PER_CHUNK) / columnCount),
    );
    const values: unknown[][] = [];
    onProgress?.({ sheetName, rowsRead: 0, totalRows });
    while (values.length < totalRows) {
      throwIfAborted(signal);
      const count = Math.min(chunkRows, totalRows - values.length);
      const chunk = await readChunk(context, sheet, values.length, count, columnCount);
      if (chunk === null) {
        if (count === 1) throw new AddinError("read-failed", sheetName, values.length + 1);
        chunkRows = Math.max(1, Math.floor(count / 2));
        continue;
      }
      for (const row of chunk) values.push(row);
      onProgress?.({ sheetName, rowsRead: values.length, totalRows });
      await yieldToHost();
    }
    return values;
  });
}

export interface PrepareResult {
  /** Sheets added and formatted as text. */
  created: string[];
  /** Sheets that existed and were empty: formatted as text. */
  formatted: string[];
  /** Sheets that already hold data: left exactly as they are. */
  kept: string[];
  /** For each kept sheet, its last row with data: what clearing it would remove. */
  keptRows: Record<string, number>;
}

/**
 * Creates (or reuses) one sheet per export with its columns formatted as text before the paste,
 * so long order numbers arrive as text instead of `2.02511E+19`. A sheet with data is never touched.
 */
export async function preparePasteSheets(run: ExcelRunner, sheetNames: string[]): Promise<PrepareResult> {
  return run(async (context) => {
    const sheets = sheetNames.map((name) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      return { name, sheet, used: sheet.getUsedRangeOrNullObject(true).load(["rowIndex", "rowCount"]) };
    });
    await context.sync();
    const result: PrepareResult = { created: [], formatted: [], kept: [], keptRows: {} };
    for (const { name, sheet, used } of sheets) {
      if (!sheet.isNullObject && !used.isNullObject) {
        result.kept.push(name);
        result.keptRows[name] = used.rowIndex + used.rowCount;
        continue;
      }
      const target = sheet.isNullObject ? context.workbook.worksheets.add(name) : sheet;
      // A single value is applied to every cell of the range (Range.numberFormat setter).
      target.getRange(PASTE_COLUMNS).numberFormat = "@" as unknown as string[][];
      (sheet.isNullObject ? result.created : result.formatted).push(name);
    }
    const first = sheetNames[0];
    if (first !== undefined) {
      const firstSheet = context.workbook.worksheets.getItem(first);
      firstSheet.activate();
      firstSheet.getRange("A1").select();
    }
    await context.sync();
    return result;
  });
}

/**
 * Empties paste sheets the operator confirmed, keeping their text format for the next paste: Excel
 * keeps whatever lies below a shorter paste, so yesterday's rows would be read with today's.
 * Returns the rows each sheet held; a missing or empty sheet is left alone.
 */
export async function clearPasteSheets(
  run: ExcelRunner,
  sheetNames: string[],
): Promise<{ name: string; rows: number }[]> {
  return run(async (context) => {
    const sheets = sheetNames.map((name) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      return { name, sheet, used: sheet.getUsedRangeOrNullObject(true).load(["rowIndex", "rowCount"]) };
    });
    await context.sync();
    const cleared: { name: string; rows: number }[] = [];
    for (const { name, sheet, used } of sheets) {
      if (sheet.isNullObject || used.isNullObject) continue;
      used.clear("Contents" as Excel.ClearApplyTo.contents);
      sheet.getRange(PASTE_COLUMNS).numberFormat = "@" as unknown as string[][];
      cleared.push({ name, rows: used.rowIndex + used.rowCount });
    }
    await context.sync();
    return cleared;
  });
}

/** Excel refuses sheet names over 31 characters or with any of `[]:*?/\`. */
export function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, "_").slice(0, 31);
}

function uniqueName(base: string, taken: Set<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  let candidate = safeSheetName(base);
  for (let n = 2; lower.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = `${safeSheetName(base).slice(0, 31 - suffix.length)}${suffix}`;
  }
  return candidate;
}

/** Excel's column width in characters, as Office.js wants it: points (7 px a character, 5 px padding). */
const widthPoints = (characters: number) => (characters * 7 + 5) * 0.75;

/** What the xlsx writer writes besides the cells: bold rows, column widths and the frozen header. */
function applyLayout(sheet: Excel.Worksheet, data: Sheet, width: number, options: WriteOptions): void {
  data.rows.forEach((row, r) => {
    if (row.bold) sheet.getRangeByIndexes(r, 0, 1, width).format.font.bold = true;
  });
  data.columns.forEach((column, c) => {
    if (column.width !== undefined)
      sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthPoints(column.width);
  });
  if (options.freezePanes && data.frozenRows) sheet.freezePanes.freezeRows(data.frozenRows);
}

export interface WriteOptions {
  /** ExcelApi 1.7: the sheet's header rows stay in view while scrolling, as in the file. */
  freezePanes?: boolean;
  /** ExcelApi 1.9: keeps Excel from repainting while a big report is written. */
  suspendScreenUpdating?: boolean;
  /** Show the new sheet (default); off for the later sheets of a report, so its first stays in view. */
  activate?: boolean;
}

/**
 * Writes a sheet's data (the COD report's, as `writeXlsx` writes it into the file) into a new sheet
 * and returns the name it got (a suffix when the name is taken). Its cells get the number formats
 * of `@syt/sheets`' one text rule first, so `=1+1` or a long order number stays what it was.
 */
export async function writeNewSheet(
  run: ExcelRunner,
  data: Sheet,
  options: WriteOptions = {},
): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const sheetName = uniqueName(data.name, new Set(sheets.items.map((s) => s.name)));
    if (options.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
    const sheet = context.workbook.worksheets.add(sheetName);
    const grid = sheetGrid(data);
    const range = sheet.getRangeByIndexes(0, 0, grid.values.length, grid.values[0]?.length ?? 1);
    range.numberFormat = grid.formats;
    range.values = grid.values;
    applyLayout(sheet, data, grid.values[0]?.length ?? 1, options);
    if (options.activate !== false) sheet.activate();
    await context.sync();
    return sheetName;
  });
}

/** The names of the workbook's sheets, in tab order (今日待办 reads every pasted export by its headers). */
export async function listSheets(run: ExcelRunner): Promise<string[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    return sheets.items.map((sheet) => sheet.name);
  });
}

/** Selects a whole row, as the operator sees it numbered, so a finding leads to its row. */
export async function selectRow(run: ExcelRunner, sheetName: string, row: number): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(`${row}:${row}`).select();
    await context.sync();
  });
}
