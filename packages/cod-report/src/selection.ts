import type { Order } from "@syt/orders-model";
import type { ExclusionReason } from "./summary";

export interface SelectionRule {
  /** Why a row failed this rule, as counted in the summary. */
  reason: Extract<ExclusionReason, "status" | "payment">;
  keep(order: Order): boolean;
}

export const isPreparing: SelectionRule = {
  reason: "status",
  keep: (order) => order.status.shipping === "preparing",
};

export const isCashOnDelivery: SelectionRule = {
  reason: "payment",
  keep: (order) => order.payment.isCod,
};

/** Applied in order; a row is excluded for the first rule it fails. */
export const SELECTION_RULES: readonly SelectionRule[] = [isPreparing, isCashOnDelivery];

export function firstFailedRule(order: Order, rules: readonly SelectionRule[] = SELECTION_RULES) {
  return rules.find((rule) => !rule.keep(order));
}

/**
 * Whether an order goes into the report. Parsing asks it at each order's first row: only these
 * orders' rows and details are kept, and only their detail cells (receiver, amounts, dates,
 * remarks, products) are read and checked; the report has nothing to say about the others'.
 */
export const isInReport = (order: Order): boolean => firstFailedRule(order) === undefined;
