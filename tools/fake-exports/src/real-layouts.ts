import { yuan } from "./money";
import { type FakeLine, type FakeOrder, fakeOrders, shanghaiParts } from "./orders";
import { buildSheet, type FakeCell, type FakeColumn, type FakeSheet, type TrapOptions } from "./sheet";
import { NO_AFTER_SALE, WANLINIU_ONLINE_WORDS, WANLINIU_SYSTEM_WORDS } from "./vocabulary";

// The layouts real exports have, after the public evidence in DOMAIN.md ("Real export layouts"),
// not after our adapters: the column names, title rows, merged numbers `A|B`, Beijing times with a
// fake `Z`, and long text IDs ending in 0 that a reader must not take for destroyed ones.

/** Orders shipped as one: 万里牛 merges them into one ERP order and writes `A|B`. */
export type MergedGroup = readonly FakeOrder[];

/** The orders grouped as the ERP ships them: `merges` pairs of neighbours merged, the rest alone. */
export function mergeGroups(orders: readonly FakeOrder[], merges = 0): MergedGroup[] {
  const groups: MergedGroup[] = [];
  for (let at = 0; at < orders.length; ) {
    const pair = groups.filter((group) => group.length > 1).length < merges && at + 1 < orders.length;
    groups.push(orders.slice(at, at + (pair ? 2 : 1)));
    at += pair ? 2 : 1;
  }
  return groups;
}

const joined = (group: MergedGroup): string => group.map((order) => order.orderNo).join("|");

/**
 * A Beijing wall time as 万里牛 and its WMS write it: ISO with a `Z` (or `+00:00`) that is a lie,
 * or plain text; `n` picks the form, so an export has all three.
 */
export function fakeZoneText(date: Date, n: number): string {
  const { text } = shanghaiParts(date);
  const iso = text.replace(" ", "T");
  return [`${iso}Z`, `${iso}+00:00`, text][n % 3] as string;
}

export interface WanliniuDetailRow {
  group: MergedGroup;
  /** The group's index in the export (picks the status words and the time form). */
  index: number;
  /** The order the line belongs to. */
  order: FakeOrder;
  line: FakeLine;
}

const shopOf = (order: FakeOrder): string =>
  ({
    guanwang: "上元堂官网",
    pinduoduo: "上元堂拼多多旗舰店",
    yaofangwang: "上元堂药房网店",
    suning: "上元堂苏宁易购店",
    pingan: "上元堂平安好医生店",
    xywy: "上元堂寻医问药店",
    jiage315: "上元堂315店",
  })[order.platform];

const time = (date: Date | undefined, n: number): string => (date ? fakeZoneText(date, n) : "");
const lead = (row: WanliniuDetailRow): FakeOrder => row.group[0] as FakeOrder;
const groupTotal = (group: MergedGroup): number => group.reduce((sum, order) => sum + order.totalFen, 0);

/**
 * 万里牛 订单明细: names from DOMAIN.md (a public header check), in its order, a choice of the
 * columns a user ticks. The ERP's 系统单号 and the platform's 原订单号 (`A|B` for a merged order);
 * 订单号 holds a number of its own that keys nothing. Every 系统订单状态 and 线上订单状态 word in
 * turn. 实付总计 repeats on every line of an order.
 */
