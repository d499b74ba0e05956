import { AFTER_SALE_FIELDS } from "./adapters/after-sales";
import { withCommonFields } from "./adapters/common-fields";
import { guanwang } from "./adapters/guanwang";
import { OUT_OF_STOCK_FIELDS } from "./adapters/out-of-stock";
import type { OrderField } from "./adapters/types";
import { WMS_FIELDS } from "./adapters/wms";
import { type FieldAliases, mapColumns } from "./header";
import { orderLayouts, type Recognition } from "./recognise";
import type { Cell } from "./table";

/** How the other readers' fields stand for order fields: a WMS row's 外部单号 is an order number. */
const AS_ORDER_FIELDS = {
  wms: { orderNo: WMS_FIELDS.orderRef, courier: WMS_FIELDS.courier, waybill: WMS_FIELDS.waybill },
  "after-sales": {
    orderNo: AFTER_SALE_FIELDS.orderNo,
    erpNo: AFTER_SALE_FIELDS.erpNo,
    shop: AFTER_SALE_FIELDS.shop,
  },
  "out-of-stock": { sku: OUT_OF_STOCK_FIELDS.sku, productName: OUT_OF_STOCK_FIELDS.name },
} as const satisfies Record<string, FieldAliases<OrderField>>;

/**
 * For a header no layout matched (a selection's columns, a sheet an operator made): each field's
 * aliases of every order layout, 官网's first, then the WMS export's. A guess, named as one: the
 * caller shows what it found and the operator checks it.
 */
function everyLayoutsAliases(): FieldAliases<OrderField> {
  const tables: FieldAliases<OrderField>[] = [
    guanwang.fields,
    ...orderLayouts()
      .filter((adapter) => adapter !== guanwang)
      .map((adapter) => withCommonFields(adapter.fields).fields),
    AS_ORDER_FIELDS.wms,
  ];
  const merged: Partial<Record<OrderField, string[]>> = {};
  for (const table of tables) {
    for (const [field, aliases] of Object.entries(table) as [OrderField, readonly string[]][]) {
      merged[field] = [...new Set([...(merged[field] ?? []), ...aliases])];
    }
  }
  return merged;
}

/**
 * Which column of a header row holds which order field, by the aliases of the layout
 * `recogniseExport` named (an order adapter or profile with the common fields, the WMS export, a
 * 售后单 list, a 缺货 list): for a host that holds a row and its header (a selection, a finding's
 * row) and must not match header texts itself. Without a recognised layout, every layout's aliases
 * are tried (官网's first). A column goes to one field.
 */
export function orderColumnsOf(
  header: readonly Cell[],
  recognition?: Pick<Recognition, "kind" | "orderAdapter">,
): Partial<Record<OrderField, number>> {
  const kind = recognition?.kind ?? "unknown";
  if (kind === "orders" && recognition?.orderAdapter) {
    const { fields, shared } = withCommonFields(recognition.orderAdapter.fields);
    return mapColumns(header, fields, shared);
  }
  if (kind === "wms" || kind === "after-sales" || kind === "out-of-stock")
    return mapColumns<OrderField>(header, AS_ORDER_FIELDS[kind]);
  return mapColumns(header, everyLayoutsAliases());
}
