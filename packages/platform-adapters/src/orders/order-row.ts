import {
  cleanCell,
  courierFromText,
  isPrescriptionText,
  isTcmText,
  type Logistics,
  normalizeOrderNumber,
  normalizeStatusText,
  type Order,
  type OrderLine,
  type PlatformId,
  parseAfterSale,
  parseDateCell,
  parseMoney,
  parsePaymentMethod,
  parsePhone,
  type Receiver,
  type RxReview,
  splitOrderNumbers,
  splitWaybills,
} from "@syt/orders-model";
import { readStatus, statusColumnsOf, statusTexts } from "../adapters/status";
import type { OrderAdapter, OrderField } from "../adapters/types";
import { clip, type IssueCode, type IssueOf, type IssueParams, type ParseIssue } from "../issues";
import { Memo } from "../memo";
import type { MappedRow } from "../pipeline";
import { isBlankCell } from "../table";

type Row = MappedRow<OrderField>;

const STATUS_KEY_SEPARATOR = "\u0000";

/** Readers whose results depend only on the text, kept for the length of one parse. */
export interface ReadCache {
  status: Memo<ReturnType<typeof readStatus>>;
  payment: Memo<Order["payment"]>;
  product: Memo<{ isPrescription: boolean; isTcm: boolean }>;
  /** How the adapter's date cells read (万里牛's fake `Z`). */
  dates: { dateCell: "utc-wall-clock"; zone: "honour-suffix" | "ignore-suffix" };
  /** The status fields the export has columns for: one header per parse, so found once. */
  statusColumns?: readonly OrderField[];
  /**
   * The status cells of the last row read, and their reading: an export's rows repeat a handful
   * of statuses, mostly row after row, and comparing the cells costs less than making their key.
   */
  lastStatus?: { cells: unknown[]; reading: ReturnType<typeof readStatus> };
}

/**
 * Whether the row holds the very values `cells` does in `fields`: cells of one text come from one
 * shared string, so this is mostly a pointer comparison; anything else (a date object, another
 * spelling) reads the long way.
 */
function sameCells(row: Row, fields: readonly OrderField[], cells: readonly unknown[]): boolean {
  for (let at = 0; at < fields.length; at++) {
    if (row.cell(fields[at] as OrderField) !== cells[at]) return false;
  }
  return true;
}

/** The status fields the row's export has columns for, found once per parse. */
function statusColumns(row: Row, cache: ReadCache): readonly OrderField[] {
  cache.statusColumns ??= statusColumnsOf((field) => row.column(field));
  return cache.statusColumns;
}

/**
 * The caches of one parse with this adapter. Status and payment readings are frozen and shared
 * by every order with the same text: a 100k-row export has a handful of each, and two objects
 * per order were a tenth of what its parse kept alive.
 */
export function createReadCache(adapter: OrderAdapter): ReadCache {
  return {
    // Keyed by the status cells joined with a character no export has.
    status: new Memo((key) => {
      const reading = readStatus(adapter.status, key === "" ? [] : key.split(STATUS_KEY_SEPARATOR));
      Object.freeze(reading.status);
      return reading;
    }),
    payment: new Memo((text) => Object.freeze(parsePaymentMethod(text))),
    product: new Memo((name) => ({ isPrescription: isPrescriptionText(name), isTcm: isTcmText(name) })),
    dates: { dateCell: "utc-wall-clock", zone: adapter.zone ?? "honour-suffix" },
  };
}

/** Typed reads of one row's cells; problems are collected as warnings. */
export class RowReader {
  constructor(
    readonly row: Row,
    readonly warnings: ParseIssue[],
    readonly cache: ReadCache,
  ) {}

  private statusRead: ReturnType<typeof readStatus> | undefined;

  text(field: OrderField): string | undefined {
    const value = this.row.cell(field);
    if (value === null || value === undefined) return undefined;
    // Blank text cleans to "" (`cleanCell` trims all that `trim` does, and more).
    const text = cleanCell(value);
    return text === "" ? undefined : text;
  }

  /** The row's status cells read together (status, stage, unknown words): once per row. */
  status(): ReturnType<typeof readStatus> {
    this.statusRead ??= this.readStatusCells();
    return this.statusRead;
  }

