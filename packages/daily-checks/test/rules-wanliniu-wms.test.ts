import { profiledExport, shanghaiInstant, wanliniuExport, withColumns, wmsExport } from "@syt/fake-exports";
import { describe, expect, it } from "vitest";
import { checklist, DEFAULT_CONFIG, resolveConfig } from "../src/index";
import { fakeOrder, readBack } from "./day-files";

const DAY = "2026-11-25";
const YESTERDAY = "2026-11-24";

describe("万里牛 abnormal orders, before 09:30", () => {
  const placedAt = shanghaiInstant(DAY, "07:30");
  const cases: { description: string; status: string; reason?: string; flagged?: string }[] = [
    { description: "挂起 by a refund request", status: "挂起", flagged: "on_hold" },
    { description: "拦截 after an address change", status: "拦截", flagged: "intercepted" },
    { description: "发货失败", status: "发货失败", flagged: "ship_failed" },
    { description: "异常 with its reason", status: "异常", reason: "地址不详", flagged: "abnormal" },
    {
      description: "a normal status with an 异常原因",
      status: "已审核",
      reason: "库存不足",
      flagged: "abnormal",
    },
    { description: "a normal order", status: "已审核" },
    { description: "a shipped order", status: "已发货" },
  ];
  const orders = cases.map((c, i) => fakeOrder("guanwang", 100 + i, { placedAt, erpStatusWord: c.status }));
  const reasons = new Map(cases.map((c, i) => [orders[i]?.orderNo, c.reason ?? ""]));
  const erp = (title?: string, at = placedAt) =>
    withColumns(
      wanliniuExport(
        orders.map((o) => ({ ...o, placedAt: at })),
        title ? { title } : {},
      ),
      [{ header: "异常原因", value: ({ order }) => reasons.get(order.orderNo) ?? "" }],
    );
  const item = async (time: string, sheet = erp(), date = DAY) => {
    const inputs = await readBack({ "万里牛订单.xlsx": sheet });
    const list = checklist({ now: shanghaiInstant(date, time), config: DEFAULT_CONFIG, inputs });
    return list.items.find((i) => i.item.id === "wanliniu-abnormal");
  };

  it.each(cases.map((c, i) => ({ ...c, orderNo: orders[i]?.orderNo })))(
    "$description: $flagged",
    async ({ orderNo, flagged, reason }) => {
      const found = (await item("08:00"))?.findings.find((f) => f.orderNo === orderNo);
      if (!flagged) {
        expect(found).toBeUndefined();
        return;
      }
      expect(found).toMatchObject({
        code: "wanliniu-abnormal",
        severity: "error",
        params: { kind: flagged },
      });
      if (found?.code === "wanliniu-abnormal") expect(found.params.reason).toBe(reason);
    },
  );

  it("needs action at 08:00, is due soon at 09:10 and overdue at 09:31, offering 拦截报备", async () => {
    const at0800 = await item("08:00");
    expect(at0800?.state).toBe("needs-action");
    expect(at0800?.item.templates).toContain("courier-intercept");
    expect(at0800?.findings).toHaveLength(5);
    const at0910 = await item("09:10");
    expect([at0910?.state, at0910?.minutesLeft]).toEqual(["due-soon", 20]);
    const at0931 = await item("09:31");
    expect([at0931?.state, at0931?.minutesLeft]).toEqual(["overdue", -1]);
  });

  it("waits at 00:10 for an export made before midnight, and takes one made after it", async () => {
    const lateYesterday = shanghaiInstant(YESTERDAY, "23:40");
    const before = await item("00:10", erp(`导出时间 ${YESTERDAY} 23:55`, lateYesterday));
    expect(before?.state).toBe("waiting");
    expect(before?.reason).toEqual({
      code: "missing-export",
      missing: ["wanliniu"],
      stale: ["万里牛订单.xlsx"],
    });
    expect(before?.findings).toEqual([]);
    const after = await item("00:10", erp(`导出时间 ${DAY} 00:05`, lateYesterday));
    expect(after?.state).toBe("needs-action");
    expect(after?.findings).toHaveLength(5);
  });
});

