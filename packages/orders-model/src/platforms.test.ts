import { describe, expect, test } from "vitest";
import { PLATFORMS, PlatformId, SYSTEMS, SystemId } from "./platforms";

describe("platforms and systems as data", () => {
  test("every platform has its display name", () => {
    expect(Object.fromEntries(PlatformId.options.map((id) => [id, PLATFORMS[id].name]))).toEqual({
      guanwang: "官网",
      pinduoduo: "拼多多",
      pingan: "平安好医生",
      yaofangwang: "药房网",
      suning: "苏宁",
      xywy: "寻医问药",
      jiage315: "315",
    });
  });

  test("every system has its display name", () => {
    expect(Object.fromEntries(SystemId.options.map((id) => [id, SYSTEMS[id].name]))).toEqual({
      wanliniu: "万里牛",
      wms: "WMS",
    });
  });

  test("records are keyed by their own id", () => {
    for (const [key, platform] of Object.entries(PLATFORMS)) expect(platform.id).toBe(key);
    for (const [key, system] of Object.entries(SYSTEMS)) expect(system.id).toBe(key);
  });

  test("an unknown platform is a zod issue, not an exception", () => {
    const result = PlatformId.safeParse("taobao");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe("invalid_value");
  });
});
