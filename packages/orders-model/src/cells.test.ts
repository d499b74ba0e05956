import { describe, expect, test } from "vitest";
import {
  cleanCell,
  excelGeneralText,
  idDamage,
  isBlankText,
  isDestroyedId,
  normalizeOrderNumber,
  splitOrderNumbers,
  toHalfWidth,
} from "./cells";

describe("cleanCell", () => {
  const cases: { description: string; input: unknown; expected: string }[] = [
    { description: "tab guard", input: "\t2026112400001\t", expected: "2026112400001" },
    { description: "formula guard", input: '="0012345"', expected: "0012345" },
    { description: "apostrophe guard", input: "'0012345", expected: "0012345" },
    { description: "ideographic space and NBSP", input: "\u3000张三\u00a0", expected: "张三" },
    { description: "guard inside spaces", input: '  ="GW001"  ', expected: "GW001" },
    { description: "integer number as plain digits", input: 202511241234567, expected: "202511241234567" },
    { description: "decimal number", input: 12.5, expected: "12.5" },
    { description: "huge number without exponent", input: 1.2e21, expected: "1200000000000000000000" },
    { description: "negative integer", input: -42, expected: "-42" },
    { description: "byte-order mark before a header", input: "\ufeff订单编号", expected: "订单编号" },
    { description: "CR LF after text", input: "GW001\r\n", expected: "GW001" },
    { description: "empty formula guard", input: '=""', expected: "" },
    { description: "lone apostrophe", input: "'", expected: "" },
    { description: "inner spaces kept", input: " 南京市 江宁区 ", expected: "南京市 江宁区" },
    { description: "null", input: null, expected: "" },
    { description: "undefined", input: undefined, expected: "" },
    { description: "boolean", input: true, expected: "true" },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    expect(cleanCell(input)).toBe(expected);
  });
});

describe("toHalfWidth", () => {
  const cases = [
    { description: "full-width digits", input: "１２３", expected: "123" },
    { description: "full-width letters", input: "ＧＷ００１", expected: "GW001" },
    { description: "full-width parentheses in a header", input: "商品总价（元）", expected: "商品总价(元)" },
    { description: "ideographic space", input: "a\u3000b", expected: "a b" },
    {
      description: "Chinese punctuation kept",
      input: "已发货、待签收。【备注】",
      expected: "已发货、待签收。【备注】",
    },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    expect(toHalfWidth(input)).toBe(expected);
  });
});

describe("isDestroyedId", () => {
  const cases: { description: string; input: unknown; expected: boolean }[] = [
    { description: "scientific notation text", input: "2.02511E+19", expected: true },
    { description: "lower-case exponent without sign", input: "2.02511e19", expected: true },
    { description: "number of 16+ digits", input: 20251124123456780, expected: true },
    { description: "number past safe integers", input: 2.02511e19, expected: true },
    {
      description: "16-digit safe integer Excel could not have kept",
      input: 1234567890123456,
      expected: true,
    },
    { description: "guarded scientific text", input: "\t2.02511E+19\t", expected: true },
    { description: "full-width scientific text", input: "２.０２５１１Ｅ＋１９", expected: true },
    {
      description:
        "digit text ending in zeros is text, never destroyed (regression: text IDs ending in 0 were dropped)",
      input: "2025112412345670",
      expected: false,
    },
    { description: "15-digit number is exact", input: 202511241234567, expected: false },
    {
      description: "long digit text with its own digits is a real ID",
      input: "240309402233834970071",
      expected: false,
    },
    { description: "PDD order number", input: "240309-402233834970071", expected: false },
    { description: "ECShop order number", input: "2026112412345", expected: false },
    { description: "empty", input: "", expected: false },
    { description: "null", input: null, expected: false },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    expect(isDestroyedId(input)).toBe(expected);
  });
});

