import { AdapterError } from "./adapter-error";

export type SizeLimit = "bytes" | "rows" | "uncompressed";

/** The input exceeds a limit that protects the operator's machine (file size, rows, unzipped size). */
export class InputTooLargeError extends AdapterError {
  readonly limit: SizeLimit;
  readonly actual: number;
  readonly max: number;

  constructor(limit: SizeLimit, actual: number, max: number) {
    super("input_too_large", `Input too large: ${limit} ${actual} > ${max}`);
    this.name = "InputTooLargeError";
    this.limit = limit;
    this.actual = actual;
    this.max = max;
  }
}
