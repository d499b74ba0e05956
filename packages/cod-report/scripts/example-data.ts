import {
  COURIERS,
  type FakeOrder,
  type FakeSheet,
  fakeOrders,
  guanwangExport,
  wmsExport,
} from "@syt/fake-exports";

export const EXAMPLE_ORDERS_FILE = "官网订单导出_示例.xlsx";
export const EXAMPLE_WMS_FILE = "WMS物流导出_示例.xlsx";
export const EXAMPLE_DATE = "2026-11-25";

/** Remarks a spreadsheet would read as formulas: the report must show them as typed. */
export const FORMULA_LIKE_REMARKS = ["=1+1", "+86 下午送", "-不要放清单", "@药师 请回电"];

const isKept = (order: FakeOrder) => order.payment === "货到付款" && order.shippingState === "配货中";

/**
 * A few dozen fake orders with every kind of finding: the generator's own traps
 * (title, blank and 合计 rows, ID guards, a destroyed ID, shared and missing
 * waybills), plus what a few dozen orders would rarely show on their own: a COD
 * order sent with 申通, one not yet allocated, a waybill too short for 中通, two
 * COD orders in one parcel and remarks a spreadsheet would read as formulas.
 */
export function exampleOrders(): FakeOrder[] {
  const orders = fakeOrders({ seed: 20261125, count: 40, codShare: 0.6 });
  const kept = orders.filter(isKept);
  FORMULA_LIKE_REMARKS.forEach((remark, i) => {
    const order = kept[i];
    if (order) order.buyerRemark = remark;
  });
  const withWaybill = kept.filter((order) => order.logistics.waybills.length > 0);
  const [sharedA, sharedB] = withWaybill;
  const [tooShort, notZto, unallocated] = withWaybill.slice(-3);
  if (sharedA && sharedB)
    sharedB.logistics = { ...sharedA.logistics, waybills: [...sharedA.logistics.waybills] };
  if (tooShort) tooShort.logistics.waybills = ["7312345"];
  if (notZto)
    notZto.logistics = {
      courier: COURIERS.sto,
      waybills: ["773012345678901"],
      stage: { code: "allocated", word: "分配完成" },
    };
  if (unallocated) unallocated.logistics = { waybills: [], stage: { code: "unallocated", word: "未分配" } };
  return orders;
}

export function exampleSheets(orders = exampleOrders()): { orders: FakeSheet; wms: FakeSheet } {
  return {
    orders: guanwangExport(orders, {
      headers: "operator",
      statuses: "separate",
      title: "订单信息导出",
      blankRows: 1,
      totalRow: true,
      idGuard: "mixed",
      destroyedIds: 1,
      seed: 11,
    }),
    wms: wmsExport(orders, { idGuard: "tab", sharedWaybills: 1, missingWaybillShare: 0.1, seed: 12 }),
  };
}
