import { fakeOrders, guanwangExport, guanwangRows, toXlsx, wmsExport } from "@syt/fake-exports";
import { parseOrders, parseWms } from "@syt/platform-adapters";
import { beforeAll, describe, expect, it } from "vitest";
import { type CodReport, prepareCodReport } from "../src/compute";
import { CodSummary } from "../src/summary";
import { formatGroupZh, formatSummaryZh, formatVerdictZh } from "../src/zh";
import { codPendingOrders } from "./expected";

// Regression: an ordinary 1,200-row web-shop export whose 订单处理状态 held the shop's list
// words (待发货, 配货中, 已发货, 已完成, 已取消) and a WMS export with the warehouse's stage
// words (分配完成, 未分配, 待打单, 已发货) printed 490 findings, 479 of them "unknown status",
// and put the COD orders in 待发货 under 状态未知, so the push check never fired.

const DATE = "2026-11-25";
let report: CodReport;
let rows: number;
let sheets: { orders: ReturnType<typeof guanwangExport>; wms: ReturnType<typeof wmsExport> };

beforeAll(async () => {
  // `words: "all"`: the orders walk through every state the back offices have a word for.
  const orders = fakeOrders({ seed: 2026, count: 600, words: "all", codShare: 0.4 });
  sheets = {
    orders: guanwangExport(orders, { headers: "operator", statuses: "composite", vocabulary: "mixed" }),
    wms: wmsExport(orders, { stageHeader: "配货状态", missingWaybillShare: 0.05, sharedWaybills: 1 }),
  };
  rows = guanwangRows(orders).length;
  const [ordersBytes, wmsBytes] = await Promise.all([toXlsx(sheets.orders), toXlsx(sheets.wms)]);
  const parsed = {
    orders: await parseOrders(ordersBytes, { platform: "guanwang", fileName: "orders.xlsx" }),
    wms: await parseWms(wmsBytes, { fileName: "wms.xlsx" }),
  };
  report = prepareCodReport({ ...parsed, date: DATE, fileName: `上元堂官网_中通货到付款_${DATE}.xlsx` });
}, 60_000);

describe("the grouped picture of an ordinary day's exports with every status word", () => {
  it("is an ordinary day's size", () => {
    expect(rows).toBeGreaterThanOrEqual(1100);
    expect(rows).toBeLessThanOrEqual(1400);
  });

  it("holds findings of the shape their code declares, every one of them (the --json a tool reads)", () => {
    const codes = new Set(report.summary.findings.map((f) => f.code));
    expect(codes.size).toBeGreaterThanOrEqual(5);
    expect(CodSummary.parse(report.summary)).toEqual(report.summary);
  });

  it("knows every status and stage word: no unknown-status or unknown-stage problem", () => {
    const issueCodes = report.summary.findings.flatMap((f) =>
      f.code === "row-issue" ? [f.params.issue.code] : [],
    );
    expect(issueCodes).not.toContain("unknown-status");
    expect(issueCodes).not.toContain("unknown-stage");
    expect(report.summary.ordersByShipping).not.toHaveProperty("unknown");
  });

  it("reports the COD orders still in 待发货, first, with what to do", () => {
    const [first] = report.summary.groups;
    expect(first?.code).toBe("cod-pending");
    const pending = new Set(first?.findings.map((f) => f.orderNo));
    expect(pending).toEqual(codPendingOrders(sheets.orders));
    expect(pending.size).toBeGreaterThan(0);
    expect(formatGroupZh(first as NonNullable<typeof first>)).toContain(
      `待发货里还有 ${pending.size} 个货到付款订单没有推到配货中`,
    );
  });

  it("pins the list of problems: a dozen groups, errors before warnings", () => {
    const groups = report.summary.groups.map((g) => {
      const first = g.findings[0];
      const issue = first?.code === "row-issue" ? first.params.issue : undefined;
      return `${g.severity} ${g.code}${issue ? `/${issue.code}` : ""} ×${g.count}`;
    });
    expect(groups).toMatchInlineSnapshot(`
      [
        "error cod-pending ×29",
        "error not-zto ×13",
        "error missing-waybill ×5",
        "error wms-unallocated ×14",
        "error waybill-shared ×1",
        "error wms-unallocated ×18",
      ]
    `);
    const severities = report.summary.groups.map((g) => g.severity);
    expect(severities).toEqual([...severities].sort());
  });

  it("fits on one screen: a verdict line on top, a few lines per problem", () => {
    const text = formatSummaryZh(report.summary);
    const lines = text.split("\n");
    expect(lines[0]).toBe(formatVerdictZh(report.summary));
    expect(lines[0]).toMatch(/^交付前需要处理 \d+ 个问题/);
    expect(lines.length).toBeLessThanOrEqual(40);
    // Every finding is still counted: the groups hold every row.
    const grouped = report.summary.groups.reduce((sum, g) => sum + g.count, 0);
    expect(grouped).toBe(report.summary.findings.length);
  });
});

describe("an export whose 订单处理状态 was blanked on some orders", () => {
  it("is one 提醒 naming the column, the rows and that those orders are not in the report", async () => {
    const orders = fakeOrders({ seed: 7, count: 80, words: "all", codShare: 0.5 });
    const sheet = guanwangExport(orders, { headers: "operator", statuses: "separate", vocabulary: "list" });
    const header = sheet.rows[sheet.headerRow - 1] as unknown[];
    const column = header.indexOf("订单处理状态");
    expect(column).toBeGreaterThanOrEqual(0);
    // The first row of three 配货中 orders loses its status, as after a careless edit in Excel.
    const blanked: number[] = [];
    const seen = new Set<unknown>();
    for (const rowNumber of sheet.dataRows) {
      const cells = sheet.rows[rowNumber - 1] as unknown[];
      if (seen.has(cells[0])) continue;
      seen.add(cells[0]);
      if (cells[column] === "配货中" && blanked.length < 3) {
        cells[column] = "";
        blanked.push(rowNumber);
      }
    }
    expect(blanked).toHaveLength(3);
    const parsed = await parseOrders(await toXlsx(sheet), { platform: "guanwang", fileName: "orders.xlsx" });
    const blankReport = prepareCodReport({ orders: parsed, date: DATE, fileName: "blank.xlsx" });
    const group = blankReport.summary.groups.find(
      (g) => g.findings[0]?.code === "row-issue" && g.findings[0].params.issue.code === "missing-status",
    );
    expect(group?.severity).toBe("warning");
    expect(group?.findings.map((f) => f.row)).toEqual(blanked);
    expect(formatGroupZh(group as NonNullable<typeof group>)).toBe(
      `「订单处理状态」列有 3 行的状态是空的(第 ${blanked.join("、")} 行), 按状态未知处理, 这些订单不会进入报表: 请核对导出的状态列`,
    );
  });
});
