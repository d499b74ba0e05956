import { describe, expect, test } from "vitest";
import type { StatusParts } from "./status";
import { parseWanliniuStatus, WANLINIU_STATUSES } from "./wanliniu-status";
import { WMS_STAGE_WORDS, type WmsStage } from "./wms-stage";

const OWN: { word: string; expected: StatusParts & { stage?: WmsStage } }[] = [
  { word: "待审核", expected: { order: "unconfirmed" } },
  { word: "已审核", expected: { order: "confirmed" } },
  { word: "待发货", expected: { order: "confirmed", shipping: "preparing" } },
  { word: "已发货", expected: { shipping: "shipped" } },
  { word: "已完成", expected: { shipping: "received" } },
  { word: "已取消", expected: { order: "cancelled" } },
  { word: "已关闭", expected: { order: "cancelled" } },
  { word: "异常", expected: {} },
  { word: "挂起", expected: {} },
];

describe("parseWanliniuStatus", () => {
  test.each(OWN)("its own word $word", ({ word, expected }) => {
    expect(parseWanliniuStatus(word)).toEqual({ ...expected, raw: word, normalized: word, unknown: [] });
  });

  test.each([
    { word: "待打单", expected: { stage: "awaiting_print" } },
    { word: "拣货中", expected: { stage: "picking" } },
    { word: "已出库", expected: { stage: "shipped", shipping: "shipped" } },
    { word: "拦截", expected: { stage: "intercepted" } },
    { word: "未分配", expected: { stage: "unallocated" } },
  ] satisfies { word: string; expected: StatusParts & { stage: WmsStage } }[])(
    "a warehouse stage $word",
    ({ word, expected }) => {
      expect(parseWanliniuStatus(word)).toEqual({ ...expected, raw: word, normalized: word, unknown: [] });
    },
  );

  test("every word of its table and every stage word is known", () => {
    const tested = new Set(OWN.map((w) => w.word));
    expect(Object.keys(WANLINIU_STATUSES).filter((word) => !tested.has(word))).toEqual([]);
    for (const word of Object.keys(WMS_STAGE_WORDS)) expect(parseWanliniuStatus(word).unknown).toEqual([]);
  });

  test("an unknown word is kept raw and listed", () => {
    expect(parseWanliniuStatus("待定")).toEqual({ raw: "待定", normalized: "待定", unknown: ["待定"] });
  });
});
