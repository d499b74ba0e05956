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
  // 拼多多's 售后 words (own-words.test.ts tells whose turn each is).
  { word: "买家申请退款，待商家处理", state: "awaiting_merchant" },
  { word: "退货退款，待商家处理", state: "awaiting_merchant" },
  { word: "补寄待商家处理", state: "awaiting_merchant" },
  { word: "补寄待商家发货", state: "awaiting_merchant" },
  { word: "待商家召回", state: "awaiting_merchant" },
  { word: "已同意退货退款，待用户发货", state: "awaiting_buyer_return" },
  { word: "驳回，待买家处理", state: "awaiting_buyer" },
  { word: "同意拒收退款，待用户拒收", state: "awaiting_buyer" },
  { word: "平台处理中", state: "platform_processing" },
  { word: "买家撤销", state: "none" },
  // 万里牛 售后单's 状态.
  { word: "待审核", state: "awaiting_merchant" },
  { word: "处理中", state: "processing" },
  { word: "完成", state: "completed" },
  { word: "关闭", state: "closed" },
  { word: "拒绝", state: "closed" },
  { word: "取消", state: "none" },
  // The state names that no source writes alone.
  { word: "待买家处理", state: "awaiting_buyer" },
  { word: "售后完成", state: "completed" },
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
