import { cleanCell, maskPhone, type PlatformId } from "@syt/orders-model";
import { AFTER_SALE_FIELDS, AfterSaleField, parseAfterSales } from "../adapters/after-sales";
import { COMMON_FIELDS } from "../adapters/common-fields";
import { OUT_OF_STOCK_FIELDS, OutOfStockField, parseOutOfStock } from "../adapters/out-of-stock";
import { listAdapters } from "../adapters/registry";
import { OrderField } from "../adapters/types";
import { parseWms, WMS_FIELDS, WMS_REQUIRED, WmsField } from "../adapters/wms";
import { type FieldAliases, mapColumns, normalizeHeader } from "../header";
import type { ParseIssue } from "../issues";
import { parseOrders } from "../orders/parse-orders";
import { recogniseExport } from "../recognise";
import type { Table } from "../table";
import { BUILTIN_PROFILES } from "./builtin";
import { checkMappingProfile, type OperatorProfile, type ProfileProblem } from "./schema";

/** What an operator maps: an order export (of one platform) or one of the lists. */
export type MappingKind = "orders" | "wms" | "after-sales" | "out-of-stock";

/**
 * Why a field is asked for: `read` the file cannot be read without it; `cod` the 货到付款 report
 * needs it; `daily` a daily check reads it; `optional` shown in messages and previews only.
 */
export type FieldNeed = "read" | "cod" | "daily" | "optional";

export interface DraftField {
  field: string;
  need: FieldNeed;
  /** The header cell guessed for it, as the file writes it; none when nothing looks like it. */
  guess?: string;
  /** How sure the guess is: `exact` an alias, `loose` an alias once `(元)` and the like are set aside, `partial` one contains the other. */
  match?: "exact" | "loose" | "partial";
}

export interface MappingDraft {
  kind: MappingKind;
  platform?: PlatformId;
  /** The header row, numbered as the operator sees it. */
  headerRow: number;
  /** Every filled header cell, in column order: the choices of each field. */
  header: string[];
  fields: DraftField[];
}

export interface DraftOptions {
  kind: MappingKind;
  /** For orders: the platform the export comes from (its own aliases are tried first). Default 官网. */
  platform?: PlatformId;
  fileName?: string;
}

// The fields each reader asks for, most needed first; the rest of an order export's fields follow as optional.
const ORDER_NEEDS: Partial<Record<OrderField, FieldNeed>> = {
  orderNo: "read",
  placedAt: "cod",
  status: "cod",
  orderState: "cod",
  payState: "cod",
  shippingState: "cod",
  payment: "cod",
  totalAmount: "cod",
  payableAmount: "cod",
  receiverName: "optional",
  mobile: "optional",
  paidAt: "daily",
  promiseAt: "daily",
  rxFlag: "daily",
  rxReview: "daily",
  abnormalReason: "daily",
  afterSale: "daily",
  underReview: "daily",
};

const LIST_FIELDS = {
  wms: { fields: WmsField.options, aliases: WMS_FIELDS, required: WMS_REQUIRED as readonly string[] },
  "after-sales": { fields: AfterSaleField.options, aliases: AFTER_SALE_FIELDS, required: ["orderNo"] },
  "out-of-stock": { fields: OutOfStockField.options, aliases: OUT_OF_STOCK_FIELDS, required: ["sku"] },
} as const;

function needOf(kind: MappingKind, field: string): FieldNeed {
  if (kind === "orders") return ORDER_NEEDS[field as OrderField] ?? "optional";
  return (LIST_FIELDS[kind].required as readonly string[]).includes(field) ? "read" : "optional";
}

/** The fields of a kind, in the order the operator sees them: what the tool needs first. */
export function mappingFields(kind: MappingKind): { field: string; need: FieldNeed }[] {
  const fields: readonly string[] = kind === "orders" ? OrderField.options : LIST_FIELDS[kind].fields;
  const rank: Record<FieldNeed, number> = { read: 0, cod: 1, daily: 2, optional: 3 };
  return fields
    .map((field) => ({ field, need: needOf(kind, field) }))
    .sort((a, b) => rank[a.need] - rank[b.need]);
}

