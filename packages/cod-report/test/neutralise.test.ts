import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type CodReport, ORDERS_SHEET_NAME, reportBytes, TEXT_FORMAT } from "../src/index";

const FORMULA_LIKE = [
  "=1+1",
  "+8613800001234",
  "-不要放清单",
  "@药师",
  "\t前面有制表符",
  "\r前面有回车",
  '=HYPERLINK("http://example.com")',
];

function reportWith(cells: (string | number | null)[][]): CodReport {
  return {
    sheet: { header: ["订单编号", "买家留言", "金额"], idColumns: new Set([0]), rows: cells },
    summary: {
      date: "2026-11-25",
      fileName: "x.xlsx",
      wmsProvided: false,
      rows: {
        read: cells.length,
        kept: cells.length,
        excluded: { status: 0, payment: 0, skipped: 0, issue: 0 },
      },
      wmsRows: { read: 0, used: 0 },
      orders: { total: cells.length, kept: cells.length },
      amountToCollectFen: 0,
      ordersByShipping: {},
      codOrdersByShipping: {},
      findings: [],
    },
  };
}

async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(ORDERS_SHEET_NAME);
  if (!sheet) throw new Error("orders sheet missing");
  return sheet;
}

describe("formula-like user text", () => {
  it.each(FORMULA_LIKE)("%j reads back identical, as text, never as a formula", async (text) => {
    const sheet = await readBack(await reportBytes(reportWith([["GW1", text, 12.5]])));
    const cell = sheet.getCell("B2");
    expect(cell.value).toBe(text);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.numFmt).toBe(TEXT_FORMAT);
  });

  it("keeps numbers as numbers and turns numeric order numbers into text", async () => {
    const sheet = await readBack(await reportBytes(reportWith([[2026112512345, "备注", 12.5]])));
    expect(sheet.getCell("A2").value).toBe("2026112512345");
    expect(sheet.getCell("A2").numFmt).toBe(TEXT_FORMAT);
    expect(sheet.getCell("C2").value).toBe(12.5);
    expect(sheet.getCell("C2").type).toBe(ExcelJS.ValueType.Number);
  });
});
