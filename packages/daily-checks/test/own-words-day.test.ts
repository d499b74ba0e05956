import { ownWordsDay } from "@syt/fake-exports";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayConfig, runDay } from "./own-words-reference";

const DAY = "2026-11-25";

describe("a day in each platform's own words", () => {
  const day = ownWordsDay({ date: DAY, at: "09:10", seed: 27 });
  const config = dayConfig(day);
  const listP = runDay(day, config);
  const item = async (id: string) => (await listP).items.find((i) => i.item.id === id);
  const ordersWith = (keep: (o: (typeof day.orders)[number]) => boolean) =>
    day.orders.filter(keep).map((o) => o.order.orderNo);

  it("takes a 售后单 list exported at 00:20, though none of its requests was made after midnight", async () => {
    const list = await listP;
    const file = list.files.find((f) => f.kind === "after-sales");
    expect(file?.window?.to?.getTime()).toBeLessThan(new Date("2026-11-24T16:00:00Z").getTime());
    expect(file?.fresh).toBe(true);
    const refunds = (await item("pinduoduo-expiring"))?.findings.filter((f) => f.file === file?.fileName);
    expect(refunds?.length).toBeGreaterThan(0);
  });

  it("reads WMS 待出库 as the step before 已出库: allocated, never 'not allocated'", async () => {
    const atOutbound = ordersWith((o) => o.stage?.word === "待出库");
    expect(atOutbound.length).toBeGreaterThan(0);
    const flagged = (await listP).byRule
      .find((r) => r.rule === "wms-allocation")
      ?.findings.filter((f) => f.orderNo && atOutbound.includes(f.orderNo));
    expect(flagged).toEqual([]);
  });

  it("lists an unreviewed Rx order of 平安好医生 under the marketplaces' pending orders", async () => {
    const rx = ordersWith(
      (o) => o.order.platform === "pingan" && o.rx !== undefined && !o.word.closed && !o.word.shipped,
    );
    expect(rx.length).toBeGreaterThan(0);
    const found = (await item("marketplaces-timeout"))?.findings.filter(
      (f) => f.code === "rx-awaiting-review",
    );
    expect(found?.map((f) => f.orderNo)).toEqual(expect.arrayContaining(rx));
  });

  it("answers the refunds only the orders carry (药房网 申请退款) and never hurries their parcels", async () => {
    const asked = ordersWith((o) => o.order.platform === "yaofangwang" && o.word.word === "申请退款");
    expect(asked.length).toBeGreaterThan(0);
    const refunds = await item("yaofangwang-refunds");
    expect(refunds?.findings.filter((f) => f.code === "refund-waiting").map((f) => f.orderNo)).toEqual(
      expect.arrayContaining(asked),
    );
    const shipping = (await listP).byRule.find((r) => r.rule === "yaofangwang-shipping")?.findings ?? [];
    expect(shipping.filter((f) => f.orderNo && asked.includes(f.orderNo))).toEqual([]);
  });

  it("never calls an unpaid order unshipped (药房网 暂未付款, 拼多多 待支付)", async () => {
    const unpaid = ordersWith((o) => !o.word.paid && !o.word.closed);
    const shipping = (await listP).byRule
      .filter((r) =>
        ["yaofangwang-shipping", "remarks", "out-of-stock", "pinduoduo-timeout"].includes(r.rule),
      )
      .flatMap((r) => r.findings);
    expect(shipping.filter((f) => f.orderNo && unpaid.includes(f.orderNo))).toEqual([]);
  });

  it("puts 315's 交易成功 in one group naming its orders and the checks they were left out of", async () => {
    const unknown = ordersWith((o) => o.word.unknown === true);
    expect(unknown.length).toBeGreaterThan(0);
    const timeout = await item("marketplaces-timeout");
    const groups = timeout?.groups.filter((g) => g.code === "unknown-word") ?? [];
    expect(groups).toHaveLength(1);
    expect(groups[0]?.findings.map((f) => f.orderNo).sort()).toEqual([...unknown].sort());
    expect(groups[0]?.findings[0]).toMatchObject({
      file: "315订单_20261125.xlsx",
      params: {
        column: "订单状态",
        word: "交易成功",
        leftOut: expect.arrayContaining(["marketplace-timeout"]),
      },
    });
    expect(timeout?.state).not.toBe("done");
  });
});

// Half-width letters no status table has: every platform's tables are Chinese words.
const unknownWord = fc.stringMatching(/^[A-Za-z]{3,8}$/).map((word) => `未知${word}`);

describe("an unknown word in any status cell", () => {
  it("takes its order out of every rule and into the unknown-word group", async () => {
    const base = ownWordsDay({ date: DAY, seed: 29, orders: 12 });
    const numbers = base.orders.map((o) => o.order.orderNo);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...numbers), unknownWord, async (orderNo, word) => {
        const day = ownWordsDay({ date: DAY, seed: 29, orders: 12, override: new Map([[orderNo, word]]) });
        const list = await runDay(day, dayConfig(day));
        const named = list.byRule.flatMap((r) => r.findings).filter((f) => f.orderNo === orderNo);
        expect(named.map((f) => f.code)).toEqual(["unknown-word"]);
        expect(named[0]).toMatchObject({ params: { word } });
        const open = list.items.filter((i) => i.findings.some((f) => f.orderNo === orderNo));
        expect(open.length).toBeGreaterThan(0);
        for (const i of open) expect(i.state).not.toBe("done");
      }),
      { numRuns: 12, seed: 27 },
    );
  });
});
