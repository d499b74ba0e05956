import { fakeOrders, profiledExport } from "@syt/fake-exports";
import { describe, expect, it } from "vitest";
import {
  BUILTIN_PROFILES,
  checkMappingProfile,
  formatErrorZh,
  formatProfileProblemZh,
  InvalidProfileError,
  MappingProfile,
  parseOrders,
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
