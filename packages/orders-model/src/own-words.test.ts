import { describe, expect, it } from "vitest";
import {
  AFTER_SALE_STATE_NAMES,
  AfterSaleState,
  type AfterSaleType,
  afterSaleTypeOf,
  isMerchantTurn,
  isOpenAfterSale,
  PDD_AFTER_SALE_WORDS,
  parseAfterSale,
  WANLINIU_AFTER_SALE_WORDS,
} from "./after-sale";
import { parsePddStatus, type WordMeaning } from "./status";
import { parseWmsStage, type WmsStage } from "./wms-stage";

// Each word of DOMAIN.md's "Real export layouts" and what it means, one row a word.

type Turn = "merchant" | "other" | "closed";
const turnOf = (state: AfterSaleState | undefined): Turn | undefined =>
  state === undefined
    ? undefined
    : isMerchantTurn(state)
      ? "merchant"
      : isOpenAfterSale(state)
        ? "other"
        : "closed";

describe("拼多多's after-sale words, full-width commas kept", () => {
  const cases: { word: string; state: AfterSaleState; turn: Turn }[] = [
    { word: "买家申请退款，待商家处理", state: "awaiting_merchant", turn: "merchant" },
    { word: "退货退款，待商家处理", state: "awaiting_merchant", turn: "merchant" },
    { word: "退款中", state: "refunding", turn: "other" },
    { word: "驳回，待买家处理", state: "awaiting_buyer", turn: "other" },
    { word: "已同意退货退款，待用户发货", state: "awaiting_buyer_return", turn: "other" },
    { word: "平台处理中", state: "platform_processing", turn: "other" },
    { word: "退款成功", state: "refunded", turn: "closed" },
    { word: "买家撤销", state: "none", turn: "closed" },
    { word: "补寄待商家处理", state: "awaiting_merchant", turn: "merchant" },
    { word: "同意拒收退款，待用户拒收", state: "awaiting_buyer", turn: "other" },
    { word: "补寄待商家发货", state: "awaiting_merchant", turn: "merchant" },
    { word: "待商家召回", state: "awaiting_merchant", turn: "merchant" },
    { word: "无售后或售后取消", state: "none", turn: "closed" },
  ];
  it.each(cases)("$word: $state ($turn)", ({ word, state, turn }) => {
    expect(parseAfterSale(word).state).toBe(state);
    expect(parseAfterSale(word.replaceAll("，", ",")).state).toBe(state);
    expect(turnOf(parseAfterSale(word).state)).toBe(turn);
    expect(PDD_AFTER_SALE_WORDS[word]).toBe(state);
  });
});

describe("万里牛 售后单 states and types", () => {
  const states: { word: string; state: AfterSaleState; turn: Turn }[] = [
    { word: "待审核", state: "awaiting_merchant", turn: "merchant" },
    { word: "处理中", state: "processing", turn: "merchant" },
    { word: "完成", state: "completed", turn: "closed" },
    { word: "关闭", state: "closed", turn: "closed" },
    { word: "拒绝", state: "closed", turn: "closed" },
    { word: "取消", state: "none", turn: "closed" },
  ];
  it.each(states)("状态 $word: $state", ({ word, state, turn }) => {
    expect(WANLINIU_AFTER_SALE_WORDS[word]).toBe(state);
    expect(parseAfterSale(word).state).toBe(state);
    expect(turnOf(state)).toBe(turn);
  });
  const types: { word: string; type: AfterSaleType }[] = [
    { word: "退货", type: "return" },
    { word: "补发", type: "other" },
    { word: "换货", type: "other" },
    { word: "其他", type: "other" },
    { word: "仅退款", type: "refund" },
    { word: "退货退款", type: "return" },
  ];
  it.each(types)("售后类型 $word: $type", ({ word, type }) => expect(afterSaleTypeOf(word)).toBe(type));

  it("names every state with a word that reads back to it", () => {
    for (const state of AfterSaleState.options)
      expect(parseAfterSale(AFTER_SALE_STATE_NAMES[state]).state).toBe(state);
  });
});

describe("拼多多 order words seen with their after-sale", () => {
  const cases: { word: string; meaning: WordMeaning }[] = [
    { word: "已发货，待收货", meaning: { pay: "paid", shipping: "shipped" } },
    {
      word: "未发货，退款成功",
      meaning: { order: "cancelled", pay: "paid", shipping: "unshipped", afterSale: "refunded" },
    },
  ];
  it.each(cases)("$word", ({ word, meaning }) => {
    expect(parsePddStatus(word)).toMatchObject({ ...meaning, unknown: [] });
  });
});

describe("Hupun WMS stages", () => {
  const cases: { word: string; stage: WmsStage }[] = [
    { word: "待出库", stage: "awaiting_ship" },
    { word: "已出库", stage: "shipped" },
    { word: "待验货", stage: "awaiting_check" },
    { word: "已验货", stage: "checked" },
  ];
  it.each(cases)("$word: $stage", ({ word, stage }) => expect(parseWmsStage(word).stage).toBe(stage));
});
