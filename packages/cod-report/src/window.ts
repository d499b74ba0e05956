import { formatBusinessTime, type Order } from "@syt/orders-model";
import { parseReportDate } from "./file-name";

/** The days (`YYYY-MM-DD`, Shanghai) the day's export covers: yesterday 00:00 up to the report date. */
export interface ReportWindow {
  from: string;
  to: string;
}

/** The seed exports 下单时间 from the day before to the day of the report (运营日常, 货到付款 step 2). */
export function reportWindow(date: string): ReportWindow {
  return { from: parseReportDate(date).subtract(1, "day").format("YYYY-MM-DD"), to: date };
}

/** The business day an order was placed on, as the back office shows it. */
export const placedDay = (placedAt: Date): string => formatBusinessTime(placedAt, "YYYY-MM-DD");

export interface PlacedRange {
  first?: Date;
  last?: Date;
  dated: number;
}

/** The earliest and latest order time among orders that carry one. */
export function placedRange(orders: Iterable<Order>): PlacedRange {
  let first: Date | undefined;
  let last: Date | undefined;
  let dated = 0;
  for (const { placedAt } of orders) {
    if (!placedAt) continue;
    dated++;
    if (!first || placedAt < first) first = placedAt;
    if (!last || placedAt > last) last = placedAt;
  }
  return { first, last, dated };
}
