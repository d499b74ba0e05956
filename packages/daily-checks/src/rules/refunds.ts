import {
  type AfterSale,
  type AfterSaleType,
  isMerchantTurn,
  isOnStageLine,
  isOpenAfterSale,
  type Order,
  type PlatformId,
} from "@syt/orders-model";
import { hoursBetween } from "../clock";
import type { Finding } from "../findings";
import { erpOrdersByNumber, owesParcel, platformOrders, type Rule, type RuleContext } from "./context";

const TICKET = /售后单/;

/** One after-sale of the day, whichever export carries it: a 售后单 list's row or the order itself. */
interface RefundCase {
  orderNo: string;
  platform?: PlatformId;
  file?: string;
  row?: number;
  state: AfterSale;
  type: AfterSaleType;
  appliedAt?: Date;
}

/**
 * The one refund view: every 售后单 list's rows, then the after-sales the orders carry themselves
 * (拼多多's 售后状态, 药房网's 申请退款 / 正在退款, 苏宁's 退款中) for orders no list names.
 */
function refundCases(context: RuleContext): RefundCase[] {
  const cases: RefundCase[] = context.afterSales.map((row) => {
    const one: RefundCase = { orderNo: row.orderNo, state: row.state, type: row.type, row: row.row };
    const file = context.afterSaleFiles[0];
    if (file) one.file = file;
    if (row.platform) one.platform = row.platform;
    if (row.appliedAt) one.appliedAt = row.appliedAt;
    return one;
  });
  const listed = new Set(context.afterSales.map((row) => row.orderNo));
  for (const { order, source } of platformOrders(context)) {
    if (!order.afterSale || listed.has(order.orderNo)) continue;
    const one: RefundCase = {
      orderNo: order.orderNo,
      platform: order.platform,
      file: source.fileName,
      state: order.afterSale,
      type: "other",
    };
    if (order.sourceRows[0]) one.row = order.sourceRows[0];
    cases.push(one);
  }
  return cases;
}

/**
 * Where the parcel of an open refund is, if it has not left: the WMS stage on the line before
 * 已发货/已出库, else (not in the WMS export) the order's own status when it owes the parcel.
 * The waybill, where there is one, is what a courier intercept needs.
 */
function stillHere(
  context: RuleContext,
  orderNo: string,
  order: Order | undefined,
): { stageRaw: string; waybill?: string } | undefined {
  const shipment = context.wms?.byRef.get(orderNo);
  if (shipment?.stage !== undefined) {
    if (shipment.stage === "shipped" || !isOnStageLine(shipment.stage)) return undefined;
    const waybill = shipment.waybills[0] ?? order?.logistics.waybills[0];
    return { stageRaw: shipment.stageRaw ?? "", ...(waybill ? { waybill } : {}) };
  }
  if (!order || !owesParcel(order)) return undefined;
  const waybill = order.logistics.waybills[0];
  return { stageRaw: "", ...(waybill ? { waybill } : {}) };
}

/**
 * Refunds and returns: those waiting for the merchant, oldest first (≥ 24 h urgent); an open
 * refund whose parcel has not left (hold it, or intercept it where a waybill exists); a return
 * signed for N days ago with no 万里牛 售后单 yet.
 */
export const refunds: Rule = (context) => {
  const { now, config, wanliniu } = context;
  const waiting: (Finding & { code: "refund-waiting" })[] = [];
  const findings: Finding[] = [];
  const erp = erpOrdersByNumber(context);
  const orders = new Map<string, Order>();
  for (const { order } of platformOrders(context)) orders.set(order.orderNo, order);
  for (const one of refundCases(context)) {
    const state = one.state.state;
    const base = {
      orderNo: one.orderNo,
      ...(one.file ? { file: one.file } : {}),
      ...(one.row ? { row: one.row } : {}),
      ...(one.platform ? { platform: one.platform } : {}),
    };
    if (isMerchantTurn(state)) {
      const ageHours = one.appliedAt ? hoursBetween(one.appliedAt, now) : undefined;
      const params: (Finding & { code: "refund-waiting" })["params"] = {
        stateRaw: one.state.raw,
        type: one.type,
      };
      if (ageHours !== undefined) params.ageHours = ageHours;
      waiting.push({
        code: "refund-waiting",
        severity: (ageHours ?? 0) >= config.thresholds.refundUrgentHours ? "error" : "warning",
        ...base,
        params,
      });
    }
    const here = isOpenAfterSale(state)
      ? stillHere(context, one.orderNo, orders.get(one.orderNo))
      : undefined;
    if (here) findings.push({ code: "refund-in-warehouse", severity: "error", ...base, params: here });
  }
  for (const row of context.afterSales) {
    if (!wanliniu || row.type !== "return" || !row.returnSignedAt) continue;
    const days = hoursBetween(row.returnSignedAt, now) / 24;
    const remark = erp.get(row.orderNo)?.merchantRemark ?? "";
    if (days >= config.thresholds.returnTicketDays && !TICKET.test(remark)) {
      findings.push({
        code: "return-no-ticket",
        severity: "error",
        orderNo: row.orderNo,
        ...(context.afterSaleFiles[0] ? { file: context.afterSaleFiles[0] } : {}),
        row: row.row,
        ...(row.platform ? { platform: row.platform } : {}),
        params: { days },
      });
    }
  }
  waiting.sort((a, b) => (b.params.ageHours ?? -1) - (a.params.ageHours ?? -1));
  return [...waiting, ...findings];
};
