import type { Finding } from "../findings";
import { owesParcel, platformOrders, type Rule, where, wmsStageOf } from "./context";

/** Buyer messages and remarks on orders not shipped yet: read them before pushing to 配货. */
export const remarks: Rule = (context) => {
  const findings: Finding[] = [];
  for (const { order, source } of platformOrders(context)) {
    const buyer = order.buyerRemark;
    if (!buyer && !order.merchantRemark) continue;
    if (!owesParcel(order, wmsStageOf(context, order.orderNo))) continue;
    const params: Extract<Finding, { code: "remark-unshipped" }>["params"] = {};
    if (buyer) params.buyer = buyer;
    if (order.merchantRemark) params.merchant = order.merchantRemark;
    findings.push({
      code: "remark-unshipped",
      severity: "warning",
      ...where(source.fileName, order),
      params,
    });
  }
  return findings;
};
