import { yuan } from "./money";
import type { FakeLine, FakeOrder } from "./orders";
import { shanghaiParts } from "./orders";
import { buildSheet, type FakeColumn, type FakeSheet, type TrapOptions } from "./sheet";

export type ProfiledPlatform = "pingan" | "yaofangwang" | "suning" | "xywy" | "jiage315";

export interface ProfiledRow {
  order: FakeOrder;
  line: FakeLine;
}

type Column = FakeColumn<ProfiledRow>;

const at = ({ order }: ProfiledRow) => shanghaiParts(order.placedAt).text;
const fullAddress = ({ order }: ProfiledRow) => {
  const a = order.receiver.address;
  return `${a.province}${a.city}${a.district}${a.detail}`;
};
const state = ({ order }: ProfiledRow) =>
  order.statusWord ?? (order.shippingState === "已发货" ? "已发货" : "待发货");
const courier = ({ order }: ProfiledRow) => order.logistics.courier ?? "";
const waybill = ({ order }: ProfiledRow) => order.logistics.waybills.join(",");

// These marketplaces publish no export layout: the columns below are *assumed* and are what the
// starting mapping profiles in @syt/platform-adapters describe.
const LAYOUTS: Record<ProfiledPlatform, Column[]> = {
  pingan: [
    { header: "订单号", value: ({ order }) => order.orderNo, id: true },
    { header: "下单时间", value: at },
    { header: "订单状态", value: state },
    { header: "商品名称", value: ({ line }) => line.product.name },
    { header: "商品编码", value: ({ line }) => line.product.sku },
    { header: "规格", value: ({ line }) => line.product.spec },
    { header: "数量", value: ({ line }) => line.quantity, sum: true },
    { header: "单价", value: ({ line }) => yuan(line.priceFen) },
    { header: "实付金额", value: ({ order }) => yuan(order.totalFen), sum: true },
    { header: "收货人", value: ({ order }) => order.receiver.name },
    { header: "联系电话", value: ({ order }) => order.receiver.mobile },
    { header: "收货地址", value: fullAddress },
    { header: "物流公司", value: courier },
    { header: "运单号", value: waybill },
  ],
  yaofangwang: [
    { header: "订单编号", value: ({ order }) => order.orderNo, id: true },
    { header: "订单时间", value: at },
    { header: "状态", value: state },
    { header: "药品名称", value: ({ line }) => line.product.name },
    { header: "药品规格", value: ({ line }) => line.product.spec },
    { header: "生产厂家", value: ({ line }) => line.product.maker },
    { header: "数量", value: ({ line }) => line.quantity, sum: true },
    { header: "单价(元)", value: ({ line }) => yuan(line.priceFen) },
    { header: "订单金额(元)", value: ({ order }) => yuan(order.totalFen), sum: true },
    { header: "收货人", value: ({ order }) => order.receiver.name },
    { header: "收货人电话", value: ({ order }) => order.receiver.mobile },
    { header: "收货地址", value: fullAddress },
    { header: "快递公司", value: courier },
    { header: "快递单号", value: waybill },
  ],
  suning: [
    { header: "订单号", value: ({ order }) => order.orderNo, id: true },
    { header: "订单行号", value: ({ order, line }) => `${order.orderNo}${order.lines.indexOf(line) + 1}` },
    { header: "下单时间", value: at },
    { header: "订单状态", value: state },
    { header: "商品编码", value: ({ line }) => line.product.sku },
    { header: "商品名称", value: ({ line }) => line.product.name },
    { header: "数量", value: ({ line }) => line.quantity, sum: true },
    { header: "单价", value: ({ line }) => yuan(line.priceFen) },
    { header: "订单金额", value: ({ order }) => yuan(order.totalFen), sum: true },
    { header: "收货人", value: ({ order }) => order.receiver.name },
    { header: "收货人手机", value: ({ order }) => order.receiver.mobile },
    { header: "省", value: ({ order }) => order.receiver.address.province },
    { header: "市", value: ({ order }) => order.receiver.address.city },
    { header: "区", value: ({ order }) => order.receiver.address.district },
    { header: "详细地址", value: ({ order }) => order.receiver.address.detail },
    { header: "物流公司", value: courier },
    { header: "物流单号", value: waybill },
  ],
  xywy: [
    { header: "订单ID", value: ({ order }) => order.orderNo, id: true },
    { header: "创建时间", value: at },
    { header: "订单状态", value: state },
    { header: "商品", value: ({ line }) => line.product.name },
    { header: "规格", value: ({ line }) => line.product.spec },
    { header: "数量", value: ({ line }) => line.quantity, sum: true },
    { header: "金额", value: ({ order }) => yuan(order.totalFen), sum: true },
    { header: "收件人", value: ({ order }) => order.receiver.name },
    { header: "电话", value: ({ order }) => order.receiver.mobile },
    { header: "地址", value: fullAddress },
    { header: "快递", value: courier },
    { header: "快递单号", value: waybill },
  ],
  // 315: what the starting profile `jiage315.json` of @syt/platform-adapters reads.
  jiage315: [
    { header: "订单号", value: ({ order }) => order.orderNo, id: true },
    { header: "药店名称", value: () => "上元堂大药房" },
    { header: "下单时间", value: at },
    { header: "订单状态", value: state },
    { header: "商品名称", value: ({ line }) => line.product.name },
    { header: "商品编码", value: ({ line }) => line.product.sku },
    { header: "规格", value: ({ line }) => line.product.spec },
    { header: "数量", value: ({ line }) => line.quantity, sum: true },
    { header: "订单金额", value: ({ order }) => yuan(order.totalFen), sum: true },
    { header: "收货人", value: ({ order }) => order.receiver.name },
    { header: "联系电话", value: ({ order }) => order.receiver.mobile },
    { header: "收货地址", value: fullAddress },
    { header: "物流公司", value: courier },
    { header: "物流单号", value: waybill },
  ],
};

/** An export of a marketplace whose layout is described by a mapping profile (平安好医生, 药房网, 苏宁, 寻医问药). */
export function profiledExport(
  platform: ProfiledPlatform,
  orders: FakeOrder[],
  options: TrapOptions & { sheetName?: string } = {},
): FakeSheet<ProfiledRow> {
  const rows = orders.flatMap((order) => order.lines.map((line) => ({ order, line })));
  return buildSheet(options.sheetName ?? "订单", LAYOUTS[platform], rows, options);
}
