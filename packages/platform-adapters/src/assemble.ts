import { cleanCell, normalizeOrderNumber, type Order, splitWaybills } from "@syt/orders-model";
import type { OrderAdapter, OrderField } from "./adapters/types";
import type { ParseIssue } from "./issues";
import {
  createReadCache,
  paymentText,
  type ReadCache,
  RowReader,
  readErp,
  readLine,
  readOrder,
} from "./order-row";
import type { MappedRow } from "./pipeline";

/** 万里牛's own order number and shop for a platform order. */
export interface ErpReference {
  platform: Order["platform"];
  orderNo: string;
  erpNo: string;
  shop: string;
}

type Row = MappedRow<OrderField>;

/**
 * Rows of one order number become one order: the first row gives the order-level fields,
 * every row adds its line and row number. Later rows are only read for their line and
 * checked against the first on status and payment, which the COD report selects on.
 */
export class OrderAssembler {
  private readonly byKey = new Map<string, Order>();
  private readonly erp: ErpReference[] = [];
  private lastRaw: unknown;
  /** Told the order each row went to (a streaming reader decides from it whether to keep the row). */
  onAdded: ((order: Order) => void) | undefined;
  private lastKey = "";

  private readonly cache: ReadCache;

  constructor(
    private readonly adapter: OrderAdapter,
    private readonly keepDetailsOf?: (order: Order) => boolean,
  ) {
    this.cache = createReadCache(adapter);
  }

  /** Rows of one order are usually adjacent: the last key is reused instead of normalising again. */
  private keyOf(row: Row): string {
    const raw = row.cell("orderNo");
    const shop = this.adapter.platformOf ? `|${cleanCell(row.cell("shop") ?? "")}` : "";
    if (raw !== this.lastRaw || shop !== "") {
      this.lastRaw = raw;
      this.lastKey = normalizeOrderNumber(raw) + shop;
    }
    return this.lastKey;
  }

  /** Adds a row to its order; warnings go into `issues`. */
  add(row: Row, issues: ParseIssue[]): undefined {
    const key = this.keyOf(row);
    const reader = new RowReader(row, issues, this.cache);
    let order = this.byKey.get(key);
    if (order) {
      this.addRow(order, reader);
    } else {
      order = readOrder(this.adapter, reader);
      if (this.keepDetailsOf && !this.keepDetailsOf(order)) order = withoutDetails(order);
      this.byKey.set(key, order);
      const erp = readErp(reader);
      if (erp) this.erp.push({ platform: order.platform, orderNo: order.orderNo, ...erp });
    }
    // Read even when not kept: a bad quantity or price is a warning all the same.
    const line = readLine(reader);
    if (line && order.lines !== NO_LINES) order.lines.push(line);
    this.onAdded?.(order);
    return undefined;
  }

  private addRow(order: Order, reader: RowReader): void {
    const row = reader.row;
    order.sourceRows.push(row.rowNumber);
    if (row.column("waybill") !== undefined) {
      for (const waybill of splitWaybills(row.cell("waybill") ?? "")) {
        if (!order.logistics.waybills.includes(waybill)) order.logistics.waybills.push(waybill);
      }
    }
    const differing = [
      reader.status().status.raw !== order.status.raw ? "status" : undefined,
      paymentText(this.adapter, reader) !== order.payment.raw ? "payment" : undefined,
    ].filter((field): field is string => field !== undefined);
    if (differing.length === 0) return;
    reader.warnings.push({
      code: "conflicting_rows",
      severity: "warning",
      row: row.rowNumber,
      input: order.orderNo,
      params: { fields: differing.join(","), firstRow: order.sourceRows[0] ?? row.rowNumber },
    });
  }

  orders(): Order[] {
    return [...this.byKey.values()];
  }

  references(): ErpReference[] {
    return this.erp;
  }
}

/**
 * The empty parts every order without details shares, frozen: tens of thousands of them hold no
 * three objects each of their own. `NO_LINES` also marks such an order: its rows add no lines.
 */
const NO_LINES: Order["lines"] = Object.freeze([]) as unknown as Order["lines"];
const NO_RECEIVER: Order["receiver"] = Object.freeze({});
const NO_AMOUNTS: Order["amounts"] = Object.freeze({});

/**
 * What an order keeps when its details are not wanted: what names, selects and counts it
 * (number, platform, status, payment, logistics, rows). Receiver, lines, amounts, dates and
 * remarks were read all the same, so their warnings are there; they are just not held.
 */
function withoutDetails(order: Order): Order {
  const { platform, orderNo, status, payment, logistics, sourceRows, stage, afterSale } = order;
  const plain: Order = {
    platform,
    orderNo,
    status,
    payment,
    receiver: NO_RECEIVER,
    lines: NO_LINES,
    amounts: NO_AMOUNTS,
    logistics,
    sourceRows,
  };
  if (stage !== undefined) plain.stage = stage;
  if (afterSale !== undefined) plain.afterSale = afterSale;
  return plain;
}
