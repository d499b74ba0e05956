import {
  type AfterSale,
  cleanCell,
  normalizeOrderNumber,
  type Order,
  PLATFORMS,
  type PlatformId,
  parseAfterSale,
  parseDateCell,
} from "@syt/orders-model";
import {
  adapterById,
  type Cell,
  locateExportHeader,
  normalizeHeader,
  type ParseIssue,
  parseOrders,
  parseWms,
  shipmentOrderRefs,
  type Table,
  type WmsShipment,
} from "@syt/platform-adapters";
import { DAILY_PROFILES } from "./profiles/index";

/** The time span an export covers: its own title (导出时间…) where it has one, else the times in its rows. */
export interface TimeWindow {
  from?: Date;
  to?: Date;
  /** The export time its title row states, when it has one. */
  exportedAt?: Date;
}

/** What the rules read from columns the order adapters do not map. */
export interface OrderExtras {
  paidAt?: Date;
  promiseAt?: Date;
  /** The export's own 处方 flag (药房网's need_audit_rx) on any line of the order. */
  rxFlag?: boolean;
  /** The first flagged line's product. */
  rxProduct?: string;
  /** The export's prescription review column; undefined when it has none or the cell is empty. */
  rxReview?: "reviewed" | "pending" | "rejected";
  abnormalReason?: string;
  /** A buyer message column the platform's mapping does not read (药房网's 买家留言). */
  buyerRemark?: string;
}

export interface OrdersExport {
  kind: "orders";
  fileName: string;
  /** `wanliniu` for the ERP export (it mixes the platforms), else the platform. */
  source: PlatformId | "wanliniu";
  adapter: string;
  /** True when the layout comes from a starting profile no public sample confirmed. */
  assumed: boolean;
  orders: Order[];
  extras: ReadonlyMap<string, OrderExtras>;
  /** Whether the export has the column at all, so a rule can tell "not reviewed" from "not known". */
  hasColumn: { rxReview: boolean; rxFlag: boolean; promiseAt: boolean };
  issues: ParseIssue[];
  dataRows: number;
  window: TimeWindow;
}

export interface WmsExport {
  kind: "wms";
  fileName: string;
  shipments: WmsShipment[];
  /**
   * The last row of each order reference: the WMS lists an order again when it moves on. A merged
   * row (`A|B`) is found under each of its parts, and under the whole as written.
   */
  byRef: ReadonlyMap<string, WmsShipment>;
  createdAt: ReadonlyMap<string, Date>;
  issues: ParseIssue[];
  dataRows: number;
  window: TimeWindow;
}

export interface AfterSaleRow {
  row: number;
  ticketNo?: string;
  orderNo: string;
  platform?: PlatformId;
  type: "refund" | "return" | "other";
  typeRaw: string;
  state: AfterSale;
  appliedAt?: Date;
  returnSignedAt?: Date;
}

export interface AfterSalesExport {
  kind: "after-sales";
  fileName: string;
  rows: AfterSaleRow[];
  dataRows: number;
  window: TimeWindow;
}

export interface OutOfStockItem {
  sku: string;
  name?: string;
  row?: number;
}

export interface OutOfStockExport {
  kind: "out-of-stock";
  fileName: string;
  items: OutOfStockItem[];
  dataRows: number;
}

export type DayExport = OrdersExport | WmsExport | AfterSalesExport | OutOfStockExport;
export type ExportKind = DayExport["kind"];

/**
 * The header row by content: the top row naming most columns of any layout known here (the
 * adapters' and this file's own), so a title row of two cells (导出人：… | 导出时间：…) is passed over.
 */
function headerIndex(table: Table): { index: number; header: string[] } | undefined {
  return locateExportHeader(table, OWN_HEADER_NAMES);
}

const has = (header: readonly string[], ...names: string[]) =>
  names.some((name) => header.includes(normalizeHeader(name)));

/** Which columns of a header row a field is in: the first alias found wins. */
function columnOf(header: readonly string[], aliases: readonly string[]): number | undefined {
  for (const alias of aliases) {
    const i = header.indexOf(normalizeHeader(alias));
    if (i >= 0) return i;
  }
  return undefined;
}

// The sheets that are not order exports, told apart by columns no order export has.
const OUT_OF_STOCK_SKU = ["缺货商家编码", "缺货SKU", "缺货商品编码"];
const SKU_ALIASES = ["商家编码", "SKU", "商品编码", ...OUT_OF_STOCK_SKU];
const WMS_STAGE_HEADERS = ["分配状态", "配货状态", "仓库状态"];

