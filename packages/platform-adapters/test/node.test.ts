import { mkdtempSync, rmSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fakeOrders, guanwangExport, toXlsx } from "@syt/fake-exports";
import { writeXlsxFile } from "@syt/fake-exports/node";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { parseOrders, readTable, SheetNotFoundError, tableFromValues } from "../src/index";
import { readTableFromFile } from "../src/node";
import { expectSameOrders } from "./helpers";

const dir = mkdtempSync(path.join(os.tmpdir(), "adapters-node-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const truth = fakeOrders({ seed: 77, count: 1500 });
const sheet = guanwangExport(truth);
const texts = (rows: unknown[][]) => rows.flat().filter((cell): cell is string => typeof cell === "string");

/** What exceljs's own streaming reader gives, without the fix. */
async function bareStreamingTexts(file: string): Promise<string[]> {
  const out: string[] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: "cache", worksheets: "emit" });
  for await (const worksheet of reader) {
    for await (const row of worksheet) out.push(...texts([(row.values as unknown[]).slice(1)]));
  }
  return out;
}

describe("regression: exceljs streaming reader turns Chinese split across chunks into U+FFFD (#2063, #2084)", () => {
  it.each([
    { description: "shared strings", sharedStrings: true },
    { description: "inline strings in the worksheet XML", sharedStrings: false },
  ])("reads every Chinese text intact from $description", async ({ sharedStrings }) => {
    const file = path.join(dir, `chinese-${sharedStrings}.xlsx`);
    await writeXlsxFile(file, "订单信息", sheet.rows, { sharedStrings });
    // The file really has characters split across chunks: the unfixed reader garbles some.
    expect((await bareStreamingTexts(file)).some((text) => text.includes("\uFFFD"))).toBe(true);
    const table = await readTableFromFile(file);
    expect(table.sheetName).toBe("订单信息");
    const read = table.rows.map((row) => row.cells);
    expect(texts(read).filter((text) => text.includes("\uFFFD"))).toEqual([]);
    expect(texts(read)).toEqual(texts(sheet.rows).filter((text) => text !== ""));
  });
});

describe("readTableFromFile", () => {
  it("gives the same orders as reading the bytes whole", async () => {
    const file = path.join(dir, "orders.xlsx");
    await writeXlsxFile(file, "订单信息", sheet.rows);
    const result = await parseOrders(await readTableFromFile(file));
    expectSameOrders(result.orders, truth);
  });

  // Regression: the whole-workbook reader dropped blank rows that the streaming reader and a
  // paste kept, so the CLI and the taskpane counted different "rows read" for one file.
  it("gives the same rows and row accounting streamed, read whole, or pasted", async () => {
    const trapped = guanwangExport(truth.slice(0, 40), { title: true, blankRows: 3, totalRow: true });
    const file = path.join(dir, "trapped.xlsx");
    await writeXlsxFile(file, "订单信息", trapped.rows);
    const pasted = [...trapped.rows.map((row) => row.map((cell) => cell ?? "")), ["", ""], ["", ""]];
    const tables = [
      await readTableFromFile(file),
      await readTable(await toXlsx([{ name: "订单信息", rows: trapped.rows }])),
      tableFromValues(pasted, { sheetName: "订单信息" }),
    ];
    const accountings = await Promise.all(tables.map(async (t) => (await parseOrders(t)).meta.accounting));
    expect(tables.map((t) => t.rows.map((row) => row.rowNumber))).toEqual(
      Array(3).fill(trapped.rows.map((_, i) => i + 1)),
    );
    expect(accountings[1]).toEqual(accountings[0]);
    expect(accountings[2]).toEqual(accountings[0]);
    expect(accountings[0]?.skippedByReason.blank).toBeGreaterThanOrEqual(3);
  });

  it("reads date cells as Dates, from their style's number format, as the same instants", async () => {
    const file = path.join(dir, "dates.xlsx");
    const few = truth.slice(0, 20);
    await writeXlsxFile(file, "订单信息", guanwangExport(few, { dates: "date" }).rows);
    const table = await readTableFromFile(file);
    expect(table.rows[1]?.cells[1]).toBeInstanceOf(Date);
    expectSameOrders((await parseOrders(table)).orders, few);
  });

  it("lists every sheet and picks the first with data unless one is named", async () => {
    const file = path.join(dir, "sheets.xlsx");
    const small = guanwangExport(truth.slice(0, 3));
    await writeFile(
      file,
      await toXlsx([
        { name: "说明", rows: [] },
        { name: "订单", rows: small.rows },
        { name: "备用", rows: [["x"]] },
      ]),
    );
    const table = await readTableFromFile(file);
    expect(table.sheets).toEqual(["说明", "订单", "备用"]);
    expect(table.sheetName).toBe("订单");
    expect((await readTableFromFile(file, { sheet: "备用" })).rows).toEqual([{ rowNumber: 1, cells: ["x"] }]);
    await expect(readTableFromFile(file, { sheet: "没有" })).rejects.toBeInstanceOf(SheetNotFoundError);
  });

  it("reads CSV files whole, with encoding detection", async () => {
    const file = path.join(dir, "orders.csv");
    await writeFile(
      file,
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("订单号,支付方式\r\nGW1,货到付款\r\n")]),
    );
    const table = await readTableFromFile(file);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ["订单号", "支付方式"],
      ["GW1", "货到付款"],
    ]);
  });
});
