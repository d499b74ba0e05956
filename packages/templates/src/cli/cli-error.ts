import { isCodedError } from "@syt/orders-model";

export const CLI_ERROR_CODES = [
  "file-not-found",
  "file-unreadable",
  "bad-json",
  "not-email",
  "out-unwritable",
] as const;
export type CliErrorCode = (typeof CLI_ERROR_CODES)[number];

/** Wrong use of the command line or an unreadable input file: the person can fix it (exit 2). */
export class CliError extends Error {
  override readonly name = "CliError" as const;
  readonly code: CliErrorCode;
  readonly params: Readonly<Record<string, string>>;

  constructor(code: CliErrorCode, params: Record<string, string> = {}) {
    super(`${code}: ${JSON.stringify(params)}`);
    this.code = code;
    this.params = params;
  }
}

/** By name and code like the library's guards, so a copy of this module bundled twice still agrees. */
export function isCliError(value: unknown): value is CliError {
  return isCodedError(value, { codes: CLI_ERROR_CODES, names: "CliError" });
}
