// 已处理 ticks of 今日待办, host-free: what a tick is keyed by, which business day it belongs to,
// and whether a new export has brought a ticked problem back. Where the ticks are kept
// (localStorage, the workbook's settings) is the host's part (tick-store.ts).
import type { ItemState } from "@syt/daily-checks";

export interface Tick {
  /** When it was ticked (ISO). */
  at: string;
}

/** A finding group's tick remembers the orders it covered: other orders later mean the problem came back. */
export interface GroupTick extends Tick {
  orders: string[];
}

/** One Shanghai business day's ticks: a new day starts with none. */
export interface DayTicks {
  date: string;
  items: Record<string, Tick>;
  groups: Record<string, GroupTick>;
  /** Today's COD report saved in the 货到付款 tab (ISO): the 17:00 item stays done after a reload. */
  codSaved?: string;
}

export const emptyTicks = (date: string): DayTicks => ({ date, items: {}, groups: {} });

/** The stored ticks if they are today's; yesterday's (or unreadable ones) count for nothing today. */
export function ticksForDay(stored: string | null | undefined, date: string): DayTicks {
  if (!stored) return emptyTicks(date);
  try {
    const value = JSON.parse(stored) as Partial<DayTicks>;
    if (value.date !== date || typeof value.items !== "object" || typeof value.groups !== "object")
      return emptyTicks(date);
    const ticks: DayTicks = { date, items: value.items ?? {}, groups: value.groups ?? {} };
    if (typeof value.codSaved === "string") ticks.codSaved = value.codSaved;
    return ticks;
  } catch {
    return emptyTicks(date);
  }
}

/**
 * A group is one problem (the library's `findingGroupKey`: code, severity and what the code is
 * about) under one item: the same late 拼多多 orders ticked under one item stay open under another.
 */
export const groupTickKey = (itemId: string, groupKey: string): string => `${itemId}\u0001${groupKey}`;

/** The order numbers a group covers, sorted and once each: the same orders in another row order are the same tick. */
export function ordersOf(findings: readonly { orderNo?: string | undefined }[]): string[] {
  return [...new Set(findings.flatMap((f) => (f.orderNo === undefined ? [] : [f.orderNo])))].sort();
}

export function tickItem(ticks: DayTicks, itemId: string, at: Date): DayTicks {
  return { ...ticks, items: { ...ticks.items, [itemId]: { at: at.toISOString() } } };
}

export function untickItem(ticks: DayTicks, itemId: string): DayTicks {
  const { [itemId]: _, ...items } = ticks.items;
  return { ...ticks, items };
}

export function tickGroup(ticks: DayTicks, key: string, orders: readonly string[], at: Date): DayTicks {
  return { ...ticks, groups: { ...ticks.groups, [key]: { at: at.toISOString(), orders: [...orders] } } };
}

export function untickGroup(ticks: DayTicks, key: string): DayTicks {
  const { [key]: _, ...groups } = ticks.groups;
  return { ...ticks, groups };
}

export type GroupTickState =
  | { state: "open" }
  | { state: "ticked"; at: string }
  /** Ticked earlier, but the export now shows orders the tick did not cover. */
  | { state: "reopened"; at: string; newOrders: string[] };

/**
 * A ticked group stays ticked while every order it shows was covered by the tick (fewer orders:
 * some were settled since); one order it did not cover reopens it. A group without order
 * numbers (an unknown word in a file) is the same problem as long as its key is.
 */
export function groupTickState(ticks: DayTicks, key: string, orders: readonly string[]): GroupTickState {
  const tick = ticks.groups[key];
  if (!tick) return { state: "open" };
  const covered = new Set(tick.orders);
  const newOrders = orders.filter((order) => !covered.has(order));
  return newOrders.length === 0
    ? { state: "ticked", at: tick.at }
    : { state: "reopened", at: tick.at, newOrders };
}

/** Where an item stands in the list: 现在要做 first, then the routine, then what is done. */
export type ItemBucket = "now" | "rest" | "done";

export function bucketOf(state: ItemState, ticked: boolean): ItemBucket {
  if (ticked || state === "done" || state === "not-applicable") return "done";
  return state === "overdue" || state === "due-soon" ? "now" : "rest";
}

/** Items in three buckets, each in the routine's order (a stable sort keeps it). */
export function orderItems<T extends { state: ItemState; ticked: boolean }>(items: readonly T[]): T[] {
  const rank: Record<ItemBucket, number> = { now: 0, rest: 1, done: 2 };
  return [...items].sort((a, b) => rank[bucketOf(a.state, a.ticked)] - rank[bucketOf(b.state, b.ticked)]);
}
