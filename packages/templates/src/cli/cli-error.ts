export type CliErrorCode = "usage" | "file-not-found" | "file-unreadable" | "bad-json" | "not-email";

/** Wrong use of the command line or an unreadable input file: the person can fix it (exit 2). */
export class CliError extends Error {
  readonly code: CliErrorCode;
  readonly params: Readonly<Record<string, string>>;

  constructor(code: CliErrorCode, params: Record<string, string> = {}) {
    super(`${code}: ${JSON.stringify(params)}`);
    this.name = "CliError";
    this.code = code;
    this.params = params;
  }
}
