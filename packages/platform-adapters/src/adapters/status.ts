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

/** All status columns of a row merged: the raw texts joined, states from whichever column names them. */
export function readStatus(
  reading: StatusReading,
  cell: (field: OrderField) => unknown,
): { status: StatusParts & { raw: string }; unknown: string[] } {
  const status: StatusParts & { raw: string } = { raw: "" };
  const raws: string[] = [];
  const unknown: string[] = [];
  for (const field of STATUS_FIELDS) {
    const text = cleanCell(cell(field));
    if (text === "") continue;
    raws.push(text);
    const parsed = readOne(reading, text);
    if (parsed.order) status.order = parsed.order;
    if (parsed.pay) status.pay = parsed.pay;
    if (parsed.shipping) status.shipping = parsed.shipping;
    unknown.push(...parsed.unknown);
  }
  status.raw = raws.join(",");
  return { status, unknown };
}

/** The raw status text of a row as `readStatus` would record it, without interpreting it. */
export function statusRaw(cell: (field: OrderField) => unknown): string {
  const raws: string[] = [];
  for (const field of STATUS_FIELDS) {
    const text = cleanCell(cell(field));
    if (text !== "") raws.push(text);
  }
  return raws.join(",");
}
