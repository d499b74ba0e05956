import { fakeOrders, pinduoduoExport, profiledExport, shanghaiInstant, toValues } from "@syt/fake-exports";
import { tableFromValues } from "@syt/platform-adapters";
import { describe, expect, it } from "vitest";
import { checklist, compareSpecs, DEFAULT_CONFIG, normalizeSpec, readDayExport } from "../src/index";

const HOUR = 3_600_000;
const DAY = "2026-11-25";

async function dayExport(values: unknown[][], fileName: string) {
  return readDayExport(tableFromValues(values), { fileName });
}

describe("拼多多 about to time out", () => {
  const now = shanghaiInstant(DAY, "10:00");
  // One order per age: 10 h (plenty left), 40 h (8 h left: urgent), 50 h (2 h late).
  const orders = [10, 40, 50].map((age, i) => {
    const [order] = fakeOrders({ platform: "pinduoduo", seed: 30 + i, count: 1 });
    if (!order) throw new Error("no order");
    Object.assign(order, {
      placedAt: new Date(now.getTime() - age * HOUR),
      shippingState: "未发货",
      statusWord: "待发货",
    });
    return order;
  });

  it("is urgent at ≤ 12 h left and overdue past the promise (payment time + 48 h)", async () => {
    const pdd = await dayExport(toValues(pinduoduoExport(orders, { layout: "current" })), "pdd.xlsx");
    const list = checklist({ now, config: DEFAULT_CONFIG, inputs: [pdd] });
    const item = list.items.find((i) => i.item.id === "pinduoduo-expiring");
    const found = item?.findings.map((f) => [f.orderNo, f.severity]);
    expect(found).toEqual([
      [orders[1]?.orderNo, "warning"],
      [orders[2]?.orderNo, "error"],
    ]);
    expect(item?.state).toBe("needs-action");
  });

  it("leaves out an order with an open after-sale", async () => {
    const withRefund = orders.map((o, i) => ({
      ...o,
      afterSaleWord: i === 2 ? "待商家处理" : "无售后或售后取消",
    }));
    const pdd = await dayExport(toValues(pinduoduoExport(withRefund, { layout: "current" })), "pdd.xlsx");
    const list = checklist({ now, config: DEFAULT_CONFIG, inputs: [pdd] });
    // One order, one place: 拼多多's own item lists it; the marketplaces' item links there.
    const item = list.items.find((i) => i.item.id === "pinduoduo-expiring");
    const timeouts = item?.findings.filter((f) => f.code === "pinduoduo-timeout") ?? [];
    expect(timeouts.map((f) => f.orderNo)).toEqual([orders[1]?.orderNo]);
    const refunds = item?.findings.filter((f) => f.code === "refund-waiting") ?? [];
    expect(refunds.map((f) => f.orderNo)).toEqual([orders[2]?.orderNo]);
    const others = list.items.find((i) => i.item.id === "marketplaces-timeout");
    expect(others?.findings).toEqual([]);
    expect(others?.elsewhere.map((e) => [e.itemId, e.count])).toEqual([["pinduoduo-expiring", 1]]);
  });
});

describe("药房网 shipping deadlines", () => {
  const yesterday = "2026-11-24";
  const placed = [shanghaiInstant(yesterday, "16:59"), shanghaiInstant(yesterday, "17:01")];
  const orders = placed.map((placedAt, i) => {
    const [order] = fakeOrders({ platform: "yaofangwang", seed: 50 + i, count: 1 });
    if (!order) throw new Error("no order");
    Object.assign(order, { placedAt, shippingState: "未发货", statusWord: "待发货" });
    return order;
  });
  const run = async (time: string) => {
    const yfw = await dayExport(
      [[`导出时间 ${DAY} 08:00`], [], ...toValues(profiledExport("yaofangwang", orders))],
      "yfw.xlsx",
    );
    const list = checklist({ now: shanghaiInstant(DAY, time), config: DEFAULT_CONFIG, inputs: [yfw] });
    const item = (id: string) => list.items.find((i) => i.item.id === id);
    return { yesterday: item("yaofangwang-yesterday"), today: item("yaofangwang-today") };
  };

  it("calls yesterday's order placed at 16:59 overdue after the morning check, not the one at 17:01", async () => {
    const { yesterday: item } = await run("09:31");
    expect(item?.state).toBe("overdue");
    expect(item?.findings.map((f) => f.orderNo)).toEqual([orders[0]?.orderNo]);
  });

  it("opens today's check at 15:00 and makes it late at 16:00", async () => {
    expect((await run("14:59")).today?.state).toBe("not-applicable");
    const at1500 = (await run("15:00")).today;
    expect(at1500?.state).toBe("due-soon");
    expect(at1500?.findings.map((f) => [f.orderNo, f.severity])).toEqual([[orders[1]?.orderNo, "warning"]]);
    expect((await run("16:01")).today?.findings[0]?.severity).toBe("error");
  });

  it("waits for an export that does not cover today", async () => {
    const old = await dayExport(
      [
        [`导出时间 ${yesterday} 08:00`],
        [],
        ...toValues(
          profiledExport(
            "yaofangwang",
            orders.map((o) => ({ ...o, placedAt: new Date(o.placedAt.getTime() - 24 * HOUR) })),
          ),
        ),
      ],
      "old.xlsx",
    );
    const list = checklist({ now: shanghaiInstant(DAY, "09:00"), config: DEFAULT_CONFIG, inputs: [old] });
    const item = list.items.find((i) => i.item.id === "yaofangwang-yesterday");
    expect(item?.state).toBe("waiting");
    expect(item?.reason).toEqual({ code: "missing-export", missing: ["yaofangwang"], stale: ["old.xlsx"] });
  });
});

describe("中药 spec comparison", () => {
  it.each([
    { a: "10g*10袋/盒", b: "10克×10包/盒", expected: "same" },
    { a: "10g*5袋", b: "10g*10袋", bMultiplier: 1, aMultiplier: 2, expected: "same" },
    { a: "250g/袋", b: "500g/袋", expected: "different" },
    { a: "250g/袋", b: "1袋", expected: "ambiguous" },
    { a: "0.35g*36粒", b: "0.35g×36粒", expected: "same" },
  ])("$a vs $b: $expected", ({ a, b, aMultiplier, bMultiplier, expected }) => {
    expect(compareSpecs(normalizeSpec(a, aMultiplier), normalizeSpec(b, bMultiplier))).toBe(expected);
  });
});
