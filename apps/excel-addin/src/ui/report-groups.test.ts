import { describe, expect, it } from "vitest";
import { dayFiles } from "../../test/browser/day-inputs";
import { runCodReport } from "../report/engine";
import { orderNumbersText } from "./group-view";
import { inFiles, withoutWms } from "./report-groups";

const file = (name: string) => {
  const found = dayFiles().find((f) => f.name === name);
  if (!found) throw new Error(`no ${name} in examples/今日`);
  return { kind: "file", bytes: found.bytes, fileName: found.name } as const;
};

describe("the COD report's groups as the taskpane shows them", () => {
  it("without a WMS export, says once that logistics were not checked instead of N orders not found", async () => {
    const report = await runCodReport({ orders: file("官网订单_20261125.xlsx"), date: "2026-11-25" });
    expect(report.summary.wmsProvided).toBe(false);
    const missing = report.groups.find((g) => g.code === "missing-waybill");
    expect(missing?.text).toMatch(/个订单在 WMS 导出里找不到/);
    const shown = withoutWms(report.groups, false).find((g) => g.code === "missing-waybill");
    expect(shown?.text).toBe(
      `没有选择 WMS 导出, 所以没有核对物流: ${missing?.count} 个订单的物流单号要到 WMS 查`,
    );
    // Same groups, same counts: the verdict above still counts what the list shows.
    expect(withoutWms(report.groups, false).map((g) => [g.key, g.count])).toEqual(
      report.groups.map((g) => [g.key, g.count]),
    );
  });

  it("with a WMS export leaves the library's words as they are", async () => {
    const report = await runCodReport({
      orders: file("官网订单_20261125.xlsx"),
      wms: file("WMS物流_20261125.xlsx"),
      date: "2026-11-25",
    });
    expect(withoutWms(report.groups, true)).toEqual(report.groups);
  });

  it("in file mode names each row's file, not the paste sheet", async () => {
    const report = await runCodReport({ orders: file("官网订单_20261125.xlsx"), date: "2026-11-25" });
    const rows = inFiles(report.groups, { orders: "官网订单_20261125.xlsx" }).flatMap((g) => g.findings);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((f) => f.sheetLabel))).toEqual(new Set(["官网订单_20261125.xlsx"]));
  });

  it("copies a group's order numbers once each, one per line", async () => {
    const report = await runCodReport({ orders: file("官网订单_20261125.xlsx"), date: "2026-11-25" });
    const group = report.groups.find((g) => g.findings.filter((f) => f.orderNo).length > 1);
    if (!group) throw new Error("no group of several orders");
    const text = orderNumbersText([...group.findings, ...group.findings]);
    const numbers = text.split("\n");
    expect(numbers).toEqual([...new Set(group.findings.flatMap((f) => (f.orderNo ? [f.orderNo] : [])))]);
    expect(orderNumbersText([{ text: "", sheetLabel: "x" }])).toBe("");
  });
});
