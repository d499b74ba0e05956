import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  BeijingTimeText,
  businessDate,
  dateToExcelSerial,
  excelSerialToDate,
  exportWindow,
  formatBusinessTime,
  parseDateCell,
} from "./time";

describe("businessDate", () => {
  const cases = [
    {
      description: "Shanghai morning is the same day",
      input: "2026-11-24T01:30:00Z",
      expected: "2026-11-24",
    },
    {
      description: "UTC evening is already tomorrow in Shanghai",
      input: "2026-11-24T17:00:00Z",
      expected: "2026-11-25",
    },
    {
      description: "Shanghai midnight starts the day",
      input: "2026-11-24T16:00:00Z",
      expected: "2026-11-25",
    },
    {
      description: "one second before Shanghai midnight",
      input: "2026-11-24T15:59:59Z",
      expected: "2026-11-24",
    },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    expect(businessDate(new Date(input))).toBe(expected);
  });
});

describe("formatBusinessTime", () => {
  const cases = [
    {
      description: "default format",
      input: "2026-11-24T01:30:05Z",
      format: undefined,
      expected: "2026-11-24 09:30:05",
    },
    {
      description: "past midnight in Shanghai",
      input: "2026-11-24T16:05:00Z",
      format: undefined,
      expected: "2026-11-25 00:05:00",
    },
    {
      description: "custom format",
      input: "2026-11-24T01:30:00Z",
      format: "YYYY年M月D日 HH:mm",
      expected: "2026年11月24日 09:30",
    },
  ];
  test.each(cases)("$description", ({ input, format, expected }) => {
    expect(formatBusinessTime(new Date(input), format)).toBe(expected);
  });
});

describe("exportWindow", () => {
  const cases = [
    {
      description: "afternoon in Shanghai",
      input: "2026-11-24T08:00:00Z",
      expected: { from: "2026-11-22T16:00:00.000Z", to: "2026-11-24T08:00:00.000Z" },
    },
    {
      description: "first of the month goes back into the previous month",
      input: "2026-12-01T02:00:00Z",
      expected: { from: "2026-11-29T16:00:00.000Z", to: "2026-12-01T02:00:00.000Z" },
    },
    {
      description: "New Year's Day goes back into the previous year",
      input: "2026-12-31T16:30:00Z",
      expected: { from: "2026-12-30T16:00:00.000Z", to: "2026-12-31T16:30:00.000Z" },
    },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    const { from, to } = exportWindow(new Date(input));
    expect({ from: from.toISOString(), to: to.toISOString() }).toEqual(expected);
  });
});

describe("Excel serials", () => {
  const cases = [
    { description: "midnight", serial: 46350, expected: "2026-11-23T16:00:00.000Z" },
    { description: "09:30 Shanghai", serial: 46350.395833333336, expected: "2026-11-24T01:30:00.000Z" },
    { description: "noon", serial: 46350.5, expected: "2026-11-24T04:00:00.000Z" },
    {
      description: "float noise rounds to the second",
      serial: 46350.39583334,
      expected: "2026-11-24T01:30:00.000Z",
    },
    { description: "1900-03-01 is serial 61", serial: 61, expected: "1900-02-28T15:54:17.000Z" },
  ];
  test.each(cases)("$description: $serial", ({ serial, expected }) => {
    expect(excelSerialToDate(serial)?.toISOString()).toBe(expected);
  });

  test.each([46350, 46350.5, 45000.25, 61, 30])("serial -> date -> serial round trip for %s", (serial) => {
    const date = excelSerialToDate(serial);
    expect(date).toBeDefined();
    if (date) expect(dateToExcelSerial(date)).toBeCloseTo(serial, 9);
  });

  test.each([Number.NaN, -1, Number.POSITIVE_INFINITY, 3_000_000])("no date for %s", (serial) => {
    expect(excelSerialToDate(serial)).toBeUndefined();
  });
});

