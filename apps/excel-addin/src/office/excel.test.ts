import { TEXT_CELL_CASES } from "@syt/fake-exports";
import type { Sheet, SheetCell } from "@syt/sheets";
import { describe, expect, it } from "vitest";
import { type FakeOfficeOptions, loadFakeOffice } from "../../test/fake-office";
import { isAddinError } from "./errors";
import {
  clearPasteSheets,
  type ExcelRunner,
  preparePasteSheets,
  type ReadProgress,
  readSheetValues,
  selectRow,
  writeNewSheet,
} from "./excel";

const noWait = async () => {};

function workbook(options: Partial<FakeOfficeOptions> = {}) {
  const office = loadFakeOffice({ host: "Excel", platform: "PC", ...options });
  const run: ExcelRunner = (batch) => office.Excel.run(batch);
  return { run, fake: office.__fakeExcel };
}

/** An order export as pasted into text-formatted columns: a header and `rows` data rows. */
function exportRows(rows: number): string[][] {
  const header = ["订单号", "收货人", "订单状态", "支付方式", "应付金额"];
  const data = Array.from({ length: rows }, (_, i) => [
    `GW20251124${String(i).padStart(5, "0")}`,
    `测试${i}`,
    "已确认,未付款,配货中",
    "货到付款",
    `${100 + i}.50`,
  ]);
  return [header, ...data];
}

async function pastedSheet(rows: number, options: Partial<FakeOfficeOptions> = {}) {
  const book = workbook(options);
  await preparePasteSheets(book.run, ["官网导出"]);
  book.fake.paste("官网导出", exportRows(rows));
  return book;
}

describe("readSheetValues", () => {
  it("reads the used range in chunks, one sync per chunk, rows as the operator numbers them", async () => {
    const { run, fake } = await pastedSheet(24);
    const syncsBefore = fake.state.syncs;
    const progress: ReadProgress[] = [];

    const values = await readSheetValues(run, "官网导出", {
      maxCellsPerChunk: 50,
      yieldToHost: noWait,
      onProgress: (p) => progress.push(p),
    });

    expect(values).toEqual(exportRows(24));
    // 25 rows x 5 columns at 50 cells per chunk: 10 rows per chunk -> 3 chunks, after one sync for the used range.
    expect(fake.state.reads.map((r) => [r.rowIndex, r.rowCount])).toEqual([
      [0, 10],
      [10, 10],
      [20, 5],
    ]);
    expect(fake.state.syncs - syncsBefore).toBe(4);
    expect(progress.map((p) => p.rowsRead)).toEqual([0, 10, 20, 25]);
    expect(progress.every((p) => p.totalRows === 25)).toBe(true);
  });

  it("starts at A1 even when the paste starts lower, so row numbers match the sheet", async () => {
    const { run, fake } = workbook();
    fake.paste("官网导出", [[], [], ["订单号"], ["GW2025112400001"]]);
    const values = await readSheetValues(run, "官网导出", { yieldToHost: noWait });
    expect(values[3]).toEqual(["GW2025112400001"]);
    expect(values).toHaveLength(4);
  });

  it("halves the chunk when Excel answers with a payload-size error, and still reads every row", async () => {
    const { run, fake } = await pastedSheet(30, { maxCellsPerSync: 40 });
    const values = await readSheetValues(run, "官网导出", { maxCellsPerChunk: 155, yieldToHost: noWait });

    expect(values).toEqual(exportRows(30));
    // 31 rows fail (155 cells), then 15 (75 cells) fail, then 7-row chunks (35 cells) succeed.
    expect(fake.state.reads.map((r) => r.rowCount)).toEqual([7, 7, 7, 7, 3]);
  });

  it("halves the chunk when values come back null without an error", async () => {
    const { run, fake } = await pastedSheet(19, { nullValuesAboveCells: 50 });
    const values = await readSheetValues(run, "官网导出", { maxCellsPerChunk: 100, yieldToHost: noWait });

    expect(values).toEqual(exportRows(19));
    expect(fake.state.reads.map((r) => r.rowCount)).toEqual([20, 10, 10]);
  });

  it("gives up with read-failed and the row number when even one row cannot be read", async () => {
    const { run } = await pastedSheet(3, { nullValuesAboveCells: 2 });
    const error = await readSheetValues(run, "官网导出", { yieldToHost: noWait }).catch((e: unknown) => e);
    expect(isAddinError(error) && { code: error.code, row: error.row }).toEqual({
      code: "read-failed",
      row: 1,
    });
  });

  it("stops between chunks when cancelled", async () => {
    const { run, fake } = await pastedSheet(40);
    const controller = new AbortController();
    const reading = readSheetValues(run, "官网导出", {
      maxCellsPerChunk: 50,
      signal: controller.signal,
      yieldToHost: noWait,
      onProgress: (p) => {
        if (p.rowsRead >= 10) controller.abort();
      },
    });
    await expect(reading).rejects.toMatchObject({ name: "AbortError" });
    expect(fake.state.reads).toHaveLength(1);
  });

  it.each([
    { description: "a sheet that does not exist", paste: false, code: "sheet-missing" },
    { description: "an empty sheet", paste: true, code: "sheet-empty" },
  ])("says which sheet is wrong for $description", async ({ paste, code }) => {
    const { run, fake } = workbook();
    if (paste) fake.paste("官网导出", []);
    const error = await readSheetValues(run, "官网导出").catch((e: unknown) => e);
    expect(isAddinError(error) && { code: error.code, sheet: error.sheetName }).toEqual({
      code,
      sheet: "官网导出",
    });
  });
});

