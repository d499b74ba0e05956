export const TEMPLATE_ERROR_CODES = [
  "unknown-template",
  "invalid-input",
  "invalid-config",
  "config-missing",
  "invalid-attachment",
] as const;
export type TemplateErrorCode = (typeof TEMPLATE_ERROR_CODES)[number];

/**
 * The class name of each code. Guards check both, so an error of another package that shares
 * a class name (orders-model once had an `InvalidConfigError` too) or a code is never ours.
 */
export const TEMPLATE_ERROR_NAMES = {
  "unknown-template": "UnknownTemplateError",
  "invalid-input": "InvalidInputError",
  "invalid-config": "InvalidConfigError",
  "config-missing": "ConfigMissingError",
  "invalid-attachment": "InvalidAttachmentError",
} as const satisfies Record<TemplateErrorCode, `${string}Error`>;
type TemplateErrorName<C extends TemplateErrorCode> = (typeof TEMPLATE_ERROR_NAMES)[C];

/** Base of every error this package throws; a subclass fixes its code and its literal `name`. */
export class TemplateError<C extends TemplateErrorCode = TemplateErrorCode> extends Error {
  override readonly name: "TemplateError" | TemplateErrorName<C> = "TemplateError";
  readonly code: C;

  constructor(code: C, message: string) {
    super(message);
    this.code = code;
  }
}

function nameAndCode(value: unknown): { name?: unknown; code?: unknown } {
  return typeof value === "object" && value !== null ? (value as { name?: unknown; code?: unknown }) : {};
}

function isTemplateErrorCode(code: unknown): code is TemplateErrorCode {
  return typeof code === "string" && (TEMPLATE_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * Any error of this package, judged by name and code, never by prototype: `instanceof` fails
 * across realms (taskpane iframes) and between duplicated installs.
 */
export function isTemplateError(value: unknown): value is TemplateError {
  const { name, code } = nameAndCode(value);
  return isTemplateErrorCode(code) && (name === "TemplateError" || name === TEMPLATE_ERROR_NAMES[code]);
}

/** The check behind each class's own guard (`isUnknownTemplateError`, …): that class's name and code. */
export function isTemplateErrorOf(value: unknown, code: TemplateErrorCode): boolean {
  const { name, code: actual } = nameAndCode(value);
  return actual === code && name === TEMPLATE_ERROR_NAMES[code];
}