  private readStatusCells(): ReturnType<typeof readStatus> {
    const { row, cache } = this;
    const fields = statusColumns(row, cache);
    const last = cache.lastStatus;
    if (last !== undefined && sameCells(row, fields, last.cells)) return last.reading;
    const cells = fields.map((field) => row.cell(field));
    const reading = cache.status.get(statusTexts(cells).join(STATUS_KEY_SEPARATOR));
    cache.lastStatus = { cells, reading };
    return reading;
  }

  /** A warning about one cell; codes that carry params must be given them. */
  warn<C extends IssueCode>(
    code: C,
    field: OrderField,
    input?: string,
    ...params: IssueParams<C> extends undefined ? [] : [IssueParams<C>]
  ): void {
    const issue = {
      code,
      severity: "warning",
      row: this.row.rowNumber,
      column: this.row.column(field),
    } as IssueOf<C>;
    if (input !== undefined) issue.input = clip(input);
    if (params[0] !== undefined) (issue as { params?: unknown }).params = params[0];
    this.warnings.push(issue);
  }

  money(field: OrderField): number | undefined {
    const value = this.row.cell(field);
    if (isBlankCell(value)) return undefined;
    const parsed = parseMoney(value);
    if (parsed.ok) return parsed.fen;
    this.warn("invalid-money", field, cleanCell(value));
    return undefined;
  }

  date(field: OrderField): Date | undefined {
    const value = this.row.cell(field);
    if (isBlankCell(value)) return undefined;
    // Date cells come from the xlsx reader, which (like exceljs) puts the wall time the sheet showed in the UTC fields.
    const date = parseDateCell(value, this.cache.dates);
    if (!date) this.warn("invalid-date", field, cleanCell(value));
    return date;
  }

  quantity(): number {
    // A number cell, as xlsx exports have it, is taken as it is rather than written out and read back.
    const value = this.row.cell("quantity");
    // (-0 comes out 0, as its text "0" did.)
    if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0)
      return value === 0 ? 0 : value;
    const text = this.text("quantity");
    if (text === undefined) return 1;
    const quantity = Number(text);
    if (Number.isInteger(quantity) && quantity >= 0) return quantity;
    this.warn("invalid-quantity", "quantity", text);
    return 1;
  }

  phone(): string | undefined {
    const text = this.text("mobile") ?? this.text("landline");
    if (text === undefined) return undefined;
    const parsed = parsePhone(text);
    if (parsed.kind !== "invalid") return parsed.normalized;
    this.warn("invalid-phone", this.text("mobile") ? "mobile" : "landline", parsed.masked);
    return text;
  }
}

/** Sets an optional field only when there is a value: orders carry no `undefined` keys. */
function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

function receiverOf(reader: RowReader): Receiver {
  const receiver: Receiver = {};
  put(receiver, "name", reader.text("receiverName"));
  put(receiver, "phone", reader.phone());
  put(receiver, "province", reader.text("province"));
  put(receiver, "city", reader.text("city"));
  put(receiver, "district", reader.text("district"));
  put(receiver, "address", reader.text("address"));
  return receiver;
}

function logisticsOf(reader: RowReader): Logistics {
  const courierRaw = reader.text("courier");
  const logistics: Logistics = { waybills: splitWaybills(reader.text("waybill") ?? "") };
  if (courierRaw === undefined) return logistics;
  const courier = courierFromText(courierRaw);
  if (courier === undefined) reader.warn("unknown-courier", "courier", courierRaw);
  put(logistics, "courier", courier);
  logistics.courierRaw = courierRaw;
  return logistics;
}

function amountsOf(reader: RowReader): Order["amounts"] {
  const amounts: Order["amounts"] = {};
  put(amounts, "goods", reader.money("goodsAmount"));
  put(amounts, "shipping", reader.money("shippingFee"));
  put(amounts, "total", reader.money("totalAmount"));
  put(amounts, "payable", reader.money("payableAmount"));
  return amounts;
}

