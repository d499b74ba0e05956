import { yuan } from "./money";
import type { FakeOrder } from "./orders";
import { shanghaiParts } from "./orders";
import { buildSheet, type FakeColumn, type FakeSheet, type TrapOptions } from "./sheet";
import { NO_AFTER_SALE } from "./vocabulary";

export interface PinduoduoExportOptions extends TrapOptions {
  /** `full`: the older export with receiver data; `current`: the 27-column export without it. */
  layout?: "full" | "current";
  sheetName?: string;
}

export interface PinduoduoRow {
  order: FakeOrder;
}

type Column = FakeColumn<PinduoduoRow>;

// PDD status texts carry full-width commas.
function pddStatus(order: FakeOrder): string {
  if (order.statusWord !== undefined) return order.statusWord;
  if (order.shippingState === "已发货") return "已发货，待签收";
  if (order.orderState === "未确认") return "待支付";
  return "待发货";
}

const text = (date: Date | undefined): string => (date ? shanghaiParts(date).text : "");
const first = ({ order }: PinduoduoRow) => order.lines[0];

const common = (skuHeader: string): Column[] => [
  { header: "商品", value: (row) => first(row)?.product.name ?? "" },
  { header: "订单号", value: ({ order }) => order.orderNo, id: true },
  { header: "订单状态", value: ({ order }) => pddStatus(order) },
  { header: "商品总价(元)", value: ({ order }) => yuan(order.goodsFen), sum: true },
  { header: "店铺优惠折扣(元)", value: () => 0 },
  { header: "平台优惠折扣(元)", value: () => 0 },
  { header: "邮费(元)", value: ({ order }) => yuan(order.shippingFen) },
  { header: "用户实付金额(元)", value: ({ order }) => yuan(order.totalFen), sum: true },
  { header: "商家实收金额(元)", value: ({ order }) => yuan(order.totalFen) },
  { header: "商品数量(件)", value: (row) => first(row)?.quantity ?? 0, sum: true },
  {
    header: "发货时间",
    value: ({ order }) => (order.shippingState === "已发货" ? text(order.placedAt) : ""),
  },
  { header: "确认收货时间", value: () => "" },
  { header: "商品id", value: (row) => `6${first(row)?.product.sku.slice(3) ?? ""}001` },
  { header: "商品规格", value: (row) => first(row)?.product.spec ?? "" },
  { header: "样式ID", value: (row) => `10${first(row)?.product.sku.slice(3) ?? ""}` },
  { header: skuHeader, value: (row) => first(row)?.product.sku ?? "" },
  { header: "商家编码-商品维度", value: (row) => first(row)?.product.sku.slice(0, 6) ?? "" },
  { header: "商家备注", value: () => "" },
  { header: "买家留言", value: ({ order }) => order.buyerRemark ?? "" },
  { header: "快递单号", value: ({ order }) => order.logistics.waybills[0] ?? "", id: false },
  {
    header: "快递公司",
    value: ({ order }) => (order.logistics.waybills.length ? (order.logistics.courier ?? "") : ""),
  },
  { header: "售后状态", value: ({ order }) => order.afterSaleWord ?? NO_AFTER_SALE },
  { header: "支付时间", value: ({ order }) => text(order.placedAt) },
  { header: "拼单成功时间", value: ({ order }) => text(order.placedAt) },
  { header: "订单成交时间", value: ({ order }) => text(order.placedAt) },
];

const receiver: Column[] = [
  { header: "收货人", value: ({ order }) => order.receiver.name },
  { header: "手机", value: ({ order }) => order.receiver.mobile },
  { header: "省", value: ({ order }) => order.receiver.address.province },
  { header: "市", value: ({ order }) => order.receiver.address.city },
  { header: "区", value: ({ order }) => order.receiver.address.district },
  { header: "详细地址", value: ({ order }) => order.receiver.address.detail },
];

const currentTail: Column[] = [
  { header: "是否审核中", value: () => "否" },
  { header: "多多支付立减金额(元)", value: () => 0 },
];

/** 拼多多 orders: one row per order (its exports carry one SKU per order). */
export function pinduoduoExport(
  orders: FakeOrder[],
  options: PinduoduoExportOptions = {},
): FakeSheet<PinduoduoRow> {
  const columns =
    options.layout === "full"
      ? [...common("商家编码-SKU维度"), ...receiver]
      : [...common("商家编码-规格维度"), ...currentTail];
  return buildSheet(
    options.sheetName ?? "订单列表",
    columns,
    orders.map((order) => ({ order })),
    options,
  );
}
