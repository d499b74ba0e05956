import type { Finding } from "../findings";
import { isClosed, isShipped, platformOrders, type Rule, splitSku, where, wmsStageOf } from "./context";

/**
 * Each out-of-stock SKU: take it down on every platform the shop sells on (缺货 is charged to the
 * merchant), and handle the orders waiting for it (refund or contact the buyer).
 */
export const outOfStock: Rule = (context) => {
  const findings: Finding[] = [];
  for (const item of context.outOfStock) {
    for (const target of context.config.platforms) {
      findings.push({
        code: "oos-delist",
        severity: "error",
        params: { sku: item.sku, target, ...(item.name ? { name: item.name } : {}) },
      });
    }
  }
  const skus = new Set(context.outOfStock.map((item) => item.sku));
  if (skus.size === 0) return findings;
  for (const { order, source } of platformOrders(context)) {
    if (isClosed(order) || isShipped(order, wmsStageOf(context, order.orderNo))) continue;
    const line = order.lines.find((l) => skus.has(splitSku(l.sku).sku));
    if (!line) continue;
    findings.push({
      code: "oos-waiting-order",
      severity: "warning",
      ...where(source.fileName, order),
      params: { sku: splitSku(line.sku).sku },
    });
  }
  return findings;
};
