import {
  COURIERS,
  cleanCell,
  normalizeOrderNumber,
  type Order,
  PLATFORMS,
  type PlatformId,
  type ShippingState,
  splitAddress,
  splitWaybills,
} from "@syt/orders-model";
import {
  type Cell,
  guanwang,
  type OrderField,
  orderColumnsOf,
  type Recognition,
  recogniseExport,
  tableFromValues,
} from "@syt/platform-adapters";
import type { LoadedExport, OrderRef } from "../ui/workspace";

/** What a message can take from an order, whether it comes from a parsed order or a row of a sheet. */
export interface OrderFacts {
  orderNo?: string;
  /** 万里牛's own number (XD…), which the invoice request asks for. */
  erpNo?: string;
  /** The platform's display name (苏宁), as the templates accept it. */
  platform?: string;
  receiverName?: string;
  phone?: string;
  province?: string;
  city?: string;
  district?: string;
  address?: string;
  courier?: string;
  waybill?: string;
  /** The parcel has left the warehouse: a waybill, or a shipped status. */
  shipped?: boolean;
  /** 货到付款. */
  cod?: boolean;
  lines: FactLine[];
}

export interface FactLine {
  product: string;
  sku?: string;
  quantity?: number;
}

/** The row facts a column can carry, and the order field (as the adapters map it) that holds each. */
const FACT_FIELDS = {
  orderNo: "orderNo",
  erpNo: "erpNo",
  receiverName: "receiverName",
  mobile: "mobile",
  landline: "landline",
  province: "province",
  city: "city",
  district: "district",
  address: "address",
  courier: "courier",
  waybill: "waybill",
  product: "productName",
  sku: "sku",
  quantity: "quantity",
} as const satisfies Record<string, OrderField>;

export type RowFact = keyof typeof FACT_FIELDS;
export const ROW_FACTS = Object.keys(FACT_FIELDS) as RowFact[];

export interface ColumnMap {
  /** The reader the library recognised the header as (官网 when it names no whole export). */
  adapterName: string;
  platform: PlatformId;
  columns: Partial<Record<RowFact, number>>;
}

/**
 * Which column holds which fact: the library recognises the header (`recogniseExport`) and maps
 * its columns by that layout's aliases (`orderColumnsOf`); no header text is matched here. A
 * selection's columns name no whole export as often as not: then every layout's aliases are tried,
 * 官网's first, and 官网 is named (a choice of this form's, not a recognition).
 */
export function mapColumns(header: readonly unknown[], recognition?: Recognition): ColumnMap {
  const known = recognition ?? recogniseExport(tableFromValues([[...header]]));
  const fields = orderColumnsOf(header as Cell[], known);
  const columns: Partial<Record<RowFact, number>> = {};
  for (const fact of ROW_FACTS) {
    const index = fields[FACT_FIELDS[fact]];
    if (index !== undefined) columns[fact] = index;
  }
  const adapter = known.orderAdapter ?? guanwang;
  return { adapterName: adapter.name, platform: adapter.platform, columns };
}

/**
 * Of the top rows of a sheet, the header row as the library finds it (`recogniseExport`'s
 * `headerRow`, past title rows), with its columns mapped; null when no row of them names a fact.
 */
export function findHeaderRow(
  top: readonly (readonly unknown[])[],
  /** The operator's saved mapping profiles (设置表头对应), tried before the built-in layouts. */
  profiles?: readonly unknown[],
): { index: number; map: ColumnMap } | null {
  const recognition = recogniseExport(
    tableFromValues(top.map((row) => [...row])),
    profiles ? { profiles } : {},
  );
  if (recognition.headerRow === undefined) return null;
  const index = recognition.headerRow - 1;
  const map = mapColumns(top[index] ?? [], recognition);
  return Object.keys(map.columns).length > 0 ? { index, map } : null;
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  return cleanCell(String(cell));
}

function present(value: string): string | undefined {
  return value === "" ? undefined : value;
}

