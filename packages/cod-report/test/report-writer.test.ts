import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { fakeOrders, guanwangExport, wmsExport } from "@syt/fake-exports";
import { parseOrders, parseWms } from "@syt/platform-adapters";
import ExcelJS from "exceljs";
import { describe, expect, it, onTestFinished } from "vitest";
import { type CodReport, prepareCodReport } from "../src/compute";
import { writeReportSheets } from "../src/write-sheets";
import { ReportWorkbook } from "../src/xlsx-writer";

// The report's own SpreadsheetML writer (the CLI's and the browser's) against exceljs's, writing the
// same sheets: both files are read back by two independent readers, exceljs and openpyxl, and must
// hold the same.

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

async function withExceljs(report: CodReport, file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: true,
  });
  await writeReportSheets(workbook, report);
  await workbook.commit();
}

async function withReportWriter(report: CodReport, file: string): Promise<void> {
  const workbook = new ReportWorkbook();
  await writeReportSheets(workbook, report);
  writeFileSync(file, await workbook.bytes(deflateRawSync));
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

const OPENPYXL_DUMP = `
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
def value(v):
    if isinstance(v, datetime.datetime): return ["date", v.isoformat()]
    return [type(v).__name__, v]
out = []
for ws in wb.worksheets:
    rows = [[value(c.value) + [c.number_format, bool(c.font.b)] for c in row] for row in ws.iter_rows()]
    widths = {k: d.width for k, d in ws.column_dimensions.items() if d.customWidth}
    out.append({"name": ws.title, "rows": rows, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "widths": widths})
print(json.dumps(out, ensure_ascii=False))
`;

/** Every cell as openpyxl (Debian's python3-openpyxl, installed by .ci/run) reads it. */
function openpyxlView(file: string): unknown {
  const result = spawnSync("/usr/bin/python3", ["-c", OPENPYXL_DUMP, file], { encoding: "utf8" });
  if (result.status !== 0)
    throw new Error(`openpyxl could not read ${file}: ${result.stderr}${result.error ?? ""}`);
  return JSON.parse(result.stdout);
}

describe("the CLI's report writer", () => {
  it("writes the cells, formats, bold, widths, frozen header and filter exceljs writes, as two readers see them", async () => {
    const report = await fakeReport();
    expect(report.sheet.rows.length).toBeGreaterThan(ODD_CELLS.length);
    const dir = mkdtempSync(path.join(os.tmpdir(), "cod-writer-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const ours = path.join(dir, "ours.xlsx");
    const theirs = path.join(dir, "exceljs.xlsx");
    await withReportWriter(report, ours);
    await withExceljs(report, theirs);

    const oursByExceljs = await exceljsView(ours);
    expect(oursByExceljs).toEqual(await exceljsView(theirs));
    const [orders] = oursByExceljs;
    expect(orders?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(orders?.autoFilter).toBeTruthy();

    const oursByOpenpyxl = openpyxlView(ours);
    expect(oursByOpenpyxl).toEqual(openpyxlView(theirs));
    expect(oursByOpenpyxl).toMatchObject([{ freeze: "A2" }, {}]);
  });

  it("gives the same bytes for the same report (no clock in the file)", async () => {
    const report = await fakeReport();
    const bytes = async () => {
      const workbook = new ReportWorkbook();
      await writeReportSheets(workbook, report);
      return workbook.bytes(deflateRawSync);
    };
    expect(Buffer.from(await bytes()).equals(Buffer.from(await bytes()))).toBe(true);
  });
});
