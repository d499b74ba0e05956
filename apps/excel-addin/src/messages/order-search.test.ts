import type { Order } from "@syt/orders-model";
import { describe, expect, it } from "vitest";
import { findOrders, matchOrder } from "./order-search";

/** A fake order with just what the search reads. */
function order(orderNo: string, name?: string, phone?: string): Order {
  return { orderNo, receiver: { ...(name ? { name } : {}), ...(phone ? { phone } : {}) } } as Order;
}

const zhang = order("GW2411250001", "张示例", "13800138000");

describe("matchOrder: order number, receiver name, phone digits", () => {
  const cases = [
    { description: "part of the order number", query: "250001", expected: "orderNo" },
    { description: "the order number in lower case, spaced", query: " gw2411 ", expected: "orderNo" },
    { description: "the receiver's name", query: "张示例", expected: "name" },
    { description: "part of the name", query: "示例", expected: "name" },
    { description: "the phone's last digits", query: "8000", expected: "phone" },
    { description: "the phone written with dashes", query: "138-0013-8000", expected: "phone" },
    { description: "three digits: too few for a phone", query: "000", expected: "orderNo" },
    { description: "three digits of the phone alone find nothing", query: "380", expected: undefined },
    { description: "letters and digits are no phone", query: "X8000", expected: undefined },
    { description: "another name", query: "李", expected: undefined },
    { description: "empty", query: "  ", expected: undefined },
  ] as const;
  for (const { description, query, expected } of cases) {
    it(description, () => expect(matchOrder(zhang, query)).toBe(expected));
  }
});

describe("findOrders", () => {
  it("searches every loaded export in order and stops at the limit", () => {
    const loaded = [
      { fileName: "官网.xlsx", kindZh: "官网订单导出", orders: [zhang, order("GW2411250002", "李示例")] },
      { fileName: "万里牛.xlsx", kindZh: "万里牛订单导出", orders: [order("XD1", "张示例二")] },
    ];
    expect(findOrders(loaded, "张", 8).map((m) => [m.loaded.fileName, m.order.orderNo, m.by])).toEqual([
      ["官网.xlsx", "GW2411250001", "name"],
      ["万里牛.xlsx", "XD1", "name"],
    ]);
    expect(findOrders(loaded, "示例", 2)).toHaveLength(2);
  });
});
