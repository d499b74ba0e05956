import {
  fakeOrders,
  guanwangExport,
  pinduoduoExport,
  toValues,
  wanliniuExport,
  wmsExport,
} from "@syt/fake-exports";
import { describe, expect, it } from "vitest";
import { collectFindings, type FindingContext } from "../src/findings";
import { groupFindings } from "../src/groups";
import { buildCodReport, isCodReportError } from "../src/index";
import { indexShipments, joinLogistics } from "../src/join";
import { formatCodErrorZh, formatGroupZh, formatVerdictZh } from "../src/zh";
import { order, shipment } from "./orders";

const DATE = "2026-11-25";

function context(orders: ReturnType<typeof order>[], shipments: Parameters<typeof indexShipments>[0] = []) {
  const index = indexShipments(shipments);
  return {
    orders,
    kept: orders
      .filter((o) => o.status.shipping === "preparing" && o.payment.isCod)
      .map((o) => ({ order: o, logistics: joinLogistics(index, o.orderNo) })),
    wmsShipments: shipments,
    orderIssues: [],
    wmsIssues: [],
    date: DATE,
  } satisfies FindingContext;
}

const at = (text: string) => new Date(`${text}+08:00`);

describe("waybills are compared exactly", () => {
  it("regression: a waybill-format finding for WMS row 9 pointed at row 7, whose waybill contains it", () => {
    const ctx = context(
      [order({ orderNo: "GW1", rows: [3], payableFen: 100, placedAt: at("2026-11-25T09:00:00") })],
      [
        shipment({ orderRef: "GW1", rowNumber: 7, waybills: ["73123456789012"] }),
        shipment({ orderRef: "GW1", rowNumber: 9, waybills: ["7312345"] }),
      ],
    );
    const format = collectFindings(ctx).filter((f) => f.code === "waybill-format");
    expect(format.map((f) => ({ row: f.row, waybill: f.params?.waybill }))).toEqual([
      { row: 9, waybill: "7312345" },
    ]);
    // Which check failed: the length (and, for 中通, the shape), in the operator's words.
    expect(format[0]?.params?.warnings).toContain("waybill-length");
    expect(formatGroupZh(groupFindings(format)[0] as never)).toContain("位数不对 (7 位, 常见为 12~15 位)");
  });
});

describe("one problem, one finding", () => {
  it("an order the WMS holds at 未分配 without a waybill is one problem that names both facts", () => {
    const ctx = context(
      ["GW1", "GW2"].map((orderNo, i) =>
        order({ orderNo, rows: [3 + i], payableFen: 100, placedAt: at("2026-11-25T09:00:00") }),
      ),
      ["GW1", "GW2"].map((orderRef, i) =>
        shipment({ orderRef, rowNumber: 2 + i, stage: "unallocated", stageRaw: "未分配" }),
      ),
    );
    const groups = groupFindings(collectFindings(ctx));
    expect(groups.map((g) => `${g.code} ×${g.count}`)).toEqual(["wms-unallocated ×2"]);
    expect(formatGroupZh(groups[0] as never)).toContain("「未分配」(WMS导出第 2、3 行), 因此还没有物流单号");
    expect(formatVerdictZh({ groups })).toBe("交付前需要处理 1 个问题");
  });

  it("an order missing from the WMS is still its own problem", () => {
    const ctx = context([
      order({ orderNo: "GW1", rows: [3], payableFen: 100, placedAt: at("2026-11-25T09:00:00") }),
    ]);
    expect(collectFindings(ctx).map((f) => f.code)).toEqual(["missing-waybill"]);
  });
});

describe("figures that cannot be right", () => {
  const shipped = (orderNo: string) => [
    shipment({ orderRef: orderNo, rowNumber: 2, waybills: ["73123456789012"] }),
  ];

  it.each([
    { description: "a zero amount", payableFen: 0, zero: true },
    { description: "no amount", payableFen: undefined, zero: false },
  ])("$description for a COD order is an error", ({ payableFen, zero }) => {
    const ctx = context(
      [order({ orderNo: "GW1", rows: [3], payableFen, placedAt: at("2026-11-25T09:00:00") })],
      shipped("GW1"),
    );
    const findings = collectFindings(ctx);
    expect(
      findings.map((f) => [f.code, f.severity, f.code === "missing-amount" ? f.params.zero : undefined]),
    ).toEqual([["missing-amount", "error", zero]]);
  });

  it("no amount column at all is one problem of the export, not one per order", () => {
    const ctx = {
      ...context(
        ["GW1", "GW2"].map((orderNo, i) =>
          order({ orderNo, rows: [3 + i], placedAt: at("2026-11-25T09:00:00") }),
        ),
      ),
      amountColumns: { mapped: false, lookAlike: ["代收货款(元)"] },
    };
    const groups = groupFindings(collectFindings(ctx).filter((f) => f.code !== "missing-waybill"));
    expect(groups.map((g) => `${g.code} ×${g.count}`)).toEqual(["amount-unmapped ×1"]);
    expect(formatVerdictZh({ groups })).toMatch(
      /^交付前需要处理 1 个问题 — 「代收货款\(元\)」没有被识别为金额列/,
    );
  });

  it("no 配货中 COD order while the export has shipped ones is an error", () => {
    const ctx = context([
      order({ orderNo: "GW1", rows: [3], shipping: "shipped", payableFen: 100 }),
      order({ orderNo: "GW2", rows: [4], shipping: "shipped", payableFen: 100 }),
      order({ orderNo: "GW3", rows: [5], shipping: "preparing", cod: false, payableFen: 100 }),
    ]);
    const findings = collectFindings(ctx);
    expect(
      findings.map((f) => [f.code, f.severity, f.code === "nothing-kept" ? f.params.cod : undefined]),
    ).toEqual([["nothing-kept", "error", 2]]);
  });
});

