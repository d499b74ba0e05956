import { describe, expect, test } from "vitest";
import { maskPhone, maskPhonesInText, type ParsedPhone, parsePhone } from "./phone";

describe("parsePhone", () => {
  const cases: { description: string; input: unknown; expected: ParsedPhone }[] = [
    {
      description: "plain mobile",
      input: "13812345678",
      expected: { kind: "mobile", normalized: "13812345678", masked: "138****5678" },
    },
    {
      description: "country code and spaces",
      input: "+86 139 0000 1111",
      expected: { kind: "mobile", normalized: "13900001111", masked: "139****1111" },
    },
    {
      description: "0086 and a dash",
      input: "0086-15000002222",
      expected: { kind: "mobile", normalized: "15000002222", masked: "150****2222" },
    },
    {
      description: "86 without plus",
      input: "8618600003333",
      expected: { kind: "mobile", normalized: "18600003333", masked: "186****3333" },
    },
    {
      description: "dashed groups",
      input: "177-0000-4444",
      expected: { kind: "mobile", normalized: "17700004444", masked: "177****4444" },
    },
    {
      description: "number cell",
      input: 13700005555,
      expected: { kind: "mobile", normalized: "13700005555", masked: "137****5555" },
    },
    {
      description: "masked by the platform",
      input: "138****1234",
      expected: { kind: "masked", normalized: "138****1234", masked: "138****1234" },
    },
    {
      description: "privacy extension with a dash",
      input: "13812345678-1234",
      expected: {
        kind: "extension",
        normalized: "13812345678-1234",
        masked: "138****5678-1234",
        extension: "1234",
      },
    },
    {
      description: "privacy extension with 转",
      input: "13812345678转1234",
      expected: {
        kind: "extension",
        normalized: "13812345678-1234",
        masked: "138****5678-1234",
        extension: "1234",
      },
    },
    {
      description: "Nanjing landline",
      input: "025-83001234",
      expected: { kind: "landline", normalized: "025-83001234", masked: "025-****1234" },
    },
    {
      description: "landline without a dash",
      input: "051188887777",
      expected: { kind: "landline", normalized: "0511-88887777", masked: "0511-****7777" },
    },
    {
      description: "country code, dashes and an extension",
      input: "+86-138-1234-5678-1234",
      expected: {
        kind: "extension",
        normalized: "13812345678-1234",
        masked: "138****5678-1234",
        extension: "1234",
      },
    },
    {
      description: "landline in parentheses with grouped digits",
      input: "(025) 8300-1234",
      expected: { kind: "landline", normalized: "025-83001234", masked: "025-****1234" },
    },
    {
      description: "landline with an extension",
      input: "025-83001234转806",
      expected: {
        kind: "landline",
        normalized: "025-83001234-806",
        masked: "025-****1234-806",
        extension: "806",
      },
    },
    {
      description: "12 as second digit is no mobile",
      input: "12812345678",
      expected: { kind: "invalid", normalized: "12812345678", masked: "128****5678" },
    },
    {
      description: "one digit too many, still masked",
      input: "138123456789",
      expected: { kind: "invalid", normalized: "138123456789", masked: "138*****6789" },
    },
    { description: "empty", input: "", expected: { kind: "invalid", normalized: "", masked: "" } },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    expect(parsePhone(input)).toEqual(expected);
  });
});

describe("maskPhone", () => {
  test("masks the middle four digits", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
  });
  test("masks a mobile inside invalid text", () => {
    expect(maskPhone("张三 13812345678 南京")).toBe("张三 138****5678 南京");
  });
});

describe("maskPhonesInText", () => {
  const cases = [
    {
      description: "several numbers in a log line",
      input: "收货人电话 13812345678, 备用 +86 139 0000 1111",
      expected: "收货人电话 138****5678, 备用 139****1111",
    },
    {
      description: "waybill numbers are left alone",
      input: "运单 75123456789012 与 773123456789012",
      expected: "运单 75123456789012 与 773123456789012",
    },
    {
      description: "order numbers are left alone",
      input: "订单 GW13812345678",
      expected: "订单 GW13812345678",
    },
    { description: "dashed landline", input: "座机 025-83001234", expected: "座机 025-****1234" },
    {
      description: "landline with area code in parentheses",
      input: "(0511) 8888 7777",
      expected: "0511-****7777",
    },
    { description: "dates are no landlines", input: "2026-11-24 09:30", expected: "2026-11-24 09:30" },
    { description: "a postcode is no phone", input: "南京 211100", expected: "南京 211100" },
    { description: "already masked text stays", input: "138****5678", expected: "138****5678" },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    expect(maskPhonesInText(input)).toBe(expected);
  });
});
