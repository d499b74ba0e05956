import {
  type FakeOrder,
  type FakeSheet,
  fakeOrders,
  type GuanwangExportOptions,
  guanwangExport,
  pinduoduoExport,
  profiledExport,
  toXlsx,
  wanliniuExport,
  wmsExport,
} from "@syt/fake-exports";
import { isPastAllocation, type StatusParts } from "@syt/orders-model";
import { describe, expect, it } from "vitest";
import { BUILTIN_PROFILES, parseOrders, parseWms } from "../src/index";

// Regression: a 官网 export whose 订单处理状态 held the shop's list words (待发货, 已完成, ...)
// and a WMS export with 配货状态 stage words gave hundreds of "unknown" warnings, and COD
// orders in 待发货 were counted as 状态未知. The generators now write every word the model
// knows; these read them back from xlsx and compare with the generator's truth.

const ORDER: Record<string, StatusParts["order"]> = {
  未确认: "unconfirmed",
  已确认: "confirmed",
  取消: "cancelled",
  无效: "invalid",
  退货: "returned",
  已分单: "split",
  部分分单: "partially_split",
};
const PAY: Record<string, StatusParts["pay"]> = { 未付款: "unpaid", 付款中: "paying", 已付款: "paid" };
const SHIPPING: Record<string, StatusParts["shipping"]> = {
  未发货: "unshipped",
  配货中: "preparing",
  已发货: "shipped",
  收货确认: "received",
  "已发货(部分商品)": "partially_shipped",
  发货中: "shipping",
};

type Part = keyof StatusParts;

/** Which parts a word shown alone tells (待发货 leaves payment open: paid or COD). */
const WORD_TELLS: Record<string, Part[]> = {
  待确认: ["order"],
  未确认: ["order"],
  待付款: ["order", "pay"],
  待发货: ["order", "shipping"],
  已完成: ["order", "pay", "shipping"],
  付款中: ["pay"],
  取消: ["order"],
  已取消: ["order"],
  无效: ["order"],
  退货: ["order"],
  部分发货: ["shipping"],
  配货中: ["shipping"],
  已发货: ["shipping"],
  发货中: ["shipping"],
};

function truthOf(order: FakeOrder): StatusParts {
  return {
    order: ORDER[order.orderState],
    pay: PAY[order.payState],
    shipping: SHIPPING[order.shippingState],
  };
}

function pick(parts: StatusParts, keys: Iterable<Part>): StatusParts {
  const picked: StatusParts = {};
  for (const key of keys) if (parts[key] !== undefined) Object.assign(picked, { [key]: parts[key] });
  return picked;
}

/** The 订单处理状态 cell of each order as the export wrote it. */
function processingCells(sheet: FakeSheet): Map<string, string> {
  const header = sheet.rows[sheet.headerRow - 1] ?? [];
  const [no, status] = [header.indexOf("订单编号"), header.indexOf("订单处理状态")];
  return new Map(
    sheet.dataRows.map((row) => [String(sheet.rows[row - 1]?.[no]), String(sheet.rows[row - 1]?.[status])]),
  );
}

const orders = fakeOrders({ seed: 8, count: 240, words: "all" });

