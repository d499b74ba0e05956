import { describe, expect, test } from "vitest";
import {
  COURIERS,
  type Courier,
  checkWaybill,
  courierFromText,
  guessCourier,
  splitWaybills,
} from "./couriers";

describe("courierFromText", () => {
  const cases: { description: string; input: unknown; expected: Courier | undefined }[] = [
    { description: "short Chinese name", input: "中通", expected: "zto" },
    { description: "full Chinese name", input: "中通快递", expected: "zto" },
    { description: "upper-case code", input: "ZTO", expected: "zto" },
    { description: "English name with a space", input: "zto express", expected: "zto" },
    { description: "name inside longer text", input: "中通快递(货到付款)", expected: "zto" },
    { description: "申通快递", input: "申通快递", expected: "sto" },
    { description: "STO code", input: "STO", expected: "sto" },
    { description: "顺丰速运", input: "顺丰速运", expected: "sf" },
    { description: "邮政 is EMS", input: "中国邮政", expected: "ems" },
    { description: "J&T", input: "J&T Express", expected: "jt" },
    { description: "known but not one of ours", input: "德邦", expected: "other" },
    { description: "two couriers named", input: "中通/申通", expected: undefined },
    { description: "unknown text", input: "自提", expected: undefined },
    { description: "empty", input: "", expected: undefined },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    expect(courierFromText(input)).toBe(expected);
  });

  test("every courier's display name maps back to it", () => {
    for (const info of Object.values(COURIERS)) expect(courierFromText(info.name)).toBe(info.id);
  });
});

describe("splitWaybills", () => {
  const cases: { description: string; input: unknown; expected: string[] }[] = [
    {
      description: "ECShop <br>",
      input: "75123456789012<br>75123456789013",
      expected: ["75123456789012", "75123456789013"],
    },
    {
      description: "self-closing <br/>",
      input: "75123456789012<br/>75123456789013",
      expected: ["75123456789012", "75123456789013"],
    },
    {
      description: "full-width comma",
      input: "75123456789012，75123456789013",
      expected: ["75123456789012", "75123456789013"],
    },
    {
      description: "enumeration comma",
      input: "75123456789012、75123456789013",
      expected: ["75123456789012", "75123456789013"],
    },
    {
      description: "semicolon",
      input: "75123456789012;75123456789013",
      expected: ["75123456789012", "75123456789013"],
    },
    {
      description: "newline and spaces",
      input: " 75123456789012\n 75123456789013 ",
      expected: ["75123456789012", "75123456789013"],
    },
    { description: "one number as a number cell", input: 75123456789012, expected: ["75123456789012"] },
    { description: "guarded cell", input: '="75123456789012"', expected: ["75123456789012"] },
    { description: "empty cell", input: "", expected: [] },
    { description: "null", input: null, expected: [] },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    expect(splitWaybills(input)).toEqual(expected);
  });
});

describe("guessCourier", () => {
  const cases: { description: string; input: string; expected: Courier | undefined }[] = [
    { description: "ZTO 14 digits starting 7", input: "75123456789012", expected: "zto" },
    { description: "STO 15 digits starting 77", input: "773123456789012", expected: "sto" },
    { description: "SF with letters", input: "SF1234567890123", expected: "sf" },
    { description: "YTO with letters", input: "YT1234567890123", expected: "yto" },
    { description: "JD", input: "JDVA12345678901", expected: "jd" },
    { description: "EMS international form", input: "EA123456789CN", expected: "ems" },
    { description: "12 digits could be several couriers", input: "123456789012", expected: undefined },
    { description: "garbage", input: "abc", expected: undefined },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    expect(guessCourier(input)).toBe(expected);
  });
});

describe("checkWaybill", () => {
  const cases: {
    description: string;
    input: string;
    courier?: Courier;
    expected: ReturnType<typeof checkWaybill>;
  }[] = [
    {
      description: "ZTO number for ZTO",
      input: "75123456789012",
      courier: "zto",
      expected: { ok: true, normalized: "75123456789012", warnings: [] },
    },
    {
      description: "older 12-digit ZTO number",
      input: "123456789012",
      courier: "zto",
      expected: { ok: true, normalized: "123456789012", warnings: [] },
    },
    {
      description: "older STO number with a known prefix",
      input: "2681234567890",
      courier: "sto",
      expected: { ok: true, normalized: "2681234567890", warnings: [] },
    },
    {
      description: "STO number stated as ZTO is a warning, not a rejection",
      input: "773123456789012",
      courier: "zto",
      expected: { ok: true, normalized: "773123456789012", warnings: ["waybill-courier-mismatch"] },
    },
    {
      description: "too short",
      input: "1234567",
      expected: { ok: true, normalized: "1234567", warnings: ["waybill-length"] },
    },
    {
      description: "letters no courier uses",
      input: "AB12345",
      expected: { ok: true, normalized: "AB12345", warnings: ["waybill-not-digits"] },
    },
    {
      description: "empty is not ok",
      input: "",
      expected: { ok: false, normalized: "", warnings: ["waybill-empty"] },
    },
    {
      description: "punctuation is not ok",
      input: "7512?345",
      expected: { ok: false, normalized: "7512?345", warnings: ["waybill-characters"] },
    },
  ];
  test.each(cases)("$description", ({ input, courier, expected }) => {
    expect(checkWaybill(input, courier)).toEqual(expected);
  });
});