const WANLINIU_DETAIL: FakeColumn<WanliniuDetailRow>[] = [
  { header: "店铺名称", value: (row) => shopOf(lead(row)) },
  { header: "订单号", value: (row) => `9${String(100000000 + row.index * 7919).slice(1)}` },
  { header: "系统单号", value: (row) => lead(row).erpNo, id: true },
  { header: "订单标记", value: (row) => (row.index % 5 === 3 ? "异常" : "") },
  { header: "实付总计", value: (row) => yuan(groupTotal(row.group)) },
  { header: "优惠总计", value: () => 0 },
  { header: "仓库名称", value: () => "南京江宁仓" },
  { header: "买家留言", value: (row) => row.order.buyerRemark ?? "" },
  { header: "备注", value: () => "" },
  {
    header: "系统订单状态",
    value: (row) => WANLINIU_SYSTEM_WORDS[row.index % WANLINIU_SYSTEM_WORDS.length] ?? "",
  },
  {
    header: "线上订单状态",
    value: (row) => WANLINIU_ONLINE_WORDS[row.index % WANLINIU_ONLINE_WORDS.length] ?? "",
  },
  { header: "明细状态", value: () => "正常" },
  { header: "原订单号", value: (row) => joined(row.group), id: true, key: true },
  { header: "商品编码", value: (row) => row.line.product.sku },
  { header: "商品名称", value: (row) => row.line.product.name },
  { header: "规格名称", value: (row) => row.line.product.spec },
  { header: "【线上】商品编码", value: (row) => row.line.product.sku },
  { header: "【线上】商品标题", value: (row) => `${row.line.product.name} ${row.line.product.spec}` },
  { header: "【线上】规格", value: (row) => row.line.product.spec },
  { header: "单价", value: (row) => yuan(row.line.priceFen) },
  { header: "数量", value: (row) => row.line.quantity, sum: true },
  { header: "单位", value: () => "盒" },
  { header: "快递公司", value: (row) => lead(row).logistics.courier ?? "" },
  { header: "快递单号", value: (row) => lead(row).logistics.waybills.join(",") },
  { header: "邮费", value: (row) => yuan(lead(row).shippingFen) },
  { header: "收货人", value: (row) => lead(row).receiver.name },
  { header: "手机/电话", value: (row) => lead(row).receiver.mobile },
  { header: "省", value: (row) => lead(row).receiver.address.province },
  { header: "市", value: (row) => lead(row).receiver.address.city },
  { header: "区", value: (row) => lead(row).receiver.address.district },
  { header: "详细地址", value: (row) => lead(row).receiver.address.detail },
  { header: "下单时间", value: (row) => time(lead(row).placedAt, row.index) },
  { header: "付款时间", value: (row) => time(lead(row).placedAt, row.index + 1) },
  { header: "发货时间", value: () => "" },
  { header: "审单员", value: () => "审单01" },
];

export interface RealExportOptions extends TrapOptions {
  /** How many pairs of orders are merged into one (`A|B`). */
  merges?: number;
  sheetName?: string;
}

/** 万里牛 订单明细 as DOMAIN.md's evidence has it: one row per line, merged numbers, fake-`Z` Beijing times. */
export function wanliniuDetailExport(
  orders: readonly FakeOrder[],
  options: RealExportOptions = {},
): FakeSheet<WanliniuDetailRow> {
  const rows = mergeGroups(orders, options.merges).flatMap((group, index) =>
    group.flatMap((order) => order.lines.map((line) => ({ group, index, order, line }))),
  );
  return buildSheet(options.sheetName ?? "订单明细", WANLINIU_DETAIL, rows, options);
}

export interface TitledWmsRow {
  group: MergedGroup;
  index: number;
}

/** Title rows as exports write them above the header: two cells (导出人：… | 导出时间：…), then a 店铺/日期 line. */
export const WMS_TITLE_ROWS: readonly FakeCell[][] = [
  ["导出人：运营01", "导出时间：2026-11-25 09:10:00"],
  ["店铺：全部", "日期：2026-11-24 至 2026-11-25"],
];

/**
 * The WMS export behind 万里牛 with a title block of several cells per row above the header.
 * No public sample exists: the column names are the ones the routine reads (*assumed*). Merged
 * shipments carry `A|B`; 创建时间 is Beijing time with a fake `Z`.
 */
export function titledWmsExport(
  orders: readonly FakeOrder[],
  options: RealExportOptions & { titleRows?: readonly FakeCell[][] } = {},
): FakeSheet<TitledWmsRow> {
  const columns: FakeColumn<TitledWmsRow>[] = [
    { header: "仓库名称", value: () => "南京江宁仓" },
    { header: "外部单号", value: ({ group }) => joined(group), id: true, key: true },
    { header: "系统单号", value: ({ group }) => group[0]?.erpNo ?? "" },
    { header: "店铺", value: ({ group }) => shopOf(group[0] as FakeOrder) },
    { header: "物流公司", value: ({ group }) => group[0]?.logistics.courier ?? "" },
    { header: "物流单号", value: ({ group }) => group[0]?.logistics.waybills.join(",") ?? "" },
    { header: "配货状态", value: ({ group }) => group[0]?.logistics.stage?.word ?? "" },
    { header: "创建时间", value: ({ group, index }) => time(group[0]?.placedAt, index) },
  ];
  const groups = mergeGroups(
    orders.filter((order) => order.logistics.stage !== undefined),
    options.merges,
  );
  const sheet = buildSheet(
    options.sheetName ?? "出库单",
    columns,
    groups.map((group, index) => ({ group, index })),
    options,
  );
  return withTitleRows(sheet, options.titleRows ?? WMS_TITLE_ROWS);
}