describe("官网 export with every list and part word, through xlsx", () => {
  it.each([
    { statuses: "composite", vocabulary: "mixed" },
    { statuses: "separate", vocabulary: "list" },
    { statuses: "separate", vocabulary: "mixed" },
  ] satisfies GuanwangExportOptions[])(
    "$statuses $vocabulary: every status as the truth",
    async (options) => {
      const sheet = guanwangExport(orders, { headers: "operator", ...options });
      const result = await parseOrders(await toXlsx(sheet), { fileName: "官网订单.xlsx" });
      expect(result.issues.filter((issue) => issue.code === "unknown-status")).toEqual([]);
      expect(result.orders).toHaveLength(orders.length);
      const cells = processingCells(sheet);
      const truth = new Map(orders.map((order) => [order.orderNo, order]));
      for (const parsed of result.orders) {
        const order = truth.get(parsed.orderNo) as FakeOrder;
        const cell = cells.get(order.orderNo) ?? "";
        const tells = new Set<Part>(WORD_TELLS[cell] ?? ["order", "pay", "shipping"]);
        if (options.statuses === "separate") tells.add("order").add("pay");
        const { order: o, pay, shipping } = parsed.status;
        expect({ cell, parts: pick({ order: o, pay, shipping }, ["order", "pay", "shipping"]) }).toEqual({
          cell,
          parts: pick(truthOf(order), tells),
        });
      }
    },
  );

  it("a COD order in 待发货 reads as confirmed and unshipped, never 配货中 or unknown", async () => {
    const sheet = guanwangExport(orders, { headers: "operator", vocabulary: "list" });
    const result = await parseOrders(await toXlsx(sheet), { fileName: "官网订单.xlsx" });
    const pending = new Set(
      orders.filter((o) => o.statusWord === "待发货" && o.payment === "货到付款").map((o) => o.orderNo),
    );
    const parsed = result.orders.filter((o) => pending.has(o.orderNo));
    expect(parsed.length).toBe(pending.size);
    expect(parsed.length).toBeGreaterThan(5);
    for (const order of parsed) {
      expect(order.payment.isCod).toBe(true);
      expect(order.status).toMatchObject({ order: "confirmed", shipping: "unshipped", raw: "待发货" });
    }
    const kept = result.orders.filter((o) => o.status.shipping === "preparing" && o.payment.isCod);
    expect(kept.map((o) => o.orderNo).sort()).toEqual(
      orders
        .filter((o) => o.shippingState === "配货中" && o.payment === "货到付款")
        .map((o) => o.orderNo)
        .sort(),
    );
  });
});

describe("a blank status, through xlsx", () => {
  const missing = (issues: { code: string }[]) => issues.filter((issue) => issue.code === "missing-status");

  it("is one warning per order, in the status column, and the order is in no status", async () => {
    const rows = [
      ["订单号", "订单处理状态", "支付方式", "商品名称"],
      ["GW2026120300001", "", "货到付款", "阿莫西林胶囊"],
      ["GW2026120300001", "", "货到付款", "布洛芬缓释胶囊"],
      ["GW2026120300002", "\u200b", "货到付款", "阿莫西林胶囊"],
      ["GW2026120300003", " \u3000 ", "在线支付", "维生素C片"],
      ["GW2026120300004", "配货中", "货到付款", "维生素C片"],
    ];
    const result = await parseOrders(await toXlsx({ name: "订单", rows }), { fileName: "官网订单.xlsx" });
    expect(missing(result.issues)).toEqual(
      [2, 4, 5].map((row) => ({ code: "missing-status", severity: "warning", row, column: "订单处理状态" })),
    );
    const byNo = new Map(result.orders.map((order) => [order.orderNo, order]));
    expect(byNo.get("GW2026120300001")?.status).toEqual({ raw: "" });
    expect(byNo.get("GW2026120300004")?.status.shipping).toBe("preparing");
    expect(result.meta.accounting).toMatchObject({ dataRows: 5, used: 5, issues: 0 });
  });

  it("names the first blank one of several status columns; none when all are filled or there are none", async () => {
    const separate = [
      ["订单号", "订单状态", "付款状态", "配送状态", "订单处理状态", "支付方式"],
      ["GW2026120300011", "已确认", "未付款", "未发货", "配货中", "货到付款"],
      ["GW2026120300012", "已确认", "未付款", "未发货", "", "货到付款"],
      ["GW2026120300013", "已确认", "", "", "", "货到付款"],
    ];
    const result = await parseOrders(await toXlsx({ name: "订单", rows: separate }), {
      fileName: "官网.xlsx",
    });
    expect(missing(result.issues)).toEqual([
      { code: "missing-status", severity: "warning", row: 3, column: "订单处理状态" },
      { code: "missing-status", severity: "warning", row: 4, column: "订单处理状态" },
    ]);
    expect(result.orders[1]?.status).toMatchObject({
      order: "confirmed",
      pay: "unpaid",
      shipping: "unshipped",
    });
    const none = [
      ["订单号", "支付方式"],
      ["GW2026120300021", "货到付款"],
    ];
    const without = await parseOrders(await toXlsx({ name: "订单", rows: none }), { fileName: "官网.xlsx" });
    expect(missing(without.issues)).toEqual([]);
  });
});

