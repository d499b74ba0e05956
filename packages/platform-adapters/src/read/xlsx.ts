import ExcelJS from "exceljs";
import { NotSpreadsheetError } from "../errors/not-spreadsheet";
import { SheetNotFoundError } from "../errors/sheet-not-found";
import { isBlankRow, sheetRows, type Table, type TableRow } from "../table";
import { excelRowCells } from "./excel-cell";

function worksheetRows(worksheet: ExcelJS.Worksheet): TableRow[] {
  const rows: TableRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    rows.push({ rowNumber, cells: excelRowCells(row.values) });
  });
  return sheetRows(rows);
}

const hasData = (rows: TableRow[]): boolean => rows.some((row) => !isBlankRow(row.cells));

async function loadWorkbook(bytes: Uint8Array, fileName?: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch (error) {
    throw new NotSpreadsheetError(
      "unreadable_workbook",
      fileName,
      error instanceof Error ? error.message : undefined,
    );
  }
  return workbook;
}

/** Every sheet listed; the named one, or else the first that has data, read whole (browser and small files). */
export async function tableFromXlsx(
  bytes: Uint8Array,
  options: { sheet?: string; fileName?: string },
): Promise<Table> {
  const workbook = await loadWorkbook(bytes, options.fileName);
  const sheets = workbook.worksheets.map((worksheet) => worksheet.name);
  if (options.sheet !== undefined) {
    const worksheet = workbook.getWorksheet(options.sheet);
    if (!worksheet) throw new SheetNotFoundError(options.sheet, sheets);
    return { sheetName: worksheet.name, sheets, rows: worksheetRows(worksheet) };
  }
  for (const worksheet of workbook.worksheets) {
    const rows = worksheetRows(worksheet);
    if (hasData(rows)) return { sheetName: worksheet.name, sheets, rows };
  }
  return { sheetName: sheets[0], sheets, rows: [] };
}
