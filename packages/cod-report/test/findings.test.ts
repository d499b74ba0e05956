import type { Order } from "@syt/orders-model";
import type { ParseIssue, WmsShipment } from "@syt/platform-adapters";
import { describe, expect, it } from "vitest";
import { collectFindings, type FindingContext } from "../src/findings";
import { indexShipments, joinLogistics, ordersByWaybill } from "../src/join";
import { order, shipment } from "./orders";

function context(
  orders: Order[],
  shipments: WmsShipment[] = [],
  issues: { orders?: ParseIssue[]; wms?: ParseIssue[] } = {},
): FindingContext {
  const index = indexShipments(shipments);
  const kept = orders
    .filter((o) => o.status.shipping === "preparing" && o.payment.isCod)
    .map((o) => ({ order: o, logistics: joinLogistics(index, o.orderNo) }));
  return {
    orders,
    kept,
    waybillOwners: ordersByWaybill(index),
    wmsShipments: shipments,
    orderIssues: issues.orders ?? [],
    wmsIssues: issues.wms ?? [],
  };
}

const codes = (ctx: FindingContext) =>
  collectFindings(ctx).map(({ code, orderNo, row, sheet }) => ({ code, orderNo, row, sheet }));

describe("findings", () => {
  it("a kept order with a 中通 waybill of the right shape has none", () => {
    const ctx = context(
      [order({ orderNo: "GW1", rows: [3], payableFen: 100 })],
      [shipment({ orderRef: "GW1", rowNumber: 2, waybills: ["73123456789012"] })],
    );
    expect(codes(ctx)).toEqual([]);
  });

  it.each([
    {
      description: "no WMS row and no waybill",
      orders: [order({ orderNo: "GW1", rows: [3], payableFen: 100 })],
      shipments: [],
      expected: [{ code: "missing-waybill", orderNo: "GW1", row: 3, sheet: "orders" }],
    },
    {
      description: "a COD order sent with 申通",
      orders: [order({ orderNo: "GW1", rows: [3], payableFen: 100 })],
      shipments: [
        shipment({
          orderRef: "GW1",
          rowNumber: 5,
          courier: "sto",
          courierRaw: "申通快递",
          waybills: ["773123456789012"],
        }),
      ],
      expected: [{ code: "not-zto", orderNo: "GW1", row: 3, sheet: "orders" }],
    },
    {
      description: "a WMS row not allocated",
      orders: [order({ orderNo: "GW1", rows: [3], payableFen: 100 })],
      shipments: [
        shipment({
          orderRef: "GW1",
          rowNumber: 4,
          stage: "unallocated",
          stageRaw: "未分配",
          waybills: ["73123456789012"],
        }),
      ],
      expected: [{ code: "wms-unallocated", orderNo: "GW1", row: 4, sheet: "wms" }],
    },
    {
      description: "a waybill too short for 中通",
      orders: [order({ orderNo: "GW1", rows: [3], payableFen: 100 })],
      shipments: [shipment({ orderRef: "GW1", rowNumber: 6, waybills: ["7312345"] })],
      expected: [{ code: "waybill-format", orderNo: "GW1", row: 6, sheet: "wms" }],
    },
    {
      description: "one waybill on two orders, reported for the kept one",
      orders: [
        order({ orderNo: "GW1", rows: [3], payableFen: 100 }),
        order({ orderNo: "GW2", rows: [4], cod: false }),
      ],
      shipments: [
        shipment({ orderRef: "GW1", rowNumber: 2, waybills: ["73123456789012"] }),
        shipment({ orderRef: "GW2", rowNumber: 3, waybills: ["73123456789012"] }),
      ],
      expected: [{ code: "waybill-shared", orderNo: "GW1", row: 2, sheet: "wms" }],
    },
    {
      description: "a COD order still in 待发货",
      orders: [order({ orderNo: "GW9", rows: [7], shipping: "unshipped" })],
      shipments: [],
      expected: [{ code: "cod-pending", orderNo: "GW9", row: 7, sheet: "orders" }],
    },
    {
      description: "a kept order without an amount",
      orders: [order({ orderNo: "GW1", rows: [3] })],
      shipments: [shipment({ orderRef: "GW1", rowNumber: 2, waybills: ["73123456789012"] })],
      expected: [{ code: "missing-amount", orderNo: "GW1", row: 3, sheet: "orders" }],
    },
    {
      description: "an order number Excel destroyed, in either export",
      orders: [order({ orderNo: "2.02511E+19", rows: [8], cod: false })],
      shipments: [shipment({ orderRef: "2.02511E+19", rowNumber: 9 })],
      expected: [
        { code: "destroyed-id", orderNo: "2.02511E+19", row: 8, sheet: "orders" },
        { code: "destroyed-id", orderNo: "2.02511E+19", row: 9, sheet: "wms" },
      ],
    },
  ])("$description", ({ orders, shipments, expected }) => {
    expect(codes(context(orders, shipments))).toEqual(expected);
  });

  it("joins by normalised order number: guards, case and several WMS rows per order", () => {
    const ctx = context(
      [order({ orderNo: "GW2026112500001", rows: [3], payableFen: 100 })],
      [
        shipment({ orderRef: '="gw2026112500001"', rowNumber: 2, waybills: ["73123456789012"] }),
        shipment({
          orderRef: "\tGW2026112500001",
          rowNumber: 3,
          waybills: ["73123456789013", "73123456789014"],
        }),
      ],
    );
    expect(ctx.kept[0]?.logistics.waybills).toEqual(["73123456789012", "73123456789013", "73123456789014"]);
    expect(codes(ctx)).toEqual([]);
  });

  it("keeps the adapter's row issues as findings, a destroyed ID as its own finding", () => {
    const issue: ParseIssue = {
      code: "invalid-money",
      severity: "warning",
      row: 12,
      column: "应付款金额（元）",
    };
    const destroyed: ParseIssue = { code: "destroyed-id", severity: "error", row: 13, input: "2.02511E+19" };
    const ctx = context([], [], { orders: [issue, destroyed] });
    expect(collectFindings(ctx)).toEqual([
      { code: "row-issue", severity: "warning", row: 12, sheet: "orders", params: { issue } },
      { code: "destroyed-id", severity: "error", row: 13, sheet: "orders", orderNo: "2.02511E+19" },
    ]);
  });
});

