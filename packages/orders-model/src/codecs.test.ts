import { describe, expect, test } from "vitest";
import { z } from "zod";
import { MoneyText } from "./money";
import { PhoneText } from "./phone";
import { ExcelSerial } from "./time";

describe("decode -> encode -> decode", () => {
  test.each([
    { description: "yuan sign", input: "¥12.50", decoded: 1250, encoded: "12.50" },
    { description: "thousands", input: "1,234.5", decoded: 123450, encoded: "1234.50" },
    { description: "refund", input: "-3.2元", decoded: -320, encoded: "-3.20" },
  ])("money: $description", ({ input, decoded, encoded }) => {
    expect(MoneyText.decode(input)).toBe(decoded);
    expect(MoneyText.encode(decoded)).toBe(encoded);
    expect(MoneyText.decode(encoded)).toBe(decoded);
  });

  test.each([
    { description: "09:30 Shanghai", input: 46350.395833333336, decoded: "2026-11-24T01:30:00.000Z" },
    { description: "midnight", input: 46350, decoded: "2026-11-23T16:00:00.000Z" },
    { description: "before Excel's false leap day", input: 59, decoded: "1900-02-27T15:54:17.000Z" },
  ])("Excel serial: $description", ({ input, decoded }) => {
    const date = ExcelSerial.decode(input);
    expect(date.toISOString()).toBe(decoded);
    expect(ExcelSerial.encode(date)).toBeCloseTo(input, 9);
    expect(ExcelSerial.decode(ExcelSerial.encode(date))).toEqual(date);
  });

  test.each([
    { description: "spaced with country code", input: "+86 138 0000 1234", decoded: "13800001234" },
    { description: "privacy extension", input: "13800001234转5678", decoded: "13800001234-5678" },
    { description: "masked", input: "138****1234", decoded: "138****1234" },
    { description: "landline", input: "025 83001234", decoded: "025-83001234" },
  ])("phone: $description", ({ input, decoded }) => {
    expect(PhoneText.decode(input)).toBe(decoded);
    expect(PhoneText.decode(PhoneText.encode(decoded))).toBe(decoded);
  });
});

describe("bad cells inside a row schema give issues with a path", () => {
  const Row = z.object({ price: MoneyText, phone: PhoneText, placedAt: ExcelSerial });

  test("each bad field is reported at its key", () => {
    const result = Row.safeDecode({ price: "面议", phone: "138123456789999", placedAt: -5 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: ["price"], message: "money-invalid" },
      { path: ["phone"], message: "phone_invalid" },
      { path: ["placedAt"], message: "excel_serial_out_of_range" },
    ]);
  });

  test("a good row decodes", () => {
    expect(Row.decode({ price: "¥8", phone: "13800001234", placedAt: 46350 })).toEqual({
      price: 800,
      phone: "13800001234",
      placedAt: new Date("2026-11-23T16:00:00.000Z"),
    });
  });
});
