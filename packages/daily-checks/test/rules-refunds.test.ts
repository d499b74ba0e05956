import {
  afterSalesExport,
  type FakeAfterSale,
  type FakeOrder,
  shanghaiInstant,
  wanliniuExport,
  withColumns,
  wmsExport,
} from "@syt/fake-exports";
import { describe, expect, it } from "vitest";
import { checklist, type DayExport, DEFAULT_CONFIG } from "../src/index";
import { fakeOrder, HOUR, readBack } from "./day-files";

const DAY = "2026-11-25";
const now = shanghaiInstant(DAY, "17:00");
const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);
const YFW = "上元堂药房网店";
const PDD = "上元堂拼多多店";

interface Case {
  name: string;
  shop?: string;
  type?: string;
  state: string;
  appliedHoursAgo: number;
  /** The WMS stage of the order. */
  stage?: string;
  signedDaysAgo?: number;
  /** What 万里牛's 卖家备注 says about the return. */
  erpRemark?: string;
}

// Named after what the operator sees; the order numbers come from the generator.
const CASES: Case[] = [
  { name: "refund 30 h old", state: "待商家处理", appliedHoursAgo: 30 },
  { name: "refund exactly 24 h old", state: "待商家处理", appliedHoursAgo: 24 },
  { name: "refund 23 h 59 min old", state: "待商家处理", appliedHoursAgo: 23 + 59 / 60 },
  { name: "waiting for the buyer's parcel", type: "退货退款", state: "待买家退货", appliedHoursAgo: 40 },
  { name: "refunded", state: "退款成功", appliedHoursAgo: 50 },
  { name: "refund on an order at 已打单", state: "待商家处理", appliedHoursAgo: 2, stage: "已打单" },
  { name: "refund on an order already shipped", state: "待买家退货", appliedHoursAgo: 3, stage: "已发货" },
  {
    name: "return signed 4 days ago, no 售后单",
    type: "退货退款",
    state: "待商家收货",
    appliedHoursAgo: 130,
    signedDaysAgo: 4,
    erpRemark: "",
  },
  {
    name: "return signed 4 days ago, 售后单 made",
    type: "退货退款",
    state: "待商家收货",
    appliedHoursAgo: 131,
    signedDaysAgo: 4,
    erpRemark: "售后处理:新建售后单【SH0001】",
  },
  {
    name: "return signed 2 days ago, no 售后单 yet",
    type: "退货退款",
    state: "待商家收货",
    appliedHoursAgo: 80,
    signedDaysAgo: 2,
    erpRemark: "",
  },
  { name: "拼多多 refund 5 h old", shop: PDD, state: "待商家处理", appliedHoursAgo: 5 },
];

const orders = CASES.map((c, i) =>
  fakeOrder(c.shop === PDD ? "pinduoduo" : "yaofangwang", 500 + i, {
    placedAt: ago(c.appliedHoursAgo + 5),
    logistics: c.stage
      ? { stage: { code: "printed", word: c.stage }, courier: "中通快递", waybills: [`7310000000${500 + i}`] }
      : { waybills: [] },
  }),
);
const orderOf = new Map(CASES.map((c, i) => [c.name, orders[i] as FakeOrder]));
const no = (name: string) => orderOf.get(name)?.orderNo;
const records: FakeAfterSale[] = CASES.map((c, i) => {
  const record: FakeAfterSale = {
    order: orders[i] as FakeOrder,
    platform: c.shop ?? YFW,
    ticketNo: `SH20261125${String(1000 + i)}`,
    type: c.type ?? "仅退款",
    state: c.state,
    appliedAt: ago(c.appliedHoursAgo),
  };
  if (c.signedDaysAgo !== undefined) record.signedAt = ago(c.signedDaysAgo * 24);
  return record;
});
const remarkOf = new Map(CASES.map((c, i) => [orders[i]?.orderNo, c.erpRemark ?? ""]));
const day = () =>
  readBack({
    "售后单.xlsx": afterSalesExport(records, { title: `导出时间 ${DAY} 16:50` }),
    "WMS物流.xlsx": wmsExport(orders, { title: `导出时间 ${DAY} 16:50` }),
    "万里牛订单.xlsx": withColumns(wanliniuExport(orders, { title: `导出时间 ${DAY} 16:50` }), [
      { header: "卖家备注", value: ({ order }) => remarkOf.get(order.orderNo) ?? "" },
    ]),
  });