/** The facts of one order's rows (an order spans one row per product): order-level cells from the first row. */
export function factsFromRows(map: ColumnMap, rows: readonly (readonly unknown[])[]): OrderFacts {
  const at = (row: readonly unknown[] | undefined, fact: RowFact) => {
    const index = map.columns[fact];
    return index === undefined || !row ? undefined : present(cellText(row[index]));
  };
  const first = rows[0];
  const lines = rows.flatMap((row): FactLine[] => {
    const product = at(row, "product");
    if (!product) return [];
    const quantity = Number(at(row, "quantity"));
    const sku = at(row, "sku");
    return [
      {
        product,
        ...(sku ? { sku } : {}),
        ...(Number.isInteger(quantity) && quantity > 0 ? { quantity } : {}),
      },
    ];
  });
  const facts: OrderFacts = { platform: PLATFORMS[map.platform].name, lines };
  const set = <K extends keyof OrderFacts>(key: K, value: OrderFacts[K] | undefined) => {
    if (value !== undefined) facts[key] = value;
  };
  set("orderNo", at(first, "orderNo"));
  set("erpNo", at(first, "erpNo"));
  set("receiverName", at(first, "receiverName"));
  set("phone", at(first, "mobile") ?? at(first, "landline"));
  set("province", at(first, "province"));
  set("city", at(first, "city"));
  set("district", at(first, "district"));
  set("address", at(first, "address"));
  set("courier", at(first, "courier"));
  // A parcel split in two carries both waybills in one cell: the message is about the first.
  set("waybill", splitWaybills(at(first, "waybill") ?? "")[0]);
  if (facts.waybill) facts.shipped = true;
  return withAddressParts(facts);
}

/** A row handed over by another tab (`{ header, values }`). */
export function factsFromRow(header: readonly unknown[], values: readonly unknown[]): OrderFacts {
  return factsFromRows(mapColumns(header), [values]);
}

/** Shipping states past the warehouse door. */
const SHIPPED: ReadonlySet<ShippingState> = new Set(["shipped", "shipping", "partially_shipped", "received"]);

/** The facts of an order the adapters parsed. */
export function factsFromOrder(order: Order): OrderFacts {
  const { receiver, logistics } = order;
  const facts: OrderFacts = {
    orderNo: order.orderNo,
    platform: PLATFORMS[order.platform].name,
    lines: order.lines.map((line) => ({
      product: line.productName,
      ...(line.sku ? { sku: line.sku } : {}),
      ...(line.quantity > 0 ? { quantity: line.quantity } : {}),
    })),
  };
  const set = <K extends keyof OrderFacts>(key: K, value: OrderFacts[K] | undefined) => {
    if (value !== undefined && value !== "") facts[key] = value;
  };
  set("receiverName", receiver.name);
  set("phone", receiver.phone);
  set("province", receiver.province);
  set("city", receiver.city);
  set("district", receiver.district);
  set("address", receiver.address);
  set("courier", logistics.courier ? COURIERS[logistics.courier].name : logistics.courierRaw);
  set("waybill", logistics.waybills[0]);
  const shipping = order.status.shipping;
  facts.shipped = logistics.waybills.length > 0 || (shipping !== undefined && SHIPPED.has(shipping));
  facts.cod = order.payment.isCod;
  return withAddressParts(facts);
}

/** Facts with 省 and 市 taken from the front of a one-cell address, when the export had no columns for them. */
function withAddressParts(facts: OrderFacts): OrderFacts {
  if (facts.province || facts.city || !facts.address) return facts;
  const { province, city, street } = splitAddress(facts.address);
  if (!province || !city || street === "") return facts;
  return { ...facts, province, city, address: street };
}

/** 省 市 区 + street as one line, without repeating what the street cell already starts with. */
export function fullAddress(facts: OrderFacts): string | undefined {
  const street = facts.address ?? "";
  const parts = [facts.province, facts.city, facts.district].filter(
    (part): part is string => part !== undefined && !street.includes(part),
  );
  const joined = [...parts, street].join("");
  return joined === "" ? undefined : joined;
}

export type SelectionFacts =
  | { ok: true; facts: OrderFacts; source: string; adapterName: string }
  | { ok: false; problem: string };

/**
 * The selected rows of a sheet as one order: the header is the top row naming the most
 * columns; further selected rows count when they belong to the first row's order (one row per product).
 */
