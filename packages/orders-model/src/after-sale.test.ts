import { describe, expect, test } from "vitest";
import { AFTER_SALE_STATE_NAMES, AFTER_SALE_WORDS, AfterSaleState, parseAfterSale } from "./after-sale";

const WORDS: { word: string; state: AfterSaleState }[] = [
  { word: "无售后或售后取消", state: "none" },
  { word: "售后处理中", state: "processing" },
  { word: "待商家处理", state: "awaiting_merchant" },
  { word: "待买家退货", state: "awaiting_buyer_return" },
  { word: "待商家收货", state: "awaiting_merchant_receipt" },
  { word: "退款中", state: "refunding" },
  { word: "退款成功", state: "refunded" },
  { word: "退款关闭", state: "closed" },
  { word: "售后关闭", state: "closed" },
];

describe("parseAfterSale", () => {
  test.each(WORDS)("$word is $state", ({ word, state }) => {
    expect(parseAfterSale(word)).toEqual({ state, raw: word });
  });

  test.each([
    {
      description: "spaces around and inside",
      input: " 退款 成功 ",
      expected: { state: "refunded", raw: "退款 成功" },
    },
    { description: "an unknown word kept raw only", input: "平台介入中", expected: { raw: "平台介入中" } },
    { description: "empty", input: "", expected: { raw: "" } },
  ])("$description", ({ input, expected }) => {
    expect(parseAfterSale(input)).toEqual(expected);
  });

  test("every word of the table has its case above, every state its name", () => {
    const tested = new Set(WORDS.map((w) => w.word));
    expect(Object.keys(AFTER_SALE_WORDS).filter((word) => !tested.has(word))).toEqual([]);
    for (const state of AfterSaleState.options)
      expect(parseAfterSale(AFTER_SALE_STATE_NAMES[state]).state).toBe(state);
  });
});
