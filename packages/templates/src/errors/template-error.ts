export type TemplateErrorCode =
  | "unknown-template"
  | "invalid-input"
  | "invalid-config"
  | "config-missing"
  | "invalid-attachment";

/** Base of every error this package throws; `code` lets callers switch without `instanceof`. */
export class TemplateError extends Error {
  readonly code: TemplateErrorCode;
  /** A brand instead of `instanceof`, which fails across realms (taskpane iframes, duplicated installs). */
  readonly isTemplateError = true;

  constructor(code: TemplateErrorCode, message: string) {
    super(message);
    this.name = "TemplateError";
    this.code = code;
  }
}

export function isTemplateError(value: unknown): value is TemplateError {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { isTemplateError?: unknown }).isTemplateError === true
  );
}