export function exportKindOf(table: Table, fileName = ""): ExportKind {
  const found = headerIndex(table);
  const header = found?.header ?? [];
  if (has(header, ...OUT_OF_STOCK_SKU) || (/缺货/.test(fileName) && has(header, ...SKU_ALIASES)))
    return "out-of-stock";
  if (has(header, "售后单号") && has(header, "申请时间")) return "after-sales";
  if (has(header, ...WMS_STAGE_HEADERS)) return "wms";
  return "orders";
}

const EXTRA_ALIASES = {
  paidAt: ["支付时间", "付款时间", "拼单成功时间", "成团时间"],
  promiseAt: ["承诺发货时间", "最晚发货时间", "发货截止时间"],
  rxFlag: ["处方药", "是否处方药", "需审方", "是否需要审方"],
  rxReview: ["处方审核", "审方状态", "处方审核状态"],
  abnormalReason: ["异常原因", "异常类型", "挂起原因"],
  buyerRemark: ["买家留言", "买家备注", "客户留言", "顾客留言"],
} as const;

const YES = /^(是|y|yes|true|1|需要|需审方|处方药|rx)$/i;
const REVIEW_RANK = { reviewed: 0, pending: 1, rejected: 2 } as const;

/**
 * The 处方 columns are per line: the flag and the review of an order are those of its lines
 * (any flagged line makes it Rx; one line still pending keeps the order pending).
 */
function rxOfLines(
  order: Order,
  cellsOf: (row: number) => readonly Cell[],
  col: { rxFlag: number | undefined; rxReview: number | undefined },
): Pick<OrderExtras, "rxFlag" | "rxProduct" | "rxReview"> {
  const found: Pick<OrderExtras, "rxFlag" | "rxProduct" | "rxReview"> = {};
  for (const row of order.sourceRows) {
    const cells = cellsOf(row);
    if (col.rxFlag !== undefined) {
      const flagged = YES.test(cleanCell(cells[col.rxFlag] ?? ""));
      found.rxFlag = (found.rxFlag ?? false) || flagged;
      if (flagged && found.rxProduct === undefined) {
        const line = order.lines.find((l) => l.sourceRow === row);
        if (line) found.rxProduct = line.productName;
      }
    }
    const review = col.rxReview === undefined ? undefined : reviewOf(cleanCell(cells[col.rxReview] ?? ""));
    if (review && (!found.rxReview || REVIEW_RANK[review] > REVIEW_RANK[found.rxReview]))
      found.rxReview = review;
  }
  return found;
}

function reviewOf(text: string): OrderExtras["rxReview"] {
  if (text === "") return undefined;
  if (/驳回|不通过|未通过|拒绝/.test(text)) return "rejected";
  if (/待|未|中$/.test(text)) return "pending";
  if (/已审|通过|完成/.test(text)) return "reviewed";
  return "pending";
}

// Every header name of the layouts this file reads itself: the header row is the one naming most of them.
const OWN_HEADER_NAMES: readonly string[] = [
  ...OUT_OF_STOCK_SKU,
  ...SKU_ALIASES,
  ...WMS_STAGE_HEADERS,
  "售后单号",
  "申请时间",
  "商品名称",
  "品名",
  "药品名称",
  ...Object.values(EXTRA_ALIASES).flat(),
  ...DAILY_PROFILES.flatMap((profile) => [
    ...profile.signature,
    ...Object.values<readonly string[] | undefined>(profile.fields).flatMap((aliases) => aliases ?? []),
  ]),
];

/**
 * Date cells from xlsx arrive as exceljs Dates whose UTC fields are the wall clock shown. `zone`:
 * the adapter's reading of a zone suffix (万里牛 writes Beijing times with a fake `Z`).
 */
const dateOf = (cell: Cell | undefined, zone: "honour-suffix" | "ignore-suffix" = "honour-suffix") =>
  cell === undefined || cell === null || cell === ""
    ? undefined
    : parseDateCell(cell, { dateCell: "utc-wall-clock", zone });

function spanOf(dates: Iterable<Date | undefined>, exportedAt?: Date): TimeWindow {
  let from: number | undefined;
  let to: number | undefined;
  for (const date of dates) {
    if (!date) continue;
    const t = date.getTime();
    if (from === undefined || t < from) from = t;
    if (to === undefined || t > to) to = t;
  }
  const window: TimeWindow = {};
  if (from !== undefined) window.from = new Date(from);
  if (to !== undefined) window.to = new Date(to);
  if (exportedAt) window.exportedAt = exportedAt;
  return window;
}

const DATE_IN_TEXT = /\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/g;

/** The latest date a title row above the header names (导出时间 2026-11-25 09:10, or a range's end). */
function exportedAtOf(table: Table, headerIndexInRows: number): Date | undefined {
  let latest: Date | undefined;
  for (const row of table.rows.slice(0, headerIndexInRows)) {
    for (const cell of row.cells) {
      if (typeof cell !== "string") continue;
      for (const match of cell.matchAll(DATE_IN_TEXT)) {
        const date = parseDateCell(match[0]);
        if (date && (!latest || date > latest)) latest = date;
      }
    }
  }
  return latest;
}

