import { type AfterSaleState, isOnStageLine, type WmsStage } from "@syt/orders-model";
import { hoursBetween } from "../clock";
import type { Finding } from "../findings";
import { erpOrdersByNumber, platformOrders, type Rule } from "./context";

/** The after-sales that wait for the merchant (not for the buyer or the platform). */
const MERCHANT_TURN = new Set<AfterSaleState>([
  "processing",
  "awaiting_merchant",
  "awaiting_merchant_receipt",
]);
const OPEN = new Set<AfterSaleState>([...MERCHANT_TURN, "awaiting_buyer_return", "refunding"]);

/** Still in the warehouse, on its way to the courier: it must be held or intercepted. */
const inWarehouse = (stage: WmsStage | undefined) =>
  stage !== undefined && stage !== "shipped" && isOnStageLine(stage);

const TICKET = /售后单/;

/**
 * Refunds and returns: those waiting for the merchant, oldest first (≥ 24 h urgent); a refund on
 * an order still in the warehouse; a return signed for N days ago with no 万里牛 售后单 yet.
 */
export const refunds: Rule = (context) => {
  const { now, config, wms, wanliniu } = context;
  const file = context.afterSaleFiles[0];
  const waiting: (Finding & { code: "refund-waiting" })[] = [];
  const findings: Finding[] = [];
  const erp = erpOrdersByNumber(context);
  for (const row of context.afterSales) {
    const state = row.state.state;
    const base = {
      orderNo: row.orderNo,
      file,
      row: row.row,
      ...(row.platform ? { platform: row.platform } : {}),
    };
    if (state && MERCHANT_TURN.has(state)) {
      const ageHours = row.appliedAt ? hoursBetween(row.appliedAt, now) : undefined;
      const params: (Finding & { code: "refund-waiting" })["params"] = {
        stateRaw: row.state.raw,
        type: row.type,
      };
      if (ageHours !== undefined) params.ageHours = ageHours;
      waiting.push({
        code: "refund-waiting",
        severity: (ageHours ?? 0) >= config.thresholds.refundUrgentHours ? "error" : "warning",
        ...base,
        params,
      });
    }
    const shipment = wms?.byRef.get(row.orderNo);
    if (state && OPEN.has(state) && inWarehouse(shipment?.stage)) {
      findings.push({
        code: "refund-in-warehouse",
        severity: "error",
        ...base,
        params: { stageRaw: shipment?.stageRaw ?? "" },
      });
    }
    if (wanliniu && row.type === "return" && row.returnSignedAt) {
      const days = hoursBetween(row.returnSignedAt, now) / 24;
      const remark = erp.get(row.orderNo)?.merchantRemark ?? "";
      if (days >= config.thresholds.returnTicketDays && !TICKET.test(remark)) {
        findings.push({ code: "return-no-ticket", severity: "error", ...base, params: { days } });
      }
    }
  }
  // 拼多多's own 售后状态 column, for orders the after-sale export does not list.
  const listed = new Set(context.afterSales.map((row) => row.orderNo));
  for (const { order, source } of platformOrders(context)) {
    const state = order.afterSale?.state;
    if (!state || !MERCHANT_TURN.has(state) || listed.has(order.orderNo)) continue;
    waiting.push({
      code: "refund-waiting",
      severity: "warning",
      platform: order.platform,
      orderNo: order.orderNo,
      file: source.fileName,
      ...(order.sourceRows[0] ? { row: order.sourceRows[0] } : {}),
      params: { stateRaw: order.afterSale?.raw ?? "", type: "other" },
    });
  }
  waiting.sort((a, b) => (b.params.ageHours ?? -1) - (a.params.ageHours ?? -1));
  return [...waiting, ...findings];
};
