import type { WordMeaning } from "@syt/orders-model";
import { describe, expect, it } from "vitest";
import { readStatus } from "../src/adapters/status";
import { BUILTIN_PROFILES } from "../src/profiles/builtin";

// Each platform's own words (DOMAIN.md "Real export layouts") as the starting profiles read them.

const tableOf = (id: string) => {
  const status = BUILTIN_PROFILES.find((p) => p.id === id)?.status;
  if (!status || typeof status === "string") throw new Error(`no table for ${id}`);
  return status;
};

function meaningOf(id: string, word: string): WordMeaning & { unknown: string[] } {
  const read = readStatus(tableOf(id), [word]);
  const meaning: WordMeaning & { unknown: string[] } = { ...read.status, unknown: read.unknown };
  delete (meaning as { raw?: string }).raw;
  if (read.afterSale) meaning.afterSale = read.afterSale;
  if (read.rxReview) meaning.rxReview = read.rxReview;
  return meaning;
}

const cases: { platform: string; word: string; meaning: WordMeaning }[] = [
  { platform: "yaofangwang", word: "暂未付款", meaning: { pay: "unpaid" } },
  { platform: "yaofangwang", word: "等待发货", meaning: { pay: "paid", shipping: "unshipped" } },
  { platform: "yaofangwang", word: "申请退款", meaning: { pay: "paid", afterSale: "awaiting_merchant" } },
  { platform: "yaofangwang", word: "取消申请退款", meaning: { pay: "paid", afterSale: "none" } },
  { platform: "yaofangwang", word: "拒绝退款", meaning: { pay: "paid", afterSale: "closed" } },
  { platform: "yaofangwang", word: "暂未收货", meaning: { pay: "paid", shipping: "shipped" } },
  { platform: "yaofangwang", word: "交易完成", meaning: { pay: "paid", shipping: "received" } },
  { platform: "yaofangwang", word: "交易失败", meaning: { order: "cancelled" } },
  { platform: "yaofangwang", word: "正在退款", meaning: { pay: "paid", afterSale: "refunding" } },
  { platform: "yaofangwang", word: "交易取消", meaning: { order: "cancelled" } },
  {
    platform: "yaofangwang",
    word: "处方待审",
    meaning: { pay: "paid", shipping: "unshipped", rxReview: "pending" },
  },
  { platform: "suning", word: "待发货", meaning: { pay: "paid", shipping: "unshipped" } },
  { platform: "suning", word: "等待发货", meaning: { pay: "paid", shipping: "unshipped" } },
  { platform: "suning", word: "已发货", meaning: { pay: "paid", shipping: "shipped" } },
  { platform: "suning", word: "部分发货", meaning: { pay: "paid", shipping: "partially_shipped" } },
  { platform: "suning", word: "交易成功", meaning: { pay: "paid", shipping: "received" } },
  { platform: "suning", word: "交易关闭", meaning: { order: "cancelled" } },
  { platform: "suning", word: "退款中", meaning: { pay: "paid", afterSale: "refunding" } },
  { platform: "pingan", word: "待出库", meaning: { pay: "paid", shipping: "unshipped" } },
];

describe("the marketplaces' own words", () => {
  it.each(cases)("$platform $word", ({ platform, word, meaning }) => {
    expect(meaningOf(platform, word)).toEqual({ ...meaning, unknown: [] });
  });

  it("keeps a word no table has as unknown, with no meaning", () => {
    expect(meaningOf("jiage315", "交易成功")).toEqual({ unknown: ["交易成功"] });
  });
});
