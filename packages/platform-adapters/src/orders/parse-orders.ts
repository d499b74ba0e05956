import type { Order, PlatformId } from "@syt/orders-model";
import { withCommonFields } from "../adapters/common-fields";
import { adapterById, listAdapters } from "../adapters/registry";
import type { OrderAdapter, OrderField } from "../adapters/types";
import { UnknownPlatformError } from "../errors/unknown-platform";
import { UnrecognisedExportError } from "../errors/unrecognised-export";
import { HEADER_SCAN_ROWS } from "../header";
import { type InputOptions, type ParseInput, toTable } from "../input";
import type { ParseIssue, ParseMeta } from "../issues";
import { type MappedRow, RowRun, runRows } from "../pipeline";
import { adapterFromProfile } from "../profiles/schema";
import type { XlsxRowSink } from "../read/xlsx/index";
import { type Recognition, recogniseExport } from "../recognise";
import { cellTypingOf, SheetRowStream, type Table, type TableRow } from "../table";
import { type ErpReference, OrderAssembler } from "./assemble";
import type { PlacedRange } from "./placed-range";

export interface ParseOrdersOptions extends InputOptions {
  /**
   * Keep in `table.rows` only the data rows of orders this accepts (the header, title and skipped
   * rows stay). Decided at each order's first row, so it may look only at what that row sets
   * (status, payment, …). A reader that streams rows then lets the others go as they are parsed:
   * the COD report keeps only 配货中 + 货到付款 rows of a 100k-row export.
   */
  keepRowsOf?: (order: Order) => boolean;
  /**
   * Orders this rejects come back without their receiver, lines, amounts, dates and remarks
   * (number, platform, status, payment, logistics, stage, after-sale and rows stay), and those
   * cells of theirs are not read, so they give no warnings either: asked at each order's first
   * row, with only what stays. For a caller that works on a few orders of a large export: the
   * COD report reads and checks the details of its 6k orders of 59k.
   */
  keepDetailsOf?: (order: Order) => boolean;
  /** Skip detection: a platform id (`guanwang`, `pinduoduo`, …) or adapter id (`wanliniu`). */
  platform?: PlatformId | "wanliniu" | (string & {});
  /** A mapping profile (object or JSON text) describing the export; wins over `platform`. */
  profile?: unknown;
  /** A ready adapter; wins over `profile` and `platform`. */
  adapter?: OrderAdapter;
  /**
   * An operator's mapping profiles (objects or JSON text): tried before the built-in layouts (which
   * still read an export no profile fits); `platform` names a profile of that platform first.
   */
  profiles?: readonly unknown[];
}

export interface OrdersResult {
  orders: Order[];
  issues: ParseIssue[];
  meta: ParseMeta;
  table: Table;
  /** 万里牛 only: its XD order number and shop for each platform order. */
  references: ErpReference[];
  /** The 下单时间 range of every order in the export (kept or not, details read or not); none when no order has one. */
  placed?: PlacedRange;
  /** What `recogniseExport` said of the sheet, when the adapter was not named. */
  recognition?: Omit<Recognition, "orderAdapter">;
}

/** Every id `platform` takes: platform ids first (`suning`), then adapter ids (`wanliniu`, `profile:suning`). */
function knownPlatformIds(profiles?: readonly unknown[]): string[] {
  const adapters = listAdapters(profiles);
  return [
    ...new Set([...adapters.map((adapter) => adapter.platform), ...adapters.map((adapter) => adapter.id)]),
  ];
}

interface Chosen {
  adapter: OrderAdapter;
  detectedBy: ParseMeta["detectedBy"];
  recognition?: Omit<Recognition, "orderAdapter">;
}

function chooseAdapter(table: Table, options: ParseOrdersOptions): Chosen {
  if (options.adapter) return { adapter: options.adapter, detectedBy: "override" };
  if (options.profile !== undefined)
    return { adapter: adapterFromProfile(options.profile), detectedBy: "override" };
  if (options.platform !== undefined) {
    const adapter = adapterById(options.platform, options.profiles);
    if (!adapter) throw new UnknownPlatformError(options.platform, knownPlatformIds(options.profiles));
    return { adapter, detectedBy: "override" };
  }
  const { orderAdapter, ...recognition } = recogniseExport(table, {
    fileName: options.fileName,
    profiles: options.profiles,
  });
  // No fallback: a sheet that is no order export we know is refused, saying what it looks like.
  if (recognition.kind !== "orders" || !orderAdapter)
    throw new UnrecognisedExportError({ ...recognition }, "orders", options.fileName);
  return { adapter: orderAdapter, detectedBy: "signature", recognition };
}

