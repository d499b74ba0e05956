import {
  isOpenAfterSale,
  isPastAllocation,
  type Order,
  orderNumbersOf,
  type PlatformId,
  type WmsStage,
} from "@syt/orders-model";
import type { DailyConfig } from "../config";
import type { AfterSaleRow, OrdersExport, OutOfStockItem, WmsExport } from "../exports";
import type { Finding } from "../findings";

/** What every rule reads: the fresh exports of the day, the config and the moment of the check. */
export interface RuleContext {
  now: Date;
  /** Today's business date in Shanghai. */
  today: string;
  config: DailyConfig;
  /** The platforms' own order exports (not 万里牛). */
  platformExports: readonly OrdersExport[];
  wanliniu?: OrdersExport;
  wms?: WmsExport;
  afterSales: readonly AfterSaleRow[];
  afterSaleFiles: readonly string[];
  outOfStock: readonly OutOfStockItem[];
  /**
   * The order numbers no rule may judge: a status, stage or after-sale word of theirs is one no
   * table knows (see `unknownWordFindings`). Filled by `contextOf`; empty when built by hand.
   */
  unjudged?: ReadonlySet<string>;
}

export type Rule = (context: RuleContext) => Finding[];

export function isClosed(order: Order): boolean {
  return (
    order.status.order === "cancelled" || order.status.order === "invalid" || order.stage === "cancelled"
  );
}

const SHIPPED = new Set(["shipped", "received", "partially_shipped", "shipping"]);

/** Shipped by its own status, or by the WMS stage when a WMS export is given. */
export function isShipped(order: Order, stage?: WmsStage): boolean {
  return SHIPPED.has(order.status.shipping ?? "") || order.stage === "shipped" || stage === "shipped";
}

/** Paid (or COD) and neither shipped nor closed: an order the merchant owes a shipment. */
export function isPendingShipment(order: Order, stage?: WmsStage): boolean {
  if (isClosed(order) || isShipped(order, stage)) return false;
  return order.status.pay === "paid" || order.payment.isCod || order.status.shipping === "preparing";
}

/** Not paid and not COD: nothing is owed to the buyer yet (药房网 暂未付款, 拼多多 待支付, 官网 未付款). */
export function isUnpaid(order: Order): boolean {
  return (order.status.pay === "unpaid" || order.status.pay === "paying") && !order.payment.isCod;
}

/** Neither closed, shipped nor unpaid: the merchant owes the buyer this parcel. */
export function owesParcel(order: Order, stage?: WmsStage): boolean {
  return !isClosed(order) && !isShipped(order, stage) && !isUnpaid(order);
}

/**
 * Whether the buyer has an after-sale open on the order, from any source: the 售后单 lists, the
 * order's 售后状态 column, or its status word (药房网 申请退款). Such an order is a refund to
 * answer, not a parcel to hurry.
 */
export function hasOpenRefund(context: RuleContext, order: Order): boolean {
  if (isOpenAfterSale(order.afterSale?.state)) return true;
  return context.afterSales.some((row) => row.orderNo === order.orderNo && isOpenAfterSale(row.state.state));
}

export function wmsStageOf(context: RuleContext, orderNo: string): WmsStage | undefined {
  return context.wms?.byRef.get(orderNo)?.stage;
}

/** An order pushed to 配货 (or further) before anything else about it was settled. */
export function isPushed(order: Order, stage?: WmsStage): boolean {
  return order.status.shipping === "preparing" || (stage !== undefined && isPastAllocation(stage));
}

export const where = (file: string, order: Order, platform: PlatformId = order.platform) => {
  const at: { platform: PlatformId; orderNo: string; file: string; row?: number } = {
    platform,
    orderNo: order.orderNo,
    file,
  };
  const row = order.sourceRows[0];
  if (row !== undefined) at.row = row;
  return at;
};

/** Every order of every platform export with the file it came from. */
export function* platformOrders(context: RuleContext): Generator<{ order: Order; source: OrdersExport }> {
  for (const source of context.platformExports) for (const order of source.orders) yield { order, source };
}

/** Merchant codes like `SKU*2` mean 2 units of SKU per item bought (药房网). */
export function splitSku(sku: string | undefined): { sku: string; multiplier: number } {
  const match = /^(.*?)\s*[*×xX]\s*(\d+)$/.exec(sku ?? "");
  return match ? { sku: match[1] ?? "", multiplier: Number(match[2]) } : { sku: sku ?? "", multiplier: 1 };
}

/** 万里牛's orders by every platform number they answer to: a merged order (`A|B`) under A and under B. */
export function erpOrdersByNumber(context: Pick<RuleContext, "wanliniu">): ReadonlyMap<string, Order> {
  const byNumber = new Map<string, Order>();
  for (const order of context.wanliniu?.orders ?? []) {
    byNumber.set(order.orderNo, order);
    for (const orderNo of orderNumbersOf(order)) byNumber.set(orderNo, order);
  }
  return byNumber;
}
