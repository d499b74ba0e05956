import type { FieldIssue } from "../issues";
import { isTemplateErrorOf, TemplateError } from "./template-error";

/** The data given to a template does not fit its schema or the configuration; `issues` name the fields. */
export class InvalidInputError extends TemplateError<"invalid-input"> {
  override readonly name = "InvalidInputError" as const;
  readonly templateId: string;
  readonly issues: readonly FieldIssue[];

  constructor(templateId: string, issues: readonly FieldIssue[]) {
    super("invalid-input", `Invalid input for template "${templateId}": ${describePaths(issues)}`);
    this.templateId = templateId;
    this.issues = issues;
  }
}

export function isInvalidInputError(value: unknown): value is InvalidInputError {
  return isTemplateErrorOf(value, "invalid-input");
}

export function describePaths(issues: readonly FieldIssue[]): string {
  return issues.map((issue) => `${issue.path.join(".") || "(root)"} ${issue.code}`).join("; ");
}
