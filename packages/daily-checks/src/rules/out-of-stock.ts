import type { Finding } from "../findings";
import { owesParcel, platformOrders, type Rule, splitSku, where, wmsStageOf } from "./context";

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
  // An export without a SKU column (药房网's) names its products only: the 缺货 list's names find them.
  const names = new Map(
    context.outOfStock.flatMap((item) => (item.name ? [[item.name, item.sku] as const] : [])),
  );
  const skuOf = (line: { sku?: string; productName: string }) =>
    line.sku ? splitSku(line.sku).sku : names.get(line.productName);
  for (const { order, source } of platformOrders(context)) {
    if (!owesParcel(order, wmsStageOf(context, order.orderNo))) continue;
    const line = order.lines.find((l) => skus.has(skuOf(l) ?? ""));
    if (!line) continue;
    findings.push({
      code: "oos-waiting-order",
      severity: "warning",
      ...where(source.fileName, order),
      params: { sku: skuOf(line) ?? "" },
    });
  }
  return findings;
};
