import { guanwangExport } from "./guanwang";
import { yuan } from "./money";
import { type FakeLine, type FakeOrder, type FakePlatform, fakeOrders, shanghaiParts } from "./orders";
import { pinduoduoExport } from "./pinduoduo";
import { PRODUCTS } from "./products";
import { profiledExport } from "./profiled";
import { createRandom, type Random } from "./random";
import { buildSheet, type FakeCell, type FakeColumn, type FakeSheet, type TrapOptions } from "./sheet";
import { wanliniuExport } from "./wanliniu";
import { wmsExport } from "./wms";

export interface FakeDayOptions {
  /** The business date in Shanghai, `YYYY-MM-DD`. */
  date: string;
  /** When the exports were made (Shanghai `HH:mm`); orders are placed up to then. */
  at?: string;
  seed?: number;
  /** Orders per platform export. */
  orders?: number;
}

export interface FakeDayFile {
  fileName: string;
  sheet: FakeSheet;
}

const HOUR = 3_600_000;

/** The instant a Shanghai wall clock shows `time` on `date` (UTC+8, no DST). */
export function shanghaiInstant(date: string, time = "00:00"): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, d, hh - 8, mm));
}

/** Adds columns to a generated sheet: each row's value from what the row was made of. */
export function withColumns<Row>(sheet: FakeSheet<Row>, columns: FakeColumn<Row>[]): FakeSheet<Row> {
  const rows = sheet.rows.map((cells) => [...cells]);
  rows[sheet.headerRow - 1]?.push(...columns.map((c) => c.header));
  sheet.dataRows.forEach((rowNumber, i) => {
    const record = sheet.records[i] as Row;
    rows[rowNumber - 1]?.push(...columns.map((c) => c.value(record)));
  });
  return { ...sheet, rows };
}

/** Rewrites one column of a generated sheet, row by row. */
export function mapColumn<Row>(
  sheet: FakeSheet<Row>,
  header: string,
  value: (row: Row, cell: FakeCell) => FakeCell,
): FakeSheet<Row> {
  const index = sheet.rows[sheet.headerRow - 1]?.indexOf(header) ?? -1;
  if (index < 0) return sheet;
  const rows = sheet.rows.map((cells) => [...cells]);
  sheet.dataRows.forEach((rowNumber, i) => {
    const cells = rows[rowNumber - 1];
    if (cells) cells[index] = value(sheet.records[i] as Row, cells[index] ?? null);
  });
  return { ...sheet, rows };
}

const text = (date: Date) => shanghaiParts(date).text;
const SHOP: Record<FakePlatform | "jiage315", string> = {
  guanwang: "上元堂官网",
  pinduoduo: "上元堂拼多多店",
  pingan: "上元堂平安好医生店",
  yaofangwang: "上元堂药房网店",
  suning: "上元堂苏宁店",
  xywy: "上元堂寻医问药店",
  jiage315: "上元堂315店",
};

function ordersOf(platform: FakePlatform, seed: number, count: number, from: Date, to: Date): FakeOrder[] {
  return fakeOrders({ platform, seed, count, from, to });
}

/** A share of the marketplace orders still waiting: the day's work is in those. */
function leaveSomePending(orders: FakeOrder[], random: Random): FakeOrder[] {
  for (const order of orders) {
    if (order.shippingState === "已发货" || random.chance(0.3)) continue;
    order.shippingState = random.chance(0.5) ? "未发货" : order.shippingState;
  }
  return orders;
}

const TCM = PRODUCTS.filter((p) => p.kind === "tcm");

// *Assumed* 315 layout: what the starting profile in @syt/daily-checks reads.
const JIAGE315: FakeColumn<{ order: FakeOrder; line: FakeLine }>[] = [
  { header: "订单号", value: ({ order }) => order.orderNo, id: true },
  { header: "药店名称", value: () => "上元堂大药房" },
  { header: "下单时间", value: ({ order }) => text(order.placedAt) },
  { header: "订单状态", value: ({ order }) => (order.shippingState === "已发货" ? "已发货" : "待发货") },
  { header: "商品名称", value: ({ line }) => line.product.name },
  { header: "商品编码", value: ({ line }) => line.product.sku },
  { header: "规格", value: ({ line }) => line.product.spec },
  { header: "数量", value: ({ line }) => line.quantity },
  { header: "订单金额", value: ({ order }) => yuan(order.totalFen) },
  { header: "收货人", value: ({ order }) => order.receiver.name },
  { header: "联系电话", value: ({ order }) => order.receiver.mobile },
  { header: "买家留言", value: ({ order }) => order.buyerRemark ?? "" },
  { header: "物流公司", value: ({ order }) => order.logistics.courier ?? "" },
  { header: "物流单号", value: ({ order }) => order.logistics.waybills.join(",") },
];