/** Every alias a field has in any layout we read, the platform's own first. */
function aliasesOf(kind: MappingKind, platform: PlatformId | undefined): FieldAliases<string> {
  if (kind !== "orders") return LIST_FIELDS[kind].aliases;
  const adapters = listAdapters();
  const own = adapters.filter((adapter) => adapter.platform === (platform ?? "guanwang"));
  const layouts = [...own, ...adapters.filter((adapter) => !own.includes(adapter))].map((a) => a.fields);
  const merged: Record<string, string[]> = {};
  for (const fields of [...layouts, COMMON_FIELDS as FieldAliases<OrderField>]) {
    for (const [field, aliases] of Object.entries(fields)) {
      merged[field] = [...new Set([...(merged[field] ?? []), ...(aliases ?? [])])];
    }
  }
  return merged;
}

/** A header with its unit and brackets set aside: `订单总金额（元）` and `订单总金额` compare equal. */
function loose(text: string): string {
  return normalizeHeader(text).replace(/\((元|rmb|¥|人民币)\)|[()（）]/g, "");
}

const SCORE = { exact: 3, loose: 2, partial: 1 } as const;

function matchOf(header: string, alias: string): DraftField["match"] {
  if (normalizeHeader(header) === normalizeHeader(alias)) return "exact";
  const h = loose(header);
  const a = loose(alias);
  if (h === a) return "loose";
  // One word inside the other (收货人手机号 / 手机号): only for words of two characters or more.
  if (a.length >= 2 && h.length >= 2 && (h.includes(a) || a.includes(h))) return "partial";
  return undefined;
}

/**
 * The header row: of the top rows, the one most aliases of the kind name (the header finder's
 * `mapColumns`), else the row the recogniser takes for a header.
 */
function headerRowOf(table: Table, aliases: FieldAliases<string>, fileName: string | undefined) {
  const top = table.rows.slice(0, 30);
  let best: { at: number; matched: number } = { at: -1, matched: 0 };
  top.forEach((row, at) => {
    const matched = Object.keys(mapColumns(row.cells, aliases)).length;
    if (matched > best.matched) best = { at, matched };
  });
  if (best.at >= 0) return top[best.at];
  const recognised = recogniseExport(table, fileName === undefined ? {} : { fileName });
  return table.rows.find((row) => row.rowNumber === recognised.headerRow) ?? top[0];
}

/**
 * A first mapping for a file no layout recognised: its header row, and for each field the kind's
 * reader knows the header cell that looks most like one of its aliases. Each cell goes to one field.
 */
export function draftMapping(table: Table, options: DraftOptions): MappingDraft {
  const aliases = aliasesOf(options.kind, options.platform);
  const row = headerRowOf(table, aliases, options.fileName);
  const header = (row?.cells ?? []).map((cell) => cleanCell(cell).trim()).filter((text) => text !== "");
  const fields = mappingFields(options.kind);
  // Best pairs first, so an exact 订单号 is never taken by a partial guess of another field.
  const pairs: { field: string; header: string; match: NonNullable<DraftField["match"]>; order: number }[] =
    [];
  fields.forEach(({ field }, fieldAt) => {
    (aliases[field] ?? []).forEach((alias, aliasAt) => {
      for (const cell of header) {
        const match = matchOf(cell, alias);
        if (match) pairs.push({ field, header: cell, match, order: fieldAt * 100 + aliasAt });
      }
    });
  });
  pairs.sort((a, b) => SCORE[b.match] - SCORE[a.match] || a.order - b.order);
  const guessed = new Map<string, { header: string; match: NonNullable<DraftField["match"]> }>();
  const taken = new Set<string>();
  for (const pair of pairs) {
    if (guessed.has(pair.field) || taken.has(pair.header)) continue;
    guessed.set(pair.field, { header: pair.header, match: pair.match });
    taken.add(pair.header);
  }
  const draft: MappingDraft = {
    kind: options.kind,
    headerRow: row?.rowNumber ?? 1,
    header,
    fields: fields.map(({ field, need }) => {
      const guess = guessed.get(field);
      return guess ? { field, need, guess: guess.header, match: guess.match } : { field, need };
    }),
  };
  if (options.platform) draft.platform = options.platform;
  return draft;
}

