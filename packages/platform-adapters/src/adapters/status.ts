import { cleanCell, parseEcshopStatus, parsePddStatus, toHalfWidth } from "@syt/orders-model";
import type { OrderField, StatusParts, StatusReading } from "./types";

const STATUS_FIELDS = [
  "status",
  "orderState",
  "payState",
  "shippingState",
] as const satisfies readonly OrderField[];

function readOne(reading: StatusReading, text: string): StatusParts & { unknown: string[] } {
  if (reading === "ecshop") return parseEcshopStatus(text);
  if (reading === "pdd") return parsePddStatus(text);
  const key = toHalfWidth(text).replace(/\s+/g, "");
  const known = reading[key] ?? reading[text];
  return known ? { ...known, unknown: [] } : { unknown: [text] };
}

/** The non-empty status cells of a row, in field order. */
export function statusTexts(cell: (field: OrderField) => unknown): string[] {
  const texts: string[] = [];
  for (const field of STATUS_FIELDS) {
    const text = cleanCell(cell(field));
    if (text !== "") texts.push(text);
  }
  return texts;
}

/** All status cells of a row merged: the raw texts joined, states from whichever cell names them. */
export function readStatus(
  reading: StatusReading,
  texts: readonly string[],
): { status: StatusParts & { raw: string }; unknown: string[] } {
  const status: StatusParts & { raw: string } = { raw: texts.join(",") };
  const unknown: string[] = [];
  for (const text of texts) {
    const parsed = readOne(reading, text);
    if (parsed.order) status.order = parsed.order;
    if (parsed.pay) status.pay = parsed.pay;
    if (parsed.shipping) status.shipping = parsed.shipping;
    unknown.push(...parsed.unknown);
  }
  return { status, unknown };
}
