import {
  Courier,
  checkWaybill,
  cleanCell,
  courierFromText,
  normalizeOrderNumber,
  splitWaybills,
} from "@syt/orders-model";
import { z } from "zod";
import type { FieldAliases } from "./header";
import { type InputOptions, type ParseInput, toTable } from "./input";
import { clip, type ParseIssue, type ParseMeta } from "./issues";
import { type MappedRow, runRows } from "./pipeline";
import type { Table } from "./table";

export const Allocation = z.enum(["allocated", "unallocated", "other"]);
export type Allocation = z.infer<typeof Allocation>;

export const WmsShipment = z.object({
  /** The order number the WMS row refers to, normalised like `Order.orderNo`. */
  orderRef: z.string().min(1),
  courier: Courier.optional(),
  courierRaw: z.string().optional(),
  waybills: z.array(z.string()),
  allocation: Allocation.optional(),
  allocationRaw: z.string().optional(),
  rowNumber: z.number().int().positive(),
});
export type WmsShipment = z.infer<typeof WmsShipment>;

export interface WmsResult {
  shipments: WmsShipment[];
  issues: ParseIssue[];
  meta: ParseMeta;
  table: Table;
}

type WmsField = "orderRef" | "courier" | "waybill" | "allocation";

/** The WMS logistics export ("查物流"); column names vary between its export templates. */
export const WMS_FIELDS: FieldAliases<WmsField> = {
  orderRef: ["外部单号", "平台单号", "订单号", "线上单号", "原始单号", "外部订单号"],
  courier: ["物流公司", "快递公司", "承运商", "快递"],
  waybill: ["物流单号", "快递单号", "运单号", "面单号"],
  allocation: ["分配状态", "配货状态", "状态"],
};

const ALLOCATED = new Set(["分配完成", "已分配", "分配成功", "已配货"]);
const UNALLOCATED = new Set(["未分配", "待分配", "分配失败", "缺货"]);

function allocationOf(raw: string): Allocation | undefined {
  const text = raw.replace(/\s+/g, "");
  if (text === "") return undefined;
  if (ALLOCATED.has(text)) return "allocated";
  if (UNALLOCATED.has(text)) return "unallocated";
  return "other";
}

function warning(
  row: MappedRow<WmsField>,
  code: ParseIssue["code"],
  field: WmsField,
  input: string,
): ParseIssue {
  return { code, severity: "warning", row: row.rowNumber, column: row.column(field), input: clip(input) };
}

function readShipment(row: MappedRow<WmsField>): { shipment: WmsShipment; warnings: ParseIssue[] } {
  const warnings: ParseIssue[] = [];
  const courierRaw = cleanCell(row.cell("courier") ?? "");
  const courier = courierRaw === "" ? undefined : courierFromText(courierRaw);
  if (courierRaw !== "" && courier === undefined)
    warnings.push(warning(row, "unknown_courier", "courier", courierRaw));
  const waybills = splitWaybills(row.cell("waybill") ?? "");
  for (const waybill of waybills) {
    const check = checkWaybill(waybill, courier);
    if (!check.ok || check.warnings.length > 0) {
      warnings.push({
        ...warning(row, "waybill_format", "waybill", waybill),
        params: { checks: check.warnings.join(",") },
      });
    }
  }
  const allocationRaw = cleanCell(row.cell("allocation") ?? "");
  const allocation = allocationOf(allocationRaw);
  if (allocation === "other") warnings.push(warning(row, "unknown_allocation", "allocation", allocationRaw));
  const shipment: WmsShipment = {
    orderRef: normalizeOrderNumber(row.cell("orderRef")),
    waybills,
    rowNumber: row.rowNumber,
  };
  if (courier) shipment.courier = courier;
  if (courierRaw !== "") shipment.courierRaw = courierRaw;
  if (allocation) shipment.allocation = allocation;
  if (allocationRaw !== "") shipment.allocationRaw = allocationRaw;
  return { shipment, warnings };
}

/** Shipments of a WMS logistics export: order reference, courier, waybills, allocation state. */
export async function parseWms(input: ParseInput, options: InputOptions = {}): Promise<WmsResult> {
  const table = await toTable(input, options);
  const shipments: WmsShipment[] = [];
  const seen = new Map<string, number>();
  const spec = {
    platform: "wms",
    adapter: "wms",
    detectedBy: "override" as const,
    platformName: "WMS",
    fields: WMS_FIELDS,
    required: ["orderRef", "waybill"] as const,
    idField: "orderRef" as const,
  };
  const { meta, issues } = runRows(table, spec, (row, sink) => {
    const { shipment, warnings } = readShipment(row);
    const first = seen.get(shipment.orderRef);
    if (first !== undefined) {
      warnings.push({
        ...warning(row, "duplicate_ref", "orderRef", shipment.orderRef),
        params: { firstRow: first },
      });
    } else {
      seen.set(shipment.orderRef, row.rowNumber);
    }
    shipments.push(shipment);
    sink.push(...warnings);
    return undefined;
  });
  return { shipments, issues, meta, table };
}
