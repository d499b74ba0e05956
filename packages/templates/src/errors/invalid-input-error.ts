import type { FieldIssue } from "../issues";
import { TemplateError } from "./template-error";

/** The data given to a template does not fit its schema or the configuration; `issues` name the fields. */
export class InvalidInputError extends TemplateError {
  readonly templateId: string;
  readonly issues: readonly FieldIssue[];

  constructor(templateId: string, issues: readonly FieldIssue[]) {
    super("invalid-input", `Invalid input for template "${templateId}": ${describePaths(issues)}`);
    this.name = "InvalidInputError";
    this.templateId = templateId;
    this.issues = issues;
  }
}

export function describePaths(issues: readonly FieldIssue[]): string {
  return issues.map((issue) => `${issue.path.join(".") || "(root)"} ${issue.code}`).join("; ");
}