/** One after-sale (售后单) of a marketplace: what the buyer asked for and where it stands. */
export interface FakeAfterSale {
  order: FakeOrder;
  /** The shop as the list names it (上元堂药房网店). */
  platform: string;
  ticketNo: string;
  /** 仅退款 / 退货退款. */
  type: string;
  /** 售后状态 as the back office writes it (待商家处理, 待买家退货, 待商家收货, 退款成功…). */
  state: string;
  appliedAt: Date;
  /** When the returned parcel was signed for at the warehouse. */
  signedAt?: Date;
}

// *Assumed* layout of a marketplace's after-sale list (售后单).
const AFTER_SALES: FakeColumn<FakeAfterSale>[] = [
  { header: "售后单号", value: (r) => r.ticketNo, id: true },
  { header: "订单号", value: (r) => r.order.orderNo, id: true, key: true },
  { header: "平台", value: (r) => r.platform },
  { header: "售后类型", value: (r) => r.type },
  { header: "售后状态", value: (r) => r.state },
  { header: "申请时间", value: (r) => text(r.appliedAt) },
  { header: "退货物流单号", value: (r) => (r.signedAt ? `77${r.ticketNo.slice(-13)}` : "") },
  { header: "退货签收时间", value: (r) => (r.signedAt ? text(r.signedAt) : "") },
];

/** The after-sale list (售后单) export, *assumed* layout: ticket, order, shop, type, state, times. */
export function afterSalesExport(
  records: FakeAfterSale[],
  options: TrapOptions & { sheetName?: string } = {},
): FakeSheet<FakeAfterSale> {
  return buildSheet(options.sheetName ?? "售后", AFTER_SALES, records, options);
}

/**
 * A whole day of exports as an operator downloads them by the morning check: every platform's
 * order export, 万里牛, the WMS, the after-sale list and the 缺货 list, all fake people.
 */
