import type { FakeOrder, FakeSheet, GuanwangRow, WmsRow } from "@syt/fake-exports";
import { COURIERS, cleanCell, courierFromText, splitWaybills } from "@syt/orders-model";

export const isKept = (order: FakeOrder) => order.payment === "货到付款" && order.shippingState === "配货中";

export interface ExpectedRow {
  row: number;
  order: FakeOrder;
  cells: FakeSheet["rows"][number];
}

/** The rows the operator would keep by hand, from the truth the export was generated from. */
export function expectedRows(sheet: FakeSheet<GuanwangRow>): ExpectedRow[] {
  return sheet.dataRows.flatMap((row, i) => {
    const record = sheet.records[i];
    return record && isKept(record.order)
      ? [{ row, order: record.order, cells: sheet.rows[row - 1] ?? [] }]
      : [];
  });
}

/** 物流公司 and 物流单号 as the report should fill them for an order, from the WMS truth. */
export function expectedLogistics(wms: FakeSheet<WmsRow>, orderNo: string): [string | null, string | null] {
  const record = wms.records.find((r) => r.order.orderNo === orderNo);
  if (!record) return [null, null];
  const courier = courierFromText(record.courier);
  const waybills = splitWaybills(record.waybillCell);
  return [
    courier ? COURIERS[courier].name : cleanCell(record.courier) || null,
    waybills.length > 0 ? waybills.join(",") : null,
  ];
}

/** The back office's 待发货 list holds confirmed orders only: not 未确认, 取消, 无效 or 退货. */
const NOT_IN_PENDING_LIST = new Set(["未确认", "取消", "无效", "退货"]);

export const codPendingOrders = (sheet: FakeSheet<GuanwangRow>) =>
  new Set(
    sheet.records
      .filter(
        ({ order }) =>
          order.payment === "货到付款" &&
          order.shippingState === "未发货" &&
          !NOT_IN_PENDING_LIST.has(order.orderState),
      )
      .map(({ order }) => order.orderNo),
  );
