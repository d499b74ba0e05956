import { cleanCell, type Order, type PlatformId, parseDateCell } from "@syt/orders-model";
import {
  type AfterSaleTicket,
  type Confidence,
  type OutOfStockItem,
  type ParseIssue,
  parseAfterSales,
  parseOrders,
  parseOutOfStock,
  parseWms,
  type Recognition,
  recogniseExport,
  shipmentOrderRefs,
  type Table,
  UnrecognisedExportError,
  type WmsShipment,
} from "@syt/platform-adapters";

export { type OutOfStockItem, platformOfText } from "@syt/platform-adapters";

/** The time span an export covers: its own title (导出时间…) where it has one, else the times in its rows. */
export interface TimeWindow {
  from?: Date;
  to?: Date;
  /** The export time its title row states, when it has one. */
  exportedAt?: Date;
}

/**
 * The layout a file was read by, as `recogniseExport` named it: what the output says beside the file
 * (万里牛订单明细, evidence high), and the header row the rows were read under.
 */
export interface ReadBy {
  /** The layout, as the evidence names it (万里牛订单明细, 药房网 内置配置 yaofangwang.json). */
  layout: string;
  /** How far the layout rests on public evidence (DOMAIN.md's brackets); `low` is an assumed layout. */
  confidence: Confidence;
  /** The header row, as the operator numbers rows. */
  headerRow: number;
}

export interface OrdersExport {
  kind: "orders";
  fileName: string;
  /** `wanliniu` for the ERP export (it mixes the platforms), else the platform. */
  source: PlatformId | "wanliniu";
  adapter: string;
  readBy: ReadBy;
  /**
   * The orders with what the rules act on as their own fields (payment and promise times, the
   * 处方 flag and review, 异常原因 / 订单标记, buyer message, 是否审核中): the adapters read them.
   */
  orders: Order[];
  /** Whether the export has the column at all, so a rule can tell "not reviewed" from "not known". */
  hasColumn: { rxReview: boolean; rxFlag: boolean; promiseAt: boolean };
  issues: ParseIssue[];
  dataRows: number;
  window: TimeWindow;
}

export interface WmsExport {
  kind: "wms";
  fileName: string;
  readBy: ReadBy;
  shipments: WmsShipment[];
  /**
   * The last row of each order reference: the WMS lists an order again when it moves on. A merged
   * row (`A|B`) is found under each of its parts, and under the whole as written.
   */
  byRef: ReadonlyMap<string, WmsShipment>;
  /** The header of the stage column, as the export has it (配货状态, 分配状态 …). */
  stageColumn?: string;
  createdAt: ReadonlyMap<string, Date>;
  issues: ParseIssue[];
  dataRows: number;
  window: TimeWindow;
}

/** A row of a 售后单 list, as the adapters read it. */
export type AfterSaleRow = AfterSaleTicket;

export interface AfterSalesExport {
  kind: "after-sales";
  fileName: string;
  readBy: ReadBy;
  rows: AfterSaleRow[];
  /** Rows without an order number and odd cells, as the adapter reported them. */
  issues: ParseIssue[];
  dataRows: number;
  window: TimeWindow;
}

export interface OutOfStockExport {
  kind: "out-of-stock";
  fileName: string;
  readBy: ReadBy;
  items: OutOfStockItem[];
  issues: ParseIssue[];
  dataRows: number;
}

export type DayExport = OrdersExport | WmsExport | AfterSalesExport | OutOfStockExport;
export type ExportKind = DayExport["kind"];

/**
 * The kind of a day's file, as `recogniseExport` of @syt/platform-adapters tells it (the one
 * recogniser every caller uses); `unknown` for a file that is no export we read.
 */