export function fakeDay(options: FakeDayOptions): FakeDayFile[] {
  const seed = options.seed ?? 11;
  const count = options.orders ?? 24;
  const random = createRandom(seed);
  const now = shanghaiInstant(options.date, options.at ?? "09:00");
  const yesterday = new Date(shanghaiInstant(options.date).getTime() - 24 * HOUR);
  const threeDaysAgo = new Date(now.getTime() - 60 * HOUR);
  const stamp = options.date.replaceAll("-", "");
  const title = `导出时间 ${text(now)}`;

  const guanwang = ordersOf("guanwang", seed, count, yesterday, now);
  const pdd = leaveSomePending(ordersOf("pinduoduo", seed + 1, count, threeDaysAgo, now), random);
  const yfw = leaveSomePending(ordersOf("yaofangwang", seed + 2, count, yesterday, now), random);
  const pingan = leaveSomePending(ordersOf("pingan", seed + 3, count, threeDaysAgo, now), random);
  const suning = leaveSomePending(ordersOf("suning", seed + 4, count, threeDaysAgo, now), random);
  const xywy = leaveSomePending(ordersOf("xywy", seed + 5, count, threeDaysAgo, now), random);
  const j315 = leaveSomePending(ordersOf("xywy", seed + 6, count, threeDaysAgo, now), random);
  const shopOf = new Map<FakeOrder, string>();
  for (const [orders, shop] of [
    [guanwang, SHOP.guanwang],
    [pdd, SHOP.pinduoduo],
    [yfw, SHOP.yaofangwang],
    [pingan, SHOP.pingan],
    [suning, SHOP.suning],
    [xywy, SHOP.xywy],
    [j315, SHOP.jiage315],
  ] as const) {
    for (const order of orders) shopOf.set(order, shop);
  }
  const all = [...guanwang, ...pdd, ...yfw, ...pingan, ...suning, ...xywy, ...j315];

  // 万里牛 stops some orders (挂起 by a refund, 异常 with a reason) and writes a TCM spec its own way.
  const abnormal = new Map<FakeOrder, string>();
  for (const order of all.filter((o) => o.shippingState !== "已发货").slice(0, 200)) {
    if (random.chance(0.06)) {
      order.erpStatusWord = random.pick(["挂起", "异常", "拦截", "发货失败"]);
      abnormal.set(
        order,
        order.erpStatusWord === "异常" ? random.pick(["地址不详", "库存不足", "买家修改地址"]) : "",
      );
    }
  }
  const erpSpec = new Map<FakeLine, string>();
  for (const order of all) {
    for (const line of order.lines) {
      if (line.product.kind !== "tcm" || !random.chance(0.25)) continue;
      const g = /^(\d+)g\/袋$/.exec(line.product.spec);
      erpSpec.set(
        line,
        g
          ? random.pick([`${g[1]}克/包`, `${Number(g[1]) * 2}g/袋`, "1袋"])
          : line.product.spec.replace("*", "×"),
      );
    }
  }
  const signedReturns = new Set<FakeOrder>();
  const afterSales: FakeAfterSale[] = all
    .filter((order) => order.platform !== "guanwang" && random.chance(0.12))
    .map((order, i) => {
      const type = random.pick(["仅退款", "退货退款"]);
      const signed = type === "退货退款" && random.chance(0.5);
      const record: FakeAfterSale = {
        order,
        platform: shopOf.get(order) ?? "",
        ticketNo: `SH${stamp}${String(1000 + i)}${random.digits(9)}`,
        type,
        state: signed ? "待商家收货" : random.pick(["待商家处理", "待商家处理", "待买家退货", "退款成功"]),
        appliedAt: new Date(now.getTime() - random.int(1, 96) * HOUR),
      };
      if (signed) {
        record.signedAt = new Date(now.getTime() - random.int(12, 120) * HOUR);
        if (random.chance(0.5)) signedReturns.add(order);
      }
      return record;
    });

  const yfwSheet = withColumns(profiledExport("yaofangwang", yfw, { title }), [
    { header: "需审方", value: ({ line }) => (line.product.kind === "rx" ? "是" : "否") },
    {
      header: "处方审核",
      value: ({ order, line }) =>
        line.product.kind !== "rx" ? "" : order.orderNo.endsWith("7") ? "待审核" : "已审核",
    },
    { header: "买家留言", value: ({ order }) => order.buyerRemark ?? "" },
  ]);
  const pddSheet = withColumns(pinduoduoExport(pdd, { layout: "current" }), [
    { header: "承诺发货时间", value: ({ order }) => text(new Date(order.placedAt.getTime() + 48 * HOUR)) },
  ]);
  let erpSheet = wanliniuExport(all);
  erpSheet = mapColumn(erpSheet, "店铺名称", ({ order }) => shopOf.get(order) ?? SHOP.guanwang);
  erpSheet = mapColumn(erpSheet, "规格", ({ line }, cell) => erpSpec.get(line) ?? cell);
  erpSheet = withColumns(erpSheet, [
    { header: "异常原因", value: ({ order }) => abnormal.get(order) ?? "" },
    {
      header: "卖家备注",
      value: ({ order }) =>
        signedReturns.has(order) ? `售后处理:新建售后单【SH${order.orderNo.slice(-8)}】` : "",
    },
  ]);
  const wms = mapColumn(wmsExport(all), "店铺", ({ order }) => shopOf.get(order) ?? SHOP.guanwang);
  const oosProducts = [TCM[1], PRODUCTS[0]].filter((p) => p !== undefined);
  const oos = buildSheet(
    "缺货清单",
    [
      { header: "缺货商家编码", value: (p: (typeof PRODUCTS)[number]) => p.sku },
      { header: "商品名称", value: (p: (typeof PRODUCTS)[number]) => p.name },
    ],
    oosProducts,
  );

  return [
    { fileName: `万里牛订单_${stamp}.xlsx`, sheet: erpSheet },
    { fileName: `WMS物流_${stamp}.xlsx`, sheet: wms },
    { fileName: `官网订单_${stamp}.xlsx`, sheet: guanwangExport(guanwang, { headers: "operator" }) },
    { fileName: `药房网订单_${stamp}.xlsx`, sheet: yfwSheet },
    { fileName: `拼多多订单_${stamp}.xlsx`, sheet: pddSheet },
    { fileName: `平安好医生订单_${stamp}.xlsx`, sheet: profiledExport("pingan", pingan) },
    { fileName: `苏宁订单_${stamp}.xlsx`, sheet: profiledExport("suning", suning) },
    { fileName: `寻医问药订单_${stamp}.xlsx`, sheet: profiledExport("xywy", xywy) },
    {
      fileName: `315订单_${stamp}.xlsx`,
      sheet: buildSheet(
        "订单",
        JIAGE315,
        j315.flatMap((order) => order.lines.map((line) => ({ order, line }))),
      ),
    },
    { fileName: `售后单_${stamp}.xlsx`, sheet: afterSalesExport(afterSales) },
    { fileName: `缺货清单_${stamp}.xlsx`, sheet: oos },
  ];
}