describe("parseDateCell", () => {
  const cases: { description: string; input: unknown; expected: string | undefined }[] = [
    { description: "full text", input: "2026-11-24 09:30:00", expected: "2026-11-24T01:30:00.000Z" },
    { description: "slashes and short hour", input: "2026/11/24 9:30", expected: "2026-11-24T01:30:00.000Z" },
    { description: "date only", input: "2026-11-24", expected: "2026-11-23T16:00:00.000Z" },
    { description: "Chinese date", input: "2026年11月24日 09:30", expected: "2026-11-24T01:30:00.000Z" },
    { description: "ISO with offset", input: "2026-11-24T01:30:00Z", expected: "2026-11-24T01:30:00.000Z" },
    {
      description: "tab-guarded text",
      input: "\t2026-11-24 09:30:00\t",
      expected: "2026-11-24T01:30:00.000Z",
    },
    { description: "Excel serial", input: 46350.395833333336, expected: "2026-11-24T01:30:00.000Z" },
    {
      description: "Date cell",
      input: new Date("2026-11-24T01:30:00Z"),
      expected: "2026-11-24T01:30:00.000Z",
    },
    { description: "impossible day", input: "2026-02-30", expected: undefined },
    { description: "impossible hour", input: "2026-11-24 25:00", expected: undefined },
    { description: "words", input: "昨天", expected: undefined },
    { description: "empty", input: "", expected: undefined },
    { description: "null", input: null, expected: undefined },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    expect(parseDateCell(input)?.toISOString()).toBe(expected);
  });

  test("a Date from another realm (taskpane iframe) is still a Date cell", () => {
    const foreign = runInNewContext('new Date("2026-11-24T01:30:00Z")') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(parseDateCell(foreign)?.toISOString()).toBe("2026-11-24T01:30:00.000Z");
  });

  test("`YYYY-MM-DD HH:mm:ss`, read by its own fast path, reads as the same text with a T", () => {
    // The T form is not the fast path's shape, so it goes through the regex and zone lookup:
    // any difference between the two paths (leap days, 24:00, years before 1992) shows here.
    const two = (n: number) => String(n).padStart(2, "0");
    const fields = fc.record({
      year: fc.oneof(
        fc.integer({ min: 1900, max: 2100 }),
        fc.constantFrom(1986, 1991, 1992, 1900, 2000, 2100, 92),
      ),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
      hour: fc.integer({ min: 0, max: 25 }),
      minute: fc.integer({ min: 0, max: 60 }),
      second: fc.integer({ min: 0, max: 60 }),
      separator: fc.constantFrom("-", "/"),
    });
    fc.assert(
      fc.property(fields, ({ year, month, day, hour, minute, second, separator }) => {
        const date = [String(year).padStart(4, "0"), two(month), two(day)].join(separator);
        const time = `${two(hour)}:${two(minute)}:${two(second)}`;
        const fast = parseDateCell(`${date} ${time}`)?.toISOString();
        expect(fast).toBe(parseDateCell(`${date}T${time}`)?.toISOString());
      }),
      { numRuns: 5000 },
    );
    expect(parseDateCell("2024-02-29 23:59:59")?.toISOString()).toBe("2024-02-29T15:59:59.000Z");
    expect(parseDateCell("2026-02-29 10:00:00")).toBeUndefined();
    expect(parseDateCell("1991-07-01 12:00:00")?.toISOString()).toBe("1991-07-01T03:00:00.000Z");
  });

  test("exceljs-style Date cells carry the wall clock in their UTC fields", () => {
    const cell = new Date("2026-11-24T09:30:00Z");
    expect(parseDateCell(cell, { dateCell: "utc-wall-clock" })?.toISOString()).toBe(
      "2026-11-24T01:30:00.000Z",
    );
  });
});

describe("Beijing times with a fake zone suffix (万里牛, its WMS)", () => {
  const cases = [
    {
      description: "a fake Z at 23:40 is still today in Nanjing",
      input: "2026-11-24T23:40:00Z",
      instant: "2026-11-24T15:40:00.000Z",
      encoded: "2026-11-24 23:40:00",
    },
    {
      description: "a fake +00:00 just after midnight is still today, not yesterday",
      input: "2026-11-25T00:10:00+00:00",
      instant: "2026-11-24T16:10:00.000Z",
      encoded: "2026-11-25 00:10:00",
    },
    {
      description: "milliseconds and a space before the Z",
      input: "2026-11-24 08:05:09.123 Z",
      instant: "2026-11-24T00:05:09.000Z",
      encoded: "2026-11-24 08:05:09",
    },
    {
      description: "an honest +08:00 reads the same",
      input: "2026-11-24T09:30:00+08:00",
      instant: "2026-11-24T01:30:00.000Z",
      encoded: "2026-11-24 09:30:00",
    },
    {
      description: "text without a suffix as before",
      input: "2026-11-24 09:30:00",
      instant: "2026-11-24T01:30:00.000Z",
      encoded: "2026-11-24 09:30:00",
    },
  ];
  test.each(cases)("decode -> encode -> decode: $description", ({ input, instant, encoded }) => {
    const date = BeijingTimeText.decode(input);
    expect(date.toISOString()).toBe(instant);
    expect(BeijingTimeText.encode(date)).toBe(encoded);
    expect(BeijingTimeText.decode(BeijingTimeText.encode(date))).toEqual(date);
    expect(parseDateCell(input, { zone: "ignore-suffix" })).toEqual(date);
  });

  test("by default a suffix still says which instant is meant", () => {
    expect(parseDateCell("2026-11-24T23:40:00Z")?.toISOString()).toBe("2026-11-24T23:40:00.000Z");
    expect(parseDateCell("2026-11-24T23:40:00Z", { zone: "honour-suffix" })?.toISOString()).toBe(
      "2026-11-24T23:40:00.000Z",
    );
  });

  test("an impossible wall clock stays unread with or without a suffix", () => {
    expect(parseDateCell("2026-02-30T10:00:00Z", { zone: "ignore-suffix" })).toBeUndefined();
    expect(BeijingTimeText.safeDecode("昨天").success).toBe(false);
  });
});
