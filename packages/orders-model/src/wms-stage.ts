import { z } from "zod";
import { cleanCell, toHalfWidth } from "./cells";

/** The stages on the line every order walks, first (待分配) to last (已发货). */
export const WMS_STAGE_LINE = [
  "unallocated",
  "partially_allocated",
  "allocated",
  "awaiting_review",
  "awaiting_print",
  "printed",
  "awaiting_pick",
  "picking",
  "picked",
  "awaiting_check",
  "checked",
  "awaiting_weigh",
  "weighed",
  "awaiting_ship",
  "shipped",
] as const;

/** The stages apart from the line: stopped or taken off it. */
export const WMS_STAGES_APART = [
  "out_of_stock",
  "on_hold",
  "intercepted",
  "ship_failed",
  "cancelled",
] as const;

/**
 * Where an order is in the warehouse (WMS, also shown by 万里牛): the line in its order, then
 * the stages apart from it.
 */
export const WmsStage = z.enum([...WMS_STAGE_LINE, ...WMS_STAGES_APART]);
export type WmsStage = z.infer<typeof WmsStage>;

export const WMS_STAGE_NAMES: { readonly [S in WmsStage]: string } = {
  unallocated: "待分配",
  partially_allocated: "部分分配",
  allocated: "分配完成",
  awaiting_review: "待审核",
  awaiting_print: "待打单",
  printed: "已打单",
  awaiting_pick: "待拣货",
  picking: "拣货中",
  picked: "已拣货",
  awaiting_check: "待复核",
  checked: "已复核",
  awaiting_weigh: "待称重",
  weighed: "已称重",
  awaiting_ship: "待发货",
  shipped: "已发货",
  out_of_stock: "缺货",
  on_hold: "挂起",
  intercepted: "拦截",
  ship_failed: "发货失败",
  cancelled: "已取消",
};

/** Every stage word the exports carry, synonyms included. */
export const WMS_STAGE_WORDS: { readonly [word: string]: WmsStage } = {
  待分配: "unallocated",
  未分配: "unallocated",
  部分分配: "partially_allocated",
  分配完成: "allocated",
  已分配: "allocated",
  分配成功: "allocated",
  已配货: "allocated",
  待审核: "awaiting_review",
  待打单: "awaiting_print",
  已打单: "printed",
  待拣货: "awaiting_pick",
  拣货中: "picking",
  已拣货: "picked",
  待复核: "awaiting_check",
  已复核: "checked",
  待称重: "awaiting_weigh",
  已称重: "weighed",
  待发货: "awaiting_ship",
  // Hupun's WMS calls the step before 已出库 待出库: packed, waiting for the courier.
  待出库: "awaiting_ship",
  待验货: "awaiting_check",
  已验货: "checked",
  已发货: "shipped",
  已出库: "shipped",
  缺货: "out_of_stock",
  挂起: "on_hold",
  拦截: "intercepted",
  发货失败: "ship_failed",
  已取消: "cancelled",
};

const STAGE_BY_WORD = new Map(
  Object.entries(WMS_STAGE_WORDS).map(([word, stage]) => [toHalfWidth(word).replace(/\s+/g, ""), stage]),
);

export interface ParsedWmsStage {
  stage?: WmsStage;
  /** The cell as the export had it (cleaned of ID guards and outer spaces). */
  raw: string;
}

/** A stage cell (`分配完成`, ` 待 打单 `, full-width text too); `stage` only when the word is known. */
export function parseWmsStage(input: unknown): ParsedWmsStage {
  const raw = cleanCell(input);
  const stage = STAGE_BY_WORD.get(toHalfWidth(raw).replace(/\s+/g, ""));
  return stage ? { stage, raw } : { raw };
}

const RANK = new Map<WmsStage, number>(WMS_STAGE_LINE.map((stage, index) => [stage, index]));

/** The place of a stage on the line (0 = 待分配), undefined for the stages apart from it. */
export function stageRank(stage: WmsStage): number | undefined {
  return RANK.get(stage);
}

/** Whether a stage is on the line at all (缺货, 挂起, 拦截, 发货失败 and 已取消 are not). */
export function isOnStageLine(stage: WmsStage): boolean {
  return RANK.has(stage);
}

/** Allocated or any later stage of the line: a row at 已打单 or 已发货 is past allocation too. */
export function isPastAllocation(stage: WmsStage | undefined): boolean {
  if (stage === undefined) return false;
  const rank = RANK.get(stage);
  return rank !== undefined && rank >= (RANK.get("allocated") ?? 0);
}
