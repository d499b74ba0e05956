import { isCodedError } from "@syt/orders-model";
import type { ConfigMissingError } from "./config-missing-error";
import type { InvalidAttachmentError } from "./invalid-attachment-error";
import type { InvalidConfigError } from "./invalid-config-error";
import type { InvalidInputError } from "./invalid-input-error";
import type { UnknownTemplateError } from "./unknown-template-error";

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

/**
 * Base of every error this package throws; a subclass fixes its code and its literal `name`. The
 * base is never thrown itself, so every error the guards answer for is one of `AnyTemplateError`'s.
 */
export class TemplateError<C extends TemplateErrorCode = TemplateErrorCode> extends Error {
  override readonly name: "TemplateError" | TemplateErrorName<C> = "TemplateError";
  readonly code: C;

  protected constructor(code: C, message: string) {
    super(message);
    this.code = code;
  }
}

const TEMPLATE_ERRORS = { codes: TEMPLATE_ERROR_CODES, names: TEMPLATE_ERROR_NAMES } as const;

/**
 * Any error of this package, by its class's name and its code (`isCodedError`), never by prototype:
 * `instanceof` fails across realms (taskpane iframes) and between duplicated installs.
 */
export function isTemplateError(value: unknown): value is AnyTemplateError {
  return isCodedError(value, TEMPLATE_ERRORS);
}

/** The check behind each class's own guard (`isUnknownTemplateError`, …): that class's name and code. */
export function isTemplateErrorOf(value: unknown, code: TemplateErrorCode): boolean {
  return isCodedError(value, TEMPLATE_ERRORS, code);
}

/** Every error this package throws, one class per code: the words switch on `code` with no casts. */
export type AnyTemplateError =
  | UnknownTemplateError
  | InvalidInputError
  | InvalidConfigError
  | ConfigMissingError
  | InvalidAttachmentError;

// A new code does not compile here until its class joins the union under the name its guard checks.
TEMPLATE_ERROR_NAMES satisfies {
  readonly [C in TemplateErrorCode]: Extract<AnyTemplateError, { code: C }>["name"];
};
