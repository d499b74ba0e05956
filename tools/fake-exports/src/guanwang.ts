import { yuan } from "./money";
import type { FakeLine, FakeOrder } from "./orders";
import { shanghaiParts } from "./orders";
import { createRandom } from "./random";
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
  /**
   * Which words the whole-order status cell (the composite cell, or 订单处理状态 beside separate
   * 订单状态 / 付款状态 columns) holds: `parts` (default) the ECShop parts; `list` the word the
   * back office lists the order under (待发货, 已完成, 配货中, ...); `mixed` either, order by order,
   * as an operator's export does when its column was filled from both views. The plugin's three
   * separate columns always hold parts.
   */
  vocabulary?: "parts" | "list" | "mixed";
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

const parts = (order: FakeOrder): string => `${order.orderState},${order.payState},${order.shippingState}`;

/** The word the shop's order list shows, for orders generated without one: from the parts. */
function listWord(order: FakeOrder): string {
  if (order.statusWord !== undefined) return order.statusWord;
  if (order.orderState === "未确认") return "待确认";
  if (order.shippingState !== "未发货") return order.shippingState;
  if (order.payState === "未付款" && order.payment !== "货到付款") return "待付款";
  return "待发货";
}

type StatusCell = (row: GuanwangRow) => string;

/** Whether each order's status cell shows its list word; `mixed` draws order by order, seeded. */
function listedOrders(options: GuanwangExportOptions, orders: FakeOrder[]): (order: FakeOrder) => boolean {
  const vocabulary = options.vocabulary ?? "parts";
  if (vocabulary !== "mixed") return () => vocabulary === "list";
  const random = createRandom((options.seed ?? 7) + 211);
  const listed = new Set(orders.filter(() => random.chance(0.5)));
  return (order) => listed.has(order);
}

function statusColumns(
  style: GuanwangExportOptions["statuses"],
  compositeHeader: string,
  listed: (order: FakeOrder) => boolean,
): Column[] {
  const composite: StatusCell = ({ order }) => (listed(order) ? listWord(order) : parts(order));
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

function pluginColumns(options: GuanwangExportOptions, listed: (order: FakeOrder) => boolean): Column[] {
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
    ...statusColumns(options.statuses, "订单状态", listed),
    ...lineColumns(["商品名称", "商品货号", "商品规格", "购买数量", "商品价格"]),
    { header: "客户留言", value: ({ order }) => order.buyerRemark ?? "" },
  ];
}

// The operators filter 订单处理状态 for 配货中: it holds the composite cell or, with separate
// columns, the shipping part (or, in the list vocabulary, the list word).
function operatorStatusColumns(
  options: GuanwangExportOptions,
  listed: (order: FakeOrder) => boolean,
): Column[] {
  if (options.statuses !== "separate")
    return [
      { header: "订单处理状态", value: ({ order }) => (listed(order) ? listWord(order) : parts(order)) },
    ];
  const processing: StatusCell = ({ order }) => (listed(order) ? listWord(order) : order.shippingState);
  return [
    { header: "订单状态", value: ({ order }) => order.orderState },
    { header: "付款状态", value: ({ order }) => order.payState },
    { header: "订单处理状态", value: processing },
  ];
}

function operatorColumns(options: GuanwangExportOptions, listed: (order: FakeOrder) => boolean): Column[] {
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
    ...operatorStatusColumns(options, listed),
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
  const listed = listedOrders(options, orders);
  const columns =
    options.headers === "operator" ? operatorColumns(options, listed) : pluginColumns(options, listed);
  return buildSheet(options.sheetName ?? "订单信息", columns, guanwangRows(orders), options);
}
