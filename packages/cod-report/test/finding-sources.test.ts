import { toValues } from "@syt/fake-exports";
import { describe, expect, it } from "vitest";
import { exampleSheets } from "../scripts/example-data";
import { analyseCodReport } from "../src/index";

describe("analyseCodReport's sources: each finding's row and order, without reading the exports again", () => {
  it("gives the row a finding points at, under its header, and the report's order of that row", async () => {
    const sheets = exampleSheets();
    const { summary, sources } = await analyseCodReport({
      orders: { values: toValues(sheets.orders), sheetName: sheets.orders.name },
      wms: { values: toValues(sheets.wms), sheetName: sheets.wms.name },
      date: "2026-11-25",
    });
    const located = summary.findings.filter((f) => f.row !== undefined);
    expect(located.length).toBeGreaterThan(5);
    expect(new Set(located.map((f) => f.sheet))).toEqual(new Set(["orders", "wms"]));
    for (const finding of located) {
      const row = sources.row(finding);
      const sheet = finding.sheet === "orders" ? sheets.orders : sheets.wms;
      // The sheet's own row, as the operator sees it numbered (row 1 is the first of the sheet).
      expect(row?.values.map((v) => (v === null ? "" : String(v)))).toEqual(
        (sheet.rows[(finding.row as number) - 1] ?? []).map((v) =>
          v === null || v === undefined ? "" : String(v),
        ),
      );
      expect(row?.header).toContain(finding.sheet === "orders" ? "订单编号" : "物流单号");
      if (finding.sheet === "orders" && finding.orderNo && finding.code !== "destroyed-id") {
        const order = sources.order(finding);
        if (order) expect(order.orderNo).toBe(finding.orderNo);
      }
    }
    const withOrder = located.filter((f) => f.sheet === "orders" && sources.order(f) !== undefined);
    expect(withOrder.length).toBeGreaterThan(0);
    expect(sources.row({ sheet: "orders", row: 100_000 })).toBeUndefined();
  });
});
