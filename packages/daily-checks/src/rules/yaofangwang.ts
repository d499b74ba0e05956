import { addDays, atShanghai } from "../clock";
import type { Finding } from "../findings";
import { hasOpenRefund, owesParcel, platformOrders, type Rule, where, wmsStageOf } from "./context";

/**
 * 药房网 (seed): orders placed before 17:00 yesterday must have shipped by the morning check;
 * the orders placed since then and before the 15:00 check must leave before 16:00.
 */
export const yaofangwangShipping: Rule = (context) => {
  const { now, today, config } = context;
  const d = config.deadlines;
  const cutoff = atShanghai(addDays(today, -1), d.yaofangwangCutoff);
  const check = atShanghai(today, d.yaofangwangTodayCheck);
  const due = atShanghai(today, d.yaofangwangToday);
  const findings: Finding[] = [];
  for (const { order, source } of platformOrders(context)) {
    if (order.platform !== "yaofangwang" || !order.placedAt) continue;
    // Unpaid is owed nothing; an open refund is answered under 退货退款, never hurried out.
    if (!owesParcel(order, wmsStageOf(context, order.orderNo)) || hasOpenRefund(context, order)) continue;
    const at = where(source.fileName, order);
    const placedAt = order.placedAt.toISOString();
    if (order.placedAt < cutoff) {
      findings.push({
        code: "yaofangwang-yesterday-unshipped",
        severity: "error",
        ...at,
        params: { placedAt },
      });
    } else if (now >= check && order.placedAt < check) {
      findings.push({
        code: "yaofangwang-today-unshipped",
        severity: now >= due ? "error" : "warning",
        ...at,
        params: { placedAt, deadline: due.toISOString() },
      });
    }
  }
  return findings;
};
