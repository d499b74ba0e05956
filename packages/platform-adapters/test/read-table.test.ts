import { fakeOrders, guanwangExport, toXlsx } from "@syt/fake-exports";
import { describe, expect, it } from "vitest";
import { detectEncoding, parseWms, readTable, SheetNotFoundError, tableFromValues } from "../src/index";

const small = guanwangExport(fakeOrders({ seed: 1, count: 2 }));

describe("readTable", () => {
  it("lists every sheet of an xlsx and picks the first with data unless one is named", async () => {
    const bytes = await toXlsx([
      { name: "说明", rows: [] },
      { name: "订单", rows: small.rows },
      { name: "备用", rows: [["x"]] },
    ]);
    const table = await readTable(bytes);
    expect(table).toMatchObject({ sheetName: "订单", sheets: ["说明", "订单", "备用"] });
    expect(table.rows[0]).toMatchObject({ rowNumber: 1, cells: small.rows[0] });
    expect((await readTable(bytes, { sheet: "备用" })).rows).toEqual([{ rowNumber: 1, cells: ["x"] }]);
    await expect(readTable(bytes, { sheet: "没有" })).rejects.toBeInstanceOf(SheetNotFoundError);
  });

  it.each([
    { description: "UTF-8 with BOM", bytes: [0xef, 0xbb, 0xbf, 0xe8, 0xae, 0xa2], expected: "utf-8" },
    { description: "UTF-8 without BOM", bytes: [0xe8, 0xae, 0xa2, 0xe5, 0x8d, 0x95], expected: "utf-8" },
    { description: "GBK (订单)", bytes: [0xb6, 0xa9, 0xb5, 0xa5], expected: "gb18030" },
    {
      description: "UTF-16 LE with BOM (Excel's Unicode text)",
      bytes: [0xff, 0xfe, 0xa2, 0x8b],
      expected: "utf-16le",
    },
  ])("detects $description", ({ bytes, expected }) => {
    expect(detectEncoding(new Uint8Array(bytes)).encoding).toBe(expected);
  });

  it("reads tab-separated text and keeps CSV record numbers as row numbers", async () => {
    const text = '订单号\t备注\r\nGW1\t"两行\n备注"\r\nGW2\t\r\n';
    const table = await readTable(new TextEncoder().encode(text), { fileName: "x.csv" });
    expect(table.rows.map((r) => [r.rowNumber, r.cells[0]])).toEqual([
      [1, "订单号"],
      [2, "GW1"],
      [3, "GW2"],
    ]);
  });

  it("reads waybills joined with <br> in an HTML .xls cell", async () => {
    const html =
      "<html><body><table><tr><th>外部单号</th><th>物流单号</th></tr>" +
      "<tr><td>GW1</td><td>73123456789012<br>73123456789013</td></tr></table></body></html>";
    const result = await parseWms(new TextEncoder().encode(html), { fileName: "wms.xls" });
    expect(result.shipments[0]?.waybills).toEqual(["73123456789012", "73123456789013"]);
  });

  it("numbers 2D-array rows from the sheet row they start at", () => {
    const table = tableFromValues([["订单号"], ["GW1"]], { sheetName: "Sheet1", firstRowNumber: 5 });
    expect(table.rows.map((row) => row.rowNumber)).toEqual([5, 6]);
    expect(table.sheets).toEqual(["Sheet1"]);
  });
});
