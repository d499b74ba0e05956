import type { Order, PlatformId } from "@syt/orders-model";
import { adapterById, detectAdapter, listAdapters } from "./adapters/registry";
import type { OrderAdapter } from "./adapters/types";
import { type ErpReference, OrderAssembler } from "./assemble";
import { UnknownPlatformError } from "./errors/unknown-platform";
import { type InputOptions, type ParseInput, toTable } from "./input";
import type { ParseIssue, ParseMeta } from "./issues";
import { runRows } from "./pipeline";
import { adapterFromProfile } from "./profiles/schema";
import type { Table } from "./table";

export interface ParseOrdersOptions extends InputOptions {
  /** Skip detection: a platform id (`guanwang`, `pinduoduo`, …) or adapter id (`wanliniu`). */
  platform?: PlatformId | "wanliniu" | (string & {});
  /** A mapping profile (object or JSON text) describing the export; wins over `platform`. */
  profile?: unknown;
  /** A ready adapter; wins over `profile` and `platform`. */
  adapter?: OrderAdapter;
}

export interface OrdersResult {
  orders: Order[];
  issues: ParseIssue[];
  meta: ParseMeta;
  table: Table;
  /** 万里牛 only: its XD order number and shop for each platform order. */
  references: ErpReference[];
}

/** Every id `platform` takes: platform ids first (`suning`), then adapter ids (`wanliniu`, `profile:suning`). */
function knownPlatformIds(): string[] {
  const adapters = listAdapters();
  return [
    ...new Set([...adapters.map((adapter) => adapter.platform), ...adapters.map((adapter) => adapter.id)]),
  ];
}

function chooseAdapter(
  table: Table,
  options: ParseOrdersOptions,
): { adapter: OrderAdapter; detectedBy: ParseMeta["detectedBy"] } {
  if (options.adapter) return { adapter: options.adapter, detectedBy: "override" };
  if (options.profile !== undefined)
    return { adapter: adapterFromProfile(options.profile), detectedBy: "override" };
  if (options.platform !== undefined) {
    const adapter = adapterById(options.platform);
    if (!adapter) throw new UnknownPlatformError(options.platform, knownPlatformIds());
    return { adapter, detectedBy: "override" };
  }
  return { adapter: detectAdapter(table), detectedBy: "signature" };
}

/** Orders of a platform export, with every row accounted for. Throws only for unreadable input. */
export async function parseOrders(
  input: ParseInput,
  options: ParseOrdersOptions = {},
): Promise<OrdersResult> {
  const table = await toTable(input, options);
  const { adapter, detectedBy } = chooseAdapter(table, options);
  const assembler = new OrderAssembler(adapter);
  const { meta, issues } = runRows(
    table,
    {
      platform: adapter.platform,
      adapter: adapter.id,
      detectedBy,
      platformName: adapter.name,
      fields: adapter.fields,
      required: adapter.required,
      idField: "orderNo",
    },
    (row, issues) => assembler.add(row, issues),
  );
  return { orders: assembler.orders(), issues, meta, table, references: assembler.references() };
}