export interface MappingChoice {
  kind: MappingKind;
  /** For orders: the platform (default 官网); for 售后单 lists without a shop column, theirs. */
  platform?: PlatformId;
  /** The operator's name for it (拼多多新版导出): shown in messages, and the profile's id is made from it. */
  name: string;
  /** The file's header cells (the draft's `header`): a chosen header must be one of them. */
  header: readonly string[];
  /** Field -> the header cell chosen for it; empty or absent for a field the file has not. */
  chosen: Readonly<Record<string, string | undefined>>;
}

/** What stops a mapping from becoming a profile, as data (words: `formatMappingProblemZh`). */
export type MappingProblem =
  | { code: "empty-name" }
  | { code: "field-needed"; field: string }
  | { code: "not-in-header"; field: string; header: string }
  | { code: "header-twice"; header: string; fields: string[] }
  | { code: "profile"; problem: ProfileProblem };

export type MappingResult =
  | { ok: true; profile: OperatorProfile }
  | { ok: false; problems: MappingProblem[] };

/** A short stable hash (FNV-1a), so a Chinese name gives the same id on every machine. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0").slice(0, 6);
}

/** The profile's id: its Latin words when the name has some, then the kind and a hash of the name. */
export function profileIdOf(kind: MappingKind, platform: PlatformId | undefined, name: string): string {
  const latin = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const base = kind === "orders" ? (platform ?? "guanwang") : kind;
  return [base, latin, hashOf(name.trim())].filter((part) => part !== "").join("-");
}

// The status words of a platform's built-in profile, so a remapped 药房网 export keeps reading 待发货.
function statusOf(platform: PlatformId) {
  if (platform === "pinduoduo") return { status: "pdd" as const };
  const builtIn = BUILTIN_PROFILES.find((profile) => profile.platform === platform);
  const adapter = listAdapters().find((candidate) => candidate.platform === platform);
  const reading: Record<string, unknown> = {};
  if (builtIn) reading.status = builtIn.status;
  const payment = builtIn?.defaultPayment ?? adapter?.defaultPayment;
  if (payment !== undefined) reading.defaultPayment = payment;
  return reading;
}

/**
 * The operator's mapping as a profile, in the format `--profiles` reads: the headers chosen per
 * field, and as its signature the chosen headers of the fields the tool needs, so that it
 * recognises this layout and not every export with an 订单号 column.
 */
export function profileFromMapping(choice: MappingChoice): MappingResult {
  const problems: MappingProblem[] = [];
  const name = choice.name.trim();
  if (name === "") problems.push({ code: "empty-name" });
  const inHeader = new Set(choice.header.map(normalizeHeader));
  const fields: Record<string, string[]> = {};
  const byHeader = new Map<string, string[]>();
  const known = new Set(mappingFields(choice.kind).map(({ field }) => field));
  for (const [field, header] of Object.entries(choice.chosen)) {
    const text = header?.trim() ?? "";
    if (text === "" || !known.has(field)) continue;
    if (!inHeader.has(normalizeHeader(text))) problems.push({ code: "not-in-header", field, header: text });
    fields[field] = [text];
    byHeader.set(text, [...(byHeader.get(text) ?? []), field]);
  }
  for (const [header, named] of byHeader) {
    if (named.length > 1) problems.push({ code: "header-twice", header, fields: named });
  }
  const needed = mappingFields(choice.kind).filter(({ need }) => need === "read");
  for (const { field } of needed) if (!fields[field]) problems.push({ code: "field-needed", field });
  if (problems.length > 0) return { ok: false, problems };

  const signature = mappingFields(choice.kind)
    .filter(({ field, need }) => (need === "read" || need === "cod") && fields[field])
    .map(({ field }) => fields[field]?.[0] as string);
  const id = profileIdOf(choice.kind, choice.platform, name);
  const profile: Record<string, unknown> =
    choice.kind === "orders"
      ? {
          kind: "orders",
          id,
          platform: choice.platform ?? "guanwang",
          name,
          signature,
          fields,
          ...statusOf(choice.platform ?? "guanwang"),
        }
      : { kind: choice.kind, id, name, signature, fields };
  if (choice.kind !== "orders" && choice.platform) profile.platform = choice.platform;
  const check = checkMappingProfile(profile);
  return check.ok
    ? { ok: true, profile: check.profile }
    : { ok: false, problems: check.problems.map((problem) => ({ code: "profile", problem })) };
}

