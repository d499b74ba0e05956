import {
  Courier,
  checkWaybill,
  cleanCell,
  courierFromText,
  normalizeOrderNumber,
  parseDateCell,
  parseWmsStage,
  splitOrderNumbers,
  splitWaybills,
  WmsStage,
} from "@syt/orders-model";
import { z } from "zod";
import type { FieldAliases } from "../header";
import { type InputOptions, type ParseInput, toTable } from "../input";
import {
  clip,
  type IssueCode,
  type IssueOf,
  type IssueParams,
  type ParseIssue,
  type ParseMeta,
} from "../issues";
import { Memo } from "../memo";
import { type MappedRow, runRows } from "../pipeline";
import type { Table } from "../table";

export const WmsShipment = z.object({
  /** The order-number cell as written, normalised like `Order.orderNo` (`A|B` for a merged shipment). */
  orderRef: z.string().min(1),
  /**
   * Every order the row stands for: the parts of a merged `A|B` (or `A,B`), else `orderRef`
   * alone. Set by `parseWms`; read it through `shipmentOrderRefs`, which also serves shipments
   * made without it. Joins look every part up.
   */
  orderRefs: z.array(z.string().min(1)).min(1).optional(),
  courier: Courier.optional(),
  courierRaw: z.string().optional(),
  waybills: z.array(z.string()),
  /** The warehouse stage, where the word is known. */
  stage: WmsStage.optional(),
  /** The stage cell as the export had it, kept whether known or not. */
  stageRaw: z.string().optional(),
  /** When the order reached the WMS (创建时间 / 推送时间 …), Beijing time whatever suffix it carries. */
  createdAt: z.date().optional(),
  rowNumber: z.number().int().positive(),
});
export type WmsShipment = z.infer<typeof WmsShipment>;

/** The order numbers a shipment answers to: each part of a merged row, else its one reference. */
export function shipmentOrderRefs(shipment: Pick<WmsShipment, "orderRef" | "orderRefs">): readonly string[] {
  if (shipment.orderRefs !== undefined) return shipment.orderRefs;
  const parts = splitOrderNumbers(shipment.orderRef);
  return parts.length > 0 ? parts : [shipment.orderRef];
}

export interface WmsResult {
  shipments: WmsShipment[];
  issues: ParseIssue[];
  meta: ParseMeta;
  table: Table;
}

/** The WMS export's fields; an operator's WMS profile names their headers (`"kind": "wms"`). */
export const WmsField = z.enum(["orderRef", "courier", "waybill", "stage", "createdAt"]);
export type WmsField = z.infer<typeof WmsField>;
/** What a WMS export cannot be read without. */
export const WMS_REQUIRED = ["orderRef", "waybill"] as const satisfies readonly WmsField[];

/** The WMS logistics export ("查物流"); column names vary between its export templates. */
export const WMS_FIELDS: FieldAliases<WmsField> = {
  orderRef: ["外部单号", "平台单号", "订单号", "线上单号", "原始单号", "外部订单号"],
  courier: ["物流公司", "快递公司", "承运商", "快递"],
  waybill: ["物流单号", "快递单号", "运单号", "面单号"],
  // Most specific first: an export with both 配货状态 and 订单状态 is read by its 配货状态.
  stage: ["配货状态", "分配状态", "仓库状态", "订单状态", "状态"],
  // The daily checks time an order's wait for allocation from it.
  createdAt: ["创建时间", "推送时间", "付款时间", "下单时间"],
};

// The WMS behind 万里牛 writes Beijing times, with a fake `Z` where it writes one at all.
const WMS_DATES = { dateCell: "utc-wall-clock", zone: "ignore-suffix" } as const;

function warning<C extends IssueCode>(
  row: MappedRow<WmsField>,
  code: C,
  field: WmsField,
  input: string,
  ...params: IssueParams<C> extends undefined ? [] : [IssueParams<C>]
): ParseIssue {
  const issue = {
    code,
    severity: "warning",
    row: row.rowNumber,
    column: row.column(field),
    input: clip(input),
  };
  return (params[0] === undefined ? issue : { ...issue, params: params[0] }) as IssueOf<C>;
}

function readShipment(
  row: MappedRow<WmsField>,
  couriers: Memo<Courier | undefined>,
): { shipment: WmsShipment; warnings: ParseIssue[] } {
  const warnings: ParseIssue[] = [];
  const courierRaw = cleanCell(row.cell("courier") ?? "");
  const courier = courierRaw === "" ? undefined : couriers.get(courierRaw);
  if (courierRaw !== "" && courier === undefined)
    warnings.push(warning(row, "unknown-courier", "courier", courierRaw));
  const waybills = splitWaybills(row.cell("waybill") ?? "");
  for (const waybill of waybills) {
    const check = checkWaybill(waybill, courier);
    if (!check.ok || check.warnings.length > 0) {
      warnings.push(warning(row, "waybill-format", "waybill", waybill, { checks: check.warnings.join(",") }));
    }
  }
  const { stage, raw: stageRaw } = parseWmsStage(row.cell("stage") ?? "");
  if (stageRaw !== "" && stage === undefined) warnings.push(warning(row, "unknown-stage", "stage", stageRaw));
  const orderRef = normalizeOrderNumber(row.cell("orderRef"));
  const parts = splitOrderNumbers(orderRef);
  const shipment: WmsShipment = {
    orderRef,
    orderRefs: parts.length > 0 ? parts : [orderRef],
    waybills,
    rowNumber: row.rowNumber,
  };
  const time = row.cell("createdAt");
  if (time !== undefined && cleanCell(time) !== "") {
    const createdAt = parseDateCell(time, WMS_DATES);
    if (createdAt) shipment.createdAt = createdAt;
    else warnings.push(warning(row, "invalid-date", "createdAt", cleanCell(time)));
  }
  if (courier) shipment.courier = courier;
  if (courierRaw !== "") shipment.courierRaw = courierRaw;
  if (stage) shipment.stage = stage;
  if (stageRaw !== "") shipment.stageRaw = stageRaw;
  return { shipment, warnings };
}

export interface ParseWmsOptions extends InputOptions {
  /**
   * Header names of an operator's WMS profile (`recogniseExport`'s `fields`): each replaces the
   * built-in aliases of its field; the fields it does not name keep theirs.
   */
  fields?: FieldAliases<WmsField>;
}

/** Shipments of a WMS logistics export: order reference, courier, waybills, warehouse stage. */
export async function parseWms(input: ParseInput, options: ParseWmsOptions = {}): Promise<WmsResult> {
  const table = await toTable(input, options);
  const shipments: WmsShipment[] = [];
  const seen = new Map<string, number>();
  // An export names a handful of couriers over tens of thousands of rows.
  const couriers = new Memo(courierFromText);
  const spec = {
    platform: "wms",
    adapter: "wms",
    detectedBy: "override" as const,
    platformName: "WMS",
    fields: { ...WMS_FIELDS, ...options.fields },
    required: WMS_REQUIRED,
    idField: "orderRef" as const,
  };
  const { meta, issues } = runRows(table, spec, (row, sink) => {
    const { shipment, warnings } = readShipment(row, couriers);
    const first = seen.get(shipment.orderRef);
    if (first !== undefined) {
      warnings.push(warning(row, "duplicate-ref", "orderRef", shipment.orderRef, { firstRow: first }));
    } else {
      seen.set(shipment.orderRef, row.rowNumber);
    }
    shipments.push(shipment);
    sink.push(...warnings);
    return undefined;
  });
  return { shipments, issues, meta, table };
}