describe("idDamage: the cell's type decides", () => {
  const cases: {
    description: string;
    input: unknown;
    typed: ReturnType<typeof idDamage>;
    untyped: ReturnType<typeof idDamage>;
  }[] = [
    {
      description: "a number of 16 digits",
      input: 1234567890123456,
      typed: "destroyed",
      untyped: "destroyed",
    },
    { description: "scientific text", input: "2.02511E+19", typed: "destroyed", untyped: "destroyed" },
    {
      description: "16-digit text ending in 0 (one real ID in ten)",
      input: "2025112412345670",
      typed: undefined,
      untyped: "suspect",
    },
    {
      description: "20-digit text padded with zeros",
      input: "20251124123456700000",
      typed: undefined,
      untyped: "suspect",
    },
    {
      description: "guarded 16-digit text ending in 0",
      input: '="2025112412345670"',
      typed: undefined,
      untyped: "suspect",
    },
    {
      description: "16-digit text with its own last digit",
      input: "2025112412345671",
      typed: undefined,
      untyped: undefined,
    },
    {
      description: "15-digit text ending in 0",
      input: "202511241234560",
      typed: undefined,
      untyped: undefined,
    },
    { description: "an XD number", input: "XD26112400089", typed: undefined, untyped: undefined },
    { description: "a 拼多多 number", input: "240309-402233834970070", typed: undefined, untyped: undefined },
    { description: "a blank cell", input: null, typed: undefined, untyped: undefined },
  ];
  test.each(cases)("$description", ({ input, typed, untyped }) => {
    expect(idDamage(input, "typed")).toBe(typed);
    expect(idDamage(input, "untyped")).toBe(untyped);
    expect(isDestroyedId(input)).toBe(typed === "destroyed");
  });
});

describe("splitOrderNumbers", () => {
  const cases: { description: string; input: unknown; expected: string[] }[] = [
    { description: "one number", input: "240309-402233834970071", expected: ["240309-402233834970071"] },
    { description: "a 万里牛 merge", input: "A1001|A1002", expected: ["A1001", "A1002"] },
    {
      description: "three parts, spaces around",
      input: " a1001 | A1002|A1003 ",
      expected: ["A1001", "A1002", "A1003"],
    },
    {
      description: "full-width bar and comma",
      input: "A1001｜A1002，A1003",
      expected: ["A1001", "A1002", "A1003"],
    },
    { description: "comma-joined", input: "A1001,A1002", expected: ["A1001", "A1002"] },
    { description: "blank and repeated parts dropped", input: "A1001||A1001|", expected: ["A1001"] },
    { description: "guarded", input: '="A1001|A1002"', expected: ["A1001", "A1002"] },
    { description: "blank cell", input: "", expected: [] },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    expect(splitOrderNumbers(input)).toEqual(expected);
  });
});

describe("excelGeneralText", () => {
  test.each([
    {
      description: "a destroyed 20-digit order number",
      input: 20251124123456790000,
      expected: "2.02511E+19",
    },
    { description: "trailing zeros of the mantissa dropped", input: 2e19, expected: "2E+19" },
    { description: "12 digits already go scientific", input: 123456789012, expected: "1.23457E+11" },
    { description: "11 digits stay as they are", input: 12345678901, expected: "12345678901" },
    { description: "amounts stay as they are", input: 12.5, expected: "12.5" },
  ])("$description", ({ input, expected }) => {
    expect(excelGeneralText(input)).toBe(expected);
  });
});

describe("normalizeOrderNumber", () => {
  const cases: { description: string; input: unknown; expected: string }[] = [
    {
      description: "guarded lower-case GW number",
      input: "\tgw2026112400001\t",
      expected: "GW2026112400001",
    },
    {
      description: "full-width PDD number with a long dash",
      input: "２４０３０９—402233834970071",
      expected: "240309-402233834970071",
    },
    { description: "number cell", input: 2026112412345, expected: "2026112412345" },
    { description: "inner spaces", input: "XD 2026 1124", expected: "XD20261124" },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    expect(normalizeOrderNumber(input)).toBe(expected);
  });
});

describe("isBlankText", () => {
  test.each([
    { text: "", blank: true },
    { text: " \t\r\n\u3000\u00a0\u200b\ufeff", blank: true },
    { text: " x ", blank: false },
    { text: '=""', blank: false },
  ])("$text.length characters: $blank", ({ text, blank }) => {
    expect(isBlankText(text)).toBe(blank);
    // Blank exactly when cleaning leaves nothing (guards aside).
    if (!text.startsWith("=")) expect(cleanCell(text) === "").toBe(blank);
  });
});
