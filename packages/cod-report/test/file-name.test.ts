import { describe, expect, it } from "vitest";
import { CodReportError } from "../src/errors";
import { reportFileName, resolveReportName } from "../src/file-name";

describe("reportFileName", () => {
  it.each([
    { description: "default format", format: undefined, expected: "上元堂官网_中通货到付款_2026-11-25.xlsx" },
    { description: "compact digits", format: "YYYYMMDD", expected: "上元堂官网_中通货到付款_20261125.xlsx" },
    {
      description: "Chinese date words",
      format: "YYYY年M月D日",
      expected: "上元堂官网_中通货到付款_2026年11月25日.xlsx",
    },
    {
      description: "escaped literal text",
      format: "[第]YYYY.MM.DD",
      expected: "上元堂官网_中通货到付款_第2026.11.25.xlsx",
    },
  ])("$description", ({ format, expected }) => {
    expect(reportFileName("2026-11-25", format)).toBe(expected);
  });

  it.each([
    { description: "the seed's own slashes", format: "YYYY/MM/DD" },
    { description: "a backslash", format: "YYYY\\MM" },
    { description: "a time with colons", format: "YYYY-MM-DD HH:mm" },
    { description: "a quote in escaped text", format: '[说"明]YYYY' },
    { description: "a question mark", format: "YYYY?" },
    { description: "a pipe", format: "YYYY|MM" },
    { description: "a control character", format: "YYYY\tMM" },
    { description: "the empty format (dayjs falls back to ISO with colons)", format: "" },
  ])("refuses $description", ({ format }) => {
    expect(() => reportFileName("2026-11-25", format)).toThrow(
      expect.objectContaining({ name: "CodReportError", code: "bad-name-format", input: format }),
    );
  });

  it.each(["2026-13-01", "2026-02-30", "25.11.2026", "2026-11-25T00:00", ""])(
    "refuses the date %j",
    (date) => {
      expect(() => reportFileName(date)).toThrow(CodReportError);
      expect(() => reportFileName(date)).toThrow(expect.objectContaining({ code: "bad-date" }));
    },
  );
});

describe("resolveReportName", () => {
  it("takes the business date in Asia/Shanghai, not the computer's date", () => {
    // 17:30 UTC on the 24th is already 01:30 on the 25th in Shanghai.
    expect(resolveReportName({ now: new Date("2026-11-24T17:30:00Z") })).toEqual({
      date: "2026-11-25",
      fileName: "上元堂官网_中通货到付款_2026-11-25.xlsx",
    });
  });

  it.each(["UTC", "America/Los_Angeles", "Asia/Shanghai"])(
    "gives the same date when the computer runs in %s",
    (tz) => {
      const before = process.env.TZ;
      process.env.TZ = tz;
      try {
        expect(resolveReportName({ now: new Date("2026-11-25T15:59:59Z") }).date).toBe("2026-11-25");
        expect(resolveReportName({ now: new Date("2026-11-25T16:00:00Z") }).date).toBe("2026-11-26");
      } finally {
        process.env.TZ = before;
      }
    },
  );

  it("prefers the date given", () => {
    expect(resolveReportName({ date: "2026-01-02", now: new Date("2026-11-24T17:30:00Z") }).date).toBe(
      "2026-01-02",
    );
  });
});
