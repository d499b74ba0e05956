import { businessDate, fromBusinessWallClock } from "@syt/orders-model";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** `YYYY-MM-DD` plus `days` on the calendar (no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The instant a Shanghai wall clock shows `time` (`HH:mm`) on `date`; `24:00` is the next midnight. */
export function atShanghai(date: string, time: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  if (hour === 24) return atShanghai(addDays(date, 1), "00:00");
  return fromBusinessWallClock({ year, month, day, hour, minute, second: 0 });
}

/** The end of the business day: the next midnight in Shanghai. */
export const endOfDay = (date: string): Date => atShanghai(date, "24:00");

export const hoursBetween = (from: Date, to: Date): number => (to.getTime() - from.getTime()) / HOUR_MS;

export const addHours = (at: Date, h: number): Date => new Date(at.getTime() + h * HOUR_MS);

export const isOnDate = (at: Date, date: string): boolean => businessDate(at) === date;

export { businessDate };
