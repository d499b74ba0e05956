import type { z } from "zod";

/** Base of the few errors the model throws: only when the caller's own setup is unusable. */
export class ModelError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${issue.path.join(".") || "(整体)"}: ${issue.message}`).join("; ");
}

/** A configuration object (for example order-number prefixes) that does not fit its schema. */
export class InvalidConfigError extends ModelError {
  readonly issues: readonly z.core.$ZodIssue[];

  constructor(what: string, issues: readonly z.core.$ZodIssue[], example: string) {
    super(
      "config_invalid",
      `${what}配置无效 (${describeIssues(issues)})。应为例如 ${example}。请改正配置后重试。`,
    );
    this.issues = issues;
  }
}

/**
 * True for errors thrown by this package, also across realms (a taskpane iframe has its
 * own `Error`), where `instanceof` fails.
 */
export function isModelError(value: unknown): value is ModelError {
  if (typeof value !== "object" || value === null) return false;
  const { code, name } = value as { code?: unknown; name?: unknown };
  return typeof code === "string" && (name === "ModelError" || name === "InvalidConfigError");
}
