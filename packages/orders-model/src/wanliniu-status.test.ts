import { describe, expect, test } from "vitest";
import type { StatusParts } from "./status";
import {
  parseWanliniuStatus,
  WANLINIU_ONLINE_STATUSES,
  WANLINIU_STATUSES,
  WANLINIU_SYSTEM_STATUSES,
} from "./wanliniu-status";
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

  // DOMAIN.md "万里牛 statuses": the words of the real 订单明细 export, and what each proves.
  test.each([
    { word: "分销商审核", expected: { order: "unconfirmed" } },
    { word: "到账管理", expected: {} },
    { word: "未付款", expected: { pay: "unpaid" } },
    { word: "审核", expected: { order: "unconfirmed" } },
    { word: "打单配货", expected: { order: "confirmed", shipping: "preparing" } },
    { word: "验货", expected: { order: "confirmed", shipping: "preparing" } },
    { word: "称重", expected: { order: "confirmed", shipping: "preparing" } },
    { word: "待发货", expected: { order: "confirmed", shipping: "preparing" } },
    { word: "财审", expected: { order: "unconfirmed" } },
    { word: "已发货", expected: { shipping: "shipped" } },
    { word: "成功", expected: { shipping: "received" } },
    { word: "关闭", expected: { order: "cancelled" } },
    { word: "异常结束", expected: { order: "cancelled" } },
    { word: "异常处理", expected: {} },
    { word: "外部系统配货中", expected: { order: "confirmed", shipping: "preparing" } },
    { word: "配货中", expected: { order: "confirmed", shipping: "preparing" } },
    { word: "预售", expected: {} },
    { word: "打包", expected: { order: "confirmed", shipping: "preparing" } },
  ] satisfies { word: string; expected: StatusParts }[])("系统订单状态 $word", ({ word, expected }) => {
    expect(parseWanliniuStatus(word)).toEqual({ ...expected, raw: word, normalized: word, unknown: [] });
    expect(WANLINIU_SYSTEM_STATUSES[word]).toEqual(expected);
  });

  test.each([
    { word: "未建交易", expected: {} },
    { word: "等待付款", expected: { pay: "unpaid" } },
    { word: "等待发货", expected: { pay: "paid", shipping: "unshipped" } },
    { word: "部分发货", expected: { shipping: "partially_shipped" } },
    { word: "已完成", expected: { shipping: "received" } },
    { word: "已关闭", expected: { order: "cancelled" } },
    { word: "等待确认", expected: { shipping: "shipped" } },
    { word: "已签收", expected: { shipping: "received" } },
  ] satisfies { word: string; expected: StatusParts }[])("线上订单状态 $word", ({ word, expected }) => {
    expect(parseWanliniuStatus(word)).toEqual({ ...expected, raw: word, normalized: word, unknown: [] });
    expect(WANLINIU_ONLINE_STATUSES[word]).toEqual(expected);
  });

  test("a word in several tables means the same in each", () => {
    const tables = [WANLINIU_STATUSES, WANLINIU_SYSTEM_STATUSES, WANLINIU_ONLINE_STATUSES];
    for (const table of tables) {
      for (const [word, parts] of Object.entries(table)) {
        for (const other of tables) if (word in other) expect(other[word], word).toEqual(parts);
      }
    }
  });

  test("an unknown word is kept raw and listed", () => {
    expect(parseWanliniuStatus("待定")).toEqual({ raw: "待定", normalized: "待定", unknown: ["待定"] });
  });
});
