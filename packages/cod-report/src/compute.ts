import { formatBusinessTime, type Order } from "@syt/orders-model";
import type { OrdersResult, WmsResult } from "@syt/platform-adapters";
import {
  collectFen,
  collectFindings,
  DEFAULT_MAX_PLAUSIBLE_FEN,
  isImplausibleAmount,
  type KeptOrder,
} from "./findings";
import { groupFindings } from "./groups";
import { indexShipments, joinLogistics, ordersByWaybill, type WmsIndex } from "./join";
import { firstFailedRule, SELECTION_RULES, type SelectionRule } from "./selection";
import { buildOrdersSheet, type ReportSheet } from "./sheet";
import type { CodSummary, ExclusionReason } from "./summary";
import { placedRange, reportWindow } from "./window";

export interface PrepareOptions {
  orders: Pick<OrdersResult, "orders" | "issues" | "meta" | "table" | "placed">;
  /** The WMS table itself is not needed: the CLI lets it go before reading the orders. */
  wms?: Pick<WmsResult, "shipments" | "issues" | "meta">;
  date: string;
  fileName: string;
  rules?: readonly SelectionRule[];
  /** Amounts to collect above this (fen) are findings, not summed; default 20,000 元. */
  maxPlausibleFen?: number;
}

export interface CodReport {
  summary: CodSummary;
  sheet: ReportSheet;
}

const NO_WMS: WmsIndex = new Map();

/** Selection, join and findings on parsed exports; host-free and synchronous. */
export function prepareCodReport({
  orders,
  wms,
  date,
  fileName,
  rules = SELECTION_RULES,
  maxPlausibleFen = DEFAULT_MAX_PLAUSIBLE_FEN,
}: PrepareOptions): CodReport {
  const index = wms ? indexShipments(wms.shipments) : NO_WMS;
  const excluded: Record<ExclusionReason, number> = {
    status: 0,
    payment: 0,
    skipped: orders.meta.accounting.skipped,
    issue: orders.meta.accounting.issues,
  };
  const kept: KeptOrder[] = [];
  const keptByRow = new Map<number, KeptOrder>();
  for (const order of orders.orders) {
    const failed = firstFailedRule(order, rules);
    if (failed) {
      excluded[failed.reason] += order.sourceRows.length;
      continue;
    }
    const entry = { order, logistics: joinLogistics(index, order.orderNo) };
    kept.push(entry);
    for (const row of order.sourceRows) keptByRow.set(row, entry);
  }

  // The export's own window, over every order it holds (the reader tracks it for orders whose details it let go).
  const placed = orders.placed ?? placedRange(orders.orders);
  const findings = collectFindings({
    orders: orders.orders,
    kept,
    waybillOwners: wms
      ? ordersByWaybill(index, new Set(kept.flatMap(({ logistics }) => logistics.waybills)))
      : undefined,
    wmsShipments: wms?.shipments ?? [],
    orderIssues: orders.issues,
    wmsIssues: wms?.issues ?? [],
    keptRows: keptByRow,
    maxPlausibleFen,
    date,
    placed,
    amountColumns: amountColumns(orders.meta),
  });

  const summary: CodSummary = {
    date,
    fileName,
    wmsProvided: wms !== undefined,
    rows: { read: orders.meta.accounting.dataRows, kept: keptByRow.size, excluded },
    wmsRows: { read: wms?.meta.accounting.dataRows ?? 0, used: wms?.meta.accounting.used ?? 0 },
    orders: { total: orders.orders.length, kept: kept.length },
    placed: {
      first: placed.first && formatBusinessTime(placed.first, PLACED_FORMAT),
      last: placed.last && formatBusinessTime(placed.last, PLACED_FORMAT),
      dated: placed.dated,
      window: reportWindow(date),
    },
    amountToCollectFen: kept.reduce((sum, { order }) => {
      const fen = collectFen(order);
      return isImplausibleAmount(fen, maxPlausibleFen) ? sum : sum + (fen ?? 0);
    }, 0),
    ordersByShipping: countByShipping(orders.orders),
    codOrdersByShipping: countByShipping(orders.orders.filter((o) => o.payment.isCod)),
    findings,
    groups: groupFindings(findings),
  };
  return { summary, sheet: buildOrdersSheet(orders.table, orders.meta.headerRow, keptByRow) };
}

const PLACED_FORMAT = "YYYY-MM-DD HH:mm";

/** Header texts that name money: an amount column the adapter did not map still looks like one of these. */
const MONEY_HEADER = /金额|总价|总额|应付|实付|应收|代收|货款/;

/** Whether the export gave the report an amount to collect, and the money-like columns it did not map. */
function amountColumns(meta: OrdersResult["meta"]): { mapped: boolean; lookAlike: string[] } {
  const columns = meta.columns as Record<string, number | undefined>;
  const mapped = columns.totalAmount !== undefined || columns.payableAmount !== undefined;
  const used = new Set(Object.values(columns));
  const lookAlike = meta.header.filter((text, i) => !used.has(i) && MONEY_HEADER.test(text));
  return { mapped, lookAlike };
}

/** Orders whose list word tells no shipping state (已取消, 待确认, 待付款) are counted by what it tells. */
function statusKey({ status }: Order): string {
  if (status.shipping) return status.shipping;
  if (status.order && status.order !== "confirmed" && status.order !== "split") return status.order;
  return status.pay ?? "unknown";
}

function countByShipping(orders: readonly Order[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const order of orders) {
    const key = statusKey(order);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
