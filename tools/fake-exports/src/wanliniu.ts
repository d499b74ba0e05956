import { yuan } from "./money";
import type { FakeLine, FakeOrder } from "./orders";
import { shanghaiParts } from "./orders";
import { buildSheet, type FakeColumn, type FakeSheet, type TrapOptions } from "./sheet";

export interface WanliniuRow {
  order: FakeOrder;
  line: FakeLine;
}

function erpStatus(order: FakeOrder): string {
  if (order.erpStatusWord !== undefined) return order.erpStatusWord;
  if (order.shippingState === "已发货") return "已发货";
  if (order.logistics.stage?.code === "allocated") return "待发货";
  return order.orderState === "未确认" ? "待审核" : "已审核";
}

// *Assumed* layout (no public sample): the columns the routine needs, with 万里牛's usual names.
const COLUMNS: FakeColumn<WanliniuRow>[] = [
  { header: "订单编号", value: ({ order }) => order.erpNo, id: true },
  { header: "线上单号", value: ({ order }) => order.orderNo, id: true, key: true },
  { header: "店铺名称", value: () => "上元堂官网" },
  { header: "订单状态", value: ({ order }) => erpStatus(order) },
  { header: "下单时间", value: ({ order }) => shanghaiParts(order.placedAt).text },
  { header: "收件人", value: ({ order }) => order.receiver.name },
  { header: "手机", value: ({ order }) => order.receiver.mobile },
  {
    header: "收货地址",
    value: ({ order }) => {
      const a = order.receiver.address;
      return `${a.province} ${a.city} ${a.district} ${a.detail}`;
    },
  },
  { header: "商品名称", value: ({ line }) => line.product.name },
  { header: "商家编码", value: ({ line }) => line.product.sku },
  { header: "规格", value: ({ line }) => line.product.spec },
  { header: "数量", value: ({ line }) => line.quantity, sum: true },
  { header: "实付金额", value: ({ order }) => yuan(order.totalFen), sum: true },
  { header: "快递公司", value: ({ order }) => order.logistics.courier ?? "" },
  { header: "快递单号", value: ({ order }) => order.logistics.waybills.join(",") },
  { header: "买家备注", value: ({ order }) => order.buyerRemark ?? "" },
];

/** 万里牛 ERP order export: its XD number, the platform's number, shop, ERP status, courier, waybill. */
export function wanliniuExport(
  orders: FakeOrder[],
  options: TrapOptions & { sheetName?: string } = {},
): FakeSheet<WanliniuRow> {
  const rows = orders.flatMap((order) => order.lines.map((line) => ({ order, line })));
  return buildSheet(options.sheetName ?? "订单查询", COLUMNS, rows, options);
}
