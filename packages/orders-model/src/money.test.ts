import { describe, expect, test } from "vitest";
import { formatFen, MoneyText, parseMoney } from "./money";

describe("parseMoney", () => {
  const cases: { description: string; input: unknown; expected: ReturnType<typeof parseMoney> }[] = [
    { description: "yuan sign and two decimals", input: "¥12.50", expected: { ok: true, fen: 1250 } },
    { description: "one decimal", input: "12.5", expected: { ok: true, fen: 1250 } },
    { description: "元 suffix", input: "12.50元", expected: { ok: true, fen: 1250 } },
    { description: "thousands separator", input: "1,234.50", expected: { ok: true, fen: 123450 } },
    {
      description: "thousands separator, one decimal",
      input: "1,234.5",
      expected: { ok: true, fen: 123450 },
    },
    {
      description: "full-width yuan sign and digits",
      input: "￥１２．５０",
      expected: { ok: true, fen: 1250 },
    },
    { description: "spaces around the sign", input: " ¥ 8.00 ", expected: { ok: true, fen: 800 } },
    { description: "Excel float just below a fen", input: 12.499999, expected: { ok: true, fen: 1250 } },
    { description: "half a fen rounds away from zero", input: 1.005, expected: { ok: true, fen: 101 } },
    { description: "text with three decimals", input: "0.125", expected: { ok: true, fen: 13 } },
    { description: "integer number", input: 35, expected: { ok: true, fen: 3500 } },
    { description: "refund with minus before the sign", input: "-¥3.20", expected: { ok: true, fen: -320 } },
    { description: "refund as a negative number", input: -0.5, expected: { ok: true, fen: -50 } },
    { description: "tab-guarded export cell", input: "\t99.90\t", expected: { ok: true, fen: 9990 } },
    { description: "tiny number from a formula", input: 1e-7, expected: { ok: true, fen: 0 } },
    { description: "RMB prefix", input: "RMB 45.00", expected: { ok: true, fen: 4500 } },
    { description: "CNY suffix", input: "45CNY", expected: { ok: true, fen: 4500 } },
    { description: "Unicode minus sign", input: "\u221212.00", expected: { ok: true, fen: -1200 } },
    { description: "sign after the yuan sign", input: "¥-0.01", expected: { ok: true, fen: -1 } },
    { description: "no integer part", input: ".5", expected: { ok: true, fen: 50 } },
    { description: "trailing point", input: "12.", expected: { ok: true, fen: 1200 } },
    { description: "negative zero is zero", input: "-0.00", expected: { ok: true, fen: 0 } },
    {
      description: "Excel float just above a fen boundary",
      input: 0.1 + 0.2,
      expected: { ok: true, fen: 30 },
    },
    { description: "empty text", input: "", expected: { ok: false, code: "money-empty" } },
    { description: "only a yuan sign", input: "¥", expected: { ok: false, code: "money-invalid" } },
    { description: "only a minus", input: "-", expected: { ok: false, code: "money-invalid" } },
    {
      description: "unit after the amount",
      input: "12.50元/盒",
      expected: { ok: false, code: "money-invalid" },
    },
    { description: "null cell", input: null, expected: { ok: false, code: "money-empty" } },
    { description: "words", input: "面议", expected: { ok: false, code: "money-invalid" } },
    { description: "commas in wrong places", input: "1,2,3", expected: { ok: false, code: "money-invalid" } },
    { description: "two points", input: "1.2.3", expected: { ok: false, code: "money-invalid" } },
    { description: "NaN", input: Number.NaN, expected: { ok: false, code: "money-invalid" } },
    { description: "a Date cell", input: new Date(0), expected: { ok: false, code: "money-invalid" } },
    { description: "too large for fen", input: 1e21, expected: { ok: false, code: "money-out-of-range" } },
  ];
  test.each(cases)("$description: $input", ({ input, expected }) => {
    expect(parseMoney(input)).toEqual(expected);
  });
});

describe("formatFen", () => {
  const cases = [
    { description: "whole yuan", input: 1200, expected: "12.00" },
    { description: "cents", input: 1250, expected: "12.50" },
    { description: "below one yuan", input: 5, expected: "0.05" },
    { description: "refund", input: -320, expected: "-3.20" },
    { description: "zero", input: 0, expected: "0.00" },
  ];
  test.each(cases)("$description: $input", ({ input, expected }) => {
    expect(formatFen(input)).toBe(expected);
  });
});

describe("MoneyText codec", () => {
  test.each(["¥12.50", "1,234.5", "-3.2", "0.01", "12.499999"])(
    "decode -> encode -> decode is stable for %s",
    (text) => {
      const fen = MoneyText.decode(text);
      const encoded = MoneyText.encode(fen);
      expect(MoneyText.decode(encoded)).toBe(fen);
      expect(encoded).toBe(formatFen(fen));
    },
  );

  test("garbage gives a zod issue carrying the code, not an exception", () => {
    const result = MoneyText.safeDecode("面议");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: "custom", params: { code: "money-invalid" } });
  });
});
