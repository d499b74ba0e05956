import { describe, expect, it } from "vitest";
import { firstFailedRule, SELECTION_RULES } from "../src/selection";
import { SELECTION_ZH } from "../src/zh";
import { order } from "./orders";

describe("selection rules", () => {
  it.each([
    { description: "配货中 + 货到付款 is kept", shipping: "preparing", cod: true, expected: undefined },
    {
      description: "待发货 COD is excluded for its status",
      shipping: "unshipped",
      cod: true,
      expected: "status",
    },
    {
      description: "配货中 paid online is excluded for payment",
      shipping: "preparing",
      cod: false,
      expected: "payment",
    },
    {
      description: "shipped and online fails the status rule first",
      shipping: "shipped",
      cod: false,
      expected: "status",
    },
    {
      description: "no shipping state is excluded for status",
      shipping: undefined,
      cod: true,
      expected: "status",
    },
  ] as const)("$description", ({ shipping, cod, expected }) => {
    const failed = firstFailedRule(order({ orderNo: "GW1", rows: [2], shipping, cod }));
    expect(failed?.reason).toBe(expected);
  });

  it("names every rule in the operators' words", () => {
    expect(SELECTION_RULES.map((rule) => SELECTION_ZH[rule.reason])).toEqual([
      "订单处理状态为配货中",
      "订单支付方式为货到付款",
    ]);
  });
});