describe("rows-apart: an order's rows in two places (a shorter paste over an older export)", () => {
  const ztoShipment = (orderRef: string, rowNumber: number, waybill: string) =>
    shipment({ orderRef, rowNumber, waybills: [waybill] });

  it("an order whose later row stands below other orders' rows is one error, at that row", () => {
    const ctx = context(
      [
        order({ orderNo: "GW1", rows: [2, 3, 9], payableFen: 100 }),
        order({ orderNo: "GW2", rows: [4, 5], payableFen: 100 }),
        order({ orderNo: "GW3", rows: [6], payableFen: 100, shipping: "shipped" }),
      ],
      [ztoShipment("GW1", 2, "73123456789012"), ztoShipment("GW2", 3, "73123456789013")],
    );
    expect(collectFindings(ctx).filter((f) => f.code === "rows-apart")).toEqual([
      {
        code: "rows-apart",
        severity: "error",
        orderNo: "GW1",
        row: 9,
        sheet: "orders",
        params: { firstRow: 2, apartRow: 9, between: 4 },
      },
    ]);
  });

  it("rows of one order with only blank or skipped rows between them are together", () => {
    const ctx = context(
      [
        order({ orderNo: "GW1", rows: [2, 4, 5], payableFen: 100 }),
        order({ orderNo: "GW2", rows: [6, 7], payableFen: 100 }),
      ],
      [ztoShipment("GW1", 2, "73123456789012"), ztoShipment("GW2", 3, "73123456789013")],
    );
    expect(collectFindings(ctx).filter((f) => f.code === "rows-apart")).toEqual([]);
  });
});

describe("indexShipments", () => {
  it("lists a merged WMS row A|B under A and under B (regression: it matched neither)", () => {
    const merged = shipment({
      orderRef: "GW1|GW2",
      rowNumber: 2,
      courier: "zto",
      waybills: ["73100000000001"],
    });
    const index = indexShipments([merged]);
    expect(joinLogistics(index, "GW1")).toMatchObject({ courier: "zto", waybills: ["73100000000001"] });
    expect(joinLogistics(index, "gw2").shipments).toEqual([merged]);
    expect(joinLogistics(index, "GW3").shipments).toEqual([]);
  });
});

describe("ordersByWaybill", () => {
  it("asked about some waybills, tells their owners exactly as the whole map does", () => {
    const index = indexShipments([
      shipment({ orderRef: "GW1", rowNumber: 2, waybills: ["73100000000001", "73100000000002"] }),
      shipment({ orderRef: "GW2", rowNumber: 3, waybills: ["73100000000002"] }),
      shipment({ orderRef: "GW3", rowNumber: 4, waybills: ["73100000000003"] }),
    ]);
    const all = ordersByWaybill(index);
    const some = ordersByWaybill(index, new Set(["73100000000002", "73100000000009"]));
    expect([...some.keys()]).toEqual(["73100000000002"]);
    expect(some.get("73100000000002")).toEqual(all.get("73100000000002"));
    expect([...(all.get("73100000000002") ?? [])]).toEqual(["GW1", "GW2"]);
  });
});