describe("preparePasteSheets", () => {
  it("creates the paste sheets with text columns, so long IDs pasted later stay text", async () => {
    const { run, fake } = workbook();
    const result = await preparePasteSheets(run, ["官网导出", "WMS导出"]);
    fake.paste("官网导出", [["订单号"], ["202511240000012345678"]]);

    expect(result).toEqual({ created: ["官网导出", "WMS导出"], formatted: [], kept: [], keptRows: {} });
    expect(fake.sheetValues("官网导出")).toEqual([["订单号"], ["202511240000012345678"]]);
    expect(fake.formatAt("WMS导出", 100, 40)).toBe("@");
    expect(fake.state.selection).toEqual({ sheet: "官网导出", address: "A1" });
  });

  it("never touches a sheet the operator already pasted into", async () => {
    const { run, fake } = workbook();
    fake.paste("官网导出", [["订单号"], ["202511240000012345678"]]);
    const before = fake.sheetValues("官网导出");

    const result = await preparePasteSheets(run, ["官网导出", "WMS导出"]);

    expect(result).toEqual({
      created: ["WMS导出"],
      formatted: [],
      kept: ["官网导出"],
      keptRows: { 官网导出: 2 },
    });
    expect(fake.sheetValues("官网导出")).toEqual(before);
    expect(fake.formatAt("官网导出", 1, 0)).toBe("General");
  });
});

describe("clearPasteSheets", () => {
  it("empties the paste sheets the operator confirmed, says how many rows went, and keeps them text", async () => {
    const { run, fake } = workbook();
    await preparePasteSheets(run, ["官网导出", "WMS导出"]);
    fake.paste("官网导出", [["订单号"], ["GW1"], ["GW2"], ["GW3"]]);
    fake.paste("其他", [["留着"]]);

    const cleared = await clearPasteSheets(run, ["官网导出", "WMS导出"]);

    expect(cleared).toEqual([{ name: "官网导出", rows: 4 }]);
    expect(
      fake
        .sheetValues("官网导出")
        ?.flat()
        .every((cell) => cell === ""),
    ).toBe(true);
    expect(fake.formatAt("官网导出", 2, 0)).toBe("@");
    expect(fake.sheetValues("其他")).toEqual([["留着"]]);
  });
});

const sheet = (name: string, rows: SheetCell[][], columns: Sheet["columns"] = []): Sheet => ({
  name,
  columns,
  rows: rows.map((cells) => ({ cells })),
});