describe("WMS allocation: still 待分配 N hours after payment, or no waybill", () => {
  interface Case {
    description: string;
    placed: [date: string, time: string];
    stage?: string;
    waybill?: boolean;
    status?: string;
  }
  const cases: Case[] = [
    { description: "待分配 exactly 2 h after payment", placed: [DAY, "15:00"], stage: "待分配" },
    { description: "未分配 1 h 59 min after payment", placed: [DAY, "15:01"], stage: "未分配" },
    { description: "已打单 with a waybill", placed: [DAY, "10:00"], stage: "已打单", waybill: true },
    { description: "已发货", placed: [DAY, "09:00"], stage: "已发货", waybill: true },
    { description: "分配完成 without a waybill", placed: [DAY, "10:00"], stage: "分配完成" },
    { description: "paid at 10:00 and not in the WMS at all", placed: [DAY, "10:00"] },
    { description: "shipped by the platform's status", placed: [DAY, "10:00"], status: "已发货" },
  ];
  const ordersOf = (list: readonly Case[]) =>
    list.map((c, i) =>
      fakeOrder("pingan", 200 + i, {
        placedAt: shanghaiInstant(...c.placed),
        statusWord: c.status ?? "待发货",
        shippingState: c.status === "已发货" ? "已发货" : "未发货",
        logistics: c.stage
          ? {
              stage: { code: "unallocated", word: c.stage },
              courier: c.waybill ? "中通快递" : "",
              waybills: c.waybill ? [`7312345678${String(i).padStart(4, "0")}`] : [],
            }
          : { waybills: [] },
      }),
    );
  const run = async (list: readonly Case[], date: string, time: string, config = DEFAULT_CONFIG) => {
    const orders = ordersOf(list);
    const inputs = await readBack({
      "平安好医生订单.xlsx": profiledExport("pingan", orders, { title: `导出时间 ${date} ${time}` }),
      "WMS物流.xlsx": wmsExport(orders, { title: `导出时间 ${date} ${time}` }),
    });
    const day = checklist({ now: shanghaiInstant(date, time), config, inputs });
    // 平安好医生's orders are listed once, under its own 「WMS查询是否分配成功」; 万里牛's item links there.
    const item = day.items.find((i) => i.item.id === "marketplaces-wms");
    const erpItem = day.items.find((i) => i.item.id === "wanliniu-wms");
    const codes = (n: number) =>
      item?.findings.filter((f) => f.orderNo === orders[n]?.orderNo).map((f) => [f.code, f.severity]);
    return { item, erpItem, orders, codes };
  };

  it("at 17:00 flags 待分配 at 2 h, the missing waybill and the order the WMS does not have", async () => {
    const { item, erpItem, codes } = await run(cases, DAY, "17:00");
    expect(cases.map((c, i) => [c.description, codes(i)])).toEqual([
      [cases[0]?.description, [["wms-unallocated", "error"]]],
      [cases[1]?.description, []],
      [cases[2]?.description, []],
      [cases[3]?.description, []],
      [cases[4]?.description, [["wms-no-waybill", "warning"]]],
      [cases[5]?.description, [["wms-unallocated", "warning"]]],
      [cases[6]?.description, []],
    ]);
    const unallocated = item?.findings.find((f) => f.code === "wms-unallocated" && f.params.stageRaw);
    expect(unallocated).toMatchObject({
      file: "WMS物流.xlsx",
      params: { stageRaw: "待分配", hoursSincePaid: 2 },
    });
    expect(item?.state).toBe("needs-action");
    expect(erpItem?.findings).toEqual([]);
    expect(erpItem?.elsewhere).toEqual([
      { itemId: "marketplaces-wms", title: "WMS查询是否分配成功", count: 3 },
    ]);
  });

  it("takes the threshold from the config (3 h: the 2 h one waits)", async () => {
    const config = resolveConfig({ thresholds: { wmsAllocationHours: 3 } });
    const { codes } = await run(cases, DAY, "17:00", config);
    expect(codes(0)).toEqual([]);
    expect(codes(5)).toEqual([["wms-unallocated", "warning"]]);
  });

  const late: Case[] = [
    { description: "paid before midnight", placed: [YESTERDAY, "23:30"], stage: "待分配" },
  ];

  it("counts the hours across midnight: paid 23:30, flagged at 01:30, not at 01:29", async () => {
    expect((await run(late, DAY, "01:29")).codes(0)).toEqual([]);
    expect((await run(late, DAY, "01:30")).codes(0)).toEqual([["wms-unallocated", "error"]]);
  });

  it("answers the same on a computer set to Los Angeles time", async () => {
    const zone = process.env.TZ;
    process.env.TZ = "America/Los_Angeles";
    try {
      expect(new Date(2026, 10, 25).getTimezoneOffset()).toBe(480);
      expect((await run(late, DAY, "01:29")).codes(0)).toEqual([]);
      expect((await run(late, DAY, "01:30")).codes(0)).toEqual([["wms-unallocated", "error"]]);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
