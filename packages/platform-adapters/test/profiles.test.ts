import { fakeOrders, profiledExport } from "@syt/fake-exports";
import { describe, expect, it } from "vitest";
import {
  BUILTIN_PROFILES,
  checkMappingProfile,
  formatErrorZh,
  formatProfileProblemZh,
  InvalidProfileError,
  MappingProfile,
  parseAfterSales,
  parseOrders,
  parseWms,
  recogniseExport,
  tableFromValues,
} from "../src/index";

const custom = {
  id: "jiage315",
  platform: "jiage315",
  name: "315",
  signature: ["单号", "货品"],
  fields: { orderNo: ["单号"], productName: ["货品"], quantity: ["件数"], status: ["进度"] },
  status: { 待发: { shipping: "unshipped" }, 已发: { shipping: "shipped" } },
};

describe("mapping profiles", () => {
  it("ships a valid starting profile for 平安好医生, 药房网, 苏宁, 寻医问药 and 315", () => {
    expect(BUILTIN_PROFILES.map((p) => p.platform).sort()).toEqual([
      "jiage315",
      "pingan",
      "suning",
      "xywy",
      "yaofangwang",
    ]);
    for (const profile of BUILTIN_PROFILES) expect(MappingProfile.safeParse(profile).success).toBe(true);
  });

  it("lets an operator describe a new export without code", async () => {
    const result = await parseOrders(
      [
        ["单号", "货品", "件数", "进度"],
        ["A1", "布洛芬缓释胶囊", "2", "已发"],
        ["A1", "维生素C咀嚼片", "1", "已发"],
      ],
      { profile: JSON.stringify(custom) },
    );
    expect(result.meta).toMatchObject({
      adapter: "profile:jiage315",
      platform: "jiage315",
      detectedBy: "override",
    });
    expect(result.orders).toHaveLength(1);
    expect(result.orders[0]?.lines.map((l) => l.quantity)).toEqual([2, 1]);
    expect(result.orders[0]?.status.shipping).toBe("shipped");
  });

  it("reads a starting profile's export when forced by platform", async () => {
    const truth = fakeOrders({ seed: 6, count: 4, platform: "suning" });
    const result = await parseOrders(profiledExport("suning", truth).rows, { platform: "suning" });
    expect(new Set(result.orders.map((o) => o.orderNo))).toEqual(new Set(truth.map((o) => o.orderNo)));
  });

  it.each([
    {
      description: "not JSON",
      input: "{ id: pingan",
      expected: ["配置不是有效的 JSON: 请检查引号、逗号和括号是否成对"],
    },
    {
      description: "unknown platform and empty name",
      input: { ...custom, platform: "taobao", name: "" },
      expected: [
        "「platform」应为以下之一: guanwang、pinduoduo、pingan、yaofangwang、suning、xywy、jiage315",
        "「name」不能为空",
      ],
    },
    {
      description: "bad id",
      input: { ...custom, id: "My Shop" },
      expected: ['「id」格式不对: 只能用小写字母、数字和 -, 例如 "pingan"'],
    },
    {
      description: "no order-number column",
      input: { ...custom, fields: { productName: ["货品"], status: ["进度"] } },
      expected: ["「fields.orderNo」: 必须给出订单号列的表头(fields.orderNo)"],
    },
    {
      description: "a typo in a key",
      input: { ...custom, feilds: {} },
      expected: ["配置中有不认识的键: feilds"],
    },
  ])("explains what is wrong in Chinese: $description", ({ input, expected }) => {
    const check = checkMappingProfile(input);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems.map(formatProfileProblemZh)).toEqual(expected);
  });

  it("throws a coded error when parseOrders is given a bad profile", async () => {
    const thrown = await parseOrders([["单号"]], { profile: { ...custom, platform: "taobao" } }).catch(
      (e: unknown) => e,
    );
    expect(thrown).toBeInstanceOf(InvalidProfileError);
    expect(formatErrorZh(thrown)).toMatch(/^映射配置有误: 「platform」应为以下之一/);
  });
});

