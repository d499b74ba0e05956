import type { z } from "zod";
import { isCodedError } from "./coded-error";

export const MODEL_ERROR_CODES = ["config-invalid"] as const;
export type ModelErrorCode = (typeof MODEL_ERROR_CODES)[number];

/**
 * The class name of each code. Guards check both, so another package's error that shares a
 * class name (templates have an `InvalidConfigError`) or a code is never taken for ours.
 */
const MODEL_ERROR_NAMES = {
  "config-invalid": "ModelConfigError",
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
export class ModelConfigError extends ModelError<"config-invalid"> {
  override readonly name = "ModelConfigError" as const;
  readonly issues: readonly z.core.$ZodIssue[];

  constructor(what: string, issues: readonly z.core.$ZodIssue[], example: string) {
    super(
      "config-invalid",
      `${what}配置无效 (${describeIssues(issues)})。应为例如 ${example}。请改正配置后重试。`,
    );
    this.issues = issues;
  }
}

const MODEL_ERRORS = { codes: MODEL_ERROR_CODES, names: MODEL_ERROR_NAMES, base: "ModelError" } as const;

/** True for errors thrown by this package (see `isCodedError`: by name and code, never by prototype). */
export function isModelError(value: unknown): value is ModelError {
  return isCodedError(value, MODEL_ERRORS);
}

export function isModelConfigError(value: unknown): value is ModelConfigError {
  return isCodedError(value, MODEL_ERRORS, "config-invalid");
}
