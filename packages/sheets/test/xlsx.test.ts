import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DATE_FORMAT, type Sheet, TEXT_FORMAT, writeXlsx } from "../src/index";
import { exceljsView } from "./read-back";

const WHEN = new Date(Date.UTC(2026, 10, 25, 8, 30, 15));

const LAYOUT: Sheet[] = [
  {
    name: "货到付款",
    columns: [{ width: 20, text: true }, { width: 12 }, { width: 12 }, { width: 22 }],
    rows: [
      { cells: ["订单号", "金额", "已付", "下单时间"], bold: true },
      { cells: ["GW1", 12.5, true, WHEN] },
      { cells: [null, -1.5, false, null] },
      { cells: ["GW3", 1e-7, null, "2026-11-25 08:30"] },
    ],
    frozenRows: 1,
    autoFilter: { row: 1, columns: 4 },
  },
  {
    name: "核对",
    columns: [{ width: 28 }, { width: 30 }],
    rows: [
      { cells: ["可以交付"], bold: true },
      { cells: ["代收金额合计(元)", 1234.5], formats: { 1: "0.00" } },
      { cells: [] },
      { cells: ["级别", "说明"], bold: true },
    ],
  },
];

describe("writeXlsx", () => {
  it("writes cells, formats, bold rows, widths, the frozen header and the filter, as exceljs reads them", async () => {
    const [orders, check] = await exceljsView(await writeXlsx(LAYOUT));
    expect(orders?.name).toBe("货到付款");
    expect(orders?.widths).toEqual([20, 12, 12, 22]);
    expect(orders?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(orders?.autoFilter).toBe("A1:D1");
    expect(orders?.rows[0]?.every((cell) => cell.bold)).toBe(true);
    expect(orders?.rows[1]).toEqual([
      { value: "GW1", type: "String", numFmt: TEXT_FORMAT, bold: false },
      { value: 12.5, type: "Number", numFmt: null, bold: false },
      { value: true, type: "Boolean", numFmt: null, bold: false },
      { value: WHEN, type: "Date", numFmt: DATE_FORMAT, bold: false },
    ]);
    // An empty cell of the identifier column keeps the Text format for what is typed there later.
    expect(orders?.rows[2]?.[0]).toMatchObject({ value: null, numFmt: TEXT_FORMAT });
    expect(orders?.rows[3]?.[3]).toMatchObject({ value: "2026-11-25 08:30", numFmt: TEXT_FORMAT });
    expect(check?.rows[1]?.[1]).toMatchObject({ value: 1234.5, numFmt: "0.00" });
    expect(check?.rows[0]?.[0]).toMatchObject({ value: "可以交付", bold: true });
    expect(check?.views ?? []).toEqual([]);
  });

  it("gives the same bytes for the same sheets, whichever deflate (no clock in the file)", async () => {
    const a = await writeXlsx(LAYOUT, { deflate: deflateRawSync });
    const b = await writeXlsx(LAYOUT, { deflate: deflateRawSync });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const [viaHost] = await exceljsView(await writeXlsx(LAYOUT));
    const [viaZlib] = await exceljsView(a);
    expect(viaHost).toEqual(viaZlib);
  });
});
