import { describe, expect, it } from "vitest";
import {
  bucketOf,
  emptyTicks,
  groupTickKey,
  groupTickState,
  orderItems,
  ordersOf,
  tickGroup,
  tickItem,
  ticksForDay,
  untickGroup,
  untickItem,
} from "./ticks";

const DAY = "2026-11-25";
const AT = new Date("2026-11-25T09:20:00+08:00");

describe("ticks belong to one Shanghai business day", () => {
  it.each([
    {
      description: "today's ticks are kept",
      stored: tickItem(emptyTicks(DAY), "a", AT),
      date: DAY,
      items: ["a"],
    },
    {
      description: "yesterday's ticks count for nothing today",
      stored: tickItem(emptyTicks("2026-11-24"), "a", AT),
      date: DAY,
      items: [],
    },
    { description: "nothing stored", stored: null, date: DAY, items: [] },
    { description: "unreadable text", stored: "{oops", date: DAY, items: [] },
  ])("$description", ({ stored, date, items }) => {
    const text = stored === null || typeof stored === "string" ? stored : JSON.stringify(stored);
    const ticks = ticksForDay(text, date);
    expect(ticks.date).toBe(date);
    expect(Object.keys(ticks.items)).toEqual(items);
  });

  it("keeps the time of the tick and today's COD report through the stored text", () => {
    const ticks = { ...tickItem(emptyTicks(DAY), "wanliniu-abnormal", AT), codSaved: AT.toISOString() };
    const back = ticksForDay(JSON.stringify(ticks), DAY);
    expect(back.items["wanliniu-abnormal"]).toEqual({ at: "2026-11-25T01:20:00.000Z" });
    expect(back.codSaved).toBe("2026-11-25T01:20:00.000Z");
  });

  it("unticks an item and a group", () => {
    const key = groupTickKey("x", "g");
    const ticks = tickGroup(tickItem(emptyTicks(DAY), "x", AT), key, ["1"], AT);
    expect(untickItem(ticks, "x").items).toEqual({});
    expect(untickGroup(ticks, key).groups).toEqual({});
    expect(Object.keys(ticks.groups)).toEqual([key]);
  });
});

describe("a ticked group reopens when the export shows orders the tick did not cover", () => {
  const key = groupTickKey("wanliniu-abnormal", "wanliniu-abnormal\u0001error\u0001hold");
  const ticked = tickGroup(emptyTicks(DAY), key, ["A1", "A2"], AT);
  it.each([
    { description: "never ticked", ticks: emptyTicks(DAY), orders: ["A1"], expected: { state: "open" } },
    { description: "the same orders", ticks: ticked, orders: ["A1", "A2"], expected: { state: "ticked" } },
    {
      description: "fewer orders (one settled since)",
      ticks: ticked,
      orders: ["A2"],
      expected: { state: "ticked" },
    },
    {
      description: "another order",
      ticks: ticked,
      orders: ["A2", "B7"],
      expected: { state: "reopened", newOrders: ["B7"] },
    },
  ])("$description", ({ ticks, orders, expected }) => {
    expect(groupTickState(ticks, key, orders)).toMatchObject(expected);
  });

  it("is the same group under the same item only", () => {
    expect(groupTickKey("a", "g")).not.toBe(groupTickKey("b", "g"));
  });

  it("compares order numbers, not rows: sorted, each once", () => {
    expect(ordersOf([{ orderNo: "B" }, { orderNo: "A" }, { orderNo: "B" }, {}])).toEqual(["A", "B"]);
  });
});

describe("现在要做 first, then the routine, then done", () => {
  it.each([
    { state: "overdue", ticked: false, bucket: "now" },
    { state: "due-soon", ticked: false, bucket: "now" },
    { state: "overdue", ticked: true, bucket: "done" },
    { state: "needs-action", ticked: false, bucket: "rest" },
    { state: "waiting", ticked: false, bucket: "rest" },
    { state: "done", ticked: false, bucket: "done" },
    { state: "not-applicable", ticked: false, bucket: "done" },
  ] as const)("$state, ticked $ticked: $bucket", ({ state, ticked, bucket }) => {
    expect(bucketOf(state, ticked)).toBe(bucket);
  });

  it("keeps the routine's order within each bucket", () => {
    const items = [
      { id: "a", state: "done", ticked: false },
      { id: "b", state: "waiting", ticked: false },
      { id: "c", state: "overdue", ticked: true },
      { id: "d", state: "due-soon", ticked: false },
      { id: "e", state: "needs-action", ticked: false },
      { id: "f", state: "overdue", ticked: false },
    ] as const;
    expect(orderItems(items).map((i) => i.id)).toEqual(["d", "f", "b", "e", "a", "c"]);
  });
});
