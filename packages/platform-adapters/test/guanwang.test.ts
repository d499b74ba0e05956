import { fakeOrders, guanwangExport } from "@syt/fake-exports";
import { describe, expect, it } from "vitest";
import { formatIssueZh, parseOrders } from "../src/index";
import { ALL_TRAPS, expectAccountingAddsUp, expectSameOrders, FORMATS, inForm } from "./helpers";

const truth = fakeOrders({ seed: 11, count: 25 });

describe("官网 order export", () => {
  it.each(FORMATS)("reads every trap the same way from %s", async (format) => {
    const sheet = guanwangExport(truth, { ...ALL_TRAPS, statuses: "composite" });
    const { input, fileName } = await inForm(sheet, format);
    const result = await parseOrders(input, { fileName });
    expect(result.meta.platform).toBe("guanwang");
    expect(result.meta.headerRow).toBe(sheet.headerRow);
    expectSameOrders(result.orders, truth);
    expectAccountingAddsUp(result.meta);
    expect(result.meta.accounting.used).toBe(sheet.dataRows.length);
    expect(result.meta.accounting.issues).toBe(1);
    expect(result.meta.accounting.skippedByReason).toMatchObject({ "repeated-header": 1, total: 1 });
    expect(result.meta.skippedRows).toContainEqual({ row: 1, reason: "above-header" });
    const destroyed = result.issues.filter((issue) => issue.code === "destroyed-id");
    expect(destroyed.map((issue) => issue.row)).toEqual(
      sheet.trapRows.filter((t) => t.kind === "destroyed").map((t) => t.row),
    );
  });

  it.each([
    { description: "plugin headers, separate statuses", headers: "plugin", statuses: "separate" },
    { description: "plugin headers, composite status", headers: "plugin", statuses: "composite" },
    { description: "operator headers, composite 订单处理状态", headers: "operator", statuses: "composite" },
    { description: "operator headers, separate statuses", headers: "operator", statuses: "separate" },
  ] as const)("reads $description", async ({ headers, statuses }) => {
    const result = await parseOrders(guanwangExport(truth, { headers, statuses }).rows);
    expectSameOrders(result.orders, truth);
    expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
  });

  it("keeps every source row of a multi-line order with the operator's row numbers", async () => {
    const sheet = guanwangExport(truth, { title: true });
    const result = await parseOrders(sheet.rows);
    const multi = result.orders.find((order) => order.lines.length > 1);
    expect(multi?.sourceRows.length).toBe(multi?.lines.length);
    expect(multi?.lines.map((line) => line.sourceRow)).toEqual(multi?.sourceRows);
    expect(multi?.sourceRows.every((row) => sheet.dataRows.includes(row))).toBe(true);
  });

  it.each([
    { description: "a row shorter than the order-number column", row: ["货到付款"] },
    { description: "an empty order number", row: ["货到付款", ""] },
    { description: "a guard with nothing inside", row: ["货到付款", '=""'] },
  ])("makes $description an issue, not an order", async ({ row }) => {
    const result = await parseOrders([["支付方式", "订单号"], row, ["货到付款", "GW1"]]);
    expect(result.orders.map((order) => order.orderNo)).toEqual(["GW1"]);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "missing-order-no", row: 2, severity: "error" }),
    ]);
    expect(result.meta.accounting).toMatchObject({ dataRows: 2, used: 1, issues: 1 });
  });

  it("tells the operator how to fix a destroyed order number", async () => {
    const result = await parseOrders(guanwangExport(truth.slice(0, 3), { destroyedIds: 1 }).rows);
    const issue = result.issues.find((i) => i.code === "destroyed-id");
    expect(issue).toMatchObject({ severity: "error", column: "订单号" });
    expect(formatIssueZh(issue ?? { code: "destroyed-id", severity: "error" })).toMatch(
      /订单号列设为文本格式/,
    );
  });

  // Regression: a destroyed number cell was shown as its 20 spelt-out digits, which read like a real order number.
  it("shows a destroyed number cell as Excel shows it, not as a long run of digits", async () => {
    const sheet = guanwangExport(truth.slice(0, 2));
    const rows = [
      ...sheet.rows,
      sheet.rows[1]?.map((cell, i) => (i === 0 ? 2.0251123538116612e19 : cell)) ?? [],
    ];
    const result = await parseOrders(rows);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: "destroyed-id", input: "2.02511E+19" }),
    );
  });
});
