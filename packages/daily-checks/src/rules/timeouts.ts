import type { AfterSaleState, Order } from "@syt/orders-model";
import { addHours, hoursBetween } from "../clock";
import type { Finding } from "../findings";
import { isPendingShipment, platformOrders, type Rule, type RuleContext, where, wmsStageOf } from "./context";

/** After-sales that stop the shipment clock: the buyer asked for a refund, the order waits for it. */
const OPEN_AFTER_SALE = new Set<AfterSaleState>([
  "processing",
  "awaiting_merchant",
  "awaiting_buyer_return",
  "awaiting_merchant_receipt",
  "refunding",
]);

export const isOpenAfterSale = (state: AfterSaleState | undefined): boolean =>
  state !== undefined && OPEN_AFTER_SALE.has(state);

function hasOpenAfterSale(context: RuleContext, order: Order): boolean {
  if (isOpenAfterSale(order.afterSale?.state)) return true;
  return context.afterSales.some((row) => row.orderNo === order.orderNo && isOpenAfterSale(row.state.state));
}

/**
 * 拼多多 待发货 orders without an open after-sale, by the time left to the promised shipping time:
 * its 承诺发货时间 where the export has one, else payment (成团) time + the configured promise.
 */
export const pinduoduoTimeout: Rule = (context) => {
  const { now, config } = context;
  const findings: Finding[] = [];
  for (const { order, source } of platformOrders(context)) {
    if (order.platform !== "pinduoduo") continue;
    if (!isPendingShipment(order, wmsStageOf(context, order.orderNo)) || hasOpenAfterSale(context, order))
      continue;
    const start = order.paidAt ?? order.placedAt;
    const deadline = order.promiseAt ?? (start && addHours(start, config.thresholds.pinduoduoPromiseHours));
    if (!deadline) continue;
    const hoursLeft = hoursBetween(now, deadline);
    if (hoursLeft > config.thresholds.urgentHours) continue;
    findings.push({
      code: "pinduoduo-timeout",
      severity: hoursLeft <= 0 ? "error" : "warning",
      ...where(source.fileName, order),
      params: {
        deadline: deadline.toISOString(),
        hoursLeft,
        from: order.promiseAt ? "promise" : order.paidAt ? "paid" : "placed",
      },
    });
  }
  return findings;
};

const OTHER_MARKETPLACES = new Set(["pingan", "suning", "xywy", "jiage315"]);

/** 平安好医生, 苏宁, 寻医问药, 315: pending shipment against the configured promise (*assumed* 48 h). */
export const marketplaceTimeout: Rule = (context) => {
  const { now, config } = context;
  const findings: Finding[] = [];
  for (const { order, source } of platformOrders(context)) {
    if (!OTHER_MARKETPLACES.has(order.platform)) continue;
    if (!isPendingShipment(order, wmsStageOf(context, order.orderNo)) || hasOpenAfterSale(context, order))
      continue;
    const start = order.paidAt ?? order.placedAt;
    if (!start) continue;
    const deadline = addHours(start, config.thresholds.marketplacePromiseHours);
    const hoursLeft = hoursBetween(now, deadline);
    if (hoursLeft > config.thresholds.urgentHours) continue;
    findings.push({
      code: "marketplace-timeout",
      severity: hoursLeft <= 0 ? "error" : "warning",
      ...where(source.fileName, order),
      params: { deadline: deadline.toISOString(), hoursLeft },
    });
  }
  return findings;
};
