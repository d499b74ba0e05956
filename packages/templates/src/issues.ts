import type { z } from "zod";

/**
 * Codes of custom checks, carried in a zod custom issue's `params.code` so that the
 * words for people are made in one place (messages-zh.ts), not inside the schemas.
 */
export type CustomIssueCode =
  | "bad-phone"
  | "bad-courier"
  | "bad-platform"
  | "bad-money"
  | "bad-credit-code"
  | "legacy-credit-code"
  | "bad-order-prefix"
  | "not-in-config"
  | "duplicate";

export type FieldIssueCode =
  | CustomIssueCode
  | "missing"
  | "wrong-type"
  | "too-short"
  | "too-long"
  | "too-few"
  | "too-many"
  | "too-small"
  | "too-big"
  | "bad-format"
  | "not-allowed"
  | "unknown-field"
  | "invalid";

export type FieldPath = readonly (string | number)[];

/** One problem with one field, as data; `messages-zh.ts` turns it into words. */
export interface FieldIssue {
  code: FieldIssueCode;
  path: FieldPath;
  input?: unknown;
  params?: Record<string, unknown>;
}

export function customIssue(
  code: CustomIssueCode,
  input: unknown,
  params: Record<string, unknown> = {},
): z.core.$ZodRawIssue {
  return { code: "custom", message: code, input, params: { ...params, code } };
}

export function fieldIssuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map(fieldIssueFromZod);
}

function fieldIssueFromZod(issue: z.core.$ZodIssue): FieldIssue {
  const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
  const base = { path, input: issue.input };
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? { code: "missing", path }
        : { ...base, code: "wrong-type", params: { expected: issue.expected } };
    case "too_small":
      return {
        ...base,
        code: sizeCode("small", issue.origin),
        params: { limit: Number(issue.minimum), inclusive: issue.inclusive !== false },
      };
    case "too_big":
      return {
        ...base,
        code: sizeCode("big", issue.origin),
        params: { limit: Number(issue.maximum), inclusive: issue.inclusive !== false },
      };
    case "invalid_format":
      return { ...base, code: "bad-format", params: { format: issue.format } };
    case "invalid_value":
      return { ...base, code: "not-allowed", params: { values: issue.values } };
    case "unrecognized_keys":
      return { code: "unknown-field", path, params: { keys: issue.keys } };
    case "custom": {
      const { code, ...params } = (issue.params ?? {}) as { code?: CustomIssueCode };
      return { ...base, code: code ?? "invalid", params };
    }
    default:
      return { ...base, code: "invalid" };
  }
}

function sizeCode(direction: "small" | "big", origin: string): FieldIssueCode {
  if (origin === "string") return direction === "small" ? "too-short" : "too-long";
  if (origin === "array" || origin === "set") return direction === "small" ? "too-few" : "too-many";
  return direction === "small" ? "too-small" : "too-big";
}
