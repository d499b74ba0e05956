import type { FieldIssue } from "../issues";
import { describePaths } from "./invalid-input-error";
import { TemplateError } from "./template-error";

export class InvalidConfigError extends TemplateError {
  readonly issues: readonly FieldIssue[];

  constructor(issues: readonly FieldIssue[]) {
    super("invalid-config", `Invalid templates configuration: ${describePaths(issues)}`);
    this.name = "InvalidConfigError";
    this.issues = issues;
  }
}
