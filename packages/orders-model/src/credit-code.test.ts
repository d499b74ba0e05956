import { describe, expect, test } from "vitest";
import { type CreditCodeCheck, checkCreditCode } from "./credit-code";

describe("checkCreditCode", () => {
  const cases: { description: string; input: unknown; expected: CreditCodeCheck }[] = [
    {
      description: "valid code from the domain notes",
      input: "91110000600037341L",
      expected: { ok: true, kind: "uscc", normalized: "91110000600037341L" },
    },
    {
      description: "lower case with spaces",
      input: " 9111 0000 6000 3734 1l ",
      expected: { ok: true, kind: "uscc", normalized: "91110000600037341L" },
    },
    {
      description: "wrong check character",
      input: "91110000600037341M",
      expected: {
        ok: false,
        kind: "invalid",
        normalized: "91110000600037341M",
        warning: "credit-code-checksum",
      },
    },
    {
      description: "letter outside the alphabet",
      input: "9111000060003734IL",
      expected: {
        ok: false,
        kind: "invalid",
        normalized: "9111000060003734IL",
        warning: "credit-code-characters",
      },
    },
    {
      description: "legacy 15-digit tax number",
      input: "320115123456789",
      expected: { ok: true, kind: "legacy", normalized: "320115123456789", warning: "credit-code-legacy" },
    },
    {
      description: "legacy 20-character tax number",
      input: "32011512345678901234",
      expected: {
        ok: true,
        kind: "legacy",
        normalized: "32011512345678901234",
        warning: "credit-code-legacy",
      },
    },
    {
      description: "too short",
      input: "1234",
      expected: { ok: false, kind: "invalid", normalized: "1234", warning: "credit-code-length" },
    },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    expect(checkCreditCode(input)).toEqual(expected);
  });
});