describe("profiles of the other kinds: a WMS, 售后单 or 缺货 layout in the same format", () => {
  const wms = {
    kind: "wms",
    id: "wms-2027",
    name: "WMS",
    signature: ["外部单号", "运单编号"],
    fields: { orderRef: ["外部单号"], waybill: ["运单编号"], stage: ["出库进度"] },
  };
  // 物流单号 renamed 运单编号, 分配状态 出库进度: no built-in alias has either.
  const rows = [
    ["导出人：运营01", "导出时间：2026-11-25 09:10:00"],
    ["外部单号", "物流公司", "运单编号", "出库进度"],
    ["GW2026112500001", "中通快递", "73568956540669", "分配完成"],
    ["GW2026112500002", "中通快递", "", "待分配"],
  ];

  it("validates a WMS profile", () => {
    expect(checkMappingProfile(wms)).toMatchObject({ ok: true, profile: { kind: "wms", id: "wms-2027" } });
  });

  it.each([
    {
      description: "a WMS profile without the waybill column",
      input: { ...wms, fields: { orderRef: ["外部单号"] } },
      expected: ["「fields.waybill」: 必须给出这一列的表头 (fields.waybill), 没有它读不了这种表格"],
    },
    {
      description: "an order field in a WMS profile names the WMS fields",
      input: { ...wms, fields: { ...wms.fields, orderNo: ["单号"] } },
      expected: ["「fields」中有不认识的字段名; 可用的字段: orderRef、courier、waybill、stage、createdAt"],
    },
    {
      description: "a kind no reader has",
      input: { ...wms, kind: "invoices" },
      expected: ["「kind」应为以下之一: orders、wms、after-sales、out-of-stock"],
    },
  ])("explains what is wrong in Chinese: $description", ({ input, expected }) => {
    const check = checkMappingProfile(input);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems.map(formatProfileProblemZh)).toEqual(expected);
  });

  it("recognises the renamed WMS export by the operator's profile, and the reader takes its header names", async () => {
    const table = tableFromValues(rows);
    expect(recogniseExport(table).kind).toBe("unknown");
    const recognition = recogniseExport(table, { profiles: [wms] });
    expect(recognition).toMatchObject({
      kind: "wms",
      adapter: "wms",
      layout: "WMS 映射配置 wms-2027",
      confidence: "medium",
      headerRow: 2,
    });
    expect(recognition.why[0]).toEqual({ code: "operator-profile", profile: "wms-2027" });
    const { shipments, meta } = await parseWms(table, { fields: recognition.fields ?? {} });
    expect(shipments.map((s) => [s.orderRef, s.waybills, s.stageRaw])).toEqual([
      ["GW2026112500001", ["73568956540669"], "分配完成"],
      ["GW2026112500002", [], "待分配"],
    ]);
    expect(meta.accounting).toMatchObject({ used: 2, issues: 0 });
  });

  it("a 售后单 profile falls out the same way", async () => {
    const profile = {
      kind: "after-sales",
      id: "shouhou",
      name: "售后单",
      platform: "suning",
      signature: ["退款单号", "关联订单"],
      fields: { ticketNo: ["退款单号"], orderNo: ["关联订单"], state: ["处理进度"] },
    };
    const table = tableFromValues([
      ["退款单号", "关联订单", "处理进度"],
      ["T1", "SN1001", "退款成功"],
    ]);
    const recognition = recogniseExport(table, { profiles: [profile] });
    expect(recognition).toMatchObject({ kind: "after-sales", platform: "suning" });
    const { tickets } = await parseAfterSales(table, {
      platform: "suning",
      fields: recognition.fields ?? {},
    });
    expect(tickets.map((t) => [t.ticketNo, t.orderNo, t.platform])).toEqual([["T1", "SN1001", "suning"]]);
  });
});
