import {
  ECSHOP_LIST_WORDS,
  ORDER_STATE_NAMES,
  PAY_STATE_NAMES,
  PDD_AFTER_SALE_WORDS,
  PDD_STATUSES,
  SHIPPING_STATE_NAMES,
  WANLINIU_ONLINE_STATUSES,
  WANLINIU_STATUSES,
  WANLINIU_SYSTEM_STATUSES,
  WMS_STAGE_WORDS,
} from "@syt/orders-model";
import { describe, expect, it } from "vitest";
import {
  type FakeSheet,
  fakeOrders,
  type GuanwangExportOptions,
  guanwangExport,
  pinduoduoExport,
  profiledExport,
  wanliniuDetailExport,
  wanliniuExport,
  wmsExport,
} from "../src/index";

/** The texts of one column of a sheet's data rows. */
function column(sheet: FakeSheet, header: string): Set<string> {
  const index = (sheet.rows[sheet.headerRow - 1] ?? []).indexOf(header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return new Set(sheet.dataRows.map((row) => String(sheet.rows[row - 1]?.[index] ?? "")));
}

/** Every part of every cell: a composite cell `已确认,未付款,配货中` counts its three words. */
const words = (cells: Set<string>): Set<string> => new Set([...cells].flatMap((cell) => cell.split(",")));

const missing = (table: Iterable<string>, seen: Set<string>): string[] =>
  [...table].filter((w) => !seen.has(w));

const ECSHOP_PARTS = [
  ...Object.values(ORDER_STATE_NAMES),
  ...Object.values(PAY_STATE_NAMES),
  ...Object.values(SHIPPING_STATE_NAMES),
];

// A new word in a model table fails these until the generators produce it.
describe("words: all covers every word of the model's tables", () => {
  const guanwang = fakeOrders({ seed: 8, count: 240, words: "all" });

  it.each([
    { statuses: "composite", vocabulary: "mixed" },
    { statuses: "separate", vocabulary: "mixed" },
  ] satisfies GuanwangExportOptions[])(
    "官网 $statuses $vocabulary: every ECShop list word and every part word",
    (options) => {
      const sheet = guanwangExport(guanwang, { headers: "operator", ...options });
      const seen = words(
        new Set([
          ...column(sheet, "订单处理状态"),
          ...(options.statuses === "separate"
            ? [...column(sheet, "订单状态"), ...column(sheet, "付款状态")]
            : []),
        ]),
      );
      expect(missing(Object.keys(ECSHOP_LIST_WORDS), seen)).toEqual([]);
      expect(missing(ECSHOP_PARTS, seen)).toEqual([]);
    },
  );

  it("官网 list: only list words and the shop's part words stand alone in 订单处理状态", () => {
    const cells = column(
      guanwangExport(guanwang, { headers: "operator", vocabulary: "list" }),
      "订单处理状态",
    );
    expect(missing(Object.keys(ECSHOP_LIST_WORDS), cells)).toEqual([]);
    expect([...cells].filter((cell) => cell.includes(","))).toEqual([]);
  });

  it("WMS: every stage word", () => {
    const seen = column(wmsExport(guanwang), "分配状态");
    expect(missing(Object.keys(WMS_STAGE_WORDS), seen)).toEqual([]);
  });

  it("万里牛: every word of its own and every stage word", () => {
    const seen = column(wanliniuExport(guanwang), "订单状态");
    expect(missing(Object.keys(WANLINIU_STATUSES), seen)).toEqual([]);
    expect(missing(Object.keys(WMS_STAGE_WORDS), seen)).toEqual([]);
  });

  it("万里牛 订单明细: every 系统订单状态 and every 线上订单状态 word", () => {
    const sheet = wanliniuDetailExport(guanwang);
    expect(missing(Object.keys(WANLINIU_SYSTEM_STATUSES), column(sheet, "系统订单状态"))).toEqual([]);
    expect(missing(Object.keys(WANLINIU_ONLINE_STATUSES), column(sheet, "线上订单状态"))).toEqual([]);
  });

  it("拼多多: every 订单状态 and every 售后状态 word", () => {
    const sheet = pinduoduoExport(fakeOrders({ seed: 8, count: 60, platform: "pinduoduo", words: "all" }));
    expect(missing(Object.keys(PDD_STATUSES), column(sheet, "订单状态"))).toEqual([]);
    // 拼多多's own 售后 words; 万里牛's 售后单 states are another source's.
    expect(missing(Object.keys(PDD_AFTER_SALE_WORDS), column(sheet, "售后状态"))).toEqual([]);
  });

  it("the default stays a usual day: no list words, the three allocation words", () => {
    const usual = fakeOrders({ seed: 8, count: 240 });
    expect(usual.every((order) => order.statusWord === undefined)).toBe(true);
    expect(column(guanwangExport(usual, { headers: "operator" }), "订单处理状态").has("待发货")).toBe(false);
    expect(column(wmsExport(usual), "分配状态")).toEqual(new Set(["分配完成", "未分配"]));
  });

  it("keeps the truth: a COD order in 待发货 is confirmed, unpaid, unshipped and not in the WMS", () => {
    const pending = guanwang.filter((order) => order.statusWord === "待发货" && order.payment === "货到付款");
    expect(pending.length).toBeGreaterThan(0);
    for (const order of pending) {
      expect([order.orderState, order.payState, order.shippingState]).toEqual(["已确认", "未付款", "未发货"]);
      expect(order.logistics.stage).toBeUndefined();
    }
    const preparing = guanwang.filter((order) => order.shippingState === "配货中");
    expect(preparing.every((order) => order.logistics.stage !== undefined)).toBe(true);
  });

  it.each(["pingan", "yaofangwang", "suning", "xywy"] as const)(
    "%s: a status word on every row",
    (platform) => {
      const sheet = profiledExport(platform, fakeOrders({ seed: 8, count: 30, platform, words: "all" }));
      const header = platform === "yaofangwang" ? "状态" : "订单状态";
      expect(column(sheet, header).size).toBeGreaterThanOrEqual(7);
    },
  );
});