/** The sheet with `titles` above everything it had, every row number moved down with it. */
export function withTitleRows<Row>(sheet: FakeSheet<Row>, titles: readonly FakeCell[][]): FakeSheet<Row> {
  const shift = titles.length;
  return {
    ...sheet,
    rows: [...titles.map((row) => [...row]), ...sheet.rows],
    headerRow: sheet.headerRow + shift,
    dataRows: sheet.dataRows.map((row) => row + shift),
    trapRows: [
      ...titles.map((_, at) => ({ row: at + 1, kind: "title" as const })),
      ...sheet.trapRows.map((trap) => ({ ...trap, row: trap.row + shift })),
    ],
  };
}

export interface PddTemplateRow {
  order: FakeOrder;
  index: number;
}

const first = ({ order }: PddTemplateRow) => order.lines[0];

/**
 * 拼多多's 2026 template export (the merchant ticks columns): names from DOMAIN.md, among them
 * 是否审核中, 承诺发货时间 and ` 用户购买手机号` with its stray leading space; no receiver name or phone.
 */
const PDD_TEMPLATE: FakeColumn<PddTemplateRow>[] = [
  { header: "商品", value: (row) => first(row)?.product.name ?? "" },
  { header: "订单号", value: ({ order }) => order.orderNo, id: true },
  {
    header: "订单状态",
    value: ({ order }) =>
      order.statusWord ?? (order.shippingState === "已发货" ? "已发货，待签收" : "待发货"),
  },
  { header: "商品数量(件)", value: (row) => first(row)?.quantity ?? 0, sum: true },
  { header: "是否审核中", value: ({ index }) => (index % 7 === 2 ? "是" : "否") },
  { header: "支付时间", value: ({ order }) => shanghaiParts(order.placedAt).text },
  {
    header: "承诺发货时间",
    value: ({ order }) => shanghaiParts(new Date(order.placedAt.getTime() + 48 * 3600_000)).text,
  },
  { header: "发货时间", value: () => "" },
  { header: "商品id", value: (row) => `6${first(row)?.product.sku.slice(3) ?? ""}001` },
  { header: "商品规格", value: (row) => first(row)?.product.spec ?? "" },
  { header: "商家编码-规格维度", value: (row) => first(row)?.product.sku ?? "" },
  { header: "商家编码-商品维度", value: (row) => first(row)?.product.sku.slice(0, 6) ?? "" },
  { header: "商家备注", value: () => "" },
  { header: "买家留言", value: ({ order }) => order.buyerRemark ?? "" },
  { header: "售后状态", value: ({ order }) => order.afterSaleWord ?? NO_AFTER_SALE },
  { header: "订单成交时间", value: ({ order }) => shanghaiParts(order.placedAt).text },
  { header: "商品总价(元)", value: ({ order }) => yuan(order.goodsFen), sum: true },
  { header: "邮费(元)", value: ({ order }) => yuan(order.shippingFen) },
  { header: "用户实付金额(元)", value: ({ order }) => yuan(order.totalFen), sum: true },
  { header: "商家实收金额(元)", value: ({ order }) => yuan(order.totalFen) },
  { header: "快递单号", value: ({ order }) => order.logistics.waybills[0] ?? "" },
  {
    header: "快递公司",
    value: ({ order }) => (order.logistics.waybills.length ? (order.logistics.courier ?? "") : ""),
  },
  { header: "省", value: ({ order }) => order.receiver.address.province },
  { header: "市", value: ({ order }) => order.receiver.address.city },
  { header: "区", value: ({ order }) => order.receiver.address.district },
  { header: "街道/镇", value: () => "" },
  {
    header: " 用户购买手机号",
    value: ({ order }) => `${order.receiver.mobile.slice(0, 3)}****${order.receiver.mobile.slice(7)}`,
  },
  { header: "支付方式", value: () => "微信支付" },
  { header: "订单来源", value: () => "拼多多" },
];

export function pinduoduoTemplateExport(
  orders: readonly FakeOrder[],
  options: RealExportOptions = {},
): FakeSheet<PddTemplateRow> {
  return buildSheet(
    options.sheetName ?? "订单列表",
    PDD_TEMPLATE,
    orders.map((order, index) => ({ order, index })),
    options,
  );
}

export interface YaofangwangPageRow {
  order: FakeOrder;
  line: FakeLine;
}

/**
 * 药房网 with its page labels (DOMAIN.md; no export file is public): 订购时间, 通用名, 国药准字,
 * 价格, 订单总额, 收件人, 是否需要审核处方. The status column's name is *assumed* (订单状态).
 */
