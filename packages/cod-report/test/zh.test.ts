import { fakeOrders, guanwangExport, toValues, wmsExport } from "@syt/fake-exports";
import { describe, expect, it } from "vitest";
import { groupFindings } from "../src/groups";
import { buildCodReport } from "../src/index";
import type { CodSummary, Finding } from "../src/summary";
import { formatSummaryZh } from "../src/zh";

const ONE_OF_EACH: Finding[] = [
  {
    code: "missing-waybill",
    severity: "error",
    orderNo: "GW2026112500001",
    row: 4,
    sheet: "orders",
    params: { inWms: false },
  },
  {
    code: "missing-waybill",
    severity: "error",
    orderNo: "GW2026112500002",
    row: 5,
    sheet: "orders",
    params: { inWms: true },
  },
  {
    code: "not-zto",
    severity: "error",
    orderNo: "GW2026112500003",
    row: 6,
    sheet: "orders",
    params: { courier: "sto", courierRaw: "申通快递" },
  },
  {
    code: "wms-unallocated",
    severity: "error",
    orderNo: "GW2026112500004",
    row: 7,
    sheet: "wms",
    params: { stage: "unallocated", stageRaw: "未分配", noWaybill: true },
  },
  {
    code: "waybill-format",
    severity: "warning",
    orderNo: "GW2026112500005",
    row: 8,
    sheet: "wms",
    params: {
      waybill: "7312345",
      warnings: ["waybill-length", "waybill-courier-mismatch"],
      courier: "zto",
      length: 7,
    },
  },
  {
    code: "waybill-shared",
    severity: "error",
    orderNo: "GW2026112500006",
    row: 9,
    sheet: "wms",
    params: { waybill: "73123456789012", others: ["GW2026112500007"] },
  },
  { code: "cod-pending", severity: "error", orderNo: "GW2026112500008", row: 10, sheet: "orders" },
  { code: "destroyed-id", severity: "error", orderNo: "2.02511E+19", row: 11, sheet: "orders" },
  {
    code: "missing-amount",
    severity: "error",
    orderNo: "GW2026112500009",
    row: 12,
    sheet: "orders",
    params: { zero: true },
  },
  {
    code: "export-window",
    severity: "error",
    orderNo: "GW2026112300001",
    row: 3,
    sheet: "orders",
    params: { kind: "before", day: "2026-11-23", from: "2026-11-24", to: "2026-11-25" },
  },
  {
    code: "amount-unmapped",
    severity: "error",
    sheet: "orders",
    params: { lookAlike: ["代收款(元)"], orders: 6 },
  },
  {
    code: "nothing-kept",
    severity: "error",
    sheet: "orders",
    params: { cod: 4, states: { 已发货: 3, 已取消: 1 } },
  },
  {
    code: "row-issue",
    severity: "warning",
    row: 13,
    sheet: "orders",
    params: {
      issue: {
        code: "invalid-phone",
        severity: "warning",
        row: 13,
        column: "手机号码",
        input: "13800001234x",
      },
    },
  },
];

const SUMMARY: CodSummary = {
  date: "2026-11-25",
  fileName: "上元堂官网_中通货到付款_2026-11-25.xlsx",
  wmsProvided: true,
  rows: { read: 20, kept: 8, excluded: { status: 6, payment: 3, skipped: 2, issue: 1 } },
  wmsRows: { read: 9, used: 9 },
  orders: { total: 15, kept: 6 },
  placed: {
    first: "2026-11-23 08:10",
    last: "2026-11-25 14:02",
    dated: 6,
    window: { from: "2026-11-24", to: "2026-11-25" },
  },
  amountToCollectFen: 123450,
  ordersByShipping: { preparing: 9, unshipped: 4, shipped: 2 },
  codOrdersByShipping: { preparing: 6, unshipped: 1 },
  findings: ONE_OF_EACH,
  groups: groupFindings(ONE_OF_EACH),
};

describe("formatSummaryZh", () => {
  it("renders every finding code in Chinese (reviewable snapshot)", async () => {
    const text = formatSummaryZh(SUMMARY);
    await expect(`# 货到付款日报: 摘要示例\n\n\`\`\`\n${text}\n\`\`\`\n`).toMatchFileSnapshot(
      "./__snapshots__/summary-zh.snap.md",
    );
  });

  it("never prints a full mobile number, even one quoted from the export", () => {
    expect(formatSummaryZh(SUMMARY)).not.toContain("13800001234");
  });

  it("adds up on a real report: every row read is kept or excluded, and the line says so", async () => {
    const orders = fakeOrders({ seed: 11, count: 60, codShare: 0.5 });
    const sheet = guanwangExport(orders);
    const { summary } = await buildCodReport({
      orders: { values: toValues(sheet), sheetName: sheet.name },
      wms: { values: toValues(wmsExport(orders)) },
      date: "2026-11-25",
    });
    const excluded = Object.values(summary.rows.excluded).reduce((a, b) => a + b, 0);
    expect(summary.rows.read).toBe(sheet.rows.length - 1);
    expect(summary.rows.kept).toBeGreaterThan(0);
    expect(excluded).toBeGreaterThan(0);
    expect(summary.rows.kept + excluded).toBe(summary.rows.read);
    expect(formatSummaryZh(summary)).toContain(
      `读取 ${summary.rows.read} 行 = 保留 ${summary.rows.kept} 行 + 排除 ${excluded} 行`,
    );
  });
});
