import { normalizeOrderNumber, type Order } from "@syt/orders-model";
import type { LoadedExport } from "../ui/workspace";

/** What a match was found by, said beside it in the list. */
export type MatchedBy = "orderNo" | "name" | "phone";

export interface OrderMatch {
  order: Order;
  loaded: LoadedExport;
  by: MatchedBy;
}

/** Fewer digits than this find too many phones to be of use (and reveal little of anyone's). */
const PHONE_DIGITS_MIN = 4;

const digitsOf = (text: string) => text.replace(/\D/g, "");

/** The first field of the order the query matches: the order number, the receiver's name, the phone's digits. */
export function matchOrder(order: Order, query: string): MatchedBy | undefined {
  const text = query.trim();
  if (text === "") return undefined;
  const number = normalizeOrderNumber(text);
  if (number !== "" && order.orderNo.includes(number)) return "orderNo";
  if (order.receiver.name?.includes(text)) return "name";
  const digits = digitsOf(text);
  // Only a query of digits (spaces and dashes allowed) is a phone: `GW12` must not find 138…12….
  if (digits.length >= PHONE_DIGITS_MIN && /^[\d\s+-]+$/.test(text)) {
    if (digitsOf(order.receiver.phone ?? "").includes(digits)) return "phone";
  }
  return undefined;
}

/** The first `max` orders of the loaded exports the query matches, in file and row order. */
export function findOrders(loaded: readonly LoadedExport[], query: string, max: number): OrderMatch[] {
  const matches: OrderMatch[] = [];
  for (const file of loaded) {
    for (const order of file.orders) {
      const by = matchOrder(order, query);
      if (by === undefined) continue;
      matches.push({ order, loaded: file, by });
      if (matches.length === max) return matches;
    }
  }
  return matches;
}
