import { describe, expect, test } from "vitest";
import { isModelError, ModelConfigError } from "./errors";
import { type OrderNumberConfig, type OrderNumberKind, orderNumberKind } from "./order-number";

describe("orderNumberKind", () => {
  const cases: {
    description: string;
    input: unknown;
    config?: OrderNumberConfig;
    expected: OrderNumberKind;
  }[] = [
    { description: "官网 GW number", input: "GW2026112400001", expected: "guanwang-gw" },
    {
      description: "官网 GW number in lower case with a tab",
      input: "\tgw2026112400001",
      expected: "guanwang-gw",
    },
    { description: "stock ECShop YYYYMMDD + 5 digits", input: "2026112412345", expected: "ecshop" },
    { description: "ECShop as a number cell", input: 2026112412345, expected: "ecshop" },
    { description: "13 digits with an impossible date", input: "2026133112345", expected: "unknown" },
    { description: "拼多多 YYMMDD-15 digits", input: "240309-402233834970071", expected: "pinduoduo" },
    { description: "拼多多 from the seed", input: "200910-027912111060992", expected: "pinduoduo" },
    { description: "拼多多 with 14 digits", input: "240309-40223383497007", expected: "unknown" },
    { description: "万里牛 XD number", input: "XD2026112400042", expected: "wanliniu-xd" },
    { description: "bare prefix", input: "GW", expected: "unknown" },
    { description: "empty", input: "", expected: "unknown" },
    {
      description: "configured 官网 prefix",
      input: "SYT2026112400001",
      config: { guanwangPrefixes: ["GW", "SYT"] },
      expected: "guanwang-gw",
    },
    {
      description: "default prefix no longer applies when replaced",
      input: "XD2026112400042",
      config: { wanliniuPrefixes: ["WLN"] },
      expected: "unknown",
    },
  ];
  test.each(cases)("$description", ({ input, config, expected }) => {
    expect(orderNumberKind(input, config)).toBe(expected);
  });
});

describe("orderNumberKind with a broken config", () => {
  test("throws a coded error that says what to fix", () => {
    expect(() => orderNumberKind("GW1", { guanwangPrefixes: [" "] })).toThrowErrorMatchingInlineSnapshot(
      `[ModelConfigError: 订单号前缀配置无效 (guanwangPrefixes.0: 数值过小：期望 string >=1 字符)。应为例如 { guanwangPrefixes: ["GW"], wanliniuPrefixes: ["XD"] }。请改正配置后重试。]`,
    );
  });

  test("the error is recognised across realms by its code", () => {
    try {
      orderNumberKind("GW1", { wanliniuPrefixes: "XD" as unknown as string[] });
      expect.unreachable();
    } catch (error) {
      expect(isModelError(error)).toBe(true);
      expect(error).toBeInstanceOf(ModelConfigError);
      expect((error as ModelConfigError).issues[0]?.path).toEqual(["wanliniuPrefixes"]);
    }
  });
});