function rowsByNumber(table: Table): Map<number, readonly Cell[]> {
  return new Map(table.rows.map((row) => [row.rowNumber, row.cells]));
}

function headerRowIndex(table: Table, headerRow: number): number {
  return table.rows.findIndex((row) => row.rowNumber === headerRow);
}

export interface ReadExportOptions {
  fileName?: string;
}

async function readOrders(table: Table, fileName: string): Promise<OrdersExport> {
  const found = headerIndex(table);
  const header = found?.header ?? [];
  const own = DAILY_PROFILES.find((p) => p.signature.every((name) => has(header, name)));
  const result = await parseOrders(table, own ? { profile: own, fileName } : { fileName });
  const meta = result.meta;
  const h = meta.header.map(normalizeHeader);
  const col = Object.fromEntries(
    Object.entries(EXTRA_ALIASES).map(([field, aliases]) => [field, columnOf(h, aliases)]),
  ) as Record<keyof typeof EXTRA_ALIASES, number | undefined>;
  const rows = rowsByNumber(result.table);
  const zone = adapterById(meta.adapter)?.zone;
  const extras = new Map<string, OrderExtras>();
  for (const order of result.orders) {
    const cells = rows.get(order.sourceRows[0] ?? -1) ?? [];
    const cell = (i: number | undefined) => (i === undefined ? undefined : cells[i]);
    const extra: OrderExtras = {};
    const paidAt = dateOf(cell(col.paidAt), zone);
    if (paidAt) extra.paidAt = paidAt;
    const promiseAt = dateOf(cell(col.promiseAt), zone);
    if (promiseAt) extra.promiseAt = promiseAt;
    Object.assign(
      extra,
      rxOfLines(order, (row) => rows.get(row) ?? [], col),
    );
    const reason = cleanCell(cell(col.abnormalReason) ?? "");
    if (reason) extra.abnormalReason = reason;
    const message = order.buyerRemark ? "" : cleanCell(cell(col.buyerRemark) ?? "");
    if (message) extra.buyerRemark = message;
    extras.set(order.orderNo, extra);
  }
  const adapterId = meta.adapter;
  const source = adapterId === "wanliniu" ? "wanliniu" : (meta.platform as PlatformId);
  return {
    kind: "orders",
    fileName,
    source,
    adapter: adapterId,
    assumed: adapterId.startsWith("profile:") || adapterId === "wanliniu",
    orders: result.orders,
    extras,
    hasColumn: {
      rxReview: col.rxReview !== undefined,
      rxFlag: col.rxFlag !== undefined,
      promiseAt: col.promiseAt !== undefined,
    },
    issues: result.issues,
    dataRows: meta.accounting.dataRows,
    window: spanOf(
      result.orders.map((o) => o.placedAt),
      exportedAtOf(result.table, headerRowIndex(result.table, meta.headerRow)),
    ),
  };
}

/** Every number a WMS row answers to: the cell as written and each part of a merged `A|B`. */
function refsOf(shipment: WmsShipment): string[] {
  return [...new Set([shipment.orderRef, ...shipmentOrderRefs(shipment)])];
}

async function readWms(table: Table, fileName: string): Promise<WmsExport> {
  const result = await parseWms(table, { fileName });
  // The adapter reads the time column (Beijing time whatever suffix the WMS writes).
  const createdAt = new Map<string, Date>();
  const byRef = new Map<string, WmsShipment>();
  for (const shipment of result.shipments) {
    for (const ref of refsOf(shipment)) {
      byRef.set(ref, shipment);
      if (shipment.createdAt) createdAt.set(ref, shipment.createdAt);
    }
  }
  return {
    kind: "wms",
    fileName,
    shipments: result.shipments,
    byRef,
    createdAt,
    issues: result.issues,
    dataRows: result.meta.accounting.dataRows,
    window: spanOf(
      createdAt.values(),
      exportedAtOf(result.table, headerRowIndex(result.table, result.meta.headerRow)),
    ),
  };
}

/** A platform named in a cell (店铺 上元堂拼多多店, 平台 药房网). */
export function platformOfText(text: string): PlatformId | undefined {
  if (/官网|商城|syt\.cn/.test(text)) return "guanwang";
  if (/平安|jk\.cn/.test(text)) return "pingan";
  return (Object.values(PLATFORMS).find((p) => text.includes(p.name)) ?? undefined)?.id;
}

