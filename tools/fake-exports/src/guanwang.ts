import { yuan } from "./money";
import type { FakeLine, FakeOrder } from "./orders";
import { shanghaiParts } from "./orders";
import { buildSheet, type FakeColumn, type FakeSheet, type TrapOptions } from "./sheet";

export interface GuanwangRow {
  order: FakeOrder;
  line: FakeLine;
}

export interface GuanwangExportOptions extends TrapOptions {
  /** `plugin`: the ECShop export plugin's headers; `operator`: the headers of the operators' own export. */
  headers?: "plugin" | "operator";
  /** Statuses as three columns or as one composite cell `已确认,未付款,配货中`. */
  statuses?: "separate" | "composite";
  /** 下单时间 as text (default), a Date cell, or an Excel serial number. */
  dates?: "text" | "date" | "serial";
  sheetName?: string;
}

type Column = FakeColumn<GuanwangRow>;

/** Written on its own, not taken from the model: the generator is the oracle the model's date parsing is tested against. */
export function excelSerial(date: Date): number {
  return (date.getTime() + 8 * 3600_000) / 86_400_000 + 25_569;
}

function placedAt(mode: GuanwangExportOptions["dates"]): (row: GuanwangRow) => string | number | Date {
  if (mode === "date") return ({ order }) => order.placedAt;
  if (mode === "serial") return ({ order }) => excelSerial(order.placedAt);
  return ({ order }) => shanghaiParts(order.placedAt).text;
}

const composite = ({ order }: GuanwangRow): string =>
  `${order.orderState},${order.payState},${order.shippingState}`;

function statusColumns(style: GuanwangExportOptions["statuses"], compositeHeader: string): Column[] {
  if (style === "composite") return [{ header: compositeHeader, value: composite }];
  return [
    { header: "订单状态", value: ({ order }) => order.orderState },
    { header: "付款状态", value: ({ order }) => order.payState },
    { header: "发货状态", value: ({ order }) => order.shippingState },
  ];
}

const lineColumns = (names: [string, string, string, string, string]): Column[] => [
  { header: names[0], value: ({ line }) => line.product.name },
  { header: names[1], value: ({ line }) => line.product.sku },
  { header: names[2], value: ({ line }) => line.product.spec },
  { header: names[3], value: ({ line }) => line.quantity, sum: true },
  { header: names[4], value: ({ line }) => yuan(line.priceFen) },
];

function pluginColumns(options: GuanwangExportOptions): Column[] {
  return [
    { header: "订单号", value: ({ order }) => order.orderNo, id: true },
    { header: "下单时间", value: placedAt(options.dates) },
    { header: "收货人", value: ({ order }) => order.receiver.name },
    { header: "国家", value: () => "中国" },
    { header: "省", value: ({ order }) => order.receiver.address.province },
    { header: "市", value: ({ order }) => order.receiver.address.city },
    { header: "区", value: ({ order }) => order.receiver.address.district },
    { header: "地址", value: ({ order }) => order.receiver.address.detail },
    { header: "邮政编码", value: ({ order }) => order.receiver.address.zip },
    { header: "电话", value: ({ order }) => order.landline ?? "" },
    { header: "手机", value: ({ order }) => order.receiver.mobile },
    { header: "Email", value: ({ order }) => order.email ?? "" },
    { header: "总金额", value: ({ order }) => yuan(order.totalFen), sum: true },
    { header: "应付金额", value: ({ order }) => yuan(order.payableFen), sum: true },
    { header: "支付方式", value: ({ order }) => order.payment },
    ...statusColumns(options.statuses, "订单状态"),
    ...lineColumns(["商品名称", "商品货号", "商品规格", "购买数量", "商品价格"]),
    { header: "客户留言", value: ({ order }) => order.buyerRemark ?? "" },
  ];
}

// The operators filter 订单处理状态 for 配货中: it holds the composite cell or, with separate columns, the shipping part.
function operatorStatusColumns(style: GuanwangExportOptions["statuses"]): Column[] {
  if (style !== "separate") return [{ header: "订单处理状态", value: composite }];
  return [
    { header: "订单状态", value: ({ order }) => order.orderState },
    { header: "付款状态", value: ({ order }) => order.payState },
    { header: "订单处理状态", value: ({ order }) => order.shippingState },
  ];
}

function operatorColumns(options: GuanwangExportOptions): Column[] {
  return [
    { header: "订单编号", value: ({ order }) => order.orderNo, id: true },
    { header: "下单时间", value: placedAt(options.dates) },
    { header: "收货人", value: ({ order }) => order.receiver.name },
    { header: "手机号码", value: ({ order }) => order.receiver.mobile },
    {
      header: "收货地址",
      value: ({ order }) => {
        const a = order.receiver.address;
        return `${a.province}${a.city}${a.district}${a.detail}`;
      },
    },
    ...operatorStatusColumns(options.statuses),
    { header: "订单支付方式", value: ({ order }) => order.payment },
    ...lineColumns(["商品名称", "商品编号", "商品规格", "商品数量", "商品单价（元）"]),
    { header: "商品总价（元）", value: ({ order }) => yuan(order.goodsFen) },
    { header: "运费（元）", value: ({ order }) => yuan(order.shippingFen) },
    { header: "订单总金额（元）", value: ({ order }) => yuan(order.totalFen), sum: true },
    { header: "应付款金额（元）", value: ({ order }) => yuan(order.payableFen), sum: true },
    { header: "买家留言", value: ({ order }) => order.buyerRemark ?? "" },
  ];
}

export function guanwangRows(orders: FakeOrder[]): GuanwangRow[] {
  return orders.flatMap((order) => order.lines.map((line) => ({ order, line })));
}

/** The 官网 (ECShop-style) order list: one row per product line, order columns repeated on each. */
export function guanwangExport(
  orders: FakeOrder[],
  options: GuanwangExportOptions = {},
): FakeSheet<GuanwangRow> {
  const columns = options.headers === "operator" ? operatorColumns(options) : pluginColumns(options);
  return buildSheet(options.sheetName ?? "订单信息", columns, guanwangRows(orders), options);
}
