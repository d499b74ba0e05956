import { normalizeStatusText, type ParsedStatus, type StatusParts } from "./status";
import { parseWmsStage, type WmsStage } from "./wms-stage";

/**
 * 万里牛 (Hupun) 订单状态 words of its own and what they say about the three parts. 异常 and 挂起
 * name an abnormal order and nothing about its parts. Its order list also shows the warehouse
 * stage words (`WMS_STAGE_WORDS`), which `parseWanliniuStatus` reads as a stage.
 */
export const WANLINIU_STATUSES: { readonly [word: string]: StatusParts } = {
  待审核: { order: "unconfirmed" },
  已审核: { order: "confirmed" },
  待发货: { order: "confirmed", shipping: "preparing" },
  已发货: { shipping: "shipped" },
  已完成: { shipping: "received" },
  已取消: { order: "cancelled" },
  已关闭: { order: "cancelled" },
  异常: {},
  挂起: {},
};

const BY_WORD = new Map(
  Object.entries(WANLINIU_STATUSES).map(([word, parts]) => [normalizeStatusText(word).normalized, parts]),
);

// Stages that say what the order's own parts are; the others (缺货, 挂起, 拦截, ...) say nothing of them.
const STAGE_PARTS: { readonly [S in WmsStage]?: StatusParts } = {
  shipped: { shipping: "shipped" },
  cancelled: { order: "cancelled" },
};

/**
 * A 万里牛 order status: its own words first (its 待审核 is the order's review, before any
 * warehouse stage), else a warehouse stage (`待打单`) read as `stage`.
 */
export function parseWanliniuStatus(input: unknown): ParsedStatus & { stage?: WmsStage } {
  const { raw, normalized } = normalizeStatusText(input);
  const own = BY_WORD.get(normalized);
  const stage = own ? undefined : parseWmsStage(raw).stage;
  const status: ParsedStatus & { stage?: WmsStage } = {
    ...(own ?? (stage ? STAGE_PARTS[stage] : undefined)),
    raw,
    normalized,
    unknown: own || stage || normalized === "" ? [] : [normalized],
  };
  if (stage) status.stage = stage;
  return status;
}
