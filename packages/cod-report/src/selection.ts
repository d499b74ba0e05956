import type { Order } from "@syt/orders-model";
import type { ExclusionReason } from "./summary";

export interface SelectionRule {
  /** Why a row failed this rule, as counted in the summary. */
  reason: Extract<ExclusionReason, "status" | "payment">;
  /** The operator's own words for the filter (运营日常, 货到付款 step 3). */
  description: string;
  keep(order: Order): boolean;
}

export const isPreparing: SelectionRule = {
  reason: "status",
  description: "订单处理状态为配货中",
  keep: (order) => order.status.shipping === "preparing",
};

export const isCashOnDelivery: SelectionRule = {
  reason: "payment",
  description: "订单支付方式为货到付款",
  keep: (order) => order.payment.isCod,
};

/** Applied in order; a row is excluded for the first rule it fails. */
export const SELECTION_RULES: readonly SelectionRule[] = [isPreparing, isCashOnDelivery];

export function firstFailedRule(order: Order, rules: readonly SelectionRule[] = SELECTION_RULES) {
  return rules.find((rule) => !rule.keep(order));
}
