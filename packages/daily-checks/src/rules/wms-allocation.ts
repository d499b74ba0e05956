import { isOnStageLine, isPastAllocation } from "@syt/orders-model";
import { shipmentOrderRefs } from "@syt/platform-adapters";
import { hoursBetween } from "../clock";
import type { Finding } from "../findings";
import { hasOpenRefund, isPendingShipment, platformOrders, type Rule, where } from "./context";

/**
 * Orders still 待分配 / 未分配 in the WMS (or not there at all) N hours after payment, and
 * allocated orders with no waybill yet. 官网 orders count once pushed to 配货: before that they
 * wait for the operator, not the warehouse.
 */
export const wmsAllocation: Rule = (context) => {
  const { wms, now, config } = context;
  if (!wms) return [];
  const limit = config.thresholds.wmsAllocationHours;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const { order, source } of platformOrders(context)) {
    seen.add(order.orderNo);
    const shipment = wms.byRef.get(order.orderNo);
    // An order with an open refund must be held, not allocated: the refunds rule tells it.
    if (!isPendingShipment(order, shipment?.stage) || hasOpenRefund(context, order)) continue;
    if (order.platform === "guanwang" && order.status.shipping !== "preparing" && !shipment) continue;
    const paidAt = order.paidAt ?? order.placedAt ?? wms.createdAt.get(order.orderNo);
    const waited = paidAt ? hoursBetween(paidAt, now) : undefined;
    if (waited === undefined || waited < limit) continue;
    const stage = shipment?.stage;
    if (shipment && stage && (isPastAllocation(stage) || !isOnStageLine(stage))) continue;
    const params: Extract<Finding, { code: "wms-unallocated" }>["params"] = { hoursSincePaid: waited };
    if (shipment) params.stageRaw = shipment.stageRaw ?? "";
    findings.push({
      code: "wms-unallocated",
      severity: shipment ? "error" : "warning",
      ...where(shipment ? wms.fileName : source.fileName, order),
      ...(shipment ? { row: shipment.rowNumber } : {}),
      params,
    });
  }
  for (const shipment of wms.shipments) {
    const stage = shipment.stage;
    if (!stage) continue;
    const at = { orderNo: shipment.orderRef, file: wms.fileName, row: shipment.rowNumber };
    if (stage === "unallocated" || stage === "partially_allocated") {
      // A merged row (`A|B`) was looked at with its platform orders when any of them was.
      const refs = shipmentOrderRefs(shipment);
      if (seen.has(shipment.orderRef) || refs.some((ref) => seen.has(ref))) continue;
      const createdAt = wms.createdAt.get(shipment.orderRef) ?? wms.createdAt.get(refs[0] ?? "");
      const waited = createdAt ? hoursBetween(createdAt, now) : undefined;
      if (waited === undefined || waited < limit) continue;
      findings.push({
        code: "wms-unallocated",
        severity: "error",
        ...at,
        params: { stageRaw: shipment.stageRaw ?? "", hoursSincePaid: waited },
      });
    } else if (
      isOnStageLine(stage) &&
      isPastAllocation(stage) &&
      stage !== "shipped" &&
      shipment.waybills.length === 0
    ) {
      findings.push({
        code: "wms-no-waybill",
        severity: "warning",
        ...at,
        params: { stageRaw: shipment.stageRaw ?? "" },
      });
    }
  }
  return findings;
};
