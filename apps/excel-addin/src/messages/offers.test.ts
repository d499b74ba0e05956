import type { TemplateId } from "@syt/templates";
import { describe, expect, it } from "vitest";
import { messageOffers, type OfferCase, offerCase } from "./offers";

const order = { hasOrder: true, shipped: false, cod: false };
const shipped = { ...order, shipped: true };

describe("messageOffers: the messages a finding's row offers, by its cause and the order's facts", () => {
  const cases: { description: string; input: OfferCase; expected: TemplateId[] }[] = [
    {
      description: "a 申通 COD order with a WMS waybill: 写拦截报备",
      input: { code: "not-zto", ...shipped, cod: true },
      expected: ["courier-intercept"],
    },
    {
      description: "a COD order with no waybill yet: nothing for a courier to stop",
      input: { code: "missing-waybill", ...order, cod: true },
      expected: [],
    },
    {
      description: "a COD order still 待发货: 货到付款引导, no intercept",
      input: { code: "cod-pending", ...order, cod: true },
      expected: ["cod-guide"],
    },
    {
      description:
        "万里牛's own 拦截 hold, even with a waybill: no intercept (the parcel is in the warehouse)",
      input: { code: "wanliniu-abnormal", abnormalKind: "intercepted", ...shipped },
      expected: [],
    },
    {
      description: "万里牛 挂起: no intercept",
      input: { code: "wanliniu-abnormal", abnormalKind: "on_hold", ...shipped },
      expected: [],
    },
    {
      description: "万里牛 发货失败 of a shipped order: 写拦截报备",
      input: { code: "wanliniu-abnormal", abnormalKind: "ship_failed", ...shipped },
      expected: ["courier-intercept"],
    },
    {
      description: "万里牛 缺货: 缺货上下架",
      input: { code: "wanliniu-abnormal", abnormalKind: "out_of_stock", ...order },
      expected: ["out-of-stock"],
    },
    {
      description: "a 中药 spec mismatch not yet shipped: no 平台补发备注, nothing",
      input: { code: "tcm-spec-mismatch", ...order },
      expected: [],
    },
    {
      description: "a 中药 spec mismatch already shipped: stop the parcel",
      input: { code: "tcm-spec-mismatch", ...shipped },
      expected: ["courier-intercept"],
    },
    {
      description: "a late 拼多多 order: 缺货上下架 (the same whichever item lists it)",
      input: { code: "pinduoduo-timeout", ...order },
      expected: ["out-of-stock"],
    },
    {
      description: "a refund of an order not shipped: 退货退款提示",
      input: { code: "refund-waiting", ...order },
      expected: ["return-notice"],
    },
    {
      description: "a refund of a shipped order: intercept and the shipped-return reply",
      input: { code: "refund-waiting", ...shipped },
      expected: ["courier-intercept", "shipped-return-reply"],
    },
    {
      description: "a return with no 售后单: 平台补发备注",
      input: { code: "return-no-ticket", ...shipped },
      expected: ["courier-intercept", "reissue-remark"],
    },
    {
      description: "a buyer's remark on a COD order not yet out: 不放清单 and 货到付款引导",
      input: { code: "remark-unshipped", ...order, cod: true },
      expected: ["cod-guide", "not-put-list"],
    },
    {
      description: "a WMS allocation problem: nothing to write",
      input: { code: "wms-unallocated", ...order },
      expected: [],
    },
    {
      description: "a finding about no order (an odd amount column): nothing",
      input: { code: "amount-unmapped", hasOrder: false, shipped: false, cod: false },
      expected: [],
    },
  ];
  for (const { description, input, expected } of cases) {
    it(description, () => expect(messageOffers(input)).toEqual(expected));
  }
});

describe("offerCase: a finding and its order's facts", () => {
  it("reads a 万里牛 异常's kind from its params, and shipped and COD from the facts", () => {
    expect(
      offerCase(
        { code: "wanliniu-abnormal", orderNo: "XD1", params: { kind: "intercepted", statusRaw: "拦截" } },
        { orderNo: "XD1", shipped: true },
      ),
    ).toEqual({
      code: "wanliniu-abnormal",
      abnormalKind: "intercepted",
      hasOrder: true,
      shipped: true,
      cod: false,
    });
  });

  it("an order no export shows shipped offers no intercept", () => {
    expect(messageOffers(offerCase({ code: "not-zto", orderNo: "GW1" }, undefined))).toEqual([]);
    expect(messageOffers(offerCase({ code: "not-zto", orderNo: "GW1" }, { shipped: true }))).toEqual([
      "courier-intercept",
    ]);
  });
});
