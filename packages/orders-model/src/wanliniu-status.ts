import { normalizeStatusText, type ParsedStatus, type StatusParts } from "./status";
import { parseWmsStage, type WmsStage } from "./wms-stage";

/**
 * 万里牛 (Hupun) 订单状态 words of the *assumed* order list (no public sample) and what they say
 * about the three parts. 异常 and 挂起
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

const preparing: StatusParts = { order: "confirmed", shipping: "preparing" };

/**
 * 万里牛 订单明细's 系统订单状态: the ERP's processing steps (open API `process_status`), in the
 * order an order walks them. Its 待发货 comes *after* weighing, so it is 配货中 like the steps
 * before it. Words that prove nothing about the parts (到账管理, 预售, 异常处理) are known and
 * read as no part: an abnormal order is a flag (订单标记), not a state.
 */
export const WANLINIU_SYSTEM_STATUSES: { readonly [word: string]: StatusParts } = {
  分销商审核: { order: "unconfirmed" },
  到账管理: {},
  未付款: { pay: "unpaid" },
  审核: { order: "unconfirmed" },
  财审: { order: "unconfirmed" },
  预售: {},
  打单配货: preparing,
  外部系统配货中: preparing,
  配货中: preparing,
  验货: preparing,
  打包: preparing,
  称重: preparing,
  待发货: preparing,
  已发货: { shipping: "shipped" },
  成功: { shipping: "received" },
  关闭: { order: "cancelled" },
  // Ended by hand as abnormal: it will not ship, which is what cancelled tells the checks.
  异常结束: { order: "cancelled" },
  异常处理: {},
};

/** 万里牛 订单明细's 线上订单状态: the platform's side of the order as the ERP last fetched it. */
export const WANLINIU_ONLINE_STATUSES: { readonly [word: string]: StatusParts } = {
  未建交易: {},
  等待付款: { pay: "unpaid" },
  等待发货: { pay: "paid", shipping: "unshipped" },
  部分发货: { shipping: "partially_shipped" },
  // Shipped, waiting for the buyer to confirm receipt.
  等待确认: { shipping: "shipped" },
  已签收: { shipping: "received" },
  已完成: { shipping: "received" },
  已关闭: { order: "cancelled" },
};

// One word means one thing in every table (待发货, 已发货, 已完成, 已关闭 are in several, alike).
const BY_WORD = new Map(
  [WANLINIU_ONLINE_STATUSES, WANLINIU_STATUSES, WANLINIU_SYSTEM_STATUSES].flatMap((table) =>
    Object.entries(table).map(([word, parts]) => [normalizeStatusText(word).normalized, parts] as const),
  ),
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
