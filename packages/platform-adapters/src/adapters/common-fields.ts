import type { FieldAliases } from "../header";
import type { OrderField } from "./types";

/**
 * Columns any order export may carry whatever its platform: the ones the daily checks act on.
 * One table for every adapter and profile: a field an adapter (or an operator's profile) maps
 * itself keeps its own aliases, the others come from here. These columns may share a cell with
 * the adapter's own fields (拼多多's 支付时间 is its order time when it has no 订单成交时间, and
 * still its payment time), so they never take a column from them.
 */
export const COMMON_FIELDS = {
  paidAt: ["支付时间", "付款时间", "拼单成功时间", "成团时间"],
  promiseAt: ["承诺发货时间", "最晚发货时间", "发货截止时间"],
  // 药房网's need_audit_rx, as its page and our operators' exports label it.
  rxFlag: ["是否需要审核处方", "处方药", "是否处方药", "需审方", "是否需要审方"],
  rxReview: ["处方审核", "审方状态", "处方审核状态"],
  // 万里牛 flags an abnormal order in 订单标记; other exports name the reason.
  abnormalReason: ["异常原因", "异常类型", "挂起原因", "订单标记"],
  buyerRemark: ["买家留言", "买家备注", "客户留言", "顾客留言"],
  afterSale: ["售后状态"],
  underReview: ["是否审核中"],
} as const satisfies FieldAliases<OrderField>;

/** The adapter's fields with the common ones it does not map itself, and which of them those are. */
export function withCommonFields(fields: FieldAliases<OrderField>): {
  fields: FieldAliases<OrderField>;
  shared: ReadonlySet<OrderField>;
} {
  const merged: FieldAliases<OrderField> = { ...fields };
  const shared = new Set<OrderField>();
  for (const [field, aliases] of Object.entries(COMMON_FIELDS) as [OrderField, readonly string[]][]) {
    if (merged[field] !== undefined) continue;
    (merged as Record<OrderField, readonly string[]>)[field] = aliases;
    shared.add(field);
  }
  return { fields: merged, shared };
}