const YAOFANGWANG_PAGE: FakeColumn<YaofangwangPageRow>[] = [
  { header: "订单编号", value: ({ order }) => order.orderNo, id: true },
  { header: "订购时间", value: ({ order }) => shanghaiParts(order.placedAt).text },
  { header: "订单状态", value: ({ order }) => order.statusWord ?? "等待发货" },
  { header: "通用名", value: ({ line }) => line.product.name },
  { header: "国药准字", value: ({ line }) => `国药准字Z${line.product.sku.slice(3)}001` },
  { header: "规格", value: ({ line }) => line.product.spec },
  { header: "价格", value: ({ line }) => yuan(line.priceFen) },
  { header: "数量", value: ({ line }) => line.quantity, sum: true },
  { header: "订单总额", value: ({ order }) => yuan(order.totalFen), sum: true },
  { header: "收件人", value: ({ order }) => order.receiver.name },
  { header: "地址", value: ({ order }) => Object.values(order.receiver.address).join("") },
  { header: "电话", value: ({ order }) => order.receiver.mobile },
  { header: "备注", value: ({ order }) => order.buyerRemark ?? "" },
  { header: "是否需要审核处方", value: ({ line }) => (line.product.kind === "rx" ? "是" : "否") },
];

export function yaofangwangPageExport(
  orders: readonly FakeOrder[],
  options: RealExportOptions = {},
): FakeSheet<YaofangwangPageRow> {
  const rows = orders.flatMap((order) => order.lines.map((line) => ({ order, line })));
  return buildSheet(options.sheetName ?? "订单管理", YAOFANGWANG_PAGE, rows, options);
}

/**
 * A platform number of 16 digits ending in 0, as text: what one real ID in ten looks like, and
 * what a reader once took for one Excel had destroyed. `n` keeps them unique.
 */
export function textIdEndingInZero(n: number): string {
  return `2026112${String(n).padStart(8, "0")}0`;
}

export type RealLayout = "wanliniu-detail" | "wms-titled" | "pinduoduo-template" | "yaofangwang-page";

export interface RealDayFile {
  layout: RealLayout;
  /** The file name an operator's download would have. */
  name: string;
  sheet: FakeSheet<unknown>;
}

export interface RealDayOptions {
  seed?: number;
  /** Orders of 官网 (they go through 万里牛 and the WMS). */
  count?: number;
  /** Pairs merged into `A|B` in 万里牛 and the WMS. */
  merges?: number;
  /** 官网 orders whose number becomes 16 digits of text ending in 0. */
  textIdsEndingInZero?: number;
}

/**
 * One file of every real layout, from one set of orders: 万里牛 订单明细 and the titled WMS export
 * over the same 官网 orders (merged pairs, fake-`Z` times, text IDs ending in 0), 拼多多's
 * template export and 药房网's page labels with every status word of theirs.
 */
export function realLayoutDay(options: RealDayOptions = {}): { orders: FakeOrder[]; files: RealDayFile[] } {
  const seed = options.seed ?? 26;
  const guanwang = fakeOrders({ seed, count: options.count ?? 24, words: "all" });
  const merges = options.merges ?? 2;
  // From the end: the merged pairs are the first orders, and these stand alone.
  for (let n = 0; n < (options.textIdsEndingInZero ?? 2) && 2 * merges + n < guanwang.length; n++) {
    (guanwang[guanwang.length - 1 - n] as FakeOrder).orderNo = textIdEndingInZero(n);
  }
  const pdd = fakeOrders({ seed: seed + 1, count: 12, platform: "pinduoduo", words: "all" });
  const yfw = fakeOrders({ seed: seed + 2, count: 20, platform: "yaofangwang", words: "all" });
  return {
    orders: [...guanwang, ...pdd, ...yfw],
    files: [
      {
        layout: "wanliniu-detail",
        name: "万里牛订单明细_20261125.xlsx",
        sheet: wanliniuDetailExport(guanwang, { merges }),
      },
      { layout: "wms-titled", name: "WMS出库单_20261125.xlsx", sheet: titledWmsExport(guanwang, { merges }) },
      { layout: "pinduoduo-template", name: "拼多多订单_20261125.csv", sheet: pinduoduoTemplateExport(pdd) },
      { layout: "yaofangwang-page", name: "药房网订单_20261125.xlsx", sheet: yaofangwangPageExport(yfw) },
    ],
  };
}
