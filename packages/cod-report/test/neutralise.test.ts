import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { TEXT_CELL_CASES } from "@syt/fake-exports";
import { TEXT_FORMAT } from "@syt/sheets";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { CodReport } from "../src/compute";
import { writeReportFile } from "../src/node-files";
import { ORDERS_SHEET_NAME, reportBytes } from "../src/write-sheets";

// The table every output is tested on (the daily workbook and the taskpane's grid too).
const TEXTS = TEXT_CELL_CASES;

const WRITERS = [
  { writer: "in memory (browser)", write: reportBytes },
  {
    writer: "streaming to a file (CLI)",
    write: async (report: CodReport) => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "cod-neutralise-"));
      try {
        const file = path.join(dir, "report.xlsx");
        await writeReportFile(report, file, false);
        return new Uint8Array(readFileSync(file));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
const CASES = WRITERS.flatMap(({ writer, write }) => TEXTS.map((t) => ({ writer, write, ...t })));

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
      placed: { dated: 0, window: { from: "2026-11-24", to: "2026-11-25" } },
      amountToCollectFen: 0,
      groups: [],
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

describe("user text in the report", () => {
  it.each(CASES)(
    "$writer: $description reads back identical, as text, never as a formula",
    async ({ write, text, asText }) => {
      const sheet = await readBack(await write(reportWith([["GW1", text, 12.5]])));
      const cell = sheet.getCell("B2");
      expect(cell.value).toBe(text);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      // The Text format wherever typing the same text again would make a formula or a value.
      expect(cell.numFmt).toBe(asText ? TEXT_FORMAT : undefined);
    },
  );

  it.each(WRITERS)(
    "$writer: keeps numbers as numbers, numeric order numbers become text",
    async ({ write }) => {
      const sheet = await readBack(await write(reportWith([[2026112512345, "备注", 12.5]])));
      expect(sheet.getCell("A2").value).toBe("2026112512345");
      expect(sheet.getCell("A2").numFmt).toBe(TEXT_FORMAT);
      expect(sheet.getCell("C2").value).toBe(12.5);
      expect(sheet.getCell("C2").type).toBe(ExcelJS.ValueType.Number);
    },
  );
});
