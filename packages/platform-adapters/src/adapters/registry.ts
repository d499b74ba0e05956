import { normalizeHeader } from "../header";
import type { Table } from "../table";
import { guanwang } from "./guanwang";
import type { OrderAdapter } from "./types";

interface Signature {
  adapter: OrderAdapter;
  /** Every one of these headers must be in one row. */
  all: readonly string[];
  /** And at least one of these. */
  any: readonly string[];
}

/**
 * Which platform exported a sheet, tried top to bottom: the first signature a top row
 * matches wins, so the most specific signatures come first.
 */
const SIGNATURES: readonly Signature[] = [
  // 官网 last: 订单号 is everywhere; its statuses and 支付方式 columns are what no marketplace export has.
  {
    adapter: guanwang,
    all: [],
    any: ["订单处理状态", "订单支付方式", "支付方式", "发货状态", "付款状态"],
  },
];

const ADAPTERS: readonly OrderAdapter[] = [guanwang];

/** An adapter by its id (`guanwang`, `pinduoduo`, …) or platform id. */
export function adapterById(id: string): OrderAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.id === id) ?? ADAPTERS.find((adapter) => adapter.platform === id);
}

export function listAdapters(): readonly OrderAdapter[] {
  return ADAPTERS;
}

const ROWS_TO_SCAN = 30;

function rowMatches(headers: Set<string>, signature: Signature): boolean {
  const has = (text: string) => headers.has(normalizeHeader(text));
  return signature.all.every(has) && signature.any.some(has);
}

/** The adapter whose signature a top row matches; 官网 when none does (its header check then names what is missing). */
export function detectAdapter(table: Table): OrderAdapter {
  const rows = table.rows.slice(0, ROWS_TO_SCAN).map((row) => new Set(row.cells.map(normalizeHeader)));
  const found = SIGNATURES.find((signature) => rows.some((headers) => rowMatches(headers, signature)));
  return found?.adapter ?? guanwang;
}