/** The product line a row carries, if it names a product. */
export function readLine(reader: RowReader): OrderLine | undefined {
  const productName = reader.text("productName");
  if (productName === undefined) return undefined;
  const line: OrderLine = { productName, quantity: reader.quantity() };
  put(line, "sku", reader.text("sku"));
  put(line, "spec", reader.text("spec"));
  put(line, "unitPriceFen", reader.money("unitPrice"));
  const kind = reader.cache.product.get(productName);
  if (kind.isPrescription) line.isPrescription = true;
  if (kind.isTcm) line.isTcm = true;
  line.sourceRow = reader.row.rowNumber;
  return line;
}

/** The payment text of a row, or the adapter's default when the export has no payment column. */
export function paymentText(adapter: OrderAdapter, reader: RowReader): string {
  return reader.text("payment") ?? adapter.defaultPayment ?? "";
}

function paymentOf(adapter: OrderAdapter, reader: RowReader): Order["payment"] {
  const text = paymentText(adapter, reader);
  const payment = reader.cache.payment.get(text);
  if (text !== "" && payment.code === undefined) reader.warn("unknown-payment", "payment", text);
  return payment;
}

/** The header of the status cell a word came from: the first of the row's status cells that holds it. */
function columnOfWord(reader: RowReader, word: string): string {
  const { row, cache } = reader;
  for (const field of statusColumns(row, cache)) {
    const cell = normalizeStatusText(row.cell(field) ?? "").normalized;
    if (cell.includes(word)) return row.column(field) ?? field;
  }
  return row.column("status") ?? "status";
}

/** The words no table knows, each with its column; `undefined` when there is none. */
function unknownWordsOf(reader: RowReader): Order["unknownWords"] {
  const words: NonNullable<Order["unknownWords"]> = reader
    .status()
    .unknown.map((word) => ({ column: columnOfWord(reader, word), word }));
  const afterSale = reader.text("afterSale");
  if (afterSale !== undefined && parseAfterSale(afterSale).state === undefined)
    words.push({ column: reader.row.column("afterSale") ?? "afterSale", word: afterSale });
  return words.length > 0 ? words : undefined;
}

function statusOf(reader: RowReader): Order["status"] {
  const { status, unknown } = reader.status();
  if (unknown.length > 0) reader.warn("unknown-status", "status", status.raw, { parts: unknown.join(",") });
  // Every export we know fills each of its status columns on every order (ECShop's three parts
  // always have a value), and the COD report selects on them: a blank one would leave the order
  // out without a word. The first blank one is named.
  const { row, cache } = reader;
  for (const field of statusColumns(row, cache)) {
    // The platform's side is blank for an order the ERP made itself (补发, 手工单): nothing to report.
    if (field === "platformState") continue;
    if (cleanCell(row.cell(field) ?? null) === "") {
      reader.warn("missing-status", field);
      break;
    }
  }
  return status;
}

/** The warehouse stage a status cell names (万里牛 shows them). */
function stageOf(reader: RowReader): Order["stage"] {
  return reader.status().stage;
}

/** The 售后状态 cell; else the after-sale the status word carries (药房网 申请退款, 苏宁 退款中). */
function afterSaleOf(reader: RowReader): Order["afterSale"] {
  const text = reader.text("afterSale");
  if (text === undefined) {
    const { afterSale, status } = reader.status();
    return afterSale ? { state: afterSale, raw: status.raw } : undefined;
  }
  const afterSale = parseAfterSale(text);
  if (afterSale.state === undefined) reader.warn("unknown-after-sale", "afterSale", text);
  return afterSale;
}

function platformOf(adapter: OrderAdapter, reader: RowReader): PlatformId {
  if (!adapter.platformOf) return adapter.platform;
  const { platform, issue } = adapter.platformOf(reader.row);
  if (issue) reader.warnings.push(issue);
  return platform;
}

/**
 * The empty parts every order without details shares, frozen: tens of thousands of them hold no
 * three objects each of their own. `NO_LINES` also marks such an order: its rows add no lines.
 */
export const NO_LINES: Order["lines"] = Object.freeze([]) as unknown as Order["lines"];
const NO_RECEIVER: Order["receiver"] = Object.freeze({});
const NO_AMOUNTS: Order["amounts"] = Object.freeze({});

/**
 * The order-level fields of the first row of an order; lines are added by the caller. When
 * `wantsDetails` declines the order (asked with what names, selects and counts it: number,
 * platform, status, payment, logistics, stage, after-sale, rows), its receiver, amounts, date
 * and remarks are not read at all, so their cells are not checked either.
 */
