import { addHours, hoursBetween } from "../clock";
import type { Finding } from "../findings";
import { hasOpenRefund, isPendingShipment, platformOrders, type Rule, where, wmsStageOf } from "./context";

// An open after-sale stops the shipment clock: the order is a refund to answer (the refunds rule).
const hasOpenAfterSale = hasOpenRefund;

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