describe("WMS export with every stage word, through xlsx", () => {
  it.each(["分配状态", "配货状态", "仓库状态"] as const)(
    "reads each row's stage from %s",
    async (stageHeader) => {
      const sheet = wmsExport(orders, { stageHeader });
      const result = await parseWms(await toXlsx(sheet), { fileName: "物流查询.xlsx" });
      expect(result.issues.filter((issue) => issue.code === "unknown-stage")).toEqual([]);
      expect(result.shipments.map((s) => [s.orderRef, s.stage, s.stageRaw])).toEqual(
        sheet.records.map((r) => [r.order.orderNo, r.stage.code, r.stage.word]),
      );
      const past = result.shipments.filter((s) => isPastAllocation(s.stage)).map((s) => s.stageRaw);
      expect(new Set(past)).toContain("已打单");
      expect(new Set(past)).toContain("已出库");
      expect(new Set(past)).not.toContain("挂起");
    },
  );
});

describe("the other exports with every status word", () => {
  it("万里牛: its own words and the stages it shows", async () => {
    const sheet = wanliniuExport(orders);
    const result = await parseOrders(await toXlsx(sheet), { fileName: "万里牛订单.xlsx" });
    expect(result.meta.adapter).toBe("wanliniu");
    expect(result.issues.filter((issue) => issue.code === "unknown-status")).toEqual([]);
    const byNo = new Map(result.orders.map((o) => [o.orderNo, o]));
    const staged = orders.filter((o) => o.erpStatusWord === o.logistics.stage?.word && o.logistics.stage);
    expect(staged.length).toBeGreaterThan(20);
    for (const order of staged) {
      const parsed = byNo.get(order.orderNo);
      const own = ["待审核", "待发货", "已发货", "已取消", "挂起"].includes(order.erpStatusWord ?? "");
      expect(parsed?.stage).toBe(own ? undefined : order.logistics.stage?.code);
    }
  });

  it("拼多多: every 订单状态 and 售后状态 read, after-sale kept with its raw text", async () => {
    const pdd = fakeOrders({ seed: 8, count: 60, platform: "pinduoduo", words: "all" });
    const result = await parseOrders(await toXlsx(pinduoduoExport(pdd)), { fileName: "拼多多.xlsx" });
    expect(
      result.issues.filter((i) => i.code === "unknown-status" || i.code === "unknown-after-sale"),
    ).toEqual([]);
    const byNo = new Map(result.orders.map((o) => [o.orderNo, o]));
    for (const order of pdd) {
      const parsed = byNo.get(order.orderNo);
      expect(parsed?.afterSale?.raw).toBe(order.afterSaleWord);
      expect(parsed?.afterSale?.state).toBeDefined();
      const { order: o, pay, shipping } = parsed?.status ?? {};
      const parts = pick({ order: o, pay, shipping }, ["order", "pay", "shipping"]);
      expect(Object.keys(parts).length).toBeGreaterThan(0);
      expect(parts).toEqual(pick(truthOf(order), Object.keys(parts) as Part[]));
    }
  });

  it("拼多多: an unknown 售后状态 is kept raw and flagged", async () => {
    const result = await parseOrders(
      [
        ["订单号", "订单状态", "售后状态"],
        ["240309-402233834970071", "待发货", "平台介入中"],
      ],
      { platform: "pinduoduo" },
    );
    expect(result.orders[0]?.afterSale).toEqual({ raw: "平台介入中" });
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: "unknown-after-sale",
        row: 2,
        column: "售后状态",
        input: "平台介入中",
      }),
    );
  });

  it.each(BUILTIN_PROFILES.map((profile) => [profile.platform, profile] as const))(
    "%s: every word of its profile written, read, and as the truth",
    async (_name, profile) => {
      const platform = profile.platform as "pingan" | "yaofangwang" | "suning" | "xywy";
      const truth = fakeOrders({ seed: 8, count: 40, platform, words: "all" });
      const result = await parseOrders(await toXlsx(profiledExport(platform, truth)), {
        fileName: "订单.xlsx",
        platform,
      });
      expect(result.issues.filter((issue) => issue.code === "unknown-status")).toEqual([]);
      const written = new Set(truth.map((o) => o.statusWord));
      expect(Object.keys(profile.status).filter((word) => !written.has(word))).toEqual([]);
      const byNo = new Map(result.orders.map((o) => [o.orderNo, o]));
      for (const order of truth) {
        const { order: o, pay, shipping } = byNo.get(order.orderNo)?.status ?? {};
        const parts = pick({ order: o, pay, shipping }, ["order", "pay", "shipping"]);
        expect(parts).toEqual(pick(truthOf(order), Object.keys(parts) as Part[]));
      }
    },
  );
});
