import type { Order } from "@syt/orders-model";
import type { ParseIssue } from "./issues";
import type { OrderRowRead } from "./order-row";

/** 万里牛's own order number and shop for a platform order. */
export interface ErpReference {
  platform: Order["platform"];
  orderNo: string;
  erpNo: string;
  shop: string;
}

/**
 * Rows of one order number become one order: the first row gives the order-level fields,
 * every row adds its line and row number. Rows that disagree on status or payment are
 * flagged, since the COD report selects on both.
 */
export class OrderAssembler {
  private readonly byKey = new Map<string, Order>();
  private readonly erp = new Map<string, ErpReference>();

  add(read: OrderRowRead, row: number): ParseIssue[] {
    const existing = this.byKey.get(read.key);
    if (read.erp)
      this.erp.set(read.key, { platform: read.order.platform, orderNo: read.order.orderNo, ...read.erp });
    if (!existing) {
      if (read.line) read.order.lines.push(read.line);
      this.byKey.set(read.key, read.order);
      return read.warnings;
    }
    if (read.line) existing.lines.push(read.line);
    existing.sourceRows.push(row);
    for (const waybill of read.order.logistics.waybills) {
      if (!existing.logistics.waybills.includes(waybill)) existing.logistics.waybills.push(waybill);
    }
    return [...read.warnings, ...this.conflicts(existing, read.order, row)];
  }

  private conflicts(first: Order, next: Order, row: number): ParseIssue[] {
    const differing = [
      first.status.raw !== next.status.raw ? "status" : undefined,
      first.payment.raw !== next.payment.raw ? "payment" : undefined,
    ].filter((field): field is string => field !== undefined);
    if (differing.length === 0) return [];
    return [
      {
        code: "conflicting_rows",
        severity: "warning",
        row,
        input: next.orderNo,
        params: { fields: differing.join(","), firstRow: first.sourceRows[0] ?? row },
      },
    ];
  }

  orders(): Order[] {
    return [...this.byKey.values()];
  }

  references(): ErpReference[] {
    return [...this.erp.values()];
  }
}
