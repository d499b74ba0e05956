import type { z } from "zod";

export const MODEL_ERROR_CODES = ["config_invalid"] as const;
export type ModelErrorCode = (typeof MODEL_ERROR_CODES)[number];

/**
 * The class name of each code. Guards check both, so another package's error that shares a
 * class name (templates have an `InvalidConfigError`) or a code is never taken for ours.
 */
const MODEL_ERROR_NAMES = {
  config_invalid: "ModelConfigError",
} as const satisfies Record<ModelErrorCode, string>;
type ModelErrorName<C extends ModelErrorCode> = (typeof MODEL_ERROR_NAMES)[C];

/** Base of the few errors the model throws: only when the caller's own setup is unusable. */
export class ModelError<C extends ModelErrorCode = ModelErrorCode> extends Error {
  override readonly name: "ModelError" | ModelErrorName<C> = "ModelError";
  readonly code: C;

  constructor(code: C, message: string) {
    super(message);
    this.code = code;
  }
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${issue.path.join(".") || "(整体)"}: ${issue.message}`).join("; ");
}

/** A configuration object (for example order-number prefixes) that does not fit its schema. */
export class ModelConfigError extends ModelError<"config_invalid"> {
  override readonly name = "ModelConfigError" as const;
  readonly issues: readonly z.core.$ZodIssue[];

  constructor(what: string, issues: readonly z.core.$ZodIssue[], example: string) {
    super(
      "config_invalid",
      `${what}配置无效 (${describeIssues(issues)})。应为例如 ${example}。请改正配置后重试。`,
    );
    this.issues = issues;
  }
}

function nameAndCode(value: unknown): { name?: unknown; code?: unknown } {
  return typeof value === "object" && value !== null ? (value as { name?: unknown; code?: unknown }) : {};
}

function isModelErrorCode(code: unknown): code is ModelErrorCode {
  return typeof code === "string" && (MODEL_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * True for errors thrown by this package, judged by name and code: a taskpane iframe has its
 * own `Error` and a bundle may carry its own copy of this class, where `instanceof` fails.
 */
export function isModelError(value: unknown): value is ModelError {
  const { name, code } = nameAndCode(value);
  return isModelErrorCode(code) && (name === "ModelError" || name === MODEL_ERROR_NAMES[code]);
}

export function isModelConfigError(value: unknown): value is ModelConfigError {
  const { name, code } = nameAndCode(value);
  return name === MODEL_ERROR_NAMES.config_invalid && code === "config_invalid";
}