export function readOrder(
  adapter: OrderAdapter,
  reader: RowReader,
  wantsDetails?: (order: Order) => boolean,
): Order {
  const head = readHead(adapter, reader);
  return wantsDetails && !wantsDetails(head) ? head : withDetails(head, reader);
}

function readHead(adapter: OrderAdapter, reader: RowReader): Order {
  const head: Order = {
    platform: platformOf(adapter, reader),
    orderNo: normalizeOrderNumber(reader.row.cell("orderNo")),
    status: statusOf(reader),
    payment: paymentOf(adapter, reader),
    receiver: NO_RECEIVER,
    lines: NO_LINES,
    amounts: NO_AMOUNTS,
    logistics: logisticsOf(reader),
    sourceRows: [reader.row.rowNumber],
  };
  if (adapter.mergedOrderNumbers) {
    const parts = splitOrderNumbers(reader.row.cell("orderNo"));
    if (parts.length > 1) head.mergedOrderNos = parts;
  }
  put(head, "stage", stageOf(reader));
  put(head, "afterSale", afterSaleOf(reader));
  put(head, "unknownWords", unknownWordsOf(reader));
  // 药房网's 处方待审 says the order is an Rx order waiting for its review, whatever its columns say.
  const rxReview = reader.status().rxReview;
  if (rxReview) head.rx = { flagged: true, review: rxReview };
  return head;
}

/** The head's details read into it: the frozen empty parts it had are replaced by its own. */
function withDetails(order: Order, reader: RowReader): Order {
  order.receiver = receiverOf(reader);
  order.lines = [];
  order.amounts = amountsOf(reader);
  put(order, "placedAt", reader.date("placedAt"));
  put(order, "buyerRemark", reader.text("buyerRemark"));
  put(order, "merchantRemark", reader.text("merchantRemark"));
  put(order, "paidAt", reader.date("paidAt"));
  put(order, "promiseAt", reader.date("promiseAt"));
  put(order, "abnormalReason", reader.text("abnormalReason"));
  if (reader.row.column("underReview") !== undefined)
    order.underReview = YES.test(reader.text("underReview") ?? "");
  return order;
}

/** A yes in a flag column (是否审核中, 是否需要审核处方, 处方药): the words and marks exports use. */
const YES = /^(是|y|yes|true|1|需要|需审方|处方药|rx|√)$/i;
const REVIEW_RANK: Readonly<Record<RxReview, number>> = { reviewed: 0, pending: 1, rejected: 2 };

/** A review cell's word; a word it does not know leaves the order pending, never reviewed. */
function reviewOf(text: string | undefined): RxReview | undefined {
  if (text === undefined) return undefined;
  if (/驳回|不通过|未通过|拒绝/.test(text)) return "rejected";
  if (/待|未|中$/.test(text)) return "pending";
  if (/已审|通过|完成/.test(text)) return "reviewed";
  return "pending";
}

/**
 * The 处方 columns are per line: an order is flagged when any line is, and its review is the least
 * advanced of its lines' (one line still pending keeps it pending). Nothing when the export has
 * neither column, so a rule can tell "not flagged" from "not known".
 */
export function addRx(order: Order, reader: RowReader, line: OrderLine | undefined): void {
  const { row } = reader;
  const hasFlag = row.column("rxFlag") !== undefined;
  if (!hasFlag && row.column("rxReview") === undefined) return;
  const rx = order.rx ?? {};
  order.rx = rx;
  if (hasFlag) {
    const flagged = YES.test(reader.text("rxFlag") ?? "");
    rx.flagged = (rx.flagged ?? false) || flagged;
    if (flagged && rx.product === undefined && line) rx.product = line.productName;
  }
  const review = reviewOf(reader.text("rxReview"));
  if (review && (rx.review === undefined || REVIEW_RANK[review] > REVIEW_RANK[rx.review])) rx.review = review;
}

/** 万里牛's own number and shop, when the export has them. */
export function readErp(reader: RowReader): { erpNo: string; shop: string } | undefined {
  const erpNo = reader.text("erpNo");
  return erpNo === undefined
    ? undefined
    : { erpNo: normalizeOrderNumber(erpNo), shop: reader.text("shop") ?? "" };
}
