import { describe, expect, it } from "vitest";
import { isDailyConfigError, resolveConfig } from "../src/config";
import { checkConfig, DEFAULT_CONFIG, formatConfigProblemZh } from "../src/index";

describe("config", () => {
  it("defaults to the seed's deadlines and thresholds", () => {
    expect(DEFAULT_CONFIG.deadlines).toMatchObject({
      wanliniu: "09:30",
      yaofangwangToday: "16:00",
      codReport: "17:00",
    });
    expect(DEFAULT_CONFIG.thresholds).toMatchObject({
      wmsAllocationHours: 2,
      pinduoduoPromiseHours: 48,
      urgentHours: 12,
      returnTicketDays: 3,
    });
    expect(DEFAULT_CONFIG.platforms).toHaveLength(7);
  });

  it.each([
    { input: "{", expected: "不是合法的 JSON" },
    { input: { deadlines: { wanliniu: "9点半" } }, expected: "「deadlines.wanliniu」 需要 时:分" },
    { input: { platforms: ["taobao"] }, expected: "不是平台代号" },
    { input: { thresholds: { wmsAllocation: 2 } }, expected: "不认识的设置 wmsAllocation" },
  ])("refuses $input in Chinese", ({ input, expected }) => {
    const check = checkConfig(input);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems.map(formatConfigProblemZh).join("\n")).toContain(expected);
  });
});

describe("the config error's guard", () => {
  it("regression: answers by name and code, not by the name alone", () => {
    const thrown = (() => {
      try {
        return resolveConfig("{");
      } catch (error) {
        return error;
      }
    })();
    expect(isDailyConfigError(thrown)).toBe(true);
    expect(isDailyConfigError({ name: "DailyConfigError", code: "bad-config" })).toBe(true);
    expect(isDailyConfigError({ name: "DailyConfigError" })).toBe(false);
    expect(isDailyConfigError({ name: "DailyConfigError", code: "exists" })).toBe(false);
  });
});
