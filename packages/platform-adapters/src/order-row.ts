import {
  cleanCell,
  courierFromText,
  isPrescriptionText,
  isTcmText,
  type Logistics,
  normalizeOrderNumber,
  type Order,
  type OrderLine,
  type PlatformId,
  parseDateCell,
  parseMoney,
  parsePaymentMethod,
  parsePhone,
  type Receiver,
  splitWaybills,
} from "@syt/orders-model";
import { readStatus } from "./adapters/status";
import type { OrderAdapter, OrderField } from "./adapters/types";
import { clip, type IssueCode, type ParseIssue } from "./issues";
import type { MappedRow } from "./pipeline";
import { isBlankCell } from "./table";

type Row = MappedRow<OrderField>;

/** What one data row says about its order, and the product line it carries. */
export interface OrderRowRead {
  key: string;
  order: Order;
  line?: OrderLine;
  erp?: { erpNo: string; shop: string };
  warnings: ParseIssue[];
}

class RowReader {
  readonly warnings: ParseIssue[] = [];

  constructor(readonly row: Row) {}

  text(field: OrderField): string | undefined {
    const value = this.row.cell(field);
    if (isBlankCell(value)) return undefined;
    const text = cleanCell(value);
    return text === "" ? undefined : text;
  }

  warn(code: IssueCode, field: OrderField, input?: string, params?: ParseIssue["params"]): void {
    const issue: ParseIssue = {
      code,
      severity: "warning",
      row: this.row.rowNumber,
      column: this.row.column(field),
    };
    if (input !== undefined) issue.input = clip(input);
    if (params) issue.params = params;
    this.warnings.push(issue);
  }

  money(field: OrderField): number | undefined {
    const value = this.row.cell(field);
    if (isBlankCell(value)) return undefined;
    const parsed = parseMoney(value);
    if (parsed.ok) return parsed.fen;
    this.warn("invalid_money", field, cleanCell(value));
    return undefined;
  }

  date(field: OrderField): Date | undefined {
    const value = this.row.cell(field);
    if (isBlankCell(value)) return undefined;
    // Date cells come from exceljs, which puts the wall time the sheet showed in the UTC fields.
    const date = parseDateCell(value, { dateCell: "utc-wall-clock" });
    if (!date) this.warn("invalid_date", field, cleanCell(value));
    return date;
  }

  quantity(): number {
    const text = this.text("quantity");
    if (text === undefined) return 1;
    const quantity = Number(text);
    if (Number.isInteger(quantity) && quantity >= 0) return quantity;
    this.warn("invalid_quantity", "quantity", text);
    return 1;
  }

  phone(): string | undefined {
    const text = this.text("mobile") ?? this.text("landline");
    if (text === undefined) return undefined;
    const parsed = parsePhone(text);
    if (parsed.kind !== "invalid") return parsed.normalized;
    this.warn("invalid_phone", this.text("mobile") ? "mobile" : "landline", parsed.masked);
    return text;
  }
}

function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

function receiverOf(reader: RowReader): Receiver {
  return compact({
    name: reader.text("receiverName"),
    phone: reader.phone(),
    province: reader.text("province"),
    city: reader.text("city"),
    district: reader.text("district"),
    address: reader.text("address"),
  });
}

function logisticsOf(reader: RowReader): Logistics {
  const courierRaw = reader.text("courier");
  const courier = courierRaw === undefined ? undefined : courierFromText(courierRaw);
  if (courierRaw !== undefined && courier === undefined)
    reader.warn("unknown_courier", "courier", courierRaw);
  return compact({ courier, courierRaw, waybills: splitWaybills(reader.text("waybill") ?? "") });
}

function lineOf(reader: RowReader): OrderLine | undefined {
  const productName = reader.text("productName");
  if (productName === undefined) return undefined;
  return compact({
    productName,
    sku: reader.text("sku"),
    spec: reader.text("spec"),
    quantity: reader.quantity(),
    unitPriceFen: reader.money("unitPrice"),
    isPrescription: isPrescriptionText(productName) || undefined,
    isTcm: isTcmText(productName) || undefined,
    sourceRow: reader.row.rowNumber,
  });
}

function paymentOf(adapter: OrderAdapter, reader: RowReader): Order["payment"] {
  const text = reader.text("payment") ?? adapter.defaultPayment ?? "";
  const payment = parsePaymentMethod(text);
  if (text !== "" && payment.code === undefined) reader.warn("unknown_payment", "payment", text);
  return payment;
}

function statusOf(adapter: OrderAdapter, reader: RowReader): Order["status"] {
  const { status, unknown } = readStatus(adapter.status, (field) => reader.row.cell(field));
  if (unknown.length > 0) reader.warn("unknown_status", "status", status.raw, { parts: unknown.join(",") });
  return status;
}

function platformOf(adapter: OrderAdapter, reader: RowReader): PlatformId {
  if (!adapter.platformOf) return adapter.platform;
  const { platform, issue } = adapter.platformOf(reader.row);
  if (issue) reader.warnings.push(issue);
  return platform;
}

/** Reads one data row into its order (order-level fields) and line; problems become warnings. */
export function readOrderRow(adapter: OrderAdapter, row: Row): OrderRowRead {
  const reader = new RowReader(row);
  const orderNo = normalizeOrderNumber(row.cell("orderNo"));
  const order: Order = compact({
    platform: platformOf(adapter, reader),
    orderNo,
    placedAt: reader.date("placedAt"),
    status: statusOf(adapter, reader),
    payment: paymentOf(adapter, reader),
    receiver: receiverOf(reader),
    lines: [],
    amounts: compact({
      goods: reader.money("goodsAmount"),
      shipping: reader.money("shippingFee"),
      total: reader.money("totalAmount"),
      payable: reader.money("payableAmount"),
    }),
    buyerRemark: reader.text("buyerRemark"),
    merchantRemark: reader.text("merchantRemark"),
    logistics: logisticsOf(reader),
    sourceRows: [row.rowNumber],
  });
  const line = lineOf(reader);
  const erpNo = reader.text("erpNo");
  const read: OrderRowRead = { key: `${order.platform}:${orderNo}`, order, warnings: reader.warnings };
  if (line) read.line = line;
  if (erpNo) read.erp = { erpNo: normalizeOrderNumber(erpNo), shop: reader.text("shop") ?? "" };
  return read;
}
