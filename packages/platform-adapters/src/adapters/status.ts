import {
  cleanCell,
  normalizeStatusText,
  parseEcshopStatus,
  parsePddStatus,
  parseWanliniuStatus,
  type WmsStage,
  type WordMeaning,
} from "@syt/orders-model";
import type { OrderField, StatusParts, StatusReading } from "./types";

// In this order: a later cell's parts win, so the ERP's own word wins over the platform's.
const STATUS_FIELDS = [
  "platformState",
  "status",
  "orderState",
  "payState",
  "shippingState",
] as const satisfies readonly OrderField[];

type Reading = WordMeaning & { stage?: WmsStage; unknown: string[] };

function readOne(reading: StatusReading, text: string): Reading {
  if (reading === "ecshop") return parseEcshopStatus(text);
  if (reading === "pdd") return parsePddStatus(text);
  if (reading === "wanliniu") return parseWanliniuStatus(text);
  const known = reading[normalizeStatusText(text).normalized] ?? reading[text];
  return known ? { ...known, unknown: [] } : { unknown: [text] };
}

/** The status fields the export has a column for, in field order. */
export function statusColumnsOf(column: (field: OrderField) => string | undefined): OrderField[] {
  return STATUS_FIELDS.filter((field) => column(field) !== undefined);
}

/** The non-empty texts of a row's status cells, in the order given. */
export function statusTexts(cells: readonly unknown[]): string[] {
  const texts: string[] = [];
  for (const cell of cells) {
    const text = cleanCell(cell);
    if (text !== "") texts.push(text);
  }
  return texts;
}

/** A row's status cells read together. */
export interface StatusRead {
  status: StatusParts & { raw: string };
  stage?: WmsStage;
  /** The after-sale a status word carries (药房网 申请退款), where one does. */
  afterSale?: NonNullable<WordMeaning["afterSale"]>;
  /** The prescription review a status word states (药房网 处方待审). */
  rxReview?: NonNullable<WordMeaning["rxReview"]>;
  unknown: string[];
}

/**
 * All status cells of a row merged: the raw texts joined, states from whichever cell names
 * them, the warehouse stage where a text names one, and what a word says of the after-sale and
 * the prescription review.
 */
export function readStatus(reading: StatusReading, texts: readonly string[]): StatusRead {
  const status: StatusParts & { raw: string } = { raw: texts.join(",") };
  const read: StatusRead = { status, unknown: [] };
  for (const text of texts) {
    const parsed = readOne(reading, text);
    if (parsed.order) status.order = parsed.order;
    if (parsed.pay) status.pay = parsed.pay;
    if (parsed.shipping) status.shipping = parsed.shipping;
    if (parsed.stage) read.stage = parsed.stage;
    if (parsed.afterSale) read.afterSale = parsed.afterSale;
    if (parsed.rxReview) read.rxReview = parsed.rxReview;
    read.unknown.push(...parsed.unknown);
  }
  return read;
}
