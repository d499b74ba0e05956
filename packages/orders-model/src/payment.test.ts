import { describe, expect, test } from "vitest";
import { type PaymentMethod, parsePaymentMethod } from "./payment";

describe("parsePaymentMethod", () => {
  const cases: { description: string; input: unknown; expected: PaymentMethod }[] = [
    { description: "货到付款", input: "货到付款", expected: { raw: "货到付款", code: "cod", isCod: true } },
    { description: "ECShop code", input: "cod", expected: { raw: "cod", code: "cod", isCod: true } },
    {
      description: "padded cell",
      input: " 货到付款\t",
      expected: { raw: "货到付款", code: "cod", isCod: true },
    },
    { description: "支付宝", input: "支付宝", expected: { raw: "支付宝", code: "alipay", isCod: false } },
    {
      description: "微信支付",
      input: "微信支付",
      expected: { raw: "微信支付", code: "wechat", isCod: false },
    },
    {
      description: "平台收款",
      input: "平台收款",
      expected: { raw: "平台收款", code: "platform", isCod: false },
    },
    {
      description: "ECShop's stock 银联在线支付 gateway",
      input: "银联在线支付",
      expected: { raw: "银联在线支付", code: "unionpay", isCod: false },
    },
    {
      description: "ECShop's stock 财付通 gateway",
      input: "财付通",
      expected: { raw: "财付通", code: "online", isCod: false },
    },
    {
      description: "unknown method kept raw",
      input: "积分兑换",
      expected: { raw: "积分兑换", isCod: false },
    },
    { description: "empty", input: null, expected: { raw: "", isCod: false } },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    expect(parsePaymentMethod(input)).toEqual(expected);
  });
});
