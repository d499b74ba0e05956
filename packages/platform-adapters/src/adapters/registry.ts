import { orderLayouts, recogniseExport } from "../recognise";
import type { Table } from "../table";
import type { OrderAdapter } from "./types";

/**
 * An adapter by its id (`guanwang`, `wanliniu`, `profile:suning`) or platform id (`suning`).
 * `profiles` (an operator's) come first: a platform id names the operator's profile of it before the built-in one.
 */
export function adapterById(id: string, profiles?: readonly unknown[]): OrderAdapter | undefined {
  const adapters = orderLayouts(profiles);
  return adapters.find((adapter) => adapter.id === id) ?? adapters.find((adapter) => adapter.platform === id);
}

/** Every built-in order adapter (and the operator's `profiles`, first). */
export function listAdapters(profiles?: readonly unknown[]): readonly OrderAdapter[] {
  return orderLayouts(profiles);
}

/**
 * The order adapter `recogniseExport` names for the sheet, or undefined when the sheet is no order
 * export we know (a WMS export, a 售后单 list, a bill): there is no fallback to 官网.
 */
export function detectAdapter(table: Table, profiles?: readonly unknown[]): OrderAdapter | undefined {
  return recogniseExport(table, { profiles }).orderAdapter;
}
