import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { fakeOrders, guanwangExport, wmsExport } from "@syt/fake-exports";
import { parseOrders, parseWms } from "@syt/platform-adapters";
import { cellFormat, type SheetCell, writeXlsx } from "@syt/sheets";
import ExcelJS from "exceljs";
import { describe, expect, it, onTestFinished } from "vitest";
import { asOpenpyxlShows, openpyxlView } from "../../sheets/test/read-back";
import { type CodReport, prepareCodReport } from "../src/compute";
import { reportSheets } from "../src/write-sheets";

// The report's sheets as data, written by @syt/sheets' writer (the CLI's and the browser's): the file
// is read back by two independent readers, exceljs and openpyxl, and must hold the data, with the
// formats the one text rule gives.

/** Cells a user or an export can put in a kept row, next to the generated ones. */
const ODD_CELLS = [
  "=1+1",
  "＝SUM(A1:A9)",
  " leading and trailing ",
  "\t制表符\n换行\r\n回车",
  "\u0001控制字符\u007f",
  "_x000D_ 看起来像转义",
  "a & b < c > d \"e\" 'f'",
  "😀 表情 𠮷",
  "",
  0,
  -1.5,
  1e-7,
  2026112512345,
  true,
  false,
  new Date(Date.UTC(2026, 10, 25, 8, 30, 15)),
  null,
];

async function fakeReport(): Promise<CodReport> {
  const orders = fakeOrders({ seed: 11, count: 300 });
  const toValues = (sheet: { rows: unknown[][] }) => sheet.rows;
  const parsedOrders = await parseOrders(toValues(guanwangExport(orders, { headers: "operator" })), {
    platform: "guanwang",
  });
  const parsedWms = await parseWms(toValues(wmsExport(orders)));
  const report = prepareCodReport({
    orders: parsedOrders,
    wms: parsedWms,
    date: "2026-11-25",
    fileName: "上元堂官网_货到付款_2026-11-25.xlsx",
  });
  // Odd values in every column of the first rows: ID columns, text, amounts, dates.
  report.sheet.rows.slice(0, ODD_CELLS.length).forEach((cells, row) => {
    for (let column = 0; column < cells.length; column++) {
      cells[column] = ODD_CELLS[(row + column) % ODD_CELLS.length] ?? null;
    }
  });
  return report;
}

async function writeReport(report: CodReport, file: string): Promise<void> {
  writeFileSync(file, await writeXlsx(reportSheets(report), { deflate: deflateRawSync }));
}

/** Every cell as exceljs reads it, with the sheet's layout. */
async function exceljsView(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: unknown[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const cell = row.getCell(c);
        cells.push([cell.type, cell.value, cell.numFmt ?? null, cell.font?.bold === true]);
      }
      rows.push(cells);
    }
    const columns = (sheet.columns ?? []).map((column) => [column.width, column.style?.numFmt ?? null]);
    return { name: sheet.name, rows, columns, views: sheet.views, autoFilter: sheet.autoFilter ?? null };
  });
}

/** What openpyxl shows for a cell of the data: its type's name, value and number format. */
function openpyxlCell(value: SheetCell, format: string | undefined): unknown[] {
  const shown = format ?? "General";
  if (value === null) return ["NoneType", null, shown];
  if (value instanceof Date) return ["date", value.toISOString().slice(0, 19), shown];
  if (typeof value === "string") return ["str", asOpenpyxlShows(value), shown];
  if (typeof value === "boolean") return ["bool", value, shown];
  return [Number.isInteger(value) ? "int" : "float", value, shown];
}

describe("the report written from its sheets", () => {
  it("holds every cell of the data, with the text rule's formats, bold, widths, frozen header and filter, as two readers see them", async () => {
    const report = await fakeReport();
    expect(report.sheet.rows.length).toBeGreaterThan(ODD_CELLS.length);
    const dir = mkdtempSync(path.join(os.tmpdir(), "cod-writer-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, "report.xlsx");
    await writeReport(report, file);
    const sheets = reportSheets(report);

    const byExceljs = await exceljsView(file);
    const byOpenpyxl = openpyxlView(file);
    expect(byExceljs.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    expect(byOpenpyxl).toMatchObject([{ freeze: "A2", filter: expect.stringMatching(/^A1:[A-Z]+1$/) }, {}]);
    expect(byExceljs[0]?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    let cells = 0;
    sheets.forEach((sheet, s) => {
      expect(byExceljs[s]?.columns.map(([width]) => width)).toEqual(sheet.columns.map((c) => c.width));
      sheet.rows.forEach((row, r) => {
        row.cells.forEach((value, c) => {
          const format = cellFormat(value, sheet.columns[c], row.formats?.[c]);
          const [, shown, numFmt, bold] = (byExceljs[s]?.rows[r]?.[c] ?? []) as unknown[];
          expect(shown ?? null).toEqual(value);
          expect(numFmt ?? undefined).toBe(format);
          expect(bold).toBe(row.bold === true);
          expect(byOpenpyxl[s]?.rows[r]?.[c]?.slice(0, 3)).toEqual(openpyxlCell(value, format));
          cells++;
        });
      });
    });
    expect(cells).toBeGreaterThan(1000);
  });

  it("gives the same bytes for the same report (no clock in the file)", async () => {
    const report = await fakeReport();
    const bytes = () => writeXlsx(reportSheets(report), { deflate: deflateRawSync });
    expect(Buffer.from(await bytes()).equals(Buffer.from(await bytes()))).toBe(true);
  });
});