export function factsFromSelection(
  selection: {
    sheet: string;
    top: readonly (readonly unknown[])[];
    rows: readonly (readonly unknown[])[];
    rowNumber: number;
  },
  profiles?: readonly unknown[],
): SelectionFacts {
  const header = findHeaderRow(selection.top, profiles);
  if (!header) {
    return {
      ok: false,
      problem: `「${selection.sheet}」上方没有认得出的表头（订单号、收货人、运单号等）：请选中导出数据中的一行（表头下面的行）。`,
    };
  }
  const { map } = header;
  const orderColumn = map.columns.orderNo;
  const firstOrder = orderColumn === undefined ? undefined : cellText(selection.rows[0]?.[orderColumn]);
  const sameOrder = (row: readonly unknown[]) => {
    if (orderColumn === undefined) return true;
    const order = cellText(row[orderColumn]);
    return order === "" || order === firstOrder;
  };
  const end = selection.rows.findIndex((row, index) => index > 0 && !sameOrder(row));
  const rows = end === -1 ? selection.rows : selection.rows.slice(0, end);
  const last = selection.rowNumber + rows.length - 1;
  const where = rows.length > 1 ? `第 ${selection.rowNumber} 至 ${last} 行` : `第 ${selection.rowNumber} 行`;
  return {
    ok: true,
    facts: factsFromRows(map, rows),
    source: `「${selection.sheet}」${where}`,
    adapterName: map.adapterName,
  };
}

/** An order and its row together (a finding gives both): the parsed order's values first, the row's cells fill the gaps. */
export function mergeFacts(first: OrderFacts, second: OrderFacts): OrderFacts {
  const merged: OrderFacts = {
    ...second,
    ...first,
    lines: first.lines.length > 0 ? first.lines : second.lines,
  };
  // Shipped in any export is shipped.
  if (first.shipped || second.shipped) merged.shipped = true;
  for (const key of Object.keys(second) as (keyof OrderFacts)[]) {
    if (merged[key] === undefined) Object.assign(merged, { [key]: second[key] });
  }
  return merged;
}

/**
 * The same order in the other exports loaded (the 官网 export has no waybill, 万里牛's does): what
 * they know fills what the picked order lacks. `from` names the exports that added something.
 */
export function withOtherExports(
  facts: OrderFacts,
  loaded: readonly { fileName: string; orders: readonly Order[] }[],
): { facts: OrderFacts; from: string[] } {
  const orderNo = facts.orderNo ? normalizeOrderNumber(facts.orderNo) : "";
  if (!orderNo) return { facts, from: [] };
  let merged = facts;
  const from: string[] = [];
  for (const file of loaded) {
    const same = file.orders.find((order) => normalizeOrderNumber(order.orderNo) === orderNo);
    if (!same) continue;
    const next = mergeFacts(merged, factsFromOrder(same));
    if (Object.keys(next).some((key) => merged[key as keyof OrderFacts] === undefined))
      from.push(file.fileName);
    merged = next;
  }
  return { facts: merged, from };
}

/** An order's facts and, in the operator's words, where they were read. */
export interface SourcedFacts {
  facts: OrderFacts;
  source: string;
}

/** Picked facts completed from the same order in the loaded exports (a waybill from 万里牛's). */
export function completedFacts(picked: SourcedFacts, loaded: readonly LoadedExport[]): SourcedFacts {
  const { facts, from } = withOtherExports(picked.facts, loaded);
  return from.length === 0 ? picked : { facts, source: `${picked.source}；补充自 ${from.join("、")}` };
}

/**
 * The facts of an order another tab hands over (a finding's row): the parsed order first, then its
 * row, then its rows in the other export of the same report (the WMS row of an 官网 finding), then
 * every loaded export. Null when the reference names no order.
 */
export function factsOfRef(ref: OrderRef, loaded: readonly LoadedExport[]): SourcedFacts | null {
  const parts = [
    ...(ref.order ? [factsFromOrder(ref.order)] : []),
    ...(ref.row ? [factsFromRow(ref.row.header, ref.row.values)] : []),
    ...(ref.also ?? []).map((row) => factsFromRow(row.header, row.values)),
  ];
  const [first, ...rest] = parts;
  if (!first) return null;
  const facts = rest.reduce(mergeFacts, first);
  const also = (ref.also ?? []).map((row) => row.source);
  const source = also.length > 0 ? `${ref.source}；补充自 ${also.join("、")}` : ref.source;
  return completedFacts({ facts, source }, loaded);
}
