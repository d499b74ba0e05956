import type { FieldIssue } from "../issues";
import { describePaths } from "./invalid-input-error";
import { isTemplateErrorOf, TemplateError } from "./template-error";

export class InvalidConfigError extends TemplateError<"invalid-config"> {
  override readonly name = "InvalidConfigError" as const;
  readonly issues: readonly FieldIssue[];

  constructor(issues: readonly FieldIssue[]) {
    super("invalid-config", `Invalid templates configuration: ${describePaths(issues)}`);
    this.issues = issues;
  }
}

export function isInvalidConfigError(value: unknown): value is InvalidConfigError {
  return isTemplateErrorOf(value, "invalid-config");
}