export function exportKindOf(
  table: Table,
  fileName = "",
  profiles?: readonly unknown[],
): ExportKind | "unknown" {
  return recogniseExport(table, { fileName, profiles }).kind;
}

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
function exportedAtOf(table: Table, headerRow: number): Date | undefined {
  let latest: Date | undefined;
  for (const row of table.rows) {
    if (row.rowNumber >= headerRow) break;
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

export interface ReadExportOptions {
  fileName?: string;
  /** An operator's mapping profiles (`--profiles DIR`, the config's `profiles`): they win over the built-in ones. */
  profiles?: readonly unknown[];
}

/** The header names an operator's profile gave a list's fields, as the readers take them. */
const fieldsOf = (recognition: Recognition) => (recognition.fields ? { fields: recognition.fields } : {});

/** What the output says of a file's layout: the recogniser's, with the header row the reader used. */
function readByOf(recognition: Recognition, headerRow: number): ReadBy {
  return { layout: recognition.layout, confidence: recognition.confidence, headerRow };
}

async function readOrders(
  table: Table,
  fileName: string,
  recognition: Recognition,
  profiles?: readonly unknown[],
): Promise<OrdersExport> {
  const result = await parseOrders(table, profiles ? { fileName, profiles } : { fileName });
  const { meta } = result;
  const adapter = meta.adapter;
  return {
    kind: "orders",
    fileName,
    source: adapter === "wanliniu" ? "wanliniu" : (meta.platform as PlatformId),
    adapter,
    readBy: readByOf(recognition, meta.headerRow),
    orders: result.orders,
    hasColumn: {
      rxReview: meta.columns.rxReview !== undefined,
      rxFlag: meta.columns.rxFlag !== undefined,
      promiseAt: meta.columns.promiseAt !== undefined,
    },
    issues: result.issues,
    dataRows: meta.accounting.dataRows,
    window: spanOf(
      result.orders.map((o) => o.placedAt),
      exportedAtOf(result.table, meta.headerRow),
    ),
  };
}

/** Every number a WMS row answers to: the cell as written and each part of a merged `A|B`. */
function refsOf(shipment: WmsShipment): string[] {
  return [...new Set([shipment.orderRef, ...shipmentOrderRefs(shipment)])];
}

async function readWms(table: Table, fileName: string, recognition: Recognition): Promise<WmsExport> {
  // An operator's WMS profile (`--profiles`) names its headers; the reader takes them from the recognition.
  const result = await parseWms(table, { fileName, ...fieldsOf(recognition) });
  // The adapter reads the time column (Beijing time whatever suffix the WMS writes).
  const createdAt = new Map<string, Date>();
  const byRef = new Map<string, WmsShipment>();
  for (const shipment of result.shipments) {
    for (const ref of refsOf(shipment)) {
      byRef.set(ref, shipment);
      if (shipment.createdAt) createdAt.set(ref, shipment.createdAt);
    }
  }
  const stageAt = result.meta.columns.stage;
  return {
    kind: "wms",
    fileName,
    readBy: readByOf(recognition, result.meta.headerRow),
    shipments: result.shipments,
    byRef,
    ...(stageAt !== undefined && result.meta.header[stageAt]
      ? { stageColumn: result.meta.header[stageAt] }
      : {}),
    createdAt,
    issues: result.issues,
    dataRows: result.meta.accounting.dataRows,
    window: spanOf(createdAt.values(), exportedAtOf(result.table, result.meta.headerRow)),
  };
}

async function readAfterSales(
  table: Table,
  fileName: string,
  recognition: Recognition,
): Promise<AfterSalesExport> {
  const { platform } = recognition;
  const result = await parseAfterSales(table, {
    fileName,
    ...(platform ? { platform } : {}),
    ...fieldsOf(recognition),
  });
  return {
    kind: "after-sales",
    fileName,
    readBy: readByOf(recognition, result.meta.headerRow),
    rows: result.tickets,
    issues: result.issues,
    dataRows: result.meta.accounting.dataRows,
    window: spanOf(
      result.tickets.map((r) => r.appliedAt),
      exportedAtOf(result.table, result.meta.headerRow),
    ),
  };
}

async function readOutOfStock(
  table: Table,
  fileName: string,
  recognition: Recognition,
): Promise<OutOfStockExport> {
  const result = await parseOutOfStock(table, { fileName, ...fieldsOf(recognition) });
  return {
    kind: "out-of-stock",
    fileName,
    readBy: readByOf(recognition, result.meta.headerRow),
    items: result.items,
    issues: result.issues,
    dataRows: result.meta.accounting.dataRows,
  };
}

/** Parses a list of SKUs the operator typed or pasted: one a line, or separated by commas and spaces. */
export function parseSkuList(text: string): OutOfStockItem[] {
  return [...new Set(text.split(/[\s,，、;；]+/).map((s) => cleanCell(s)))]
    .filter(Boolean)
    .map((sku) => ({ sku }));
}

/**
 * One file of the day, whatever it is: recognised by `recogniseExport` from its headers (and, for
 * a 缺货 list, its name). A file that is no export we read throws `UnrecognisedExportError` (an
 * adapter error whose words say what the file looks like): the caller decides whether the day
 * goes on without it.
 */
export async function readDayExport(table: Table, options: ReadExportOptions = {}): Promise<DayExport> {
  const fileName = options.fileName ?? table.sheetName ?? "";
  const recognition = recogniseExport(table, { fileName, profiles: options.profiles });
  switch (recognition.kind) {
    case "out-of-stock":
      return readOutOfStock(table, fileName, recognition);
    case "after-sales":
      return readAfterSales(table, fileName, recognition);
    case "wms":
      return readWms(table, fileName, recognition);
    case "orders":
      return readOrders(table, fileName, recognition, options.profiles);
    case "unknown": {
      const { orderAdapter: _, ...said } = recognition;
      throw new UnrecognisedExportError(said, "orders", fileName);
    }
  }
}
