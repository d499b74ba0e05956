import {
  cleanCell,
  normalizeOrderNumber,
  type Order,
  orderNumbersOf,
  splitWaybills,
} from "@syt/orders-model";
import type { OrderAdapter, OrderField } from "../adapters/types";
import type { ParseIssue } from "../issues";
import type { MappedRow } from "../pipeline";
import {
  addRx,
  createReadCache,
  NO_LINES,
  paymentText,
  type ReadCache,
  RowReader,
  readErp,
  readLine,
  readOrder,
} from "./order-row";
import { type PlacedRange, PlacedRangeTracker } from "./placed-range";

/** 万里牛's own order number and shop for a platform order (one per platform number of a merged order). */
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
  private readonly placed: PlacedRangeTracker;

  constructor(
    private readonly adapter: OrderAdapter,
    private readonly keepDetailsOf?: (order: Order) => boolean,
  ) {
    this.cache = createReadCache(adapter);
    this.placed = new PlacedRangeTracker(this.cache.dates);
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
      order = readOrder(this.adapter, reader, this.keepDetailsOf);
      this.byKey.set(key, order);
      this.placed.add(row.cell("placedAt"));
      const erp = readErp(reader);
      // A merged order's XD number is found by each platform number it ships.
      if (erp)
        for (const orderNo of orderNumbersOf(order))
          this.erp.push({ platform: order.platform, orderNo, ...erp });
    }
    // An order without details takes no lines: its product cells are not read.
    if (order.lines !== NO_LINES) {
      const line = readLine(reader);
      if (line) order.lines.push(line);
      addRx(order, reader, line);
    }
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
    // Compared before any list is made: nearly every later row agrees with its first.
    const status = reader.status().status.raw !== order.status.raw;
    const payment = paymentText(this.adapter, reader) !== order.payment.raw;
    if (!status && !payment) return;
    const differing = [status ? "status" : undefined, payment ? "payment" : undefined].filter(
      (field): field is string => field !== undefined,
    );
    reader.warnings.push({
      code: "conflicting-rows",
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

  /** The 下单时间 range of every order, details read or not. */
  placedRange(): PlacedRange | undefined {
    return this.placed.range();
  }
}