/** One row as the tool reads it with a profile: the fields an operator checks at a glance. */
export type PreviewRow =
  | {
      kind: "orders";
      orderNo: string;
      status: string;
      payment: string;
      isCod: boolean;
      /** 订单总金额 (else 应付) in fen. */
      amountFen?: number;
      receiverName?: string;
      /** Masked: the preview is on screen. */
      receiverPhone?: string;
      rows: number[];
    }
  | { kind: "wms"; orderRef: string; courier?: string; waybills: string[]; stage?: string; row: number }
  | { kind: "after-sales"; orderNo: string; ticketNo?: string; state?: string; type?: string; row?: number }
  | { kind: "out-of-stock"; sku: string; name?: string; row?: number };

export interface MappingPreview {
  rows: PreviewRow[];
  /** How many the whole file gives (orders, shipments, tickets, SKUs). */
  total: number;
  /** The issues of the rows up to the last one shown. */
  issues: ParseIssue[];
}

const upTo = (issues: readonly ParseIssue[], last: number) =>
  issues.filter((issue) => issue.row === undefined || issue.row <= last);

/** The first rows of the file as the tool will read them with this profile, with their issues. */
export async function previewMapping(
  table: Table,
  profile: OperatorProfile,
  options: { rows?: number } = {},
): Promise<MappingPreview> {
  const count = options.rows ?? 5;
  const preview = (rows: PreviewRow[], total: number, issues: readonly ParseIssue[], last: number) => ({
    rows,
    total,
    issues: upTo(issues, last),
  });
  if (profile.kind === undefined || profile.kind === "orders") {
    const result = await parseOrders(table, { profile });
    const shown = result.orders.slice(0, count);
    const rows = shown.map((order): PreviewRow => {
      const row: PreviewRow = {
        kind: "orders",
        orderNo: order.orderNo,
        status: order.status.raw,
        payment: order.payment.raw,
        isCod: order.payment.isCod,
        rows: order.sourceRows,
      };
      const amount = order.amounts.total ?? order.amounts.payable;
      if (amount !== undefined) row.amountFen = amount;
      if (order.receiver.name) row.receiverName = order.receiver.name;
      if (order.receiver.phone) row.receiverPhone = maskPhone(order.receiver.phone);
      return row;
    });
    const last = Math.max(0, ...shown.flatMap((order) => order.sourceRows));
    return preview(rows, result.orders.length, result.issues, last);
  }
  const fields = profile.fields as FieldAliases<string>;
  if (profile.kind === "wms") {
    const result = await parseWms(table, { fields });
    const shown = result.shipments.slice(0, count);
    const rows = shown.map((shipment): PreviewRow => {
      const row: PreviewRow = {
        kind: "wms",
        orderRef: shipment.orderRef,
        waybills: shipment.waybills,
        row: shipment.rowNumber,
      };
      if (shipment.courierRaw) row.courier = shipment.courierRaw;
      if (shipment.stageRaw) row.stage = shipment.stageRaw;
      return row;
    });
    return preview(rows, result.shipments.length, result.issues, shown.at(-1)?.rowNumber ?? 0);
  }
  if (profile.kind === "after-sales") {
    const options = profile.platform ? { fields, platform: profile.platform } : { fields };
    const result = await parseAfterSales(table, options);
    const shown = result.tickets.slice(0, count);
    const rows = shown.map((ticket): PreviewRow => {
      const row: PreviewRow = { kind: "after-sales", orderNo: ticket.orderNo };
      if (ticket.ticketNo) row.ticketNo = ticket.ticketNo;
      if (ticket.typeRaw) row.type = ticket.typeRaw;
      row.state = ticket.state.raw;
      row.row = ticket.row;
      return row;
    });
    return preview(rows, result.tickets.length, result.issues, shown.at(-1)?.row ?? 0);
  }
  const result = await parseOutOfStock(table, { fields });
  const shown = result.items.slice(0, count);
  const rows = shown.map((item): PreviewRow => {
    const row: PreviewRow = { kind: "out-of-stock", sku: item.sku };
    if (item.name) row.name = item.name;
    if (item.row) row.row = item.row;
    return row;
  });
  return preview(rows, result.items.length, result.issues, shown.at(-1)?.row ?? 0);
}
