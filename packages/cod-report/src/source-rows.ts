import type { Order } from "@syt/orders-model";
import { type Cell, shipmentOrderRefs, type Table, type WmsShipment } from "@syt/platform-adapters";
import { isInReport } from "./selection";
import type { Finding } from "./summary";

/** A row of an export as the operator sees it: the header it was read under and its cells. */
export interface SourceRow {
  header: string[];
  values: Cell[];
}

/**
 * What a host needs to take a finding to its row, from the exports as the report read them: no
 * second reading of the sheets, no second parse of the orders.
 */
export interface FindingSources {
  /** The row a finding points at (`finding.row` of `finding.sheet`), with its header. */
  row(finding: Pick<Finding, "sheet" | "row">): SourceRow | undefined;
  /**
   * The order a finding is about: the one of its row, else the one with its number. Only the
   * report's own orders were read with their details (receiver, lines, remarks); for any other
   * the row is what there is.
   */
  order(finding: Pick<Finding, "sheet" | "row" | "orderNo">): Order | undefined;
  /**
   * The WMS rows of an order (a merged `A|B` row stands for both): the 官网 export has no courier
   * or waybill, the warehouse's row of the same order has them.
   */
  wmsRows(orderNo: string): (SourceRow & { rowNumber: number })[];
}

interface ReadExport {
  table: Table;
  headerRow: number;
}

const headerText = (cell: Cell | undefined) =>
  cell === null || cell === undefined ? "" : String(cell).trim();

function rowsOf({ table, headerRow }: ReadExport): (row: number) => SourceRow | undefined {
  let byNumber: Map<number, Cell[]> | undefined;
  let header: string[] | undefined;
  return (row) => {
    byNumber ??= new Map(table.rows.map((r) => [r.rowNumber, r.cells]));
    header ??= Array.from(byNumber.get(headerRow) ?? [], headerText);
    const cells = byNumber.get(row);
    return cells ? { header, values: Array.from(cells, (cell) => cell ?? null) } : undefined;
  };
}

export function findingSources(
  orders: ReadExport & { orders: readonly Order[] },
  wms: (ReadExport & { shipments: readonly WmsShipment[] }) | undefined,
): FindingSources {
  const rows = { orders: rowsOf(orders), wms: wms ? rowsOf(wms) : () => undefined };
  let byRow: Map<number, Order> | undefined;
  let byNumber: Map<string, Order> | undefined;
  let shipmentRows: Map<string, number[]> | undefined;
  return {
    wmsRows: (orderNo) => {
      if (!wms) return [];
      if (!shipmentRows) {
        shipmentRows = new Map();
        for (const shipment of wms.shipments)
          for (const ref of shipmentOrderRefs(shipment)) {
            const list = shipmentRows.get(ref) ?? [];
            list.push(shipment.rowNumber);
            shipmentRows.set(ref, list);
          }
      }
      return (shipmentRows.get(orderNo) ?? []).flatMap((rowNumber) => {
        const row = rows.wms(rowNumber);
        return row ? [{ ...row, rowNumber }] : [];
      });
    },
    row: ({ sheet, row }) => (row === undefined ? undefined : rows[sheet](row)),
    order: ({ sheet, row, orderNo }) => {
      if (!byRow || !byNumber) {
        const reported = orders.orders.filter(isInReport);
        byRow = new Map(reported.flatMap((o) => o.sourceRows.map((r) => [r, o] as const)));
        byNumber = new Map(reported.map((o) => [o.orderNo, o]));
      }
      const atRow = sheet === "orders" && row !== undefined ? byRow.get(row) : undefined;
      return atRow ?? (orderNo === undefined ? undefined : byNumber.get(orderNo));
    },
  };
}
