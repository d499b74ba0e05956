import { runInNewContext } from "node:vm";
import { describe, expect, test } from "vitest";
import { type CodedErrorKind, isCodedError } from "./coded-error";

interface Case {
  description: string;
  value: unknown;
  kind: CodedErrorKind<string>;
}

const PARTS = {
  codes: ["bad_part", "worn_part"],
  names: { bad_part: "BadPartError", worn_part: "WornPartError" },
  base: "PartError",
} as const;
const ONE_CLASS = { codes: ["late", "early"], names: "ClockError" } as const;
const OPEN = { names: "OperatorError" } as const;

describe("isCodedError: one guard by literal name and code, for every package", () => {
  test.each<Case>([
    {
      description: "a class under its own name",
      value: { name: "BadPartError", code: "bad_part" },
      kind: PARTS,
    },
    { description: "the base thrown itself", value: { name: "PartError", code: "worn_part" }, kind: PARTS },
    {
      description: "one class for every code",
      value: { name: "ClockError", code: "early" },
      kind: ONE_CLASS,
    },
    { description: "open codes: any string", value: { name: "OperatorError", code: "exists" }, kind: OPEN },
  ])("answers for $description", ({ value, kind }) => {
    expect(isCodedError(value, kind)).toBe(true);
  });

  test.each<Case>([
    { description: "another class's code", value: { name: "BadPartError", code: "worn_part" }, kind: PARTS },
    { description: "a code not of the kind", value: { name: "ClockError", code: "never" }, kind: ONE_CLASS },
    // The daily config guard once checked only this: a name, no code.
    { description: "the name without a code", value: { name: "ClockError" }, kind: ONE_CLASS },
    {
      description: "a foreign Error sharing the code",
      value: { name: "Error", code: "late" },
      kind: ONE_CLASS,
    },
    { description: "a number as the code", value: { name: "OperatorError", code: 2 }, kind: OPEN },
    { description: "null", value: null, kind: OPEN },
    { description: "a string", value: "OperatorError", kind: OPEN },
  ])("refuses $description", ({ value, kind }) => {
    expect(isCodedError(value, kind)).toBe(false);
  });

  test("with a code: only that class, never the base", () => {
    expect(isCodedError({ name: "BadPartError", code: "bad_part" }, PARTS, "bad_part")).toBe(true);
    expect(isCodedError({ name: "WornPartError", code: "worn_part" }, PARTS, "bad_part")).toBe(false);
    expect(isCodedError({ name: "PartError", code: "bad_part" }, PARTS, "bad_part")).toBe(false);
  });

  test("an error from another realm is recognised", () => {
    const foreign: unknown = runInNewContext(
      "Object.assign(new Error('x'), { name: 'ClockError', code: 'late' })",
    );
    expect(foreign instanceof Error).toBe(false);
    expect(isCodedError(foreign, ONE_CLASS)).toBe(true);
  });
});