describe("the export's own window", () => {
  it.each([
    {
      description: "an export of two days before: another day's, one problem",
      placed: ["2026-11-22T10:00:00", "2026-11-23T18:00:00"],
      expected: ["export-window/stale"],
    },
    {
      description: "yesterday's and today's orders: in the window",
      placed: ["2026-11-24T00:00:00", "2026-11-25T16:30:00"],
      expected: [],
    },
    {
      description: "orders of the day before yesterday under today's: each a row that does not belong",
      placed: ["2026-11-23T23:59:00", "2026-11-24T08:00:00", "2026-11-25T10:00:00"],
      expected: ["export-window/before"],
    },
    {
      description: "an order after the report date: the date is wrong",
      placed: ["2026-11-25T10:00:00", "2026-11-26T08:00:00"],
      expected: ["export-window/after"],
    },
  ])("$description", ({ placed, expected }) => {
    const orders = placed.map((time, i) =>
      order({ orderNo: `GW${i}`, rows: [3 + i], payableFen: 100, placedAt: at(time) }),
    );
    const shipments = orders.map((o, i) =>
      shipment({ orderRef: o.orderNo, rowNumber: 2 + i, waybills: [`7312345678901${i}`] }),
    );
    const findings = collectFindings(context(orders, shipments));
    expect(
      findings.map((f) => `${f.code}/${f.code === "export-window" ? f.params.kind : undefined}`),
    ).toEqual(expected);
  });

  it("says which days the export holds and which it should", () => {
    const ctx = context([
      order({ orderNo: "GW1", rows: [3], payableFen: 100, placedAt: at("2026-11-24T10:00:00") }),
    ]);
    const groups = groupFindings(
      collectFindings({ ...ctx, date: "2026-12-06" }).filter((f) => f.code === "export-window"),
    );
    expect(formatGroupZh(groups[0] as never)).toMatch(
      /^导出的订单是 11-24 ~ 11-24, 不是 12-05 ~ 12-06 的: 请重新导出/,
    );
  });
});

describe("buildCodReport on whole exports", () => {
  const orders = fakeOrders({ seed: 5, count: 40, codShare: 0.7 });
  const wms = { values: toValues(wmsExport(orders)) };
  const keptTotal = (key: "totalFen" | "payableFen") =>
    orders
      .filter((o) => o.payment === "货到付款" && o.shippingState === "配货中")
      .reduce((sum, o) => sum + o[key], 0);
  const build = (sheet: ReturnType<typeof guanwangExport>, date = DATE) =>
    buildCodReport({ orders: { values: toValues(sheet), sheetName: sheet.name }, wms, date });

  it("reads an amount column headed 订单金额（元） (full-width parentheses): the total is right", async () => {
    const sheet = guanwangExport(orders, {
      headers: "operator",
      renameHeaders: { "订单总金额（元）": "订单金额（元）", "应付款金额（元）": "备用列" },
    });
    const { summary } = await build(sheet);
    expect(keptTotal("totalFen")).toBeGreaterThan(0);
    expect(summary.amountToCollectFen).toBe(keptTotal("totalFen"));
    expect(
      summary.findings.filter((f) => f.code.startsWith("amount") || f.code === "missing-amount"),
    ).toEqual([]);
  });

  it("an amount column it cannot read is an error, and the verdict never says 可以交付", async () => {
    const sheet = guanwangExport(orders, {
      headers: "operator",
      renameHeaders: { "订单总金额（元）": "代收货款（元）", "应付款金额（元）": "备用列" },
    });
    const { summary } = await build(sheet);
    expect(summary.amountToCollectFen).toBe(0);
    expect(summary.groups[0]?.code).toBe("amount-unmapped");
    expect(formatVerdictZh(summary)).toMatch(
      /^交付前需要处理 \d+ 个问题 — 「代收货款（元）」没有被识别为金额列/,
    );
  });

  it("another day's export is an error in the verdict; the report date of its own day passes that check", async () => {
    const sheet = guanwangExport(orders, { headers: "operator" });
    const stale = await build(sheet, "2026-12-06");
    expect(formatVerdictZh(stale.summary)).toContain(
      "导出的订单是 11-24 ~ 11-25, 不是 12-05 ~ 12-06 的: 请重新导出",
    );
    expect(stale.fileName).toBe("上元堂官网_中通货到付款_2026-12-06.xlsx");
    const own = await build(sheet, DATE);
    expect(own.summary.findings.filter((f) => f.code === "export-window")).toEqual([]);
    expect(own.summary.placed).toMatchObject({ window: { from: "2026-11-24", to: DATE } });
    expect(own.summary.placed.first?.slice(0, 10)).toBe("2026-11-24");
  });

  it.each([
    {
      description: "a 拼多多 export",
      sheet: () => pinduoduoExport(fakeOrders({ seed: 3, count: 10, platform: "pinduoduo" })),
      name: "拼多多",
    },
    { description: "a 万里牛 export", sheet: () => wanliniuExport(orders), name: "万里牛" },
  ])("$description in the orders slot is refused by name", async ({ sheet, name }) => {
    const made = sheet();
    const error = await buildCodReport({ orders: { values: toValues(made) }, date: DATE }).catch(
      (e: unknown) => e,
    );
    expect(isCodReportError(error)).toBe(true);
    expect(formatCodErrorZh(error as never)).toMatch(new RegExp(`^这是${name}订单导出, 不是官网订单导出`));
  });
});
