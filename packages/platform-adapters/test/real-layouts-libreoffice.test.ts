import { realLayoutDay, textIdEndingInZero, toXlsx } from "@syt/fake-exports";
import { beforeAll, describe, expect, it } from "vitest";
import { parseOrders, parseWms, readTable } from "../src/index";
import { convertWithLibreOffice } from "./xlsx-corpus/libreoffice";

// Another producer's files: our real-layout xlsx re-saved by LibreOffice Calc, which writes its own
// shared strings, styles and cell types. Text IDs must stay text, merged numbers and fake-`Z`
// times must read as they did from exceljs's file.
describe("real layouts re-saved by LibreOffice", () => {
  const day = realLayoutDay();
  const sheetOf = (layout: string) => {
    const file = day.files.find((f) => f.layout === layout);
    if (!file) throw new Error(`no ${layout}`);
    return file.sheet;
  };
  let converted: Map<string, Uint8Array>;

  beforeAll(async () => {
    const inputs = [
      { name: "wanliniu.xlsx", bytes: await toXlsx(sheetOf("wanliniu-detail")) },
      { name: "wms.xlsx", bytes: await toXlsx(sheetOf("wms-titled")) },
    ];
    converted = convertWithLibreOffice(inputs, "xlsx");
  }, 180_000);

  it("万里牛 订单明细: the same orders as from the original file, text IDs ending in 0 kept as text", async () => {
    const bytes = converted.get("wanliniu.xlsx") as Uint8Array;
    const table = await readTable(bytes, { fileName: "wanliniu.xlsx" });
    const idColumn = table.rows[0]?.cells.indexOf("原订单号") ?? -1;
    const ids = table.rows.slice(1).map((row) => row.cells[idColumn]);
    expect(ids).toContain(textIdEndingInZero(0));
    expect(ids.every((id) => typeof id === "string")).toBe(true);
    const fromLibreOffice = await parseOrders(bytes, { fileName: "wanliniu.xlsx" });
    const original = await parseOrders(await toXlsx(sheetOf("wanliniu-detail")), {
      fileName: "original.xlsx",
    });
    expect(fromLibreOffice.meta.adapter).toBe("wanliniu");
    expect(fromLibreOffice.meta.accounting).toEqual(original.meta.accounting);
    expect(fromLibreOffice.orders).toEqual(original.orders);
    expect(fromLibreOffice.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("WMS with its title rows: the header found past them, merged rows split", async () => {
    const bytes = converted.get("wms.xlsx") as Uint8Array;
    const result = await parseWms(bytes, { fileName: "wms.xlsx" });
    const original = await parseWms(await toXlsx(sheetOf("wms-titled")), { fileName: "original.xlsx" });
    expect(result.meta.headerRow).toBe(original.meta.headerRow);
    expect(result.shipments).toEqual(original.shipments);
    expect(result.shipments.filter((s) => (s.orderRefs?.length ?? 0) > 1)).toHaveLength(2);
  });
});
