import { describe, expect, test } from "vitest";
import {
  isOnStageLine,
  isPastAllocation,
  parseWmsStage,
  stageRank,
  WMS_STAGE_LINE,
  WMS_STAGE_NAMES,
  WMS_STAGE_WORDS,
  WmsStage,
} from "./wms-stage";

const WORDS: { word: string; stage: WmsStage; pastAllocation: boolean }[] = [
  { word: "待分配", stage: "unallocated", pastAllocation: false },
  { word: "未分配", stage: "unallocated", pastAllocation: false },
  { word: "部分分配", stage: "partially_allocated", pastAllocation: false },
  { word: "分配完成", stage: "allocated", pastAllocation: true },
  { word: "已分配", stage: "allocated", pastAllocation: true },
  { word: "分配成功", stage: "allocated", pastAllocation: true },
  { word: "已配货", stage: "allocated", pastAllocation: true },
  { word: "待审核", stage: "awaiting_review", pastAllocation: true },
  { word: "待打单", stage: "awaiting_print", pastAllocation: true },
  { word: "已打单", stage: "printed", pastAllocation: true },
  { word: "待拣货", stage: "awaiting_pick", pastAllocation: true },
  { word: "拣货中", stage: "picking", pastAllocation: true },
  { word: "已拣货", stage: "picked", pastAllocation: true },
  { word: "待复核", stage: "awaiting_check", pastAllocation: true },
  { word: "已复核", stage: "checked", pastAllocation: true },
  { word: "待称重", stage: "awaiting_weigh", pastAllocation: true },
  { word: "已称重", stage: "weighed", pastAllocation: true },
  { word: "待发货", stage: "awaiting_ship", pastAllocation: true },
  { word: "已发货", stage: "shipped", pastAllocation: true },
  { word: "已出库", stage: "shipped", pastAllocation: true },
  { word: "缺货", stage: "out_of_stock", pastAllocation: false },
  { word: "待出库", stage: "awaiting_ship", pastAllocation: true },
  { word: "待验货", stage: "awaiting_check", pastAllocation: true },
  { word: "已验货", stage: "checked", pastAllocation: true },
  { word: "挂起", stage: "on_hold", pastAllocation: false },
  { word: "拦截", stage: "intercepted", pastAllocation: false },
  { word: "发货失败", stage: "ship_failed", pastAllocation: false },
  { word: "已取消", stage: "cancelled", pastAllocation: false },
];

describe("parseWmsStage", () => {
  test.each(WORDS)("$word is $stage", ({ word, stage, pastAllocation }) => {
    expect(parseWmsStage(word)).toEqual({ stage, raw: word });
    expect(isPastAllocation(parseWmsStage(word).stage)).toBe(pastAllocation);
  });

  test.each([
    {
      description: "spaces inside and around",
      input: " 待 打单 ",
      expected: { stage: "awaiting_print", raw: "待 打单" },
    },
    {
      description: "full-width spaces",
      input: "\u3000分配完成\u3000",
      expected: { stage: "allocated", raw: "分配完成" },
    },
    { description: "an ID guard", input: '="已出库"', expected: { stage: "shipped", raw: "已出库" } },
    { description: "an unknown word kept raw", input: "分配中", expected: { raw: "分配中" } },
    { description: "empty", input: "", expected: { raw: "" } },
  ])("$description", ({ input, expected }) => {
    expect(parseWmsStage(input)).toEqual(expected);
  });

  test("every word of the table has its case above, every stage its name", () => {
    const tested = new Set(WORDS.map((w) => w.word));
    expect(Object.keys(WMS_STAGE_WORDS).filter((word) => !tested.has(word))).toEqual([]);
    for (const stage of WmsStage.options) expect(parseWmsStage(WMS_STAGE_NAMES[stage]).stage).toBe(stage);
  });
});

describe("the stage line", () => {
  test("ranks the line in the order an order walks it, from 待分配 to 已发货", () => {
    expect(WMS_STAGE_LINE.map((stage) => stageRank(stage))).toEqual(WMS_STAGE_LINE.map((_, i) => i));
    expect(stageRank("unallocated")).toBe(0);
    expect(stageRank("shipped")).toBe(WMS_STAGE_LINE.length - 1);
    expect(stageRank("printed")).toBeGreaterThan(stageRank("allocated") ?? Infinity);
  });

  test.each(["out_of_stock", "on_hold", "intercepted", "ship_failed", "cancelled"] as const)(
    "%s stands apart from the line",
    (stage) => {
      expect(stageRank(stage)).toBeUndefined();
      expect(isOnStageLine(stage)).toBe(false);
      expect(isPastAllocation(stage)).toBe(false);
    },
  );

  test("no stage: not past allocation", () => {
    expect(isPastAllocation(undefined)).toBe(false);
  });
});