describe("writeNewSheet", () => {
  it("writes a sheet's data into a new sheet, keeps text as text and picks a free name", async () => {
    const { run, fake } = workbook();
    fake.paste("货到付款", [["已有"]]);
    const values = [
      ["订单号", "代收金额", "备注"],
      ["GW20251124000012345", 128.5, '=HYPERLINK("x")'],
    ];

    const name = await writeNewSheet(run, sheet("货到付款", values, [{ text: true }, {}, {}]));

    expect(name).toBe("货到付款 (2)");
    expect(fake.sheetValues(name)).toEqual(values);
    expect([fake.formatAt(name, 1, 0), fake.formatAt(name, 1, 1), fake.formatAt(name, 1, 2)]).toEqual([
      "@",
      "General",
      "@",
    ]);
    expect(fake.state.activeSheet).toBe(name);
    expect(fake.state.screenUpdatingSuspensions).toBe(0);
  });

  it.each(TEXT_CELL_CASES)(
    "the shared text table: $description stays as written, Text exactly where the one rule says",
    async ({ text, asText }) => {
      const { run, fake } = workbook();
      const name = await writeNewSheet(run, sheet("核对", [["备注"], [text]]));
      expect(fake.sheetValues(name)?.[1]?.[0]).toBe(text);
      expect(fake.formatAt(name, 1, 0)).toBe(asText ? "@" : "General");
    },
  );

  it("writes dates as dates and empty cells as blanks, rows padded to one width", async () => {
    const { run, fake } = workbook();
    const when = new Date(Date.UTC(2026, 10, 25, 8, 30));
    const name = await writeNewSheet(run, sheet("核对", [["下单时间", "备注"], [when], [null, "x"]]));
    const values = fake.sheetValues(name);
    expect(values?.[0]).toEqual(["下单时间", "备注"]);
    // Excel's serial day: 2026-11-25 08:30 UTC wall clock.
    expect(values?.[1]?.[0]).toBeCloseTo(46351 + 8.5 / 24, 8);
    expect(values?.slice(1).map((row) => row.slice(1))).toEqual([[""], ["x"]]);
    expect(values?.[2]?.[0]).toBe("");
    expect(fake.formatAt(name, 1, 0)).toBe("yyyy-mm-dd hh:mm:ss");
  });

  it("writes the sheet's layout too: bold rows, column widths, the frozen header where Excel can freeze", async () => {
    const { run, fake } = workbook();
    const data: Sheet = {
      ...sheet(
        "货到付款",
        [
          ["订单号", "备注"],
          ["GW1", "x"],
        ],
        [{ width: 22, text: true }, { width: 40 }],
      ),
      frozenRows: 1,
    };
    data.rows[0] = { cells: ["订单号", "备注"], bold: true };
    const name = await writeNewSheet(run, data, { freezePanes: true });
    expect(fake.layoutOf(name)).toEqual({ boldRows: [0], columnWidths: [119.25, 213.75], frozenRows: 1 });
    const older = await writeNewSheet(run, data);
    expect(fake.layoutOf(older)?.frozenRows).toBe(0);
  });

  it("suspends screen updating for the write when the host supports it", async () => {
    const { run, fake } = workbook();
    await writeNewSheet(run, sheet("货到付款", [["订单号"]]), { suspendScreenUpdating: true });
    expect(fake.state.screenUpdatingSuspensions).toBe(1);
  });

  it("leaves the sheet in view alone when asked not to activate (the 核对 sheet after the report)", async () => {
    const { run, fake } = workbook();
    await writeNewSheet(run, sheet("货到付款", [["订单号"]]));
    await writeNewSheet(run, sheet("核对", [["项目", "数值"]]), { activate: false });
    expect(fake.state.activeSheet).toBe("货到付款");
    expect(fake.sheetValues("核对")).toEqual([["项目", "数值"]]);
  });
});

describe("selectRow", () => {
  it("activates the sheet and selects the row the operator sees", async () => {
    const { run, fake } = await pastedSheet(5);
    await selectRow(run, "官网导出", 4);
    expect(fake.state.selection).toEqual({ sheet: "官网导出", address: "4:4" });
  });
});
