import { PLATFORMS, PlatformId } from "@syt/orders-model";
import { describe, expect, it } from "vitest";
import { platformOfText, SHOP_WORDS } from "../src/index";

describe("platformOfText: the one shop-name table", () => {
  it("names every platform by its display name", () => {
    for (const id of PlatformId.options) expect(platformOfText(`上元堂${PLATFORMS[id].name}店`)).toBe(id);
    expect(new Set(SHOP_WORDS.map((entry) => entry.platform))).toEqual(new Set(PlatformId.options));
  });

  const cases = [
    { description: "a 万里牛 shop name", input: "上元堂拼多多旗舰店", expected: "pinduoduo" },
    { description: "平安好医生 by its short name", input: "平安健康上元堂", expected: "pingan" },
    { description: "平安好医生 by its domain", input: "JK.cn 上元堂", expected: "pingan" },
    { description: "官网 by the web shop's name", input: "上元堂商城", expected: "guanwang" },
    {
      description: "a marketplace's name before 官网's generic 商城",
      input: "拼多多商城店",
      expected: "pinduoduo",
    },
    { description: "315 as a number of its own", input: "315订单_20261125.xlsx", expected: "jiage315" },
    { description: "a date holding 315 names no platform", input: "订单_20260315.xlsx", expected: undefined },
    {
      description: "a file name with a date holding 315",
      input: "官网订单_20260315.xlsx",
      expected: "guanwang",
    },
    { description: "nothing known", input: "某个新店", expected: undefined },
  ] as const;
  for (const { description, input, expected } of cases) {
    it(description, () => expect(platformOfText(input)).toBe(expected));
  }
});
