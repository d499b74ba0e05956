import { HEADER_SCAN_ROWS, normalizeHeader } from "../header";
import { BUILTIN_PROFILES } from "../profiles/builtin";
import { adapterFromProfile } from "../profiles/schema";
import type { Table } from "../table";
import { guanwang } from "./guanwang";
import { pinduoduo } from "./pinduoduo";
import type { OrderAdapter } from "./types";
import { wanliniu } from "./wanliniu";

interface Signature {
  adapter: OrderAdapter;
  /** Every one of these headers must be in one row. */
  all: readonly string[];
  /** And, when given, at least one of these. */
  any?: readonly string[];
}

const profileSignatures: Signature[] = BUILTIN_PROFILES.map((profile) => ({
  adapter: adapterFromProfile(profile),
  all: profile.signature,
}));

/**
 * Which platform exported a sheet, tried top to bottom: the first signature a top row
 * matches wins, so the most specific signatures come first.
 */
const SIGNATURES: readonly Signature[] = [
  // 拼多多: `商家编码-…维度` and the `(元)` money columns exist in no other export.
  {
    adapter: pinduoduo,
    all: ["订单号", "订单状态"],
    any: ["商家编码-规格维度", "商家编码-SKU维度", "用户实付金额(元)", "商家实收金额(元)"],
  },
  // 万里牛: it alone has both its own number and the platform's (线上单号).
  { adapter: wanliniu, all: ["线上单号"], any: ["订单编号", "店铺名称"] },
  // 万里牛's 订单明细 export as it really is: the platform's 原订单号 beside its own 系统单号.
  { adapter: wanliniu, all: ["原订单号"], any: ["系统单号", "系统订单号"] },
  // Marketplaces with starting profiles (平安好医生, 药房网, 苏宁, 寻医问药): each profile's own signature.
  ...profileSignatures,
  // 官网 last: 订单号 is everywhere; status and 支付方式 columns are what no marketplace export has.
  { adapter: guanwang, all: [], any: ["订单处理状态", "订单支付方式", "支付方式", "发货状态", "付款状态"] },
];

const ADAPTERS: readonly OrderAdapter[] = [
  guanwang,
  pinduoduo,
  wanliniu,
  ...profileSignatures.map((s) => s.adapter),
];

/** An adapter by its id (`guanwang`, `wanliniu`, `profile:suning`) or platform id (`suning`). */
export function adapterById(id: string): OrderAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.id === id) ?? ADAPTERS.find((adapter) => adapter.platform === id);
}

export function listAdapters(): readonly OrderAdapter[] {
  return ADAPTERS;
}

// As far down as the header itself is looked for: a reader passing rows on may decide after that many.
const ROWS_TO_SCAN = HEADER_SCAN_ROWS;

function rowMatches(headers: Set<string>, signature: Signature): boolean {
  const has = (text: string) => headers.has(normalizeHeader(text));
  return signature.all.every(has) && (signature.any === undefined || signature.any.some(has));
}

/** The adapter whose signature a top row matches; 官网 when none does (its header check then names what is missing). */
export function detectAdapter(table: Table): OrderAdapter {
  const rows = table.rows.slice(0, ROWS_TO_SCAN).map((row) => new Set(row.cells.map(normalizeHeader)));
  const found = SIGNATURES.find((signature) => rows.some((headers) => rowMatches(headers, signature)));
  return found?.adapter ?? guanwang;
}