function orderRows(
  adapter: OrderAdapter,
  detectedBy: ParseMeta["detectedBy"],
  keepDetailsOf: ParseOrdersOptions["keepDetailsOf"],
) {
  const assembler = new OrderAssembler(adapter, keepDetailsOf);
  // The columns the daily checks act on, from the one common table, for every adapter.
  const { fields, shared } = withCommonFields(adapter.fields);
  const spec = {
    platform: adapter.platform,
    adapter: adapter.id,
    detectedBy,
    platformName: adapter.name,
    fields,
    shared,
    required: adapter.required,
    idField: "orderNo" as const,
  };
  return {
    assembler,
    spec,
    onRow: (row: MappedRow<OrderField>, issues: ParseIssue[]) => assembler.add(row, issues),
  };
}

/** Orders of a platform export, with every row accounted for. Throws only for unreadable input. */
export async function parseOrders(
  input: ParseInput,
  options: ParseOrdersOptions = {},
): Promise<OrdersResult> {
  const table = await toTable(input, options);
  const { adapter, detectedBy, recognition } = chooseAdapter(table, options);
  const { assembler, spec, onRow } = orderRows(adapter, detectedBy, options.keepDetailsOf);
  const { meta, issues } = runRows(table, spec, onRow);
  const orders = assembler.orders();
  const kept = options.keepRowsOf ? keepRowsOf(table, orders, options.keepRowsOf) : table;
  const result: OrdersResult = { orders, issues, meta, table: kept, references: assembler.references() };
  if (recognition) result.recognition = recognition;
  const placed = assembler.placedRange();
  if (placed) result.placed = placed;
  return result;
}

function keepRowsOf(table: Table, orders: readonly Order[], keep: (order: Order) => boolean): Table {
  const dropped = new Set<number>();
  for (const order of orders) if (!keep(order)) for (const row of order.sourceRows) dropped.add(row);
  return { ...table, rows: table.rows.filter((row) => !dropped.has(row.rowNumber)) };
}

/**
 * `parseOrders` for rows that arrive while the file is still being read (`streamXlsx`): each
 * row is read into its order as it comes, and a row `keepRowsOf` drops is garbage at once. Give it the sheet, then the rows in row order, then call `finish`; the result
 * is the one `parseOrders` gives for the same sheet.
 */
export class OrdersStream implements XlsxRowSink {
  private table: Table = { sheets: [], rows: [] };
  private readonly sheetRows = new SheetRowStream((row) => this.row(row));
  private run: { assembler: OrderAssembler; rowRun: RowRun<OrderField>; chosen: Chosen } | undefined;
  /** The order the row being fed went to, when it went to one. */
  private fedTo: Order | undefined;

  constructor(private readonly options: Omit<ParseOrdersOptions, "sheet" | "limits"> = {}) {}

  sheet(sheetName: string | undefined, sheets: string[]): void {
    // Only the xlsx reader streams rows.
    this.table = { sheetName, sheets, rows: [], source: "xlsx" };
  }

  rows(rows: TableRow[]): void {
    for (const row of rows) this.sheetRows.add(row);
  }

  private row(row: TableRow): void {
    if (this.run) {
      if (this.feed(this.run.rowRun, row)) this.table.rows.push(row);
      return;
    }
    this.table.rows.push(row);
    // The platform is told by the top rows: once they are in, the rows are read as they come.
    if (this.table.rows.length >= HEADER_SCAN_ROWS) this.start();
  }

  /** Feeds one row; whether the table keeps it (see `keepRowsOf`). */
  private feed(rowRun: RowRun<OrderField>, row: TableRow): boolean {
    this.fedTo = undefined;
    rowRun.feed(row);
    const keep = this.options.keepRowsOf;
    return keep === undefined || this.fedTo === undefined || keep(this.fedTo);
  }

  private start(): { assembler: OrderAssembler; rowRun: RowRun<OrderField>; chosen: Chosen } {
    const chosen = chooseAdapter(this.table, this.options);
    const { adapter, detectedBy } = chosen;
    const { assembler, spec, onRow } = orderRows(adapter, detectedBy, this.options.keepDetailsOf);
    const rowRun = new RowRun(spec, onRow, this.table.sheetName, cellTypingOf(this.table));
    this.run = { assembler, rowRun, chosen };
    assembler.onAdded = (order) => {
      this.fedTo = order;
    };
    const top = this.table.rows;
    this.table.rows = top.filter((row) => this.feed(rowRun, row));
    return this.run;
  }

  finish(): OrdersResult {
    const { assembler, rowRun, chosen } = this.run ?? this.start();
    const { meta, issues } = rowRun.finish(this.table.sheets);
    const result: OrdersResult = {
      orders: assembler.orders(),
      issues,
      meta,
      table: this.table,
      references: assembler.references(),
    };
    if (chosen.recognition) result.recognition = chosen.recognition;
    const placed = assembler.placedRange();
    if (placed) result.placed = placed;
    return result;
  }
}
