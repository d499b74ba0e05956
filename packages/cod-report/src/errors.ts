import { isCodedError } from "@syt/orders-model";
import type { RecognisedInput } from "./export-kind";

export const COD_REPORT_ERROR_CODES = [
  "bad-date",
  "bad-name-format",
  "not-guanwang-export",
  "same-file-twice",
  "same-export-twice",
  "inputs-swapped",
] as const;
export type CodReportErrorCode = (typeof COD_REPORT_ERROR_CODES)[number];

/**
 * Thrown only for input the operator must fix before any report can exist
 * (a date, a name format, another platform's export in the orders slot, one file in both slots,
 * the two files swapped); bad rows never throw,
 * they become findings.
 */
export class CodReportError extends Error {
  override readonly name = "CodReportError" as const;
  readonly code: CodReportErrorCode;
  readonly input: string;
  /** For another platform's export in the orders slot: what the recogniser said it is. */
  readonly recognised: RecognisedInput | undefined;

  constructor(code: CodReportErrorCode, input: string, message: string, recognised?: RecognisedInput) {
    super(message);
    this.code = code;
    this.input = input;
    this.recognised = recognised;
  }
}

/**
 * By name and code, never by prototype: the taskpane may load this package in another frame,
 * and a bundle may carry its own copy of the class.
 */
export function isCodReportError(error: unknown): error is CodReportError {
  return isCodedError(error, { codes: COD_REPORT_ERROR_CODES, names: "CodReportError" });
}
