import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { type Cell, excelCell, type Table } from "../../src/index";

/**
 * A cell as the differential tests compare it:
 * - numbers, booleans and strings exactly (no trimming: a space the file holds is kept);
 * - `""` and no cell are the same blank (`null`): the adapters treat both as empty;
 * - dates as the wall clock the sheet shows (`YYYY-MM-DDTHH:mm:ss`, the UTC fields of a cell's
 *   Date), to the second: readers round a serial's day fraction to the millisecond or the
 *   microsecond, and no export shows less than a second.
 */
export type NormCell = null | number | boolean | string | { date: string };
export interface NormRow {
  rowNumber: number;
  cells: NormCell[];
}
export interface NormSheet {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  rows: NormRow[];
}

const wallClock = (ms: number): { date: string } => ({
  date: new Date(Math.round(ms / 1000) * 1000).toISOString().slice(0, 19),
});

export function normCell(cell: Cell | undefined): NormCell {
  if (cell === null || cell === undefined || cell === "") return null;
  if (cell instanceof Date) return wallClock(cell.getTime());
  return cell;
}

const isBlank = (cell: NormCell) => cell === null || (typeof cell === "string" && cell.trim() === "");

function trimCells(cells: NormCell[]): NormCell[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === null) end--;
  return cells.slice(0, end);
}

/**
 * Rows as `sheetRows` shapes every table: each row number from 1 to the last row with data,
 * gaps filled with empty rows, trailing blank rows dropped; cells normalised, trailing blanks cut.
 */
export function normRows(rows: { rowNumber: number; cells: NormCell[] }[]): NormRow[] {
  const sorted = [...rows].sort((a, b) => a.rowNumber - b.rowNumber);
  let last = sorted.length - 1;
  while (last >= 0 && (sorted[last] as NormRow).cells.every(isBlank)) last--;
  const out: NormRow[] = [];
  for (let i = 0, next = 1; i <= last; i++) {
    const row = sorted[i] as NormRow;
    for (; next < row.rowNumber; next++) out.push({ rowNumber: next, cells: [] });
    out.push({ rowNumber: row.rowNumber, cells: trimCells(row.cells) });
    next = row.rowNumber + 1;
  }
  return out;
}

export const normTable = (table: Table): NormRow[] =>
  normRows(table.rows.map((row) => ({ rowNumber: row.rowNumber, cells: row.cells.map(normCell) })));

/** exceljs's whole-workbook reader, cells converted as `excelCell` converts them. */
export async function exceljsSheets(bytes: Uint8Array): Promise<NormSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook.worksheets.map((worksheet) => {
    const rows: NormRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      rows.push({ rowNumber, cells: Array.from(values, (value) => normCell(excelCell(value))) });
    });
    return { name: worksheet.name, state: worksheet.state, rows: normRows(rows) };
  });
}

type PyCell = null | number | boolean | string | { date: string };
interface PyWorkbook {
  date1904: boolean;
  sheets: { name: string; state: NormSheet["state"]; rows: [number, PyCell[]][] }[];
}

const pyCell = (cell: PyCell): NormCell =>
  cell !== null && typeof cell === "object"
    ? wallClock(Date.parse(`${cell.date.slice(0, 23)}Z`))
    : normCell(cell);

/** A Python that has openpyxl: Debian's, which pyenv or a venv may shadow on PATH. */
export function openpyxlPython(): string {
  for (const python of ["/usr/bin/python3", "python3"]) {
    try {
      execFileSync(python, ["-c", "import openpyxl"], { stdio: "ignore" });
      return python;
    } catch {}
  }
  throw new Error("python3-openpyxl is missing (apt-get install python3-openpyxl; .ci/run installs it)");
}

/** openpyxl-cells.py over many files in one Python process: its JSON by file, in order. */
function runOpenpyxl<T>(files: { name: string; bytes: Uint8Array }[], flags: string[]): T[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), "openpyxl-"));
  try {
    const paths = files.map((file, i) => {
      const at = path.join(dir, `${i}.xlsx`);
      writeFileSync(at, file.bytes);
      return at;
    });
    const out = execFileSync(
      openpyxlPython(),
      [path.join(import.meta.dirname, "openpyxl-cells.py"), ...flags, ...paths],
      {
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    const read = JSON.parse(out) as Record<string, T>;
    return paths.map((at) => read[at] as T);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const normSheets = (workbook: PyWorkbook): NormSheet[] =>
  workbook.sheets.map((sheet) => ({
    name: sheet.name,
    state: sheet.state,
    rows: normRows(sheet.rows.map(([rowNumber, cells]) => ({ rowNumber, cells: cells.map(pyCell) }))),
  }));

/** openpyxl (not read-only, cached formula results) over many files in one Python process. */
export function openpyxlSheets(files: { name: string; bytes: Uint8Array }[]): Map<string, NormSheet[]> {
  const read = runOpenpyxl<PyWorkbook>(files, []);
  return new Map(files.map((file, i) => [file.name, normSheets(read[i] as PyWorkbook)]));
}

/** How Python judges a damaged file: openpyxl's sheets or its refusal, and the entries zipfile cannot read back. */
export interface PythonJudgement {
  sheets?: NormSheet[];
  refused?: string;
  badEntries: string[];
}

/** Python's judgement of each file (openpyxl-cells.py --refusals), in the order given. */
export function pythonJudgements(files: { name: string; bytes: Uint8Array }[]): PythonJudgement[] {
  return runOpenpyxl<(PyWorkbook | { refused: string }) & { badEntries: string[] }>(files, [
    "--refusals",
  ]).map((read) =>
    "refused" in read
      ? { refused: read.refused, badEntries: read.badEntries }
      : { sheets: normSheets(read), badEntries: read.badEntries },
  );
}

/** The sheet a reader must choose when none is named: the first visible tab with data, else the first visible. */
export function expectedDefaultSheet(sheets: NormSheet[]): string | undefined {
  const visible = sheets.filter((sheet) => sheet.state === "visible");
  return (visible.find((sheet) => sheet.rows.length > 0) ?? visible[0])?.name;
}
