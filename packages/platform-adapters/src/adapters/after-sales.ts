import {
  AfterSale,
  AfterSaleType,
  afterSaleTypeOf,
  cleanCell,
  normalizeOrderNumber,
  PlatformId,
  parseAfterSale,
  parseDateCell,
} from "@syt/orders-model";
import { z } from "zod";
import type { FieldAliases } from "../header";
import { type InputOptions, type ParseInput, toTable } from "../input";
import { clip, type ParseIssue, type ParseMeta } from "../issues";
import { type MappedRow, runRows } from "../pipeline";
import { platformOfText } from "../shops";
import { type Cell, isBlankCell, type Table } from "../table";

/** One after-sale request (售后单) of an order: who asked what, where it stands. */
export const AfterSaleTicket = z.object({
  /** The sheet row, as the operator numbers rows. */
  row: z.number().int().positive(),
  ticketNo: z.string().optional(),
  /** The platform's order number, normalised like `Order.orderNo`. */
  orderNo: z.string().min(1),
  /** 万里牛's own order number (系统订单号), where the list has it. */
  erpNo: z.string().optional(),
  platform: PlatformId.optional(),
  /** 退货 (a parcel comes back), 退款 (money only), or anything else (补发, 换货…). */
  type: AfterSaleType,
  typeRaw: z.string(),
  state: AfterSale,
  appliedAt: z.date().optional(),
  returnSignedAt: z.date().optional(),
  /** 拼多多's 订单状态 in its 售后 export: 未发货 / 已发货 when the request was made. */
  orderStageRaw: z.string().optional(),
});
export type AfterSaleTicket = z.infer<typeof AfterSaleTicket>;

/** A 售后单 list's fields; an operator's profile names their headers (`"kind": "after-sales"`). */
export const AfterSaleField = z.enum([
  "ticketNo",
  "orderNo",
  "erpNo",
  "shop",
  "type",
  "state",
  "appliedAt",
  "returnSignedAt",
  "orderStage",
]);
export type AfterSaleField = z.infer<typeof AfterSaleField>;

/**
 * The after-sale lists: 拼多多's 售后 export [medium] (售后编号, 订单编号), 万里牛's 售后单 [low: API
 * labels only] (售后单号, 线上订单号, 系统订单号, 状态, 创建时间) and a marketplace list as our operators
 * export it (*assumed*: 售后单号, 订单号, 平台, 售后类型, 售后状态, 申请时间). The platform's order number
 * is what the other exports carry, so 线上订单号 comes before 万里牛's own.
 */
export const AFTER_SALE_FIELDS: FieldAliases<AfterSaleField> = {
  orderNo: ["线上订单号", "订单编号", "订单号", "原订单号"],
  ticketNo: ["售后单号", "售后编号", "线上售后单号"],
  erpNo: ["系统订单号"],
  shop: ["平台", "店铺", "店铺名称"],
  type: ["售后类型", "类型"],
  state: ["售后状态", "状态"],
  appliedAt: ["申请时间", "创建时间"],
  returnSignedAt: ["退货签收时间", "商家签收时间"],
  orderStage: ["订单状态"],
};

export interface AfterSalesResult {
  tickets: AfterSaleTicket[];
  issues: ParseIssue[];
  meta: ParseMeta;
  table: Table;
}

export interface ParseAfterSalesOptions extends InputOptions {
  /** The platform of every row when the list has no shop column (拼多多's own export). */
  platform?: PlatformId;
  /** Header names of an operator's profile: each replaces the built-in aliases of its field. */
  fields?: FieldAliases<AfterSaleField>;
}

const text = (row: MappedRow<AfterSaleField>, field: AfterSaleField) => cleanCell(row.cell(field) ?? "");

/** A date cell, or a warning naming it. */
function dateOf(
  row: MappedRow<AfterSaleField>,
  field: AfterSaleField,
  issues: ParseIssue[],
): Date | undefined {
  const value = row.cell(field);
  if (isBlankCell(value)) return undefined;
  const date = parseDateCell(value as Cell, { dateCell: "utc-wall-clock" });
  if (!date) {
    issues.push({
      code: "invalid-date",
      severity: "warning",
      row: row.rowNumber,
      column: row.column(field),
      input: clip(cleanCell(value)),
    });
  }
  return date;
}

/**
 * After-sale tickets of a 售后单 list, every row accounted for: a row without an order number is
 * an issue, 合计 and blank rows are skipped with their reason (`meta.accounting`).
 */
export async function parseAfterSales(
  input: ParseInput,
  options: ParseAfterSalesOptions = {},
): Promise<AfterSalesResult> {
  const table = await toTable(input, options);
  const tickets: AfterSaleTicket[] = [];
  const spec = {
    platform: options.platform ?? "after-sales",
    adapter: "after-sales",
    detectedBy: "override" as const,
    platformName: "售后单",
    fields: { ...AFTER_SALE_FIELDS, ...options.fields },
    required: ["orderNo"] as const,
    idField: "orderNo" as const,
  };
  const { meta, issues } = runRows<AfterSaleField>(table, spec, (row, sink) => {
    const typeRaw = text(row, "type");
    const stateText = text(row, "state");
    const state = parseAfterSale(stateText);
    if (stateText !== "" && state.state === undefined) {
      sink.push({
        code: "unknown-after-sale",
        severity: "warning",
        row: row.rowNumber,
        column: row.column("state"),
        input: clip(stateText),
      });
    }
    const ticket: AfterSaleTicket = {
      row: row.rowNumber,
      orderNo: normalizeOrderNumber(row.cell("orderNo")),
      type: afterSaleTypeOf(typeRaw),
      typeRaw,
      state,
    };
    const ticketNo = text(row, "ticketNo");
    if (ticketNo) ticket.ticketNo = ticketNo;
    const erpNo = text(row, "erpNo");
    if (erpNo) ticket.erpNo = normalizeOrderNumber(erpNo);
    const platform = platformOfText(text(row, "shop")) ?? options.platform;
    if (platform) ticket.platform = platform;
    const appliedAt = dateOf(row, "appliedAt", sink);
    if (appliedAt) ticket.appliedAt = appliedAt;
    const signedAt = dateOf(row, "returnSignedAt", sink);
    if (signedAt) ticket.returnSignedAt = signedAt;
    const stage = text(row, "orderStage");
    if (stage) ticket.orderStageRaw = stage;
    tickets.push(ticket);
    return undefined;
  });
  return { tickets, issues, meta, table };
}