const itemOf = (inputs: DayExport[], id: string, at = now) =>
  checklist({ now: at, config: DEFAULT_CONFIG, inputs }).items.find((i) => i.item.id === id);

describe("refunds and returns waiting for the merchant", () => {
  it("lists 药房网's oldest first, urgent from 24 h, and leaves out the buyer's turn and the settled", async () => {
    const item = itemOf(await day(), "yaofangwang-refunds");
    const waiting = item?.findings.filter((f) => f.code === "refund-waiting");
    expect(waiting?.map((f) => [f.orderNo, f.severity])).toEqual([
      [no("return signed 4 days ago, 售后单 made"), "error"],
      [no("return signed 4 days ago, no 售后单"), "error"],
      [no("return signed 2 days ago, no 售后单 yet"), "error"],
      [no("refund 30 h old"), "error"],
      [no("refund exactly 24 h old"), "error"],
      [no("refund 23 h 59 min old"), "warning"],
      [no("refund on an order at 已打单"), "warning"],
    ]);
    expect(item?.state).toBe("needs-action");
    expect(item?.item.templates).toEqual(expect.arrayContaining(["return-notice", "courier-intercept"]));
  });

  it("shows 拼多多's after-sales under the marketplaces, not under 药房网", async () => {
    const inputs = await day();
    const yfw = itemOf(inputs, "yaofangwang-refunds")?.findings.map((f) => f.orderNo);
    const marketplaces = itemOf(inputs, "marketplaces-refunds")?.findings.map((f) => f.orderNo);
    expect(yfw).not.toContain(no("拼多多 refund 5 h old"));
    expect(marketplaces).toEqual([no("拼多多 refund 5 h old")]);
  });

  it("asks to hold or intercept a refund whose order is still in the warehouse, not one already shipped", async () => {
    const item = itemOf(await day(), "yaofangwang-refunds");
    const held = item?.findings.filter((f) => f.code === "refund-in-warehouse");
    expect(held?.map((f) => [f.orderNo, f.severity, f.params])).toEqual([
      // It has a waybill: the intercept is offered with it.
      [no("refund on an order at 已打单"), "error", { stageRaw: "已打单", waybill: expect.any(String) }],
    ]);
    expect(item?.item.templates).toContain("courier-intercept");
  });

  it("flags a return signed for 3+ days ago with no 万里牛 售后单", async () => {
    const item = itemOf(await day(), "marketplaces-return-remark");
    expect(item?.findings.map((f) => [f.code, f.orderNo])).toEqual([
      ["return-no-ticket", no("return signed 4 days ago, no 售后单")],
    ]);
    expect(item?.item.templates).toContain("reissue-remark");
  });

  it("waits for an after-sale list that does not cover today", async () => {
    const old = records.map((r) => ({ ...r, appliedAt: new Date(r.appliedAt.getTime() - 72 * HOUR) }));
    const inputs = await readBack({ "售后单_旧.xlsx": afterSalesExport(old) });
    const item = itemOf(inputs, "yaofangwang-refunds");
    expect(item?.state).toBe("waiting");
    expect(item?.reason).toEqual({
      code: "missing-export",
      // Either will do: 药房网's orders carry their own refunds (申请退款, 正在退款).
      missing: ["after-sales", "yaofangwang"],
      stale: ["售后单_旧.xlsx"],
    });
  });
});
