export type CodReportErrorCode = "bad-date" | "bad-name-format";

/**
 * Thrown only for input the operator must fix before any report can exist
 * (a date or a name format); bad rows never throw, they become findings.
 */
export class CodReportError extends Error {
  override readonly name = "CodReportError";
  readonly code: CodReportErrorCode;
  readonly input: string;

  constructor(code: CodReportErrorCode, input: string, message: string) {
    super(message);
    this.code = code;
    this.input = input;
  }
}

/** Works across realms (the taskpane may load this package in another frame). */
export function isCodReportError(error: unknown): error is CodReportError {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === "CodReportError" &&
    typeof (error as { code?: unknown }).code === "string"
  );
}