// *Assumed* layout: a marketplace's after-sale list (售后单) as its back offices export it.
const AFTER_SALE_FIELDS = {
  ticketNo: ["售后单号", "售后编号"],
  orderNo: ["订单号", "订单编号", "原订单号"],
  platform: ["平台", "店铺", "店铺名称"],
  type: ["售后类型", "类型"],
  state: ["售后状态", "状态"],
  appliedAt: ["申请时间"],
  returnSignedAt: ["退货签收时间", "商家签收时间"],
} as const;

function readTableSheet(table: Table): {
  header: string[];
  data: { rowNumber: number; cells: readonly Cell[] }[];
  exportedAt?: Date;
} {
  const found = headerIndex(table);
  if (!found) return { header: [], data: [] };
  const data = table.rows
    .slice(found.index + 1)
    .filter((row) => row.cells.some((cell) => cleanCell(cell ?? "") !== ""));
  const exportedAt = exportedAtOf(table, found.index);
  return exportedAt ? { header: found.header, data, exportedAt } : { header: found.header, data };
}

function typeOf(text: string): AfterSaleRow["type"] {
  if (/退货/.test(text)) return "return";
  if (/退款/.test(text)) return "refund";
  return "other";
}

function readAfterSales(table: Table, fileName: string): AfterSalesExport {
  const { header, data, exportedAt } = readTableSheet(table);
  const col = Object.fromEntries(
    Object.entries(AFTER_SALE_FIELDS).map(([field, aliases]) => [field, columnOf(header, aliases)]),
  ) as Record<keyof typeof AFTER_SALE_FIELDS, number | undefined>;
  const text = (cells: readonly Cell[], i: number | undefined) =>
    i === undefined ? "" : cleanCell(cells[i] ?? "");
  const rows: AfterSaleRow[] = [];
  for (const { rowNumber, cells } of data) {
    const orderNo = normalizeOrderNumber(text(cells, col.orderNo));
    if (!orderNo || /合计/.test(text(cells, 0))) continue;
    const typeRaw = text(cells, col.type);
    const row: AfterSaleRow = {
      row: rowNumber,
      orderNo,
      type: typeOf(typeRaw),
      typeRaw,
      state: parseAfterSale(text(cells, col.state)),
    };
    const ticketNo = text(cells, col.ticketNo);
    if (ticketNo) row.ticketNo = ticketNo;
    const platform = platformOfText(text(cells, col.platform));
    if (platform) row.platform = platform;
    const appliedAt = dateOf(col.appliedAt === undefined ? undefined : cells[col.appliedAt]);
    if (appliedAt) row.appliedAt = appliedAt;
    const signedAt = dateOf(col.returnSignedAt === undefined ? undefined : cells[col.returnSignedAt]);
    if (signedAt) row.returnSignedAt = signedAt;
    rows.push(row);
  }
  return {
    kind: "after-sales",
    fileName,
    rows,
    dataRows: data.length,
    window: spanOf(
      rows.map((r) => r.appliedAt),
      exportedAt,
    ),
  };
}

/** Parses a list of SKUs the operator typed or pasted: one a line, or separated by commas and spaces. */
export function parseSkuList(text: string): OutOfStockItem[] {
  return [...new Set(text.split(/[\s,，、;；]+/).map((s) => cleanCell(s)))]
    .filter(Boolean)
    .map((sku) => ({ sku }));
}

function readOutOfStock(table: Table, fileName: string): OutOfStockExport {
  const { header, data } = readTableSheet(table);
  const skuColumn = columnOf(header, [...OUT_OF_STOCK_SKU, ...SKU_ALIASES]);
  const nameColumn = columnOf(header, ["商品名称", "品名", "药品名称"]);
  const items: OutOfStockItem[] = [];
  const seen = new Set<string>();
  for (const { rowNumber, cells } of data) {
    const sku = skuColumn === undefined ? "" : cleanCell(cells[skuColumn] ?? "");
    if (!sku || seen.has(sku)) continue;
    seen.add(sku);
    const item: OutOfStockItem = { sku, row: rowNumber };
    const name = nameColumn === undefined ? "" : cleanCell(cells[nameColumn] ?? "");
    if (name) item.name = name;
    items.push(item);
  }
  return { kind: "out-of-stock", fileName, items, dataRows: data.length };
}

/** One file of the day, whatever it is: detected from its headers (and, for a 缺货 list, its name). */
export async function readDayExport(table: Table, options: ReadExportOptions = {}): Promise<DayExport> {
  const fileName = options.fileName ?? table.sheetName ?? "";
  switch (exportKindOf(table, fileName)) {
    case "out-of-stock":
      return readOutOfStock(table, fileName);
    case "after-sales":
      return readAfterSales(table, fileName);
    case "wms":
      return readWms(table, fileName);
    case "orders":
      return readOrders(table, fileName);
  }
}
