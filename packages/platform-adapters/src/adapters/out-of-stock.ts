import { cleanCell } from "@syt/orders-model";
import { z } from "zod";
import type { FieldAliases } from "../header";
import { type InputOptions, type ParseInput, toTable } from "../input";
import type { ParseIssue, ParseMeta } from "../issues";
import { runRows } from "../pipeline";
import type { Table } from "../table";

/** An SKU out of stock: take it down everywhere, handle the orders waiting for it. */
export const OutOfStockItem = z.object({
  sku: z.string().min(1),
  name: z.string().optional(),
  row: z.number().int().positive().optional(),
});
export type OutOfStockItem = z.infer<typeof OutOfStockItem>;

/** A 缺货 list's fields; an operator's profile names their headers (`"kind": "out-of-stock"`). */
export const OutOfStockField = z.enum(["sku", "name"]);
export type OutOfStockField = z.infer<typeof OutOfStockField>;

/** The 缺货 list (*assumed*: the QQ 缺货群's notice typed into a sheet): a merchant code per row. */
export const OUT_OF_STOCK_FIELDS: FieldAliases<OutOfStockField> = {
  sku: ["缺货商家编码", "缺货SKU", "缺货商品编码", "商家编码", "SKU", "商品编码"],
  name: ["商品名称", "品名", "药品名称"],
};

export interface OutOfStockResult {
  items: OutOfStockItem[];
  issues: ParseIssue[];
  meta: ParseMeta;
  table: Table;
}

/**
 * The SKUs of a 缺货 list, each once: a row without an SKU is an issue, an SKU listed again is
 * skipped as `duplicate` (its first row is the one used), 合计 and blank rows as such.
 */
export async function parseOutOfStock(
  input: ParseInput,
  options: InputOptions & { fields?: FieldAliases<OutOfStockField> } = {},
): Promise<OutOfStockResult> {
  const table = await toTable(input, options);
  const items: OutOfStockItem[] = [];
  const seen = new Set<string>();
  const spec = {
    platform: "out-of-stock",
    adapter: "out-of-stock",
    detectedBy: "override" as const,
    platformName: "缺货清单",
    fields: { ...OUT_OF_STOCK_FIELDS, ...options.fields },
    required: ["sku"] as const,
    idField: "sku" as const,
    missingId: "missing-sku" as const,
  };
  const { meta, issues } = runRows<OutOfStockField>(table, spec, (row) => {
    const sku = cleanCell(row.cell("sku") ?? "");
    if (seen.has(sku)) return { skip: "duplicate" };
    seen.add(sku);
    const item: OutOfStockItem = { sku, row: row.rowNumber };
    const name = cleanCell(row.cell("name") ?? "");
    if (name) item.name = name;
    items.push(item);
    return undefined;
  });
  return { items, issues, meta, table };
}
